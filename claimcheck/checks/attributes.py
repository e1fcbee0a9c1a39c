"""CC210: one named person or body given two attributes that cannot both hold.

Reads the facts stage's `Attribute`s (`claimcheck.facts.entity_attributes`) and flags, once per person or body
and kind:
- two ages of one person, in different sentences, further apart than `age_tolerance_years` (a birthday between
  two mentions moves an age by one; an age told as a decade, "in his mid-sixties", allows its years), or an age
  further than that from the one a birth year gives in the article's year;
- two affiliations of one person or body, in different sentences, that name different groups of one system in
  the shipped table (`affiliations.json`): two sovereign states ("Mexican", "Brazilian"), or two parties of one
  party system ("Republican", "Democratic"; a party is also the body one is a member of: "a member of the Labour
  Party", "Conservative Party leader X"). Adjectives of regions, peoples and faiths are not in it and never
  conflict; nor do two states written together in one place ("British-Iranian", a dual national) or a state
  the entity is said to come from ("Mexican-born"); but two countries of birth do ("born in Austria", "the
  German-born researcher");
- one role written in apposition with the definite article or none ("X, the lead author", "Y, lead author of the
  study") given to two different people, where both name the same thing it is a role in, or one names none; and
  one capitalised title of a portfolio written right before two different people's names for now ("Interior
  Minister X", "Interior Minister Y"), in one place or body or neither naming one, unless one sentence is dated
  over a year back;
- two offices of one kind given to one person for one time and body (`claimcheck.entity_facts`): two heads of
  a state or government ("President X", "X, the Prime Minister"), a title and the rank below it ("the club's
  captain", "its vice-captain"), or two capitalised titles with one head ("Home Secretary", "former Foreign
  Secretary", both in the past), where a portfolio's secretary and minister are one head and one of the two may
  be written in lower case ("Interior Secretary X", "the foreign minister said");
- two organisations of one kind that one person belongs to now ("Moss of Yale University", "Moss, a
  professor at Stanford University");
- two family relations of one person to one relative that cannot both hold ("her son", "her nephew"; "his
  wife", "his sister"); a widow is a wife;
- two placings of one person in one contest and year ("won the race", "finished second"; "took second prize" a
  year ago, "last year's winner");
- two values of one facet of a body's ownership (`claimcheck.entity_facts.ownerships`): its owner ("state-owned",
  "privately held"), whether it seeks a profit ("nonprofit", "investor-owned") or whether its shares are listed
  ("wholly owned by the province", "publicly traded").
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from importlib import resources as package_data

from claimcheck.checks.registry import RULES
from claimcheck.document import Attribute, Document, Evidence, Flag
from claimcheck.entity_facts import FUTURE_WORDS, KIN, NOW_WORDS, PAST_WORDS, TEMPORARY_WORDS
from claimcheck.settings import Settings

# Words that make a title the rank below the bare one ("vice-captain", "Deputy Prime Minister"); not "assistant"
# or "associate", which news leaves off ("Professor Ruiz", an associate professor), nor "co" ("the founder").
SUBORDINATE = {"vice", "deputy", "under", "lieutenant"}
# Military ranks whose grades news shortens to the bare rank once it has given the full one ("Lieutenant General
# Ruiz", then "General Ruiz"; "Vice Admiral", "Admiral"; "Lieutenant Colonel", "Colonel"): one rank, not the one above.
GRADED_RANKS = {"general", "admiral", "colonel"}
TIME_WORDS = PAST_WORDS | FUTURE_WORDS | NOW_WORDS | TEMPORARY_WORDS
# Heads of a government portfolio's title that news writes for one office ("Foreign Secretary", "the foreign
# minister"), read as one head.
PORTFOLIO_HEADS = {"secretary": "minister", "minister": "minister"}
# The titles of a state's or government's head, of which one person holds one at a time.
EXECUTIVE_HEADS = {"president", "premier"}
# Heads of titles that one person holds at a time in the body or place they are held in ("NASA administrator",
# "Eastbrook's mayor", "the club's captain"), as is any title that starts with "chief" or "head" ("chief financial
# officer", "head coach"); unlike "MP", "senator", "professor" or "spokesman", of which a body has several.
ONE_HOLDER_HEADS = {"mayor", "governor", "administrator", "chancellor", "premier", "president", "chairman",
                    "chairwoman", "chairperson", "chair", "captain"}
CHIEF_WORDS = {"chief", "head"}


@lru_cache(maxsize=1)
def affiliation_table() -> dict[str, tuple[str, str]]:
    """Each affiliation adjective of the shipped table (lower case) to its system and the group it names within
    it: "mexican" -> ("state", "mexico"), "republican" -> ("united states", "republican")."""
    raw = json.loads(package_data.files("claimcheck.checks").joinpath("affiliations.json").read_text("utf-8"))
    table = {adjective: ("state", state) for state, adjectives in raw["states"].items() for adjective in adjectives}
    table.update({state: ("state", state) for state in raw["states"]})  # a birthplace: "born in Austria"
    for system, parties in raw["parties"].items():
        if system != "about":
            table.update({adjective: (system, party[0]) for party in parties for adjective in party})
    return table


def attribute_flags(doc: Document, settings: Settings) -> list[Flag]:
    """CC210 over the Document's attributes."""
    by_entity: dict[tuple[str, str], list[Attribute]] = {}
    for attribute in doc.attributes or []:
        kind = {"origin": "affiliation", "born": "age"}.get(attribute.kind, attribute.kind)
        party = _party(attribute) if kind == "member" else None
        if party is not None:  # "a member of the Labour Party": the party, as "Labour MP" gives it
            kind, attribute = "affiliation", replace(attribute, kind="affiliation", value=party)
        by_entity.setdefault((attribute.entity, kind), []).append(attribute)
    flags = []
    for (entity, kind), found in by_entity.items():
        if kind == "age":
            pair = _age_conflict(found, settings.age_tolerance_years, _published_year(doc))
        elif kind == "affiliation":
            pair = _affiliation_conflict(found, doc.text)
        elif kind == "office":
            pair = _office_conflict(doc, found)
        elif kind == "member":
            pair = next(((a, b) for i, a in enumerate(found) for b in found[i + 1:]
                         if a.sentence != b.sentence and _two_of_a_kind(a, b)), None)
        elif kind == "kin":
            pair = next(((a, b) for i, a in enumerate(found) for b in found[i + 1:] if a.sentence != b.sentence
                         and a.scope == b.scope and _kin_conflict(a.value, b.value)), None)
        elif kind == "ownership":
            pair = next(((a, b) for i, a in enumerate(found) for b in found[i + 1:] if a.sentence != b.sentence
                         and _facet(a) == _facet(b) and a.value != b.value), None)
        elif kind == "placing":
            pair = next(((a, b) for i, a in enumerate(found) for b in found[i + 1:] if a.sentence != b.sentence
                         and a.value != b.value and a.when == b.when and _scopes_agree(a.scope, b.scope)), None)
        else:
            continue
        if pair is not None:
            flags.append(_flag(doc, pair, _pair_message(doc, entity, kind, pair)))
    roles = [a for a in doc.attributes or [] if a.kind == "role"]
    flags += _role_flags(doc, roles)
    as_roles = {(a.entity, a.sentence, a.value) for a in roles}  # compared as roles held alone already
    flags += _holders_flags(doc, [a for a in doc.attributes or [] if a.kind == "office"
                                  and (a.entity, a.sentence, a.value) not in as_roles])
    return flags


