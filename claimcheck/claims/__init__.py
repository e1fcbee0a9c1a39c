"""Numeric claims: find every number in the body, normalise it, and tie it to what it measures and who says it.

`ClaimExtractor` is the pipeline stage. Per body sentence it finds dates and periods (`dates`), then amounts:
money (`money`), percentages, quantities with units, counts, ranges, ratios, multipliers and ordinals
(`numbers`), leaving out numbers that are part of names, codes, times, addresses and phone numbers. Each claim
gets its subject from the parse (`subjects`) and its asserter from the quotes stage or an "according to" source.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from claimcheck.claims.dates import DateResolver
from claimcheck.claims.money import currency_after, currency_before, written_subunit
from claimcheck.claims.numbers import (
    FRACTION_WORDS, NUMBER_WORD, SCALE_WORDS, UNITS, Number, find_numbers, parse_number, per_after, percent_after,
    qualifier_after, qualifier_before, unit_after,
)
from claimcheck.claims.subjects import object_of_of, subject_of
from claimcheck.document import Claim, Document, Span
from claimcheck.quotes.cues import REPORTING_VERBS
from claimcheck.quotes.offsets import entities_within

__all__ = ["ClaimExtractor", "change_pairs", "is_vague_amount"]

# Not claims: clock times, phone numbers, web addresses, street addresses.
_NOT_CLAIMS = re.compile(
    r"\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?![\d])|\b\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?(?![a-z])"
    r"|\+\d[\d\s().-]{7,}\d|\(\d{2,5}\)\s?\d[\d\s.-]{4,}\d|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b\d{3,4}(?:[ -]\d{3,4}){2}\b"
    r"|\b(?i:call|phone|telephone|tel|fax|hotline|helpline|line|dial|text)\b[^.\d]{0,20}[\d][\d\s-]{5,}\d"
    r"|\bhttps?://\S+|\bwww\.\S+|\S+@\S+\.\w+"
    r"|\b(?:No|Nos|Number)\.?\s?\d[\d/.-]*\d?\b|#\d+\b|\b(?!(?:1[6-9]|20)\d\d/\d\d\b)\d{1,4}/\d{1,4}\b(?!/)(?!\s*(?:of|[a-z]+\s+of)\b)"
    r"|\b[0-2]?\d[0-5]\d\s?(?:GMT|UTC|EDT|EST|CDT|CST|PDT|PST|BST|CET|CEST|IST|JST|AEST|AEDT)\b"
    r"|\b\d{1,5}(?:[-–]\d{1,5})?[A-Za-z]?\s+(?:[A-Z][\w.]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd|Drive|"
    r"Way|Place|Court|Square|Terrace|Crescent|Highway|Parkway)\b"
    r"|\b\d{1,5}(?:\s?bis)?,?\s+(?:Rue|Via|Calle|Avenida|Avenue|Ave|Boulevard|Place|Strasse|Straße|Platz)\s+\w",
)
_DIGIT = re.compile(r"\d")
# Times of a race or a performance: "2:14:04", "1:59:40.2", "3:43.13" (clock times have no seconds), and their
# letters: "4h 21m 36s", "5h 02min", "1m 26s" (a lone "21m" is a scale or metres, never a time).
_RACE_TIME = re.compile(r"(?<![\w:.])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)"
                        r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d+))(?![\d:])"
                        r"|(?<![\w.])(?:(?P<h3>\d{1,3})h\s?(?P<m3>[0-5]?\d)(?:m|min)(?:\s?(?P<s3>[0-5]?\d(?:\.\d+)?)s)?"
                        r"|(?P<m4>\d{1,3})m\s?(?P<s4>[0-5]?\d(?:\.\d+)?)s)\b")
_HOUR_AND_A_HALF = re.compile(r"\b(?:an?|one)\s+(hour|minute|day|week|month|year|decade)\s+and\s+a\s+half\b", re.I)
_ORDINAL_SUFFIX = re.compile(r"^(?:st|nd|rd|th)$", re.I)
_RATIO = re.compile(
    r"(?<![\d,.])\b(?P<part>one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<whole>[a-z]+|(?!(?:1[89]|20)\d\d\b)[\d,]*\d)\b"  # not the end of "1,900 in 2015", nor "400 in 2015"
    r"|\b(?P<rate>\d+(?:\.\d+)?|" + NUMBER_WORD + r")\s+(?:[a-z]+\s+){0,2}?(?:per|for\s+every)\s+"
    r"(?P<per>1,000,000|100,000|10,000|1,000|100|(?:one\s+)?"
    r"(?:hundred|thousand|million))\b", re.I)
# "1.5 males for every female", "one doctor for every 800 residents": a rate per the noun after "every"
_FOR_EVERY = re.compile(  # not a percentage ("1 percent for every 9 weeks"), nor the end of "2,350" ("350")
    r"(?<![\d,.])\b(?P<rate>\d+(?:\.\d+)?|" + NUMBER_WORD + r")(?!\s*(?:%|percent\b|per\s*cent\b))\s+"
    r"(?:[A-Za-z-]+\s+){0,4}?for\s+(?P<every>every)\s+"
    r"(?:(?P<base>one|two|three|four|five|ten|\d[\d,]*)\s+)?(?P<noun>[a-z]+)\b", re.I)
_FRACTION = re.compile(
    r"\b(?:(?:a|one)\s+(?P<one>half|third|quarter|fourth|fifth|tenth)(?!-)|(?P<n>two|three|four)[\s-]"
    r"(?P<parts>thirds|quarters|fourths|fifths|tenths)|(?<!first[\s-])(?<!second[\s-])(?<!other\s)(?P<half>half)(?=\s+(?:of|the|their|its|his|her|all)\b))\b",
    re.I)
_MULTIPLIER_VERBS = {"doubled": 2, "doubling": 2, "doubles": 2, "tripled": 3, "tripling": 3, "triples": 3,
                     "quadrupled": 4, "quadrupling": 4, "quadruples": 4, "halved": 0.5, "halving": 0.5}
_MULTIPLIER = re.compile(
    r"\b(?:(?P<verb>doubled|doubling|doubles|tripled|tripling|triples|quadrupled|quadrupling|quadruples|halved"
    r"|halving)|(?P<double>double|triple|quadruple)(?=\s+(?:the|its|their|that|what|in|by)\b)|(?P<twice>twice|thrice)(?=\s+(?:as|the|that|than|what|its|their|his|her)\b)"
    r"|(?P<times>(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)(?=\s+(?:as|the|more"
    r"|higher|larger|bigger|greater|faster|that|than|over|what|its|their|his|her)\b)|(?P<fold>(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d+)[\s-]?fold))\b",
    re.I)
_TIMES = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times\b", re.I)
# What "N times" multiplies when it is no count of occasions: "three times the average", "three times New Jersey's",
# "three times as many" ("three times a day" and "three times in May" count occasions)
_TIMES_WHAT = re.compile(r"\s+(?:the|that|those|its|his|her|their|our|as|more|less|what"
                         r"|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|’s))\b")
_SCORE = re.compile(r"(?<![\d.,])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.,%]|\s?(?:per|%))")
_CHANGE_WORDS = (
    r"ris\w*|rose|fell|fall\w*|increas\w*|decreas\w*|drop\w*|climb\w*|jump\w*|gr[eo]w\w*|cut\w*|reduc\w*"
    r"|slip\w*|slid\w*|plung\w*|plummet\w*|soar\w*|surg\w*|went|go\w*|rais\w*|lower\w*|boost\w*|shr[ai]nk\w*"
    r"|declin\w*|dipp\w*|gain\w*|lost|los\w*|tumbl\w*|sank|sink\w*|expand\w*|mov\w*|chang\w*|up|down"
    r"|doubl\w*|tripl\w*|halv\w*")
_CHANGE_WORD = re.compile(_CHANGE_WORDS, re.I)
_CHANGE_BEFORE = re.compile(
    r"\b(?:" + _CHANGE_WORDS + r")\s+(?:from\s+|by\s+)?(?:(?:(?:[^\s.;]|\.(?=\d))+\s+){0,6}from\s+)?"
    r"(?:about|around|roughly|nearly|almost|some|over|under|more\s+than|less\s+than|just\s+)?\s*$", re.I)
# Vague amounts: a plural means at least two of what it names and fewer than ten ("thousands" is 2,000 to 10,000,
# "tens of thousands" 20,000 to 100,000, "dozens" 24 to 120).
_VAGUE_BASES = {"tens": 10.0, "dozens": 12.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_VAGUE_AMOUNT = re.compile(r"(?<![\d,.]\s)\b(?:(?P<outer>tens|dozens|hundreds)\s+of\s+)?"
                           r"(?P<scale>dozens|hundreds|thousands|millions|billions|tens(?=\s+of))(?:\s+of\b)?"
                           r"|(?<=\w\s)(?P<bare>hundreds|thousands|millions)\b(?!\s+of)", re.I)
# Lengths of time given by a plural alone: "for years", "within hours", "decades of conflict", "several weeks"; not the
# end of a unit ("14.8 terawatt-hours of electricity").
_VAGUE_TIME = re.compile(
    r"\b(?P<few>several|a\s+few|many)\s+(?P<unit>minutes|hours|days|weeks|months|years|decades)\b(?!\s+(?:ago|old|later))"
    r"|\b(?:for|within|after|lasting|took|spent|ending)\s+[\"“]?(?P<bare>minutes|hours|days|weeks|months|years|decades)\b"
    r"(?!\s+(?:ago|old|later|earlier))|(?<!-)\b(?P<of>hours|days|weeks|months|years|decades)"
    r"(?=\s+of\s+(?!the\b|age\b|his\b|her\b|their\b))",
    re.I)
_SPELLED_PERIOD = re.compile(r"\b(?:a|one)\s+(decade|century)\b(?!\s+(?:ago|earlier|later|before))", re.I)
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                 "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                 "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}
_WORD_ORDINAL = re.compile(r"(?<![\w-])(?P<word>" + "|".join(ORDINAL_WORDS) + r")(?![\w])", re.I)
_ORDINAL_LEAD = re.compile(r"(?:\b(?:the|a|its|their|his|her|our|your|my|this|that)|\w['’]s|\b(?:finish\w*|came|come"
                           r"|placed|ranked|ranks|lies|lay|sits|sat)(?:\s+in)?)\s+$", re.I)
_EXPONENT = re.compile(r"\s?[×x]\s?10(?:(?:\^|\*\*)([-−]?\d{1,3})|([-−]\d{1,3})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?!\d)")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# Words hyphenated to a number that leave it a number: "sub-7 nanometre", "the now-18-month-old daughter".
_PREFIX_WORD = re.compile(r"(?<![A-Za-z])(?:sub|now|then|over|under|near|pre|post|minus|to)-$", re.I)
_TO_BETWEEN = re.compile(r"(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s+to\s+"  # "from $58 a barrel to about 52"
                         r"(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?|-to-")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|up\s+to|just)\s+)?$",
                          re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:about|around|roughly|nearly|almost|some|between|just)\s+)?$", re.I)
_MINUS_WORD = re.compile(r"\bminus[\s-]$", re.I)
# "aged 43", "aged over 60", "ages between 18 and 25", "aged 43 and 29", "aged six and seven": the numbers after
# are ages
_AGE_BEFORE = re.compile(r"\b(?:aged|ages|age(?:\s+of)?)\s+(?:between\s+|over\s+|under\s+|(?:more|less)\s+than\s+"
                         r"|at\s+least\s+|about\s+|around\s+"
                         rf"|(?:(?:\d{{1,3}}|{NUMBER_WORD})(?:,\s*|\s+(?:and|or)\s+))+)?$",
                         re.I)
MAX_AGE = 120  # a number past it after "aged ... and" counts something else: "aged over 60 and 174 had invested"
_MIN_YEAR, _MAX_YEAR = 1600, 2100
# Capitalised words that open a sentence or phrase before a number without naming anything.
_LEAD_WORDS = {"about", "around", "nearly", "almost", "some", "over", "under", "only", "just", "all", "and", "but",
               "to", "from", "with", "for", "after", "before", "by", "at", "of", "the", "a", "an", "more", "less",
               "fewer", "than", "up", "roughly", "approximately", "since", "until", "between", "another"}
_CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "spring", "summer", "autumn", "winter", "fall", "in", "since"}


@dataclass
class _Amount:
    """A number with what is written around it, before it becomes a claim."""

    start: int  # sentence offsets, sign or code included
    end: int
    number: Number
    value: float
    currency: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    per: str | None = None  # what it is given per ("$58 a barrel")


class ClaimExtractor:
    """Pipeline stage: fills `doc.claims` from the body sentences, reading `doc.quotes` when the quotes stage ran."""

    name = "claims"

    def __call__(self, doc: Document) -> None:
        resolver = DateResolver(_parse_iso(doc.meta.date))
        claims: list[Claim] = []
        for index, sentence in enumerate(doc.sentences):
            for claim in self._sentence_claims(doc, sentence, resolver):
                if doc.is_body(claim.start, claim.end):
                    claim.sentence = index
                    claim.asserted_by = _asserter(doc, claim, sentence)
                    claims.append(claim)
        _rate_units(doc, claims)
        _story_currency(doc, claims)
        _story_dollar(claims)
        _story_cents(claims)
        doc.claims = claims

    def _sentence_claims(self, doc: Document, sentence: Span, resolver: DateResolver) -> list[Claim]:
        offset, text = sentence.start, doc.text[sentence.start:sentence.end]
        has_digit = _DIGIT.search(text) is not None  # names, codes, times and scores all hold digits
        taken: list[tuple[int, int]] = [m.span() for m in _NOT_CLAIMS.finditer(text)] if has_digit else []
        claims: list[Claim] = []

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in taken)

        def add(start: int, end: int, kind: str, **fields: Any) -> None:
            taken.append((start, end))
            claims.append(Claim(offset + start, offset + end, text[start:end], kind, **fields))

        for match in _RACE_TIME.finditer(text) if has_digit else ():
            hours = match.group("h") or match.group("h3")
            minutes = next(m for m in match.group("m", "m2", "m3", "m4") if m is not None)
            seconds = next((s for s in match.group("s", "s2", "s3", "s4") if s is not None), "0")
            taken[:] = [t for t in taken if not (t[0] < match.end() and match.start() < t[1])]  # not a clock time
            add(*match.span(), "quantity", value=int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds),
                unit="seconds", qualifier=qualifier_before(text, match.start())[0], confidence=0.85)
        for match in _HOUR_AND_A_HALF.finditer(text):
            if free(*match.span()):
                add(*match.span(), "quantity", value=1.5, unit=UNITS[match.group(1).lower()], confidence=0.8)
        for match in _MULTIPLIER.finditer(text):
            if free(*match.span()) and not (match.group("verb") and _is_noun(doc, offset + match.start())):
                add(*match.span(), "multiplier", value=_multiplier_value(match),
                    qualifier=qualifier_before(text, match.start())[0], confidence=0.8)
        for match in _TIMES.finditer(text):
            if free(*match.span()) and (_followed_by_noun(doc, offset + match.end()) or
                                        _TIMES_WHAT.match(text, match.end())):
                add(*match.span(), "multiplier", value=parse_number(match.group(1)),
                    qualifier=qualifier_before(text, match.start())[0], confidence=0.7)
        for match in _RATIO.finditer(text):
            if match.group("rate"):
                if free(*match.span()):
                    per = match.group("per")
                    add(*match.span(), "ratio", value=parse_number(match.group("rate")), unit=f"per {per}",
                        qualifier=qualifier_before(text, match.start())[0], confidence=0.85)
                continue
            part, whole = parse_number(match.group("part")), parse_number(match.group("whole"))
            if unit_after(text, match.end())[0] is not None or text[match.start() - 1:match.start()] in {"-", "–"}:
                continue  # "won 7-5, 6-4 in 98 minutes": the end of a score, then how long it took, no ratio
            if part and whole and part < whole and free(*match.span()):
                add(*match.span(), "ratio", value=part / whole, qualifier=qualifier_before(text, match.start())[0],
                    confidence=0.85)
        for match in _FOR_EVERY.finditer(text):
            base = parse_number(match.group("base")) if match.group("base") else 1.0
            noun, end = _every_noun(doc, offset, match)
            if free(match.start(), end) and base:
                add(match.start(), end, "ratio", value=parse_number(match.group("rate")) / base, unit=f"per {noun}",
                    qualifier=qualifier_before(text, match.start())[0], confidence=0.8)
        for match in _FRACTION.finditer(text):
            if free(*match.span()) and (match.group("parts") or not _followed_by_noun(doc, offset + match.end())):
                add(*match.span(), "ratio", value=_fraction_value(match),
                    qualifier=qualifier_before(text, match.start())[0], confidence=0.7)

        for match in _SPELLED_PERIOD.finditer(text):
            if free(*match.span()):
                add(*match.span(), "quantity", value=10.0 if match.group(1).lower() == "decade" else 100.0,
                    unit="years", qualifier=qualifier_before(text, match.start())[0], confidence=0.7)

        for match in _VAGUE_AMOUNT.finditer(text):
            if not free(*match.span()):
                continue
            if match.group("bare"):
                base = _VAGUE_BASES[match.group("bare").lower()]
                add(*match.span("bare"), "range", low=2 * base, high=10 * base, qualifier="approximately",
                    confidence=0.6)
                continue
            base = _VAGUE_BASES[match.group("scale").lower()] * _VAGUE_BASES.get((match.group("outer") or "").lower(), 1)
            unit, end, _ = currency_after(text, match.end(), text) if match.group(0).endswith("of") else (None, 0, 1)
            if unit is None and match.group(0).endswith("of"):
                unit, end = unit_after(text, match.end())  # "hundreds of miles"
            counted = object_of_of(doc.nlp, offset + match.end() - 2) if doc.nlp and unit is None \
                and match.group(0).endswith("of") else None
            add(match.start(), end if unit else match.end("scale"), "range", low=2 * base, high=10 * base, unit=unit,
                qualifier="approximately", confidence=0.6, subject=counted and counted[0],
                subject_span=counted and Span(counted[1], counted[2], "subject"))

        for match in _VAGUE_TIME.finditer(text):
            group = next(g for g in ("few", "bare", "of") if match.group(g))
            span = match.span() if group == "few" else match.span(group)
            if free(*span) and not (group == "of" and re.search(
                    rf"(?:\d|\b(?:{NUMBER_WORD}|a|an|the|few|several|many|those|these|recent|past|last|next)\b)[\s-]+$",
                    text[:span[0]], re.I)):
                unit = (match.group("unit") or match.group(group)).lower()
                least = 3.0 if (match.group("few") or "").lower() == "several" else 2.0
                low, unit = (least * 10, "years") if unit == "decades" else (least, unit)
                add(*span, "quantity", low=low, unit=unit, qualifier="approximately", confidence=0.55)

        for match in _SCORE.finditer(text) if has_digit else ():
            if int(match.group(1)) >= int(match.group(2)):
                taken.append(match.span())  # "ended 2-2", "a 9-2 lead": a score, not a range
        numbers = [n for n in find_numbers(text) if free(n.start, n.end)]
        amounts = self._amounts(doc, text, offset, numbers)
        measured = [(a.start, a.end) for a in amounts if a.currency or a.unit]

        for mention in resolver.find(text, lambda at: _tense(doc, offset + at)):
            start, end = mention.start, mention.end
            if not free(start, end):
                continue
            if text[:start].strip() == "" and text[end:].strip() == "":
                taken.append((start, end))  # a line holding only a date is the article's date stamp
                continue
            years = re.fullmatch(r"(\d{4})\D{1,9}(\d{4})", text[start:end])
            if years and self._year_reading(doc, offset, replace(mention, start=years.start(2) + start,
                                                                 value=float(years.group(2)))) == "count":
                continue  # "1500 to 2000 workers": a range of counts
            if re.fullmatch(r"\d{4}", text[start:end]):
                if any(s < end and start < e for s, e in measured):
                    continue
                reading = self._year_reading(doc, offset, mention)
                if reading == "name":
                    taken.append((start, end))
                if reading != "year":
                    continue
            if re.fullmatch(r"Today|Tonight", text[start:end]) and _in_name(doc, offset + start, None):
                taken.append((start, end))
                continue  # "USA Today": a name
            if mention.kind == "period" and re.fullmatch(r"(?i)spring|summer|autumn|winter", text[start:end]) \
                    and _followed_by_noun(doc, offset + end):
                continue  # "the spring budget"
            add(start, end, mention.kind, value=mention.value, date=mention.date, low=mention.low, high=mention.high,
                confidence=mention.confidence, qualifier=qualifier_before(text, start)[0])

        for match in _WORD_ORDINAL.finditer(text):
            if free(*match.span()) and _is_rank(doc, offset, text, match):
                add(*match.span(), "ordinal", value=float(ORDINAL_WORDS[match.group("word").lower()]), confidence=0.7)

        amounts = _join_durations(text, _join_subunits(text, [a for a in amounts if free(a.start, a.end)]))
        self._share_units(doc, text, offset, amounts)
        for amount, high in self._ranges(doc, text, offset, amounts):
            self._add_amount(doc, text, offset, amount, high, add)
        claims.sort(key=lambda c: c.start)
        _listed_units(doc.text, claims)
        _elided_currency(doc, claims)
        for claim in claims:
            if claim.subject is None and claim.kind in {"money", "count", "percent", "quantity", "range",
                                                        "multiplier", "ratio"}:
                of = re.match(r"\s+of\s", doc.text[claim.end:claim.end + 5]) if claim.kind == "ratio" else None
                found = None if doc.nlp is None else (of and object_of_of(doc.nlp, claim.end + of.end() - 3)) \
                    or subject_of(doc.nlp, claim.start, claim.end)
                if found:
                    claim.subject, claim.subject_span = found[0], Span(found[1], found[2], "subject")
                elif claim.kind == "count":
                    claim.confidence = round(claim.confidence - 0.1, 2)
        return claims

    def _amounts(self, doc: Document, text: str, offset: int, numbers: list[Number]) -> list[_Amount]:
        """Numbers with their currency, unit, percent sign and qualifier; names and codes left out."""
        amounts: list[_Amount] = []
        for number in numbers:
            if amounts and number.start < amounts[-1].end:
                continue  # the exponent of "2.998×10−8"
            currency, start = currency_before(text, number.start)
            if currency is None and number.start > 1 and text[number.start - 1] in "-−":  # "$-50.8bn"
                currency, start = currency_before(text, number.start - 1)
                start = number.start if currency is None else start
            if _is_list_marker(doc.text, offset + number.start, offset + number.end):
                continue
            if re.search(r"[A-Za-z]", number.glued_before) and not currency \
                    and not _PREFIX_WORD.search(number.glued_before):
                continue  # "G20", "S-400", "COVID-19": part of a name or code
            if number.glued and _ORDINAL_SUFFIX.match(number.glued):
                if re.match(r"\s+[A-Z][a-z]", text[number.end + len(number.glued):]) or \
                        _in_name(doc, offset + number.start, replace(number, in_words=False)):
                    continue  # "the 8th Circuit", "21st Century Fox", "the 116th U.S. Congress": part of a name
                amounts.append(_Amount(number.start, number.end + len(number.glued), number, number.value,
                                       unit="ordinal"))
                continue
            end, value, unit = number.end, number.value, None
            exponent = _EXPONENT.match(text, end)
            if exponent and not number.in_words:  # "2.998×10−8": scientific notation
                power = next(g for g in exponent.groups() if g).replace("−", "-").translate(_SUPERSCRIPTS)
                end, value = exponent.end(), value * 10.0 ** int(power)
            if currency is None:
                currency, end, factor = currency_after(text, end, text)
                value *= factor
            if currency is None:
                unit, end = percent_after(text, end)
            if currency is None and unit is None:
                unit, end = unit_after(text, end)
                if unit is None and value <= MAX_AGE and _AGE_BEFORE.search(text, max(0, number.start - 20),
                                                                            number.start):
                    unit = "years"
                if unit is None and _is_age(doc, offset, number, text):
                    unit = "years"
            if number.glued and end == number.end:
                continue  # "4G", "3D", "737MAX": a code
            if currency is None and unit is None and _in_name(doc, offset + number.start, number):
                continue
            start, value = _signed(text, start, number.start, value)
            qualifier = qualifier_before(text, start)[0] or qualifier_after(text, end)
            per = per_after(text, end) if currency or unit else None
            amounts.append(_Amount(start, end, number, value, currency, unit, qualifier, per))
        return amounts

    def _ranges(self, doc: Document, text: str, offset: int, amounts: list[_Amount]
                ) -> list[tuple[_Amount, _Amount | None]]:
        """Pair amounts written as one range ("between 10 and 15", "10-15", "$89 to $93 billion")."""
        out: list[tuple[_Amount, _Amount | None]] = []
        i = 0
        while i < len(amounts):
            low = amounts[i]
            high = amounts[i + 1] if i + 1 < len(amounts) else None
            if high is not None and self._is_range(text, low, high) and not _moved_from(doc, offset, text, low):
                out.append((low, high))
                i += 2
            else:
                out.append((low, None))
                i += 1
        return out

    def _share_units(self, doc: Document, text: str, offset: int, amounts: list[_Amount]) -> None:
        """Give the bare end of "from 4.8 to 4.7 percent", "from 10 days to about four", "from 9.8 million barrels a
        day to 7.5 million", "from $58 a barrel to 52" or "8 or $9" the other end's unit (not a figure with a scale
        of its own: "an increase of 1.1 million or 6.2 percent"; not a count of a noun of its own: "from $3 million
        to 40 schools"), and a scaled part of a whole ("280 million of the 1.5 billion shekels") the whole's."""
        for i in range(len(amounts) - 1):
            first, second = amounts[i], amounts[i + 1]
            if first.unit == "ordinal" or second.unit == "ordinal":
                continue
            first_bare, second_bare = not (first.currency or first.unit), not (second.currency or second.unit)
            if first_bare and not second_bare and first.number.scale > 1 and re.fullmatch(
                    r"\s+of\s+(?:the\s+)?", text[first.end:second.start]):
                amounts[i] = replace(first, currency=second.currency, unit=second.unit)
                continue
            if not (_TO_BETWEEN.fullmatch(text, first.end, second.start)
                    or first_bare and re.fullmatch(r"\s+or\s+", text[first.end:second.start])
                    and first.number.scale in {1, second.number.scale}):  # "1.1 million or 6.2 percent": two
                continue
            if first_bare and not second_bare:
                scale = second.number.scale if first.number.scale == 1 else 1.0
                value = first.value * scale if 0.01 <= first.value * scale / (second.value or 1) <= 100 \
                    else first.value
                amounts[i] = replace(first, value=value, currency=second.currency, unit=second.unit)
            elif second_bare and not first_bare and _FROM_BEFORE.search(text, max(0, first.start - 30), first.start) \
                    and not _followed_by_noun(doc, offset + second.end):
                amounts[i + 1] = replace(second, currency=first.currency, unit=first.unit)

    def _is_range(self, text: str, low: _Amount, high: _Amount) -> bool:
        between = text[low.end:high.start]
        before = text[max(0, low.start - 60):low.start]
        if low.unit == "ordinal" or high.unit == "ordinal":
            return False
        if low.currency and high.currency and low.currency != high.currency:
            return False
        if low.unit and high.unit and low.unit != high.unit:
            return False
        if (low.currency and high.unit) or (low.unit and high.currency):
            return False
        if re.fullmatch(r"\s*[-–]\s*|-to-", between):
            return _scaled_low(low, high).value < high.value  # "10-15", "0-to-60", not the vote "230-to-198"
        if re.fullmatch(r"\s+and\s+", between):
            return re.search(r"\bbetween\s+(?:\S+\s+){0,2}$", before, re.I) is not None
        if re.fullmatch(r"\s+to\s+", between):
            low_value = _scaled_low(low, high).value
            if _BY_BEFORE.search(before):  # "dropped by 1 to 1.5 degrees", not "grew by $43bn to $419bn"
                return 0 < low_value < high.value <= 3 * low_value
            if _CHANGE_BEFORE.search(before):
                return False  # "rose 5% to 7%", "fell from $2,415 to $2,315": a change, two values
            return low_value < high.value
        if re.fullmatch(r"\s+up\s+to\s+", between) and _FROM_BEFORE.search(before):
            return _scaled_low(low, high).value < high.value  # "sizes from 450 up to 900 sq ft"
        return False

    def _add_amount(self, doc: Document, text: str, offset: int, amount: _Amount, high: _Amount | None, add) -> None:
        number = amount.number
        if high is not None:
            low = _scaled_low(amount, high)
            currency, unit = high.currency or low.currency, high.unit or low.unit
            start = low.start - (8 if text[:low.start].lower().endswith("between ") else 0)
            add(start, high.end, "range", low=low.value, high=high.value,
                unit=currency or (None if unit == "ordinal" else unit), qualifier=low.qualifier, confidence=0.85,
                per=high.per)
            return
        if amount.unit == "ordinal":
            add(amount.start, amount.end, "ordinal", value=amount.value, confidence=0.8)
        elif amount.currency:
            add(amount.start, amount.end, "money", value=amount.value, unit=amount.currency,
                qualifier=amount.qualifier, confidence=0.95, per=amount.per)
        elif amount.unit in {"%", "pp", "bp"}:
            add(amount.start, amount.end, "percent", value=amount.value, unit=amount.unit,
                qualifier=amount.qualifier, confidence=0.95, per=amount.per)
        elif amount.unit:
            add(amount.start, amount.end, "quantity", value=amount.value, unit=amount.unit,
                qualifier=amount.qualifier, confidence=0.9, per=amount.per)
        else:
            if number.in_words and number.value == 1 and not _modifies_noun(doc, offset + number.start):
                return  # "one of them", "no one"
            if number.in_words and number.value == 1 and _one_of_several(text, amount.start):
                return  # "One news site claims", "from one victim and ... from another": a certain one, not a count
            if _joined_to_adjective(doc, offset + amount.end):
                return  # "three-dimensional", "one-sided": a word formed with a number, not a count
            confidence = 0.75 if number.in_words else 0.85
            add(amount.start, amount.end, "count", value=amount.value, qualifier=amount.qualifier,
                confidence=confidence)

    def _year_reading(self, doc: Document, offset: int, mention) -> str:
        """How to read a bare four-digit number: "year", "name" ("the 2019 Act") or "count" ("2000 customers")."""
        value = mention.value or 0
        if not _MIN_YEAR <= value <= _MAX_YEAR:
            return "count"
        token = _token_at(doc, offset + mention.start)
        if token is None:
            return "year"
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        head = token.head
        if token.dep_ in {"nummod", "compound", "amod"} and head.i > token.i + 1 and \
                all(t.pos_ in {"PROPN", "NOUN", "ADJ", "PUNCT"} for t in token.doc[token.i + 1:head.i]):
            return "name" if head.pos_ == "PROPN" else "year"  # "the 2022 European Rowing
            # Championships" names an event; "the 2024 county council elections" are that year's
        if following is not None and following.is_title and following.pos_ == "PROPN" and \
                following.text not in {"U.S.", "US", "UK", "EU"}:
            return "name"  # "the 2019 Act", "the 2022 World Cup"
        previous = token.doc[token.i - 1] if token.i > 0 else None
        named = previous.doc[previous.i - 1] if previous is not None and previous.lower_ == "of" and previous.i else previous
        if named is not None and named.pos_ == "PROPN" and named.is_title and named.lower_ not in _CALENDAR_WORDS:
            return "name"  # "the Infrastructure Financing Act 2019", "the Act of 2017"
        counts = token.dep_ == "nummod" and token.head.tag_ == "NNS" and token.head.i > token.i \
            and (previous is None or previous.pos_ not in {"DET", "PROPN"} and previous.dep_ != "poss")
        return "count" if counts else "year"


