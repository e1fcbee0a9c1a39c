"""Scoring the pipeline against gold annotations: the scorer behind `claimcheck eval`.

Gold files (`NAME.gold.json`, format in corpus/README.md; on real articles kept in the shared data, the format in
wikinews_dev/README.md) are loaded and validated, the pipeline runs on each article, and its quotes, claims and
flags are matched to the gold ones by these rules:

- **Spans** (quotes, claims): a prediction matches a gold span when they overlap by at least half of the gold
  span's length. Matching is one-to-one and greedy, largest overlap first (ties: closer boundaries first).
- **Quote attribution**, over matched quotes: the predicted speaker equals the gold one case-insensitively after
  whitespace normalisation, or scores at least 90 on rapidfuzz's `fuzz.ratio`; a gold `null` speaker is matched
  only by a predicted `null`.
- **Via**, over matched quotes: the same comparison on the relaying outlet. Its precision and recall count only
  relays (quotes whose gold or predicted `via` is set), since nearly every quote has none.
- **Claim values**, over matched claims: ranges need `low` and `high` equal (an open range, `high` null, only
  `low`), other claims `value` equal (relative
  tolerance 1e-6). Dates and periods with a resolved gold `date` need the predicted `date` to cover the same days
  ("2024-11" and "2024-11-01/2024-11-30" are equal); a date whose gold is only a year `value` is also right when
  the predicted `date` lies in that year. Where the gold has a unit the predicted unit must equal it
  (case-insensitive, a plural "s" ignored).
- **Flags**: a predicted flag matches a gold flag when the rule codes are equal or of the same family (CC1xx,
  CC2xx, CC3xx) and every gold evidence span overlaps some predicted evidence span; one-to-one, equal codes
  first. Every flag on an article marked `"clean": true` is a false flag; the bar is at most one per clean
  article on average.

Span components report precision, recall and F1. Attribute components (attribution, via, values) report the
accuracy over matched pairs, and precision, recall and F1 of span and attribute right together. As in spaCy's
Scorer, counts are addable and a figure is None, not 0, when there was nothing to score. A stage that has not run
(its Document field is None) has all its gold counted as missed and is reported as "not run", with no
per-article errors listed.
"""

from __future__ import annotations

import calendar
import functools
import json
import math
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol, Sequence, get_args

from rapidfuzz import fuzz

from claimcheck.checks.registry import RULES
from claimcheck.document import Claim, ClaimKind, Document, Evidence, Flag, Quote, QuoteKind, Span, SpeakerType
from claimcheck.errors import ClaimcheckError

QUOTE_KINDS = frozenset(get_args(QuoteKind))
CLAIM_KINDS = frozenset(get_args(ClaimKind))
SPEAKER_TYPES = frozenset(get_args(SpeakerType))
# The check codes a gold flag may name (the table in corpus/README.md): every rule not removed, stable or preview.
GOLD_RULE_CODES = frozenset(code for code, rule in RULES.items() if rule.status != "removed")
REQUIRED_KEYS = ("article", "clean", "quotes", "claims", "flags")
# A gold file on a real article kept outside the project names its record instead (see wikinews_dev/README.md).
RECORD_REQUIRED_KEYS = ("corpus", "id", "quotes", "claims")
MIN_GOLD_OVERLAP = 0.5  # share of the gold span a prediction must cover
SPEAKER_FUZZ_MIN = 90  # rapidfuzz ratio at which two names are the same speaker
VALUE_REL_TOL = 1e-6
DATE_KINDS = frozenset({"date", "period"})
COMPONENTS = ("quote_spans", "quote_attribution", "quote_via", "claim_spans", "claim_values", "flags")
COMPONENT_LABELS = {
    "quote_spans": "Quote spans",
    "quote_attribution": "Quote attribution",
    "quote_via": "Quote via",
    "claim_spans": "Claim spans",
    "claim_values": "Claim values",
    "flags": "Flags",
}
# The shared data beside the project (../shared relative to the project root); CLAIMCHECK_SHARED overrides it.
SHARED = Path(os.environ.get("CLAIMCHECK_SHARED") or Path(__file__).resolve().parents[2] / "shared")
DEFAULT_NEWSQUANT = SHARED / "benchmarks" / "newsquant" / "NewsQuant.json"


class GoldError(ClaimcheckError):
    """A gold annotation file is missing, malformed or disagrees with its article."""


