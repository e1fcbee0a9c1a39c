"""Score the claim stage on NewsQuant, the news-sentence quantity benchmark of the CQE paper (Almasian et al., 2023).

Scoring follows the paper's evaluation code: predictions and gold values are matched per sentence with
`isclose` (relative tolerance 1e-5), a gold range "a-b" matches only a predicted (low, high) pair, and counts
are summed over all sentences. Under the paper's counting a prediction is right when any gold value of its
sentence matches it (so duplicates count more than once); strict scoring matches one to one. Value+unit also
needs the unit, mapped to the benchmark's unit names, to equal the gold `normalized_unit`.

Claims are written in the benchmark's scheme before matching, without changing what they say: NewsQuant writes a
change read "from A to B" as one quantity "A-B" (the claim stage keeps its two ends as two claims, paired by
`change_pairs`), keeps amounts in the sub-unit they are written in ("19 cents" is 19 cents, where the claim
stage gives 0.19 USD), and writes a plural alone as the order of magnitude it names ("thousands" is 1,000-10,000,
where the claim stage reads at least two thousand).
"""

from __future__ import annotations

import json
import math
import re
import time
from pathlib import Path
from typing import Any

from claimcheck.claims import is_vague_amount
from claimcheck.claims.money import currency_name, written_subunit
from claimcheck.errors import InputError

# Claim kinds that are quantities in NewsQuant's sense; dates, periods and ordinals are not annotated there.
QUANTITY_KINDS = {"money", "count", "percent", "quantity", "range", "ratio", "multiplier"}
RELATIVE_TOLERANCE = 1e-5
_BENCHMARK_UNITS = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen", "CNY": "chinese yuan",
    "AUD": "australian dollar", "CAD": "canadian dollar", "HKD": "hong kong dollar", "INR": "indian rupee",
    "MYR": "malaysian ringgit", "ILS": "shekel", "PHP": "philippine peso", "KRW": "south korean won",
    "%": "percentage", "pp": "percentage point", "bp": "basis point", "km": "kilometre", "m": "metre",
    "cm": "centimetre", "mm": "millimetre", "miles": "mile", "ft": "foot", "in": "inch", "yd": "yard",
    "kg": "kilogram", "g": "gram", "tonnes": "tonne", "tons": "ton", "lb": "pound-mass", "l": "litre",
    "ml": "millilitre", "gal": "gallon", "km/h": "kilometre per hour", "mph": "mile per hour",
    "mpg": "mile per gallon", "°": "degree", "°C": "celsius", "°F": "fahrenheit", "hp": "horsepower",
    "GB": "gigabyte", "TB": "terabyte", "MB": "megabyte", "GW": "gigawatt", "MW": "megawatt", "kW": "kilowatt",
    "W": "watt", "Hz": "hertz", "mAh": "milliampere-hour", "ppm": "part per million", "ppb": "parts-per-billion",
    "barrels/day": "barrel per day", "years": "year", "months": "month", "weeks": "week", "days": "day",
    "hours": "hour", "minutes": "minute", "seconds": "second", "decades": "decade",
    "m2": "square metre", "km2": "square kilometre", "m3": "cubic metre", "sq mi": "square mile", "cu ft": "cubic foot",
    "µm": "micrometre", "nm": "nanometre", "mg": "milligram", "m/s": "metre per second", "Gt": "gigaton",
    "kWh": "kilowatt hour", "MWh": "megawatt hour", "GWh": "gigawatt hour", "TWh": "terawatt hour",
    "GHz": "gigahertz", "MHz": "megahertz", "kHz": "kilohertz", "dB": "decibel", "V": "volt", "kcal": "calorie",
    "Mbit/s": "megabit per second", "Gbit/s": "gigabit per second", "ha": "hectare", "acres": "acre",
    "knots": "knot", "barrels": "barrel", "light-years": "light-year", "storeys": "storey",
    "sq ft": "square foot", "oz": "ounce", "MMBtu": "mega british thermal unit", "centuries": "century",
    "N·m": "newton metre", "lb-ft": "foot pound-force", "ksi": "kilopound per square inch", "psi": "pound per square inch",
    "MPa": "megapascal", "GPa": "gigapascal", "kPa": "kilopascal", "kV/cm": "kilovolt per centimetre", "kV": "kilovolt",
    "rpm": "revolutions per minute", "bhp": "brake horsepower", "PS": "horsepower", "ppg": "point per game",
    "rpg": "rebound per game", "apg": "assist per game",
}

