"""CC101–CC104: one quantity or one event given two values in different sentences.

Two claims are compared when they are of the same kind (money in the same currency, counts, percentages with
the same unit, explicit dates), sit in different body sentences, lie within `conflict_max_ratio` of each other
(figures an order of magnitude apart are different quantities, not a conflict), and do not name different
people or organisations around them, nor attach to different measure words ("killed" against "injured").
Whether they measure the same thing is the similarity of their subject
phrases and of the words around them (see `similarity`); a conflict needs that similarity to reach
`same_measure_threshold` and the two value intervals (rounding and qualifiers allowed for) to be disjoint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from claimcheck.checks.common import (
    body_claims,
    parsed_span,
    claim_evidence,
    claim_interval,
    paragraph_number,
    sentence_of,
    short_subject,
    written,
)
from claimcheck.checks.derived import CHANGE_WORDS
from claimcheck.checks.similarity import (
    context_tokens,
    event_heads,
    overlap,
    subject_terms,
    terms_of_words,
    tokens_terms,
)
from claimcheck.document import Claim, Document, Flag
from claimcheck.settings import Settings

CONTEXT_WINDOW = 8  # tokens either side of a figure that say what it measures
FRAME_WINDOW = 3  # tokens either side of a figure searched for words that put it in another frame
EVENT_POS = frozenset({"NOUN"})  # a date belongs to one event when both dates attach to the same event noun
HEAD_MATCH_SCORE = 0.6  # similarity given to two figures attached to one measure word family ("killed"/"deaths")
SUBJECT_MISMATCH_FACTOR = 0.5  # similarity kept when two subject phrases share no word at all
# A figure right after these words is a previous value, a comparison or a threshold, not the quantity itself.
OTHER_FRAME_BEFORE = {"from", "than", "compared", "versus", "vs", "against", "since", "exceed",
                      "exceeded", "surpass", "top", "below", "above", "beyond", "to", "by"}
OTHER_FRAME_AFTER = {"earlier", "ago", "previously", "before", "prior"}
# Sentences speaking of different earlier periods give figures of different times.
PAST_PERIOD = re.compile(
    r"\b(?:(?:last|previous|past)\s+(?:week|month|year|season|quarter)|ago|(?:a|the)\s+(?:year|month|week)\s+"
    r"(?:earlier|before))\b",
    re.IGNORECASE,
)
# A sentence with one of these speaks of what is expected or wanted, not of what is.
EXPECTATION_WORDS = {"expected", "expect", "expects", "expecting", "forecast", "forecasts", "estimate",
                     "estimated", "projected", "projection", "target", "targets", "goal", "aim", "aims", "plan",
                     "plans", "planned", "want", "wants", "wanted", "proposed", "proposal", "hopes", "hope",
                     "predicted", "consensus", "could", "might", "would", "if"}
# A figure governed by one of these is a change ("lost 10 seats", "an additional 66"), not the level itself.
CHANGE_VERBS = {"gained", "gain", "gains", "lost", "lose", "loses", "added", "adds", "add", "netted", "shed",
                "sheds", "cut", "cuts", "additional", "extra", "another"}
RULE_OF_KIND = {"money": "CC101", "count": "CC102", "percent": "CC103"}
NOUN_OF_RULE = {"CC101": "amount", "CC102": "count", "CC103": "percentage"}
RELATIVE_PERIOD = re.compile(
    r"\b(?:(?:last|this|next|coming|past|previous)\s+(?:week|weekend|month|year|quarter|season|spring|summer|"
    r"autumn|fall|winter)|ago|recently)\b",
    re.IGNORECASE,
)


@dataclass
class Profile:
    """What a claim measures, as the checks see it: subject terms, context terms, nearby people and bodies."""

    claim: Claim
    sentence: int | None
    subject: set[str]
    context: set[str]
    actors: set[str]
    heads: set[str]
    own_frame: bool  # False when the figure is a previous value, a comparison, a threshold or a part of another
    expectation: bool  # the figure's sentence speaks of what is expected or wanted
    past: frozenset[str]  # earlier periods named around the figure ("last year's floods", "a year earlier")
    families: frozenset[str]  # measure-word families it attaches to or is followed by ("=death", "=injury")
    change: bool  # the figure is a change of the quantity ("lost 10 seats"), not its level


def profile(doc: Document, claim: Claim) -> Profile:
    """The claim's profile, from its subject phrase and the tokens around it."""
    tokens = context_tokens(doc, claim.start, claim.end, CONTEXT_WINDOW)
    actors = {t.text.lower() for t in tokens if t.ent_type_ in {"PERSON", "ORG"}}
    before = [t.lower_ for t in context_tokens(doc, claim.start, claim.end, FRAME_WINDOW) if t.idx < claim.start]
    after = [t.lower_ for t in context_tokens(doc, claim.start, claim.end, FRAME_WINDOW) if t.idx >= claim.end]
    heads = terms_of_words(event_heads(doc, claim.start, claim.end))
    families = frozenset(t for t in terms_of_words(after) if t.startswith("=")) or frozenset(
        t for t in heads if t.startswith("="))  # the words right after it first: "and seven more were injured"
    own_frame = not (set(before) & OTHER_FRAME_BEFORE or set(after) & OTHER_FRAME_AFTER
                     or (claim.kind == "count" and after[:1] == ["of"]) or (claim.kind == "percent" and set(before) & CHANGE_WORDS))
    sentence = parsed_span(doc, claim.start, claim.end)
    words = {t.lower_ for t in sentence.sent} if sentence is not None else set()
    if sentence is not None and any(c.dep_ == "neg" for t in sentence.root.ancestors for c in t.children):
        own_frame = False  # "have not had a player reach 20 goals": a figure under a negation is not asserted
    if claim.kind == "count" and sentence is not None and _in_breakdown(sentence.root):
        own_frame = False  # "ten passengers and three crew members": one item of a breakdown
    return Profile(claim, sentence_of(doc, claim), subject_terms(claim), tokens_terms(tokens), actors,
                   heads, own_frame, bool(words & EXPECTATION_WORDS),
                   frozenset(m.group().lower() for m in PAST_PERIOD.finditer(_window_text(doc, tokens))), families,
                   _is_change(doc, claim))


