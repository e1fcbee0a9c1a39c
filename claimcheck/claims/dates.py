"""Dates and periods in a sentence, resolved against the article's publication date.

Calendar dates written out ("Oct. 15, 2016", "15th March 2019") are read from the parts the patterns below
already matched (month name, day, year): the patterns accept only those forms, so a general date parser adds
nothing but time (dateparser took a tenth of a second per date). Expressions relative to the article ("on
Monday", "last month", "two years ago", "by the end of 2025") are resolved by calendar arithmetic, because a
fact-checker needs the interval ("last week" is Monday to Sunday) where date parsers give one day, and they
resolve a weekday named on that same weekday to a week earlier. Whether a bare weekday or month lies ahead or behind comes from the verb's tense.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
UNIT_DAYS = {"day": 1, "week": 7}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d|2100)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RECURRING = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)  # before a weekday: it recurs ("every Tuesday")
# Before a month named without a year, the side of the article's date it lies on: "last November", "next March".
_MONTH_SIDE = re.compile(r"\b(last|past|next|coming)\s+$", re.IGNORECASE)
_COUNT = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
          r"several|\d+)")
_UNIT = r"(?:day|week|month|year|decade)s?"
_EDGE = r"(?:end|start|beginning|middle|close|turn)"
_DAYS_TO = r"(?:[-–]|\s(?:to|through|until|till)\s)"  # between the first and last day of a range
_TOLD_YEAR = r"(?:last|this|next)\s+year\b"  # the year of a day written without one: "on March 3 last year"


# After a day with no year, the other end of a range that has one ("from October 3 to October 12, 2026").
_RANGE_END_YEAR = re.compile(rf"\s*(?:[-–—]|to|until|till|through|thru)\s+(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?"
                             rf"{_MONTH}),?\s+({_YEAR})\b")
_DIGIT = re.compile(r"\d")
_MONTH_RE = re.compile(_MONTH)
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
BORN_BEFORE = re.compile(r"\bborn\b[^.;]{0,40}$", re.IGNORECASE)  # a birth date: a life's, not the story's year
_YEAR_AT_END = re.compile(_YEAR + r"$")

# (pattern, handler, whether it needs a digit: sentences without one skip it)
_PATTERNS: list[tuple[re.Pattern, str, bool]] = [
    # a weekday with its calendar day ("Monday, June 9"): one date, the calendar day's
    (re.compile(rf"\b{_WEEKDAY},?\s+(?:the\s+)?(?:{_MONTH}\s+{_DAY}\b|{_DAY}\s+(?:of\s+)?{_MONTH})"
                rf"(?:,?\s+{_YEAR}\b|\s+{_TOLD_YEAR})?"),
     "_calendar_day", True),
    (re.compile(rf"\bthe\s+week\s+of\s+{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"), "_week_of", True),
    (re.compile(r"\bearlier\s+this\s+(?:week|month|year)\b", re.I), "_relative_period", False),
    (re.compile(rf"\b(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?:(?:this|last|next)\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?(?!\s+\d)"),
     "_part_of_month", False),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\s?{_DAYS_TO}\s?{_DAY}\b(?!\s*(?:%|percent|per\s?cent|[.:]\d))"
                rf"(?:,?\s+{_YEAR}\b)?"), "_day_range", True),
    (re.compile(rf"(?<![\w$£€¥.,-]){_YEAR}\s*(?:[-–—]|\s(?:to|through|thru|until|till)\s)\s*{_YEAR}(?![\w%]|[,.]\d)"),
     "_year_range", True),
    (re.compile(rf"\b{_WEEKDAY}\s+(?:to|through|until|and)\s+{_WEEKDAY}\b"), "_weekday_range", False),
    (re.compile(rf"(?<![\w$£€¥.,-]){_YEAR}[-–/]\d\d(?![\w%-]|[,.]\d)"), "_year_span", True),  # also at a
    # sentence's end ("in 2016-17."), not in a decimal ("2016-17.5")
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b|\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
     "_calendar_day", True),
    (re.compile(rf"\b{_EDGE}\s+of\s+(?:the\s+)?(?:{_MONTH}(?:\s+{_YEAR})?|{_YEAR}|year|month|decade|"
                r"week|this\s+year|next\s+year|last\s+year)\b", re.I), "_edge", False),
    (re.compile(rf"\b(?:early|late|mid)[\s-]+(?:the\s+)?{_YEAR}s?\b"), "_part_of_year", True),
    (re.compile(r"\bthe\s+past\s+(?:week|month|year|decade)\b", re.I), "_rolling", False),
    (re.compile(rf"\b(?:(?:early|late)\s+)?(?:spring|summer|autumn|winter|fall)\s+(?:of\s+)?{_YEAR}\b",
                re.I), "_season", True),
    (re.compile(r"\b(?:in\s+the|in|by|until)\s+(?P<span>spring|summer|autumn|winter)\b"
                r"|\b(?:this|last|next)\s+(?:spring|summer|autumn|winter|fall)\b", re.I), "_season", False),
    (re.compile(rf"\b(?:{_MONTH}\s+{_DAY}\b(?!,?\s+{_YEAR})(?![\d]|[,.]\d)|{_DAY}\s+(?:of\s+)?{_MONTH}\b)"
                rf"(?:\s+{_TOLD_YEAR})?"),
     "_calendar_day", True),
    (re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"), "_month_year", True),
    (re.compile(rf"\b(?:(?:this|next|last)\s+year's\s+|{_YEAR}'s\s+)?(?:first|second|third|fourth|final|last|this|next)"
                rf"[\s-]+quarter(?:\s+of\s+(?:the\s+year|this\s+year|next\s+year|last\s+year|{_YEAR}))?"
                rf"|\bQ[1-4](?:\s+{_YEAR})?\b|\b[1-4]Q\s?{_YEAR}\b", re.I), "_quarter", False),
    (re.compile(rf"\b(?:(?:this|next|last)\s+year's|{_YEAR}'s)\s+(?:first|second)[\s-]+half\b|\b(?:first|second)[\s-]+half"
                rf"\s+of\s+(?:the\s+year|this\s+year|next\s+year|last\s+year|{_YEAR})\b|\bH[12]\s?{_YEAR}\b", re.I),
     "_half", False),
    (re.compile(r"\b(?:(?:this|next|last)\s+)?year[\s-]end\b", re.I), "_year_end", False),
    (re.compile(rf"\b(?:fiscal|financial)(?:\s+year)?\s+{_YEAR}\b|\bFY\s?(?:{_YEAR}|\d\d)\b"), "_fiscal_year", False),
    (re.compile(rf"\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+{_WEEKDAY}\b|\b{_WEEKDAY}\b"), "_weekday", False),
    (re.compile(r"\b(?:last|this|next|past|coming)\s+(?:week|month|year|decade|quarter)\b", re.I),
     "_relative_period", False),
    (re.compile(r"\b(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b|\b(?:today|tonight)\b"
                r"|\bthis\s+(?:morning|afternoon|evening)\b|\blast\s+night\b", re.I), "_relative_day", False),
    (re.compile(rf"\b(?:the\s+)?(?:next|following|previous|same)\s+(?:day|morning|evening|night)\b"
                rf"|\bthe\s+day\s+(?:before|after)\b(?!\s+(?:the|a|his|her|their|its|{_WEEKDAY}|{_MONTH})\b)"
                rf"|\bthat\s+(?:day|week|weekend|morning|afternoon|evening|night)\b"
                rf"|\b(?:the|this|last|next|that)\s+weekend\b"), "_anchored", False),
    (re.compile(r"\b(?:last|this|next|previous|coming)\s+season\b|\brest\s+of\s+the\s+(?:year|month|season)\b"
                r"|\bthe\s+(?:year|month|week)\s+before\b",
                re.I), "_loose_period", False),
    (re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?:ago|earlier|later|before|previously)\b", re.I),
     "_offset", False),
    (re.compile(rf"\bthe\s+{_YEAR}s\b|\b{_YEAR}s\b|\bthe\s+['’]?[1-9]0s\b"), "_decade", True),
    (re.compile(rf"(?<![\w$£€¥.,-]){_YEAR}(?![\w%,.]\d|[\w%]|-\d)"), "_year", True),
    (re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November"
                r"|December)\b|\b(?:in|by|since|until|from|early|late|mid|next|last|this|through)[\s-]+"
                r"(?P<span>May)\b|\bMay(?= (?:and|or|to|through|until)\b)"), "_month", False),
]


@dataclass
class DateMention:
    """A date or period found in a sentence: its range in the sentence, kind, year value and resolved ISO."""

    start: int
    end: int
    kind: str  # "date" (one day) or "period"
    value: float | None
    date: str | None
    confidence: float
    low: float | None = None  # a span of years ("1980–1987"): its first and last year
    high: float | None = None


def _month_interval(year: int, month: int) -> str:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01/{year:04d}-{month:02d}-{last:02d}"


def _year_interval(year: int) -> str:
    return f"{year:04d}-01-01/{year:04d}-12-31"


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _year_for_month(month: int, base: date, tense: int) -> int:
    """The year of a month named without one: the tense's side of `base` (1 ahead, -1 behind), else the nearest."""
    if tense > 0 and month < base.month:
        return base.year + 1
    if tense < 0 and month > base.month:
        return base.year - 1
    if tense == 0:  # the nearer occurrence; on a tie, this year's
        return min((base.year - 1, base.year, base.year + 1),
                   key=lambda year: (abs((year - base.year) * 12 + month - base.month), year != base.year))
    return base.year


