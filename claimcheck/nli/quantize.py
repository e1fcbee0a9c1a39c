"""Choose the linear modules of an NLI model that stay in fp32 when the rest is quantised to int8.

`python -m claimcheck.nli.quantize --model models/nli-minilm-l6` (a step of `make model`) measures how far
the int8 model's probabilities drift from the fp32 model's (mean KL divergence) on calibration pairs, once
with every linear module quantised and once for each module left alone in fp32, and writes the `--keep`
modules that cut the drift most to `quantization.json` beside the weights, where `NliModel` reads them.
Calibration uses premises and hypotheses of human-written training pairs only: no label, and never an
evaluation split, so choosing the modules cannot fit the figures the model card reports.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from pathlib import Path
from typing import Sequence

from claimcheck.nli.model import QUANTIZATION_FILE, NliModel, NliResult, linear_module_names
from claimcheck.nli.train import SHARED_NLI, read_pairs

CALIBRATION_SOURCES = ("snli_dev", "mnli_dev_mismatched")


def calibration_pairs(data: Path, n: int, seed: int) -> list[tuple[str, str]]:
    """`n` seeded (premise, hypothesis) pairs from the human-written permissive training sources."""
    rows = [r for r in read_pairs(data / "train.jsonl.gz", "permissive") if r["source"] in CALIBRATION_SOURCES]
    random.Random(seed).shuffle(rows)
    return [(r["premise"], r["hypothesis"]) for r in rows[:n]]


def mean_drift(reference: Sequence[NliResult], results: Sequence[NliResult]) -> float:
    """Mean KL divergence of `results` from `reference`, pair by pair, over the three labels."""
    def probabilities(r: NliResult) -> tuple[float, float, float]:
        return r.entailment, r.neutral, r.contradiction

    total = 0.0
    for ref, res in zip(reference, results):
        total += sum(p * (math.log(max(p, 1e-9)) - math.log(max(q, 1e-9)))
                     for p, q in zip(probabilities(ref), probabilities(res)))
    return total / len(reference)


def significant(value: float) -> float:
    """`value` to four significant digits, for the record."""
    return float(f"{value:.4g}")


def drift_by_module(model_dir: Path, pairs: list[tuple[str, str]], reference: Sequence[NliResult],
                    modules: Sequence[str]) -> tuple[float, dict[str, float]]:
    """The int8 model's drift from the fp32 `reference` with every linear module quantised, and with each of
    `modules` alone kept in fp32."""
    all_int8 = mean_drift(reference, NliModel(model_dir, keep_fp32=[]).predict(pairs))
    by_module = {}
    for name in modules:
        by_module[name] = mean_drift(reference, NliModel(model_dir, keep_fp32=[name]).predict(pairs))
        change = f" ({by_module[name] / all_int8 - 1:+.0%})" if all_int8 > 0 else ""
        print(f"{name:50s} drift {by_module[name]:.4g}{change}", flush=True)
    return all_int8, by_module


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_NLI)
    parser.add_argument("--model", type=Path, default=Path("models/nli-minilm-l6"))
    parser.add_argument("--pairs", type=int, default=2000, help="calibration pairs")
    parser.add_argument("--keep", type=int, default=1, help="how many of the most sensitive modules stay fp32")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    pairs = calibration_pairs(args.data, args.pairs, args.seed)
    fp32 = NliModel(args.model, quantize=False)
    reference = fp32.predict(pairs)
    all_int8, by_module = drift_by_module(args.model, pairs, reference, linear_module_names(fp32.model))
    keep = sorted(by_module, key=by_module.__getitem__)[: args.keep]
    kept_drift = mean_drift(reference, NliModel(args.model, keep_fp32=keep).predict(pairs))
    record = {
        "keep_fp32": keep,
        "calibration": {"pairs": len(pairs), "sources": list(CALIBRATION_SOURCES), "seed": args.seed},
        "drift_all_int8": significant(all_int8),
        "drift_with_kept_fp32": significant(kept_drift),
        "drift_by_module": {name: significant(value) for name, value in by_module.items()},
    }
    (args.model / QUANTIZATION_FILE).write_text(json.dumps(record, indent=2) + "\n")
    print(f"kept in fp32: {keep}; drift from fp32 {all_int8:.4g} -> {kept_drift:.4g}")


if __name__ == "__main__":
    main()