_AMOUNT_KINDS = {"money", "count", "percent", "quantity"}
_CHANGE_FROM_TO = re.compile(r"[^,;:()]{0,40}?\bto\s+(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?")
_CHANGE_TO_FROM = re.compile(r"[^,;:()]{0,40}?\bfrom\s+(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?")
_TO_BEFORE = re.compile(r"\bto\s+(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?$", re.I)


LIST_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")  # between members of a list of figures
LISTED_KINDS = {"percent", "quantity", "money", "multiplier"}  # a list's last member whose unit the others leave out
WRITTEN_SCALE = re.compile(r"\b(" + "|".join(SCALE_WORDS) + r")\b", re.IGNORECASE)


def _listed_units(text: str, claims: list[Claim]) -> None:
    """Give the bare numbers of a list the kind, unit and written scale of its last member, which they leave out
    ("12, 15 and 20 percent", "1.4, 2.7 and 5.9 times", "2, 3 and 4 million dollars"): nothing but commas, "and" or
    "or" stands between them. A member with a scale of its own keeps it. Not a count restated as a share beside it
    ("560, or 62 percent", a comma before the "or"), nor a count with a scale of its own before a percentage ("rose
    by 1.3 million or 7.4 percent": a percentage has no scale)."""
    i = len(claims) - 1
    while i > 0:
        last, first = claims[i], i
        if last.kind in LISTED_KINDS and last.value is not None and not restated_as_share(text, claims, i):
            while first > 0 and claims[first - 1].kind == "count" and claims[first - 1].unit is None and \
                    claims[first - 1].value is not None and \
                    LIST_SEPARATOR.fullmatch(text, claims[first - 1].end, claims[first].start):
                first -= 1
        scale = WRITTEN_SCALE.search(last.text) if first < i else None
        factor = SCALE_WORDS[scale.group(1).lower()] if scale else 1.0
        for k in range(first, i):
            member = claims[k]
            own = WRITTEN_SCALE.search(member.text) is not None
            claims[k] = replace(member, kind=last.kind, unit=last.unit, per=last.per,
                                value=member.value if own else member.value * factor)
        i = first - 1 if first < i else i - 1


