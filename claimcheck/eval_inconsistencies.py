"""Score the checks on the injected-inconsistency benchmark: real Wikinews articles, one slip written into each.

The benchmark (`../shared/benchmarks/inconsistencies/`, README there) gives each injected article the `edited`
span and the `conflicts_with` spans it disagrees with, split `tune` / `test`; the unmodified originals are the
Wikinews 2019 corpus beside it. Scoring follows the benchmark's README:

- **pair hit**: one flag whose evidence overlaps `edited` and at least one `conflicts_with` span;
- **loose hit**: some flag's evidence overlaps `edited` or a `conflicts_with` span;
- **false flag**: any flag on an original article, except on the originals the README lists under "Real slips"
  (a flag there may be right, so it is counted apart, not as false).

Any file in the benchmark's format can be scored the same way (its records' splits are reported as they come),
and any JSONL of published articles (`id`, `date`, `title`, `text`) can stand in for the originals: a newsroom's
own archive, where every flag is a false one.

Tune on `tune`, report `test` beside it, never change anything to fit `test`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from claimcheck.checks.calibration import Observation
from claimcheck.document import Document, Flag
from claimcheck.errors import ClaimcheckError
from claimcheck.ingest import from_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_BENCHMARK = SHARED / "benchmarks" / "inconsistencies"
NUMERIC_TYPES = ("restated-figure", "derived-implausible", "percent-vs-counts", "parts-vs-total",
                 "change-arithmetic", "date-conflict")
STATEMENT_TYPES = ("statement-contradiction", "entity-conflict")
SPLITS = ("tune", "test")


@dataclass(frozen=True)
class Injection:
    """One benchmark record: the injected article and where its slip is."""

    id: str
    source_id: str
    split: str
    type: str
    date: str | None
    title: str | None
    text: str
    edited: tuple[int, int]
    conflicts_with: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Original:
    """One published article of the corpus the benchmark was made from."""

    id: str
    date: str | None
    title: str | None
    text: str


@dataclass
class InjectionResult:
    """What the checks did on one injected article."""

    id: str
    split: str
    type: str
    pair_hit: bool
    loose_hit: bool
    flags: int
    hit_rules: list[str]
    hit_confidence: float | None


@dataclass
class InconsistencyScore:
    """Pair and loose hits per split and type, and the flags raised on the originals by rule."""

    injections: list[InjectionResult] = field(default_factory=list)
    originals: int = 0
    false_flags: Counter = field(default_factory=Counter)  # rule code -> flags on originals without a real slip
    slip_flags: Counter = field(default_factory=Counter)  # rule code -> flags on originals with a real slip
    false_flag_articles: dict[str, list[str]] = field(default_factory=dict)  # original id -> its flags' messages

    @property
    def splits(self) -> list[str]:
        """The splits the scored records carry: `tune` and `test` first, then any other in name order."""
        present = {r.split for r in self.injections}
        return [s for s in SPLITS if s in present] + sorted(present - set(SPLITS))

    def rate(self, split: str | None = None, types: Sequence[str] | None = None, loose: bool = False
             ) -> tuple[int, int]:
        """(hits, articles) over a split and a set of types (None: all)."""
        chosen = [r for r in self.injections
                  if (split is None or r.split == split) and (types is None or r.type in types)]
        return sum(r.loose_hit if loose else r.pair_hit for r in chosen), len(chosen)

    @property
    def false_flags_per_original(self) -> float | None:
        """False flags per original article, real slips left out."""
        return sum(self.false_flags.values()) / self.originals if self.originals else None

    def to_dict(self) -> dict[str, Any]:
        splits: dict[str, Any] = {}
        for split in self.splits:
            per_type = {}
            for kind in NUMERIC_TYPES + STATEMENT_TYPES:
                hits, total = self.rate(split, [kind])
                loose, _ = self.rate(split, [kind], loose=True)
                per_type[kind] = {"pair_hits": hits, "loose_hits": loose, "articles": total}
            numeric, n_numeric = self.rate(split, NUMERIC_TYPES)
            statement, n_statement = self.rate(split, STATEMENT_TYPES)
            splits[split] = {"types": per_type, "numeric_pair_hit_rate": numeric / n_numeric if n_numeric else None,
                             "statement_pair_hit_rate": statement / n_statement if n_statement else None}
        return {
            "splits": splits,
            "originals": self.originals,
            "false_flags_by_rule": dict(sorted(self.false_flags.items())),
            "false_flags_per_original": self.false_flags_per_original,
            "real_slip_flags_by_rule": dict(sorted(self.slip_flags.items())),
            "injections": [vars(r) for r in self.injections],
            "false_flag_articles": self.false_flag_articles,
        }


def load_injections(path: Path) -> list[Injection]:
    """The benchmark's records (`injected.jsonl` in the benchmark folder, or that file itself)."""
    file = path / "injected.jsonl" if path.is_dir() else path
    if not file.is_file():
        raise ClaimcheckError(f"{file}: inconsistency benchmark not found (point --inconsistencies-path at it)")
    out = []
    for record in _jsonl(file):
        inj = record["injection"]
        out.append(Injection(
            record["id"], record["source_id"], record["split"], inj["type"], record.get("date"),
            record.get("title"), record["text"], (inj["edited"]["start"], inj["edited"]["end"]),
            tuple((c["start"], c["end"]) for c in inj["conflicts_with"]),
        ))
    return out


