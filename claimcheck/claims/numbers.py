"""Find number expressions in text and parse them: digits, number words, scale words, units and qualifiers.

The grammar is written as regular expressions because news numbers are surface forms ("$5.4bn", "600,000",
"four to five thousand", "18-month") that spaCy splits inconsistently; the parse is used afterwards, for what
a number measures. Number words are parsed here rather than with `word2number`, which knows neither "dozen",
"lakh" nor "crore" and raises on "a million".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SMALL_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "crore": 1e7, "crores": 1e7,
    "billion": 1e9, "trillion": 1e12,
}
# Abbreviated scales, written straight after the digits ("£300m", "5.4bn") or, the longer ones, after a space.
SCALE_ABBREVIATIONS = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9,
    "bln": 1e9, "tn": 1e12, "trn": 1e12, "cr": 1e7,
}
FRACTION_WORDS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fourth": 0.25, "fifth": 0.2, "tenth": 0.1}

QUALIFIERS = {
    "approximately": "approximately", "about": "approximately", "around": "approximately",
    "roughly": "approximately", "some": "approximately", "an estimated": "approximately",
    "estimated": "approximately", "circa": "approximately", "~": "approximately",
    "more than": "more than", "over": "more than", "above": "more than", "upwards of": "more than",
    "in excess of": "more than", "over than": "more than",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "just over": "just over", "just above": "just over", "slightly more than": "just over",
    "slightly over": "just over", "a little over": "just over", "a little more than": "just over",  # a figure a
    # little past: near it, not a bound
    "just under": "just under", "just below": "just under", "slightly less than": "just under",
    "slightly under": "just under", "a little under": "just under", "a little less than": "just under",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least", "a minimum of": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "at most": "up to", "a maximum of": "up to",
    "no more than": "up to", "not more than": "up to", "no greater than": "up to", "within": "up to",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just shy of": "nearly",
    "exactly": "exactly", "precisely": "exactly",
}
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(" + "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
    + r")\s+$",
    re.I,
)

_W1 = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
      "sixteen|seventeen|eighteen|nineteen"
_W10 = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WSMALL = rf"(?:(?:{_W10})(?:-(?:{_W1}))?|{_W1})"
NUMBER_WORD = rf"(?:{_W10}|{_W1})"  # one number word, for patterns elsewhere
_WSCALE = "hundred|thousand|million|billion|trillion|lakhs?|crores?"
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in ("hundred", "thousand", "million", "billion", "trillion")) + ")"
WORD_NUMBER = (  # "and" joins words only after a scale: "one hundred and five", not "between six and eleven"
    rf"(?:{_WSMALL}(?:(?:{_AFTER_SCALE}\s+and\s+|\s+|-)(?:{_WSMALL}|{_WSCALE}|dozen)(?![\w-]))*"
    rf"(?:[\s-]and[\s-]a[\s-]half(?![\w-]))?"
    rf"(?:[\s-]+(?:{_WSCALE})(?![\w-]))?"
    rf"|an?\s+(?:dozen|{_WSCALE})|half\s+a\s+(?:dozen|million|billion|trillion))"
)
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?|\.\d+"
SCALE_AFTER = (
    rf"(?:[\s-]*(?:{_WSCALE})(?![\w])(?:\s+(?:{_WSCALE})(?![\w]))?"
    r"|(?:bn|mn|mln|mil|bln|tn|trn|[kKmMbB]|cr)(?![\w])|\s(?:bn|mn|mln|bln|tn|trn)(?![\w]))"
)

NUMBER_RE = re.compile(
    rf"(?<![\d.,])(?:(?P<digits>{DIGIT_NUMBER})|(?P<words>\b{WORD_NUMBER}\b))"
    rf"(?P<scale>{SCALE_AFTER})?",
    re.I,
)


@dataclass
class Number:
    """A number as written: its character range, the value it stands for, and whether it is in words."""

    start: int
    end: int
    value: float
    in_words: bool
    scale: float  # the factor of its scale word or abbreviation ("million", "bn"), 1 when none
    glued: str = ""  # letters written straight after the digits ("km" in "10km", "G" in "5G")
    glued_before: str = ""  # letters (and a hyphen) straight before ("G" in "G20", "S-" in "S-400", "K2-" in "K2-18b")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits, words or both: "5,000", "4.5 million", "twenty-one", "a dozen"."""
    text = text.strip().lower().replace("\u2009", "")
    if not text:
        return None
    match = re.fullmatch(rf"({DIGIT_NUMBER})\s*-?\s*(.*)", text)
    if match:
        value = float(match.group(1).replace(",", ""))
        rest = match.group(2).strip()
        return _apply_scales(value, rest)
    return _parse_words(text)


