"""CC101–CC104 on texts written here: one quantity or event given two values, and the look-alikes that are not."""

from __future__ import annotations

import pytest
from test_checks_support import codes, make_doc, run_checks

from claimcheck.settings import Settings

NO_NLI = Settings(severity_overrides={"CC301": "off", "CC302": "off"})


def test_cc101_same_deal_two_amounts(nlp):
    text = ("Brazil signed a $2.1 billion contract for coastal patrol ships on Friday.\n\n"
            "The navy said the first of the ships would arrive in 2027.\n\n"
            "Officials said the $2.4 billion contract for the patrol ships was the largest in a decade.")
    doc = make_doc(nlp, text, [("$2.1 billion", "money", 2.1e9, {"unit": "USD", "subject": "contract for patrol ships"}),
                               ("$2.4 billion", "money", 2.4e9, {"unit": "USD", "subject": "contract for patrol ships"})])
    run_checks(doc, NO_NLI)
    assert codes(doc) == ["CC101"]
    flag = doc.flags[0]
    assert [e.text for e in flag.evidence] == ["$2.1 billion", "$2.4 billion"]
    assert "$2.1 billion" in flag.message and "$2.4 billion" in flag.message
    assert 0 < flag.confidence <= 1 and flag.fingerprint


def test_cc101_two_different_deals_and_rounding_are_not_conflicts(nlp):
    text = ("The airline ordered 20 jets in a $3 billion deal with the manufacturer.\n\n"
            "A separate maintenance contract is worth $40 million a year.\n\n"
            "The deal, worth about $3.1 billion at list prices, was announced in Paris.")
    doc = make_doc(nlp, text, [("$3 billion", "money", 3e9, {"unit": "USD", "subject": "deal"}),
                               ("$40 million", "money", 4e7, {"unit": "USD", "subject": "maintenance contract"}),
                               ("$3.1 billion", "money", 3.1e9, {"unit": "USD", "subject": "deal",
                                                                  "qualifier": "about"})])
    run_checks(doc, NO_NLI)
    assert "CC101" not in codes(doc)


def test_cc101_other_currency_is_not_compared(nlp):
    text = ("The club paid €12 million for the striker.\n\n"
            "The fee for the striker, £11 million, is a club record.")
    doc = make_doc(nlp, text, [("€12 million", "money", 1.2e7, {"unit": "EUR", "subject": "fee for striker"}),
                               ("£11 million", "money", 1.1e7, {"unit": "GBP", "subject": "fee for striker"})])
    run_checks(doc, NO_NLI)
    assert codes(doc) == []


def test_cc102_death_toll_given_twice(nlp):
    text = ("A fire at a textile factory killed 12 workers on Monday, the fire service said.\n\n"
            "Relatives gathered outside the gates as rescuers searched the building.\n\n"
            "The 14 deaths make it the worst industrial fire in the region this year.")
    doc = make_doc(nlp, text, [("12", "count", 12.0, {"subject": "workers"}),
                               ("14", "count", 14.0, {"subject": "deaths"})])
    run_checks(doc, NO_NLI)
    assert codes(doc) == ["CC102"]
    assert {e.text for e in doc.flags[0].evidence} == {"12", "14"}


@pytest.mark.parametrize("text, first, second", [
    ("The bus crash killed seven passengers on the coast road.\n\n"
     "In addition to the deaths, 33 passengers were taken to hospital, with five passengers seriously injured.",
     "seven", "five"),
    ("Six miners were killed in the collapse, and nine more miners were injured.\n\n"
     "Rescuers said late on Sunday that eight miners were still missing.", "Six", "eight"),
    ("Police said 14 protesters were arrested after the march.\n\n"
     "Hospital staff said 11 protesters were hurt in the clashes with police.", "14", "11"),
])
def test_cc102_figures_of_different_measures_of_one_event_are_not_compared(nlp, text, first, second):
    doc = make_doc(nlp, text, [(first, "count", None, {}), (second, "count", None, {})])
    for claim, value in zip(doc.claims, (first, second)):
        claim.value = {"seven": 7.0, "five": 5.0, "Six": 6.0, "eight": 8.0}.get(value) or float(value)
        claim.subject = text[claim.end:].split()[0]
    run_checks(doc, NO_NLI)
    assert codes(doc) == []
    # the same sentences with one measure on both sides do conflict
    same = make_doc(nlp, text.replace("injured", "killed").replace("missing", "killed").replace("arrested", "hurt"),
                    [(first, "count", None, {}), (second, "count", None, {})])
    for claim, original in zip(same.claims, doc.claims):
        claim.value, claim.subject = original.value, original.subject
    run_checks(same, NO_NLI)
    assert codes(same) == ["CC102"]


