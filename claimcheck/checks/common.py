"""What every family of checks shares: which claims count, the range a written figure allows, and wording.

Values are compared as intervals: an exact figure allows the rounding its written precision implies ("$5.4 billion" is
anything from 5.35 to 5.45 billion, capped at `rounding_max_rel`; a count in words may be one cut down to its last word:
"eighty-one thousand" is 80,500 to 82,000), "about"/"nearly" allow `approx_tolerance` either side (no more than
`HEDGED_STEPS` of the figure's last digit), "more than"/"at least" open the interval upwards and "less than"/"up to"
downwards. Two figures conflict only when their intervals are disjoint.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from claimcheck.document import Claim, Document, Evidence, Fact, Span, Statement
from claimcheck.facts import TALLY_JOINER
from claimcheck.lexicon import WordVectors
from claimcheck.quotes.cues import DOCUMENT_NOUNS
from claimcheck.settings import Settings

LISTING_WORDS = {"including", "include", "includes", "among"}  # closed class: "including six from Cork"

APPROXIMATE = {"approximately", "about", "around", "roughly", "some", "nearly", "almost", "close to",
               "an estimated", "estimated", "just under", "just over", "circa", "approx", "or so"}
LOWER_BOUND = {"more than", "over", "at least", "above", "upwards of", "in excess of", "exceeding", "greater than",
               "no fewer than", "no less than", "at minimum"}
UPPER_BOUND = {"less than", "under", "up to", "fewer than", "below", "at most", "no more than", "as many as",
               "as much as", "not more than"}
# The size of each unit a length of time is written in, in days: "73 months" and "six years" are one measure.
DAYS_IN = {"seconds": 1 / 86400, "minutes": 1 / 1440, "hours": 1 / 24, "days": 1.0, "nights": 1.0, "weeks": 7.0,
           "months": 365.25 / 12, "years": 365.25, "decades": 3652.5}
# Between the two sides of a tally or a score: "230-to-198", "6–3", "by 330 votes to 287".
HALF_STEP = 0.499  # just under half a step: 5.4 and 5.5 (both to one decimal) never meet
HEDGED_STEPS = 5  # the most steps of its last digit a hedged figure strays: "about 12,300" is 11,800 to 12,800
NOMINAL_SUFFIXES = ("ion", "ment", "al", "ure", "ance", "ence", "age", "y", "ing")
MIN_STEM = 4  # letters a verb and its nominalisation must share at least
# Nominalisations no suffix rule finds ("die" and "death").
IRREGULAR_NOUNS = {"die": "death", "bear": "birth", "fly": "flight", "sell": "sale", "lose": "loss", "speak": "speech",
                   "try": "trial", "bury": "burial", "succeed": "success", "choose": "choice", "steal": "theft",
                   "grow": "growth", "enter": "entry", "offend": "offence", "complain": "complaint"}
# Verbs whose sense their words around them make ("took three seasons", "two were taken ashore", "had two"):
# one of them shared is no sign that two figures tell of one doing, nor two of them that they tell of two.
BROAD_VERBS = {"take", "have", "get", "make", "give", "go", "come", "put", "be", "do", "keep", "hold"}
NUMBER_LITERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")
# How many of its dimension's base unit (metre, kilogram, litre, square metre, kilowatt-hour, kilowatt) one of each unit
# is, by the SI definitions and the international yard and pound (1959): a figure in one unit converts to another of
# its dimension.
UNIT_SIZES = {
    "m": ("length", 1.0), "km": ("length", 1e3), "cm": ("length", 1e-2), "mm": ("length", 1e-3),
    "miles": ("length", 1609.344), "ft": ("length", 0.3048), "yd": ("length", 0.9144), "in": ("length", 0.0254),
    "kg": ("mass", 1.0), "g": ("mass", 1e-3), "mg": ("mass", 1e-6), "tonnes": ("mass", 1e3),
    "lb": ("mass", 0.45359237), "oz": ("mass", 0.028349523125),
    "l": ("volume", 1.0), "ml": ("volume", 1e-3), "m3": ("volume", 1e3),
    "m2": ("area", 1.0), "km2": ("area", 1e6), "ha": ("area", 1e4), "acres": ("area", 4046.8564224),
    "sq mi": ("area", 2589988.110336), "sq ft": ("area", 0.09290304),
    "kWh": ("energy", 1.0), "MWh": ("energy", 1e3), "GWh": ("energy", 1e6), "TWh": ("energy", 1e9),
    "W": ("power", 1e-3), "kW": ("power", 1.0), "MW": ("power", 1e3), "GW": ("power", 1e6),
}


@dataclass(frozen=True)
class Interval:
    """The values a written figure allows, `low` to `high` inclusive."""

    low: float
    high: float

    def disjoint(self, other: "Interval") -> bool:
        """True when no value satisfies both intervals."""
        finite = [abs(x) for x in (self.low, self.high, other.low, other.high) if math.isfinite(x)]
        eps = 1e-9 * max(finite + [1.0])
        return self.high < other.low - eps or other.high < self.low - eps


def qualifier_kind(claim: Claim) -> str:
    """'approx', 'lower' (more than), 'upper' (less than) or 'exact'."""
    q = (claim.qualifier or "").strip().lower()
    if not q:
        return "exact"
    if q in APPROXIMATE:
        return "approx"
    if q in LOWER_BOUND:
        return "lower"
    if q in UPPER_BOUND:
        return "upper"
    return "approx"  # an unknown qualifier hedges the figure: never read it as exact


def rounding_step(claim: Claim) -> float:
    """The unit of the last digit the claim was written with, in the claim's own scale (0 when unknown); for a
    percentage without decimals, one percent; for a count written in words, the place of its last word."""
    if claim.value is None:
        return 0.0
    match = NUMBER_LITERAL.search(claim.text)
    if not match and claim.kind == "count":  # a number written in words is rounded at its last word's place, as
        whole = round(abs(claim.value))  # digits at their last non-zero one: "nine hundred thousand" to 100,000s
        return float(10 ** (len(str(whole)) - len(str(whole).rstrip("0")))) if whole == abs(claim.value) else 1.0
    if not match:
        return 0.0
    literal = match.group().replace(",", "")
    try:
        written = float(literal)
    except ValueError:
        return 0.0
    if written == 0:
        return 0.0
    scale = abs(claim.value / written) if claim.value else 1.0
    if "." in literal:
        decimals = len(literal.split(".")[1])
        return scale * 10 ** (-decimals)
    trailing_zeros = len(literal) - len(literal.rstrip("0"))
    if claim.kind == "percent":
        return scale  # told to the whole percent: the 0 of "80 percent" is a digit, not a rounding to tens
    return scale * 10 ** trailing_zeros


def claim_interval(claim: Claim, settings: Settings, approx_tolerance: float | None = None) -> Interval | None:
    """The interval of values the claim allows, or None when it has no value."""
    if claim.low is not None and claim.high is not None:
        return Interval(min(claim.low, claim.high), max(claim.low, claim.high))
    if claim.value is None:
        return None
    v = claim.value
    kind = qualifier_kind(claim)
    tolerance = settings.approx_tolerance if approx_tolerance is None else approx_tolerance
    step = rounding_step(claim)
    rounding = min(step * HALF_STEP, abs(v) * settings.rounding_max_rel)
    spoken = step > 1 and claim.kind == "count" and not NUMBER_LITERAL.search(claim.text)  # a round figure in words
    above = min(step, abs(v) * settings.rounding_max_rel) if spoken else rounding  # is often cut down to its last
    # word's place: "Eighty-one thousand tickets" for 81,600
    if kind == "approx":  # written to a fine digit, a hedge stays near it: "about 12,300" is not 13,500
        slack = max(min(abs(v) * tolerance, HEDGED_STEPS * step) if step else abs(v) * tolerance, rounding)
        return Interval(v - slack, v + max(slack, above))
    if kind == "lower":
        return Interval(v - rounding, math.inf)
    if kind == "upper":
        return Interval(-math.inf if v < 0 else 0.0, v + above)
    return Interval(v - rounding, v + above)


def in_unit(claim: Claim, unit: str | None) -> float | None:
    """A figure's value written in `unit`: its own value in its own unit, a length of time, a length, a mass, a
    volume or an area converted ("73 months" is 6.08 in years, "1.4 km" 1,400 in metres); None for another unit, or
    a figure with no value."""
    if claim.value is None:
        return None
    if claim.unit == unit:
        return claim.value
    if claim.kind == "quantity" and claim.unit in DAYS_IN and unit in DAYS_IN:
        return claim.value * DAYS_IN[claim.unit] / DAYS_IN[unit]
    own, other = UNIT_SIZES.get(claim.unit or ""), UNIT_SIZES.get(unit or "")
    if claim.kind == "quantity" and own is not None and other is not None and own[0] == other[0]:
        return claim.value * own[1] / other[1]
    return None


def body_claims(doc: Document) -> list[Claim]:
    """The claims outside headlines, captions and bylines, in text order."""
    return sorted((c for c in (doc.claims or []) if doc.is_body(c.start, c.end)), key=lambda c: c.start)


def sentence_of(doc: Document, claim: Claim) -> int | None:
    """The index of the sentence a claim sits in."""
    if claim.sentence is not None and 0 <= claim.sentence < len(doc.sentences):
        return claim.sentence
    return doc.sentence_index(claim.start)


def claim_evidence(claim: Claim) -> Evidence:
    """A claim's own span as evidence."""
    return Evidence(claim.start, claim.end, claim.text)


