"""CC207 on texts written here: stated changes against the values beside them, with look-alikes that stay quiet."""

from __future__ import annotations

import re

import pytest

from test_checks_support import make_doc, run_checks

from claimcheck.checks.changes import VALUE_KINDS, VALUE_ROLES, _restates_an_amount
from claimcheck.document import Span
from claimcheck.ingest import from_text


def cc207(doc) -> list:
    return [f for f in run_checks(doc).flags if f.id == "CC207"]


BRIDGE = ("Inspectors counted 66,000 vehicles on the bridge this month.\n\n"
          "That is {change} vehicles than the 48,000 vehicles counted in the same month last year.")


@pytest.mark.parametrize("rise, flagged", [("30", True), ("50", False)])
def test_cc207_a_change_in_bare_cents_is_held_to_the_story_s_values_in_that_currency(pipeline, rise, flagged):
    text = ("A single crossing to the island costs €4.50 now, up from €4.00 last summer.\n\n"
            f"The ferry line blamed dearer diesel for the {rise} cent increase.")
    assert ("CC207" in {f.id for f in pipeline.check(text).flags}) == flagged


@pytest.mark.parametrize("rise, flagged", [("9", True), ("6", False)])
def test_cc207_a_record_a_change_is_told_as_is_no_span_it_is_told_over(pipeline, rise, flagged):
    text = ("The monthly pass for an adult will cost 64 euros from March, up from 58 euros.\n\n"
            f"Riders face the {rise}-euro rise in the adult pass, the steepest increase that commuters had seen in "
            "eight years.")  # the most in eight years: no rise over eight years, which values a month apart cannot end
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-02-01")).flags}) == flagged


@pytest.mark.parametrize("percent, qualifier, flagged", [
    (10, "", True),  # 66,000 is 37.5% more than 48,000 (and no fall of 10% read backwards either)
    (10, "more than ", False),  # a lower bound that 37.5% meets
    (10, "at least ", False),
    (10, "less than ", True),  # an upper bound that 37.5% goes past
    (10, "about ", True),  # hedged, but far more than rounding off
    (50, "more than ", True),
    (50, "less than ", False),
])
def test_cc207_a_bounded_percentage_change_fits_any_value_on_its_side_of_the_bound(nlp, percent, qualifier, flagged):
    text = BRIDGE.format(change=f"{qualifier}{percent}% more")
    extra = {"unit": "%", "qualifier": qualifier.strip()} if qualifier else {"unit": "%"}
    doc = make_doc(nlp, text, [("66,000", "count", 66000.0), (f"{percent}%", "percent", float(percent), extra),
                               ("48,000", "count", 48000.0)])
    assert bool(cc207(doc)) == flagged


@pytest.mark.parametrize("qualifier, flagged", [("", True), ("more than ", False), ("almost ", True)])
def test_cc207_a_multiplier_told_as_a_lower_bound_fits_a_larger_ratio(nlp, qualifier, flagged):
    text = ("In March the museum had twelve visitors a day.\n\n"
            f"By June that number had {qualifier}doubled to 31 visitors a day.")
    extra = {"qualifier": qualifier.strip()} if qualifier else {}
    doc = make_doc(nlp, text, [("twelve", "count", 12.0), ("doubled", "multiplier", 2.0, extra),
                               ("31", "count", 31.0)])
    flags = cc207(doc)
    assert bool(flags) == flagged
    if flagged:
        assert [e.text for e in flags[0].evidence] == ["twelve", "doubled", "31"]


@pytest.mark.parametrize("change, value, after, flagged", [
    ("halved", 0.5, "21", False),  # 42 to 21
    ("halved", 0.5, "30", True),  # 42 to 30 is no halving
])
def test_cc207_a_halving_fits_a_pair_whose_larger_value_is_twice_the_smaller(nlp, change, value, after, flagged):
    text = ("Last winter the shelter housed 42 people a night.\n\n"
            f"This winter that figure has {change} to {after} people a night.")
    doc = make_doc(nlp, text, [("42", "count", 42.0), (change, "multiplier", value),
                               (after, "count", float(after))])
    assert bool(cc207(doc)) == flagged


@pytest.mark.parametrize("points, qualifier, flagged", [
    (9, "", True), (9, "more than ", False), (15, "up to ", False), (15, "", True)])
def test_cc207_a_bounded_change_in_points(nlp, points, qualifier, flagged):
    text = ("The turnout in the northern district was 41% at the last election.\n\n"
            f"This time the turnout there rose by {qualifier}{points} percentage points to 53%.")
    extra = {"unit": "pp", "qualifier": qualifier.strip()} if qualifier else {"unit": "pp"}
    doc = make_doc(nlp, text, [("41%", "percent", 41.0, {"unit": "%"}),
                               (f"{points} percentage points", "percent", float(points), extra),
                               ("53%", "percent", 53.0, {"unit": "%"})])
    assert bool(cc207(doc)) == flagged


def test_a_figure_a_change_went_to_is_a_level_with_or_without_its_noun(nlp):
    text = ("The flood's toll stood at 12 people on Saturday.\n\n"
            "It rose to 26 people on Monday, officials said. On Sunday it had been 17 people.\n\n"
            "A week later it had risen by 5 people, and the number of shelters rose to 40 from 30.")
    doc = make_doc(nlp, text, [("12", "count", 12.0), ("Saturday", "date", None, {"date": "2025-06-14"}),
                               ("26", "count", 26.0), ("Monday", "date", None, {"date": "2025-06-16"}),
                               ("Sunday", "date", None, {"date": "2025-06-15"}), ("17", "count", 17.0),
                               ("5", "count", 5.0), ("40", "count", 40.0), ("30", "count", 30.0)])
    assert cc207(doc) == []  # "rose to 26 people" is no rise of 26 that 12 and 17 would have to fit
    roles = {f.claim.text: f.role for f in doc.facts}
    assert (roles["26"], roles["40"], roles["30"], roles["5"]) == ("level", "level", "previous", "change")


@pytest.mark.parametrize("period, date, flagged", [
    ("in the second quarter", "2025-04-01/2025-06-30", False),  # a quarter's rise; the year's figures are others
    ("in 2024", "2024-01-01/2024-12-31", True),  # the year the $50 million was reached: 25%, not 10%
])
def test_cc207_a_dated_change_is_checked_only_against_values_where_it_arrives(nlp, period, date, flagged):
    text = (f"Ticket sales rose 10% {period}.\n\n"
            "For the whole of 2024, ticket sales reached $50 million, up from $40 million a year before.")
    when = period.removeprefix("in ")
    doc = make_doc(nlp, text, [("10%", "percent", 10.0, {"unit": "%"}), (when, "period", None, {"date": date}),
                               ("2024#2" if "2024" in period else "2024", "period", 2024.0,
                                {"date": "2024-01-01/2024-12-31"}),
                               ("$50 million", "money", 5e7, {"unit": "USD"}),
                               ("$40 million", "money", 4e7, {"unit": "USD"})])
    assert bool(cc207(doc)) == flagged


TOWERS = ("The new tower is {diff} metres taller than the old one.\n\n"
          "The old tower is 120 metres tall and the new tower is 150 metres tall.")


@pytest.mark.parametrize("diff, flagged", [(40, True), (30, False)])
def test_cc207_a_difference_told_against_something_is_checked_between_its_two_levels(nlp, diff, flagged):
    text = TOWERS.format(diff=diff)

    def subject(phrase: str) -> dict:  # the subject phrase the claims stage gives a figure (each written once)
        start = text.index(phrase)
        return {"unit": "m", "subject": phrase, "subject_span": Span(start, start + len(phrase))}
    doc = make_doc(nlp, text, [(f"{diff} metres", "quantity", float(diff), subject("The new tower")),
                               ("120 metres", "quantity", 120.0, subject("The old tower")),
                               ("150 metres", "quantity", 150.0, subject("the new tower"))])
    flags = cc207(doc)
    assert bool(flags) == flagged
    assert {f.claim.text: f.compared_with for f in doc.facts}[f"{diff} metres"] == {"old"}
    if flagged:
        assert [e.text for e in flags[0].evidence] == ["40 metres", "120 metres", "150 metres"]


@pytest.mark.parametrize("second, flagged", [
    ("Mendes received 52,000 votes in the city, while Okafor received 45,000 votes", True),  # 7,000, not 12,000
    ("Mendes received 52,000 votes in the city, while Okafor received 40,000 votes", False),
    ("Mendes received 52,000 votes in the city and 30,000 votes in the villages", False),  # no level of Okafor's
    ("Okafor received 40,000 votes in the city, while Alvarez received 45,000 votes", False),  # no level of Mendes's
])
def test_cc207_a_difference_between_two_named_holders(nlp, second, flagged):
    text = f"Ana Mendes won 12,000 more votes than Tomas Okafor in the run-off.\n\n{second}."
    first, other = re.findall(r"\d+,\d+", second)
    doc = make_doc(nlp, text, [("12,000", "count", 12000.0), (first, "count", float(first.replace(",", ""))),
                               (other, "count", float(other.replace(",", "")))])
    assert bool(cc207(doc)) == flagged
    assert doc.facts[0].compared_with == {"tomas", "okafor"}  # not "the run-off" the comparison is set in


@pytest.mark.parametrize("first", [
    "Mendes won more than 12,000 votes in the run-off.",  # a bound, not a difference
    "Some 12,000 more votes than expected were cast in the run-off.",  # told against no level
])
def test_cc207_no_difference_between_two_levels_without_a_thing_compared(nlp, first):
    text = f"{first}\n\nMendes received 52,000 votes in the city, while Okafor received 45,000 votes."
    extra = {"qualifier": "more than"} if "more than 12,000" in first else {}
    doc = make_doc(nlp, text, [("12,000", "count", 12000.0, extra), ("52,000", "count", 52000.0),
                               ("45,000", "count", 45000.0)])
    assert cc207(doc) == []


YEARS = {"34": 34.0, "32": 32.0, "ten": 10.0, "40": 40.0}
JUDGE = "Judge Ana Ruiz served on the court from 1968 until 1999.\n\nRuiz, who died on Monday, {second}."


@pytest.mark.parametrize("second, years, flagged", [
    ("served 34 years on the court", "34 years", True),  # 1968 to 1999 is 32 years at most
    ("served 32 years on the court", "32 years", False),
    ("served nearly 34 years on the court", "34 years", False),  # hedged
    ("served ten years on the court as its chief judge", "ten years", False),  # a part of the span
    ("served 40 years in the army", "40 years", False),  # another service, not the court's
])
def test_cc207_a_length_of_time_longer_than_the_span_of_the_same_service(nlp, second, years, flagged):
    text = JUDGE.format(second=second)
    extra = {"unit": "years", "qualifier": "nearly"} if "nearly" in second else {"unit": "years"}
    doc = make_doc(nlp, text, [("1968 until 1999", "period", None, {"date": "1968-01-01/1999-12-31"}),
                               ("Monday", "date", None, {"date": "2025-06-16"}),
                               (years, "quantity", YEARS[years.split()[0]], extra)])
    flags = cc207(doc)
    assert bool(flags) == flagged
    if flagged:
        assert [e.text for e in flags[0].evidence] == ["1968 until 1999", "34 years"]