def _facet(ownership: Attribute) -> str:
    """What an ownership tells of a body: "owner", "profit" or "listing" ("owner=state")."""
    return ownership.value.split("=", 1)[0]


def _party(member: Attribute) -> str | None:
    """The party adjective of the shipped table a body's name gives ("labour party": "labour"; a party named without
    "party", "Labour's spokesman on housing": "labour"), or None."""
    words = member.value.split()
    name = " ".join(words[:-1]) if words[-1:] == ["party"] else member.value
    found = affiliation_table().get(name) if name else None
    return name if found is not None and found[0] != "state" else None


def _age_conflict(ages: list[Attribute], tolerance: int, year: int | None) -> tuple[Attribute, Attribute] | None:
    """The first two ages of one person in different sentences more than `tolerance` years apart (a birthday may
    fall between them); a birth year gives the age the person turns in the article's year, less one before the
    birthday, which already allows for the birthday: an age outside those two is flagged."""
    for i, first in enumerate(ages):
        for second in ages[i + 1:]:
            if second.sentence == first.sentence:
                continue
            if first.kind == second.kind == "age":
                (low, high), (other_low, other_high) = _years(first), _years(second)
                clash = max(low, other_low) - min(high, other_high) > tolerance
            elif first.kind != second.kind and year is not None:
                age, born = (first, second) if first.kind == "age" else (second, first)
                turns = year - int(born.value)
                low, high = _years(age)
                clash = high < turns - 1 or low > turns
            else:
                clash = False
            if clash:
                return first, second
    return None