def span_evidence(doc: Document, span: Span) -> Evidence:
    """A sentence (or any span) of the document as evidence."""
    return Evidence(span.start, span.end, doc.text[span.start : span.end])


def written(claim: Claim) -> str:
    """The figure as the article writes it, with its qualifier: 'more than $500,000'."""
    return f"{claim.qualifier} {claim.text}" if claim.qualifier else claim.text


def paragraph_number(doc: Document, offset: int) -> int:
    """1-based index of the body paragraph holding `offset`, counting body paragraphs only."""
    body = [p for p in doc.paragraphs if doc.is_body(p.start, p.end)]
    for number, paragraph in enumerate(body, start=1):
        if paragraph.start <= offset < paragraph.end:
            return number
    return 0


def short_subject(subject: str | None, fallback: str) -> str:
    """A subject phrase fit for a one-line message."""
    text = " ".join((subject or "").split())
    if not text:
        return fallback
    words = text.split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


def money_text(amount: float, currency: str | None) -> str:
    """A readable amount: '$0.83', '€1.2 million'."""
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}.get(currency or "", "")
    suffix = "" if symbol or not currency else f" {currency}"
    for scale, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(amount) >= scale:
            return f"{symbol}{amount / scale:,.1f}{word}{suffix}"
    if abs(amount) >= 100:
        return f"{symbol}{amount:,.0f}{suffix}"
    return f"{symbol}{amount:,.2f}{suffix}"