def test_cc207_a_length_of_time_may_cover_several_spans_of_one_holder(nlp):
    text = ("Judge Ana Ruiz served on the city court from 1968 until 1983.\n\n"
            "Judge Ana Ruiz then served on the high court from 1983 until 1999.\n\n"
            "In all, Judge Ana Ruiz served 31 years on the two courts.")
    doc = make_doc(nlp, text, [("1968 until 1983", "period", None, {"date": "1968-01-01/1983-12-31"}),
                               ("1983 until 1999", "period", None, {"date": "1983-01-01/1999-12-31"}),
                               ("31 years", "quantity", 31.0, {"unit": "years"})])
    assert cc207(doc) == []  # 1968 to 1999, though either span alone is shorter


def test_cc207_spans_beside_a_length_of_time_count_though_the_parse_gives_them_no_holder(nlp):
    text = ("Ana Ruiz served the board as its chair, 1988–2015, and before that as deputy chair, 1980–1988; "
            "in all she served the board for 34 years.")
    doc = make_doc(nlp, text, [("1988–2015", "period", None, {"date": "1988-01-01/2015-12-31"}),
                               ("1980–1988", "period", None, {"date": "1980-01-01/1988-12-31"}),
                               ("34 years", "quantity", 34.0, {"unit": "years"})])
    assert cc207(doc) == []


@pytest.mark.parametrize("text, span, dates, years", [
    ("Coach Ben Ode coached the national team from 2010 to 2015.\n\nOde coached for 20 years, at six clubs.",
     "2010 to 2015", "2010-01-01/2015-12-31", "20 years"),  # a career at clubs beside one stint
    ("Ana Ruiz taught at the university from 1970 until 1995.\n\nRuiz taught for 40 years, first at schools.",
     "1970 until 1995", "1970-01-01/1995-12-31", "40 years"),
    ("Ana Ruiz served on the court from 1968 until 1999.\n\nRuiz served for 40 years.",
     "1968 until 1999", "1968-01-01/1999-12-31", "40 years"),  # no setting: maybe all her service
])
def test_cc207_a_length_of_time_set_elsewhere_than_the_span_is_left_alone(nlp, text, span, dates, years):
    doc = make_doc(nlp, text, [(span, "period", None, {"date": dates}),
                               (years, "quantity", float(years.split()[0]), {"unit": "years"})])
    assert cc207(doc) == []


TRIBUNAL = ("Ana Ruiz was appointed to the tribunal in 1981 by the governor.\n\nShe retired from the tribunal in 2012."
            "\n\nColleagues praised her {length}.")


@pytest.mark.parametrize("length, written, value, extra, flagged", [
    ("20 years on the tribunal", "20 years", 20.0, {"unit": "years"}, True),  # 1981 to 2012: 30 to 32 years
    ("40 years on the tribunal", "40 years", 40.0, {"unit": "years"}, True),
    ("31 years on the tribunal", "31 years", 31.0, {"unit": "years"}, False),
    ("372 months on the tribunal", "372 months", 372.0, {"unit": "months"}, False),  # 31 years, in months
    ("240 months on the tribunal", "240 months", 240.0, {"unit": "months"}, True),
    ("more than 20 years on the tribunal", "20 years", 20.0, {"unit": "years", "qualifier": "more than"}, False),
    ("20 years in the navy", "20 years", 20.0, {"unit": "years"}, False),  # another setting
])
def test_cc207_a_length_of_time_against_the_dates_that_start_and_end_it(nlp, length, written, value, extra, flagged):
    doc = make_doc(nlp, TRIBUNAL.format(length=length), [("1981", "period", 1981.0), ("2012", "period", 2012.0),
                                                          (written, "quantity", value, extra)])
    flags = cc207(doc)
    assert bool(flags) == flagged
    if flagged:
        assert [e.text for e in flags[0].evidence] == ["1981", "2012", written]


def test_cc207_two_stints_give_no_single_length_of_time(nlp):
    text = ("Ana Ruiz was appointed to the tribunal in 1981.\n\nShe resigned from the tribunal in 1990.\n\n"
            "She was appointed to the tribunal again in 1995.\n\nShe retired from the tribunal in 2012.\n\n"
            "Colleagues praised her 26 years on the tribunal.")
    doc = make_doc(nlp, text, [("1981", "period", 1981.0), ("1990", "period", 1990.0), ("1995", "period", 1995.0),
                               ("2012", "period", 2012.0), ("26 years", "quantity", 26.0, {"unit": "years"})])
    assert cc207(doc) == []


@pytest.mark.parametrize("change, value, flagged", [("doubled", 2.0, False), ("tripled", 3.0, True)])
def test_cc207_lengths_of_time_in_other_units_are_one_measure(nlp, change, value, flagged):
    text = ("In 2017 the average wait for a hearing was 18 months.\n\n"
            f"By 2019 the average wait had {change} to three years.")
    doc = make_doc(nlp, text, [("18 months", "quantity", 18.0, {"unit": "months"}), (change, "multiplier", value),
                               ("three years", "quantity", 3.0, {"unit": "years"})])
    assert bool(cc207(doc)) == flagged


@pytest.mark.parametrize("percent, flagged", [(220, False), (120, True)])
def test_cc207_a_change_against_a_move_told_paragraphs_away_of_what_it_names(nlp, percent, flagged):
    text = (f"The penguin colony on the island grew {percent}% this year, rangers said.\n\n"
            "The rangers also counted nests and chicks along the northern shore.\n\n"
            "Volunteers helped with the survey.\n\n"
            "This year the penguins covered 6.4 hectares, up from 2.0 last year.")
    subject = Span(0, text.index(" grew"))  # as the claims stage gives it: "The penguin colony on the island"
    doc = make_doc(nlp, text, [(f"{percent}%", "percent", float(percent), {"unit": "%", "subject_span": subject}),
                               ("6.4 hectares", "quantity", 6.4, {"unit": "ha"}), ("2.0", "count", 2.0)])
    assert bool(cc207(doc)) == flagged  # 6.4 hectares is 220% more than 2.0 (in hectares: the move's unit)


@pytest.mark.parametrize("points, flagged", [("3.0", False), ("4.5", True)])  # 12.6 - 9.6 is 3.0
def test_cc207_points_against_the_move_its_own_clause_tells_between_percentages(pipeline, points, flagged):
    text = ("The Liberals took 41.2 percent, down 2.1 points from 43.3 percent.\n\n"
            f"The Pirates won 12.6 percent, up {points} points from 9.6 percent, while independents together won "
            "5.1 percent, down 0.9 points from 6.0 percent.")
    assert ("CC207" in {f.id for f in pipeline.check(text).flags}) == flagged


