"""Typed facts: for every figure, what is measured, whose, when, in what role and with what modality.

The facts stage runs after claims and reads the parse once, so that a rule compares two `Fact`s field by field
instead of walking spaCy's tree with word lists of its own (CC101-CC106, CC206 and CC207 do; CC201-CC205 and
CC301/CC302 still read the parse themselves). Words are compared as spaCy lemmas.

- `measure`: the lemma of the noun the figure counts or measures ("album" for "31 studio albums"), and
  `measure_terms`, the content lemmas of its subject phrase;
- `holders`: the people, bodies and places of the figure's own noun phrase and of its verb's subject, as
  "LABEL:key" (a surname alone is the full name written earlier in the article); `holders_differ` says
  whether two facts name different holders of one kind;
- `time`: the `DateRange` of the figure's event, from the date claims that hang from the same verb (or the
  sentence's only date), or the article's date for a verb in the present perfect ("have killed"), typed once,
  here;
- `role`: level, change (a rise or fall: "lost 10 seats"), previous (a value it changed from or is compared
  with: "from 80", "than 12", "a year ago"), part (one item of a breakdown, or the part in "30 of the 200"),
  rate (a unit per unit) or share (a percentage);
- `modality`: asserted, negated, or expected (a forecast, target, plan or condition);
- `share_of`: for a figure followed by "of" a noun ("40 percent of the customers"), that noun's lemma;
- `grouped`: for a count of coordinated nouns ("1.4 million priests and nuns"), their lemmas;
- `per_unit`, `per_base`, `rate_of`: for a figure given per something ("18.9 deaths per 100,000 people"), the
  unit's lemma ("person"), how many of it (100,000) and the noun counted ("death");
- `whole`: for a part or share written against a count ("30 of the 200", "80% of the 452"), that count's fact;
- `event`: the lemma of the verb the figure or date hangs from, and `state`, what happened to the things
  counted ("killed", "injured", "arrested") where the parse says.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from typing import Any

from claimcheck.document import Claim, DateRange, Document, Fact

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
HOLDER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
# Lemmas that make a figure a change of a quantity rather than its level.
CHANGE_LEMMAS = {"rise", "increase", "grow", "jump", "surge", "climb", "gain", "soar", "fall", "drop", "decline",
                 "decrease", "slump", "plunge", "shrink", "cut", "lose", "add", "shed", "reduce", "lower", "raise",
                 "boost", "net", "additional", "extra", "another", "more", "fewer", "up", "down", "growth"}
# Words right before a figure that make it a previous or compared value, and right after it an earlier one.
PREVIOUS_BEFORE = {"from", "than", "versus", "vs", "against", "compare"}
PREVIOUS_AFTER = {"earlier", "ago", "previously", "before", "prior"}
# Lemmas that put a clause in the future, a plan or a condition.
EXPECTED_LEMMAS = {"expect", "forecast", "estimate", "project", "target", "goal", "aim", "plan", "propose",
                   "hope", "predict", "could", "might", "would", "may", "will", "should", "if", "want", "seek",
                   "intend", "unless"}
WINDOW = 8  # tokens either side of a figure that describe it
PER_WORDS = {"per", "each", "apiece"}
PER_REACH = 6  # tokens after a figure its "per" phrase may start within
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "annum", "quarter"}
LIST_GAP_TOKENS = 7  # tokens at most between two numbers of one listed breakdown


def to_date_range(claim: Claim) -> DateRange | None:
    """The days a date or period claim covers, from its resolved ISO `date` (or a bare year value)."""
    text = claim.date
    if not text and claim.value is not None and 1000 <= claim.value <= 2200 and float(claim.value).is_integer():
        text = str(int(claim.value))
    if not text:
        return None
    parts = text.split("/")
    first, last = _iso_bounds(parts[0]), _iso_bounds(parts[-1])
    if first is None or last is None:
        return None
    return DateRange(first[0], last[1])


def _iso_bounds(text: str) -> tuple[date, date] | None:
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return date(year, 1, 1), date(year, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = map(int, text.split("-"))
            following = date(year + (month == 12), month % 12 + 1, 1)
            return date(year, month, 1), following - timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
            day = date.fromisoformat(text[:10])
            return day, day
    except ValueError:
        return None
    return None


class FactExtractor:
    """Pipeline stage: fills `doc.facts`, one `Fact` per body claim, from the claims and the parse."""

    name = "facts"

    def __call__(self, doc: Document) -> None:
        if doc.nlp is None or doc.claims is None:
            doc.facts = []
            return
        paragraph_starts = [p.start for p in doc.paragraphs  # 1: the first paragraph not wholly a header line
                            if not any(line.contains(p) for line in doc.non_body)]
        canonical = _canonical_names(doc)
        dates_of_sentence: dict[int, list[tuple[DateRange, int | None]]] = {}
        for claim in doc.claims:
            if claim.kind in {"date", "period"} and claim.sentence is not None:
                days = to_date_range(claim)
                parsed = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
                if days is not None and parsed is not None and len(parsed):
                    verb = _verb(parsed)
                    dates_of_sentence.setdefault(claim.sentence, []).append((days, verb.i if verb else None))
        facts = []
        for claim in doc.claims:
            if claim.sentence is None or not doc.is_body(claim.start, claim.end):
                continue
            span = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            facts.append(_fact(doc, claim, span, canonical, dates_of_sentence.get(claim.sentence, []),
                               bisect_right(paragraph_starts, claim.start)))
        _link_wholes(doc, facts)
        doc.facts = facts


def _fact(doc: Document, claim: Claim, span: Any, canonical: dict[str, str],
          sentence_dates: list[tuple[DateRange, int | None]], paragraph: int) -> Fact:
    sent = span.sent
    window = [t for t in sent if abs(t.i - span.root.i) <= WINDOW and not (span.start <= t.i < span.end)]
    measure_noun = _measured_noun(span)
    subject_tokens = _subject_tokens(doc, claim)
    measure_terms = frozenset(_content_lemmas(subject_tokens)) or (
        frozenset({measure_noun.lemma_.lower()}) if measure_noun is not None else frozenset())
    verb = _verb(span)
    time = to_date_range(claim) if claim.kind in {"date", "period"} else (
        _time_of(verb, sentence_dates) or _present(verb, doc.meta.date))
    return Fact(
        claim=claim,
        sentence=claim.sentence if claim.sentence is not None else -1,
        paragraph=paragraph,
        measure=measure_noun.lemma_.lower() if measure_noun is not None else None,
        measure_terms=measure_terms,
        context_terms=frozenset(_content_lemmas(window)),
        holders=frozenset(_holders(span, measure_noun, canonical)),
        event=verb.lemma_.lower() if verb is not None else None,
        state=_state(measure_noun),
        time=time,
        role=_role(claim, span),
        share_of=_share_of(span),
        modality=_modality(span),
        grouped=_grouped(claim, measure_noun),
        **_per(span, measure_noun),
    )


PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|all|those|these)?\s*(?:[\w’']+[’']s\s+)?$", re.IGNORECASE)


def _link_wholes(doc: Document, facts: list[Fact]) -> None:
    """Set `whole` on a part or share written as "30 of the 200", "80% of the 452", "34 of the Legislature's 63"."""
    for part, following in zip(facts, facts[1:]):
        if part.sentence == following.sentence and following.claim.kind == "count" and PARTITIVE.fullmatch(
                " " + doc.text[part.claim.end:following.claim.start]):
            part.whole = following


def holders_differ(a: Fact, b: Fact) -> bool:
    """True when both facts name holders of one entity kind and none of that kind is shared (two people)."""
    for label in {h.split(":", 1)[0] for h in a.holders} & {h.split(":", 1)[0] for h in b.holders}:
        mine = {h for h in a.holders if h.startswith(label + ":")}
        if not mine & b.holders:
            return True
    return False


def _content_lemmas(tokens: Any) -> list[str]:
    return [t.lemma_.lower() for t in tokens
            if t.pos_ in CONTENT_POS and not t.like_num and not t.is_stop and t.is_alpha and len(t) > 1]


def _subject_tokens(doc: Document, claim: Claim) -> list[Any]:
    if claim.subject_span is None:
        return []
    span = doc.nlp.char_span(claim.subject_span.start, claim.subject_span.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _measured_noun(span: Any) -> Any:
    """The noun the figure counts or measures: the head it modifies, the subject of the verb it completes
    ("turnout reached 64%"), or the noun after 'of' or 'in'."""
    root = span.root
    for token in (root, *root.ancestors):
        if token.i >= span.end or token.i < span.start:
            if token.pos_ in {"NOUN", "PROPN"}:
                if token.lemma_.lower() in {"percent", "per", "cent"}:
                    continue
                return _of_object(token) or token
            if token.pos_ in {"VERB", "AUX"}:  # "turnout reached 64%": the figure is what its subject measures
                subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"]
                if subjects and span.root.dep_ in {"dobj", "attr", "pobj", "prep", "npadvmod"}:
                    return _of_object(subjects[0]) or subjects[0]
                break
        if token.i - root.i > WINDOW:
            break
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is not None and following.lower_ in {"of", "in"}:  # "half of the votes", "$2 million in cash"
        return _object_of(following)
    return None


def _object_of(preposition: Any, pos: frozenset[str] | None = None) -> Any:
    """The first object of a preposition token (of the given parts of speech), or None."""
    return next((c for c in preposition.children if c.dep_ == "pobj" and (pos is None or c.pos_ in pos)), None)


def _share_of(span: Any) -> str | None:
    """For "40 percent of the customers", "half of the attendees": the lemma of the noun after "of"."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is None or following.lower_ != "of":
        return None
    noun = _object_of(following, frozenset({"NOUN", "PROPN"}))
    return noun.lemma_.lower() if noun is not None else None


