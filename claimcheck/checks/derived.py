"""CC201–CC205: figures derived from other figures in the same sentence that cannot be right.

Every rule here works inside one sentence (the clause a transaction, a total and its parts, or a before and
after value are given in) and reads the words between the claims from the parse; none of them guesses across
paragraphs. Where a qualifier hedges a figure its interval is used, so "more than" and "about" never make a
flag on their own.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as package_data
from typing import Any

from claimcheck.checks.common import (
    Interval,
    alike_lemmas,
    body_claims,
    claim_evidence,
    claim_interval,
    context_tokens,
    in_a_listing,
    money_text,
    parsed_span,
    qualifier_kind,
    said_to_overlap,
    sentence_of,
    too_far_to_be_one,
    written,
)
from claimcheck.checks.registry import RULES
from claimcheck.claims import change_pairs
from claimcheck.document import Claim, Document, Fact, Flag
from claimcheck.facts import befell_those
from claimcheck.lexicon import settings_vectors
from claimcheck.settings import Settings

MAX_WORDS_OF = 4  # words allowed between a part and its whole: "30 of the canton's 200"
MAX_WORDS_TO_PERCENT = 3  # words allowed between the counts and the percentage computed from them
MAX_WORDS_APPOSED = 6  # words between a percentage and the counts set off after it ("58 percent in the drug group,")
CUE_WINDOW = 4  # tokens before a figure searched for "from", "to", "of", change verbs
SPLIT_CUES = {"split", "divided", "shared", "allocated", "broken", "distributed", "spread", "apportioned"}
SPLIT_TOTAL_WINDOW = 3  # tokens around an earlier total searched for the noun the split sentence is about
PART_CUES = {"including", "include", "includes", "among", "whom", "which", ":"}
PRONOUN_WHOLE = re.compile(r"\s+of\s+(?:them|whom|those|these|which)\b", re.IGNORECASE)  # "two of them"
NOUN_WHOLE = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s", re.IGNORECASE)  # "29 of the lambs": of a set
SUBSET_BEFORE = re.compile(r"\b(?:among\s+(?:them|whom|those)|including|of\s+(?:them|whom))\s+$", re.I)  # "..., among
# them six children": a subset of the part just named
OF_CLAUSE_STARTS = ("of the", "of them", "of those", "of these", "of whom", "of which", "of this", "of its", "of all")
# Openings that name the whole of the sentence's first count after them: "Of the 400 patients, 120 ...", "Among the 400"
PARTITIVE_OPENINGS = {"of the", "of all", "of its", "of their", "among the", "among its", "among their"}
ONE_OF = {"each", "every", "one", "either", "neither", "none", "any", "some", "another", "first", "last"}  # CC201
CHANGE_WORDS = {"rise", "rose", "risen", "rising", "rises", "increase", "increased", "increases", "increasing", "grew",
                "grow", "grown", "growth", "jump", "jumped", "surge", "surged", "climb", "climbed", "up", "higher",
                "gain", "gained", "soared", "fell", "fall", "fallen", "falls", "drop", "dropped", "declined",
                "decline", "decrease", "decreased", "down", "lower", "cut", "slumped", "plunged", "shrank", "by"}
AMOUNT_NOUNS = {"capacity", "target", "targets", "gdp", "cost", "costs", "level", "levels", "average", "budget",
                "income", "incomes", "salary", "salaries", "value", "values", "price", "prices", "revenue",
                "revenues", "output", "needs", "requirements", "earnings", "wages", "limit", "limits", "quota",
                "forecast", "forecasts", "estimate", "estimates", "expectations", "demand", "sales", "amount",
                "total", "norm", "normal", "rate", "rates", "figure", "figures", "base", "baseline", "debt",
                "spending", "premium", "premiums", "means", "returns", "expenses", "losses"}


@dataclass(frozen=True)
class PriceCategory:
    """One row of the unit price table: priced per item (`measure` None) or per a unit of a measure ("km")."""

    name: str
    unit: str
    phrases: tuple[tuple[str, ...], ...]
    min_usd: float
    max_usd: float
    source: str
    reasoning: str
    measure: str | None = None


@dataclass(frozen=True)
class PriceTable:
    """The documented plausible prices per unit (claimcheck/checks/unit_prices.json)."""

    categories: tuple[PriceCategory, ...]
    usd_rates: dict[str, float]
    measures: dict[str, dict[str, float]]  # measure -> claim unit -> its size in the measure's first unit
    transaction_words: frozenset[str]
    not_a_price_words: frozenset[str]
    not_traded_words: frozenset[str]

    def category_of(self, words: list[str], head: str | None = None,
                    measure: str | None = None) -> PriceCategory | None:
        """The category of `measure` (None: items) whose longest phrase occurs in `words` (singular or plural) and,
        when `head` is given, holds that head noun; or None."""
        present = {_singular(w.lower()) for w in words}
        head_word = _singular(head.lower()) if head else None
        best, best_len = None, 0
        for category in self.categories:
            if category.measure != measure:
                continue
            for phrase in category.phrases:
                words_of = [_singular(p) for p in phrase]
                if len(phrase) > best_len and all(w in present for w in words_of) \
                        and (head_word is None or head_word in words_of):
                    best, best_len = category, len(phrase)
        return best

    def measure_of(self, unit: str | None) -> str | None:
        """The measure a claim unit belongs to ("miles" -> "length"), or None."""
        return next((name for name, units in self.measures.items() if unit in units), None)

    def in_units_of(self, category: PriceCategory, value: float, unit: str) -> float:
        """A quantity `value` in claim unit `unit` expressed in the category's unit."""
        sizes = self.measures[category.measure or ""]
        return value * sizes[unit] / sizes[category.unit]


