"""CC211: a load no single vehicle of its kind has ever carried.

A mass carried by a vehicle ("the plane was bringing 1,500 tonnes of meat": a quantity whose verb is a carrying
verb and whose measured noun or subject is a kind of vehicle in claimcheck/checks/vehicle_loads.json) is
divided by the number of those vehicles: a count of them in the same sentence ("three aircraft flew 900 tonnes"),
else one when the subject is written in the singular. When the lightest load per vehicle the hedges allow is over
the kind's record maximum times `load_margin`, the load is flagged. A load told over many trips or a span of time
("carried 2 million tonnes last year") and a kind the table does not list say nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as package_data

from claimcheck.checks.common import claim_evidence, claim_interval, written
from claimcheck.checks.derived import price_table
from claimcheck.checks.registry import RULES
from claimcheck.document import Document, Fact, Flag
from claimcheck.settings import Settings

MAX_DAYS = 7  # a load dated to a longer span (a month, a year) may be many loads


@dataclass(frozen=True)
class VehicleKind:
    """One row of the load table: the nouns that name the kind and the most one such vehicle has carried."""

    name: str
    words: frozenset[str]
    max_tonnes: float
    source: str


@dataclass(frozen=True)
class LoadTable:
    """The documented record loads (claimcheck/checks/vehicle_loads.json) and the verbs and words it reads."""

    kinds: tuple[VehicleKind, ...]
    carry_verbs: frozenset[str]
    repeat_words: frozenset[str]

    def kind_of(self, noun: str | None) -> VehicleKind | None:
        """The kind of vehicle a noun's lemma names, or None."""
        return next((k for k in self.kinds if noun in k.words), None)


@lru_cache(maxsize=1)
def load_table() -> LoadTable:
    """The vehicle load table shipped with the package."""
    raw = json.loads(package_data.files("claimcheck.checks").joinpath("vehicle_loads.json").read_text("utf-8"))
    kinds = tuple(VehicleKind(c["name"], frozenset(c["words"]), float(c["max_tonnes"]), c["source"])
                  for c in raw["categories"])
    return LoadTable(kinds, frozenset(raw["carry_verbs"]), frozenset(raw["repeat_words"]))


def load_flags(doc: Document, settings: Settings) -> list[Flag]:
    """CC211 over every carried mass among the Document's facts."""
    table, tonnes = load_table(), price_table().measures["mass"]
    facts = [f for f in doc.facts or [] if f.modality != "negated" and f.claim.value and f.claim.value > 0]
    flags = []
    for load in facts:
        vehicle = _vehicle(load, table)
        kind = table.kind_of(vehicle)
        if (kind is None or load.claim.kind != "quantity" or load.claim.unit not in tonnes or load.per_unit
                or load.role != "level" or load.event not in table.carry_verbs
                or _repeated(load, vehicle, facts, table)):
            continue
        vehicles = _vehicles(load, vehicle, facts, settings)
        interval = claim_interval(load.claim, settings)
        if vehicles is None or interval is None:
            continue
        count, how_many = vehicles
        each = interval.low * tonnes[load.claim.unit] / tonnes["tonne"] / how_many
        if each <= kind.max_tonnes * settings.load_margin:
            continue
        rule = RULES["CC211"]
        if count is None:
            carried = f"{written(load.claim)} on one {vehicle}"
        else:
            per_vehicle = load.claim.value * tonnes[load.claim.unit] / tonnes["tonne"] / count.claim.value
            carried = (f"{written(load.claim)} on {written(count.claim).lower()} {count.claim.subject or ''} is "
                       f"about {per_vehicle:,.0f} tonnes each")
        message = (f"{carried[0].upper()}{carried[1:]}: no {vehicle} has carried more than about "
                   f"{kind.max_tonnes:,.0f} tonnes ({kind.source.split(':')[0]})")
        cited = sorted((c.claim for c in (load, count) if c is not None), key=lambda c: c.start)
        flags.append(Flag("CC211", rule.name, rule.severity, 0.5, message, [claim_evidence(c) for c in cited]))
    return flags


def _vehicle(load: Fact, table: LoadTable) -> str | None:
    """The kind of vehicle that carries a load: its measured noun, or for the stuff of a unit ("the jet carried
    2,400 tonnes of flowers": flower) a word of its subject that names one."""
    if table.kind_of(load.measure) is not None:
        return load.measure
    return next((term for term in sorted(load.measure_terms) if table.kind_of(term) is not None), None)


def _vehicles(load: Fact, vehicle: str, facts: list[Fact], settings: Settings) -> tuple[Fact | None, float] | None:
    """The count of the load's vehicles in its sentence and the most it allows, or (None, 1) for one vehicle
    named in the singular; None when how many is not said ("the aircraft" may be several)."""
    counts = [f for f in facts
              if f.claim.kind == "count" and f.sentence == load.sentence and f.measure == vehicle]
    if counts:
        count = counts[0]
        interval = claim_interval(count.claim, settings)
        return (count, interval.high) if interval is not None and interval.high > 0 else None
    written_noun = (load.claim.subject or "").split()[-1:] or [""]
    singular = written_noun[0].lower() == vehicle and not vehicle.endswith("craft")
    return (None, 1.0) if singular else None


def _repeated(load: Fact, vehicle: str, facts: list[Fact], table: LoadTable) -> bool:
    """Whether the load may be many loads: a trip or span word near it, another count in its sentence (trips,
    flights), or a date range longer than a week."""
    if load.context_terms & table.repeat_words:
        return True
    if any(f.sentence == load.sentence and f.claim.kind in {"count", "period"} and f.measure != vehicle
           for f in facts):
        return True
    return load.time is not None and (load.time.last - load.time.first).days >= MAX_DAYS