@pytest.mark.parametrize("change, flagged", [
    ("grew by 80,000 last year", True),  # 410,000 - 300,000 is 110,000
    ("grew by 110,000 last year", False),
    ("grew by 80,000 in 2016", False),  # another year's rise: not the move of 2017 to 2018
    ("has grown by 80,000 since it reopened", False),  # undated: not told as that move
])
def test_cc207_a_dated_amount_of_change_against_a_move_told_apart(pipeline, change, flagged):
    text = (f"The number of visitors to the Harbour Museum {change}, its director said on Monday.\n\n"
            "A new wing devoted to the port's whaling fleet opened in the spring.\n\n"
            "The museum welcomed 410,000 visitors in 2018, up from 300,000 in 2017.")
    doc = pipeline(from_text(text, date="2019-02-04"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("percent, flagged", [(127, False), (75, True)])
def test_cc207_a_change_against_a_move_in_a_unit_of_the_stuff_it_names(pipeline, percent, flagged):
    text = (f"The amount of glass recycled in the town was {percent}% higher than last year, officials said on "
            "Tuesday.\n\nResidents recycled 9.1 tonnes of glass this year, up from 4.0 tonnes last year.")
    assert bool([f for f in pipeline.check(text).flags if f.id == "CC207"]) == flagged  # 9.1 / 4.0: 127.5% more


def test_cc207_a_move_far_away_of_something_the_change_does_not_name_is_left_alone(nlp):
    text = ("Ticket sales at the island's visitor centre grew 120% this year, rangers said.\n\n"
            "The rangers also counted nests and chicks along the northern shore.\n\n"
            "Volunteers helped with the survey.\n\n"
            "This year the penguins covered 6.4 hectares, up from 2.0 last year.")
    subject = Span(0, text.index(" grew"))
    doc = make_doc(nlp, text, [("120%", "percent", 120.0, {"unit": "%", "subject_span": subject}),
                               ("6.4 hectares", "quantity", 6.4, {"unit": "ha"}), ("2.0", "count", 2.0)])
    assert cc207(doc) == []


def test_cc207_a_change_with_a_value_of_its_own_is_not_checked_against_a_move_told_apart(nlp):
    text = ("Halvard Games said its revenue rose 14% to $4.8 billion from $4.2 billion.\n\n"
            "The company hired 300 people in the quarter.\n\n"
            "Its chief executive spoke to analysts.\n\n"
            "Revenue from its mobile unit fell 4% to $1.1 billion.")
    subject = Span(text.index("Revenue from"), text.index(" fell"))
    doc = make_doc(nlp, text, [("14%", "percent", 14.0, {"unit": "%"}),
                               ("$4.8 billion", "money", 4.8e9, {"unit": "USD"}),
                               ("$4.2 billion", "money", 4.2e9, {"unit": "USD"}), ("300", "count", 300.0),
                               ("4%", "percent", 4.0, {"unit": "%", "subject_span": subject}),
                               ("$1.1 billion", "money", 1.1e9, {"unit": "USD"})])
    assert cc207(doc) == []  # the unit's fall is told with its own level, not the group's move


MAXIMUM = ("Offenders can currently face up to twelve years in prison.\n\n"
           "The bill would raise {what} by {rise} years.\n\n"
           "Under the bill, offenders could face up to 30 years behind bars.")


@pytest.mark.parametrize("what, rise, flagged", [
    ("that maximum", "25", True),  # twelve to 30 years is a rise of 18
    ("that maximum", "18", False),
    ("the age of criminal responsibility", "25", False),  # no bound: the "up to" figures are not its values
])
def test_cc207_a_change_of_a_maximum_moves_between_the_figures_told_as_a_most(nlp, what, rise, flagged):
    text = MAXIMUM.format(what=what, rise=rise)
    doc = make_doc(nlp, text, [("twelve years", "quantity", 12.0, {"unit": "years", "qualifier": "up to"}),
                               (f"{rise} years", "quantity", float(rise), {"unit": "years"}),
                               ("30 years", "quantity", 30.0, {"unit": "years", "qualifier": "up to"})])
    assert bool(cc207(doc)) == flagged  # what is (asserted) and what is planned (expected): a before and an after


@pytest.mark.parametrize("change, value, qualifier, flagged", [
    ("triple", 3.0, "", True), ("more than double", 2.0, "more than", False), ("double", 2.0, "", True)])
def test_cc207_a_multiplier_of_a_maximum_two_sentences_from_its_figures(nlp, change, value, qualifier, flagged):
    text = (f"The mayor wants to {change} the maximum fine for dumping rubbish.\n\n"
            "The council met on Monday.\n\nThe fine is now up to 200 euros.\n\n"
            "Under the plan, offenders would pay up to 500 euros.")
    start = text.index("maximum fine")
    extra = {"subject_span": Span(start, start + len("maximum fine"))}  # as the claims stage gives it
    extra.update({"qualifier": qualifier} if qualifier else {})
    doc = make_doc(nlp, text, [(change.split()[-1], "multiplier", value, extra),
                               ("200 euros", "money", 200.0, {"unit": "EUR", "qualifier": "up to"}),
                               ("500 euros", "money", 500.0, {"unit": "EUR", "qualifier": "up to"})])
    assert bool(cc207(doc)) == flagged  # 500 is two and a half times 200


@pytest.mark.parametrize("added, flagged", [("21", True), ("17", False)])
def test_cc207_an_amount_with_no_value_of_its_own_against_a_move_told_the_same_day(nlp, added, flagged):
    text = ("Rescuers returned to the mine on Wednesday, and the confirmed toll rose from 14 to 31.\n\n"
            f"Wednesday's searches added {added} bodies to the count.")
    day = {"date": "2025-06-18"}
    doc = make_doc(nlp, text, [("Wednesday", "date", None, day), ("14", "count", 14.0), ("31", "count", 31.0),
                               ("Wednesday#2", "date", None, day),
                               (added, "count", float(added))])
    assert bool(cc207(doc)) == flagged


def test_cc207_moves_told_apart_in_two_places_may_be_of_two_things(nlp):
    text = ("The penguin colony on the island grew 120% this year, rangers said.\n\n"
            "On the northern shore the penguins covered 6.4 hectares, up from 2.0 last year.\n\n"
            "Volunteers helped with the survey.\n\n"
            "On the southern shore the penguins covered 3.0 hectares, up from 2.5 last year.")
    subject = Span(0, text.index(" grew"))
    doc = make_doc(nlp, text, [("120%", "percent", 120.0, {"unit": "%", "subject_span": subject}),
                               ("6.4 hectares", "quantity", 6.4, {"unit": "ha"}), ("2.0", "count", 2.0),
                               ("3.0 hectares", "quantity", 3.0, {"unit": "ha"}), ("2.5", "count", 2.5)])
    assert cc207(doc) == []  # which shore the colony's growth is of is not told


def test_cc207_a_part_and_its_whole_are_no_before_and_after(pipeline):
    from claimcheck.ingest import from_text

    text = ("The council approved its budget on Wednesday, with a 4.99 percent rise in the property levy and the "
            "closure of five of the town's 23 swimming pools.\n\nThe mayor said the cuts were painful.")
    doc = pipeline(from_text(text, date="2019-02-21"))
    assert "CC207" not in [f.id for f in doc.flags]


@pytest.mark.parametrize("text, flagged", [
    # another holder's move is not what the change changed
    ("Between the two rounds Ruiz's vote rose from 1,200 votes to 1,500 votes. Maria Lopez added 400 votes.", False),
    ("Between the two rounds Ruiz's vote rose from 1,200 votes to 1,500 votes. Ruiz added 400 votes.", True),
    # a value moved from with a scale word of its own keeps its value ("from 2.5 million", not 2.5 million million)
    ("The potato crop grew to 4.4 million tonnes from 4.0 million a year before, a rise of 10 percent.\n\n"
     "Growers were pleased.", False),
    ("The potato crop grew to 4.4 million tonnes from 4.0 million a year before.\n\n"
     "That was an increase of 25 percent, the ministry said.", True),
    # a change named by its own noun changes what the sentence's move measures, not another count near it
    ("The two crashes capped a hard week for the crews. They answered 150 calls in May, up from 120 a year "
     "earlier, an increase of about 25 percent.", False),
    ("The two crashes capped a hard week for the crews. They answered 150 calls in May, up from 120 a year "
     "earlier, an increase of about 40 percent.", True),

    # the value moved from takes the measure of the verb's own object, not of a figure in a phrase beside it
    ("The archive now shows about 900 maps from its holdings of about 12,000, up from about 600 before the "
     "refit, an increase of 50 percent.", False),
    ("The archive now shows about 900 maps from its holdings of about 12,000, up from about 600 before the "
     "refit, an increase of 20 percent.", True),
])
def test_cc207_values_of_another_holder_and_values_with_their_own_scale(pipeline, text, flagged):
    assert bool([f for f in pipeline.check(text).flags if f.id == "CC207"]) == flagged


def test_cc207_a_change_against_changes_told_as_a_change_noun_s_figures_is_left_alone(pipeline):
    text = ("Patients taking the drug went from 9.4 migraine days a month to 5.1, a reduction of 4.3 days. Patients on "
            "the placebo went from 9.3 days to 7.2, a reduction of 2.1 days. The drug group's reduction was therefore "
            "about twice that of the placebo group, and 2.2 days larger.")
    assert "CC207" not in {f.id for f in pipeline.check(text).flags}  # twice the reduction, not twice a level


@pytest.mark.parametrize("added, flagged", [("two", True), ("three", False)])
def test_cc207_an_amount_added_against_a_move_whose_bare_end_counts_the_same(pipeline, added, flagged):
    text = (f"The council voted on Monday to add {added} members to the town board. The change expands the board "
            "from 18 members to 21 this spring.")
    assert bool([f for f in pipeline.check(text).flags if f.id == "CC207"]) == flagged


@pytest.mark.parametrize("told, flagged", [
    ("That gave Ruiz a 25-vote margin over Berg.", True),  # 141 - 126 is 15
    ("That gave Ruiz a margin of 25 votes over Berg.", True),
    ("Her margin over Berg was 25 votes.", True),  # what a copula says the margin is
    ("That gave Ruiz a 15-vote margin over Berg.", False),
    ("Her margin over Berg was 15 votes.", False),
])
def test_cc207_a_margin_is_the_difference_of_two_tallies(pipeline, told, flagged):
    doc = pipeline.check("Ana Ruiz was elected chair of the regional council on Thursday with 141 votes, against "
                         f"126 for Tomas Berg.\n\n{told}")
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


TABLE = ("Ashford now top the league on 74 points, four clear of Belmont on 70.\n\n"
         "A week ago the gap had been {gap} points, with Ashford on {first} and Belmont on 68.")


@pytest.mark.parametrize("gap, first, flagged", [
    (3, 71, False),  # 71 - 68: the two sides told with the gap, not the table's current 74 and 70
    (2, 71, True),  # the gap does not fit its own sides
    (6, 71, True),
])
def test_cc207_a_margin_told_with_its_two_sides_is_theirs(pipeline, gap, first, flagged):
    doc = pipeline.check(TABLE.format(gap=gap, first=first))
    found = [f for f in doc.flags if f.id == "CC207"]
    assert bool(found) == flagged
    assert all(f"{first} and 68" in f.message for f in found)


GROUPS = ("In the slowest group there were 240 such falls, a rate of 8.5 percent. In the middle group there were 180, "
          "or 6.0 percent, and in the fastest group 120, or 4.5 percent. The gap between the slowest and fastest "
          "groups was {gap} percentage points.")


@pytest.mark.parametrize("gap, flagged", [
    (4.0, False),  # 8.5 - 4.5, though the parse names the two percentages' nouns differently ("rate", "group")
    (6.5, True),  # no two of the percentages are that far apart
])
def test_cc207_a_gap_in_points_is_between_any_two_percentages_of_its_paragraph(pipeline, gap, flagged):
    doc = pipeline.check(GROUPS.format(gap=gap))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


def test_cc207_an_age_told_beside_a_margin_is_no_side_of_it(pipeline):
    doc = pipeline.check("Hartmann won the race in 34 minutes 11 seconds. Vos, 24, finished in 35 minutes 20 seconds, "
                         "which left Hartmann with a winning margin of 69 seconds.")
    assert "CC207" not in {f.id for f in doc.flags}


@pytest.mark.parametrize("text", ["The survey of 1,200 voters has a margin of error of 3 points.",
                                  "For the survey of 1,200 voters, the margin of error was 3 points."])
def test_a_margin_of_error_is_no_difference(pipeline, text):
    doc = pipeline.check(text)
    assert {f.claim.text: f.role for f in doc.facts}["3"] == "level"


@pytest.mark.parametrize("first, flagged", [
    # the move is told with its own change, which fits it: a change told elsewhere is of something else
    ("Sales rose 5.6% to $2.84 billion from $2.69 billion in the year to March, the retailer said.", False),
    # told without one, the move is the one the later change can be about
    ("Sales were $2.84 billion in the year to March, up from $2.69 billion, the retailer said.", True),
])
def test_cc207_a_move_told_with_its_own_fitting_change_is_that_changes(preview_pipeline, first, flagged):
    doc = preview_pipeline.check(f"{first}\n\nSales at stores open for at least a year rose 3.1%.")
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


COUNCIL = "Ana Ruiz won 141 votes in the council on Thursday. Tomas Berg received 126."
CONTRACTS = "The Halden contract is valued at $14 million. The contract with Brask is valued at $11 million."
DEER = "A decade ago the reserve held about two deer for every hectare. It now holds six deer for every hectare."
RATES = "The highest rate was in Arden, with twelve cases per 10,000 residents. Bexley had the lowest rate, three"


@pytest.mark.parametrize("text, flagged", [
    # a difference from a named one's value, told anywhere in its paragraph: 141 - 126 is 15
    (f"{COUNCIL} The count took two hours. Ruiz thus finished 25 votes ahead of Berg.", True),
    (f"{COUNCIL} The count took two hours. Ruiz thus finished 15 votes ahead of Berg.", False),
    (f"{COUNCIL} The count took two hours. Berg thus finished 25 votes behind Ruiz.", True),
    # a margin needs no "over": the two sides told in its paragraph
    (f"{COUNCIL} The count took two hours. Ruiz thus won by a margin of 25 votes.", True),
    (f"{COUNCIL} The count took two hours. Ruiz thus won by a margin of 15 votes.", False),
    # ... but not in another paragraph
    (f"{COUNCIL}\n\nIn the mayoral race, Ruiz won by a margin of 25 votes.", False),
    # the values of a difference told against another may be of any noun: $14 million - $11 million is $3 million
    (f"{CONTRACTS} Both firms must deliver by 2026. Halden's deal is thus worth $2 million more than Brask's.", True),
    (f"{CONTRACTS} Both firms must deliver by 2026. Halden's deal is thus worth $3 million more than Brask's.", False),
    # a margin told with its tally is that tally's, not a neighbour's
    ("The first measure was approved by 5,214 votes to 4,987, a margin of 227 votes. The second was defeated by "
     "5,930 votes to 4,120.", False),
    # a multiplier said to follow from two rates per one base told before it: twelve is four times three
    (f"{RATES} cases per 10,000 people. The rate in Arden was therefore double that in Bexley.", True),
    (f"{RATES} cases per 10,000 people. The rate in Arden was therefore four times that in Bexley.", False),
    # ... whatever its noun, and "N times" another's is a multiplier, not a count of occasions
    (f"{RATES} cases per 10,000 people. Arden's rate was thus three times Bexley's.", True),
    (f"{RATES} cases per 10,000 people. Arden's rate was thus four times Bexley's.", False),
    # "N for every M" is a rate; a multiplier written as its verb may follow ("has thus doubled") too
    (f"{DEER} The herd's density has thus doubled.", True),  # two for every hectare to six is three times
    (f"{DEER} The herd's density has thus tripled.", False),
    # rates per other bases are no move; nor are values in the paragraph before
    ("Arden had twelve cases per 10,000 residents. Bexley had three per 1,000 people. The rate in Arden was "
     "therefore double that in Bexley.", False),
    ("Arden had 40 cases, and Bexley had 9 cases.\n\nThe rate of cases in Carrow rose this year. It was therefore "
     "double the rate of last year.", False),
])
def test_cc207_differences_from_another_and_changes_said_to_follow(pipeline, text, flagged):
    assert ("CC207" in {f.id for f in pipeline.check(text).flags}) == flagged


@pytest.mark.parametrize("text, flagged", [
    # each "from" is where its own move started: no before and after of the other's change
    ("Defence spending rises by 15%, from 6.0 billion crowns. Health spending increases by 8.0% from 28.9 billion "
     "crowns.", False),
    ("Defence spending was 6.0 billion crowns last year. Next year it rises by 40% to 6.9 billion crowns.", True),
    # a side written after its noun with a thousands separator counts, it names no class
    ("The Yes side received 1,204,318 votes and the No side 1,187,552, a margin of 16,766 votes.", False),
    ("The Yes side received 1,204,318 votes and the No side 1,187,552, a margin of 26,766 votes.", True),
])
def test_cc207_two_starts_are_no_move_and_a_side_after_its_noun_counts(pipeline, text, flagged):
    assert bool([f for f in pipeline.check(text).flags if f.id == "CC207"]) == flagged


@pytest.mark.parametrize("text, flagged", [
    # a difference written right before the value it is told against: that value is one side
    ("Revenue was $2.07 billion, up from $1.84 billion a year earlier and $70 million ahead of the $2.0 billion "
     "the firm had forecast.", False),
    ("Revenue was $2.07 billion, up from $1.84 billion a year earlier and $170 million ahead of the $2.0 billion "
     "the firm had forecast.", True),
    ("The firm employed 9,450 people, 550 more than the 8,900 a year earlier, a rise of 6.2 per cent.", False),
    ("The firm employed 9,450 people, 650 more than the 8,900 a year earlier, a rise of 6.2 per cent.", True),
])
def test_cc207_a_difference_told_against_a_value_written_after_it(pipeline, text, flagged):
    assert bool([f for f in pipeline.check(text).flags if f.id == "CC207"]) == flagged


def test_cc207_a_count_of_who_did_a_change_verb_is_no_change(pipeline):
    doc = pipeline.check("The trial enrolled 620 patients. Forty-eight patients in the drug group dropped out before "
                         "the end, against 60 in 2019. The firm cut 300 jobs.")
    roles = {f.claim.text: f.role for f in doc.facts}
    assert roles["Forty-eight"] != "change" and roles["300"] == "change"


@pytest.mark.parametrize("change, flagged", [("18.6", True), ("13.6", False)])
def test_cc207_a_date_of_a_clause_under_the_changes_own_places_only_that_clause(pipeline, change, flagged):
    text = ("Net profit rose to 468 million dollars in the year to February, from 412 million dollars the year "
            f"before.\n\nThe {change} percent increase came despite rising costs, with energy bills rising sharply "
            "in the second half of the year.")
    doc = pipeline(from_text(text, date="2022-04-28"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("reduction, flagged", [("3,400", True), ("2,400", False)])
def test_cc207_who_reports_a_change_holds_none_of_it(pipeline, reduction, flagged):
    text = ("The number of patients waiting for operations at hospitals run by the Westholm Health Board has fallen "
            f"to 11,900, from 14,300 a year ago.\n\nDr Ana Ruiz, who chairs the board, said the reduction of "
            f"{reduction} was the result of a year of hard work.")
    doc = pipeline(from_text(text, date="2019-08-22"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("told, flagged", [
    ("a lead within its stated margin of error of 3.5 percentage points", False),  # how far the poll may be off
    ("a lead of 3.5 percentage points", True),
])
def test_cc207_a_margin_of_error_in_points_is_no_change(pipeline, told, flagged):
    text = f"A poll on Tuesday had put Marsh on 44% and Ferreira on 43%, {told}."
    assert ("CC207" in {f.id for f in pipeline.check(text).flags}) == flagged


@pytest.mark.parametrize("increase, flagged", [("40-cent", True), ("50-cent", False)])
def test_cc207_a_change_named_as_one_already_told_reaches_back_to_its_move(pipeline, increase, flagged):
    text = ("The single fare on the Dunmore trams will rise from 2.40 dollars to 2.90 dollars on March 1, the transit "
            "board announced on Monday.\n\nThe board also approved a new timetable for the night routes. Work on "
            "the depot at Kell Street is due to finish in the autumn.\n\nBoard chair Nia Holt said the "
            f"{increase} increase in the single fare was the first since 2016.")
    doc = pipeline(from_text(text, date="2021-09-14"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("text", [
    # an indefinite change far from the values is a new one, not the move told before
    "The single fare on the Dunmore trams will rise from 2.40 dollars to 2.90 dollars on March 1, the board said.\n\n"
    "The board also approved a new timetable. Work on the depot is due to finish in the autumn.\n\n"
    "Board chair Nia Holt said a 40-cent increase in the single fare would follow in 2023.",
    # two levels far back with no move between them: the named change may be of anything its noun names
    "Sales in the north came to 40 million dollars last year.\n\nSales in the south came to 52 million dollars. "
    "The board met twice.\n\nThe director said the 10 percent increase in sales came from online orders.",
])
def test_cc207_a_far_change_stays_quiet_unless_it_names_a_move_told_before(pipeline, text):
    assert "CC207" not in {f.id for f in pipeline(from_text(text, date="2021-09-14")).flags}


@pytest.mark.parametrize("increase, flagged", [("28", True), ("18", False)])
def test_cc207_a_value_compared_with_carries_the_measure_it_follows_on_from(pipeline, increase, flagged):
    text = ("Harlow Dairies yesterday reported net profit of 50.2 million dollars for the three months to December. "
            "That compares with 42.5 million dollars in the same quarter of 2018.\n\nThe company sold 410 million "
            f"litres of milk. Chief executive Ines Marr said the {increase} percent increase in profit came mainly "
            "from the new plant at Ebbwick, which opened in June.")
    doc = pipeline(from_text(text, date="2020-01-28"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


def test_cc207_a_lead_with_no_sides_told_or_named_is_not_held_to_two_gaps_of_another_time(pipeline):
    # the 38 seconds and 1:05 are the final gaps to two riders; nothing ties them to the lead the day began with
    text = ("Teodor Vass won the Tour of the Sierras on Sunday by 38 seconds.\n\nAlvaro Ruiz finished second overall, "
            "38 seconds behind, and Sem Kuipers was third, one minute and five seconds behind Vass.\n\nVass had "
            "started the final day with a lead of 44 seconds over Ruiz. Ruiz attacked on the last climb but could not "
            "get clear.")
    assert "CC207" not in {f.id for f in pipeline(from_text(text, date="2020-09-21")).flags}


AIRPORT = ("Kessel Airport handled a record 18.43 million passengers in 2019, up 6.1 percent from 17.37 million in 2018, "
           "the company said. The increase of {rise} million passengers was the largest in its history. International "
           "passengers accounted for 13.31 million of the total.")


@pytest.mark.parametrize("rise, flagged", [("1.6", True), ("1.06", False)])
def test_cc207_a_change_named_as_told_is_of_the_move_another_change_also_tells(pipeline, rise, flagged):
    # the move from 17.37 to 18.43 million is the 6.1 percent's and the increase's both
    doc = pipeline(from_text(AIRPORT.format(rise=rise), date="2020-02-12"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("fall, flagged", [("510", False), ("410", True)])
def test_cc207_a_value_in_a_year_is_of_what_its_sentence_counts(pipeline, fall, flagged):
    # "3,620 in 2015": the year is when, not what; the fall is between the pairs of its own sentence
    text = (f"On the North Cliffs the team counted 3,110 pairs, compared with 3,620 in 2015, a fall of {fall} pairs "
            "or 14.1 percent. The West Stacks held 2,475 pairs, down 425 from 2,900.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2023-02-12")).flags}) == flagged


@pytest.mark.parametrize("cut, flagged", [("2", False), ("3", True)])
def test_cc207_a_value_written_to_after_a_change_by_is_where_it_went(pipeline, cut, flagged):
    # "cut by €2 million to €41 million": the parse makes one phrase of the two figures
    text = (f"Its income was €27.4 million in 2022, up from €13.1 million in 2021, but its grant was cut by €{cut} "
            "million to €41 million, from €43 million.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2023-02-12")).flags}) == flagged


def test_cc207_a_difference_of_two_changes_is_no_change_named_as_told(pipeline):
    # "The drug group's reduction was ... 2.2 days larger": the reduction is told before, the 2.2 days is not it
    text = ("Patients taking the drug went from 9.4 migraine days a month to 5.1, a reduction of 4.3 days. Patients "
            "on the placebo went from 9.3 days to 7.2, a reduction of 2.1 days. The drug group's reduction was "
            "therefore about twice that of the placebo group, and 2.2 days larger.")
    assert "CC207" not in {f.id for f in pipeline.check(text).flags}


@pytest.mark.parametrize("change, flagged", [("almost halved", False), ("nearly tripled", True)])
def test_cc207_a_change_over_years_is_of_the_values_dated_at_its_two_ends(pipeline, change, flagged):
    # 2,460 members in 2008 and 1,310 this year: almost halved in 15 years, not tripled; told paragraphs apart
    text = ("The town's choral society had 2,460 members in 2008, its records show.\n\nThe society meets in the old "
            "corn exchange. This year it has 1,310 members and a waiting list for its youth choir.\n\nIts secretary "
            f"said membership had {change} in 15 years.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2023-04-20")).flags}) == flagged


@pytest.mark.parametrize("change, flagged", [
    ("18", False),  # 35,000 in December 2019 to 41,200 in December 2024: 17.7 percent in five years
    ("25", True),
    ("41", True),  # the visits' rise (640 to 900) is of one year, not of the five the change is told over
])
def test_cc207_a_span_ending_at_a_value_told_of_the_months_before_the_article_starts_that_long_before(
        pipeline, change, flagged):
    text = ("The county's libraries had 41,200 members at the end of December, the library service said on Wednesday. "
            "In December 2019 they had 35,000.\n\nVisits to the main branch rose to 900 a day last year from 640 in "
            f"2023.\n\nThe director said membership had grown by about {change} percent in five years, thanks to free "
            "evening classes.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2025-02-20")).flags}) == flagged