def _elided_currency(doc: Document, claims: list[Claim]) -> None:
    """Make a sum of money of a number with a written scale and no noun of its own that a sum of money comes before in
    its clause, on the same verb or on an infinitive below it: news leaves the currency out of the second of two sums
    ("set aside 12 million pounds to mend bridges, 5 million to resurface roads", "fees brought in 6.3 million kroner,
    against 5.1 million"). One on a finite verb of its own ("cost $3 million and drew 1.4 million", "rose to €2.40
    while riders fell to 9 million") is a count of something else."""
    if doc.nlp is None:
        return
    for i, claim in enumerate(claims):
        if claim.kind != "count" or claim.unit is not None or claim.value is None or \
                not WRITTEN_SCALE.search(claim.text) or _followed_by_noun(doc, claim.end):
            continue
        sums = [c for c in claims[:i] if c.kind == "money" and c.unit is not None and c.per is None]
        token = _token_at(doc, claim.end - 1)
        verb = _verb_of(_token_at(doc, sums[-1].end - 1)) if sums and token is not None else None
        own = _verb_of(token) if verb is not None else None
        if own is not None and (own == verb or own.tag_ == "VB" and any(t == verb for t in own.ancestors)):
            claims[i] = replace(claim, kind="money", unit=sums[-1].unit)