def _years(age: Attribute) -> tuple[int, int]:
    """The ages an age attribute allows: one ("47"), or a decade's part ("63-66": "in his mid-sixties")."""
    low, _, high = age.value.partition("-")
    return int(low), int(high or low)


def _published_year(doc: Document) -> int | None:
    date = doc.meta.date or ""
    return int(date[:4]) if date[:4].isdigit() else None


def _groups(attribute: Attribute) -> set[tuple[str, str]]:
    """The (system, group) pairs an adjective (or a hyphenated pair of them: "british-iranian") names."""
    table = affiliation_table()
    if attribute.value in table:
        return {table[attribute.value]}
    return {table[part] for part in re.split(r"[-–]", attribute.value) if part in table}


def _affiliation_conflict(found: list[Attribute], text: str) -> tuple[Attribute, Attribute] | None:
    """The first two places that give one entity different groups of one system (two states, two parties),
    unless one place gives both (a dual national) or the entity is said to come from one of them; or two places
    it was born in ("born in Austria", "the German-born researcher"; "US-based" is where it works, not an origin
    of birth)."""
    born = [a for a in found if a.kind == "origin" and len(_groups(a)) == 1 and "born" in text[a.start:a.end]]
    for i, first in enumerate(born):  # "born in Austria" and "the German-born researcher": one birthplace each
        for second in born[i + 1:]:
            if first.sentence != second.sentence and _groups(first) != _groups(second):
                return first, second
    origins = set().union(*(_groups(a) for a in found if a.kind == "origin"))
    places: dict[int, set[tuple[str, str]]] = {}
    for attribute in found:
        if attribute.kind == "affiliation":
            places.setdefault(attribute.sentence, set()).update(_groups(attribute))
    named = [a for a in found if a.kind == "affiliation" and len(_groups(a)) == 1]
    for i, first in enumerate(named):
        for second in named[i + 1:]:
            (a,), (b,) = _groups(first), _groups(second)
            if first.sentence == second.sentence or a == b or a[0] != b[0] or {a, b} & origins:
                continue
            if any({a, b} <= groups for groups in places.values()):
                continue
            return first, second
    return None


def _office_conflict(doc: Document, found: list[Attribute]) -> tuple[Attribute, Attribute] | None:
    """The first two titles of one person, in different sentences and at one time (both now, both past or both future;
    never an acting one or one of a career, nor two called "former"), in one body, that are two offices of one kind: two
    heads of a state or government ("President", "Prime Minister": `_executive_head`), one rank below the other
    ("vice-captain", "captain"; not a military grade and its rank: `GRADED_RANKS`), or two capitalised titles with one
    head and other words ("Home Secretary", "Foreign Secretary"; of a portfolio's minister or secretary, one may be in
    lower case: "Interior Secretary", "the foreign minister"), unless the other words are parties ("Labour MP")."""
    for i, first in enumerate(found):
        for second in found[i + 1:]:
            if first.sentence == second.sentence or {"temporary", "career"} & {first.when, second.when}:
                continue
            if first.when == second.when == "former":
                continue  # "the former Health Minister", "a former Finance Minister": past offices of a career
            if _time(first) != _time(second) or not _scopes_agree(first.scope, second.scope):
                continue
            heads = _executive_head(first.value, first.scope), _executive_head(second.value, second.scope)
            if None not in heads and heads[0] != heads[1]:
                return first, second  # "President Chahed" and "Chahed, the Prime Minister": one government's head
            chiefs = _chief(first.value), _chief(second.value)
            if None not in chiefs and chiefs[0] != chiefs[1]:
                return first, second  # "chief executive Ana Ruiz" and "chief financial officer Ruiz"
            a, b = first.value.split(), second.value.split()
            if PORTFOLIO_HEADS.get(a[-1], a[-1]) != PORTFOLIO_HEADS.get(b[-1], b[-1]):
                continue
            only_a, only_b = set(a[:-1]) - set(b[:-1]), set(b[:-1]) - set(a[:-1])
            if only_a and only_b and all(w in affiliation_table() for w in only_a | only_b):
                continue  # "Labour MP", "Conservative MP": two parties, which the affiliations compare
            if bool(only_a & SUBORDINATE) != bool(only_b & SUBORDINATE) and a[-1] not in GRADED_RANKS:
                return first, second
            proper = _capitalised(doc, first), _capitalised(doc, second)
            if only_a and only_b and (all(proper) or any(proper) and PORTFOLIO_HEADS.get(a[-1]) == "minister"):
                return first, second  # "Interior Secretary Ebrard" and later "the foreign minister said"
    return None