@pytest.mark.parametrize("text", [
    # the earlier value is of another year than the span's start: no move the change tells
    "The society had 2,460 members in 2001, its records show.\n\nThis year it has 1,310 members.\n\nIts chair said "
    "membership had nearly tripled in 15 years.",
    # the two dated values count other things than the change names
    "The society had 2,460 members in 2008, its records show.\n\nThis year it has 1,310 members.\n\nIts chair said "
    "concert audiences had nearly tripled in 15 years.",
])
def test_cc207_quiet_when_no_values_of_its_measure_stand_at_a_changes_two_ends(pipeline, text):
    assert "CC207" not in {f.id for f in pipeline(from_text(text, date="2023-04-20")).flags}


@pytest.mark.parametrize("reduction, flagged", [("3.8", False), ("5.7", True)])
def test_cc207_a_multiplier_relates_the_figure_it_is_written_before(pipeline, reduction, flagged):
    # "twice the reduction of 1.9 days": the two reductions, not the counts of the paragraph before
    text = ("Nine patients in the drug group and seven in the placebo group left the trial.\n\nIn an earlier trial, "
            f"patients on the drug had a reduction of {reduction} days a month, twice the reduction of 1.9 days seen "
            "with placebo.")
    flags = [f for f in pipeline(from_text(text, date="2023-01-05")).flags if f.id == "CC207"]
    assert bool(flags) == flagged
    assert all("Nine" not in f.message for f in flags)


