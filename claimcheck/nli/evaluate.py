"""Measure an NLI model on the held-out splits and write its model card.

`python -m claimcheck.nli.evaluate --model models/nli-minilm-l6 --card` scores SNLI test, MNLI dev-matched
and ANLI dev (../shared/nli), prints accuracy per split and precision/recall per class, contradiction
precision at several thresholds, and pairs per second on this machine; with `--card` it writes
`metrics.json` and the model card `README.md` beside the weights.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from claimcheck.nli.model import LABELS, NliModel
from claimcheck.nli.train import SHARED_NLI, read_pairs

SPLITS = {"snli_test": "eval_snli_test.jsonl.gz", "mnli_dev_matched": "eval_mnli_dev_matched.jsonl.gz",
          "anli_dev": "eval_anli_dev.jsonl.gz"}
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)


def score_split(model: NliModel, rows: list[dict]) -> dict:
    """Accuracy, per-class precision/recall and contradiction precision at `THRESHOLDS` for one split."""
    results = model.predict([(r["premise"], r["hypothesis"]) for r in rows])
    gold = [r["label"] for r in rows]
    predicted = [res.label for res in results]
    out: dict = {"pairs": len(rows), "accuracy": round(sum(g == p for g, p in zip(gold, predicted)) / len(rows), 4)}
    per_class = {}
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in gold)
        per_class[label] = {"precision": round(tp / n_pred, 4) if n_pred else None,
                            "recall": round(tp / n_gold, 4) if n_gold else None}
    out["per_class"] = per_class
    at = {}
    for threshold in THRESHOLDS:
        hits = [g for g, res in zip(gold, results) if res.contradiction >= threshold]
        at[str(threshold)] = {"precision": round(sum(g == "contradiction" for g in hits) / len(hits), 4) if hits else None,
                              "flagged": len(hits)}
    out["contradiction_at_threshold"] = at
    return out


def pairs_per_second(model: NliModel, rows: list[dict], n: int = 1024) -> float:
    """Throughput on `n` real pairs, after one warm-up batch."""
    pairs = [(r["premise"], r["hypothesis"]) for r in rows[:n]]
    model.predict(pairs[:32])
    started = time.perf_counter()
    model.predict(pairs)
    return round(len(pairs) / (time.perf_counter() - started), 1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_NLI)
    parser.add_argument("--model", type=Path, default=Path("models/nli-minilm-l6"))
    parser.add_argument("--limit", type=int, default=0, help="score only this many pairs per split")
    parser.add_argument("--no-quantize", action="store_true", help="score the fp32 model instead of int8")
    parser.add_argument("--card", action="store_true", help="write metrics.json and README.md beside the weights")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(2)
    model = NliModel(args.model, quantize=not args.no_quantize)
    metrics: dict = {"quantized_int8": not args.no_quantize, "splits": {}}
    for name, filename in SPLITS.items():
        rows = read_pairs(args.data / filename)
        if args.limit:
            rows = rows[: args.limit]
        metrics["splits"][name] = score_split(model, rows)
        split = metrics["splits"][name]
        classes = "  ".join(f"{k[:6]} P {v['precision']} R {v['recall']}" for k, v in split["per_class"].items())
        print(f"{name:18s} acc {split['accuracy']:.4f}  {classes}", flush=True)
    snli = read_pairs(args.data / SPLITS["snli_test"])
    metrics["pairs_per_second"] = pairs_per_second(model, snli)
    print(f"pairs per second (2 threads): {metrics['pairs_per_second']}")
    if args.card:
        (args.model / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
        write_card(args.model, metrics)


def stage_lines(training: dict) -> list[str]:
    """The data and schedule of one training stage, as model-card bullet points."""
    steps, total = training.get("steps") or 0, training.get("total_steps") or 0
    return [
        f"- Start: {training.get('init') or training.get('base', 'all-MiniLM-L6-v2')}.",
        f"- Pairs: {training.get('pairs', '?')} of licence class `{training.get('licence_class', '?')}`; per source:"
        f" {json.dumps(training.get('sources', {}))}",
        f"- {training.get('epochs')} epochs scheduled ({total} steps), "
        + (f"stopped after {steps} steps (`--stop-after`)" if steps < total else "run to the end")
        + f", lr {training.get('lr')} (linear decay, 6% warm-up), batch {training.get('batch_size')},"
        f" max length {training.get('max_length')}, AdamW weight decay 0.01, length-bucketed batches,",
        f"  contradiction pairs swapped with probability {training.get('swap_contradictions', 0)},"
        f" seed {training.get('seed')}, {training.get('threads')} CPU threads, {training.get('train_seconds')} s.",
    ]


def write_card(model_dir: Path, metrics: dict) -> None:
    """The model card: base, data and licences, recipe, accuracy per split and class, speed."""
    training = json.loads((model_dir / "training.json").read_text()) if (model_dir / "training.json").exists() else {}
    first = training.get("first_stage")
    stages = (["### Stage 1: every permissive pair", *stage_lines(first), "",
               "### Stage 2: one more pass over the human-written pairs, from the stage-1 weights", *stage_lines(training)]
              if first else stage_lines(training))
    lines = [
        "# nli-minilm-l6: claimcheck's NLI cross-encoder",
        "",
        "A 3-way (entailment, neutral, contradiction) cross-encoder that claimcheck's CC301/CC302 checks use.",
        "Built by `make model` (claimcheck/nli/train.py, then claimcheck/nli/evaluate.py --card); weights are fp16",
        "safetensors, loaded as fp32 and dynamically quantised to int8 (one scale per output channel) on the CPU",
        "by `NliModel`.",
        "",
        "## Base and data",
        f"- Base: {training.get('base', 'all-MiniLM-L6-v2')}.",
        "- Training pairs: the `permissive` pairs of ../shared/nli/train.jsonl.gz (SNLI dev, MNLI dev-mismatched,",
        "  CAD-NLI, Breaking NLI, MED, ConjNLI, FEVER-NLI dev: CC BY-SA / CC BY / MIT / Apache-2.0 / OANC) plus pairs",
        "  generated by claimcheck/nli/generated.py (numbers, dates and periods, negation, antonyms, reported vs",
        "  denied), labelled by construction and never used for evaluation. Commercial use is allowed by every",
        "  source's licence.",
        "",
        "## Recipe",
        *stages,
        "",
        f"## Accuracy (int8: {metrics['quantized_int8']})",
        "",
        "| split | pairs | accuracy | entailment P/R | neutral P/R | contradiction P/R |",
        "|---|---|---|---|---|---|",
    ]
    for name, split in metrics["splits"].items():
        pc = split["per_class"]
        cells = " | ".join(f"{pc[k]['precision']} / {pc[k]['recall']}" for k in LABELS)
        lines.append(f"| {name} | {split['pairs']} | {split['accuracy']} | {cells} |")
    lines += ["", "Contradiction precision when flagging at a probability threshold (SNLI test / MNLI dev-matched):", ""]
    lines.append("| threshold | SNLI precision (flagged) | MNLI precision (flagged) |")
    lines.append("|---|---|---|")
    for t in THRESHOLDS:
        s = metrics["splits"]["snli_test"]["contradiction_at_threshold"][str(t)]
        m = metrics["splits"]["mnli_dev_matched"]["contradiction_at_threshold"][str(t)]
        lines.append(f"| {t} | {s['precision']} ({s['flagged']}) | {m['precision']} ({m['flagged']}) |")
    lines += ["", f"Speed: {metrics['pairs_per_second']} pairs per second on 2 CPU cores (int8, length-sorted batches).",
              "", "ANLI dev is CC BY-NC 4.0 and used for evaluation only.", ""]
    (model_dir / "README.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