def parsed_span(doc: Document, start: int, end: int):
    """The spaCy span covering `[start, end)` (expanded to whole tokens), or None before segmentation."""
    if doc.nlp is None:
        return None
    return doc.nlp.char_span(start, end, alignment_mode="expand")


def in_a_listing(doc: Document, claim: Claim) -> bool:
    """True for a figure inside a phrase of a word that lists some of a group ("including six from Cork", "among
    them two presenters"): some of what that phrase hangs from, no group of its own."""
    span = parsed_span(doc, claim.start, claim.end)
    return span is not None and len(span) > 0 and any(t.lower_ in LISTING_WORDS for t in span.root.ancestors)


def context_tokens(doc: Document, start: int, end: int, window: int) -> list:
    """Tokens within `window` tokens of a span, inside its sentence, the span itself left out."""
    parsed = doc.nlp
    if parsed is None:
        return []
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    sent = span.sent
    lo = max(sent.start, span.start - window)
    hi = min(sent.end, span.end + window)
    return [t for t in parsed[lo:hi] if not (span.start <= t.i < span.end)]


def nominalises(verb: str, noun: str) -> bool:
    """True when `noun` is `verb` made a noun by a suffix ("collide"/"collision", "arrive"/"arrival",
    "announce"/"announcement", "sign"/"signing"): they share all but the last letter of the verb's stem and the
    rest is a nominal suffix, or English makes it irregularly ("die"/"death"), or it is a phrasal verb written as
    one word ("shut down"/"shutdown", "lock out"/"lock-out")."""
    if IRREGULAR_NOUNS.get(verb) == noun:
        return True
    if " " in verb:
        return verb.replace(" ", "") == noun.replace("-", "")
    stem = verb[:-1] if verb.endswith("e") else verb
    shared = 0
    while shared < min(len(stem), len(noun)) and stem[shared] == noun[shared]:
        shared += 1
    return shared >= max(MIN_STEM, len(stem) - 1) and noun != verb and noun.endswith(NOMINAL_SUFFIXES)