@pytest.mark.parametrize("change, flagged", [("halved", False), ("tripled", True)])
def test_cc207_a_length_after_a_multiplier_is_no_figure_it_multiplies(pipeline, change, flagged):
    text = (f"The society had 2,460 members in 2008. This year it has 1,230 members; membership has {change} in 15 "
            "years.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2023-04-20")).flags}) == flagged


@pytest.mark.parametrize("growth, flagged", [("88", False), ("68", True)])  # 130 - 42 = 88
def test_cc207_a_subject_that_grew_by_some_things_is_held_to_its_own_values(pipeline, growth, flagged):
    text = ("The queue of lorries at the border stood at 42 on Monday and had reached 130 by Friday evening, customs "
            f"officers said. The queue grew by {growth} lorries in four days.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-03-09")).flags}) == flagged


@pytest.mark.parametrize("difference, flagged", [("+21", False), ("+25", True)])
def test_cc207_two_sides_far_apart_that_make_a_difference_exactly_keep_it_quiet(pipeline, difference, flagged):
    # 35 scored and 14 conceded are more than twice apart, yet make +21: the goal difference is theirs
    text = (f"Dunmore have scored 35 league goals in 18 games and conceded only 14, giving them a goal difference of "
            f"{difference}.")
    doc = pipeline(from_text(text, date="2022-03-05"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("gain, flagged", [("152", True), ("125", False)])  # 512 - 387 = 125
def test_cc207_a_definite_gain_of_things_is_the_move_told_before(pipeline, gain, flagged):
    text = ("The number of ibex in the reserve has risen to 512, up from 387 at the previous count in 2016.\n\n"
            "The reserve employs 30 wardens.\n\n"
            f"The net gain of {gain} ibex since 2016 is the largest recorded between two counts.")
    doc = pipeline(from_text(text, date="2020-02-14"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("rise, flagged", [("9", True), ("18", False)])  # 71.7 to 84.6 is a rise of 18%
def test_cc207_a_rise_for_a_quarter_of_the_fiscal_year(pipeline, rise, flagged):
    text = (f"Carmody Instruments on Tuesday reported a {rise} percent rise in operating profit for the April-June "
            "quarter.\n\nOperating profit rose to $84.6 million in the first quarter of the company's fiscal year, "
            "from $71.7 million a year earlier.")
    doc = pipeline(from_text(text, date="2018-07-31"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("fall, flagged", [
    ("36", True),  # 80 to 59 is a fall of 26%; 59 to 80 would be a rise of 36%: the wrong base
    ("26", False),
])
def test_cc207_a_fall_is_measured_from_the_value_before(pipeline, fall, flagged):
    text = ("Figures released on Monday showed that 59 cyclists were killed on the region's roads last year, "
            "compared with 80 the year before.\n\nThe transport board credited new cycle lanes.\n\n"
            f"The overall fall of {fall} percent was the largest the board has recorded.")
    doc = pipeline(from_text(text, date="2019-07-18"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


def test_cc207_a_change_told_again_is_not_held_to_other_values(pipeline):
    text = ("The average sale price of a home in Corran rose 7.9% to $214,300 from $198,600 last year, while the "
            "median price was $189,500.\n\nSales fell by a tenth.\n\n"
            '"Prices are up 7.9% from a low base," said agent Mia Ruud.')
    # the rise told with its values, told again; and the median is another measure than the average
    assert "CC207" not in {f.id for f in pipeline(from_text(text, date="2020-02-14")).flags}


@pytest.mark.parametrize("text, flagged", [
    # a list of multipliers: the bare members are multipliers too, no values for the last to fit
    ("Astronomers found three planets around the star. Their masses are put at 1.4, 2.7 and 5.9 times that of "
     "Earth.", False),
    ("The trust spent 1.4 million pounds in 2019 and 2.7 million pounds in 2020, 5.9 times as much.", True),
])
def test_cc207_the_members_of_a_list_of_multipliers_are_no_values(pipeline, text, flagged):
    assert ("CC207" in {f.id for f in pipeline.check(text).flags}) == flagged


@pytest.mark.parametrize("text, flagged", [
    # the change is told of the level in its own sentence, whose earlier value is not given: not of the move before
    ("Visitors made 7.6 million trips in 2017, up from 6.4 million in 2016. Some 3.5 million guests stayed "
     "overnight, an increase of 27 percent.", False),
    # the level's own earlier value is told: the change is held to those two
    ("The port handled 4,200 containers in 2016. It handled 5,000 containers in 2017, an increase of 40 percent.",
     True),
    ("The port handled 4,200 containers in 2016. It handled 5,000 containers in 2017, an increase of 19 percent.",
     False),
])
def test_cc207_a_percentage_told_beside_a_level_is_that_level_s_change(pipeline, text, flagged):
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2018-06-20")).flags}) == flagged


def test_cc207_a_change_told_with_a_value_of_its_own_sentence_is_not_held_to_a_move_elsewhere(pipeline):
    # 9.4 / 8.8 is 6.8% more; the parks' move (79 to 86, 8.9% more) is another quantity's
    text = ("The council on Monday approved a budget that foresees spending of 9.4 billion pesos, 6.8 percent more "
            "than this year's budget of 8.8 billion pesos.\n\n"
            "The budget also includes 86 million pesos for parks, up from 79 million pesos this year.")
    assert "CC207" not in {f.id for f in pipeline(from_text(text, date="2018-12-12")).flags}


@pytest.mark.parametrize("text, flagged", [
    # each change is told with the value it arrived at; two such values are two quantities, no before and after
    ("Ticket revenue rose 6 percent to 9.6 million dollars, while catering revenue fell 22 percent to 1.8 million "
     "dollars as crowds stayed away.", False),
    # a change's own arrival is one side of its move, held to the value told before it
    ("The airport's net income was 7.1 million dollars in 2019. In 2020 its net income rose 6 percent to 9.6 million "
     "dollars.", True),
    ("The airport's net income was 7.1 million dollars in 2019. In 2020 its net income rose 35 percent to 9.6 million "
     "dollars.", False),
])
def test_cc207_the_value_a_change_arrived_at_is_its_own(pipeline, text, flagged):
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2021-02-10")).flags}) == flagged


def test_cc207_a_count_from_which_another_came_is_no_earlier_value(pipeline):
    # "from seven games" counts games, where the points came from: no earlier value of the points
    text = ("Dorval have 14 points from eight games, with four wins, two draws and two defeats, three points behind "
            "Arnaud.")
    assert "CC207" not in {f.id for f in pipeline.check(text).flags}


@pytest.mark.parametrize("fraction, flagged", [("two-thirds", True), ("three-quarters", False)])  # 4.8m to 1.2m
def test_cc207_a_fraction_is_a_change_of_proportion(pipeline, fraction, flagged):
    # the change's subject names what its values count ("passenger traffic", "passengers")
    text = (f"Passenger traffic at the port of Varna fell by {fraction} in 2020, the port authority said.\n\n"
            "The port handled 1.2 million passengers last year, compared with 4.8 million in 2019.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2021-02-03")).flags}) == flagged


@pytest.mark.parametrize("cut, flagged", [("25", True), ("14", False)])  # 3.6 million to 3.1 million: 13.9% less
def test_cc207_a_change_named_as_told_is_the_one_move_before_it(pipeline, cut, flagged):
    text = ("The province will give the orchestra 3.1 million dollars next year, down from 3.6 million dollars this "
            "year.\n\nThe orchestra plays 90 concerts a season. Its new hall opened in 2012.\n\n"
            f"The conductor, Ilse Varga, said the {cut} percent reduction in the provincial grant was the deepest in "
            "the orchestra's history.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2019-05-29")).flags}) == flagged


@pytest.mark.parametrize("rise, earlier, flagged", [
    ("20", "In 2019, when the road was closed for repairs, the quarry produced 40,000 tonnes.", True),
    ("30", "In 2019, when the road was closed for repairs, the quarry produced 40,000 tonnes.", False),
    # a value of long before is no "previous year"
    ("20", "In 2012, when the road was closed for repairs, the quarry produced 40,000 tonnes.", False),
])
def test_cc207_a_level_s_change_reaches_its_value_of_the_period_before(pipeline, rise, earlier, flagged):
    text = (f"The Brezno quarry produced 52,000 tonnes of granite in 2020, an increase of {rise} percent on the "
            "previous year, its owner said.\n\nThe quarry employs 85 people. It sells mostly to builders in "
            "Slovakia.\n\n"
            f"{earlier}")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2021-03-30")).flags}) == flagged


@pytest.mark.parametrize("rise, flagged", [("60", True), ("40", False)])  # 250 to 290 shillings is a rise of 40
def test_cc207_a_planned_change_runs_from_the_value_told_as_now(pipeline, rise, flagged):
    text = (f"Bus fares in Nakuru will rise by {rise} shillings to 290 shillings on March 1, the county said.\n\n"
            "Operators had asked for more. The current fare of 250 shillings dates from 2017.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2019-01-17")).flags}) == flagged


@pytest.mark.parametrize("rise, flagged", [("4.1", True), ("2.6", False)])  # 186,700 / 182,000 is 2.6% more
def test_cc207_a_change_that_a_pair_beside_it_makes_is_no_slip(pipeline, rise, flagged):
    # the readings take the month's move (184,900 to 186,700) as the pair; the year's base is told in the change's
    # own sentence, and a change that some pair beside it makes is not flagged
    text = ("The average asking price of a flat in Tarnów reached 186,700 zloty in June, up from 184,900 zloty in "
            "May. Compared with June last year, when the average was 182,000 zloty, prices were "
            f"{rise}% higher.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2022-07-05")).flags}) == flagged


@pytest.mark.parametrize("cut, flagged", [("1.1", True), ("0.8", False)])  # 4.0 billion to 3.2 billion
def test_cc207_a_change_named_as_told_is_the_move_told_last_before_it(pipeline, cut, flagged):
    # another move told earlier (the profit's) is not what "This cut" names
    text = ("Operating profit rose to 640 million rand from 510 million rand a year earlier.\n\n"
            "The group's borrowings fell to 3.2 billion rand at the end of March from 4.0 billion rand at the end of "
            f"December. This cut of {cut} billion rand in one quarter was the steepest since 2015, the chief "
            "executive said.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2022-08-04")).flags}) == flagged


def test_cc207_values_that_make_a_change_of_another_order_of_size_are_of_other_things(pipeline):
    # 200 million against 18.40 would be a rise of millions of percent: no slip of "5.2 percent" makes that
    text = ("The group plans to buy back up to €200 million of its own shares this year. Its shares closed up 5.2 "
            "percent at €18.40 in Frankfurt.")
    assert "CC207" not in {f.id for f in pipeline(from_text(text, date="2022-07-05")).flags}


AREA = "Farmers planted about 2.2 million hectares of barley, less than the 2.5 million hectares planted {}.\n\n"