def _of_object(noun: Any) -> Any:
    """For 'number of patients', 'share of votes': the noun after 'of'."""
    if noun.lemma_.lower() in {"number", "share", "total", "proportion", "percentage", "majority", "half",
                               "amount", "rate", "level"}:
        for child in noun.children:
            if child.lower_ == "of" and (found := _object_of(child)) is not None:
                return found
    return None


def _verb(span: Any) -> Any:
    """The verb a figure or date hangs from, or None."""
    return next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)


def _present(verb: Any, published: str | None) -> DateRange | None:
    """The article's date for a figure in the present perfect ("the floods have killed 30"), a count up to the
    time of writing; None otherwise (a simple present states what holds, not when), or when undated."""
    if verb is None or not published:
        return None
    if verb.tag_ != "VBN" or not any(c.lower_ in {"has", "have"} for c in verb.children if c.dep_ == "aux"):
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return DateRange(day, day)


def _state(noun: Any) -> str | None:
    """What happened to the things counted, when the parse says: a participle on the noun ("five passengers
    injured"), an object complement ("left 30 people dead"), or the verb they undergo ("killed seven passengers",
    "six miners were killed")."""
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ in {"acl", "amod"} and child.tag_ == "VBN":
            return child.lemma_.lower()
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB":
        complement = [c for c in noun.head.children if c.dep_ in {"oprd", "acomp"}]
        return (complement[0] if complement else noun.head).lemma_.lower()
    return None