def _executive_head(title: str, scope: str | None) -> str | None:
    """"prime minister" for a prime minister's title, whatever place is written in it ("Prime Minister of Tarvia"),
    or the bare title of a head of state (`EXECUTIVE_HEADS`: "President"), of no body or of a state the shipped
    table knows ("President of France"); None for any other ("vice president", "party president", "the president
    of the chess federation")."""
    if scope and affiliation_table().get(scope, ("", ""))[0] != "state":
        return None
    words = title.split()
    if words[0] == "prime" and words[-1] == "minister":
        return "prime minister"
    return title if title in EXECUTIVE_HEADS else None


def _two_of_a_kind(a: Attribute, b: Attribute) -> bool:
    """Whether two bodies a person is said to belong to at one time, other than as a "member", are two of one
    kind: names of two or more words with one head noun (the last word, or the word before "of") that share no
    other word ("Yale University", "Stanford University", "the University of Tarvik"; "the Labour Party's
    spokesperson", "the Conservative Party's spokesperson")."""
    if {a.when, b.when} - {None, "now"} or "member" in {a.scope, b.scope}:
        return False  # one held before, or a membership, of which people hold several (two committees)
    (head_a, rest_a), (head_b, rest_b) = _head_and_rest(a.value), _head_and_rest(b.value)
    return bool(rest_a and rest_b) and head_a == head_b and not rest_a & rest_b


def _head_and_rest(name: str) -> tuple[str, set[str]]:
    """A body's name as its head noun and its other words: "yale university" and "university of tarvik" both
    have the head "university"."""
    words = name.split()
    at = words.index("of") if "of" in words[1:-1] else len(words)
    return words[at - 1], set(words[:at - 1] + words[at + 1:])


def _kin_conflict(a: str, b: str) -> bool:
    """Whether two family relations to one relative cannot both hold: two kinds ("son", "nephew") or two sexes
    ("son", "daughter"); "child" and "son", "wife" and "widow" can."""
    (kind_a, sex_a), (kind_b, sex_b) = KIN[a], KIN[b]
    return kind_a != kind_b or bool(sex_a and sex_b and sex_a != sex_b)


def _time(office: Attribute) -> str:
    return "past" if office.when == "former" else office.when or "now"


def _capitalised(doc: Document, attribute: Attribute) -> bool:
    """Whether a title is written as a proper one, each word capitalised ("Home Secretary", "Secretary of State"),
    bar a time word."""
    words = [w for w in re.split(r"[\s-]+", doc.text[attribute.start:attribute.end]) if w]
    return bool(words) and all(w[:1].isupper() for w in words if w.lower() not in TIME_WORDS | {"of"})


def _quoted(doc: Document, attribute: Attribute) -> str:
    return "“" + doc.text[attribute.start:attribute.end] + "”"


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
            message = f"{_title(first.entity)} and {_title(second.entity)} are each called the {first.value}"
            flags.append(_flag(doc, (first, second), message))
    return flags


def _holders_flags(doc: Document, offices: list[Attribute]) -> list[Flag]:
    """One flag per office of one holder at a time given to two different people now: a capitalised title of a
    portfolio and its head, written right before each name ("Interior Minister Ana Ruiz", "Interior Minister Jan
    Kos"), not a rank below ("Deputy"), in one body or place (or neither names one: "Chinese Foreign Minister"
    and "Foreign Minister" may be two countries'), in no sentence dated over a year before the article ("In
    2012, Interior Minister ...")."""
    published = doc.meta.published
    dated = {f.sentence for f in doc.facts or [] if f.claim.kind in {"date", "period"} and f.time is not None
             and published is not None and (published - f.time.last).days > 366}  # "in 2012, ..."
    flags, seen = [], set()
    now = [a for a in offices if a.when in {None, "now"} and a.sentence not in dated
           and not set(a.value.split()) & SUBORDINATE]
    single = [a for a in now if len(a.value.split()) > 1 and _capitalised(doc, a) and _named_after(doc, a)
              and not all(w in affiliation_table() for w in a.value.split()[:-1])]  # not "Labour MP": a party's
    alone = [a for a in now if _held_alone(a) and a not in single]
    pairs = [(a, b) for i, a in enumerate(single) for b in single[i + 1:] if a.scope == b.scope]
    pairs += [(a, b) for i, a in enumerate(alone) for b in alone[i + 1:]
              if (a.scope and b.scope and _scopes_agree(a.scope, b.scope)) or (not a.scope and not b.scope
                                                                               and _chief(a.value))]
    for first, second in pairs:
        if first.value != second.value or first.value in seen or first.sentence == second.sentence or \
                _same_person(first.entity, second.entity):
            continue
        seen.add(first.value)
        message = f"{_title(first.entity)} and {_title(second.entity)} are each called {_quoted(doc, first)}"
        flags.append(_flag(doc, (first, second), message))
    return flags