_SPAN_BEFORE = re.compile(r"(?:the\s+)?(?P<count>\w+)[\s-]+months?\s+(?:to|ended|ending|through)\s+$"
                          r"|(?:financial|fiscal)\s+year\s+(?:to|ended|ending)\s+$", re.I)
# A quarter of a fiscal year, whose months the article does not give: "fiscal first quarter", "the first quarter of the
# company's fiscal year", "the second quarter of its financial year".
_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial)\s+(?:year\s+)?$", re.I)
_FISCAL_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.&’'-]+\s+){0,3}?(?:fiscal|financial)\s+year",
                           re.I)
_SAME_PERIOD_BEFORE = re.compile(r"\bsame\s+(?:period|quarter|months|time)\s+(?:of\s+)?$", re.I)


def _shift(first: date, last: date, months: int) -> tuple[date, date]:
    """An interval moved by whole months, keeping month ends at month ends."""
    moved_last = _shift_months(last, months)
    if last.day == calendar.monthrange(last.year, last.month)[1]:
        moved_last = moved_last.replace(day=calendar.monthrange(moved_last.year, moved_last.month)[1])
    return _shift_months(first, months), moved_last


def _interval_text(first: date, last: date, grain: str) -> str:
    if grain == "day":
        return first.isoformat()
    if grain == "month":
        return _month_interval(first.year, first.month)
    if grain == "year":
        return _year_interval(first.year)
    return f"{first.isoformat()}/{last.isoformat()}"