def _verb_of(token: Any) -> Any:
    """The verb a token's clause hangs on: its nearest ancestor that is a verb, or None."""
    return next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None) if token is not None else None


RESTATED_AFTER_NOUN = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*,\s*or\s+")  # "560, or", "9,120 valid votes, or"
# "took 14 of them, a win rate of", "passed 310, a pass rate of": the count told again as a rate or share of it
RESTATED_AS_RATE = re.compile(r"(?:\s+of\s+(?:them|those|these))?\s*,\s*an?\s+(?:[^\W\d_]+\s+){0,2}"
                              r"(?:rate|share|proportion)\s+of\s+")


def restated_as_share(text: str, claims: list[Claim], i: int) -> bool:
    """True when the percentage `claims[i]` restates the one number before it as a share, not ends a list with it:
    "560, or 62 percent", "9,120 votes, or 47.2 percent" (set off by a comma, after the count's noun, if any), "took 14
    of them, a win rate of 70 percent" (a rate or share of it set off by a comma) or "1.3 million or 7.4 percent"
    (a scale no percentage has)."""
    if claims[i].kind != "percent" or i == 0:
        return False
    if i >= 2 and claims[i - 2].kind == "count" and claims[i - 2].unit is None and \
            LIST_SEPARATOR.fullmatch(text, claims[i - 2].end, claims[i - 1].start):
        return False  # "12, 15, or 20 percent": a list of three (not "landing within 15 minutes, 212, or 88 percent")
    between = text[claims[i - 1].end:claims[i].start]
    return RESTATED_AFTER_NOUN.fullmatch(between) is not None or RESTATED_AS_RATE.fullmatch(between) is not None or (
        re.fullmatch(r"\s+or\s+", between) is not None and WRITTEN_SCALE.search(claims[i - 1].text) is not None)