@pytest.mark.parametrize("text, level, change", [
    ("The Liberal Democrats won 11 seats in the election.\n\nThe party lost 10 seats in the south alone.",
     "11", "10"),
    ("The factory employs 1,400 people, the company said.\n\nIt cut 1,200 jobs last spring.", "1,400", "1,200"),
    ("The Conservatives now hold 365 seats in parliament.\n\nThey netted an additional 320 seats overnight.",
     "365", "320"),
])
def test_cc102_a_level_and_a_change_are_not_one_figure(nlp, text, level, change):
    claims = [(level, "count", float(level.replace(",", "")), {"subject": "seats"}),
              (change, "count", float(change.replace(",", "")), {"subject": "seats"})]
    doc = make_doc(nlp, text, claims)
    run_checks(doc, NO_NLI)
    assert codes(doc) == []


def test_cc102_two_changes_can_conflict(nlp):
    text = "The company cut 1,200 jobs last spring, it said.\n\nA filing shows it cut 1,400 jobs, most of them in sales."
    doc = make_doc(nlp, text, [("1,200", "count", 1200.0, {"subject": "jobs"}),
                               ("1,400", "count", 1400.0, {"subject": "jobs"})])
    run_checks(doc, NO_NLI)
    assert codes(doc) == ["CC102"]


def test_cc102_lower_bounds_comparisons_and_hypotheticals_are_left_alone(nlp):
    text = ("The floods have killed at least 30 people, officials said.\n\n"
            "By Tuesday the confirmed death toll stood at 34.\n\n"
            "Last year's floods killed 25 people, down from 28 the year before.\n\n"
            "If the rain continues, 40 more people could be killed, the agency warned.")
    doc = make_doc(nlp, text, [("30", "count", 30.0, {"qualifier": "at least", "subject": "people killed"}),
                               ("34", "count", 34.0, {"subject": "death toll"}),
                               ("25", "count", 25.0, {"subject": "people killed"}),
                               ("28", "count", 28.0, {"subject": "people killed"}),
                               ("40", "count", 40.0, {"subject": "people killed"})])
    run_checks(doc, NO_NLI)
    assert codes(doc) == []


def test_cc103_one_turnout_two_percentages(nlp):
    text = ("Turnout in the referendum reached 64% of registered voters, the election board said.\n\n"
            "Opposition leaders had urged a boycott.\n\n"
            "With turnout at 58% of registered voters, the result is binding.")
    doc = make_doc(nlp, text, [("64%", "percent", 64.0, {"unit": "%", "subject": "turnout"}),
                               ("58%", "percent", 58.0, {"unit": "%", "subject": "turnout"})])
    run_checks(doc, NO_NLI)
    assert codes(doc) == ["CC103"]


def test_cc104_one_summit_two_days(nlp):
    text = ("The leaders met at a summit held on Tuesday in Astana.\n\n"
            "Trade ministers also attended.\n\n"
            "On the sidelines of Thursday's summit, companies signed 12 agreements.")
    doc = make_doc(nlp, text, [("Tuesday", "date", None, {"date": "2025-06-17"}),
                               ("Thursday", "date", None, {"date": "2025-06-19"})])
    run_checks(doc, NO_NLI)
    assert codes(doc) == ["CC104"]


def test_cc104_different_events_on_different_days_are_fine(nlp):
    text = ("The parliament passed the budget on Tuesday.\n\n"
            "The president signed the law on Thursday, her office said.")
    doc = make_doc(nlp, text, [("Tuesday", "date", None, {"date": "2025-06-17"}),
                               ("Thursday", "date", None, {"date": "2025-06-19"})])
    run_checks(doc, NO_NLI)
    assert codes(doc) == []
