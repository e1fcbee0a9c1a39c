"""The rule table: every check's stable code, name, default severity and explain text.

Codes are never reused or renumbered, in the way ruff keeps its codes: a retired rule stays here with
`status="removed"` so that old review verdicts and suppressions still name something. The explain text is
what `claimcheck` shows a person who asks why a flag was raised: what the rule does, why it matters, and an
example.

A rule is `stable` only when its measured precision on the inconsistency benchmark's published originals and
`tune` split is at least 0.9 (a rule that raised no flag there has shown no false one); every other rule is
`preview` and runs only with `--preview`. Which rules run is `select` (codes or prefixes, default all) less
`ignore`, less preview rules without `preview`, less rules whose severity is overridden to "off".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from claimcheck.document import SEVERITY_RANK, Severity
from claimcheck.errors import ClaimcheckError

OFF = "off"


@dataclass(frozen=True)
class Rule:
    """One consistency check: `code` (CC101), `name` (conflicting-amount), default severity and explain text."""

    code: str
    name: str
    severity: Severity
    summary: str
    why: str
    example: str
    status: str = "stable"  # stable, preview or removed

    def explain(self) -> str:
        """The rule's documentation as a person reads it."""
        return (
            f"{self.code} {self.name} ({self.status}; default severity: {self.severity})\n\n"
            f"What it does\n  {self.summary}\n\nWhy it matters\n  {self.why}\n\nExample\n  {self.example}\n"
        )