# ---------------------------------------------------------------------------------------------------- figures


@dataclass
class PRF:
    """True positives, false positives and false negatives; addable, with None for figures of nothing."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), None when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), None when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2tp / (2tp + fp + fn), None when there was nothing to predict and nothing was predicted."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Accuracy:
    """Correct out of total; addable, None when there was nothing to judge."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        """correct / total, or None when total is 0."""
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass
class ComponentScore:
    """One component's figures; `ran` is False when its stage never ran, so its zeros mean "not run"."""

    prf: PRF = field(default_factory=PRF)
    accuracy: Accuracy | None = None  # attribute components only
    ran: bool = False

    def __add__(self, other: "ComponentScore") -> "ComponentScore":
        accuracy = None
        if self.accuracy is not None or other.accuracy is not None:
            accuracy = (self.accuracy or Accuracy()) + (other.accuracy or Accuracy())
        return ComponentScore(self.prf + other.prf, accuracy, self.ran or other.ran)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"ran": self.ran, **self.prf.to_dict()}
        if self.accuracy is not None:
            out.update(self.accuracy.to_dict())
        return out


@dataclass
class EvalError:
    """One thing the pipeline got wrong: a `missed` gold item, a `false positive`, or a `wrong` attribute."""

    component: str
    type: str  # missed, false positive, wrong
    text: str
    start: int
    end: int
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"component": self.component, "type": self.type, "text": self.text, "start": self.start,
                "end": self.end, "detail": self.detail}


@dataclass
class ArticleScore:
    """The figures and the errors for one gold article."""

    id: str
    gold_path: str
    clean: bool
    components: dict[str, ComponentScore]
    false_flags: int  # flags raised on a clean article (0 on the others)
    errors: list[EvalError] = field(default_factory=list)
    recall_by_kind: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # quotes/claims: kind: [found, total]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "gold": self.gold_path, "clean": self.clean, "false_flags": self.false_flags,
                "components": {name: c.to_dict() for name, c in self.components.items()},
                "recall_by_kind": self.recall_by_kind, "errors": [e.to_dict() for e in self.errors]}


@dataclass
class ThresholdPoint:
    """Flag figures over the gold articles with CC301's NLI threshold set to `threshold`."""

    threshold: float
    flags: PRF
    false_flags_per_clean_article: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "flags": self.flags.to_dict(),
                "false_flags_per_clean_article": self.false_flags_per_clean_article}


@dataclass
class EvalResult:
    """Scores summed over the articles, the per-article breakdown, and any external benchmark's figures."""

    articles: list[ArticleScore]
    newsquant: Any = None
    threshold_sweep: list[ThresholdPoint] | None = None
    inconsistencies: Any = None  # claimcheck.eval_inconsistencies.InconsistencyScore, when asked for

    @property
    def components(self) -> dict[str, ComponentScore]:
        """Each component's figures summed over all articles."""
        total = {name: ComponentScore(accuracy=Accuracy() if name in _ATTRIBUTES else None) for name in COMPONENTS}
        for article in self.articles:
            for name, score in article.components.items():
                total[name] = total[name] + score
        return total

    @property
    def recall_by_kind(self) -> dict[str, dict[str, list[int]]]:
        """Gold quotes and claims found, per kind, summed over the articles: `{"quotes": {kind: [found, total]}}`."""
        total: dict[str, dict[str, list[int]]] = {"quotes": {}, "claims": {}}
        for article in self.articles:
            for group, kinds in article.recall_by_kind.items():
                for kind, (found, count) in kinds.items():
                    entry = total[group].setdefault(kind, [0, 0])
                    entry[0] += found
                    entry[1] += count
        return total

    @property
    def clean_articles(self) -> int:
        return sum(a.clean for a in self.articles)

    @property
    def false_flags_per_clean_article(self) -> float | None:
        """Flags raised on clean articles per clean article; None without clean articles or a flags stage."""
        clean = [a for a in self.articles if a.clean and a.components["flags"].ran]
        return sum(a.false_flags for a in clean) / len(clean) if clean else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": len(self.articles),
            "clean_articles": self.clean_articles,
            "components": {name: c.to_dict() for name, c in self.components.items()},
            "recall_by_kind": self.recall_by_kind,
            "false_flags": sum(a.false_flags for a in self.articles),
            "false_flags_per_clean_article": self.false_flags_per_clean_article,
            "per_article": [a.to_dict() for a in self.articles],
            "newsquant": self.newsquant,
            "threshold_sweep": None if self.threshold_sweep is None else [p.to_dict() for p in self.threshold_sweep],
            "inconsistencies": None if self.inconsistencies is None else self.inconsistencies.to_dict(),
        }