def _held_alone(office: Attribute) -> bool:
    """Whether one person holds the title at a time in its body or place: its head is one of `ONE_HOLDER_HEADS`
    or it starts with "chief" or "head" ("chief constable", "head coach")."""
    words = office.value.split()
    return words[-1] in ONE_HOLDER_HEADS or bool(_chief(office.value))


def _chief(title: str) -> str | None:
    """A title of two or more words that starts with "chief" or "head", without a trailing "officer" ("chief
    executive officer" is the chief executive); None for any other."""
    words = title.split()
    if len(words) < 2 or words[0] not in CHIEF_WORDS:
        return None
    return " ".join(words[:-1] if words[-1] == "officer" and len(words) > 2 else words)


def _named_after(doc: Document, office: Attribute) -> bool:
    """Whether the holder's name is written right after the title ("Interior Minister Ana Ruiz")."""
    after = doc.text[office.end:office.end + 40].split()
    return bool(after) and _folded(after[0]) in office.entity.split()


def _folded(word: str) -> str:
    """A word as a name's key has it: lower case, without diacritics or a possessive."""
    word = unicodedata.normalize("NFKD", word.lower().replace("’s", "").replace("'s", ""))
    return "".join(c for c in word if not unicodedata.combining(c)).replace("ı", "i").strip(",.;:")


def _scopes_agree(a: str | None, b: str | None) -> bool:
    """Whether two roles are roles in one thing: one names none, or one's words are all in the other's ("study",
    "new study")."""
    if not a or not b:
        return True
    return set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())


def _same_person(a: str, b: str) -> bool:
    """Two keys of one person: equal, or one a part of the other ("siegel", "michael siegel")."""
    return a == b or set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())


def _pair_message(doc: Document, entity: str, kind: str, pair: tuple[Attribute, Attribute]) -> str:
    if kind in {"age", "affiliation"}:
        return _message(entity, kind, pair)
    first, second = (_quoted(doc, a) for a in pair)
    if kind == "member":
        return f"{_title(entity)} is said to belong to {first} in one place and to {second} in another"
    if kind == "kin":
        return f"{_title(entity)} is called {first} in one place and {second} in another"
    return f"{_title(entity)} is described as {first} in one place and {second} in another"


def _message(entity: str, kind: str, pair: tuple[Attribute, Attribute]) -> str:
    first, second = pair
    if kind == "age" and "born" in {first.kind, second.kind}:
        age, born = (first, second) if first.kind == "age" else (second, first)
        return f"{_title(entity)} is {_aged(age)}, but was born in {born.value}"
    if kind == "age":
        return f"{_title(entity)} is {_aged(first)} in one place and {_aged(second)} in another"
    return f"{_title(entity)} is {_affiliated(first)} in one place and {_affiliated(second)} in another"


def _aged(age: Attribute) -> str:
    """How an age reads in a message: "47 years old", or for a decade's part "63 to 66 years old"."""
    low, high = _years(age)
    return f"{low} years old" if low == high else f"{low} to {high} years old"


def _affiliated(attribute: Attribute) -> str:
    """How an affiliation reads in a message: "called Mexican", or for a state's name "tied to Kenya" ("Kenya's
    Wilfred Chesang") or "born in Austria"."""
    if affiliation_table().get(attribute.value) == ("state", attribute.value):
        return f"{'born in' if attribute.kind == 'origin' else 'tied to'} {_title(attribute.value)}"
    return f"called {_written(attribute)}"


def _written(attribute: Attribute) -> str:
    return attribute.value.title() if attribute.value.islower() else attribute.value


def _title(key: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in key.split())


def _flag(doc: Document, pair: tuple[Attribute, Attribute], message: str) -> Flag:
    rule = RULES["CC210"]
    evidence = [Evidence(a.start, a.end, doc.text[a.start:a.end]) for a in sorted(pair, key=lambda a: a.start)]
    return Flag("CC210", rule.name, rule.severity, 0.5, message, evidence)