_RULES = [
    Rule(
        "CC101", "conflicting-amount", "error",
        "Finds one amount of money given two different values in the same article: two money claims in the same "
        "currency whose subjects and context say they measure the same thing, with values that stay apart even "
        "after the rounding their qualifiers ('about', 'nearly') and written precision allow.",
        "A reader cannot tell which figure is right, and at least one of them is wrong in print.",
        "'... signed a $5.4 billion missile defense system contract.' and later '... S-400 air defense missile "
        "systems it procured under a $5.5 billion deal.'",
    ),
    Rule(
        "CC102", "conflicting-count", "error",
        "Finds one count (a death toll, a number of homes, of votes) given two different values in different "
        "sentences, where the subjects and context say it is the same count.",
        "Casualty figures and tallies that disagree are the most common correction in news; an editor should "
        "either reconcile them or say why they differ ('rose to', 'later confirmed').",
        "'The storm killed at least 87 people' and later 'Of the 78 people confirmed dead, ...'",
    ),
    Rule(
        "CC103", "conflicting-percentage", "warning",
        "Finds one percentage given two different values, kept apart from percentage points.",
        "A share or rate quoted twice with different values leaves the reader with two facts where there is one.",
        "'Turnout reached 64 per cent' and later 'with turnout of 61 per cent, ...'",
        status="preview",
    ),
    Rule(
        "CC104", "conflicting-date", "warning",
        "Finds one event given two times that cannot both hold: two resolved dates (a weekday, 'yesterday' or "
        "'last week' read from the article's date, a calendar date, a year) of one event, that is one verb of one "
        "holder, a verb and its noun ('collided', 'the collision happened'), or one statement in one medium; or a "
        "start time and a duration ('broke out at 3:30am', 'took five hours') that miss the time the thing was "
        "done by; or a count or length of weeks of an event that misses its start ('in the eleventh week of "
        "protests', 'protesting since early April'); or an event a speaker reports as done before its date; or "
        "two times of day of one event on one day ('yesterday morning', 'broke out at 3:30pm'); or a date told "
        "before or after another event that misses that event's date ('on Thursday, shortly before the fire'); or "
        "a later step of one process dated before an earlier one (a bill signed before it passed), or a repetition "
        "('again') dated before what it repeats; or a weekday its date is not ('Wednesday, May 16, 2019'). "
        "Other repetitions ('the next hearing'), bounds ('as of', 'since'), dates after the article's "
        "and relative days inside quotes are left alone.",
        "A wrong date moves an event to a different week, month or year and breaks the story's chronology.",
        "'The agreement was signed in 2018' and later 'the agreement, signed in 2019, ...'",
    ),
    Rule(
        "CC105", "conflicting-measure", "warning",
        "Finds one measured quantity with a unit (a sentence in years, a time in seconds, a distance, a weight) "
        "given two different values in different paragraphs, where the facts say it is the same quantity of the "
        "same holder and the fitted same-quantity judge agrees.",
        "A prison term, a record time or a distance restated with another value leaves one of them wrong.",
        "'both men received seven-year prison terms' and later 'both men will begin serving their five-year "
        "sentences'",
    ),
    Rule(
        "CC106", "conflicting-rank", "warning",
        "Finds one ordinal (an attempt, a place, a term) given two different ranks in different paragraphs, where "
        "the facts say it is the same thing counted.",
        "'Second' and 'third' for the same attempt or finish cannot both be right.",
        "'This success came on his second attempt' and later 'This was his third attempt'",
    ),
    Rule(
        "CC107", "conflicting-known-count", "warning",
        "Finds a count of a set the article takes as known, written with 'the', 'all', 'both' or an owner ('the "
        "eight men', 'all four deaths', 'their 13 children'), that no earlier count of those things gives: the "
        "earlier count of the most alike things (one lemma, or alike by the shipped word vectors), of no other "
        "holder, differs. Sets picked out by order or as the rest ('the first three', 'the other two'), sets "
        "picked out by a verb ('the men who fled', 'the injured') whose antecedent underwent something else, and "
        "'the two' (mostly a pair just named) are left alone.",
        "A definite number refers back to something already counted; when the numbers differ, one is wrong.",
        "'Nine men were jailed on Wednesday.' and later 'The eight men had denied the charges.'",
    ),
    Rule(
        "CC201", "implausible-unit-price", "error",
        "Where an amount of money pays for a count or a measured quantity in one transaction (one sentence: 40 "
        "buses, 120 km of road, 500 MW of capacity, 2,000 tonnes of wheat), divides the amount by it and compares "
        "the price per unit with a documented plausible range for the kind of item, each with its source "
        "(claimcheck/checks/unit_prices.json, 64 categories). Says nothing when the item is not in the table.",
        "A per-unit price far outside what such items cost usually means a dropped scale word (thousand, "
        "million, billion) or a wrong figure.",
        "'... to manufacture 600,000 assault rifles in a deal worth $500,000' puts a rifle at under $1.",
    ),
    Rule(
        "CC202", "parts-exceed-total", "error",
        "Where a sentence gives a total and its parts ('Of the 120 victims, 80 were ...'; '120 people, including "
        "80 ... and 50 ...'), checks that the parts do not add up to more than the total. Parts more than "
        "`sum_max_ratio` times the total count something else and are left alone.",
        "Parts larger than their whole mean one of the figures is wrong.",
        "'Of the 40 passengers, 25 were adults and 21 were children.' (46 > 40)",
    ),
    Rule(
        "CC203", "impossible-share", "error",
        "Finds a percentage over 100 used as a share of a group of things ('112 per cent of schools'). "
        "Percentages of amounts (of GDP, of capacity, of target) and rises ('up 150%') may exceed 100 and are "
        "left alone.",
        "No group has more than all of its members; the figure is a typo or a misread rate.",
        "'The teams now work with 112 per cent of the county's schools.'",
    ),
    Rule(
        "CC204", "inconsistent-multiplier", "warning",
        "Where a sentence gives a multiplier (doubled, tripled, three times) with the before and after values "
        "('from 10 to 30'), checks that the after value divided by the before value matches the multiplier.",
        "A 'tripling' that is really a doubling overstates the change the story is about.",
        "'Exports doubled from $4 billion to $12 billion.' (that is three times)",
    ),
    Rule(
        "CC205", "inconsistent-percentage", "warning",
        "Recomputes a percentage from the counts it is given with ('120 of 400 members, or 40%') and a percentage "
        "change from its before and after values ('rose 25% from 80 to 120'), allowing for rounding.",
        "A percentage that disagrees with its own counts is a calculation error the reader can spot.",
        "'Seven of the nine council members, or 60 per cent, voted in favour.' (7/9 is 78%)",
    ),
    Rule(
        "CC206", "share-vs-counts", "warning",
        "Checks a share (a percentage, 'half', 'three-quarters') against the counts it can come from: the count it "
        "is written against ('80% of the 315') or counts of the same thing, and a part written against that "
        "whole or given in the same or the previous sentence. A contender's share of the votes is at most its "
        "votes over the sum of a list of tallies ('19,205 votes to Berg's 14,115'), and at least over the total the "
        "list gives; a turnout is the ballots cast (one count, two told together, or a list's tallies with the "
        "spoiled ones) over the electorate. Flags the share when no such pair agrees with it, allowing for its "
        "rounding and hedging.",
        "A share that no count in the article supports means the share or a count is wrong, and readers do the "
        "division.",
        "'812 of the 2,030 visitors came in costume' and later 'well over half of the visitors wore one'",
    ),
    Rule(
        "CC207", "change-vs-values", "warning",
        "Checks a stated change (doubled, 'three times', '85% more', 'a decline of 20 percent', '30 percentage "
        "points') against the values of one kind and unit in its sentence and the sentences either side, and "
        "flags it when no pair of them fits the change, allowing for rounding and hedging and reading 'more than' as "
        "a bound; a difference told against something ('40 metres taller than the old one') is checked against that "
        "thing's level and another, and a length of time in years against the span of years of the same service.",
        "A change that its own before and after figures do not bear out misstates the story's main finding.",
        "'the chance rose from one in five on Sunday' and then 'by Monday it had doubled to three in five'",
    ),
    Rule(
        "CC208", "rate-vs-product", "warning",
        "Checks a rate given per something ('$512.40 per tonne', '12.4 deaths per 100,000 people') against a count or "
        "quantity of that unit near it and a figure of what the rate counts in the same sentence as either, and flags "
        "the three when rate times base misses the stated product by more than `rate_product_factor` either way. A "
        "quantity given per thing ('each stall was given 800 square feet') times a count of those things is flagged "
        "when it needs more than the largest quantity of that measure the article gives, at the lowest values the "
        "hedges allow, and, for what each thing holds or weighs ('each of the hoppers carried about 90 tonnes'), when "
        "its count times it misses the total those things are told to hold ('the 30 hoppers held some 2,700 tonnes in "
        "all') by that factor. A count given per unit of time over a dated period ('died every day last year') is "
        "checked against a count of the same happening over that period or over a length of time ('eight million views"
        " in two days' against '10,000 views an hour'), two figures of one thing each given per a day, week, month or "
        "year ('2.2 million visitors a year', '60,000 visitors a day') against each other, and a "
        "distance covered in a length of time ('covered 100 metres in under three seconds') against the speeds the "
        "article gives elsewhere of something moving ('a top speed of about 18 mph').",
        "A product that its own rate and base do not bear out usually hides a slipped scale word or digit.",
        "'Arland reports 12.4 road deaths per 100,000 people' and then 'with a population of about 31 million, "
        "that amounts to roughly 380 road deaths a year'",
    ),
    Rule(
        "CC209", "total-vs-parts", "warning",
        "Checks a count of several kinds of thing together ('2,300 nurses and midwives') against the counts of "
        "each kind elsewhere in the article ('1,700 nurses', '600 midwives') and flags them when those do not "
        "add up to the total, allowing `sum_tolerance` (`approx_tolerance` when a figure is hedged); a sum and a "
        "total further apart than `sum_max_ratio` count different things and are left alone. It also holds the "
        "groups a sentence that opens on a set gives, three or more as clauses' subjects ('Of these, 84,920 counted "
        "as valid, 2,240 were blank and 1,250 were rejected'), to the count the opening names or points back at, "
        "and flags them when they fall short of it beyond its rounding (over it is CC202's); and amounts listed "
        "each for a use ('It earmarks $20.2 million for schools, $9.7 million for roads ...') to the amount "
        "their clause's subject is ('a $48.5 million budget'): over it, or short of it when the next sentence "
        "tells the rest ('The remaining $11.5 million ...'), beyond the figures' rounding; and a count of some of "
        "a place's people ('15,000 residents of Ashcombe') to the place's population ('Ashcombe, a market "
        "town of 12,400 people'), when the count is larger; and counts of one noun each of its own sort told in "
        "other sentences ('five gold medals', 'six silver medals') to the first count of that noun with no sort "
        "('won 14 medals'), when they add up to more.",
        "A total that its own parts do not make misstates one of them, or counts something twice.",
        "'1,700 nurses and 600 midwives will strike on Monday' and later 'in all, some 3,300 nurses and "
        "midwives will walk out'",
    ),
    Rule(
        "CC210", "conflicting-attribute", "warning",
        "Finds one named person or body given two attributes that cannot both hold: two ages more than "
        "`age_tolerance_years` apart ('died Saturday, aged 78' and later 'the 81-year-old'; 'in his mid-sixties' "
        "allows 63 to 66), two nationalities of "
        "different states ('the Mexican company X' and 'X, a Brazilian media company') or two parties of one "
        "party system ('Republican X', 'X, the Democratic chairman', 'Labour MP X'), or one role held alone "
        "given to two people ('X, lead author of the study' and 'Y, the lead author'; 'Interior Minister X' and "
        "'Interior Minister Y'; a title one person holds at a time in one named body or place, 'NASA administrator "
        "X' and 'NASA administrator Y', or any 'chief' title, 'chief financial officer X' and 'chief financial "
        "officer Y'); a country owning a name ('Kenya's X') is who the person stands for. It also flags two offices "
        "of one kind given to one person for one time and body (a title and the rank below it: 'the club's "
        "captain' and 'its vice-captain'; two 'chief' titles: 'chief executive X' and 'chief financial officer X'; "
        "or two capitalised titles of one head: 'former Foreign Secretary' and 'appointed him Home Secretary', "
        "'Interior Secretary X' and 'the foreign minister said'), two bodies of one kind one person belongs to "
        "now ('Moss of Boston University', 'Moss, a professor at Stanford University'), two family relations to one "
        "relative that cannot both hold ('her son Anderson Cole' and 'Cole, her nephew'), two placings of one person "
        "in one contest and year ('won the race' and 'finished second'), and two owners, aims or listings of one body "
        "('X, a state-owned airline' and 'X is privately held'; 'a nonprofit trust' and 'a for-profit company'; "
        "'wholly owned by the province' and 'publicly traded'), none told as past or changing ('formerly "
        "state-owned'). 'The 81-year-old' or 'he' is the person named last before it, when that is the person the "
        "article names most.",
        "Who someone is, how old and from where are the facts a reader checks first; two versions of them make "
        "the whole report look unreliable.",
        "'Ivo Brandt died on Sunday, aged 74' and later 'The 79-year-old had been ill for some years.'",
    ),
    Rule(
        "CC211", "implausible-load", "warning",
        "Finds a mass carried by a vehicle ('the plane was bringing 1,500 tonnes', 'two lorries hauled 900 "
        "tonnes') that, per vehicle, is more than any vehicle of that kind has ever carried (the documented record "
        "loads in claimcheck/checks/vehicle_loads.json: aircraft, helicopters, ships, trucks, trains) times "
        "`load_margin`. Loads over several trips or a span of time and kinds not in the table say nothing.",
        "A load beyond the largest vehicle ever built usually hides a slipped scale word, unit or digit.",
        "'A small cargo plane overran the runway on landing' and 'the plane was carrying 1,200 tonnes of grain'",
    ),
    Rule(
        "CC301", "contradictory-statements", "warning",
        "Scores pairs of related statements with the project's NLI model in both directions and flags a pair "
        "whose contradiction probability passes `nli_threshold` both ways. Pairs are sentences alike by their "
        "statements' word vectors or sharing a named person or body, a few per sentence, so the cost grows with "
        "the article's length, not its square; two sentences in the words of two different speakers are a "
        "dispute the article reports and are never paired.",
        "Two statements that cannot both be true confuse the reader and usually hide a factual error.",
        "'The minister attended the signing.' and later 'The minister did not attend the ceremony.'",
        status="preview",
    ),
    Rule(
        "CC302", "temporal-contradiction", "warning",
        "Flags two statements about one event that place it at different times: their date claims (or relative "
        "time expressions such as 'last month' and 'this month') disagree, their wording describes the same "
        "event, and the NLI model does not find them compatible.",
        "When something happened is often the news itself; two different times for one event cannot both be "
        "right.",
        "'Russia last month began supplying the systems' and later 'Supplies have begun this month'.",
    ),
    Rule(
        "CC303", "denied-then-reported", "warning",
        "Flags a sentence that denies something ('has never paid a dividend', 'has not raised rates this year', "
        "'no claims of responsibility were reported yesterday', 'no longer owns') when another sentence asserts "
        "the same predicate (a verb or its event noun) and object at a time the denial covers (any time for "
        "'never', the same day or period, or both in the present), with the same subject where both name one, "
        "and not in the words of two different speakers (a dispute the article reports). The structure decides; "
        "the NLI model can only clear a pair it finds the two sentences entail each other in.",
        "An article that says a thing never happened and then that it did is wrong in one place.",
        "'The company has never paid a dividend' and later 'The company paid a dividend last year'",
    ),
    Rule(
        "CC304", "alive-after-death", "warning",
        "Flags a named person whose death the article dates (the subject of 'die', 'drown' or 'perish', the object "
        "of 'kill', 'murder', 'execute' or 'assassinate') when a later date, written on its own clause, has the "
        "same person do or be something ('remained in critical condition on Thursday' after 'died on Wednesday "
        "night'). Passives ('was buried on Friday') have their agent as subject and say nothing; undated clauses "
        "and a date the clause only shares with its sentence say nothing.",
        "A person cannot act after their death: one of the two dates, or the death, is wrong.",
        "'Ortiz died in hospital on Monday' and later 'Ortiz spoke to reporters on Wednesday'",
    ),
    Rule(
        "CC305", "opposite-outcomes", "warning",
        "Flags two sentences that give one thing two opposite outcomes ('approved the budget' and 'the budget was "
        "rejected'; 'was acquitted' and 'was convicted'; 'won' and 'lost'): the two verbs of one decision, trial, "
        "vote or contest, both told as done in the past, neither denied, sharing an object that is one known thing "
        "in both (a name, 'the budget', 'her seat'; not 'two seats' or 'a seat': several things, one outcome each), "
        "at times that may be one, not of two different named subjects and not in the words of two different "
        "speakers (a dispute the article reports). The structure decides; the NLI model can only clear a pair it "
        "finds entailing.",
        "One decision has one outcome: an article that reports both is wrong in one place.",
        "'The assembly on Tuesday approved the budget' and later 'The budget was rejected by 71 votes to 24'",
    ),
    Rule(
        "CC306", "opposite-sides", "warning",
        "Flags two sentences that give one vote two sides: one named person or body told both for and against one "
        "thing ('backed the levy' / 'voted against the levy'; 'voted in favour' / 'opposed it'), or a decision "
        "told as unanimous beside someone voting against it. Both told as done in the past and not denied, of "
        "one thing (a shared object, or a bare 'voted against'), at times that may be one, and not in the words "
        "of two different speakers (a dispute the article reports). A vote for one thing and against another "
        "('for the budget, against the amendment') says nothing. The structure decides; the NLI model can only "
        "clear a pair it finds entailing.",
        "A voter takes one side of one vote, and a unanimous decision has no votes against: one sentence is wrong.",
        "'The board approved the closure unanimously' and later 'Two members voted against the closure'",
    ),
]

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}