_BENCHMARK_SUBUNITS = {"cent": "cent", "cents": "cent", "pence": "penny", "p": "penny", "sen": "sen"}


def _gold_value(raw: str) -> float | tuple[float, float] | None:
    """A gold value: a number, or (low, high) for a range written "a-b"."""
    raw = str(raw).strip()
    match = re.fullmatch(r"(-?[\d.]+(?:e[+-]?\d+)?)\s*-\s*(-?[\d.]+(?:e[+-]?\d+)?)", raw, re.I)
    try:
        if match:
            return float(match.group(1)), float(match.group(2))
        return float(raw)
    except ValueError:
        return None


def _matches(predicted: float | tuple[float, float] | None, gold: float | tuple[float, float] | None) -> bool:
    if predicted is None or gold is None or isinstance(predicted, tuple) != isinstance(gold, tuple):
        return False
    if isinstance(predicted, tuple) and isinstance(gold, tuple):
        return all(math.isclose(p, g, rel_tol=RELATIVE_TOLERANCE) for p, g in zip(predicted, gold))
    return math.isclose(predicted, gold, rel_tol=RELATIVE_TOLERANCE)  # type: ignore[arg-type]


def benchmark_value(claim: Any) -> float | tuple[float, float] | None:
    """The claim's value as NewsQuant writes it: (low, high) for a range, sub-units as written."""
    if claim.kind == "range":
        if is_vague_amount(claim) and claim.low is not None:
            return claim.low / 2, claim.high
        return claim.low, claim.high
    subunit = written_subunit(claim.text) if claim.kind == "money" else None
    return claim.value / subunit[1] if subunit and claim.value is not None else claim.value


def benchmark_unit(claim: Any, doc: Any = None) -> str:
    """The claim's unit in NewsQuant's vocabulary. A count's unit is what it counts, named by the words of its
    subject phrase (common nouns and adjectives by their lemma: "two smaller tenancies" is "small tenancy"); a
    multiplier counts times; a share of a whole is "%" and the whole ("% condo"); an amount given per something
    is "dollar per barrel", "test per day"."""
    per = getattr(claim, "per", None)
    if claim.kind == "count" and claim.unit and "/" in claim.unit:  # "cases/day"
        counted, per = claim.unit.split("/", 1)
        name = counted[:-1] if counted.endswith("s") and not counted.endswith("ss") else counted
    else:
        name = _unit_name(claim, doc)
    if not per:
        return name
    return f"{name} per {_BENCHMARK_UNITS.get(per) or _BENCHMARK_UNITS.get(per + 's') or per}".lower()


def _unit_name(claim: Any, doc: Any) -> str:
    if claim.kind in {"count", "range", "ratio", "multiplier"} and not claim.unit:
        counted = _counted(claim, doc)
        if claim.kind == "ratio":
            return f"% {counted or '-'}"
        return "count" if claim.kind == "multiplier" or counted == "time" else counted or "-"
    subunit = written_subunit(claim.text) if claim.kind == "money" else None
    if subunit:
        return _BENCHMARK_SUBUNITS[subunit[0]]
    if claim.kind == "quantity" and claim.unit in {"years", "months"} and (
            re.search(r"[\s-]old$", claim.text) or not re.search(r"[A-Za-z]", claim.text)):
        return f"{claim.unit[:-1]} of age"  # "a 50 year-old", "Alma Torres, 67,"
    if claim.unit:
        if claim.kind == "money" and claim.unit not in _BENCHMARK_UNITS:
            return (currency_name(claim.unit) or claim.unit).lower()  # "PLN": "polish zloty"
        return _BENCHMARK_UNITS.get(claim.unit, claim.unit).lower()
    return "-"


# Words of a subject phrase that name nothing counted: determiners, numbers, "and", "of", "'s", pronouns.
_NOT_NAMING = {"DET", "NUM", "CCONJ", "ADP", "PUNCT", "PART", "PRON", "SYM", "AUX", "VERB", "SCONJ", "ADV"}