LIST_GAP_WORDS = 6  # words at most between two counts of one enumeration


def _listed_counts(doc: Document, claims: list[Claim]) -> set[int]:
    """ids of counts that are items of an enumeration of three or more in one sentence, whatever the parse."""
    listed: set[int] = set()
    counts = [c for c in claims if c.kind == "count"]
    chain: list[Claim] = []
    for claim in counts + [None]:
        previous = chain[-1] if chain else None
        gap = doc.text[previous.end : claim.start] if previous is not None and claim is not None else ""
        joined = (claim is not None and previous is not None and claim.sentence == previous.sentence
                  and len(gap.split()) <= LIST_GAP_WORDS and ("," in gap or " and " in gap or ";" in gap))
        if joined:
            chain.append(claim)
            continue
        if len(chain) >= 3:
            listed.update(id(c) for c in chain)
        chain = [claim] if claim is not None else []
    return listed


def _in_breakdown(number) -> bool:
    """True when a count's noun is coordinated with other counted nouns ("fourteen civilians, five soldiers and
    one coast guard", "21 in Davao del Sur, 36 in North Cotabato")."""
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


def _is_change(doc: Document, claim: Claim) -> bool:
    """True when the figure's head verb, or a word just before it, says it is a change ("lost 10", "an
    additional 66 seats")."""
    span = parsed_span(doc, claim.start, claim.end)
    if span is None:
        return False
    root = span.root
    before = root.doc[span.start - 1].lower_ if span.start > 0 else ""
    head = root.head if root.dep_ in {"dobj", "npadvmod", "nummod"} else None
    if head is not None and head.dep_ in {"dobj", "nsubj"} and root.dep_ == "nummod":
        head = head.head  # "gained 13 seats": the number modifies the noun the verb governs
    return before in CHANGE_VERBS or (head is not None and head.lower_ in CHANGE_VERBS)


def _window_text(doc: Document, tokens: list) -> str:
    """The text from the first to the last token of a figure's context window."""
    if not tokens:
        return ""
    return doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def similarity(a: Profile, b: Profile) -> float:
    """How sure we are that two figures measure the same thing, in [0, 1]."""
    score = overlap(a.subject | a.context, b.subject | b.context)
    if any(term.startswith("=") for term in a.heads & b.heads):
        score = max(score, HEAD_MATCH_SCORE)
    if a.subject and b.subject and not (a.subject & (b.subject | b.heads) or b.subject & (a.subject | a.heads)):
        if overlap(a.subject, b.subject) == 0.0:
            score *= SUBJECT_MISMATCH_FACTOR
    return score


def numeric_flags(doc: Document, settings: Settings) -> list[Flag]:
    """CC101–CC103 (money, counts, percentages) and CC104 (explicit dates of one event)."""
    claims = body_claims(doc)
    profiles = [profile(doc, c) for c in claims if c.kind in RULE_OF_KIND or c.kind in {"date", "period"}]
    listed = _listed_counts(doc, claims)
    for p in profiles:
        if id(p.claim) in listed:
            p.own_frame = False  # "21 in Davao del Sur, 36 in North Cotabato, 29 in South Cotabato": a breakdown
    best: dict[tuple, tuple[float, Flag]] = {}
    for i, a in enumerate(profiles):
        for b in profiles[i + 1 :]:
            if a.sentence is not None and a.sentence == b.sentence:
                continue
            found = _compare(doc, a, b, settings)
            if found is None:
                continue
            score, flag = found
            key = (flag.id, frozenset({a.claim.text.lower(), b.claim.text.lower()}))
            if key not in best or score > best[key][0]:
                best[key] = (score, flag)
    return [flag for _score, flag in best.values()]