@pytest.mark.parametrize("planted, change, flagged", [
    # a change since a date runs from it to now: a value dated wholly before it is no end of that change
    ("in 2019", "Barley futures in Chicago have gained about 25 per cent since June as drought hit Europe.", False),
    ("by mid-June", "Barley plantings have fallen about 25 per cent since the start of June.", True),
    ("in 2019", "Barley futures in Chicago have gained about 25 per cent in the past year.", True),
])
def test_cc207_a_change_told_since_a_date_has_no_value_dated_before_it(pipeline, planted, change, flagged):
    doc = pipeline(from_text(AREA.format(planted) + change, date="2020-08-20"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("change, flagged", [
    # two days' closing prices are no ends of a change told over a year
    ("They had gained 30 per cent over the previous twelve months.", False),
    ("They had fallen 30 per cent over the previous two days.", True),
])
def test_cc207_a_change_told_over_a_length_of_time_has_no_ends_far_closer_together(pipeline, change, flagged):
    text = ("Shares in the brewer closed at 512 pence on Friday, down from 540p on Thursday, valuing the group at "
            f"about £3.4 billion. {change}")
    doc = pipeline(from_text(text, date="2020-02-28"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged



@pytest.mark.parametrize("told, flagged", [
    ("5.1 percent", False),  # the shares' own fall fits the two prices; the index's fall is of the index
    ("9.5 percent", True),  # neither fall fits them
])
def test_cc207_values_a_change_of_their_own_sentence_fits_are_no_other_changes(pipeline, told, flagged):
    text = ("After its profit warning the chain ended " + told + " lower at 24.30 euros against 25.61 euros the day "
            "before, one of the weakest members of the retail index, which lost 1.2 percent.")
    doc = pipeline(from_text(text, date="2023-03-09"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("rise, flagged", [("£5,300", True), ("£4,100", False)])  # 96,800 - 92,700 = 4,100
def test_cc207_an_amount_told_going_up_away_from_its_move_is_checked_against_it(pipeline, rise, flagged):
    # the move is told in one sentence and the amount it went up by, undated, paragraphs on
    text = ("The county's flats cost £96,800 on average in March, against £92,700 in March 2021."
            "\n\nBuyers from the capital drove much of the demand, agents said.\n\nThe price of a typical flat "
            f"went up by about {rise} over the twelve months, the lender said.")
    doc = pipeline(from_text(text, date="2022-04-20"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("named, flagged", [
    ("rise in staff pay", False),  # a rise: no name for the fall told before
    ("drop in its reserves", True),  # 27.5 million to 21.5 million is a drop of 22 percent
])
def test_cc207_a_change_named_as_told_is_only_a_move_that_went_its_way(pipeline, named, flagged):
    text = ("The county expects its reserves to shrink from £27.5 million now to £21.5 million next spring.\n\n"
            "Libraries will close on Sundays.\n\n"
            "Its grant from the state will rise by 3.1 percent next year, while the treasurer defended the 8.4 "
            f"percent {named}.")
    doc = pipeline(from_text(text, date="2024-07-01"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("fall, flagged", [("250,000", True), ("300,000", False)])  # 1.2 million to 900,000 tonnes
def test_cc207_a_change_of_one_sort_of_a_noun_is_no_move_of_the_whole(pipeline, fall, flagged):
    # the whole crop is no value of "the wheat crop": the change is the move of wheat output told before it
    text = ("The national crop totalled 2.4 million tonnes in 2022, officials said.\n\n"
            "Wheat output came to 900,000 tonnes, compared with 1.2 million tonnes in 2021.\n\n"
            f"Bread prices rose in the autumn.\n\nThe {fall}-tonne fall in the wheat crop hit bakers hardest.")
    doc = pipeline(from_text(text, date="2022-11-01"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("change, flagged", [
    ("Arrivals at the resort rose 20 percent", False),  # 2.4 million over 2.0 million
    ("Arrivals at the resort rose 12 percent", True),
    ("Bookings at the resort rose 12 percent", False),  # bookings are no arrivals
])
def test_cc207_a_change_may_name_what_the_things_of_a_move_told_apart_did(pipeline, change, flagged):
    text = (f"{change} over the summer. In all, 2.4 million tourists arrived, compared with 2.0 million a year "
            "earlier.")
    doc = pipeline(from_text(text, date="2023-09-20"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("change, flagged", [
    ("21 percent drop", False),  # 520 million to 410 million is a drop of 21 percent
    ("31 percent drop", True),
    ("28 percent rise", False),  # the move of its own sentence that went its way: 75 million to 96 million
])
def test_cc207_a_change_named_as_told_is_no_move_of_its_sentence_that_went_the_other_way(pipeline, change, flagged):
    text = ("Sales at the chain came to $410 million last year, against $520 million a year earlier.\n\n"
            f"The chief executive blamed the {change} on energy, as energy cost the chain $96 million, compared with "
            "$75 million the year before.")
    doc = pipeline(from_text(text, date="2024-03-01"))
    cited = [{e.text for e in f.evidence} for f in doc.flags if f.id == "CC207"]
    assert cited == ([{f"{change.split()[0]} percent", "$410 million", "$520 million"}] if flagged else [])


@pytest.mark.parametrize("between, change, flagged", [
    ("", 4, False),  # $2.50 to $2.60 is 4 percent
    ("", 9, True),  # the move told right beside it, on a verb alike to its noun
    ("Buses ran late all winter. The depot was rebuilt. Drivers won a pay deal. Ridership held. ", 9, False),
])
def test_cc207_a_change_reaches_a_move_beside_it_on_a_verb_alike_to_its_noun(pipeline, between, change, flagged):
    text = (f"Ticket prices on the line have gone up {change} percent, the operator said. {between}A single journey "
            "now costs $2.60, compared with $2.50 last spring.")
    doc = pipeline(from_text(text, date="2024-04-10"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("later, flagged", [
    ("Harvests for oats on the same farms grew by 12 percent.", False),  # another sort's harvest
    ("The barley harvest shrank by 12 percent.", True),  # 95,000 to 80,000 tonnes is a fall of 16 percent
])
def test_cc207_a_change_of_a_sort_named_after_its_noun_is_no_move_of_another_sort(pipeline, later, flagged):
    text = ("Farmers in the valley brought in a smaller crop this autumn after a dry summer, the growers union said on "
            f"Monday.\n\nThe barley harvest shrank to 80,000 tonnes from 95,000 tonnes a year earlier. {later}")
    doc = pipeline(from_text(text, date="2023-10-16"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("second, flagged", [
    ("Online bookings climbed by 25 percent, from 52,000 last summer.", False),  # its own start: not the visitors'
    ("Attendance climbed by 25 percent.", True),  # no values of its own: the visitors' 12 percent is beside it
])
def test_cc207_a_change_told_with_where_it_began_is_of_that_value(pipeline, second, flagged):
    text = f"The museum drew 41,000 visitors this summer, up from 36,500 a year earlier.\n\n{second}"
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-09-10")).flags}) == flagged


@pytest.mark.parametrize("increase, flagged", [("$52", True), ("$38", False)])  # $410 to $448 is $38
def test_cc207_both_ends_of_a_move_told_with_no_noun_measure_what_the_clause_names(pipeline, increase, flagged):
    text = ("The council said its yearly parking permit will go up from $410 to $448 next spring.\n\n"
            "Residents packed the town hall on Thursday.\n\nAbout 150 of them signed an open letter.\n\n"
            f"Councillors called the increase of {increase} a year modest.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-03-10")).flags}) == flagged


@pytest.mark.parametrize("reduction, flagged", [("1,840", True), ("840", False)])
def test_cc207_a_change_noun_s_of_counting_a_noun_tells_a_change_of_it(pipeline, reduction, flagged):
    text = ("Vantor Logistics had a payroll of 48,310 workers on September 30, against 49,150 three months before.\n\n"
            "Sales grew 3 percent.\n\n"
            f"Its chief executive put the net reduction of {reduction} workers over the quarter down to automation.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-10-20")).flags}) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("The museum's ticket income grew to 52.6 million euros from 47.1 million euros, a gain of 4.5 million euros, "
     "and its shop takings went up to 9.2 million euros from 7.9 million euros.", True),
    ("The museum's ticket income grew to 52.6 million euros from 47.1 million euros, a gain of 5.5 million euros, "
     "and its shop takings went up to 9.2 million euros from 7.9 million euros.", False),
    ("Ticket income grew from 47.1 million euros to 52.6 million euros, a gain of 4.5 million euros.", True),
    ("Support for the party rose to 31 percent from 26 percent, a gain of seven percentage points.", True),
    ("Support for the party rose to 31 percent from 26 percent, a gain of five percentage points.", False),
])
def test_cc207_an_amount_or_points_of_change_told_with_its_from_and_to_values_must_fit_them(pipeline, text, flagged):
    assert ("CC207" in {f.id for f in pipeline.check(text).flags}) == flagged


@pytest.mark.parametrize("before, flagged", [
    ("At the end of March, client lending was £50.9 billion", True),  # 50.9 - 2.2 is 48.7, not 48.5
    ("At the end of March, client lending was £50.7 billion", False),
    ("At the end of 2019, client lending was £50.9 billion", False),  # long before the quarter: no start of it
])
def test_cc207_a_change_over_a_period_starts_from_the_value_dated_at_that_period_s_start(pipeline, before, flagged):
    text = ("Client lending dropped by £2.2 billion in the quarter to £48.5 billion.\n\n"
            f"{before}, the bank's annual report showed.")
    flags = [f for f in pipeline(from_text(text, date="2024-07-25")).flags if f.id == "CC207"]
    assert bool(flags) == flagged


@pytest.mark.parametrize("extra, flagged", [("2,500", True), ("1,500", False)])
def test_cc207_an_addition_named_as_told_is_the_move_told_before_it(pipeline, extra, flagged):
    text = ("The board lifted the hake catch limit by 12 percent, to 14,000 tonnes from 12,500 tonnes.\n\n"
            "Boat owners welcomed the move.\n\n"
            f"The extra {extra} tonnes will go to small boats next season.")  # a plan for it, no forecast of it
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-03-06")).flags}) == flagged


@pytest.mark.parametrize("second, flagged", [
    ("Unions blamed the loss of 900 jobs for the town's empty shops.", True),
    ("Unions blamed the loss of 800 jobs for the town's empty shops.", False),
    # a loss of money is a result told as a level, no change of the payroll
    ("The mill reported a loss of $900 on each job it kept.", False),
])
def test_cc207_a_loss_of_things_counted_is_a_change_of_them(pipeline, second, flagged):
    text = f"The mill cut its payroll to 4,400 jobs from 5,200 jobs last year.\n\n{second}"
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-03-06")).flags}) == flagged


@pytest.mark.parametrize("second, flagged", [
    # values of now, not of the time the change is told against
    ("At the weekend auctions, 340 of the 610 homes put under the hammer found a buyer.", False),
    ("In April 2023, 2,350 homes had been listed.", True),  # of that time: 11 percent fewer
    ("In April 2023, 3,010 homes had been listed.", False),  # 2,080 is 31 percent fewer
])
def test_cc207_a_change_told_against_a_time_needs_a_value_of_that_time(pipeline, second, flagged):
    text = ("Only 2,080 homes were listed in the county at the end of April, down 31 percent from a year earlier."
            f"\n\n{second}")
    assert bool(cc207(pipeline(from_text(text, date="2024-05-14")))) == flagged


@pytest.mark.parametrize("gain, flagged", [("seven", True), ("five", False)])
def test_cc207_a_gain_against_the_seats_held_at_an_occasion_named_as_earlier(pipeline, gain, flagged):
    text = ("The Farmers' League took 16 of the 45 assembly seats in Sunday's regional election.\n\n"
            "In the outgoing assembly the party had 11 seats.\n\n"
            f"The party's gain of {gain} seats leaves it the second-largest group.")
    assert bool(cc207(pipeline(from_text(text, date="2024-05-14")))) == flagged


@pytest.mark.parametrize("points, flagged", [("5.6", True), ("3.9", False)])
def test_cc207_an_improvement_in_points_is_the_move_told_before_it(pipeline, points, flagged):
    text = ("Hotel occupancy on the island rose to 81.0 percent in July from 77.1 percent a year earlier.\n\n"
            f"The tourism board put the improvement of {points} percentage points down to cheaper flights.")
    assert bool(cc207(pipeline(from_text(text, date="2024-08-20")))) == flagged


@pytest.mark.parametrize("rise, flagged", [("320,000", True), ("220,000", False)])
def test_cc207_an_increase_in_a_thing_against_its_values_of_two_years_told_in_a_row(pipeline, rise, flagged):
    text = ("The ferry line carried 1.93 million passengers in 2023, it said on Tuesday.\n\n"
            "In 2022 it had carried 1.71 million passengers.\n\n"
            f"Its managers said the increase in passengers of {rise} came from new routes.")
    assert bool(cc207(pipeline(from_text(text, date="2024-03-05")))) == flagged


@pytest.mark.parametrize("rise, earlier, flagged", [
    ("320,000", "", True),
    ("220,000", "", False),
    ("320,000", " In 2021 it had carried 1.39 million.", False),  # a third value: the year before's rise fits it
])
def test_cc207_a_change_named_as_told_is_the_move_between_the_only_two_values_of_its_thing(
        pipeline, rise, earlier, flagged):
    text = ("The ferry line carried 1.93 million passengers in 2023, it said on Tuesday.\n\n"
            "It runs nine boats on four routes.\n\n"
            f"In 2022 it had carried 1.71 million passengers.{earlier}\n\n"
            "Fuel is its largest cost.\n\n"
            f"Its managers said the increase in passengers of {rise} came from new routes.")
    assert bool(cc207(pipeline(from_text(text, date="2024-03-05")))) == flagged


@pytest.mark.parametrize("first, rise, flagged", [
    ("Average pay at the airline rose to £41,000 from £38,000 last year.", "15", True),  # 7.9 percent
    ("Average pay at the airline rose to £41,000 from £38,000 last year.", "8", False),
    # a rise of pay is no move of the takings or seats told before it
    ("Box office takings grew to 3.2 million euros from 3.0 million euros, and the theatre sold 410,000 seats, up "
     "from 395,000.", "9", False),
])
def test_cc207_a_pay_rise_is_a_change_of_pay(pipeline, first, rise, flagged):
    text = f"{first}\n\nEngineers voted for the pay rise of {rise} percent over two years on Monday."
    assert bool(cc207(pipeline(from_text(text, date="2024-07-10")))) == flagged


def test_cc207_a_change_told_with_where_it_arrived_this_year_is_of_that_value(pipeline):
    # "dropped by some 1,500 this year to roughly 30,000": one side is 30,000, not the sawmill's own staff counts
    text = ("The sawmill's owner said on Monday that it had reduced its staff from 2,600 to 2,350 since April.\n\n"
            "Employment in forestry dropped by some 1,500 this year to roughly 30,000.")
    assert not cc207(pipeline(from_text(text, date="2024-07-10")))


def test_cc207_an_increment_with_a_verb_of_its_own_is_no_change_of_another_doing_s_move(pipeline):
    # "another 870 took part by telephone" adds to those who did so, not to the move of the postal forms
    text = ("This spring 3,150 tenants returned postal forms, against 520 at the previous survey, and another 870 took "
            "part by telephone.")
    assert not cc207(pipeline(from_text(text, date="2023-02-14")))


@pytest.mark.parametrize("text, flagged", [
    # a target moved from one figure to another is no move of a change told as happened ...
    ("The brewery raised its target for the year to 3.3 million cases, from the 3.1 million cases it set in January."
     "\n\nCases shipped to its export markets rose 15 percent.", False),
    # ... but its own change, told in its sentence, is held to it (3.1 to 3.3 million is 6.5 percent)
    ("The brewery raised its sales target for the year to 3.3 million cases, from 3.1 million, an increase of 9 "
     "percent.", True),
    ("The brewery raised its sales target for the year to 3.3 million cases, from 3.1 million, an increase of 6.5 "
     "percent.", False),
    # a forecast against a value told as past is a move a change told later may name
    ("Takings at the museum are forecast at 2.6 million euros, against 3.0 million euros in 2022.\n\nThe director "
     "said the 0.2 million euro fall in takings came mostly from fewer tours.", True),
])
def test_cc207_a_forecast_s_move_is_its_own_change_s_not_one_told_as_happened(pipeline, text, flagged):
    assert bool(cc207(pipeline(from_text(text, date="2023-06-12")))) == flagged


@pytest.mark.parametrize("text, flagged", [
    # the figure a change is told "on", "over" or "against" is the value it started from
    ("Attendance at the county show reached 41,300 across five days. It was an increase of 7,200 on the previous "
     "show's 36,100.", True),
    ("Attendance at the county show reached 41,300 across five days. It was an increase of 5,200 on the previous "
     "show's 36,100.", False),
    ("Shipments reached 4,510 crates, up 12 percent over the previous season's 4,100.", True),
    ("Shipments reached 4,510 crates, up 10 percent over the previous season's 4,100.", False),
])
def test_cc207_the_figure_a_change_is_told_on_or_over_is_where_it_started(pipeline, text, flagged):
    assert bool(cc207(pipeline(from_text(text, date="2023-04-20")))) == flagged


ROUTE_SUBSIDIES = ("Route subsidies from the transport board fell from 50 million dollars in 2022 to 40 million "
                   "dollars in 2024.\n\nThe board also bought 30 new buses.\n\n"
                   "Drivers say the {cut} percent cut in subsidies has closed two depots.")


@pytest.mark.parametrize("cut, flagged", [("30", True), ("20", False)])  # 50 to 40 million: 20 percent less
def test_cc207_a_change_noun_after_its_figure_is_a_change_named_as_told_whatever_the_parse(pipeline, cut, flagged):
    # the parse may read "cut" after "the 30 percent" as a verb: the figure still sizes a change named as told
    doc = pipeline(from_text(ROUTE_SUBSIDIES.format(cut=cut), date="2025-05-20"))
    assert bool(cc207(doc)) == flagged


HARBOUR_POLL = ("Support for the harbour plan among the borough's voters stood at 44 percent in May. That "
                "compares with 61 percent last November.\n\n{change} has worried the plan's backers.")


@pytest.mark.parametrize("change, flagged", [
    ("The 11-point slide", True),  # 61 to 44 percent is 17 points
    ("The 17-point slide", False),
    ("The slide of 11 points", True),
    ("The slide of 17 points", False),
])
def test_cc207_a_change_counted_in_points_is_held_to_the_percentages_before_it(pipeline, change, flagged):
    doc = pipeline(from_text(HARBOUR_POLL.format(change=change), date="2025-05-20"))
    assert bool(cc207(doc)) == flagged


def test_cc207_points_of_an_index_are_not_held_to_percentages_of_another_thing(pipeline):
    text = ("The share index closed at 4,210 on Friday, up from 4,150 a week earlier, while bond yields eased to 3.7 "
            "percent from 3.95 percent.\n\nThe 60-point gain was the index's best week since March.")
    assert not cc207(pipeline(from_text(text, date="2025-05-20")))


FERRY_RIDES = ("The island ferry took 5,300 passengers a day in May. In January it took 4,100 a day.\n\nA second "
               "boat joins the route in July.\n\n{change} has lengthened the queues at the harbour.")


@pytest.mark.parametrize("change, flagged", [
    ("The rise of 1,600 passengers a day", True),  # 4,100 to 5,300 a day is 1,200 more
    ("The rise of 1,200 passengers a day", False),
    ("The 45 percent rise", True),  # 1,200 on 4,100 is 29 percent
    ("The 29 percent rise", False),
])
def test_cc207_a_change_of_a_rate_is_held_to_the_rates_it_moved_between(pipeline, change, flagged):
    doc = pipeline(from_text(FERRY_RIDES.format(change=change), date="2025-06-02"))
    assert bool(cc207(doc)) == flagged


@pytest.mark.parametrize("change, flagged", [
    ("The rise of 240 complaints", True),  # 1,150 to 1,470 is 320 more
    ("The rise of 320 complaints", False),
])
def test_cc207_a_date_in_a_phrase_the_change_came_despite_does_not_date_the_change(pipeline, change, flagged):
    text = ("Complaints about damp in rented flats in the borough rose from 1,150 to 1,470 over the twelve months to "
            f"June, the housing office said on Friday.\n\n{change} came despite the hiring in March of six more "
            "inspectors.")
    assert bool(cc207(pipeline(from_text(text, date="2024-07-05")))) == flagged


@pytest.mark.parametrize("rise, flagged", [("460", True), ("360", False)])  # 1,250 to 1,610 is 360 more
def test_cc207_a_level_a_count_climbed_to_by_a_day_is_that_day_s_and_the_count_is_of_what_was_counted(
        pipeline, rise, flagged):
    text = ("The number of nesting pairs on the island had risen to 1,250 by Tuesday, the trust said on Friday. By "
            f"Thursday the tally had climbed to 1,610.\n\nThe rise of {rise} pairs in two days surprised the wardens.")
    assert bool(cc207(pipeline(from_text(text, date="2024-05-11")))) == flagged


@pytest.mark.parametrize("rise, why, flagged", [
    ("$29 million", "", True),  # $61 million to $84 million is $23 million more
    ("$23 million", "", False),
    # the date told since is of another verb's figure: it does not start this increase
    ("$29 million", ", which has lifted timber prices 30 percent since early 2021", True),
    ("$23 million", ", which has lifted timber prices 30 percent since early 2021", False),
])
def test_cc207_a_value_told_by_a_verb_is_of_the_noun_of_that_verb(pipeline, rise, why, flagged):
    text = ("The museum renovation's cost has climbed to $84 million, officials said on Monday.\n\n"
            "Councillors were told in May 2020 that it would cost $61 million.\n\n"
            f"The {rise} increase was blamed on building inflation{why}.")
    assert bool(cc207(pipeline(from_text(text, date="2023-03-08")))) == flagged


@pytest.mark.parametrize("moved, flagged", [
    ("up from 3,800, a rise of 27 percent", True),  # 3,800 to 5,230 is a rise of 37.6%; 27% is the fall read back
    ("up from 3,800, a rise of 37.6 percent", False),
    ("down from 6,540, a fall of 20 percent", False),
])
def test_cc207_a_change_whose_words_say_its_way_is_held_to_that_way(pipeline, moved, flagged):
    text = f"The depot handled 5,230 parcels on Monday, {moved}."
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-07-02")).flags}) == flagged


@pytest.mark.parametrize("relative, flagged", [("15", False), ("22", True)])  # 6.0 to 5.1 percent is 15% lower
def test_cc207_a_relative_change_of_two_percentages_fits_them(pipeline, relative, flagged):
    text = ("The share of late trains fell to 5.1 percent of 41,000 services last year, down from 6.0 percent of "
            f"38,200 the year before. That makes a relative fall of about {relative} percent.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-07-02")).flags}) == flagged


@pytest.mark.parametrize("rise, flagged", [
    ("31 percent rise in exported flour", True),  # 2,500 to 3,140 tonnes is a rise of 25.6%
    ("26 percent rise in exported flour", False),
    ("31 percent rise in imported flour", False),  # another sort than the flour exported
])
def test_cc207_a_change_of_a_sort_its_values_underwent_is_of_those_values(pipeline, rise, flagged):
    text = ("The mill exported 3,140 tonnes of organic flour last year, up from 2,500 tonnes in 2022, its managers "
            f"said on Monday.\n\nMost of it went to bakeries in the north.\n\nThe {rise} was the largest in a decade.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2023-03-08")).flags}) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("The champions, Eastfield, receive $40,000 and Northgate $15,000, the league said. Both payments were doubled "
     "this year.", False),  # each from a value of its own: no doubling of one into the other
    ("The champions, Eastfield, receive $40,000 and Northgate $15,000, the league said. Each was doubled this year.",
     False),
    ("The league's prize fund is $40,000 this year, up from $15,000 last year, it said on Friday. The fund was "
     "doubled, the chairman said.", True),  # one fund's move, which is no doubling
])
def test_cc207_a_change_told_of_each_of_a_set_moves_no_value_into_another(pipeline, text, flagged):
    doc = pipeline(from_text(text, date="2024-06-07"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("rise, flagged", [("0.9 million", True), ("0.6 million", False)])
def test_cc207_a_change_named_as_told_meets_its_noun_s_two_values_of_now_and_of_a_year_before(pipeline, rise,
                                                                                            flagged):
    # an undated figure tells of the article's own time, so "in 2021" is another time than it: the move's two ends
    text = ("Sunline Air carried 5.2 million passengers, its chief executive said.\n\nThe airline opened nine routes "
            "and leased four jets.\n\nFuel costs fell, and the airline hired 300 cabin crew.\n\nIn 2021, it carried "
            "4.6 million passengers.\n\nIts shares rose after the results.\n\nAnalysts had expected weaker figures."
            f"\n\nThe rise of {rise} passengers was the largest in its history.")
    doc = pipeline(from_text(text, date="2023-02-22"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("change, flagged", [
    ("21 percent", True),  # 3.1 million against 2.8 million is 11 percent
    ("11 percent", False),
])
def test_cc207_a_change_told_on_a_year_meets_that_year_s_value_wherever_told(pipeline, change, flagged):
    text = ("The Larne Ferry Company carried 3.1 million passengers last year, it said on Tuesday.\n\nThe figure was "
            f"up {change} on 2022, though still below the 3.9 million carried in 2019.\n\nThe company added two ships "
            "in the spring.\n\nFares rose by an average of 4 percent.\n\nIn 2022, the ferries carried 2.8 million "
            "passengers on the company's three routes.")
    doc = pipeline(from_text(text, date="2024-02-14"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged
    figure = next(f for f in doc.facts if f.claim.text == change)
    assert figure.measure == "passenger"  # "The total": the passengers counted in the sentence before


@pytest.mark.parametrize("change, flagged", [
    ("310", False),  # 6,480 against 6,170: a pair of the pupils counted, though told with a change of its own
    ("410", True),
])
def test_cc207_an_amount_of_change_two_values_of_its_noun_make_anywhere_is_no_slip(pipeline, change, flagged):
    text = ("Enrolment in the district's schools has risen to 6,480 pupils, up 5 percent from 6,170 a year earlier, "
            "the council said on Tuesday.\n\nIts count, taken in the first week of July 2024, shows an "
            f"increase of {change} pupils. Pupils who walk to school make up 5,900 of the pupils enrolled, or 91 "
            "percent.")
    assert bool(cc207(pipeline(from_text(text, date="2024-09-18")))) == flagged


@pytest.mark.parametrize("told, restated", [
    ("about 28 percent", True),  # 9,000 over the 32,000 it rose from
    ("about 38 percent", False),  # 9,000 over 23,000 would be: no value told there to start from
])
def test_cc207_a_percentage_told_with_an_amount_of_change_restates_it_over_where_the_move_started(pipeline, told,
                                                                                                  restated):
    text = ("The town museum drew 41,000 visitors over the summer, up from 32,000 last year, when two galleries were "
            f"shut for repairs, its director said on Monday.\n\nThe rise of 9,000 visitors, or {told}, kept the "
            "museum below its best summer, in 2018, when 45,600 visitors came.")
    doc = pipeline(from_text(text, date="2022-09-26"))
    change = next(f for f in doc.facts if f.claim.text == told.split(" ", 1)[1])
    values = [f for f in doc.facts if f.claim.kind in VALUE_KINDS and f.role in VALUE_ROLES and f.claim.value]
    assert _restates_an_amount(change, doc.facts, values, pipeline.settings) is restated


@pytest.mark.parametrize("sort, flagged", [
    ("Income", True),  # the zoo's income, told again with its two ends: 38 percent, not a quarter
    ("Catering income", False),  # one sort's move, not all the income's
])
def test_cc207_a_move_of_one_sort_is_not_a_change_of_the_whole(pipeline, sort, flagged):
    text = ("Closing the gates for four months cut the zoo's income by nearly a quarter, its annual report showed on "
            "Tuesday.\n\nThe zoo reopened in July with fewer visitors allowed at a time.\n\n"
            f"{sort} dropped to 2.1 million pounds from 3.4 million pounds, the report said.")
    doc = pipeline(from_text(text, date="2020-03-03"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("move, flagged", [
    ("Pell said revenue dropped to 212 million euros from 226.5 million euros.", False),  # the rival's drop
    ("Ormond said revenue grew to 244 million euros from 219 million euros.", True),  # 11 percent, not 3.2
])
def test_cc207_a_far_move_the_other_way_is_not_the_change_s(pipeline, move, flagged):
    text = ("The bakery chain Ormond said on Friday that its revenue grew 3.2 percent in the holiday weeks, while its "
            "rival Pell reported a drop.\n\nBoth chains held back price rises in December.\n\nCustomers bought more "
            f"bread than cakes.\n\n{move}")
    doc = pipeline(from_text(text, date="2025-01-10"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("percent, flagged", [
    ("67 per cent", False),  # 1.8 of 2.7 million; no change of the deficit and the surplus beside it
])
def test_cc207_a_percentage_restating_an_amount_of_change_is_of_the_move_that_amount_makes(pipeline, percent,
                                                                                            flagged):
    text = ("Rosmer Station served 0.9 million rail travellers in 2021, a third of the 2.7 million it served in 2019, "
            f"the operator's accounts showed on Monday.\n\nThe drop of 1.8 million travellers, or {percent}, left the "
            "operator with a deficit of €6.2 million, against a surplus of €3.4 million two years earlier.")
    doc = pipeline(from_text(text, date="2022-03-07"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("increase, flagged", [
    ("That rise of 560 flats was a record.", True),  # 2,870 - 2,410 is 460
    # a shortfall from a target is a difference from that target, no change between the year's values
    ("That rise of 460 flats was a record, yet the total fell 130 flats short of the council's goal of 3,000 "
     "completions a year.", False),
])
def test_cc207_a_shortfall_from_a_target_is_no_change_of_the_values_beside_it(pipeline, increase, flagged):
    text = f"Builders in the town finished 2,870 flats last year, up from 2,410 in 2020, the council said. {increase}"
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2022-03-03")).flags}) == flagged


@pytest.mark.parametrize("text, flagged", [
    # a multiple of the same thing a year before is a change: held to the values beside it
    ("The rowing club had 120 members in 2019, its records show. It now has 200 members, three times as large a "
     "roll as the year before.", True),
    # a multiple of another group ("as those over 50", "as outside") is no change of the values told before it
    ("The rowing club now has 200 members, up from 120 in 2019, its records show. Members under 30 are twice as "
     "likely to race as those over 50.", False),
    ("The survey counted 268 bird species, against 251 in 2019. Hedgehogs were about twice as common in the gardens "
     "as in the parks.", False),
])
def test_cc207_a_multiple_of_another_group_is_no_change(pipeline, text, flagged):
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-03-03")).flags}) == flagged


@pytest.mark.parametrize("percent, flagged", [("45", True), ("30", False)])  # 11.20 to 14.60 is a rise of 30%
def test_cc207_the_length_a_change_is_told_over_is_no_value_beside_it(pipeline, percent, flagged):
    text = ("Thursday, May 4, 2023\n\nThe toll for a lorry on the coast road has gone up to £14.60, from £11.20 in "
            "2019, the county said.\n\nCars pay £3.10 a crossing, and vans pay £6.80. Buses travel free.\n\n"
            f"The lorry toll has risen by {percent} percent over four years, the county added.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2023-05-04")).flags}) == flagged


@pytest.mark.parametrize("more, flagged", [("34", True), ("44", False)])  # 212 against 168 is 44 more
def test_cc207_a_difference_told_against_a_time_is_a_move_between_two_times(pipeline, more, flagged):
    text = ("The book fair in Tarrow had 212 publishers this year, up from 168 last year, the organisers said.\n\n"
            "Most came from the north of the country. Tickets sold out on the first morning.\n\n"
            f"The fair had {more} more publishers than last year, its director said.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2023-05-02")).flags}) == flagged


KORVEL = ("Monday, March 2, 2020\n\nKorvel Foods said on Friday that its turnover for 2019 climbed to $61 million, "
          "helped by sales of frozen soups.\n\nTurnover grew {percent} percent in the year, the firm said, its best "
          "showing in a decade. Its profit doubled to $4 million.\n\nTurnover in 2018 had stood at $50 million, while "
          "the firm's plan had called for a rise of roughly 10 percent in 2019.")


@pytest.mark.parametrize("percent, flagged", [("12", True), ("22", False)])  # $50 million to $61 million is 22%
def test_cc207_a_change_of_a_dated_level_beside_it_runs_from_the_value_of_the_period_before(pipeline, percent,
                                                                                            flagged):
    doc = pipeline(from_text(KORVEL.format(percent=percent), date="2020-03-02"))
    assert ("CC207" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("increase, flagged", [("7.5", False), ("9.5", True)])  # 21.3 - 13.8 is 7.5
def test_cc207_a_value_after_up_from_is_the_earlier_value_of_the_amount_before_it(pipeline, increase, flagged):
    text = ("Monday, September 9, 2024\n\nSales at the Dunmore wool auction rose this week, with 1,240 bales sold for a "
            "total of 21.3 million dollars, up from 13.8 million dollars at last year's auction.\n\nBuyers came from "
            f"nine countries.\n\nThe {increase} million dollar increase came mostly from fine merino wool, the "
            "auctioneers said.")
    assert ("CC207" in {f.id for f in pipeline(from_text(text, date="2024-09-09")).flags}) == flagged


@pytest.mark.parametrize("change, flagged", [("590", True), ("260", False)])  # 2,310 against 2,050 is 260 more
def test_cc207_a_change_in_a_doing_s_noun_is_of_the_things_that_doing_befell(pipeline, change, flagged):
    # "car thefts" and "stolen vehicles": the noun of "steal" names what the counts underwent
    text = ("Police logged 2,310 stolen vehicles across the county last year, compared with 2,050 the year before. "
            "Most were taken from streets near the station.\n\nOfficers answered 18,760 emergency calls last year, up "
            "from 18,390. The new unit is meant to reverse last year's increase of "
            f"{change} car thefts, the chief constable said.")
    flags = [f for f in pipeline(from_text(text, date="2024-03-13")).flags if f.id == "CC207"]
    assert bool(flags) == flagged
    if flagged:
        assert "2,050" in flags[0].message and "2,310" in flags[0].message  # not the calls