_ATTRIBUTES = {"quote_attribution", "quote_via", "claim_values"}


# ---------------------------------------------------------------------------------------------------- gold


@dataclass
class GoldFlag:
    """An expected flag: its rule code and the spans it must cite."""

    rule: str
    evidence: list[Evidence]


@dataclass
class GoldArticle:
    """One article's text and its gold quotes, claims and flags (as the Document dataclasses). The article is a
    project file (`article_path`) or a record of a shared JSONL corpus (`record`); `flags` is None when the gold
    does not annotate flags, and then no flag is scored."""

    path: Path  # the gold file
    article_path: Path | None
    text: str
    clean: bool
    date: str | None
    style: str | None
    quotes: list[Quote]
    claims: list[Claim]
    flags: list[GoldFlag] | None
    record: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        return self.article_path.stem if self.article_path is not None else str(self.record["id"])

    def document(self) -> Document:
        """The article as the pipeline reads it."""
        from claimcheck.ingest import from_text, read_article

        if self.article_path is not None:
            return read_article(self.article_path)
        record = self.record
        return from_text(record["text"], id=str(record["id"]), title=record.get("title"), date=record.get("date"),
                         source=str(self.path), fmt="jsonl")


def gold_files(path: Path) -> list[Path]:
    """The gold file itself, or every `*.gold.json` under a directory, in name order."""
    path = Path(path)
    if not path.exists():
        raise GoldError(f"{path}: no such file or directory")
    if path.is_file():
        if not path.name.endswith(".json"):
            raise GoldError(f"{path}: not a gold annotation file (NAME.gold.json, see corpus/README.md)")
        return [path]
    files = sorted(path.rglob("*.gold.json"))
    if not files:
        raise GoldError(f"{path}: holds no *.gold.json annotation files")
    return files