def _time_of(verb: Any, sentence_dates: list[tuple[DateRange, int | None]]) -> DateRange | None:
    """The days a figure's event is placed at: the dates hanging from its verb, else the sentence's only date."""
    mine = [days for days, at in sentence_dates if verb is not None and at == verb.i]
    if not mine and len(sentence_dates) == 1:
        mine = [sentence_dates[0][0]]
    return DateRange(min(d.first for d in mine), max(d.last for d in mine)) if mine else None


def _holders(span: Any, measure_noun: Any, canonical: dict[str, str]) -> list[str]:
    """Entities of the figure's own noun phrase and of the subject of the verb it hangs from."""
    tokens = set(measure_noun.subtree) if measure_noun is not None else set(span)
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None:
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                tokens.update(child.subtree)
    found = [f"{e.label_}:{canonical.get(_key(e.text), _key(e.text))}" for e in span.sent.ents
             if e.label_ in HOLDER_LABELS and any(t in tokens for t in e)]
    # a surname the entity recogniser missed ("Lopez won 14 medals") is still the person named before
    found += [f"PERSON:{canonical[t.lower_]}" for t in tokens
              if t.pos_ == "PROPN" and not t.ent_type_ and t.lower_ in canonical]
    return found


def _key(text: str) -> str:
    text = text.lower().replace("’s", "").replace("'s", "").strip()
    return text[4:] if text.startswith("the ") else text


def _canonical_names(doc: Document) -> dict[str, str]:
    """Each surname (last word of a person's name) to the full name first written in the article."""
    names: dict[str, str] = {}
    for entity in doc.nlp.ents:
        if entity.label_ == "PERSON" and len(entity) > 1:
            full = _key(entity.text)
            names.setdefault(full.split()[-1], full)
    return names


def _role(claim: Claim, span: Any) -> str:
    if claim.kind in {"date", "period"}:
        return "level"
    doc = span.doc
    before = [t.lemma_.lower() for t in doc[max(span.sent.start, span.start - 3):span.start]]
    after = [t.lower_ for t in doc[span.end:min(span.sent.end, span.end + 3)]]
    if set(before) & PREVIOUS_BEFORE or set(after) & PREVIOUS_AFTER:
        return "previous"
    heads = [span.root.head.lemma_.lower(), *(t.lemma_.lower() for t in span.root.head.ancestors)][:2]
    comparative = span.end < span.sent.end and doc[span.end].tag_ in {"JJR", "RBR"}  # "114% greater", "85% more"
    if set(before[-2:]) & CHANGE_LEMMAS or heads[0] in CHANGE_LEMMAS or comparative or (
            span.root.dep_ == "nummod" and len(heads) > 1 and heads[1] in CHANGE_LEMMAS):
        return "change"
    if claim.kind == "count" and (_in_breakdown(span.root) or _is_partitive(span) or _in_enumeration(span)):
        return "part"
    if claim.unit and "/" in claim.unit:
        return "rate"
    if claim.kind == "percent":
        return "share"
    return "level"


