"""The one data model every stage annotates and every renderer reads.

A `Document` owns the article text; everything else is a span of character offsets into `Document.text`
(`start` inclusive, `end` exclusive), checked on creation, in the spirit of spaCy's Doc and Span.
Stage results are `None` until the stage has run and a list (possibly empty) afterwards, so "not run"
and "found nothing" stay apart.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, Iterable, Literal, NamedTuple

SCHEMA_VERSION = "1.2"  # 1.2 added quotes' fragments and claims' per; a 1.1 report still loads

QuoteKind = Literal["direct", "mixed", "partial", "indirect"]
SpeakerType = Literal["person", "organisation", "document", "unknown"]
ClaimKind = Literal[
    "money", "count", "percent", "date", "period", "ordinal", "ratio", "multiplier", "range", "quantity"
]
Severity = Literal["info", "warning", "error"]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, order=True)
class Span:
    """A labelled `[start, end)` character range of `Document.text`."""

    start: int
    end: int
    label: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        """True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        """True when `other` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end


@dataclass
class Metadata:
    """What is known about an article besides its text."""

    id: str
    title: str | None = None
    byline: str | None = None
    date: str | None = None  # ISO 8601 publication date (YYYY-MM-DD) when known
    source: str | None = None  # file path, URL or corpus id
    format: str = "text"  # text, html or jsonl
    encoding: str = "utf-8"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def published(self) -> date | None:
        """The publication day, or None when undated or not an ISO date (never today's date)."""
        try:
            return date.fromisoformat(self.date[:10]) if self.date else None
        except ValueError:
            return None


@dataclass
class Quote:
    """A statement attributed (or not) to a speaker. `start`/`end` delimit what was said."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_role: str | None = None
    speaker_type: SpeakerType = "unknown"
    speaker_mention: Span | None = None  # where the speaker is named in this attribution
    cue: Span | None = None  # the speech verb or "according to"
    via: str | None = None  # outlet or agency that relayed it
    confidence: float = 0.0
    fragments: list[Span] = field(default_factory=list)  # a mixed quote's quoted words inside its clause


@dataclass
class Claim:
    """A numeric claim: the number as written, its normalised value, and what and who it is about."""

    start: int
    end: int
    text: str
    kind: ClaimKind
    value: float | None = None
    low: float | None = None  # ranges: the two ends
    high: float | None = None
    unit: str | None = None  # ISO 4217 code for money, '%' for percent, 'pp' for points, or a unit word
    qualifier: str | None = None  # approximately, more than, less than, at least, up to ...
    subject: str | None = None  # what the number measures
    subject_span: Span | None = None
    asserted_by: str | None = None  # speaker, cited source, or None for the publication itself
    date: str | None = None  # dates and periods: resolved ISO date or 'start/end' interval
    confidence: float = 0.0
    sentence: int | None = None  # index into Document.sentences
    per: str | None = None  # what an amount is given per, singular: "barrel" in "$58 a barrel", "sq ft", "month"


@dataclass(frozen=True, order=True)
class DateRange:
    """The days a date or period covers, `first` to `last` inclusive."""

    first: date
    last: date

    def disjoint(self, other: "DateRange") -> bool:
        """True when no day lies in both."""
        return self.last < other.first or other.last < self.first

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


class DayTime(NamedTuple):
    """The minutes of a day a time is told at (past 1440 for a night running into the next day) and the words
    that say it: (0, 719, "morning"); a clock time with its slack: (1245, 1275, "9pm")."""

    first: int
    last: int
    said: str


FactRole = Literal["level", "change", "previous", "part", "rate", "share", "label"]  # label: "category 4", "Flight 302"
Modality = Literal["asserted", "negated", "expected", "required"]  # required: what a rule or need asks for


@dataclass
class Fact:
    """A claim read as a fact: what it measures, whose, when, in what role (see `claimcheck.facts`)."""

    claim: Claim
    sentence: int
    paragraph: int  # 1-based among the body paragraphs, as an editor counts them
    measure: str | None  # lemma of the measured noun ("album")
    measure_terms: frozenset[str]  # content lemmas of the subject phrase
    context_terms: frozenset[str]  # content lemmas of the words around the figure
    holders: frozenset[str]  # canonical keys of the people, bodies and places of its sentence
    event: str | None  # lemma of the verb it hangs from
    state: str | None  # what happened to the things counted: "kill", "injure", "arrest" (the parse's patient); for a
    # figure completing a verb with an object of its own, that verb ("sentenced Ruiz to 12 years": "sentence")
    time: DateRange | None  # the claim's own days for dates, else the days its sentence names
    role: FactRole
    modality: Modality
    share_of: str | None = None  # lemma of the noun after "of" ("40 percent of the customers")
    whole: "Fact | None" = None  # the count this figure is a part or share of ("30 of the 200")
    restates: "Fact | None" = None  # for a share or a change, the figure it restates: "9,120" in "9,120 votes, or 47.2
    # percent", "1.20 dollars" in "a rise of 1.20 dollars, almost 15 percent"
    per_unit: str | None = None  # the lemma a rate is given per: "ton" in "$512.40 per tonne"
    per_base: float = 1.0  # how many of `per_unit`: 100,000 in "12.4 deaths per 100,000 people"
    rate_of: str | None = None  # a rate's counted noun: "death" in "12.4 deaths per 100,000 people"
    per_befell: str | None = None  # what befell the things a rate is given per: "kill" in "$900 for each miner killed"
    per_time: str | None = None  # the unit of time a figure is given per: "day" in "died every day", "12 a week"
    attributive: bool = False  # a quantity or amount written as a property of its noun: "the 64 m vessel"
    introduced: bool = False  # such a property of a noun "a" or "an" brings in: "a 61-year-old man" is one not told yet
    described: bool = False  # such a property of a noun "the" or an owner points back at: "the 960-metre quay"
    grouped: tuple[str, ...] = ()  # the nouns a count covers together: ("nurse", "midwife") in "2,300 nurses, midwives"
    sum_of: int | None = None  # how many things a figure is the sum of: 2 in "the two terms add up to 96 months"
    rest_of: str | None = None  # what a count of the rest of a set counts: "injure" in "the remaining eleven injured";
    # an amount's unit: "USD" in "the remaining $190 million"
    definite: bool = False  # a count of a set the article takes as known: "the eight men", "all four deaths"
    owned: bool = False  # such a set has an owner, named or not: "her 183 pupils", "both of its 40 vans"
    compared_with: frozenset[str] = frozenset()  # what a difference is told against: {"old"} in "taller than the old"
    setting: frozenset[str] = frozenset()  # where or what it is of: {"court"} in "served 34 years on the court"
    places: frozenset[str] = frozenset()  # where it holds: {"nevada"} in "in Nevada, 34 of the 63 seats"
    phase: str | None = None  # a date that starts or ends a stint somewhere: "start" in "joined the court in 1975"
    # a count's members named elsewhere: (how many, start, end of the list) for "attorneys general from five states"
    # and "X is joined by attorneys general from A, B, C and D" (X counts too: five)
    named: tuple[int, int, int] | None = None
    restriction: str | None = None  # the verb picking a definite count's set out: "injure" in "the 12 injured"; for a
    # share, the word picking out the set it is of: "vote" in "60 percent of the members voting"
    inferred: bool = False  # its sentence says it follows from what was just told: "thus", "by that count", "that is"
    referred: bool = False  # a share of things picked out as just told: "Those members make up 40 percent of ..."; a
    # change named as one already told: "the 28 percent increase in profit"
    direction: str | None = None  # a change's way, "up" or "down", where its words say one: "a fall of 26 percent"
    statistic: str | None = None  # what it sums many up by: "median" in "waited a median of 16 weeks", "average";
    # "record" for a span a superlative is told over ("the worst floods in a decade")
    day_time: DayTime | None = None  # a date's time of day: "yesterday morning", "at 9pm on Monday" (`day_times`)
    kind_words: frozenset[str] = frozenset()  # what sorts its measured noun: {"operate"} in "operating profit"
    added: bool = False  # told as more beside what was told: "a further 900 tonnes", "another 40 jobs"
    forecast: bool = False  # a figure a verb moves a forecast or target to or from: "lifted its target to 3.3
    # million cases, from 3.1 million"
    source: bool = False  # counts where its clause's things came from: "12" in "hired 60 nurses from 12 agencies"
    population_of: str | None = None  # the place a count gives all the people of: "a market town of 12,400 people"
    voice: str | None = None  # the source it is told by (`Claim.asserted_by`), or the body that source speaks for as
    # one of its officers, where the article cites that body too: "the ports authority" for its president's figure


@dataclass
class Breakdown:
    """Counts listed together as the parts of one whole: "the dead are 12 civilians, five soldiers and a guard"; or
    amounts, each for a use: "It earmarks $20.2 million for schools and $9.7 million for roads"."""

    parts: list[Fact]
    whole: str  # lemma of what the parts count together: a copula's subject ("death") or their verb ("kill")
    complete: bool  # a copula ("the dead are ...") lists all of it; a verb's objects ("killed ...") may be some
    restriction: str | None = None  # what picks the whole out: "injured" in "the injured teenagers, two girls ..."
    singles: tuple[str, ...] = ()  # members written with "a" and no figure, one each: "a boy" in "two girls and a boy"
    total: "Fact | None" = None  # the count an "Of ..." opening says the list is of: "Of the 87 cases, 52 are ..."; the
    # amount a list of amounts each for a use is of: "a $48.5 million budget" for "It earmarks $20.2 million for ..."

    @property
    def value(self) -> float:
        """What the listed members add up to."""
        return sum(p.claim.value or 0 for p in self.parts) + len(self.singles)


AttributeKind = Literal["age", "born", "affiliation", "origin", "role", "office", "placing", "member", "kin",
                        "ownership"]


@dataclass(frozen=True)
class Attribute:
    """Something an article says a named person or body is: an age, an affiliation (a nationality, party or faith:
    spaCy's NORP), where it comes from, a role it holds alone, an office, a placing in a contest or a body it belongs
    to (see `claimcheck.facts.entity_attributes`)."""

    entity: str  # the canonical key of the person or body ("tony mendez", "cultura colectiva")
    kind: AttributeKind  # affiliation: "the Mexican company X"; origin: "the Mexican-born writer X"
    value: str  # age "78" (a decade's part: "63-66"); born: the year ("1941"); the adjective, lower case
    # ("mexican"); the role's lemmas
    start: int  # the attribute as written: "aged 78", "Mexican company", "the lead author"
    end: int
    sentence: int
    scope: str | None = None  # a role's object: "study" in "lead author of a new study"; a placing's contest
    when: str | None = None  # an office's time ("former", "past", "future", "temporary", "career"; None: now), a
    # placing's year


Tense = Literal["past", "present", "unasserted"]


@dataclass(frozen=True)
class Statement:
    """A clause with a content predicate, read as a fact: who did what to what, negated or not, when, said by whom
    (see `claimcheck.statement_facts`). Words are spaCy lemmas; names are the facts stage's canonical keys."""

    sentence: int
    paragraph: int  # 1-based among the body paragraphs, as for `Fact`
    subject: str | None  # the named person or body's key, else the subject head's lemma; None: unknown
    named: bool  # the subject is a named person or body
    predicate: str  # lemma of the verb, of a copula's complement, or of an event noun ("claim" in "no claims of ...")
    objects: frozenset[str]  # lemmas (names' keys) of what the predicate acts on
    negated: bool  # "not", "never", "no longer", a "no"/"none" subject or object, "denied ..."
    never: bool  # denied for all time ("has never paid")
    tense: Tense  # unasserted: a modal ("will pay", "could pay") or a clause with no tense ("for not paying")
    time: DateRange | None  # the days of the date the clause hangs from, from the claims' resolved dates
    time_span: Span | None  # where that date is written
    speaker: str | None  # the canonical speaker of the quote or reported speech the clause lies in
    nominal: bool  # an event noun ("no claims of responsibility") rather than a verb
    start: int  # the verb, or the event noun's phrase
    end: int
    repeatable: bool = False  # true at more than one time: a state ("had 400 visitors") or a repeat ("again")
    time_from_sentence: bool = False  # `time` is the sentence's only date, not one written on this clause
    places: frozenset[str] = frozenset()  # where it holds, from "in", "at" ... phrases on the verb or its subject
    # ("voters in the district of Neudorf rejected it": {"district"})
    definite_objects: frozenset[str] = frozenset()  # the objects that pick out one known thing: a name, or a noun
    # after "the", "this" or a possessive and with no number ("the budget", "her seat"; not "a seat", "two seats")
    past_perfect: bool = False  # told in the past perfect ("had never won", "had not been paid since May"): of the
    # time before a past moment the article tells of, not up to its own date
    stance: str | None = None  # the side it takes, "for" or "against": "backed the bill", "voted against the plan"
    stance_on: frozenset[str] = frozenset()  # lemmas (names' keys) of what it takes that side on; none for a bare
    # "voted against"
    unanimous: bool = False  # a decision of all its voters: "voted unanimously", "the decision was unanimous"


@dataclass
class Evidence:
    """A span a finding rests on, with its text copied so the finding reads on its own."""

    start: int
    end: int
    text: str


@dataclass
class Flag:
    """A finding of a consistency check, with a stable rule id and the evidence it cites."""

    id: str  # the rule code, e.g. CC101
    rule: str  # the rule name, e.g. conflicting-amount
    severity: Severity
    confidence: float  # the rule's measured precision at the flag's score (checks/calibration.py)
    message: str
    evidence: list[Evidence]
    fingerprint: str = ""
    status: str = "open"  # open, confirmed or dismissed (from the review store)

    def __post_init__(self) -> None:
        if not self.fingerprint:
            self.fingerprint = fingerprint(self.id, [e.text for e in self.evidence])


class Intervals:
    """The union of some character ranges `[start, end)`, asked whether an offset or a range falls in it."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((s, e) for s, e in ranges if e > s):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def contains(self, offset: int) -> bool:
        """True when some range holds `offset`."""
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """True when some range shares a character with `[start, end)`."""
        i = bisect_right(self.starts, max(start, end - 1)) - 1
        return i >= 0 and self.ends[i] > start and end > start


def fingerprint(rule_id: str, evidence_texts: list[str]) -> str:
    """A stable id from the rule and the evidence text, not offsets, so it survives edits elsewhere."""
    normalised = sorted(" ".join(t.split()).lower() for t in evidence_texts)
    digest = hashlib.sha256("\x1f".join([rule_id, *normalised]).encode("utf-8")).hexdigest()
    return digest[:16]


@dataclass
class Document:
    """An article and everything the pipeline found in it."""

    text: str
    meta: Metadata
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)  # label: index of the paragraph, as a string
    entities: list[Span] = field(default_factory=list)  # label: spaCy entity label (PERSON, ORG, ...)
    non_body: list[Span] = field(default_factory=list)  # label: headline, caption, byline, dateline, stamp,
    # boilerplate (share, watch, advertisement, related-story lines), credit (a pull-quote credit line)
    quotes: list[Quote] | None = None
    claims: list[Claim] | None = None
    flags: list[Flag] | None = None
    facts: list[Fact] | None = field(default=None, repr=False)  # the facts stage's reading of the claims
    breakdowns: list[Breakdown] | None = field(default=None, repr=False)  # the facts stage's listed parts
    attributes: list[Attribute] | None = field(default=None, repr=False)  # the facts stage's ages, nationalities, roles
    statements: list[Statement] | None = field(default=None, repr=False)  # the facts stage's clauses
    warnings: list[str] = field(default_factory=list)
    _non_body_index: tuple[int, Intervals] | None = field(default=None, init=False, repr=False, compare=False)
    nlp: Any = field(default=None, repr=False, compare=False)  # the spaCy Doc over `text`, set by segment

    def span_text(self, span: Span | Quote | Claim | Evidence) -> str:
        """The article text a span covers."""
        return self.text[span.start : span.end]

    def make_span(self, start: int, end: int, label: str = "") -> Span:
        """A span checked to lie inside the text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside a text of {len(self.text)} characters")
        return Span(start, end, label)

    def sentence_index(self, offset: int) -> int | None:
        """The index of the sentence holding the character at `offset`, or None."""
        i = bisect_right(self.sentences, offset, key=lambda sentence: sentence.start) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return i
        return None

    def non_body_lines(self) -> Intervals:
        """The non-body lines as an offset index, built once (again only when lines were added): a scan of every
        line for each token had made long articles quadratic."""
        if self._non_body_index is None or self._non_body_index[0] != len(self.non_body):
            self._non_body_index = (len(self.non_body), Intervals((nb.start, nb.end) for nb in self.non_body))
        return self._non_body_index[1]

    def is_body(self, start: int, end: int) -> bool:
        """False when the range falls in a non-body line (headline, caption, byline, stamp)."""
        return not self.non_body_lines().overlaps(start, end)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col

    def open_flags(self) -> list[Flag]:
        """Flags not dismissed in review."""
        return [f for f in (self.flags or []) if f.status != "dismissed"]


def _plain(value: Any) -> Any:
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end, "label": value.label}
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def document_to_dict(doc: Document) -> dict[str, Any]:
    """Serialise a Document to plain JSON-able data (the JSON report's body)."""
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "meta": asdict(doc.meta), "text": doc.text}
    out["paragraphs"] = [_plain(s) for s in doc.paragraphs]
    out["sentences"] = [
        {"start": s.start, "end": s.end, "paragraph": int(s.label) if s.label else None} for s in doc.sentences
    ]
    out["entities"] = [_plain(s) for s in doc.entities]
    out["non_body"] = [_plain(s) for s in doc.non_body]
    for name in ("quotes", "claims", "flags"):
        items = getattr(doc, name)
        out[name] = [_plain(item) for item in items] if items is not None else None  # null: the stage did not run
    out["warnings"] = list(doc.warnings)
    return out