def is_vague_amount(claim: Claim) -> bool:
    """Whether a claim is an amount given by a plural alone ("thousands", "tens of millions of dollars"), whose
    `low` is two of what it names and `high` ten."""
    return claim.kind == "range" and _VAGUE_AMOUNT.match(claim.text) is not None


def change_pairs(doc: Document, claims: list[Claim] | None = None) -> list[tuple[Claim, Claim]]:
    """Amounts written as one change, as (before, after): "fell from $2,415 to $2,315", "eased to 3.2% from 3.6%".

    The claim stage keeps both ends as claims of their own; this pairs neighbouring amounts of the same kind and
    unit in one sentence that "from ... to" (or "to ... from") joins, for checks and for benchmarks that write a
    change as one quantity. With `claims` (one sentence's, in text order), only among those.
    """
    pairs = []
    amounts = [c for c in (doc.claims or [] if claims is None else claims) if c.kind in _AMOUNT_KINDS]
    for first, second in zip(amounts, amounts[1:]):
        if first.sentence != second.sentence or (first.kind, first.unit) != (second.kind, second.unit):
            continue
        before = doc.text[max(0, first.start - 40):first.start]
        if _FROM_BEFORE.search(before) and _CHANGE_FROM_TO.fullmatch(doc.text, first.end, second.start):
            pairs.append((first, second))
        elif _TO_BEFORE.search(before) and _CHANGE_TO_FROM.fullmatch(doc.text, first.end, second.start):
            pairs.append((second, first))
    return pairs