def _per(span: Any, measure_noun: Any) -> dict[str, Any]:
    """What a figure is given per, from a "per" phrase inside it or right after it ("$473.60 per metric ton",
    "18.9 deaths per 100,000 people", "$260 of output per person"): the unit's lemma, how many of it, and the
    noun counted (the noun before "per"). Periods of time ("per year") make a frequency, not a unit: skipped."""
    doc, sent = span.doc, span.sent
    for token in doc[span.start:min(sent.end, span.end + PER_REACH)]:
        if token.i >= span.end and (token.like_num or token.pos_ in {"VERB", "AUX"} or token.text in {";", ","}):
            break  # another figure or clause: a later "per" is not this figure's
        if token.lower_ not in PER_WORDS:
            continue
        unit = _object_of(token, frozenset({"NOUN", "PROPN"})) or (
            doc[token.i + 1] if token.i + 1 < sent.end and doc[token.i + 1].pos_ == "NOUN" else None) or (
            measure_noun if token.lower_ in {"each", "apiece"} else None)  # "$40 each": per ticket
        if unit is None or unit.lemma_.lower() in TIME_UNITS:
            continue
        base = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
        nouns = [t for t in doc[span.start:token.i] if t.pos_ == "NOUN"]
        counted = nouns[-1] if nouns else measure_noun
        return {"per_unit": unit.lemma_.lower(), "per_base": _number(base.text) if base is not None else 1.0,
                "rate_of": counted.lemma_.lower() if counted is not None and counted is not unit else None}
    return {}


def _grouped(claim: Claim, noun: Any) -> tuple[str, ...]:
    """For a count of coordinated nouns none of which has a figure of its own ("1.4 million priests and nuns"),
    the nouns' lemmas; else ()."""
    if claim.kind != "count" or noun is None:
        return ()
    members = [noun, *(c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    if len(members) < 2 or any(c.dep_ == "nummod" for m in members[1:] for c in m.children):
        return ()
    return tuple(dict.fromkeys(m.lemma_.lower() for m in members))


def _number(text: str) -> float:
    try:
        return float(text.replace(",", "")) or 1.0
    except ValueError:
        return 1.0


def _modality(span: Any) -> str:
    chain = [span.root, *span.root.ancestors]
    if any(c.dep_ == "neg" for t in chain for c in t.children):
        return "negated"
    clause = {t.lemma_.lower() for t in chain if t.pos_ in {"VERB", "AUX", "NOUN"}}
    markers = {c.lemma_.lower() for t in chain for c in t.children if c.dep_ in {"aux", "mark", "advmod", "amod"}}
    if (clause | markers) & EXPECTED_LEMMAS:
        return "expected"
    return "asserted"


def _in_breakdown(number: Any) -> bool:
    """True when a count's noun is coordinated with other counted nouns ("five children and two drivers")."""
    noun = number.head if number.dep_ == "nummod" else number
    top = noun
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    members, stack = [], [top]
    while stack:
        token = stack.pop()
        members.append(token)
        stack.extend(c for c in token.children if c.dep_ == "conj")
    counted = [m for m in members if m.like_num or any(c.dep_ == "nummod" and c.like_num for c in m.children)]
    return len(counted) >= 2


def _in_enumeration(span: Any) -> bool:
    """True for one of three or more numbers listed in one sentence a few words apart, separated by commas or
    'and' and no clause's verb ("21 people injured in Davao, 36 in Cotabato and 29 in Sultan Kudarat"), where the parse often loses
    the list."""
    numbers = [t for t in span.sent if t.like_num and t.pos_ == "NUM"]
    chain, best = [], []
    for token in numbers:
        gap = span.doc[chain[-1].i + 1:token.i] if chain else []
        if chain and token.i - chain[-1].i <= LIST_GAP_TOKENS and any(t.lower_ in {",", "and", ";"} for t in gap) \
                and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"acl", "amod"} for t in gap):
            chain.append(token)
        else:
            chain = [token]
        if any(t.i == span.root.i for t in chain) and len(chain) > len(best):
            best = list(chain)
    return len(best) >= 3


def _is_partitive(span: Any) -> bool:
    """True for the part in "30 of the 200 [members]" or "six of the murders"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ == "of"