def validate_gold(data: Any, text: str) -> list[str]:
    """Every problem with one gold annotation against its article text; an empty list when it is valid.

    A gold file on a record of a shared corpus carries no article text: its spans have no `text` (it is filled in
    from the article), and it may leave `clean` and `flags` out."""
    if not isinstance(data, dict):
        return ["the gold file must hold a JSON object"]
    on_record = "corpus" in data
    problems = [f"missing key {key!r}" for key in (RECORD_REQUIRED_KEYS if on_record else REQUIRED_KEYS)
                if key not in data]
    if problems:
        return problems
    if not isinstance(data.get("clean", False), bool):
        problems.append("'clean' must be true or false")
    for key in ("quotes", "claims", "flags"):
        if key in data and not isinstance(data[key], list):
            problems.append(f"{key!r} must be a list")
    if problems:
        return problems
    if data.get("clean") and data.get("flags"):
        problems.append("a clean article cannot expect flags")

    def check_span(item: Any, where: str) -> bool:
        if on_record and isinstance(item, dict) and "text" in item:
            problems.append(f"{where}: a gold file on a shared record keeps no article text (drop 'text')")
            return False
        if not isinstance(item, dict) or not all(k in item for k in ("start", "end", *(() if on_record else ("text",)))):
            problems.append(f"{where}: needs start, end{'' if on_record else ' and text'}")
            return False
        start, end = item["start"], item["end"]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            problems.append(f"{where}: start and end must be integers")
            return False
        if not 0 <= start < end <= len(text):
            problems.append(f"{where}: [{start}, {end}) is outside the article's {len(text)} characters")
            return False
        if on_record:
            if text[start:end] != text[start:end].strip():
                problems.append(f"{where}: [{start}, {end}) starts or ends with white space")
                return False
            item["text"] = text[start:end]
        elif text[start:end] != item["text"]:
            problems.append(f"{where}: text {item['text']!r} but the article has {text[start:end]!r} there")
            return False
        return True

    for i, quote in enumerate(data["quotes"]):
        where = f"quotes[{i}]"
        if not check_span(quote, where):
            continue
        if quote.get("kind") not in QUOTE_KINDS:
            problems.append(f"{where}: kind {quote.get('kind')!r} is not one of {sorted(QUOTE_KINDS)}")
        if "speaker" not in quote or not (quote["speaker"] is None or isinstance(quote["speaker"], str)):
            problems.append(f"{where}: needs a speaker (a name or null)")
        if quote.get("speaker_type", "unknown") not in SPEAKER_TYPES:
            problems.append(f"{where}: speaker_type {quote.get('speaker_type')!r} is not one of "
                            f"{sorted(SPEAKER_TYPES)}")
        if quote.get("speaker_mention") is not None:
            check_span(quote["speaker_mention"], f"{where}.speaker_mention")
        if quote.get("via") is not None and not isinstance(quote["via"], str):
            problems.append(f"{where}: via must be a name or null")
        for j, fragment in enumerate(quote.get("fragments") or []):
            if check_span(fragment, f"{where}.fragments[{j}]") and not (
                    quote["start"] <= fragment["start"] and fragment["end"] <= quote["end"]):
                problems.append(f"{where}.fragments[{j}]: lies outside its quote")
    for i, claim in enumerate(data["claims"]):
        where = f"claims[{i}]"
        if not check_span(claim, where):
            continue
        if claim.get("kind") not in CLAIM_KINDS:
            problems.append(f"{where}: kind {claim.get('kind')!r} is not one of {sorted(CLAIM_KINDS)}")
        for key in ("value", "low", "high"):
            value = claim.get(key)
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                problems.append(f"{where}: {key} must be a number or null")
        if claim.get("high") is not None and claim.get("low") is None:
            problems.append(f"{where}: a range needs low (high may be null when it is open: 'dozens')")
        if claim.get("subject_span") is not None:
            check_span(claim["subject_span"], f"{where}.subject_span")
    for i, flag in enumerate(data.get("flags") or []):
        where = f"flags[{i}]"
        if not isinstance(flag, dict):
            problems.append(f"{where}: must be an object")
            continue
        if flag.get("rule") not in GOLD_RULE_CODES:
            problems.append(f"{where}: rule {flag.get('rule')!r} is not a known check code")
        evidence = flag.get("evidence")
        if not isinstance(evidence, list) or not evidence:
            problems.append(f"{where}: needs a non-empty evidence list")
            continue
        for j, span in enumerate(evidence):
            check_span(span, f"{where}.evidence[{j}]")
    return problems


def load_gold(path: Path) -> GoldArticle:
    """Read and validate one gold file; its article is read as the pipeline reads it, so offsets agree."""
    from claimcheck.ingest import read_article

    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: not valid JSON ({exc})") from None
    article_path = record = None
    if isinstance(data, dict) and isinstance(data.get("corpus"), str):
        record = corpus_record(SHARED / data["corpus"], data.get("id"), path)
        text = record["text"].replace("\r\n", "\n").replace("\r", "\n")
    elif isinstance(data, dict) and isinstance(data.get("article"), str):
        article_path = path.parent / data["article"]
        text = read_article(article_path).text
    else:
        raise GoldError(f"{path}: needs an 'article' field naming the article file, or 'corpus' and 'id' naming "
                        "a record of a shared corpus")
    problems = validate_gold(data, text)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise GoldError(f"{path}: {problems[0]}{more}")
    flags = data.get("flags")
    return GoldArticle(
        path=path,
        article_path=article_path,
        text=text,
        clean=data.get("clean", False),
        date=data.get("date"),
        style=data.get("style"),
        quotes=[_gold_quote(q) for q in data["quotes"]],
        claims=[_gold_claim(c) for c in data["claims"]],
        flags=None if flags is None else [
            GoldFlag(f["rule"], [Evidence(e["start"], e["end"], e["text"]) for e in f["evidence"]]) for f in flags],
        record=record,
    )


def corpus_record(corpus: Path, record_id: Any, gold_path: Path) -> dict[str, Any]:
    """The record with this `id` in a JSONL corpus (each corpus read once per process)."""
    records = _corpus_records(corpus.resolve())
    if records is None:
        raise GoldError(f"{gold_path}: its corpus {corpus} is not there (is the shared data beside the project, or "
                        "CLAIMCHECK_SHARED set?)")
    if str(record_id) not in records:
        raise GoldError(f"{gold_path}: no record with id {record_id!r} in {corpus}")
    return records[str(record_id)]