def _singular(word: str) -> str:
    word = word.strip(".,;:'\"’").replace("-", "")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def price_table() -> PriceTable:
    """The unit price table shipped with the package."""
    raw = json.loads(package_data.files("claimcheck.checks").joinpath("unit_prices.json").read_text("utf-8"))
    categories = tuple(
        PriceCategory(c["name"], c["unit"], tuple(tuple(p) for p in c["phrases"]), float(c["min_usd"]),
                      float(c["max_usd"]), c["source"], c["reasoning"], c.get("measure"))
        for c in raw["categories"]
    )
    rates = {k: float(v) for k, v in raw["usd_rates"].items() if k != "about"}
    measures = {k: {u: float(f) for u, f in v.items()} for k, v in raw["measures"].items() if k != "about"}
    return PriceTable(categories, rates, measures, frozenset(raw["transaction_words"]),
                      frozenset(raw["not_a_price_words"]), frozenset(raw["not_traded_words"]))


def derived_flags(doc: Document, settings: Settings) -> list[Flag]:
    """CC201–CC205 over every body sentence that holds two or more claims."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in body_claims(doc):
        index = sentence_of(doc, claim)
        if index is not None:
            by_sentence.setdefault(index, []).append(claim)
    flags: list[Flag] = []
    over_read = set()  # sentences whose parts CC202 found over their total, by a cue or an "Of ..." opening
    for index in sorted(by_sentence):
        claims = by_sentence[index]
        flags += unit_price_flags(doc, claims, by_sentence.get(index + 1, []), settings)
        earlier = [c for i, cs in by_sentence.items() if i < index for c in cs]
        found = parts_flags(doc, claims, by_sentence.get(index - 1, []), earlier, settings,
                            by_sentence.get(index + 1, []))
        over_read |= {index} if found else set()
        flags += found
        flags += split_flags(doc, claims, earlier, settings)
        flags += share_flags(doc, claims)
        flags += multiplier_flags(doc, claims, settings)
        flags += percentage_flags(doc, claims, settings)
    return flags + breakdown_flags(doc, settings, over_read)


def breakdown_flags(doc: Document, settings: Settings, over_read: set[int]) -> list[Flag]:
    """CC202 over the facts' breakdowns told with their total in one sentence ("In 40 audits, the office cleared 21,
    fined nine and closed 15"), which no cue word marks: their parts adding up to more than it; not in a sentence
    already flagged so (`over_read`) nor one that says its groups overlap."""
    flags = []
    for breakdown in doc.breakdowns or []:
        total = breakdown.total
        if total is None or total.sentence in over_read or any(p.sentence != total.sentence for p in breakdown.parts):
            continue
        span = parsed_span(doc, total.claim.start, total.claim.end)
        if span is not None and not said_to_overlap(span.sent):
            flags += _over_total(total.claim, [p.claim for p in breakdown.parts], settings)
    return flags


def _flag(code: str, confidence: float, message: str, claims: list[Claim]) -> Flag:
    rule = RULES[code]
    return Flag(code, rule.name, rule.severity, round(confidence, 3), message, [claim_evidence(c) for c in claims])


def _words_before(doc: Document, claim: Claim, n: int = CUE_WINDOW) -> list[str]:
    span = parsed_span(doc, claim.start, claim.end)
    if span is None:
        return []
    lo = max(span.sent.start, span.start - n)
    return [t.lower_ for t in doc.nlp[lo : span.start]]


def _words_after(doc: Document, claim: Claim, n: int = CUE_WINDOW) -> list[str]:
    span = parsed_span(doc, claim.start, claim.end)
    if span is None:
        return []
    hi = min(span.sent.end, span.end + n)
    return [t.lower_ for t in doc.nlp[span.end : hi]]


# CC201 implausible-unit-price ---------------------------------------------------------------------------------

def counted_item(doc: Document, claim: Claim) -> tuple[list[str], str | None]:
    """What a count or quantity counts: the words of its noun phrase and the phrase's head noun (None when the
    parse gives none). A count's subject adds its words ("new buses"); a quantity's noun is the one it measures
    ("a 300 km highway", "2 million barrels of crude oil"), never its subject, which names who holds it."""
    words = (claim.subject or "").replace("-", " ").split() if claim.kind == "count" else []
    span = parsed_span(doc, claim.start, claim.end)
    if span is None:
        return words, (words[-1] if words else None)
    head = _item_token(span, claim.kind == "quantity")
    if head is None or head.pos_ not in {"NOUN", "PROPN"}:
        return words, (words[-1] if words and claim.kind == "count" else None)
    if claim.kind == "count" and _unsure_head(head):
        return words, None
    lo = span.start if span.start <= head.i else head.left_edge.i
    words += [t.text.replace("-", " ") for t in head.subtree
              if lo <= t.i <= head.i and t.pos_ in {"NOUN", "PROPN", "ADJ"}]
    words += [t.text.replace("-", " ") for t in head.lefts if t.dep_ == "compound"]
    return words, head.text


def _item_token(span, quantity: bool):
    """The noun a number phrase counts or measures: the noun it modifies, through compounds ("10 million vaccine
    doses" -> doses), or for a quantity the object of its 'of' ("tonnes of rice") or the noun it is 'of'."""
    root = span.root
    if quantity:
        of = next((t for t in span.root.children if t.dep_ == "prep" and t.lower_ == "of"), None)
        objects = [t for t in of.children if t.dep_ == "pobj"] if of is not None else []
        if objects:
            return _through_compounds(objects[0])
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in {"NOUN", "PROPN"}:
            return root.head.head
        if root.head.i >= span.end and root.dep_ in {"compound", "nummod", "nmod", "amod", "npadvmod"}:
            return _through_compounds(root.head)
        return None
    head = root.head if root.dep_ == "nummod" else root
    hyphenated = head.i == span.end + 1 and span.doc[span.end].text == "-"  # "a 25-room home" counts rooms
    return head if hyphenated else _through_compounds(head)


def _unsure_head(head) -> bool:
    """A counted noun that holds other things ("50 tanks of fuel", "two batteries of missiles") or that the noun
    phrase runs on past ("300 cattle feed bags" parsed with 'cattle' as its head): what is priced is unclear."""
    holds = any(t.dep_ == "prep" and t.lower_ == "of" and any(o.dep_ == "pobj" for o in t.children)
                for t in head.children)
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return holds or (following is not None and following.pos_ in {"NOUN", "PROPN"} and following.dep_ != "appos")


def _through_compounds(token):
    while token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"} and token.head.i > token.i:
        token = token.head
    return token


def unit_price_flags(doc: Document, claims: list[Claim], following: list[Claim], settings: Settings) -> list[Flag]:
    """CC201: an amount divided by the count of items it buys (or the quantity: km of road, tonnes of wheat), far
    outside the items' plausible price.

    The amount is looked for in the count's sentence, or in the next sentence when that one gives an amount and
    no count of its own ("... will deliver 40,000 rifles. The contract is worth $90,000."). An amount already
    given per unit ("$58 a barrel"), an average or a median ("The average ticket price was €34") and a count per
    unit of time ("40 trains a day") divide nothing.
    """
    table = price_table()
    divisors = [c for c in claims if c.value and (c.kind == "count" and c.value >= 1 and not c.unit
                                                    or c.kind == "quantity" and table.measure_of(c.unit))]

    def priced(c: Claim) -> bool:
        return c.kind == "money" and bool(c.value) and c.unit in table.usd_rates and not c.per

    money = [c for c in claims if priced(c)]
    if not money and not any(c.kind == "count" for c in following):
        money = [c for c in following if priced(c)]
    if not money or not divisors:
        return []
    sentence_words = _sentence_words(doc, divisors[0]) | _sentence_words(doc, money[0])
    if not sentence_words & table.transaction_words:
        return []
    facts = {f.claim.start: f for f in doc.facts or []}
    flags = []
    for divisor in divisors:
        measure = table.measure_of(divisor.unit) if divisor.kind == "quantity" else None
        if measure and set(_words_before(doc, divisor, 3) + _words_after(doc, divisor, 3)) & table.not_traded_words:
            continue
        words, head = counted_item(doc, divisor)
        category = table.category_of(words, head, measure) if head else None
        if category is None:
            continue
        amount = min(money, key=lambda m: abs(m.start - divisor.start))
        if not _bought_with(doc, divisor, amount, table) or _priced_apart(facts.get(amount.start)):
            continue
        near = set(_words_before(doc, amount, 3) + _words_after(doc, amount, 3))
        if near & table.not_a_price_words:
            continue
        units = table.in_units_of(category, divisor.value, divisor.unit) if measure else divisor.value
        per_unit_usd = amount.value * table.usd_rates[amount.unit] / units
        low = category.min_usd / settings.unit_price_low_margin
        high = category.max_usd * settings.unit_price_high_margin
        if low <= per_unit_usd <= high:
            continue
        per_unit = amount.value / units
        bound = category.min_usd if per_unit_usd < low else category.max_usd
        side = "under" if per_unit_usd < low else "over"
        factor = bound / per_unit_usd if per_unit_usd < low else per_unit_usd / bound
        confidence = min(0.99, 0.6 + 0.1 * math.log10(max(factor, 1.0)))
        amount_text = written(amount)
        item = f"{written(divisor)} of {head}" if measure else f"{written(divisor)} {head}"
        each = f"per {category.unit}" if measure else "each"
        message = (
            f"{amount_text[0].upper()}{amount_text[1:]} for {item} is about "
            f"{_price_text(per_unit, amount.unit)} per {category.unit}; the usual price of {category.name} is "
            f"{_price_text(category.min_usd, 'USD')} to {_price_text(category.max_usd, 'USD')} {each} ({side} that "
            f"range by a factor of {factor:,.0f})"
        )
        flags.append(_flag("CC201", confidence, message, [divisor, amount]))
    return flags


def _priced_apart(amount: Fact | None) -> bool:
    """True when the facts say an amount is no total paid for the things counted: an average or a median ("The
    average ticket price was €34"), or a figure per unit."""
    return amount is not None and (amount.statistic is not None or bool(amount.per_unit))


def _bought_with(doc: Document, divisor: Claim, amount: Claim, table: PriceTable) -> bool:
    """Whether the parse lets the amount pay for the things counted: they are not what some other noun is about
    ("the crews of 12 helicopters", "insurance for 2,000 cars", "a fleet of 3,000 trucks"), and the verb they hang
    from is the amount's or a transaction's ("which operates 40 ships" beside "won a $3 million contract" is not)."""
    span, paid = parsed_span(doc, divisor.start, divisor.end), parsed_span(doc, amount.start, amount.end)
    if span is None or paid is None:
        return True
    token = span.root.head if span.root.dep_ == "nummod" else span.root
    token = _through_compounds(token)
    while token.dep_ == "pobj" and token.head.dep_ == "prep":
        holder = token.head.head
        if holder.lower_ in ONE_OF:  # "each of the 40 buses cost $400,000"
            return False
        if holder.pos_ not in {"NOUN", "PROPN"} or holder in paid:
            break
        if holder.lower_ not in table.transaction_words and holder.lemma_.lower() not in table.transaction_words:
            return False
        token = holder
    if paid.root in token.subtree:  # "500,000 nets purchased for $1.5 million", "tonnes of wheat worth $120 million"
        return True
    verb, amount_verb = _verb_of(token), _verb_of(paid.root)
    spent_on = _spent_on(amount_verb, paid) if amount_verb is not None and paid.root.dep_ == "dobj" else []
    if spent_on and not any(_through_compounds(obj) == token or token in obj.subtree for obj in spent_on):
        return False  # the money went on something else: "spent $300,000 on insurance for 2,000 cars"
    return verb is None or verb == amount_verb or verb.lemma_.lower() in table.transaction_words \
        or verb.lower_ in table.transaction_words


def _spent_on(verb, paid) -> list:
    """The nouns a verb whose object is the amount says it went on: its 'on' objects ("spent $300,000 on
    insurance", then 'for' names whom for), else its 'for' objects ("paid $40 million for 12 helicopters")."""
    def objects(words: set[str]) -> list:
        return [obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in words
                for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"} and obj not in paid]
    return objects({"on", "into"}) or objects({"for"})


def _verb_of(token):
    """The nearest verb above a token (itself when it is one), or None."""
    for candidate in [token, *token.ancestors]:
        if candidate.pos_ in {"VERB", "AUX"}:
            return candidate
    return None


def _price_text(amount: float, currency: str) -> str:
    """`money_text`, with the first two significant digits of a price under a cent ('$0.000075')."""
    text = money_text(amount, currency)
    if 0 < amount < 0.005:
        text = text.replace("0.00", f"{amount:.{1 - math.floor(math.log10(amount))}f}".rstrip("0"), 1)
    return text


def _sentence_words(doc: Document, claim: Claim) -> set[str]:
    span = parsed_span(doc, claim.start, claim.end)
    return {t.lower_ for t in span.sent} if span is not None else set()


# CC202 parts-exceed-total -------------------------------------------------------------------------------------

def parts_flags(doc: Document, claims: list[Claim], previous: list[Claim], earlier: list[Claim],
                settings: Settings, following: list[Claim] | None = None) -> list[Flag]:
    """CC202: 'Of the 40 passengers, 25 ... and 21 ...' or '40 people, including 25 ... and 21 ...' over-adding; an
    "Of ..." list goes on in the next sentence when that opens on a figure told as more ('Another 9 were ...',
    `following`: `_list_carried_on`). A
    figure some other figure is written against ('up from 119 of 231') is the whole of another set, no part; a
    sentence that says its groups overlap ('186 burrows contained both', 'many fell into both groups') lists no
    breakdown. An opening that names the whole by a pronoun ("Of those, ...") takes it from the sentence before
    (`previous`); one that names it by its noun ("Of the halls, ...") from the last sentence before that counts that
    noun (`earlier`), however far back."""
    sentence = parsed_span(doc, claims[0].start, claims[0].end)
    if sentence is None:
        return []
    sent = sentence.sent
    opening = sent.text.lower().lstrip("\"“‘' ")
    total: Claim | None = None
    parts: list[Claim] = []
    carried: list[Claim] = []
    countable = [c for c in claims if c.kind in {"count", "money", "percent"} and c.value is not None]
    if opening.startswith(OF_CLAUSE_STARTS):
        if opening.startswith(("of the", "of all", "of its")) and countable and _in_first_clause(doc, countable[0]):
            # figures of the opening itself describe the whole ("Of the 133 riders from 19 teams, ..."): no parts
            total, parts = countable[0], [c for c in countable[1:] if not _in_first_clause(doc, c)]
        elif (befell := _befell_opening(sent)) is not None:
            # "Of the injured, ...": a count of the injured is the total, or none is, never any figure told before
            total = _befallen_total(doc, sent, befell, settings) if countable else None
            parts = countable if total is not None else []
        else:
            kind = (countable[0].kind, countable[0].unit) if countable and countable[0].kind == "money" else (
                "count", None)  # "Of the investment total, 480 million reais ...": an amount of that currency
            named = _named_whole(sent)
            prior = [c for c in (earlier if named else previous) if (c.kind, c.unit if c.kind == "money" else None)
                     == kind and c.value is not None]
            if named:  # "Of the weekend total, ...": only a figure of that noun (or its compound) is the total
                measures = {f.claim.start: f.measure_terms | {f.measure} for f in doc.facts or []}
                prior = [c for c in prior if named & measures.get(c.start, set())]
                last = max((c.sentence for c in prior if c.sentence is not None), default=None)
                prior = [c for c in prior if c.sentence == last]  # the last sentence to count it
            total = max(prior, key=lambda c: c.value) if prior else None
            parts = countable if total is not None else []
        parts = [p for p in parts if not in_a_listing(doc, p)]  # "and 22 came from the south, including six
        # from Cork": some of one group, no group of the whole
        carried = _list_carried_on(doc, following or [], parts)
        parts += carried
    else:
        for i, claim in enumerate(countable[:-1]):
            cue = _part_cue(doc, claim)
            if cue is not None:
                # only the figures the cue governs: "killed three, including a woman, and injured sixteen"
                total, parts = claim, [c for c in countable[i + 1 :] if _governed_by(doc, c, cue)]
                if any(f.source for f in doc.facts or [] if f.claim.start == total.start):
                    # "hired 60 nurses from 12 agencies, including 25 midwives": a list of those hired, not of where
                    # they came from
                    total = next((c for c in reversed(countable[:i]) if c.kind == claim.kind), None)
                break
    if total is None or len(parts) < 1 or said_to_overlap(sent):
        return []
    facts = {f.claim.start: f for f in doc.facts or []}
    if _told_as_other_value(facts.get(total.start)):
        return []
    wholes_of_others = {f.whole.claim.start for f in facts.values() if f.whole is not None}
    parts = [p for p in parts if (p in carried or not _told_as_other_value(facts.get(p.start)))  # "Another 390":
             # more, of the list, not a change
             and p.start not in wholes_of_others
             and not _part_of_another(doc, facts.get(p.start), total, facts.get(total.start))
             and not _restated_total(p, total)
             and not _is_label(facts.get(p.start)) and not _rate_told_at(doc, p)]
    if total.kind == "money":
        parts = [p for p in parts if p.kind == "money" and p.unit == total.unit]
        cap = claim_interval(total, settings)
    elif all(p.kind == "percent" and p.unit != "pp" for p in parts) and total.kind == "count":
        cap = Interval(0.0, 100.0 + settings.percent_tolerance_pp)
    else:
        parts = [p for p in parts if p.kind == total.kind]
        cap = claim_interval(total, settings)
    if len(parts) < (1 if total.kind != "percent" else 2) or cap is None:
        return []
    lows = [(claim_interval(p, settings) or Interval(0, 0)).low for p in parts]
    least_sum = sum(max(low, 0.0) for low in lows)
    if least_sum <= cap.high * (1 + settings.sum_tolerance) or too_far_to_be_one(cap.high, least_sum, settings):
        return []
    shown = " + ".join(written(p) for p in parts)
    shares = total.kind == "count" and all(p.kind == "percent" for p in parts)
    whole = "100%" if shares else written(total)
    message = f"The parts ({shown}) add up to more than the total they belong to ({whole})"
    confidence = min(0.95, 0.6 + (least_sum - cap.high) / max(cap.high, 1e-9))
    return [_flag("CC202", confidence, message, [total, *parts])]


def _list_carried_on(doc: Document, following: list[Claim], parts: list[Claim]) -> list[Claim]:
    """The figures of the sentence after a list of parts, when that sentence opens on a figure of the parts' kind told
    as more beside them ("Of those, 540 were men and 260 women. Another 390 were children."): the list goes on there."""
    if not parts or not following:
        return []
    first = following[0]
    told = next((f for f in doc.facts or [] if f.claim.start == first.start), None)
    opening = parsed_span(doc, first.start, first.end)
    if opening is None or told is None or not told.added or first.kind != parts[0].kind or \
            opening.start - opening.sent.start > 2:
        return []
    return [c for c in following if c.kind == first.kind and c.value is not None]


def _befallen_total(doc: Document, sent: Any, befell: str, settings: Settings) -> Claim | None:
    """For parts opened by "Of those" or "Of the" and what befell them (`befell`: "Of those injured, eleven were
    adults and three were children"): the largest earlier count of things the same befell, anywhere before ("injured
    sixteen", not "two adults were seriously injured", which are some of them); None when no such count is told."""
    vectors = settings_vectors(settings)
    earlier = [f for f in doc.facts or [] if f.claim.kind == "count" and f.claim.value
               and f.claim.end <= sent.start_char and f.modality == "asserted" and f.role in {"level", "part"}
               and alike_lemmas(befell, f.state or f.restriction, vectors, settings)]
    return max(earlier, key=lambda f: f.claim.value).claim if earlier else None


def _befell_opening(sent: Any) -> str | None:
    """The lemma of what befell the set an opening "Of those ..." or "Of the ..." picks out by it ("Of those injured",
    "Of the injured": "injure"); None for an opening that names its set otherwise."""
    those = next((t for t in sent if t.lower_ in {"those", "these"} and t.dep_ == "pobj"
                  and t.head.lower_ == "of" and t.head.i == sent.start), None)
    if those is not None:
        return befell_those(those)
    opening = sent[0] if sent[0].lower_ == "of" else None
    picked = next((c for c in opening.children if c.dep_ == "pobj"), None) if opening is not None else None
    if picked is None or picked.tag_ != "VBN" or not any(c.lower_ == "the" for c in picked.children):
        return None
    return picked.lemma_.lower()


def _named_whole(sent: Any) -> set[str]:
    """The lemmas of the noun an opening "Of the ..." names the whole by and of its compounds ("Of the investment
    total," -> {"total", "investment"}); empty for one that names it by a pronoun ("Of those, ...", "Of them")."""
    opening = sent[0] if sent[0].lower_ == "of" else (sent[1] if len(sent) > 1 and sent[1].lower_ == "of" else None)
    noun = next((c for c in opening.children if c.dep_ == "pobj"), None) if opening is not None else None
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return set()
    return {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}


def _told_as_other_value(fact: Fact | None) -> bool:
    """A figure its facts tell as a value moved from or a change ("goes up from £160 million to ...", "cut fares by 20
    percent from 2015 levels"): no total and no part of a breakdown."""
    return fact is not None and fact.role in {"previous", "change"}


def _is_label(fact: Fact | None) -> bool:
    """A number that names a place or one of a series ("at kilometre 78"), counting nothing: no part."""
    return fact is not None and fact.role == "label"


def _rate_told_at(doc: Document, claim: Claim) -> bool:
    """A percentage told "at" it ("three missed: Ashby, at 72 percent, and Dale, at 78 percent"): a member's
    own rate, no share of the whole."""
    span = parsed_span(doc, claim.start, claim.end)
    return claim.kind == "percent" and span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "at"


def _part_of_another(doc: Document, fact: Fact | None, total: Claim, whole: Fact | None) -> bool:
    """A part told as a part (or a share) of some other set than the total: of another count ("12 of the 30 boats",
    "while 64 percent of the 590 at the southern depot did") or of a set just named ("..., five are still being
    treated, one of them in intensive care", "21 were injured, among them six children"): a subset of a part; nor a
    figure of another noun than the total's that is a known set ("were near the city's three markets") or some of one
    ("Of the 40 ewes, 33 gave birth, and 29 of the lambs are alive": of the lambs, not the ewes); `whole` is the
    total's own fact."""
    if fact is not None and SUBSET_BEFORE.search(doc.text, total.end, fact.claim.start) is not None and any(
            total.end <= f.claim.start < fact.claim.start and f.claim.kind == "count" and not f.source
            for f in doc.facts or []):  # not "20 nurses from 12 agencies, including 25 midwives": where they came from
        return True  # "19 were killed and 21 were injured, among them six children": some of the 21
    if fact is None:
        return False
    if whole is not None and whole.measure is not None and fact.measure not in {None, whole.measure} and (
            fact.definite or fact.owned or NOUN_WHOLE.match(doc.text, fact.claim.end)):
        return True  # a known set a part's clause names ("near the city's three markets"), or some of another
        # set it names ("29 of the lambs" in a list of the ewes)
    if fact.whole is not None:  # a part or a share of another count, not the total told again
        return fact.whole.claim.start != total.start and fact.whole.claim.value != total.value
    return fact.role == "part" and PRONOUN_WHOLE.match(doc.text, fact.claim.end) is not None


def _restated_total(part: Claim, total: Claim) -> bool:
    """The total given again where the breakdown opens ("Twenty-two were treated. Of those 22, ...")."""
    return part.start != total.start and part.kind == total.kind and part.value == total.value


def split_flags(doc: Document, claims: list[Claim], earlier: list[Claim], settings: Settings) -> list[Flag]:
    """CC202: 'the programme will be split between £20m, £15m and £25m' against the programme's earlier total."""
    parts = [c for c in claims if c.kind == "money" and c.value]
    if len(parts) < 2 or len({p.unit for p in parts}) != 1:
        return []
    span = parsed_span(doc, parts[0].start, parts[0].end)
    if span is None:
        return []
    cues = [t for t in span.sent if t.lower_ in SPLIT_CUES and t.i < span.start]
    if not cues:
        return []
    subject_words = {t.lemma_.lower() for t in cues[0].children if t.dep_ in {"nsubj", "nsubjpass"}
                     for t in t.subtree if t.pos_ in {"NOUN", "PROPN"}}
    biggest = max(p.value for p in parts)
    facts = {f.claim.start: f for f in doc.facts or []}
    for total in reversed(earlier):
        if total.kind != "money" or total.unit != parts[0].unit or not total.value or total.value < biggest or \
                _told_as_other_value(facts.get(total.start)):
            continue
        around = {t.lemma_.lower() for t in context_tokens(doc, total.start, total.end, SPLIT_TOTAL_WINDOW)}
        if subject_words & around:
            return _over_total(total, parts, settings)
    return []


def _over_total(total: Claim, parts: list[Claim], settings: Settings) -> list[Flag]:
    cap = claim_interval(total, settings)
    lows = [(claim_interval(p, settings) or Interval(0, 0)).low for p in parts]
    least_sum = sum(max(low, 0.0) for low in lows)
    if cap is None or least_sum <= cap.high * (1 + settings.sum_tolerance) or \
            too_far_to_be_one(cap.high, least_sum, settings):
        return []
    shown = " + ".join(written(p) for p in parts)
    message = f"The parts ({shown}) add up to more than the total they belong to ({written(total)})"
    confidence = min(0.95, 0.6 + (least_sum - cap.high) / max(cap.high, 1e-9))
    return [_flag("CC202", confidence, message, [total, *parts])]


def _part_cue(doc: Document, claim: Claim):
    """The 'including' / 'among them' / ':' token within a few tokens after a figure, or None ('among' only
    before a pronoun: "12 injured, among them three children")."""
    span = parsed_span(doc, claim.start, claim.end)
    if span is None:
        return None
    for token in doc.nlp[span.end : min(span.sent.end, span.end + CUE_WINDOW)]:
        if token.lower_ == "among" and not (token.i + 1 < len(doc.nlp) and doc.nlp[token.i + 1].pos_ == "PRON"):
            continue  # "about 70 people are among the 900 in shelters": the figure is the part, not the whole
        if token.lower_ in PART_CUES:
            return token
    return None


def _governed_by(doc: Document, claim: Claim, cue) -> bool:
    """True when the figure sits in the cue's subtree (or the cue is punctuation that governs nothing), not inside a
    relative clause there, which tells something of a member ("reported in 22 villages, including the market town of
    Zlín, where 47 children have fallen ill")."""
    span = parsed_span(doc, claim.start, claim.end)
    if span is None:
        return False
    if cue.is_punct:
        return True
    between = [span.root, *span.root.ancestors]
    if cue not in between:
        return False
    return not any(t.dep_ == "relcl" for t in between[:between.index(cue)])


def _in_first_clause(doc: Document, claim: Claim) -> bool:
    span = parsed_span(doc, claim.start, claim.end)
    if span is None:
        return False
    before = doc.nlp[span.sent.start : span.start]
    return not any(t.text in {",", ";", ":"} for t in before)


# CC203 impossible-share ---------------------------------------------------------------------------------------

def share_flags(doc: Document, claims: list[Claim]) -> list[Flag]:
    """CC203: 'N per cent of <a group of things>' with N over 100."""
    flags = []
    for claim in claims:
        if claim.kind != "percent" or claim.unit == "pp" or claim.value is None or claim.value <= 100:
            continue
        if qualifier_kind(claim) == "upper":
            continue
        if set(_words_before(doc, claim, 3)) & CHANGE_WORDS:
            continue
        group = _share_group(doc, claim)
        if group is None:
            continue
        message = f"{claim.text} of {group} is more than all of them: a share cannot pass 100%"
        flags.append(_flag("CC203", 0.8, message, [claim]))
    return flags


def _share_group(doc: Document, claim: Claim) -> str | None:
    """The plural noun phrase after 'of' that the percentage is a share of, if it names countable things."""
    span = parsed_span(doc, claim.start, claim.end)
    if span is None or span.end >= span.sent.end:
        return None
    nxt = doc.nlp[span.end]
    if nxt.lower_ != "of":
        return None
    objects = [t for t in nxt.children if t.dep_ == "pobj"]
    if not objects:
        return None
    noun = objects[0]
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lower_ in AMOUNT_NOUNS:
        return None
    return doc.text[nxt.idx + len(nxt.text) : noun.idx + len(noun.text)].strip()


# CC204 inconsistent-multiplier --------------------------------------------------------------------------------

def _from_to(doc: Document, claims: list[Claim], kinds: set[str]) -> tuple[Claim, Claim] | None:
    """The (before, after) pair of a 'from A to B' or 'to B from A' construction among the claims, as the claims
    stage pairs them (`change_pairs`: the two ends written together, not a 'from' of one clause and a 'to' of the
    next)."""
    return next(((before, after) for before, after in change_pairs(doc, claims) if before.kind in kinds
                 and before.value is not None and after.value is not None), None)


def _told_before(changes: list[Claim], pair: tuple[Claim, Claim]) -> Claim | None:
    """The change written nearest before a move's first end ('up 6.2 percent from X' is not the change of 'down by
    9.4 percent to Y from Z' later in the sentence), else the first one."""
    start = min(pair[0].start, pair[1].start)
    before = [c for c in changes if c.end <= start]
    return before[-1] if before else (changes[0] if changes else None)


def multiplier_flags(doc: Document, claims: list[Claim], settings: Settings) -> list[Flag]:
    """CC204: 'doubled from 4 to 12' — the after/before ratio disagrees with the multiplier told of the move's own
    clause (`_change_of_move`: not "climbed to 8,200, over four times what it was, whereas the fee went up to £240
    from £180")."""
    pair = _from_to(doc, claims, {"money", "count", "quantity", "percent"})
    multipliers = [c for c in claims if c.kind == "multiplier" and c.value and not _of_another_value(doc, c)]
    multiplier = _change_of_move(doc, multipliers, pair) if pair else None
    if multiplier is None:
        return []
    before, after = pair
    if not before.value or qualifier_kind(before) != "exact" or qualifier_kind(after) != "exact":
        return []
    ratio = after.value / before.value
    kind = qualifier_kind(multiplier)
    tol = settings.multiplier_tolerance + (settings.approx_tolerance if kind == "approx" else 0.0)
    low, high = multiplier.value * (1 - tol), multiplier.value * (1 + tol)
    if kind == "lower":
        high = math.inf
    elif kind == "upper":
        low = 0.0
    if ratio <= 0 or low <= ratio <= high:  # a sign change is no multiple to compare
        return []
    message = f"{written(multiplier)} does not fit {before.text} to {after.text}, which is {ratio:.2g} times"
    confidence = min(0.95, 0.6 + abs(math.log(ratio / multiplier.value)))
    return [_flag("CC204", confidence, message, [multiplier, before, after])]


# CC205 inconsistent-percentage --------------------------------------------------------------------------------

def percentage_flags(doc: Document, claims: list[Claim], settings: Settings) -> list[Flag]:
    """CC205: 'A of B ..., or P%' (or 'P% ..., A of B,': counts set off after the percentage they spell out, '58
    percent in the drug group, 336 of 579, compared with 27 percent') where A/B is not P, and 'rose P% from A to B'
    where the change is not P."""
    percents = [c for c in claims if c.kind == "percent" and c.value is not None]
    if not percents:
        return []
    flags = []
    counts = [c for c in claims if c.kind == "count" and c.value]
    for part, whole in _part_whole_pairs(doc, counts):
        percent = next((p for p in percents if p.unit == "%" and _apposed_before(doc, p, min(part.start, whole.start))),
                       None)  # "58 percent in the drug group, 336 of 579, compared with 27 percent": the 58's
        percent = percent or next((p for p in percents if p.unit == "%"
                                   and _adjacent(doc, max(part.end, whole.end), p)), None)
        if percent is None:
            continue
        computed = Interval(_low(part, settings) / _high(whole, settings) * 100,
                            _high(part, settings) / _low(whole, settings) * 100)
        stated = _widened(percent, settings)
        if stated is None or not stated.disjoint(computed):
            continue
        actual = part.value / whole.value * 100
        message = f"{part.text} of {whole.text} is {actual:.0f}%, not {written(percent)}"
        flags.append(_flag("CC205", _closeness(actual, percent.value), message, [part, whole, percent]))
    change = [p for p in percents if p.unit != "pp" and set(_words_before(doc, p, 3)) & CHANGE_WORDS
              and not _of_another_value(doc, p)]
    told: set[int] = set()  # each change is one move's: the first that takes it, in text order
    for before, after in (pair for pair in change_pairs(doc, claims) if pair[0].kind in {"money", "count", "quantity"}
                          and pair[0].value and pair[1].value is not None):
        percent = _change_of_move(doc, [c for c in change if id(c) not in told], (before, after))
        if percent is None:
            continue
        told.add(id(percent))
        actual = abs(after.value - before.value) / before.value * 100
        stated = _widened(percent, settings)
        if stated is not None and not (stated.low <= actual <= stated.high):
            message = f"From {before.text} to {after.text} is a change of {actual:.0f}%, not {written(percent)}"
            flags.append(_flag("CC205", _closeness(actual, percent.value), message, [percent, before, after]))
    return flags


def _of_another_value(doc: Document, claim: Claim) -> bool:
    """True for a figure told as the value of another thing than a move: a multiplier of a noun phrase ("four times
    the regional pace", "twice its usual level") or a percentage given as what a noun other than a change is ("the
    regional inflation rate of 3.1 percent", not "an increase of 15 percent"): a comparison with that thing."""
    span = parsed_span(doc, claim.start, claim.end)
    if span is None or not len(span) or span.end >= span.sent.end:
        return False
    if claim.kind == "multiplier":
        return span.root.pos_ != "VERB" and doc.nlp[span.end].tag_ in {"DT", "PRP$"}
    before = doc.nlp[span.start - 1] if span.start > span.sent.start + 1 else None
    return before is not None and before.lower_ == "of" and before.head.pos_ == "NOUN" and \
        before.head.lower_ not in CHANGE_WORDS


def _change_of_move(doc: Document, changes: list[Claim], pair: tuple[Claim, Claim]) -> Claim | None:
    """The change told of a move's own clause: one hanging from the verb its ends hang from ("rose 18 percent, from A
    to B"; the nearest before its first end of those), else one set right after it ("from 458 to 415, a drop of about
    9.4 percent"); None when the sentence's changes are told of other clauses ("income rose 18 percent to C, while
    provisions fell to B from A"). The caller leaves out a change an earlier move of the sentence took ("by 10
    percent, from A to B, and its other from C to D")."""
    verbs = {_governing_verb(doc, c) for c in pair} - {None}
    own = [c for c in changes if _governing_verb(doc, c) in verbs]
    if own:
        return _told_before(own, pair)
    end = max(c.end for c in pair)
    return next((c for c in changes if c.start >= end and re.fullmatch(r",\s+(?:[a-z]+\s+){1,4}",
                                                                      doc.text[end:c.start]) is not None
                 and not any(t.pos_ in {"VERB", "AUX"} for t in parsed_span(doc, end, c.start) or ())), None)


def _governing_verb(doc: Document, claim: Claim) -> int | None:
    """The index of the nearest verb above a figure, or None."""
    span = parsed_span(doc, claim.start, claim.end)
    verb = _verb_of(span.root) if span is not None and len(span) else None
    return verb.i if verb is not None else None


def _adjacent(doc: Document, end: int, percent: Claim) -> bool:
    """True when the percentage follows a figure closely: '120, or 45%', '30 of 200 (15%)'."""
    if percent.start < end:
        return False
    between = doc.text[end : percent.start]
    return len(between.split()) <= MAX_WORDS_TO_PERCENT and not any(ch.isdigit() for ch in between)


def _apposed_before(doc: Document, percent: Claim, start: int) -> bool:
    """True when counts starting at `start` are set off after a percentage they spell out: '58 percent in the drug
    group, 336 of 579'."""
    between = doc.text[percent.end:start]
    return percent.end <= start and between.rstrip().endswith(",") and len(between.split()) <= MAX_WORDS_APPOSED \
        and not any(ch.isdigit() for ch in between)


def _part_whole_pairs(doc: Document, counts: list[Claim]) -> list[tuple[Claim, Claim]]:
    """(part, whole) counts: '30 of the 200 schools', 'Of the 400 patients, 120 ...' and 'Among the 400 patients,
    120 ...'."""
    pairs = []
    for i, part in enumerate(counts[:-1]):
        whole = counts[i + 1]
        between = doc.text[part.end : whole.start].lower().split()
        if between and between[0] == "of" and len(between) <= MAX_WORDS_OF and whole.value > part.value:
            pairs.append((part, whole))
    if len(counts) >= 2:
        whole, part = counts[0], counts[1]
        index = doc.sentence_index(whole.start)
        opening = doc.text[doc.sentences[index].start : whole.start] if index is not None else ""
        if opening.lower().strip("\"“‘' ") in PARTITIVE_OPENINGS and whole.value > part.value:
            pairs.append((part, whole))
    return pairs


def _low(claim: Claim, settings: Settings) -> float:
    interval = claim_interval(claim, settings)
    return max(interval.low, 1e-9) if interval else claim.value


def _high(claim: Claim, settings: Settings) -> float:
    interval = claim_interval(claim, settings)
    return interval.high if interval and math.isfinite(interval.high) else claim.value * 1e9


def _widened(percent: Claim, settings: Settings) -> Interval | None:
    interval = claim_interval(percent, settings)
    if interval is None:
        return None
    return Interval(interval.low - settings.percent_tolerance_pp, interval.high + settings.percent_tolerance_pp)


def _closeness(actual: float, stated: float) -> float:
    return round(min(0.95, 0.55 + abs(actual - stated) / 100), 3)
