"""CC210: one named person or body given two attributes that cannot both hold.

Reads the facts stage's `Attribute`s (`claimcheck.facts.entity_attributes`) and flags, once per person or body
and kind:
- two ages of one person, in different sentences, further apart than `age_tolerance_years` (a birthday between
  two mentions moves an age by one);
- two nationalities of one person or body, in different sentences, that name different states of the shipped
  table (`nationalities.json`: sovereign states and their adjectives). Adjectives of regions, peoples,
  religions and parties are not in it and never conflict; nor do two states written together in one place
  ("British-Iranian", a dual national) or a state the entity is said to come from ("Mexican-born");
- one role written in apposition with the definite article or none ("X, the lead author", "Y, lead author of the
  study") given to two different people, where both name the same thing it is a role in, or one names none.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources as package_data

from claimcheck.checks.registry import RULES
from claimcheck.document import Attribute, Document, Evidence, Flag
from claimcheck.settings import Settings


@lru_cache(maxsize=1)
def nationality_table() -> dict[str, str]:
    """Each nationality adjective of the shipped table (lower case) to the state it names."""
    raw = json.loads(package_data.files("claimcheck.checks").joinpath("nationalities.json").read_text("utf-8"))
    return {adjective: state for state, adjectives in raw["states"].items() for adjective in adjectives}


def attribute_flags(doc: Document, settings: Settings) -> list[Flag]:
    """CC210 over the Document's attributes."""
    by_entity: dict[tuple[str, str], list[Attribute]] = {}
    for attribute in doc.attributes or []:
        kind = "nationality" if attribute.kind == "origin" else attribute.kind
        by_entity.setdefault((attribute.entity, kind), []).append(attribute)
    flags = []
    for (entity, kind), found in by_entity.items():
        if kind == "age":
            pair = _age_conflict(found, settings.age_tolerance_years)
        elif kind == "nationality":
            pair = _nationality_conflict(found)
        else:
            continue
        if pair is not None:
            flags.append(_flag(doc, pair, _message(entity, kind, pair)))
    flags += _role_flags(doc, [a for a in doc.attributes or [] if a.kind == "role"])
    return flags


def _age_conflict(ages: list[Attribute], tolerance: int) -> tuple[Attribute, Attribute] | None:
    """The first two ages of one person in different sentences more than `tolerance` years apart."""
    for i, first in enumerate(ages):
        for second in ages[i + 1:]:
            if second.sentence != first.sentence and abs(int(first.value) - int(second.value)) > tolerance:
                return first, second
    return None


def _states(attribute: Attribute) -> set[str]:
    """The states an adjective (or a hyphenated pair of them: "british-iranian") names."""
    table = nationality_table()
    if attribute.value in table:
        return {table[attribute.value]}
    return {table[part] for part in re.split(r"[-–]", attribute.value) if part in table}


def _nationality_conflict(found: list[Attribute]) -> tuple[Attribute, Attribute] | None:
    """The first two places that give one entity nationalities of different states, unless one place gives both
    (a dual national) or the entity is said to come from one of them."""
    origins = set().union(*(_states(a) for a in found if a.kind == "origin"))
    places: dict[int, set[str]] = {}
    for attribute in found:
        if attribute.kind == "nationality":
            places.setdefault(attribute.sentence, set()).update(_states(attribute))
    together = [states for states in places.values() if len(states) > 1]
    named = [a for a in found if a.kind == "nationality" and len(_states(a)) == 1]
    for i, first in enumerate(named):
        for second in named[i + 1:]:
            a, b = next(iter(_states(first))), next(iter(_states(second)))
            if first.sentence == second.sentence or a == b or {a, b} & origins:
                continue
            if any({a, b} <= states for states in together):
                continue
            return first, second
    return None


def _role_flags(doc: Document, roles: list[Attribute]) -> list[Flag]:
    """One flag per role held alone that two different people are given."""
    flags, seen = [], set()
    for i, first in enumerate(roles):
        for second in roles[i + 1:]:
            if first.value != second.value or first.value in seen or first.sentence == second.sentence:
                continue
            if _same_person(first.entity, second.entity):
                continue
            if not _scopes_agree(first.scope, second.scope):
                continue
            seen.add(first.value)
            message = (f"{_title(first.entity)} and {_title(second.entity)} are each called the "
                       f"{first.value}{f' of the {first.scope or second.scope}' if first.scope or second.scope else ''}")
            flags.append(_flag(doc, (first, second), message))
    return flags


def _scopes_agree(a: str | None, b: str | None) -> bool:
    """Whether two roles are roles in one thing: one names none, or one's words are all in the other's ("study",
    "new study")."""
    if not a or not b:
        return True
    return set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())


def _same_person(a: str, b: str) -> bool:
    """Two keys of one person: equal, or one a part of the other ("siegel", "michael siegel")."""
    return a == b or set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())


def _message(entity: str, kind: str, pair: tuple[Attribute, Attribute]) -> str:
    first, second = pair
    if kind == "age":
        return f"{_title(entity)} is {first.value} years old in one place and {second.value} in another"
    return f"{_title(entity)} is called {_written(first)} in one place and {_written(second)} in another"


def _written(attribute: Attribute) -> str:
    return attribute.value.title() if attribute.value.islower() else attribute.value


def _title(key: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in key.split())


def _flag(doc: Document, pair: tuple[Attribute, Attribute], message: str) -> Flag:
    rule = RULES["CC210"]
    evidence = [Evidence(a.start, a.end, doc.text[a.start:a.end]) for a in sorted(pair, key=lambda a: a.start)]
    return Flag("CC210", rule.name, rule.severity, 0.5, message, evidence)