def _counted(claim: Any, doc: Any) -> str | None:
    """What a count counts, as NewsQuant names it: the subject phrase's naming words, lower case."""
    if claim.subject_span is None or doc is None or doc.nlp is None:
        return None
    span = doc.nlp.char_span(claim.subject_span.start, claim.subject_span.end, alignment_mode="expand")
    words: list[str] = []
    kept, glued = -1, False  # a hyphenated word stays one word: "first-team player", "coal-fired power plant"
    for token in span or ():
        if token.text == "-" and kept == token.i - 1 and not token.whitespace_ and not token.nbor(-1).whitespace_:
            words[-1], kept, glued = words[-1] + "-", token.i, True
            continue
        word = (token.lemma_ if token.pos_ in {"NOUN", "ADJ"} else token.text).lower()
        if glued:
            words[-1], kept = words[-1] + word, token.i
        elif token.pos_ not in _NOT_NAMING:
            words.append(word)
            kept = token.i
        glued = False
    return " ".join(words) or None


def _prf(true_predictions: int, true_gold: int, predicted: int, gold: int) -> dict[str, float]:
    precision = true_predictions / predicted if predicted else 0.0
    recall = true_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(100 * precision, 1), "recall": round(100 * recall, 1), "f1": round(100 * f1, 1)}


def score_newsquant(path: str | Path, pipeline: Any = None) -> dict[str, Any]:
    """Run the claim stage on every NewsQuant sentence and return value P/R/F1 (paper's and strict) and value+unit F1.

    `pipeline` is a `claimcheck.pipeline.Pipeline` whose stages are reused; one is built when not given.
    Sentences have no article date, so nothing is resolved against one.
    """
    from claimcheck.claims import ClaimExtractor, change_pairs
    from claimcheck.ingest import from_text
    from claimcheck.pipeline import Pipeline
    from claimcheck.segment import Segmenter

    path = Path(path)
    if path.is_dir():
        path = path / "NewsQuant.json"
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read the NewsQuant benchmark ({exc.__class__.__name__})") from None
    pipeline = pipeline or Pipeline()
    segmenter, extractor = Segmenter(pipeline.resources.nlp), ClaimExtractor()

    counts = dict.fromkeys(["predicted", "gold", "paper_tp", "strict_tp", "unit_paper_tp", "unit_strict_tp"], 0)
    words, claim_seconds = 0, 0.0
    for record in records:
        doc = from_text(record["text"])
        doc.non_body = []  # a lone sentence is body text, never a headline
        segmenter(doc)
        started = time.perf_counter()
        extractor(doc)
        claim_seconds += time.perf_counter() - started
        words += len(record["text"].split())
        pairs = [(before, after) for before, after in change_pairs(doc) if before.start < after.start]
        paired = {id(claim) for pair in pairs for claim in pair}
        predictions = [((benchmark_value(before), benchmark_value(after)), benchmark_unit(after, doc))
                       for before, after in pairs]
        predictions += [(benchmark_value(c), benchmark_unit(c, doc))
                        for c in doc.claims or [] if c.kind in QUANTITY_KINDS and id(c) not in paired]
        gold = [(_gold_value(q["value"]), str(q["normalized_unit"]).lower()) for q in record["quantities"]]
        counts["predicted"] += len(predictions)
        counts["gold"] += len(gold)
        for with_unit, paper_key, strict_key in ((False, "paper_tp", "strict_tp"),
                                                 (True, "unit_paper_tp", "unit_strict_tp")):
            def same(p: tuple, g: tuple) -> bool:
                return _matches(p[0], g[0]) and (not with_unit or p[1] == g[1])

            counts[paper_key] += sum(any(same(p, g) for g in gold) for p in predictions)
            unused = list(gold)
            for p in predictions:
                hit = next((g for g in unused if same(p, g)), None)
                if hit is not None:
                    unused.remove(hit)
                    counts[strict_key] += 1
    return {
        "sentences": len(records),
        "gold": counts["gold"],
        "predicted": counts["predicted"],
        "value": _prf(counts["paper_tp"], counts["paper_tp"], counts["predicted"], counts["gold"]),
        "value_strict": _prf(counts["strict_tp"], counts["strict_tp"], counts["predicted"], counts["gold"]),
        "value_unit": _prf(counts["unit_paper_tp"], counts["unit_paper_tp"], counts["predicted"], counts["gold"]),
        "value_unit_strict": _prf(counts["unit_strict_tp"], counts["unit_strict_tp"], counts["predicted"],
                                  counts["gold"]),
        "claim_seconds_per_1000_words": round(1000 * claim_seconds / words, 3) if words else None,
    }