@functools.lru_cache(maxsize=4)
def _corpus_records(corpus: Path) -> dict[str, dict[str, Any]] | None:
    try:
        with corpus.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
    except OSError:
        return None
    return {str(r.get("id")): r for r in records if isinstance(r, dict) and isinstance(r.get("text"), str)}


def _gold_quote(item: dict[str, Any]) -> Quote:
    mention = item.get("speaker_mention")
    return Quote(
        start=item["start"], end=item["end"], text=item["text"], kind=item["kind"], speaker=item["speaker"],
        speaker_type=item.get("speaker_type", "unknown"),
        speaker_mention=Span(mention["start"], mention["end"]) if mention else None,
        via=item.get("via"), fragments=[Span(f["start"], f["end"]) for f in item.get("fragments") or []],
    )


def _gold_claim(item: dict[str, Any]) -> Claim:
    subject = item.get("subject_span")
    return Claim(
        start=item["start"], end=item["end"], text=item["text"], kind=item["kind"], value=item.get("value"),
        low=item.get("low"), high=item.get("high"), unit=item.get("unit"), qualifier=item.get("qualifier"),
        subject=item.get("subject"), subject_span=Span(subject["start"], subject["end"]) if subject else None,
        asserted_by=item.get("asserted_by"), date=item.get("date"),
    )


# ---------------------------------------------------------------------------------------------------- matching


class _HasSpan(Protocol):
    start: int
    end: int


def overlap(a: _HasSpan, b: _HasSpan) -> int:
    """How many characters two `[start, end)` ranges share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_spans(gold: Sequence[_HasSpan], predicted: Sequence[_HasSpan],
                min_gold_overlap: float = MIN_GOLD_OVERLAP) -> list[tuple[int, int]]:
    """One-to-one `(gold index, predicted index)` pairs: overlap at least `min_gold_overlap` of the gold span,
    taken greedily by largest overlap, then by closest boundaries."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            shared = overlap(g, p)
            if shared > 0 and shared >= min_gold_overlap * (g.end - g.start):
                candidates.append((-shared, abs(g.start - p.start) + abs(g.end - p.end), gi, pi))
    return _greedy(candidates)


def _greedy(candidates: list[tuple]) -> list[tuple[int, int]]:
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for *_, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _normal_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def same_name(gold: str | None, predicted: str | None) -> bool:
    """Speaker (or relay) equality: equal after case and whitespace normalisation, or fuzz ratio >= 90;
    a gold None only equals a predicted None."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    a, b = _normal_name(gold), _normal_name(predicted)
    return a == b or fuzz.ratio(a, b) >= SPEAKER_FUZZ_MIN


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=VALUE_REL_TOL)


def _normal_unit(unit: str) -> str:
    unit = " ".join(unit.split()).casefold()
    return unit[:-1] if len(unit) > 2 and unit.isalpha() and unit.endswith("s") else unit


def date_interval(iso: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date ("2024", "2024-11", "2024-11-05") or "start/end" interval covers."""
    if not iso:
        return None
    first, _, last = iso.partition("/")
    try:
        start, end = _iso_bounds(first), _iso_bounds(last or first)
    except ValueError:
        return None
    return start[0], end[1]