class DateResolver:
    """Finds and resolves date expressions, one sentence at a time, against the article's date `base`.

    Within a sentence, "a year earlier" counts from the last date resolved; across sentences, from the
    article's reporting period (a quarter, "the three months to June 30"), which financial news keeps
    referring back to, and otherwise from `base`.
    """

    def __init__(self, base: date | None) -> None:
        self.base = base
        self.tense: Callable[[int], int] = lambda _at: 0
        self.previous: date | None = None  # the first day of the last date resolved in this sentence
        self.previous_span: tuple[date, date, str] | None = None  # and its interval and grain
        self.reporting_period: tuple[date, date] | None = None
        self.narrative: tuple[date, int] | None = None  # the last day written with its year, and its sentence
        self.last_day: date | None = None  # the last single day resolved, in any sentence
        self.sentence_index = -1

    def find(self, sentence: str, tense: Callable[[int], int] | None = None) -> list[DateMention]:
        """Every date expression in `sentence`, longest first, without overlaps, in text order.

        `tense(offset)` says which way the verb governing the text at `offset` points: 1 ahead, -1 back, 0 unknown.
        """
        self.tense = tense or (lambda _at: 0)
        self.previous = self.previous_span = None
        self.sentence_index += 1
        found: list[tuple[int, int, Callable, re.Match]] = []
        has_digit = _DIGIT.search(sentence) is not None
        for pattern, handler_name, needs_digit in _PATTERNS:
            if needs_digit and not has_digit:
                continue
            handler = getattr(self, handler_name)
            for match in pattern.finditer(sentence):
                start, end = match.span("span") if match.groupdict().get("span") else match.span()
                if match.group(0).lower().startswith("the "):
                    start += 4
                if any(s < end and start < e for s, e, _h, _m in found):
                    continue
                found.append((start, end, handler, match))
        mentions = []
        for start, end, handler, match in sorted(found, key=lambda f: f[0]):
            self.offset = start
            resolved = handler(match)
            if resolved is None:
                continue
            kind, value, iso, *ends = resolved
            mentions.append(DateMention(start, end, kind, value, iso, 0.9 if iso else 0.6, *ends))
        return mentions

    # Handlers return (kind, value, resolved ISO[, first year, last year]) or None when the match is not a date.

    def _remember(self, first: date, last: date, grain: str, match: re.Match | None = None) -> None:
        """Note the interval just resolved; after "the three months to" or "the financial year to" it becomes
        the reporting period, stretched back over the months named."""
        if match is not None:
            span = _SPAN_BEFORE.search(match.string[:match.start()])
            if span:
                from claimcheck.claims.numbers import parse_number

                months = parse_number(span.group("count")) if span.group("count") else 12
                if months and 0 < months <= 24 and months == int(months):
                    month_end = last.day == calendar.monthrange(last.year, last.month)[1]
                    first = _shift_months(last.replace(day=1), 1 - int(months)) if month_end else \
                        _shift_months(last, -int(months)) + timedelta(days=1)
                    grain = "span"
                    self.reporting_period = (first, last)
        self.previous = first
        self.previous_span = (first, last, grain)
        if grain == "day":
            self.last_day = first

    def _calendar_day(self, match: re.Match):
        text = match.group(0)
        year_match = _YEAR_AT_END.search(text)
        if year_match is None and self.base is None:
            return "date", None, None
        month = MONTHS[_MONTH_RE.search(text).group(0).rstrip(".").lower()]
        day_number = int(_DAY_NUMBER.search(text).group(0))
        range_end = None if year_match else _RANGE_END_YEAR.match(match.string, match.end())
        if range_end is not None:  # "from October 3 to October 12, 2026": the range's year (a range over New
            end_year = int(range_end.group(1))  # Year, "December 28 to January 3, 2025", starts the year before)
            end_month = MONTHS[_MONTH_RE.search(range_end.group(0)).group(0).rstrip(".").lower()]
            year = end_year - (1 if month > end_month else 0)
        else:
            year = int(year_match.group(0)) if year_match else self._year_of(month)
        told = re.search(rf"\b(last|this|next)\s+year$", text)
        if told is not None:  # "on March 3 last year": that year's March 3
            year = self.base.year + {"last": -1, "this": 0, "next": 1}[told.group(1)]
        try:
            day = date(year, month, day_number)
        except ValueError:  # "29 February" in a year that has none: a date, but not one that can be resolved
            return "date", None, None
        self._remember(day, day, "day", match)
        if year_match and not BORN_BEFORE.search(match.string, max(0, match.start() - 50), match.start()):
            self.narrative = (day, self.sentence_index)  # not a birth date: "who was born on May 2, 1943, died on
        return "date", None, day.isoformat()  # June 1" is no story of 1943

    def _year_of(self, month: int) -> int:
        """The year of a month named without one. Right after a day written with its year (this sentence or the
        two before), the story is still in that year: "on November 15, 2017 ... his resignation on November 21".
        Otherwise the nearest occurrence on the side of the article's date that the tense points to."""
        if self.narrative is not None and self.sentence_index - self.narrative[1] <= 2:
            anchor = self.narrative[0]
            if anchor.year != self.base.year:
                return anchor.year + (1 if month < anchor.month - 6 else 0)
        return _year_for_month(month, self.base, self.tense(self.offset))

    def _day_range(self, match: re.Match):
        """ "Sept. 20-24", "March 3–5, 2025", "May 24 to 26": the days from the first to the last."""
        month_name, first, last, year = re.match(
            rf"({_MONTH})\s+(\d+)\D*?{_DAYS_TO}\s?(\d+)\D*?(?:,?\s+(\d{{4}}))?$", match.group(0)).groups()
        month = MONTHS[month_name.rstrip(".").lower()]
        if year is None and self.base is None:
            return "period", None, None
        year_number = int(year) if year else _year_for_month(month, self.base, self.tense(self.offset))
        if not int(first) < int(last) <= calendar.monthrange(year_number, month)[1]:
            return None
        self._remember(date(year_number, month, int(first)), date(year_number, month, int(last)), "span")
        return "period", None, f"{year_number}-{month:02d}-{int(first):02d}/{year_number}-{month:02d}-{int(last):02d}"

    def _year_span(self, match: re.Match):
        """ "2014-15", "2019/20": a season or financial year running over two calendar years."""
        year, tail = int(match.group(0)[:4]), int(match.group(0)[5:])
        if tail != (year + 1) % 100:
            return None
        return "period", float(year), f"{year}-01-01/{year + 1}-12-31"

    def _month_year(self, match: re.Match):
        month_name, year = re.match(rf"({_MONTH})\s+(?:of\s+)?(\d{{4}})", match.group(0)).groups()
        month = MONTHS[month_name.rstrip(".").lower()]
        self._remember_month(int(year), month, match)
        return "period", None, _month_interval(int(year), month)

    def _remember_month(self, year: int, month: int, match: re.Match) -> None:
        self._remember(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month", match)

    def _month(self, match: re.Match):
        month = MONTHS[(match.groupdict().get("span") or match.group(0)).lower()]
        if self.base is None:
            return "period", None, None
        start = match.start("span") if match.groupdict().get("span") else match.start()
        side = _MONTH_SIDE.search(match.string, max(0, start - 10), start)
        tense = {"last": -1, "past": -1, "next": 1, "coming": 1}[side.group(1).lower()] if side else \
            self.tense(self.offset)
        year = _year_for_month(month, self.base, tense)
        if side and month == self.base.month:  # "last May", written in May: a year before
            year += tense
        self._remember_month(year, month, match)
        return "period", None, _month_interval(year, month)

    def _weekday(self, match: re.Match):
        words = match.group(0).lower().split()
        if _RECURRING.search(match.string, max(0, match.start() - 12), match.start()):
            return None  # "every Tuesday morning": a day that comes round, no date
        if self.base is None:
            return "date", None, None
        delta = WEEKDAYS[words[-1]] - self.base.weekday()
        possessive = match.string[match.end():match.end() + 2] in {"'s", "’s"}  # "Tuesday's hearing": no verb of its own
        if words[0] == "next" or (words[0] not in {"last", "past"} and not possessive and self.tense(self.offset) > 0):
            day = self.base + timedelta(days=delta % 7 + (7 if words[0] == "next" and delta <= 0 else 0))
        else:
            day = self.base - timedelta(days=(-delta) % 7 + (7 if words[0] == "last" and delta == 0 else 0))
        self._remember(day, day, "day")
        return "date", None, day.isoformat()

    def _relative_period(self, match: re.Match):
        words = match.group(0).lower().split()
        which, unit = words[0], words[-1]
        if self.base is None:
            return "period", None, None
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
        base = self.base
        if which == "earlier":  # "earlier this week": from its start to the day before the article
            first = {"week": base - timedelta(days=base.weekday()), "month": base.replace(day=1),
                     "year": base.replace(month=1, day=1)}[unit]
            last = max(first, base - timedelta(days=1))
            self._remember(first, last, "span")
            return "period", None, f"{first.isoformat()}/{last.isoformat()}"
        if unit == "year" and step and self.reporting_period and _SAME_PERIOD_BEFORE.search(
                match.string[:match.start()]):
            first, last = _shift(*self.reporting_period, 12 * step)  # "in the same period last year"
            self._remember(first, last, "span")
            return "period", float(first.year), f"{first.isoformat()}/{last.isoformat()}"
        if unit == "week":
            monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
            self._remember(monday, monday + timedelta(days=6), "span")
            return "period", None, f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        if unit == "month":
            first = _shift_months(base.replace(day=1), step)
            self._remember_month(first.year, first.month, match)
            return "period", None, _month_interval(first.year, first.month)
        if unit == "quarter":
            quarter = (base.month - 1) // 3 + step
            year, quarter = base.year + quarter // 4, quarter % 4
            first, last = date(year, quarter * 3 + 1, 1), _shift_months(date(year, quarter * 3 + 1, 1), 3)
            return "period", None, f"{first.isoformat()}/{(last - timedelta(days=1)).isoformat()}"
        if unit == "decade":
            start = (base.year // 10 + step) * 10
            return "period", None, f"{start}-01-01/{start + 9}-12-31"
        year = base.year + step
        self._remember(date(year, 1, 1), date(year, 12, 31), "year")
        return "period", float(year), _year_interval(year)

    def _relative_day(self, match: re.Match):
        if self.base is None:
            return "date", None, None
        words = match.group(0).lower().split()
        shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(words[0], 0)  # "last night" is the night before
        day = self.base + timedelta(days=shift)
        self._remember(day, day, "day")
        return "date", None, day.isoformat()

    def _offset(self, match: re.Match):
        words = match.group(0).lower().split()
        from claimcheck.claims.numbers import parse_number

        amount = {"several": None}.get(words[0], parse_number(words[0]))
        if words[-1] == "before" and re.match(r"\s+[\w$£€]", match.string[match.end():]):
            return None  # "two weeks before the deadline": a length of time before an event, not a date
        relative = words[-1] in {"earlier", "later", "before"}
        span = self.previous_span if relative else None
        if span is None and relative and words[-1] != "later" and self.reporting_period:
            span = (*self.reporting_period, "span")
        if words[-1] == "ago" and amount == 1 and words[1] == "year" and self.reporting_period:
            # earnings copy: "up from $4m a year ago" is the year-ago quarter, not the article's date a year back
            span = self.previous_span if self.previous_span and self.previous_span[2] == "span" else \
                (*self.reporting_period, "span")
        unit = words[1].rstrip("s")
        if span is None and relative and unit in UNIT_DAYS and self.last_day is not None:
            span = (self.last_day, self.last_day, "day")  # "Two days later, ...": from the last day the story named
        if (span is None and (self.base is None or words[-1] == "later")) or amount is None:
            return "date", None, None  # "later" counts from an event, never from the article's date
        sign = 1 if words[-1] == "later" else -1
        if span is None:  # "two years ago": from the article's date, to the month
            if unit in UNIT_DAYS:
                return "date", None, (self.base + timedelta(days=sign * amount * UNIT_DAYS[unit])).isoformat()
            day = _shift_months(self.base, sign * int(amount * {"month": 1, "year": 12, "decade": 120}[unit]))
            return "date", None, day.isoformat()[:7]
        first, last, grain = span
        if unit in UNIT_DAYS:
            step = timedelta(days=sign * amount * UNIT_DAYS[unit])
            first, last = first + step, last + step
        else:
            first, last = _shift(first, last, sign * int(amount * {"month": 1, "year": 12, "decade": 120}[unit]))
        kind = "date" if grain == "day" else "period"
        return kind, None, _interval_text(first, last, grain)

    def _edge(self, match: re.Match):
        text = match.group(0)
        edge = text.split()[0].lower()
        target = re.sub(rf"^{_EDGE}\s+of\s+(?:the\s+)?", "", text, flags=re.I)
        low = target.lower()
        year_match = re.search(_YEAR, target)
        if year_match and not re.match(_MONTH, target):
            year = int(year_match.group(0))
            first, last = date(year, 1, 1), date(year, 12, 31)
            value: float | None = float(year)
        elif re.match(_MONTH, target):
            month = MONTHS[target.split()[0].rstrip(".").lower()]
            if year_match:
                year = int(year_match.group(0))
            elif self.base:
                year = _year_for_month(month, self.base, self.tense(self.offset))
            else:
                return "date", None, None
            first = date(year, month, 1)
            last = date(year, month, calendar.monthrange(year, month)[1])
            value = float(year) if year_match else None
        elif self.base is None:
            return "date", None, None
        elif "decade" in low:
            start = self.base.year // 10 * 10
            first, last, value = date(start, 1, 1), date(start + 9, 12, 31), None
        elif "month" in low:
            first = self.base.replace(day=1)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            value = None
        elif "week" in low:
            first = self.base - timedelta(days=self.base.weekday())
            last, value = first + timedelta(days=6), None
        else:
            year = self.base.year + (1 if "next" in low else -1 if "last" in low else 0)
            first, last, value = date(year, 1, 1), date(year, 12, 31), None
        if edge in {"end", "close", "turn"}:
            day = last
        elif edge == "middle":
            day = first + (last - first) / 2
        else:
            day = first
        self._remember(day, day, "day")
        return "date", value, day.isoformat()

    def _part_of_year(self, match: re.Match):
        text = match.group(0).lower()
        year = int(re.search(r"\d{4}", text).group(0))
        if text.endswith("s"):
            part = {"early": (0, 3), "mid": (3, 7), "late": (7, 9)}[re.match(r"[a-z]+", text).group(0)]
            return "period", float(year), f"{year + part[0]}-01-01/{year + part[1]}-12-31"
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[re.match(r"[a-z]+", text).group(0)]
        last = calendar.monthrange(year, months[1])[1]
        return "period", float(year), f"{year}-{months[0]:02d}-01/{year}-{months[1]:02d}-{last:02d}"

    def _season(self, match: re.Match):
        text = match.group(0).lower()
        if text.startswith(("in ", "by ", "until ")):
            text = match.group("span").lower()
        season = re.search(r"spring|summer|autumn|winter|fall", text).group(0)
        first_month, last_month = SEASONS[season]
        year_match = re.search(r"\d{4}", text)
        if year_match:
            year = int(year_match.group(0))
        elif self.base is None:
            return "period", None, None
        else:
            step = 1 if text.startswith("next") else -1 if text.startswith("last") else 0
            year = self.base.year + step
            if season == "winter" and self.base.month <= SEASONS["winter"][1] and (step or text.startswith("this")):
                year -= 1  # in January, "this winter" began last December
            if step == 0 and not text.startswith("this"):
                tense = self.tense(self.offset)
                if season == "winter":  # December to February: from the year of its January
                    year = _year_for_month(1, self.base, tense) - 1
                elif tense > 0 and last_month < self.base.month:
                    year += 1
                elif tense < 0 and first_month > self.base.month:
                    year -= 1
                elif tense == 0:
                    year = _year_for_month(first_month + 1, self.base, 0)
        end_year = year + 1 if season == "winter" else year
        last = calendar.monthrange(end_year, last_month)[1]
        return ("period", float(year) if year_match else None,
                f"{year}-{first_month:02d}-01/{end_year}-{last_month:02d}-{last:02d}")

    def _quarter(self, match: re.Match):
        if _FISCAL_BEFORE.search(match.string, 0, match.start()) or _FISCAL_AFTER.match(match.string, match.end()):
            return "period", None, None  # "the first quarter of the company's fiscal year": its months are its own
        text = match.group(0).lower()
        year_match = re.search(r"\d{4}", text)
        relative_year = re.search(r"\b(this|next|last)\s+year", text)
        text = re.sub(r"^.*?'s\s+", "", text)  # "next year's first quarter"
        ordinal = re.match(r"q([1-4])|([1-4])q|(first|second|third|fourth)", text)
        if ordinal and any(ordinal.groups()):
            digit = ordinal.group(1) or ordinal.group(2)
            number = int(digit) if digit else ["first", "second", "third", "fourth"].index(ordinal.group(3)) + 1
            if year_match:
                year = int(year_match.group(0))
            elif self.base:
                year = self.base.year + ({"next": 1, "last": -1}.get(relative_year.group(1), 0) if relative_year else 0)
            else:
                return "period", None, None
        elif self.base:
            current = (self.base.month - 1) // 3
            step = {"last": -1, "final": 3 - current, "next": 1}.get(re.split(r"[\s-]", text)[0], 0)
            year, number = self.base.year + (current + step) // 4, (current + step) % 4 + 1
        else:
            return "period", None, None
        first = date(year, 3 * number - 2, 1)
        last = _shift_months(first, 3) - timedelta(days=1)
        self._remember(first, last, "span")
        self.reporting_period = (first, last)
        return "period", float(year) if year_match else None, f"{first.isoformat()}/{last.isoformat()}"

    def _loose_period(self, match: re.Match):
        text = match.group(0).lower()
        anchor = self.previous or self.base
        if anchor is None or "season" in text:
            return "period", None, None
        if text.startswith("rest"):
            return "period", None, f"{anchor.isoformat()}/{anchor.year}-12-31"
        if "year" in text:
            return "period", float(anchor.year - 1), _year_interval(anchor.year - 1)
        if "month" in text:
            first = _shift_months(anchor.replace(day=1), -1)
            return "period", None, _month_interval(first.year, first.month)
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        return "period", None, f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"

    def _decade(self, match: re.Match):
        digits = re.search(r"\d{4}", match.group(0))
        if digits is None:  # "the '90s": the last such decade before the article's
            tens = int(re.search(r"\d0", match.group(0)).group(0))
            century = (self.base.year if self.base else 2000) // 100 * 100
            year = century + tens if century + tens <= (self.base.year if self.base else 2000) else century - 100 + tens
            return "period", float(year), f"{year}-01-01/{year + 9}-12-31"
        year = int(digits.group(0))
        if year % 10:
            return None
        return "period", float(year), f"{year}-01-01/{year + 9}-12-31"

    def _year(self, match: re.Match):
        year = int(match.group(0))
        self._remember(date(year, 1, 1), date(year, 12, 31), "year")
        return "period", float(year), _year_interval(year)

    def _week_of(self, match: re.Match):
        """ "the week of October 21": the Monday-to-Sunday week holding that day."""
        resolved = self._calendar_day(re.search(rf"{_MONTH}.*", match.group(0)))
        if resolved is None or resolved[2] is None:
            return "period", None, None
        day = date.fromisoformat(resolved[2])
        monday = day - timedelta(days=day.weekday())
        self._remember(monday, monday + timedelta(days=6), "span")
        return "period", None, f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"

    def _year_range(self, match: re.Match):
        """ "2005 through 2015", "1980–1987": the years from the first to the last."""
        first, last = (int(y) for y in re.findall(r"\d{4}", match.group(0)))
        if not first < last:
            return None
        self._remember(date(first, 1, 1), date(last, 12, 31), "span")
        return "period", None, f"{first}-01-01/{last}-12-31", float(first), float(last)

    def _weekday_range(self, match: re.Match):
        """ "Monday to Wednesday": the days from the first weekday, resolved by tense, to the next such last one."""
        first_name, last_name = re.findall(_WEEKDAY, match.group(0))
        resolved = self._weekday(re.match(_WEEKDAY, first_name))
        if resolved[2] is None:
            return "period", None, None
        first = date.fromisoformat(resolved[2])
        last = first + timedelta(days=(WEEKDAYS[last_name.lower()] - first.weekday()) % 7)
        self._remember(first, last, "span")
        return "period", None, f"{first.isoformat()}/{last.isoformat()}"

    def _part_of_month(self, match: re.Match):
        """ "early September" (days 1-10), "mid-July" (11-20), "late June" (21 to the end)."""
        text = match.group(0)
        part = re.match(r"[a-z]+", text.lower()).group(0)
        month = MONTHS[_MONTH_RE.search(text).group(0).rstrip(".").lower()]
        year_match = _YEAR_AT_END.search(text)
        relative = re.search(r"\b(this|last|next)\s", text)
        if year_match:
            year = int(year_match.group(0))
        elif self.base is None:
            return "period", None, None
        elif relative:
            year = self.base.year + {"this": 0, "last": -1, "next": 1}[relative.group(1)]
        else:
            year = self._year_of(month)
        last_day = calendar.monthrange(year, month)[1]
        days = {"early": (1, 10), "mid": (11, 20), "late": (21, last_day)}[part]
        first, last = date(year, month, days[0]), date(year, month, days[1])
        self._remember(first, last, "span")
        return "period", float(year) if year_match else None, f"{first.isoformat()}/{last.isoformat()}"

    def _rolling(self, match: re.Match):
        """ "the past year": the year up to the article's date. ("the past 12 months" is a length of time.)"""
        if self.base is None:
            return "period", None, None
        unit = match.group(0).lower().split()[-1]
        first = self.base - timedelta(days=7) if unit == "week" else \
            _shift_months(self.base, -{"month": 1, "year": 12, "decade": 120}[unit])
        self._remember(first, self.base, "span")
        return "period", None, f"{first.isoformat()}/{self.base.isoformat()}"

    def _anchored(self, match: re.Match):
        """Days told from the last day the story named: "the next day", "the same day", "that night", "that week",
        "the weekend"."""
        text = match.group(0).lower()
        anchor = self.previous or self.last_day or self.base
        if anchor is None:
            return "date", None, None
        if "weekend" in text:
            step = {"last": -1, "next": 1}.get(text.split()[0], 0)
            saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
            if step < 0 or (step == 0 and text.split()[0] != "this" and (
                    self.tense(self.offset) < 0 or self.tense(self.offset) == 0 and anchor.weekday() < 5)) or (
                    text.split()[0] == "this" and self.tense(self.offset) < 0 and anchor.weekday() < 5):
                saturday -= timedelta(days=7)  # told in the past on a weekday, "this weekend" is the one just gone
            saturday += timedelta(days=7 * max(step, 0))
            self._remember(saturday, saturday + timedelta(days=1), "span")
            return "period", None, f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
        if text.endswith("week"):
            monday = anchor - timedelta(days=anchor.weekday())
            return "period", None, f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        shift = 1 if re.search(r"next|following|after", text) else -1 if re.search(r"previous|before", text) else 0
        day = anchor + timedelta(days=shift)
        self._remember(day, day, "day")
        return "date", None, day.isoformat()

    def _half(self, match: re.Match):
        """ "the first half of 2019", "next year's second half", "H1 2020": six months."""
        text = match.group(0).lower()
        year_match = re.search(r"\d{4}", text)
        relative = re.search(r"\b(this|next|last)\s+year", text)
        if year_match:
            year = int(year_match.group(0))
        elif self.base is None:
            return "period", None, None
        else:
            year = self.base.year + ({"next": 1, "last": -1}.get(relative.group(1), 0) if relative else 0)
        second = "second" in text or text.startswith("h2")
        first = date(year, 7 if second else 1, 1)
        last = date(year, 12, 31) if second else date(year, 6, 30)
        self._remember(first, last, "span")
        self.reporting_period = (first, last)
        return "period", float(year) if year_match else None, f"{first.isoformat()}/{last.isoformat()}"

    def _year_end(self, match: re.Match):
        """ "year-end", "by next year-end": the last day of the year."""
        if self.base is None:
            return "date", None, None
        step = {"next": 1, "last": -1}.get(match.group(0).lower().split()[0], 0)
        day = date(self.base.year + step, 12, 31)
        self._remember(day, day, "day")
        return "date", None, day.isoformat()

    def _fiscal_year(self, match: re.Match):
        """ "fiscal 2019", "FY2020", "FY20": a company's year, whose months the text does not give."""
        digits = re.search(r"\d+", match.group(0)).group(0)
        year = int(digits) if len(digits) == 4 else 2000 + int(digits)
        return "period", float(year), None