def _compare(doc: Document, a: Profile, b: Profile, settings: Settings) -> tuple[float, Flag] | None:
    ca, cb = a.claim, b.claim
    if ca.kind in RULE_OF_KIND and ca.kind == cb.kind:
        return _compare_values(doc, a, b, settings)
    if ca.kind in {"date", "period"} and cb.kind in {"date", "period"}:
        return _compare_dates(doc, a, b, settings)
    return None


def _compare_values(doc: Document, a: Profile, b: Profile, settings: Settings) -> tuple[float, Flag] | None:
    ca, cb = a.claim, b.claim
    if ca.value is None or cb.value is None or ca.value <= 0 or cb.value <= 0:
        return None
    if not (a.own_frame and b.own_frame) or a.expectation or b.expectation or a.past != b.past:
        return None
    if a.change != b.change:
        return None  # "11 seats" and "lost 10": a level and a change
    if paragraph_number(doc, ca.start) == paragraph_number(doc, cb.start):
        return None  # one paragraph giving two values is a breakdown or an update, not one figure misstated
    if (ca.unit or "") != (cb.unit or "") and ca.kind != "count":
        return None
    if max(ca.value, cb.value) / min(ca.value, cb.value) > settings.conflict_max_ratio:
        return None
    if a.actors and b.actors and not (a.actors & b.actors):
        return None
    if a.families and b.families and not a.families & b.families:
        return None  # "killed seven" and "five injured": two measures of one event
    ia, ib = claim_interval(ca, settings), claim_interval(cb, settings)
    if ia is None or ib is None or not ia.disjoint(ib):
        return None
    score = similarity(a, b)
    if score < settings.same_measure_threshold:
        return None
    code = RULE_OF_KIND[ca.kind]
    subject = short_subject(ca.subject or cb.subject, f"same {NOUN_OF_RULE[code]}")
    message = (
        f"The {subject} is given as {written(ca)} (paragraph {paragraph_number(doc, ca.start)}) "
        f"and as {written(cb)} (paragraph {paragraph_number(doc, cb.start)})"
    )
    return score, _flag(code, score, message, ca, cb)


def _compare_dates(doc: Document, a: Profile, b: Profile, settings: Settings) -> tuple[float, Flag] | None:
    ca, cb = a.claim, b.claim
    if is_relative_period(ca) or is_relative_period(cb):
        return None  # "last month" against "this month" is CC302's, with the NLI model's say
    if not (a.own_frame and b.own_frame) or a.expectation or b.expectation:
        return None
    da, db = claim_dates(ca), claim_dates(cb)
    if da is None or db is None or not (da[1] < db[0] or db[1] < da[0]):
        return None
    if (da[1] - da[0]).days != (db[1] - db[0]).days:
        return None  # a day against a month or a year: usually two events, or one told at two levels of detail
    events_a = {w.lower().rstrip("s") for w in event_heads(doc, ca.start, ca.end, pos=EVENT_POS)}
    events_b = {w.lower().rstrip("s") for w in event_heads(doc, cb.start, cb.end, pos=EVENT_POS)}
    if not events_a & events_b:
        return None
    if a.actors and b.actors and not (a.actors & b.actors):
        return None
    score = max(overlap(a.context | a.subject, b.context | b.subject), HEAD_MATCH_SCORE)
    if score < settings.same_measure_threshold:
        return None
    subject = short_subject(ca.subject or cb.subject, "same event")
    message = f"The {subject} is dated {ca.text} in one place and {cb.text} in another"
    return score, _flag("CC104", score, message, ca, cb)


def _flag(code: str, score: float, message: str, *claims: Claim) -> Flag:
    from claimcheck.checks.registry import RULES

    rule = RULES[code]
    return Flag(code, rule.name, rule.severity, round(min(1.0, score), 3), message,
                [claim_evidence(c) for c in claims])


def is_relative_period(claim: Claim) -> bool:
    """True for periods named relative to the article's date ('last month', 'this year', 'two weeks ago')."""
    return bool(RELATIVE_PERIOD.search(claim.text))


def claim_dates(claim: Claim) -> tuple[date, date] | None:
    """The first and last day a date claim allows, from its resolved `date` (or a year `value`)."""
    text = claim.date
    if not text and claim.value is not None and 1000 <= claim.value <= 2200 and float(claim.value).is_integer():
        text = str(int(claim.value))
    if not text:
        return None
    parts = text.split("/")
    first, last = _iso_bounds(parts[0]), _iso_bounds(parts[-1])
    if first is None or last is None:
        return None
    return first[0], last[1]


def _iso_bounds(text: str) -> tuple[date, date] | None:
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            y = int(text)
            return date(y, 1, 1), date(y, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            y, m = map(int, text.split("-"))
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), nxt - timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
            d = date.fromisoformat(text[:10])
            return d, d
    except ValueError:
        return None
    return None