def load_originals(path: Path) -> list[Original]:
    """The published articles (the Wikinews JSONL the benchmark was built from)."""
    if not path.is_file():
        raise ClaimcheckError(f"{path}: the benchmark's original articles were not found")
    return [Original(r["id"], r.get("date"), r.get("title"), r["text"]) for r in _jsonl(path)]


def real_slips(benchmark: Path) -> set[str]:
    """Ids of originals that the benchmark README lists as holding a real slip (flags there may be right)."""
    readme = (benchmark if benchmark.is_dir() else benchmark.parent) / "README.md"
    if not readme.is_file():
        return set()
    text = readme.read_text(encoding="utf-8")
    section = text.split("## Real slips", 1)[1] if "## Real slips" in text else ""
    section = section.split("\n## ", 1)[0]
    return set(re.findall(r"wn2019_\d{3}", section))


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def article_document(item: Injection | Original) -> Document:
    """The article as the pipeline reads it, dated as published."""
    doc = from_text(item.text, id=item.id, title=item.title, source="inconsistency-benchmark", fmt="jsonl")
    doc.meta.date = item.date
    return doc


def _overlaps(flag: Flag, span: tuple[int, int]) -> bool:
    return any(e.start < span[1] and span[0] < e.end for e in flag.evidence)


def score_injection(item: Injection, flags: Iterable[Flag]) -> InjectionResult:
    """Pair and loose hit of one injected article's open flags."""
    flags = list(flags)
    hits = [f for f in flags if _overlaps(f, item.edited) and any(_overlaps(f, c) for c in item.conflicts_with)]
    loose = any(_overlaps(f, item.edited) or any(_overlaps(f, c) for c in item.conflicts_with) for f in flags)
    return InjectionResult(item.id, item.split, item.type, bool(hits), loose, len(flags),
                           sorted({f.id for f in hits}), max((f.confidence for f in hits), default=None))


def originals_beside(benchmark: Path) -> Path:
    """The Wikinews JSONL the benchmark was made from, where the shared data keeps it beside the benchmark."""
    folder = benchmark if benchmark.is_dir() else benchmark.parent
    return folder.parents[1] / "corpora" / "wikinews" / "wikinews_2019.jsonl"


def score_inconsistencies(pipeline: Any, benchmark: Path | None = DEFAULT_BENCHMARK,
                          originals: Path | None = None) -> InconsistencyScore:
    """Run the pipeline on every injected article of `benchmark` (a folder or a JSONL in its format; None: none)
    and on every published article of `originals` (default: the Wikinews originals where the shared data keeps
    them beside the benchmark, none where it does not), and score the open flags."""
    injections = load_injections(benchmark) if benchmark is not None else []
    if originals is None and benchmark is not None and originals_beside(benchmark).is_file():
        originals = originals_beside(benchmark)
    articles = load_originals(originals) if originals is not None else []
    slips = real_slips(benchmark) if benchmark is not None else set()
    score = InconsistencyScore()
    for item in injections:
        doc = pipeline(article_document(item))
        score.injections.append(score_injection(item, doc.flags or []))
    for original in articles:
        doc = pipeline(article_document(original))
        score.originals += 1
        target = score.slip_flags if original.id in slips else score.false_flags
        for flag in doc.flags or []:
            target[flag.id] += 1
        if doc.flags and original.id not in slips:
            score.false_flag_articles[original.id] = [f"{f.id} {f.message}" for f in doc.flags]
    return score


def calibration_observations(pipeline: Any, benchmark: Path = DEFAULT_BENCHMARK,
                             originals: Path | None = None) -> tuple[list[Observation], dict[str, int]]:
    """Every flag the pipeline raises (it should run every rule, with raw scores) on the `tune` split and on the
    originals without a listed real slip, marked right when it is a pair hit on `tune`; and what was read."""
    injections = [i for i in load_injections(benchmark) if i.split == "tune"]
    slips = real_slips(benchmark)
    seen_on_original: dict[str, set[str]] = {}
    observations = []
    articles = [a for a in load_originals(originals or originals_beside(benchmark)) if a.id not in slips]
    for original in articles:
        flags = pipeline(article_document(original)).flags or []
        seen_on_original[original.id] = {f.fingerprint for f in flags}
        observations += [Observation(f.id, f.confidence, False) for f in flags]
    for item in injections:
        for flag in pipeline(article_document(item)).flags or []:
            right = _overlaps(flag, item.edited) and any(_overlaps(flag, c) for c in item.conflicts_with)
            if right or flag.fingerprint not in seen_on_original.get(item.source_id, set()):
                observations.append(Observation(flag.id, flag.confidence, right))
    return observations, {"tune_articles": len(injections), "originals": len(articles)}


def write_calibration(pipeline: Any, out: Path, benchmark: Path = DEFAULT_BENCHMARK) -> dict[str, Any]:
    """Fit the per-rule calibration on the benchmark's `tune` split and originals and write it to `out`."""
    from claimcheck.checks.calibration import BIN_EDGES, SMOOTHING, fit
    from claimcheck.checks.registry import RULES

    observations, read = calibration_observations(pipeline, benchmark)
    record = {
        "about": "Measured precision of each rule per raw-score bin (claimcheck/checks/calibration.py), written by "
                 "`claimcheck eval CORPUS --calibrate` with every rule on and raw scores.",
        "data": {"benchmark": benchmark.name, "split": "tune", **read},
        "bin_edges": list(BIN_EDGES),
        "smoothing": SMOOTHING,
        "rules": fit(observations, RULES),
    }
    out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return record