def _signed(text: str, start: int, digits_start: int, value: float) -> tuple[int, float]:
    """The amount's start and value with a minus written before it: "-5 yards", "$-50.8bn", "minus 233"."""
    if start < digits_start - 1 and text[digits_start - 1] in "-−":
        return start, -value  # "$-50.8bn"
    if start > 0 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " (\t"):
        return start - 1, -value  # "DAX -1.6%", "-5 yards"
    minus = _MINUS_WORD.search(text, max(0, start - 6), start)
    if minus:
        return minus.start(), -value
    return start, value


def _join_subunits(text: str, amounts: list[_Amount]) -> list[_Amount]:
    """One amount for "five dollars and fifty cents", "£3 and 20p": the main unit and its sub-unit added."""
    out: list[_Amount] = []
    for amount in amounts:
        last = out[-1] if out else None
        if last is not None and last.currency and amount.currency and written_subunit(text[amount.start:amount.end]) \
                and not written_subunit(text[last.start:last.end]) and 0 < amount.value < 1 \
                and re.fullmatch(r",?\s+and\s+", text[last.end:amount.start]):
            out[-1] = replace(last, end=amount.end, value=last.value + amount.value)
            continue
        out.append(amount)
    return out


# Units of time written one after the other as one length: "2 hours 11 minutes 5.3 seconds", "3 hours and 12
# minutes", and a clock's units with commas, from days down ("2 hours, 19 minutes and 4 seconds", "63 days, 9 hours
# and 20 minutes"; a list of calendar units with commas, "3 years, 2 months, 14 days", stays a list).
_DURATION_FAMILIES = ({"days": 86400, "hours": 3600, "minutes": 60, "seconds": 1}, {"years": 12, "months": 1},
                      {"weeks": 7, "days": 1})


def _join_durations(text: str, amounts: list[_Amount]) -> list[_Amount]:
    """One quantity, in its smallest unit, for a length of time written in several units."""
    out: list[_Amount] = []
    for amount in amounts:
        last = out[-1] if out else None
        family = next((f for f in _DURATION_FAMILIES if last and last.unit in f and amount.unit in f), None)
        if family is _DURATION_FAMILIES[0] and last.unit == "days" and len(out) > 1 and out[-2].unit in {
                "years", "months", "weeks"} and re.fullmatch(r",?\s+(?:and\s+)?", text[out[-2].end:last.start]):
            family = None  # "3 years, 2 months, 14 days, and 16 hours": a list of calendar units, days among them
        joint = r",?\s+(?:and\s+)?" if family is _DURATION_FAMILIES[0] else r"\s+(?:and\s+)?"
        if family and family[last.unit] > family[amount.unit] and re.fullmatch(joint, text[last.end:amount.start]):
            scale = family[last.unit] // family[amount.unit]
            out[-1] = replace(last, end=amount.end, value=last.value * scale + amount.value, unit=amount.unit,
                              per=amount.per)
            continue
        out.append(amount)
    return out


def _scaled_low(low: _Amount, high: _Amount) -> _Amount:
    """The low end of a range, taking the high end's scale when only that is written ("$89 to $93 billion")."""
    scale = high.number.scale
    if scale > 1 and low.number.scale == 1 and low.value * scale <= high.value:
        return _Amount(low.start, low.end, low.number, low.value * scale, low.currency, low.unit, low.qualifier)
    return low


def _parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _token_at(doc: Document, char: int) -> Any:
    if doc.nlp is None:
        return None
    span = doc.nlp.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


_RATE_AFTER = re.compile(r"[ \t]+(?:(?P<noun>(?:[A-Za-z-]+[ \t]+){0,2}?[A-Za-z-]+)[ \t]+)?(?:a|an|per|each|every)"
                         r"[ \t]+(?P<period>hour|day|week|month|year)\b")


def _rate_units(doc: Document, claims: list[Claim]) -> None:
    """Counts given per unit of time ("15 new cases a day", "fewer than 20 trains a day") get the unit
    "cases/day"; "fewer than five a day" soon after borrows the noun of the last rate over that period."""
    last: dict[str, tuple[str, int]] = {}
    for claim in claims:
        if claim.kind not in {"count", "range"} or claim.unit:
            continue
        match = _RATE_AFTER.match(doc.text, claim.end)
        if match is None:
            continue
        period, noun = match.group("period"), match.group("noun")
        if noun:
            head = _token_at(doc, match.start("noun") + noun.rfind(noun.split()[-1]))
            if head is None or head.tag_ != "NNS":
                continue
            unit_noun = head.lower_
        elif period in last and claim.sentence is not None and claim.sentence - last[period][1] <= 2:
            unit_noun = last[period][0]
        else:
            continue
        claim.unit = f"{unit_noun}/{period}"
        last[period] = (unit_noun, claim.sentence or 0)


# Nouns that name an amount of money: "a 107 million loss", "revenue of 3.2 billion".
_MONEY_NOUNS = {"loss", "profit", "revenue", "income", "earnings", "deficit", "surplus", "debt", "budget", "turnover",
                "fine", "dividend", "salary", "wage", "cost", "investment", "funding", "valuation", "bonus", "payout"}
_SCALED_BARE = re.compile(r"(?:[\d,.]+|[a-z]+)\s*(?:million|billion|trillion|bn|mn|m|b)", re.I)


# Currencies whose hundredth is called a cent, and an amount written in cents with no currency named: "30 cent", "35
# cents", "twenty cents".
CENT_CURRENCIES = {"USD", "EUR", "AUD", "NZD", "CAD", "HKD", "SGD", "ZAR", "KES", "NAD", "JMD", "TTD", "FJD"}
_BARE_CENTS = re.compile(r"(?:[\d.,]+|[a-z-]+)\s*cents?", re.I)


def _story_currency(doc: Document, claims: list[Claim]) -> None:
    """A bare amount in a story told in one currency takes it: "a 107 million loss" in a business story whose
    other amounts are in euros; "2,380,000 ($21,972)" is in the story's currency other than the dollars of its
    conversion. An amount converted in brackets ("1.3 billion ($1.7bn)") does not take the conversion's currency."""
    def converted(claim: Claim) -> Claim | None:
        after = re.match(r"\s*\(\s*", doc.text[claim.end:claim.end + 4])
        return next((c for c in claims if after and c.start == claim.end + after.end() and c.kind == "money"), None)

    conversions = {id(c) for c in map(converted, claims) if c is not None}
    told = Counter(c.unit for c in claims if c.kind == "money" and id(c) not in conversions)
    for claim in claims:
        if claim.kind != "count" or doc.nlp is None:
            continue
        conversion = converted(claim)
        if conversion is not None:
            currency = next((code for code, _ in told.most_common() if code != conversion.unit), None)
        elif _SCALED_BARE.fullmatch(claim.text) and _names_money(doc, claim) and len(told) == 1:
            currency = next(iter(told))
        else:
            continue
        if currency:
            claim.kind, claim.unit, claim.confidence = "money", currency, 0.7