def alike_lemmas(x: str | None, y: str | None, vectors: WordVectors | None, settings: Settings) -> bool:
    """Two lemmas that are one, or alike by the shipped word vectors (`same_measure_similarity`)."""
    if not x or not y:
        return False
    return x == y or (vectors is not None and vectors.similarity(x, y) >= settings.same_measure_similarity)


def too_far_to_be_one(total: float, found: float, settings: Settings) -> bool:
    """True when a total and the sum of what are read as its parts lie further apart than `sum_max_ratio` ("1,340
    + 215" against "five"): a slip moves a figure by a little, so they count different things."""
    return total > 0 and found > 0 and max(total, found) / min(total, found) > settings.sum_max_ratio


def dated_apart(a: Fact | Statement, b: Fact | Statement) -> bool:
    """True when both are dated and their times do not overlap: they tell of two different times."""
    return a.time is not None and b.time is not None and a.time.disjoint(b.time)


def dated_further_apart(a: Fact | Statement, b: Fact | Statement, days: float) -> bool:
    """True when both are dated and more than `days` lie between their times."""
    if a.time is None or b.time is None:
        return False
    return max((a.time.first - b.time.last).days, (b.time.first - a.time.last).days) > days


def of_other_times(a: Fact | Statement, b: Fact | Statement, published: date | None, settings: Settings) -> bool:
    """True when one figure (or statement) is dated wholly before the `undated_window_days` before the article and
    the other is undated, which tells of the article's own time."""
    if published is None or (a.time is None) == (b.time is None):
        return False
    dated = a if a.time is not None else b
    return (published - dated.time.last).days > settings.undated_window_days


def joined_counts(doc: Document, counts: list[Fact]) -> list[tuple[Fact, Fact]]:
    """Two counts of one sentence, next to each other, written as the sides of one tally or score ("passed
    230-to-198", "won the second set 6–3", "by 330 votes to 287", "won the series four games to two")."""
    return [(a, b) for a, b in zip(counts, counts[1:]) if a.sentence == b.sentence
            and TALLY_JOINER.fullmatch(doc.text, a.claim.end, b.claim.start)]


def sources_differ(a: Fact, b: Fact) -> bool:
    """True when two sources the article cites give the figures (`Fact.voice`): a disagreement it reports, not its own
    slip. One source named more or less fully ("Norwegian ferry company Fjordlinje Ferjer", "Fjordlinje Ferjer") is
    one; a document no one is named for ("according to figures published in May") is no party that could disagree."""
    return bool(a.voice and b.voice) and not one_name(a.voice, b.voice) and not (
        _unowned_document(a.voice) or _unowned_document(b.voice))


def _unowned_document(source: str) -> bool:
    """True for a source that is a document (`DOCUMENT_NOUNS`: "figures", "data") written with no name."""
    words = source.split()
    return bool(words) and words[-1].lower() in DOCUMENT_NOUNS and not any(c.isupper() for c in source)


def one_name(a: str, b: str) -> bool:
    """True when two names are one, written more or less fully: one's words all among the other's ("Fjordlinje
    Ferjer" and "Norwegian ferry company Fjordlinje Ferjer"; "ruiz" and "marta ruiz")."""
    first, second = (set(re.findall(r"[\w'’-]+", name.lower())) for name in (a, b))
    return first <= second or second <= first


def said_to_overlap(sentence) -> bool:
    """True when a parsed sentence says its groups overlap: "overlap", or "both" standing for the groups ("186
    burrows contained both", "many of them fell into both groups"), not joining two names ("both Ana and Ben") nor
    picking out a subject ("both parties said")."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma == "overlap":
            return True
        if lemma == "both" and token.dep_ != "preconj" and not (
                token.dep_ in {"det", "predet"} and token.head.dep_ in {"nsubj", "nsubjpass"}):
            return True
    return False