def _apply_scales(value: float, rest: str) -> float | None:
    for part in rest.replace("-", " ").split():
        if part in SCALE_WORDS:
            value *= SCALE_WORDS[part]
        elif part in SCALE_ABBREVIATIONS or part.lower() in SCALE_ABBREVIATIONS:
            value *= SCALE_ABBREVIATIONS.get(part, SCALE_ABBREVIATIONS.get(part.lower(), 1))
        else:
            return None
    return value


def _parse_words(text: str) -> float | None:
    words = [w for w in re.split(r"[\s-]+", text) if w and w != "and"]
    if "half" in words[1:] and words[words.index("half", 1) - 1] == "a":  # "three-and-a-half million"
        at = words.index("half", 1)
        whole, rest = _parse_words(" ".join(words[:at - 1])), words[at + 1:]
        scale = _parse_words(" ".join(["one", *rest])) if rest else 1.0
        return None if whole is None or scale is None else (whole + 0.5) * scale
    if words[:2] == ["half", "a"]:
        rest = _parse_words(" ".join(["one", *words[2:]]))
        return None if rest is None else rest / 2
    if words and words[0] in {"a", "an"}:
        words[0] = "one"
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word in SMALL_WORDS:
            current += SMALL_WORDS[word]
        elif word in {"hundred", "dozen"}:
            current = (current or 1) * (100 if word == "hundred" else 12)
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def find_numbers(text: str) -> list[Number]:
    """Every number in `text` with its scale and the letters glued to it ("G20", "S-400", "10km")."""
    found = []
    for match in NUMBER_RE.finditer(text):
        end = match.end()
        glued = re.match(r"[A-Za-z/]*", text[end:]).group(0) if match.group("digits") else ""
        before = re.search(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*[-/]?$|[-/]$", text[max(0, match.start() - 12):match.start()])
        glued_before = before.group(0) if before else ""
        written = match.group(0)
        value = parse_number(written)
        if value is None and match.group("scale"):
            written = (match.group("digits") or match.group("words"))
            end = match.start() + len(written)
            value = parse_number(written)
        if value is None:
            continue
        scale = 1.0
        if match.group("scale") and end == match.end():
            bare = parse_number(match.group("digits") or match.group("words"))
            scale = value / bare if bare else 1.0
        elif match.group("words") and written.split()[-1].lower() in SCALE_WORDS:
            scale = SCALE_WORDS[written.split()[-1].lower()]  # "five thousand"
        found.append(Number(match.start(), end, value, bool(match.group("words")), scale, glued, glued_before))
    return found


def qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier written just before `start` ("more than", "about") and where it begins."""
    window = text[max(0, start - 24):start]
    match = _QUALIFIER_RE.search(window)
    if not match:
        return None, start
    return QUALIFIERS[match.group(1).lower()], start - len(window) + match.start(1)


# A bound written after its number: "aged 65 and over", "50 or more", "children 12 and under".
_QUALIFIER_AFTER = re.compile(r"\s+(?:or|and)\s+(?:(more|over|above|older|upwards)|(less|fewer|under|below|younger))\b",
                              re.I)


def qualifier_after(text: str, end: int) -> str | None:
    """The bound written just after a number that ends at `end` ("65 and over": "at least"; "12 and under": "up
    to"), or None."""
    match = _QUALIFIER_AFTER.match(text, end)
    if match is None:
        return None
    return "at least" if match.group(1) else "up to"


# Units written after a number, mapped to the short form a claim carries. Time words keep their plural.
UNITS = {
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "km/h": "km/h", "km/hr": "km/h", "kph": "km/h", "kmh": "km/h",
    "miles per hour": "mph", "mph": "mph", "knots": "knots", "metres per second": "m/s", "meters per second": "m/s",
    "miles per gallon": "mpg", "mpg": "mpg", "barrels per day": "barrels/day", "barrels a day": "barrels/day",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2",
    "square miles": "sq mi", "square metres": "m2", "square meters": "m2", "sq m": "m2",
    "square feet": "sq ft", "sq ft": "sq ft", "cubic metres": "m3", "cubic meters": "m3", "cubic feet": "cu ft",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "centimetres": "cm", "centimeters": "cm",
    "centimetre": "cm", "centimeter": "cm", "cm": "cm", "millimetres": "mm", "millimeters": "mm",
    "millimetre": "mm", "millimeter": "mm", "mm": "mm", "micrometres": "µm", "microns": "µm",
    "miles": "miles", "mile": "miles", "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in", "inch": "in",
    "yards": "yd", "yard": "yd", "acres": "acres", "acre": "acres", "hectares": "ha", "hectare": "ha", "ha": "ha",
    "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg", "kg": "kg", "grams": "g",
    "grammes": "g", "milligrams": "mg", "mg": "mg", "tonnes": "tonnes", "metric tons": "tonnes", "tons": "tons",
    "ton": "tons", "lbs": "lb", "lb": "lb", "pounds": "lb", "pound": "lb", "ounces": "oz", "oz": "oz",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "millilitres": "ml", "milliliters": "ml", "ml": "ml",
    "gallons": "gal", "gallon": "gal", "barrels": "barrels", "barrel": "barrels",
    "degrees celsius": "°C", "degrees fahrenheit": "°F", "°c": "°C", "°f": "°F", "degrees": "°", "°": "°",
    "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "kilowatt-hour": "kWh", "kilowatt hour": "kWh", "kwh": "kWh",
    "megawatt-hours": "MWh", "megawatt-hour": "MWh", "mwh": "MWh", "gigawatt-hours": "GWh", "gigawatt-hour": "GWh",
    "gwh": "GWh", "terawatt-hours": "TWh", "terawatt-hour": "TWh", "twh": "TWh",
    "megawatts": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW", "kilowatts": "kW", "kw": "kW", "watts": "W",
    "volts": "V", "hertz": "Hz", "hz": "Hz", "ghz": "GHz", "mhz": "MHz", "gigabytes": "GB", "gb": "GB",
    "megabytes": "MB", "mb": "MB", "terabytes": "TB", "tb": "TB", "mah": "mAh", "horsepower": "hp", "hp": "hp",
    "rpm": "rpm", "ppm": "ppm", "ppb": "ppb", "parts per million": "ppm", "parts per billion": "ppb",
    "calories": "kcal", "kcal": "kcal", "decibels": "dB", "db": "dB", "gigatons": "Gt", "gigatonnes": "Gt",
    "centuries": "centuries", "decades": "decades", "decade": "decades", "years": "years", "year": "years",
    "months": "months", "month": "months", "weeks": "weeks", "week": "weeks", "days": "days", "day": "days",
    "hours": "hours", "hour": "hours", "hrs": "hours", "minutes": "minutes", "minute": "minutes",
    "mins": "minutes", "seconds": "seconds", "second": "seconds", "secs": "seconds",
    "light-years": "light-years", "light years": "light-years", "light-year": "light-years",
    "storeys": "storeys", "storey": "storeys", "stories": "storeys", "story": "storeys",
    "megawatt": "MW", "gigawatt": "GW", "kilowatt": "kW", "watt": "W", "tonne": "tonnes", "w": "W", "khz": "kHz",
    "kilohertz": "kHz", "min": "minutes", "g": "g", "bhp": "bhp",
    "nm": "nm", "nanometres": "nm", "nanometers": "nm", "nanometre": "nm", "nanometer": "nm", "m2": "m2",
    "sq metres": "m2", "sq meters": "m2", "l": "l", "gbps": "Gbit/s", "mbps": "Mbit/s", "kbps": "kbit/s",
    # ASCII transliteration (unidecode) writes "°" as "deg": "2.14degF", "1.19deg C".
    "degf": "°F", "deg f": "°F", "degc": "°C", "deg c": "°C", "deg": "°",
    "centuries": "centuries", "century": "centuries", "mmbtu": "MMBtu", "mmbtus": "MMBtu",
    "square foot": "sq ft", "square metre": "m2", "square meter": "m2", "square mile": "sq mi",
    "square kilometre": "km2", "square kilometer": "km2", "ounce": "oz", "gram": "g", "metric ton": "tonnes",
    "µm": "µm", "μm": "µm", "micrometre": "µm", "micrometer": "µm", "micrometers": "µm", "micron": "µm",
    "m.p.h.": "mph", "lb-ft": "lb-ft", "lb ft": "lb-ft", "pound-feet": "lb-ft", "pound-foot": "lb-ft",
    "newton metres": "N·m", "newton-metres": "N·m", "newton meters": "N·m", "ksi": "ksi", "psi": "psi",
    "megapascals": "MPa", "gigapascals": "GPa", "kilopascals": "kPa",
    "kv/cm": "kV/cm", "kv": "kV", "kilovolts": "kV", "ppg": "ppg", "rpg": "rpg", "apg": "apg",
}
# Symbols whose case tells them apart from another unit or word: "450 Nm" of torque, not nanometres; "300 PS";
# "113 GPa", not a grade point average.
CASED_UNITS = {"Nm": "N·m", "PS": "PS", "GPa": "GPa", "MPa": "MPa", "kPa": "kPa"}
# Modifiers that make another time unit rather than describe one: "three fiscal years", "ten working days".
TIME_UNIT_MODIFIERS = r"(?:fiscal|financial|calendar|school|academic|working|business|light|consecutive|straight)"
_TIME = r"(?:years?|months?|weeks?|days?|decades?|hours?|quarters?|seasons?|terms?)"
_UNIT_ALTERNATION = "|".join(re.escape(u) for u in sorted({*UNITS, *CASED_UNITS}, key=len, reverse=True))
UNIT_RE = re.compile(
    rf"^(?:\s?|-)(?P<unit>(?:{TIME_UNIT_MODIFIERS}\s+{_TIME})|{_UNIT_ALTERNATION})(?P<old>[\s-]old)?(?![\w°])",
    re.I,
)
PERCENT_RE = re.compile(
    r"^(?:\s?(?P<percent>%)|\s?-?(?:(?P<pp>percentage[\s-]points?|percent(?:age)?[\s-]points?|pct[\s-]points?"
    r"|points?(?=\s+percentage)|points?(?=\s+(?:from|to)\s+(?:about\s+|around\s+)?[\d.,]+\s?(?:%|per\s?cent))"
    r"|points?(?=\s+(?:above|below|behind|ahead\s+of|short\s+of|(?:higher|lower)\s+than)\s[^\d.;%,]{0,50}?"
    r"[\d.,]+\s?(?:%|per\s?cent)))"
    r"|(?P<bp>basis[\s-]points?|bps?\b)|(?P<pct>per[\s-]?cent|pct\b|pc\b)))",
    re.I,
)


def unit_after(text: str, end: int) -> tuple[str | None, int]:
    """The unit written after a number ending at `end` ("500 millimetres", "18-month"), and where it ends."""
    match = UNIT_RE.match(text[end:end + 40])
    if not match:
        return None, end
    written = match.group("unit")
    word = written.lower()
    unit = CASED_UNITS.get(written) or UNITS.get(word)
    if unit is None and word in {u.lower() for u in CASED_UNITS}:
        return None, end  # "5 ps": not the cased symbol
    if unit is None:  # a modified time unit: "fiscal years" (plural, as in "three fiscal years")
        modifier, noun = word.split()
        unit = f"{modifier} {noun if noun.endswith('s') else noun + 's'}"
        if modifier in {"consecutive", "straight"}:
            unit = noun if noun.endswith("s") else noun + "s"
    return unit, end + match.end()


def percent_after(text: str, end: int) -> tuple[str | None, int]:
    """'%', 'pp' or 'bp' when a percent sign or word follows a number ending at `end`, and where it ends; "points"
    moving from or to a percentage ("down 6.7 points from 37.1 percent") or told above or below one ("four points
    above the county's rate of 61 percent") are percentage points."""
    match = PERCENT_RE.match(text[end:end + 90])
    if not match:
        return None, end
    if match.group("pp"):
        return "pp", end + match.end()
    if match.group("bp"):
        return "bp", end + match.end()
    return "%", end + match.end()


# What an amount is given per: "$58 a barrel", "$14.95 per month", "5 percent a year", "$21 per square foot",
# "40 hours a week", "£24 a-year", "63 cents per share". "A"/"an"/"each"/"every" take a unit only, "per" and "/"
# any noun; "$5m a year ago" is no rate, nor is a unit the first part of a compound ("9 cents a tonne-kilometre").
_PER_RE = re.compile(
    rf"^[ \t-]*(?:(?P<per>per|/)|(?:a|an|each|every)(?=[\s-]))[ \t-]*(?:(?P<unit>{_UNIT_ALTERNATION})(?![\w°]|-[a-z])"
    r"|(?P<noun>(?(per)[A-Za-z]+|(?:share|person|head|night)))(?![\w-]))(?![ \t]+(?:ago|earlier|later|before|after|prior)\b)",
    re.I,
)
_PLURAL_SHORT_FORMS = re.compile(r"^(?:centuries|[a-z-]{3,}s)$")


def per_after(text: str, end: int) -> str | None:
    """What an amount ending at `end` is given per, singular: a unit's short form ("sq ft", "month", "barrel")
    or the noun after "per" ("share")."""
    match = _PER_RE.match(text[end:end + 40])
    if not match or (match.group("noun") or "").lower() in {"cent", "centum", "capita"} | set(SCALE_WORDS):
        return None
    if match.group("unit"):
        unit = UNITS.get(match.group("unit").lower()) or match.group("unit")
        if not _PLURAL_SHORT_FORMS.match(unit):
            return unit
        return unit[:-3] + "y" if unit.endswith("ies") else unit[:-1]
    noun = match.group("noun").lower()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