def _story_dollar(claims: list[Claim]) -> None:
    """A bare "$" in a story whose amounts name one other dollar ("CDN$11,000", "A$500") and no US one is that
    dollar: "raised nearly CDN$11,000 ... $4,000 more than their goal" is told in Canadian dollars throughout."""
    dollars = {c.unit for c in claims if c.kind == "money" and "$" in c.text and not c.text.startswith("$")}
    if len(dollars) != 1 or "USD" in dollars:
        return
    (dollar,) = dollars
    for claim in claims:
        if claim.kind == "money" and claim.unit == "USD" and claim.text.startswith("$"):
            claim.unit = dollar


def _story_cents(claims: list[Claim]) -> None:
    """An amount written in bare cents ("a 30 cent increase") in a story whose other amounts name one currency
    counted in cents, not the US dollar ("€4.50", "A$3.50"), is in that currency's cents."""
    bare = [c for c in claims if c.kind == "money" and c.unit == "USD" and _BARE_CENTS.fullmatch(c.text)]
    told = {c.unit for c in claims if c.kind == "money" and not _BARE_CENTS.fullmatch(c.text)}
    if not bare or len(told) != 1 or not told <= CENT_CURRENCIES - {"USD"}:
        return
    (currency,) = told
    for claim in bare:
        claim.unit = currency


def _every_noun(doc: Document, offset: int, match: re.Match) -> tuple[str, int]:
    """The noun a rate "for every" is per, singular, and where it ends in the sentence: the noun "every" belongs to
    in the parse ("for every adult female": "female"), else the word after it."""
    every = _token_at(doc, offset + match.start("every"))
    if every is not None and every.dep_ == "det" and every.head.i > every.i:
        return every.head.lemma_.lower(), every.head.idx + len(every.head) - offset
    noun = match.group("noun").lower()
    return (noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun), match.end()


def _names_money(doc: Document, claim: Claim) -> bool:
    """Whether a number is the amount of a noun that names money: "a 107 million loss", "a loss of 107 million"."""
    span = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head.head if root.head.lower_ == "of" else root.head
    return head.i != root.i and head.lemma_.lower() in _MONEY_NOUNS


def _tense(doc: Document, char: int) -> int:
    """Which way the verb governing the word at `char` points in time: 1 ahead ("will", "is due to"),
    -1 back (past tense, perfect), 0 when the parse does not say (present, participles, no verb)."""
    token = _token_at(doc, char)
    if _past_verb_right_before(token) is not None:
        return -1  # "announced on Friday it would pay": the day of the saying, whatever the parse hangs it from
    while token is not None and token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    if token is None or token.pos_ not in {"VERB", "AUX"}:
        return 0
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if not auxiliaries and token.dep_ == "acl" and token.head.i != token.i:
        return _tense(doc, token.head.idx)  # "the six months ended June 30 were": the clause's verb decides
    words = {c.lower_ for c in auxiliaries} | {token.lower_}
    if token.tag_ == "VBN" and words & {"have", "has", "had"}:
        return -1  # "might have encouraged": a perfect looks back, whatever the modal
    if words & {"will", "'ll", "shall", "could", "may", "might", "would", "should"} or token.tag_ != "VBD" and (
            words & {"plan", "expected", "due", "scheduled", "set"}):  # "is set for Monday", not "set himself on fire"
        return 1
    if token.tag_ in {"VB", "VBG"} and token.head.lower_ in {"to", "plans", "plan", "expected", "due", "set", "going"}:
        return 1
    if token.tag_ == "VB" and any(c.lower_ == "to" for c in token.children):
        # "agreed to hold talks in May": what was agreed lies ahead of the agreement, not of the article
        return 0 if token.head.tag_ == "VBD" else 1
    if token.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in {"has", "have", "had"} for c in auxiliaries):
        return -1
    return 0


def _past_verb_right_before(token: Any) -> Any:
    """The past-tense verb written right before a date, or before the "on" or "in" that opens it ("said on
    Wednesday", "announced Friday"), or None."""
    if token is None or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.lower_ in {"on", "in"} and before.i > 0:
        before = token.doc[before.i - 1]
    return before if before.tag_ == "VBD" and before.pos_ == "VERB" else None


THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # "48,216", "1,187,552": written with thousands separators


def _in_name(doc: Document, char: int, number: Number | None) -> bool:
    """True for a number that is part of a name: written after a name or a capitalised label ("Boeing 737",
    "Section 427", "iPhone 11"), or modifying a proper noun that is not a people ("36 Quai des Orfèvres",
    "the 116th U.S. Congress"; "346 Americans" is a count and "450 Nm" a unit)."""
    token = _token_at(doc, char)
    if token is None or number is not None and (number.in_words or number.scale != 1) or THOUSANDS.fullmatch(
            token.text):
        return False  # "gave Marsh 48,216 votes", "Córdoba 15.8 million": thousands or a scale word name nothing
    head = token.head
    if token.dep_ in {"nummod", "compound", "amod"} and head.i > token.i + 1 and head.pos_ == "PROPN" \
            and head.tag_ != "NNPS" and head.ent_type_ != "NORP" and head.is_title \
            and all(t.pos_ == "PROPN" for t in token.doc[token.i + 1:head.i]):
        return True  # "36 Quai des Orfèvres", "the 116th U.S. Congress": a name of several words
    if token.i == 0:
        return False
    previous = token.doc[token.i - 1]
    if previous.whitespace_ == "" and previous.text not in {"(", "“", '"', "~", "-", "–"}:
        return previous.is_alpha
    if not re.search(r"[A-Za-z]", previous.text) or previous.lower_ in _CALENDAR_WORDS | _LEAD_WORDS:
        return False
    capitalised = any(ch.isupper() for ch in previous.text)
    return capitalised and (previous.pos_ == "PROPN" or not previous.is_sent_start)


def _one_of_several(text: str, start: int) -> bool:
    """ "one" meaning "a certain": opening a sentence before its noun ("One news site, ..."), or set against
    "another" or "the other" later in the sentence."""
    if re.match(r"\s*$", text[:start]) and text[start].isupper():
        return True
    return re.search(r"\b(?:another|the\s+other|others)\b", text[start:], re.I) is not None


def _is_age(doc: Document, offset: int, number: Number, text: str) -> bool:
    """A person's age: between commas after the name ("Alma Torres, 67, said", "Ana Ruiz and Li Wei, 40 and 49,"),
    or what a person is ("He was 95.", "she will be 40 in May", "his daughter Maria, who was 12")."""
    if number.in_words or not 0 < number.value < 120:
        return False
    opened = text.rfind(", ", 0, number.start)
    closed = re.match(r"[^,]*,", text[number.end:])
    if opened > 0 and closed and re.fullmatch(r"\d{1,3}(?:\s+and\s+\d{1,3})*",
                                              text[opened + 2:number.end + closed.end() - 1]):
        name = _token_at(doc, offset + opened - 1)
        return name is not None and (name.ent_type_ == "PERSON" or name.pos_ == "PROPN")
    token = _token_at(doc, offset + number.start)
    if token is None or token.i == 0 or not re.match(r"\s*(?:[.;,)]|$)|\s+(?:by|when|in|at|and)\b", text[number.end:]):
        return False
    verb = token.doc[token.i - 1]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.lemma_ != "be" or not subjects:
        return False
    if subjects[0].lower_ == "who" and verb.dep_ == "relcl":  # "his daughter Maria, who was 10"
        return verb.head.ent_type_ == "PERSON" or verb.head.pos_ == "PROPN"
    return subjects[0].lower_ in {"he", "she"} or subjects[0].ent_type_ == "PERSON"