def _iso_bounds(text: str) -> tuple[date, date]:
    parts = [int(p) for p in text.strip().split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    raise ValueError(text)


def same_value(gold: Claim, predicted: Claim) -> bool:
    """Whether a matched claim's normalised value (and unit, where the gold has one) is right."""
    if gold.low is not None:  # a range, or an open one ("dozens": low only)
        right = _close(gold.low, predicted.low) and (gold.high is None or _close(gold.high, predicted.high))
    elif gold.kind in DATE_KINDS and gold.date is not None:
        expected = date_interval(gold.date)
        right = date_interval(predicted.date) == expected if expected else predicted.date == gold.date
    elif gold.value is not None:
        right = _close(gold.value, predicted.value) or (gold.kind == "date" and _within_year(predicted.date, gold.value))
    else:
        right = predicted.value is None
    if right and gold.unit is not None:
        right = predicted.unit is not None and _normal_unit(predicted.unit) == _normal_unit(gold.unit)
    return right


def _within_year(iso: str | None, year: float) -> bool:
    interval = date_interval(iso)
    return interval is not None and interval[0].year == interval[1].year == year


def rule_family(code: str) -> str:
    """The family of a check code: CC1xx, CC2xx or CC3xx."""
    return code[:3]


def flag_matches(gold: GoldFlag, predicted: Flag) -> bool:
    """Same rule or rule family, and every gold evidence span overlaps some predicted evidence span."""
    if rule_family(gold.rule) != rule_family(predicted.id):
        return False
    return all(any(overlap(g, p) for p in predicted.evidence) for g in gold.evidence)


def match_flags(gold: Sequence[GoldFlag], predicted: Sequence[Flag]) -> list[tuple[int, int]]:
    """One-to-one `(gold index, predicted index)` pairs of matching flags, equal codes first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if flag_matches(g, p):
                shared = sum(overlap(ge, pe) for ge in g.evidence for pe in p.evidence)
                candidates.append((g.rule != p.id, -shared, gi, pi))
    return _greedy(candidates)


# ---------------------------------------------------------------------------------------------------- scoring


def _value_text(claim: Claim) -> str:
    if claim.low is not None or claim.high is not None:
        value = f"{claim.low:,.10g}–{claim.high:,.10g}" if claim.low is not None and claim.high is not None else "?"
    elif claim.kind in DATE_KINDS and claim.date:
        value = claim.date
    elif claim.value is not None:
        value = f"{claim.value:.10g}" if claim.kind in DATE_KINDS else f"{claim.value:,.10g}"
    else:
        value = claim.date or "none"
    return f"{value} {claim.unit or ''}".strip()


def _flag_text(rule: str, evidence: Iterable[Evidence]) -> str:
    return f"{rule}: " + " / ".join(" ".join(e.text.split()) for e in evidence)


def _quote_text(quote: Quote) -> str:
    return f"{quote.kind}, {quote.speaker or 'no speaker'}"


def _claim_text(claim: Claim) -> str:
    return f"{claim.kind}, {_value_text(claim)}"


def _score_spans(name: str, gold: Sequence[Any], predicted: Sequence[Any] | None,
                 describe: Callable[[Any], str]) -> tuple[ComponentScore, list[tuple[int, int]], list[EvalError]]:
    """A span component's score, its matched pairs, and its misses and false positives."""
    found = predicted or []
    pairs = match_spans(gold, found)
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    errors = [EvalError(name, "missed", g.text, g.start, g.end, describe(g))
              for i, g in enumerate(gold) if i not in matched_gold]
    errors += [EvalError(name, "false positive", p.text, p.start, p.end, describe(p))
               for i, p in enumerate(found) if i not in matched_predicted]
    score = ComponentScore(PRF(len(pairs), len(found) - len(pairs), len(gold) - len(pairs)), ran=predicted is not None)
    return score, pairs, errors


def score_article(gold: GoldArticle, doc: Document) -> ArticleScore:
    """Match one article's predictions to its gold and count the results."""
    components: dict[str, ComponentScore] = {}
    quotes = doc.quotes or []
    components["quote_spans"], pairs, errors = _score_spans("quote_spans", gold.quotes, doc.quotes, _quote_text)
    recall_by_kind = {"quotes": found_by_kind(gold.quotes, pairs)}
    right_speaker = right_via = via_agrees = 0
    for gi, pi in pairs:
        g, p = gold.quotes[gi], quotes[pi]
        if same_name(g.speaker, p.speaker):
            right_speaker += 1
        else:
            errors.append(EvalError("quote_attribution", "wrong", g.text, g.start, g.end,
                                    f"gold {g.speaker or 'none'}, predicted {p.speaker or 'none'}"))
        if same_name(g.via, p.via):
            via_agrees += 1
            right_via += g.via is not None
        else:
            errors.append(EvalError("quote_via", "wrong", g.text, g.start, g.end,
                                    f"gold {g.via or 'none'}, predicted {p.via or 'none'}"))
    ran = doc.quotes is not None
    components["quote_attribution"] = ComponentScore(
        PRF(right_speaker, len(quotes) - right_speaker, len(gold.quotes) - right_speaker),
        Accuracy(right_speaker, len(pairs)), ran)
    gold_relays = sum(q.via is not None for q in gold.quotes)
    predicted_relays = sum(q.via is not None for q in quotes)
    components["quote_via"] = ComponentScore(
        PRF(right_via, predicted_relays - right_via, gold_relays - right_via), Accuracy(via_agrees, len(pairs)), ran)

    claims = doc.claims or []
    components["claim_spans"], pairs, claim_errors = _score_spans("claim_spans", gold.claims, doc.claims, _claim_text)
    recall_by_kind["claims"] = found_by_kind(gold.claims, pairs)
    errors += claim_errors
    right_value = 0
    for gi, pi in pairs:
        g, p = gold.claims[gi], claims[pi]
        if same_value(g, p):
            right_value += 1
        else:
            errors.append(EvalError("claim_values", "wrong", g.text, g.start, g.end,
                                    f"gold {_value_text(g)}, predicted {_value_text(p)}"))
    components["claim_values"] = ComponentScore(
        PRF(right_value, len(claims) - right_value, len(gold.claims) - right_value),
        Accuracy(right_value, len(pairs)), doc.claims is not None)

    flags = doc.flags or []
    gold_flags = gold.flags or []
    pairs = match_flags(gold_flags, flags)
    components["flags"] = ComponentScore(PRF(len(pairs), len(flags) - len(pairs), len(gold_flags) - len(pairs)),
                                         ran=doc.flags is not None and gold.flags is not None)
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    for i, f in enumerate(gold_flags):
        if i not in matched_gold:
            errors.append(EvalError("flags", "missed", _flag_text(f.rule, f.evidence), f.evidence[0].start,
                                    f.evidence[0].end))
    for i, f in enumerate(flags):
        if i not in matched_predicted:
            start, end = (f.evidence[0].start, f.evidence[0].end) if f.evidence else (0, 0)
            errors.append(EvalError("flags", "false positive", _flag_text(f.id, f.evidence), start, end, f.message))
    errors = [e for e in errors if components[e.component].ran]  # a stage that did not run has nothing to list
    return ArticleScore(
        id=gold.id, gold_path=str(gold.path), clean=gold.clean, components=components,
        false_flags=len(flags) if gold.clean else 0, errors=sorted(errors, key=lambda e: (e.start, e.component)),
        recall_by_kind=recall_by_kind,
    )


def found_by_kind(gold: Sequence[Quote] | Sequence[Claim], pairs: list[tuple[int, int]]) -> dict[str, list[int]]:
    """`{kind: [found, total]}` over the gold items."""
    matched = {gi for gi, _ in pairs}
    counts: dict[str, list[int]] = {}
    for i, item in enumerate(gold):
        count = counts.setdefault(item.kind, [0, 0])
        count[0] += i in matched
        count[1] += 1
    return counts


def evaluate_gold(golds: Iterable[GoldArticle], pipeline: Any) -> EvalResult:
    """Run `pipeline` (a claimcheck Pipeline, built once) on every gold article and score it."""
    scores = []
    for gold in golds:
        try:
            doc = pipeline(gold.document())
        except Exception as exc:
            exc.add_note(f"while running the pipeline on {gold.id} ({gold.path})")
            raise
        if doc.text != gold.text:
            raise GoldError(f"{gold.path}: the pipeline read a different text from {gold.id}")
        scores.append(score_article(gold, doc))
    return EvalResult(scores)


class _SharedModel:
    """What the Checker needs from Resources: other settings, the NLI model already loaded."""

    def __init__(self, settings: Any, resources: Any) -> None:
        self.settings = settings
        self._resources = resources

    @property
    def nli(self) -> Any:
        return self._resources.nli


def sweep_nli_threshold(golds: Sequence[GoldArticle], pipeline: Any,
                        thresholds: Sequence[float]) -> list[ThresholdPoint]:
    """Flag precision and recall at each CC301 threshold, for choosing it on the annotated corpus: every article
    goes through the pipeline once, and only the checks run again per threshold."""
    from dataclasses import replace

    from claimcheck.checks import Checker

    docs = [(gold, pipeline(gold.document())) for gold in golds]
    points = []
    for threshold in thresholds:
        checker = Checker(_SharedModel(replace(pipeline.settings, nli_threshold=threshold), pipeline.resources))
        total, false_flags = PRF(), 0
        for gold, doc in docs:
            checker(doc)
            article = score_article(gold, doc)
            total = total + article.components["flags"].prf
            false_flags += article.false_flags
        clean = sum(gold.clean for gold in golds)
        points.append(ThresholdPoint(threshold, total, false_flags / clean if clean else None))
    return points