def get_rule(code: str) -> Rule:
    """The rule with this code; an unknown code is a user error."""
    try:
        return RULES[code.upper()]
    except KeyError:
        raise ClaimcheckError(f"unknown rule code {code!r} (known: {', '.join(RULES)})") from None


def _matches(code: str, selectors: Iterable[str]) -> bool:
    return any(code.startswith(s.strip().upper()) for s in selectors if s.strip())


def enabled_rules(select: Iterable[str] = (), ignore: Iterable[str] = (), preview: bool = False,
                  severities: dict[str, str] | None = None) -> set[str]:
    """The codes that run: selected (all when `select` is empty) and not ignored, stable or with `preview`, not
    removed and not turned "off"; a selector is a code or a prefix ("CC1"), and one that names no rule is an
    error."""
    select, ignore = list(select), list(ignore)
    for selector in select + ignore:
        if selector.strip() and not _matches_any(selector):
            raise ClaimcheckError(f"unknown rule selector {selector!r} (codes: {', '.join(RULES)})")
    chosen = set()
    for code, rule in RULES.items():
        if rule.status == "removed" or (rule.status == "preview" and not preview):
            continue
        if select and not _matches(code, select) or _matches(code, ignore):
            continue
        if severities is not None and severities.get(code) == OFF:
            continue
        chosen.add(code)
    return chosen


def _matches_any(selector: str) -> bool:
    return any(_matches(code, [selector]) for code in RULES)


def effective_severities(overrides: dict[str, str]) -> dict[str, str]:
    """Each rule's severity after `severity_overrides` (a severity or "off"); bad entries raise ClaimcheckError."""
    severities = {code: rule.severity for code, rule in RULES.items()}
    for code, level in overrides.items():
        rule = get_rule(code)
        level = str(level).lower()
        if level != OFF and level not in SEVERITY_RANK:
            raise ClaimcheckError(
                f"severity_overrides: {code} cannot be {level!r} (use {', '.join(SEVERITY_RANK)} or off)"
            )
        severities[rule.code] = level
    return severities