def _is_rank(doc: Document, offset: int, text: str, match: re.Match) -> bool:
    """Whether an ordinal word gives a rank: "the first woman", "a third officer", "Second and third place",
    "McArthur's first victim", "finished fifth"; not "first identified" (an adverb), "at first", "first of all",
    "the Second Circuit" (a name), "one second", "four hundredths of a second", "per second" (a time) or "the first
    quarter" (a date)."""
    before, after = text[:match.start()], text[match.end():]
    if re.match(r"\s+(?:quarter|half)\b|\s+of\s+all\b|-(?:hand|ever|rate|class|degree)\b", after, re.I) \
            or re.search(r"(?:\d|\b(?:one|at|split))\s+$", before, re.I) or re.match(r"\s+\d", after):
        return False
    if match.group("word").lower() == "second" and re.search(r"\b(?:of|per)\s+(?:an?\s+)?$", before, re.I):
        return False
    token = _token_at(doc, offset + match.start())
    if token is None:
        return _ORDINAL_LEAD.search(before) is not None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if match.group("word")[0].isupper() and not token.is_sent_start and following is not None \
            and following.pos_ == "PROPN" and following.is_title:
        return False  # "the Second Circuit Court of Appeals"
    if token.pos_ in {"ADV", "VERB"} or token.dep_ == "advmod":
        return _ORDINAL_LEAD.search(before) is not None and not re.match(r"\s+\w+ed\b", after)
    if re.match(r"(?:\s+and\s+\w+)?[\s-]+place\b", after, re.I):
        return True
    return _ORDINAL_LEAD.search(before) is not None or token.dep_ in {"amod", "nummod"} and token.head.pos_ == "NOUN"


def _is_list_marker(text: str, start: int, end: int) -> bool:
    """A list item's marker: a number that opens a line and is closed by ")" or "." ("2) The ministry..."), or one
    closed by ")" inside a line with no "(" open before it or right before it ("two aims: 1) ... and 2) ...",
    "(2) ..."), not a figure in brackets ("(about 2)")."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    if end - start > 2:
        return False
    if line.strip() in {"", "("} and re.match(r"[).](?:\s|$)", text[end:end + 2]):
        return True
    if not re.match(r"\)(?:\s|$)", text[end:end + 2]) or line[-1:] not in {"", " ", "("}:
        return False
    return line.endswith("(") or line.count("(") <= line.count(")")


def _joined_to_adjective(doc: Document, char: int) -> bool:
    """True when a hyphen right after a number joins it to an adjective ("three-dimensional", "two-sided")."""
    if doc.nlp is None or not doc.text.startswith("-", char):
        return False
    after = _token_at(doc, char + 1)
    return after is not None and after.idx == char + 1 and after.pos_ == "ADJ"


def _modifies_noun(doc: Document, char: int) -> bool:
    token = _token_at(doc, char)
    return token is not None and token.dep_ == "nummod" and token.head.pos_ in {"NOUN", "PROPN"}


def _moved_from(doc: Document, offset: int, text: str, low: _Amount) -> bool:
    """True for the first of "from X to Y" when the parse hangs "from" on a verb of change however far back ("will
    increase the weekly allowance for carers in remote districts from $36 to $41"): where a move started, not a
    range's low end ("allowances vary from $30 to $52")."""
    if not _FROM_BEFORE.search(text, max(0, low.start - 30), low.start):
        return False
    word = _token_at(doc, offset + text.rfind("from", 0, low.start))
    return word is not None and word.lower_ == "from" and word.head.pos_ == "VERB" and \
        _CHANGE_WORD.fullmatch(word.head.text) is not None


def _followed_by_noun(doc: Document, char: int) -> bool:
    """True when the first word after `char` is a noun or adjective ("a third European centre")."""
    while char < len(doc.text) and doc.text[char] in " \t":
        char += 1
    token = _token_at(doc, char)
    return token is not None and token.pos_ in {"NOUN", "ADJ"} and token.lower_ != "of"


def _is_noun(doc: Document, char: int) -> bool:
    """True when the word at `char` is a noun ("won the women's doubles", "two triples in the ninth")."""
    token = _token_at(doc, char)
    return token is not None and token.pos_ in {"NOUN", "PROPN"}


def _multiplier_value(match: re.Match) -> float | None:
    if match.group("verb"):
        return float(_MULTIPLIER_VERBS[match.group("verb").lower()])
    if match.group("double"):
        return {"double": 2.0, "triple": 3.0, "quadruple": 4.0}[match.group("double").lower()]
    if match.group("twice"):
        return 2.0 if match.group("twice").lower() == "twice" else 3.0
    words = re.split(r"[\s-]|(?=fold$)", match.group(0).lower())
    return parse_number(words[0])


def _fraction_value(match: re.Match) -> float | None:
    if match.group("one"):
        return FRACTION_WORDS[match.group("one").lower()]
    if match.group("half"):
        return 0.5
    parts = match.group("parts").lower().rstrip("s")
    return (parse_number(match.group("n")) or 0) * FRACTION_WORDS[parts]


# Verbs by which a body gives a measurement, beside the reporting verbs: "recorded as 6.4 by the survey".
MEASURING_VERBS = frozenset({"record", "measure", "register", "rate", "put", "list", "count", "give"})


def _asserter(doc: Document, claim: Claim, sentence: Span) -> str | None:
    """Who asserts a claim: the speaker of the quote it sits in, the agent of a passive reporting verb the figure
    hangs from ("was recorded as 6.4 by the survey"), an "according to" source (for something made, "figures
    released by the authority", who made it, and None when that is not told), or None."""
    for quote in doc.quotes or []:
        if quote.start <= claim.start and claim.end <= quote.end and quote.speaker:
            return quote.speaker
    if doc.nlp is None:
        return None
    figure = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
    if figure is not None and len(figure):
        agent = _reporting_agent(figure.root)
        if agent is not None:
            return agent
    span = doc.nlp.char_span(sentence.start, sentence.end, alignment_mode="expand")
    for token in span or []:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            objects = [c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"]
            if not objects:
                continue
            source = objects[0]
            made = next((c for c in source.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
            if made is not None:  # "figures compiled by the statistics office": who made them, if told
                source = next((o for c in made.children if c.dep_ == "agent" for o in c.children
                               if o.dep_ == "pobj"), None)
                if source is None:
                    return None  # "results published on Monday": no one the article cites
            subtree = list(source.subtree)
            names = [e for e in entities_within(token.doc, subtree[0].i, subtree[-1].i)
                     if e.label_ in {"ORG", "PERSON", "NORP", "GPE", "WORK_OF_ART", "FAC"}]
            source = names[-1].text if names else token.doc[subtree[0].i:subtree[-1].i + 1].text
            return re.sub(r"^the\s+", "", source, flags=re.I)
    return None


def _entity_around(token: Any) -> Any:
    """The named entity a token is part of, read off the tokens' entity tags (not `Doc.ents`, built anew each call)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _reporting_agent(token: Any) -> str | None:
    """The named agent of the nearest passive verb of reporting or measuring above a token ("measured
    as magnitude 5.8 by the Seismic Institute" -> "Seismic Institute"), or None."""
    verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in REPORTING_VERBS | MEASURING_VERBS:
        return None
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for name in (o for o in agent.children if o.dep_ == "pobj"):
            if name.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}:
                return re.sub(r"^the\s+", "", _entity_around(name).text, flags=re.I)
    return None
