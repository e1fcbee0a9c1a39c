"""The facts stage on sentences written for the tests: measure, holders, time, role, modality."""

from __future__ import annotations

from datetime import date

import pytest
from test_checks_support import make_doc

from claimcheck.document import DateRange
from claimcheck.ingest import from_text
from claimcheck.facts import FactExtractor, holders_differ, to_date_range


def _facts(nlp, text, claims, published="2025-06-18"):
    doc = make_doc(nlp, text, claims, date=published)
    FactExtractor()(doc)
    return {f.claim.text: f for f in doc.facts}


def test_the_measure_is_the_noun_counted_or_the_subject_a_figure_completes(nlp):
    facts = _facts(nlp, "The singer made 31 studio albums. The turnout reached 64% of registered voters. "
                        "The number of patients rose to 120.",
                   [("31", "count", 31.0), ("64%", "percent", 64.0, {"unit": "%"}), ("120", "count", 120.0)])
    assert facts["31"].measure == "album"
    assert facts["64%"].measure == "turnout"  # not "voter": what reached 64% is the turnout
    assert facts["120"].measure == "patient"  # "number of patients": the noun after "of"


@pytest.mark.parametrize("second, figure, measure", [
    # a bare number a doer's verb takes counts what that verb counted before, not the doers
    ("In 2022, the same gauges logged 1.81 million.", "1.81 million", "crossing"),
    # a verb telling the subject's own size or members: the subject counts it
    ("The crossings in 2022 totalled 1.81 million.", "1.81 million", "crossing"),
    ("The riders included 40 from abroad.", "40", "rider"),
])
def test_a_bare_number_a_doer_s_verb_takes_is_not_a_count_of_the_doers(pipeline, second, figure, measure):
    doc = pipeline(from_text(f"Gauges on the bridge logged 2.26 million crossings in 2023. {second}",
                             date="2024-02-01"))
    assert next(f for f in doc.facts if f.claim.text == figure).measure == measure


def test_a_quantity_in_a_unit_measures_the_stuff_after_of_and_so_does_the_value_it_moved_from(nlp):
    facts = _facts(nlp, "Residents recycled 9.1 tonnes of glass this year, up from 4.0 tonnes last year. "
                        "Crews resurfaced 12 kilometres last month.",
                   [("9.1 tonnes", "quantity", 9.1, {"unit": "t"}), ("4.0 tonnes", "quantity", 4.0, {"unit": "t"}),
                    ("12 kilometres", "quantity", 12.0, {"unit": "km"})])
    assert facts["9.1 tonnes"].measure == "glass"  # not "resident": residents are not what weighs 9.1 tonnes
    assert facts["4.0 tonnes"].measure == "glass"  # the value the level moved from, in the same unit
    assert facts["12 kilometres"].measure != "glass"


def test_a_figure_completing_a_verb_with_its_own_object_is_of_that_doing_not_of_the_subject(nlp):
    facts = _facts(nlp, "The judge sentenced the driver to nine years on Monday. The firm sold the mill for "
                        "$40 million. The turnout rose to 64%.",
                   [("nine years", "quantity", 9.0, {"unit": "years"}), ("Monday", "date", None),
                    ("$40 million", "money", 4e7, {"unit": "USD"}), ("64%", "percent", 64.0, {"unit": "%"})])
    assert facts["nine years"].measure != "judge" and facts["nine years"].state == "sentence"
    assert facts["$40 million"].measure != "firm" and facts["$40 million"].state == "sell"
    assert facts["64%"].measure == "turnout" and facts["64%"].state is None  # no object: the subject's level
    assert facts["Monday"].state is None  # a date tells when, not what was done


def test_a_count_answering_for_itself_takes_the_doing_its_answer_tells_of(nlp):
    facts = _facts(nlp, "Of the 300 tenants asked, 210 said they would renew their leases and 45 tenants told the "
                        "council they had been overcharged. Another 60 tenants said the rents were too high.",
                   [("300", "count", 300.0), ("210", "count", 210.0), ("45", "count", 45.0), ("60", "count", 60.0)])
    assert facts["210"].state == "renew"
    assert facts["45"].state == "overcharge"  # the noun's own answer, passive as told
    assert facts["60"].state is None  # the clause tells of the rents, not of the 60


def test_holders_come_from_the_figures_own_phrase_and_its_subject(nlp):
    facts = _facts(nlp, "Maria Lopez won 12 medals in Paris, and the Kenyan team took seven medals.\n\n"
                        "Lopez won 14 medals, the federation said.",
                   [("12", "count", 12.0), ("seven", "count", 7.0), ("14", "count", 14.0)])
    assert "PERSON:maria lopez" in facts["12"].holders
    assert facts["14"].holders == facts["12"].holders  # the surname alone is the full name written before
    assert not holders_differ(facts["12"], facts["14"])


def test_a_figure_set_beside_a_name_is_that_person_s_not_the_owner_s_of_the_noun_the_name_restates(nlp):
    facts = _facts(nlp, "A court cleared a former bus driver, Colin Harrow, of fraud.\n\n"
                        "Harrow's sister, Mary Harrow, 51, told reporters she was relieved.",
                   [("51", "quantity", 51.0, {"unit": "years"})])
    assert facts["51"].holders == {"PERSON:mary harrow"}


def test_a_verb_joined_without_a_subject_of_its_own_takes_the_earlier_verb_s(nlp):
    facts = _facts(nlp, "Its rival, Nordair, carried 44 million passengers last year and made a profit of $530 "
                        "million. Aurora Air carried 31 million passengers, and the group made a profit of $90 million.",
                   [("44 million", "count", 44e6), ("$530 million", "money", 5.3e8, {"unit": "USD"}),
                    ("31 million", "count", 31e6), ("$90 million", "money", 9e7, {"unit": "USD"})])
    assert facts["$530 million"].holders == facts["44 million"].holders != frozenset()
    assert facts["$90 million"].holders != facts["31 million"].holders  # "the group" is its own verb's subject


def test_a_person_holds_a_figure_through_a_by_agent_or_the_verb_a_participle_clause_hangs_from(pipeline):
    doc = pipeline.check("Ana Ruiz set a new club best on Saturday, finishing the swim in 4 minutes 12 seconds.\n\n"
                         "The junior heat was taken by Lena Ostrova in 3 minutes 58 seconds.\n\n"
                         "The gala lasted 5 hours, organisers said, after Ruiz asked for a later start.")
    holders = {f.claim.text: f.holders for f in doc.facts}
    assert holders["4 minutes 12 seconds"] == {"PERSON:ana ruiz"}
    assert holders["3 minutes 58 seconds"] == {"PERSON:lena ostrova"}
    assert not any(h.startswith("PERSON:") for h in holders["5 hours"])  # Ruiz is the subject of another clause


def test_a_person_holds_a_figure_of_a_clause_under_a_clause_with_no_subject_of_their_own(pipeline):
    doc = pipeline.check("Swimmer Ana Ruiz broke the pool record in Lyon on Saturday, pulling clear of the field over "
                         "the last length to win in 4 minutes 12 seconds.\n\n"
                         "In the junior heat, Lena Ostrova won in 3 minutes 58 seconds.")
    holders = {f.claim.text: f.holders for f in doc.facts}
    assert holders["4 minutes 12 seconds"] == {"PERSON:ana ruiz"}  # "to win" under "pulling", under "broke"
    assert "CC105" not in {f.id for f in doc.flags}  # two swimmers' times


def test_a_person_holds_a_figure_of_a_relative_clause_on_their_name(pipeline):
    doc = pipeline.check("Grandmaster Ida Berg has not lost any of her nine games at the tournament.\n\n"
                         "In the last round she plays Omar Saleh, who has won eleven games at the tournament.")
    holders = {f.claim.text: f.holders for f in doc.facts}
    assert holders["eleven"] == {"PERSON:omar saleh"}
    assert "CC102" not in {flag.id for flag in doc.flags}


def test_roles_levels_changes_previous_values_and_parts(nlp):
    facts = _facts(nlp, "The party lost 10 seats and now holds 41 seats, down from 51 seats. "
                        "Of the 200 passengers, 30 were children. "
                        "The blasts killed five children and two drivers.",
                   [("10", "count", 10.0), ("41", "count", 41.0), ("51", "count", 51.0), ("200", "count", 200.0),
                    ("30", "count", 30.0), ("five", "count", 5.0), ("two", "count", 2.0)])
    assert facts["10"].role == "change"
    assert facts["41"].role == "level"
    assert facts["51"].role == "previous"
    assert facts["five"].role == "part" and facts["two"].role == "part"


@pytest.mark.parametrize("text, figure, role", [
    ("Waits fell to 5.1 weeks, a reduction of 4.3 weeks.", ("4.3 weeks", "quantity", 4.3, {"unit": "weeks"}),
     "change"),
    ("The list grew to 11,240, an increase of 1,380 households.", ("1,380", "count", 1380.0), "change"),
    ("The firm posted a net loss of $5 million for the year.", ("$5 million", "money", 5e6, {"unit": "USD"}), "level"),
])
def test_what_a_change_noun_s_of_gives_is_a_change_and_a_loss_of_money_a_level(nlp, text, figure, role):
    assert _facts(nlp, text, [figure])[figure[0]].role == role


@pytest.mark.parametrize("text, figure, role", [
    ("The rail union approved a hike of 4 percent in monthly fares.", "4 percent", "change"),
    ("Bakers reported a dip of 6 percent in bread sales over the winter.", "6 percent", "change"),
    ("Pass rates improved by 8 percent at the county's schools.", "8 percent", "change"),
    ("Pass rates stood at 8 percent above the national average.", "8 percent", "share"),
])
def test_a_hike_dip_or_improvement_is_a_change(pipeline, text, figure, role):
    assert {f.claim.text: f.role for f in pipeline.check(text).facts}[figure] == role


@pytest.mark.parametrize("text, role, measure", [
    ("The council said the rise in rents of 90 euros a month hit students hardest.", "change", "rent"),
    ("The council said rents of 900 euros a month hit students hardest.", "level", "rent"),
])
def test_a_change_noun_s_in_phrase_with_the_size_after_it_is_a_change_of_that_thing(pipeline, text, role, measure):
    fact = next(f for f in pipeline.check(text).facts if f.claim.kind == "money")
    assert (fact.role, fact.measure) == (role, measure)


@pytest.mark.parametrize("second, role", [
    ("At the previous election the Greens won 6 seats.", "previous"),
    ("In the outgoing council the Greens had 6 seats.", "previous"),
    ("At the last count the Greens had 6 seats.", "previous"),
    ("In the last two years the Greens won 6 seats in by-elections.", "level"),  # a span up to now
    ("At the count on Sunday the Greens won 6 seats.", "level"),
    # the occasion set before a clause holds for all its figures, and for those of a clause told of it
    ("At the previous election, 2 of the 6 Green seats went to newcomers.", "previous"),
    ("That compares with the last election, when the Greens won 6 seats.", "previous"),
    ("That compares with the election on Sunday, when the Greens won 6 seats.", "level"),
])
def test_a_figure_told_at_an_occasion_named_as_earlier_is_a_previous_value(pipeline, second, role):
    doc = pipeline(from_text(f"The Greens won 11 of the 40 council seats on Thursday.\n\n{second}", date="2024-05-06"))
    assert {f.claim.text: f.role for f in doc.facts}["6"] == role


@pytest.mark.parametrize("second, role", [
    ("above the 3,900 sold in 2020", "previous"),  # a known value the count is set against
    ("below last spring's 5,600", "previous"),
    ("above 3,900 in every month", "level"),  # no determiner: a bound, written as the figure's own
])
def test_a_figure_a_count_stands_above_or_below_as_a_known_value_is_previous(pipeline, second, role):
    doc = pipeline(from_text(f"The bakery sold 4,700 loaves in April, {second}.", date="2024-05-06"))
    figure = next(f for f in doc.facts if f.claim.text in {"3,900", "5,600"})
    assert figure.role == role


@pytest.mark.parametrize("text, figure, year", [
    ("The new rules will cover all 52 depots, including the four that opened in the hills in 2021.", "52", None),
    ("Organisers said the old record, set in 2017, was 9,300 runners.", "9,300", 2017),  # the subject's own clause
    ("The 4,100 ewes that lambed in 2022 were sold.", "4,100", 2022),  # a clause on the figure's own noun
])
def test_a_clause_on_another_noun_a_figure_names_dates_that_noun_alone(pipeline, text, figure, year):
    doc = pipeline(from_text(text, date="2024-05-06"))
    fact = next(f for f in doc.facts if f.claim.text == figure)
    assert (fact.time.first.year if fact.time is not None else None) == year


def test_an_earlier_value_listed_after_one_told_with_its_time_is_another_earlier_value(pipeline):
    doc = pipeline(from_text("The shelter's count found 58 people sleeping rough last month, up from 36 a year "
                             "earlier and about 22 in 2017, the council said.", date="2022-03-03"))
    roles = {f.claim.text: f.role for f in doc.facts}
    assert (roles["58"], roles["36"], roles["22"]) == ("level", "previous", "previous")


def test_each_listed_earlier_value_keeps_its_own_date_and_the_level_its_own(pipeline):
    doc = pipeline.check("The port handled 3.9 million passengers in 2018, up from 3.2 million in 2017 and 1.6 million "
                         "in 2013.")
    years = {f.claim.text: (f.time.first.year, f.time.last.year) for f in doc.facts if f.time is not None}
    assert years["3.9 million"] == (2018, 2018)
    assert years["3.2 million"] == (2017, 2017) and years["1.6 million"] == (2013, 2013)


@pytest.mark.parametrize("text, figure, role, direction", [
    ("Over two years the rent of a studio went up by about $310 a month.", "$310", "change", "up"),
    ("Growers said the olive crop came down by 40,000 tonnes this year.", "40,000 tonnes", "change", "down"),
    ("Nurses made up a third of the crowd of 2,000.", "2,000", "level", None),  # a particle without "by": no change
])
def test_a_figure_by_which_a_phrasal_verb_moves_is_a_change_its_particle_says_which_way(pipeline, text, figure, role,
                                                                                          direction):
    fact = {f.claim.text: f for f in pipeline.check(text).facts}[figure]
    assert (fact.role, fact.direction) == (role, direction)


@pytest.mark.parametrize("text, roles", [
    ("The port handled 3.9 million passengers in 2018, up from 3.2 million in 2017 and 1.6 million in 2013.",
     {"3.9 million": "level", "3.2 million": "previous", "1.6 million": "previous"}),
    ("Sales reached 40 units, compared with 30 in May and 25 in April.", {"40": "level", "30": "previous",
                                                                         "25": "previous"}),
    ("Sales fell from 40 units to 30 and 12 staff left.", {"40": "previous", "30": "level", "12": "part"}),
    ("The fund grew from $4 million to $9 million and $2 million went to schools.",
     {"$4 million": "previous", "$9 million": "level"}),
])
def test_values_listed_after_an_earlier_value_are_earlier_values(pipeline, text, roles):
    found = {f.claim.text: f.role for f in pipeline.check(text).facts}
    assert {figure: found[figure] for figure in roles} == roles


@pytest.mark.parametrize("text, figure, role", [
    ("After 142 millimetres fell in two days, the river burst its banks.", "142 millimetres", "level"),
    ("About 30 centimetres of snow fell on the pass overnight.", "30 centimetres", "level"),
    ("Rainfall fell 30 millimetres short of the record.", "30 millimetres", "change"),
    ("The water level dropped 40 centimetres overnight.", "40 centimetres", "change"),
])
def test_a_quantity_that_is_what_fell_is_a_level(pipeline, text, figure, role):
    assert {f.claim.text: f.role for f in pipeline.check(text).facts}[figure] == role


@pytest.mark.parametrize("text, figure, role", [
    ("Ferries cross the strait every 25 minutes in summer.", "25 minutes", "rate"),  # how often
    ("Markers stand every 500 metres along the trail.", "500 metres", "rate"),
    ("Ferries cross the strait in 25 minutes in summer.", "25 minutes", "level"),  # how long
])
def test_a_quantity_after_every_is_how_often_not_how_much(pipeline, text, figure, role):
    assert {f.claim.text: f.role for f in pipeline.check(text).facts}[figure] == role


@pytest.mark.parametrize("text, figure, role, against", [
    ("Lina Voss was elected mayor, defeating Tomas Brandt by 3,540 votes.", "3,540", "change", {"tomas", "brandt"}),
    ("The hosts beat Spain by two goals.", "two", "change", {"spain"}),
    ("Okafor won the seat by 312 votes.", "312", "change", set()),  # a margin; the seat is a prize, not whom she beat
    ("Hale lost the final by three sets.", "three", "change", set()),
    ("The motion was won by 46 votes to 35.", "46", "level", set()),  # a side of a tally
    ("Visits beat the old record of 1.1 million by 90,000.", "90,000", "level", set()),  # a value, not whom it beat
])
def test_a_figure_by_which_a_verb_of_beating_beats_someone_is_a_margin_over_them(pipeline, text, figure, role,
                                                                                 against):
    fact = {f.claim.text: f for f in pipeline.check(text).facts}[figure]
    assert (fact.role, fact.compared_with) == (role, frozenset(against))


@pytest.mark.parametrize("text, figure, role", [
    ("The side has won nine, drawn four and lost five of its away games.", "five", "level"),  # a list of outcomes
    ("The plant lost five of its buyers in May.", "five", "change"),
    ("The firm added 300 jobs in Ohio and cut 120 in Texas.", "120", "change"),  # two changes listed
])
def test_a_bare_number_a_listed_verb_ends_with_is_an_outcome_not_a_change(pipeline, text, figure, role):
    assert {f.claim.text: f.role for f in pipeline.check(text).facts}[figure] == role


@pytest.mark.parametrize("text, role", [
    ("The board brought claims against 40% of the suppliers.", "share"),  # the set acted on
    ("Turnout was 52%, against 40% in the last election.", "previous"),  # a value compared with
])
def test_against_a_share_of_a_set_is_no_compared_value(nlp, text, role):
    facts = _facts(nlp, text, [("40%", "percent", 40.0, {"unit": "%"})])
    assert facts["40%"].role == role


def test_a_change_noun_measures_what_it_says_rose_in_and_nothing_when_it_says_nothing(nlp):
    facts = _facts(nlp, "The budget includes a 3.4 percent rise in water charges. Fares saw an increase of 6 percent.",
                   [("3.4 percent", "percent", 3.4, {"unit": "%"}), ("6 percent", "percent", 6.0, {"unit": "%"})])
    assert facts["3.4 percent"].measure == "charge"
    assert facts["6 percent"].measure is None  # what rose is told elsewhere ("Fares"), not after "of"


def test_a_change_noun_s_in_phrase_that_gives_a_time_names_nothing_changed(pipeline):
    doc = pipeline.check("A 4 percent drop in one quarter would be the steepest fall on record, the agency said.")
    assert {f.claim.text: f for f in doc.facts}["4 percent"].measure is None  # "in one month": when, not what


def test_a_bare_number_joined_to_an_earlier_clause_takes_that_clause_s_figure_noun(nlp):
    facts = _facts(nlp, "The museum sold about 5,300 tickets before the renovation and more than 12,000 since. "
                        "The hall opened in 1990 and 40 attended.",
                   [("5,300", "count", 5300.0), ("12,000", "count", 12000.0), ("1990", "period", 1990.0,
                                                                                {"date": "1990-01-01/1990-12-31"}),
                    ("40", "count", 40.0)])
    assert facts["12,000"].measure == "ticket"
    assert facts["40"].measure is None  # no earlier figure with a noun of its own to borrow


def test_the_bare_end_of_a_move_counts_what_the_other_end_counts(nlp):
    facts = _facts(nlp, "The reform will expand the board from 18 members to 21. The league grew from 12 clubs to 14 "
                        "and hired 40 referees.",
                   [("18", "count", 18.0), ("21", "count", 21.0), ("12", "count", 12.0), ("14", "count", 14.0),
                    ("40", "count", 40.0)])
    assert facts["21"].measure == "member"  # not "board": the board is not what numbers 21
    assert facts["14"].measure == "club"
    assert facts["40"].measure == "referee"  # no move: its own noun


def test_a_comparative_of_the_counted_noun_makes_no_change_and_one_of_amount_does(nlp):
    facts = _facts(nlp, "Two smaller parties also won seats. Five older buildings were demolished. "
                        "She won three more votes than him. The party won two fewer seats.",
                   [("Two", "count", 2.0), ("Five", "count", 5.0), ("three", "count", 3.0), ("two", "count", 2.0)])
    assert facts["Two"].role == facts["Five"].role == "level"  # what the parties and buildings are like
    assert facts["three"].role == facts["two"].role == "change"  # an amount more or fewer


def test_an_earlier_occasion_is_a_previous_value_and_a_number_after_its_noun_is_a_label(nlp):
    facts = _facts(nlp, "Earlier this year, the sprinter ran 46.9 seconds. The team previously won 12 titles. "
                        "The sprinter ran 47.4 seconds. A category 4 storm hit the coast. The storm killed 9 people.",
                   [("46.9 seconds", "quantity", 46.9, {"unit": "seconds"}), ("12", "count", 12.0),
                    ("47.4 seconds", "quantity", 47.4, {"unit": "seconds"}), ("4#4", "count", 4.0),
                    ("9#2", "count", 9.0)])
    assert facts["46.9 seconds"].role == "previous" and facts["12"].role == "previous"
    assert facts["47.4 seconds"].role == "level"
    assert facts["4"].role == "label"
    assert facts["9"].role == "level"


@pytest.mark.parametrize("text, figure, role", [
    ("Nearly a third of the dives were judged a 9 or better.", "9", "label"),  # a step of a scale "a" names
    ("She scored an 8 in the final.", "8", "label"),
    ("A further 950 were damaged.", "950", "level"),  # "a" with a word of its own: a count
    ("A 12-year-old boy was hurt.", "12-year-old", "level"),
])
def test_a_number_in_digits_that_a_names_is_a_label(pipeline, text, figure, role):
    assert {f.claim.text: f.role for f in pipeline.check(text).facts}[figure] == role


def test_a_date_written_as_a_bound_times_only_the_clause_it_heads(nlp):
    facts = _facts(nlp, "The 11 deaths make it the worst landslide in the province since 2010, when floods caused "
                        "5 deaths.",
                   [("11", "count", 11.0), ("2010", "period", 2010.0, {"date": "2010-01-01/2010-12-31"}),
                    ("5", "count", 5.0)])
    assert facts["11"].time is None  # "since 2010" bounds the comparison; it is not when the 11 died
    assert facts["5"].time == DateRange(date(2010, 1, 1), date(2010, 12, 31))


def test_a_when_clause_right_after_a_bound_date_is_of_that_date_wherever_the_parse_hangs_it(nlp):
    # the parser hangs this "when" clause from "was", not from "2011": it still tells what happened in 2011
    facts = _facts(nlp, "It was the deadliest tremor in the province since 2011, when a magnitude 5.8 tremor near "
                        "Ostava killed 19 people.",
                   [("2011", "period", 2011.0, {"date": "2011-01-01/2011-12-31"}), ("5.8", "count", 5.8),
                    ("19", "count", 19.0)])
    assert facts["19"].time == facts["5.8"].time == DateRange(date(2011, 1, 1), date(2011, 12, 31))


@pytest.mark.parametrize("text, figure, role", [
    ("Crews cleared 14 drains in Ashby, 22 in Brill and 9 in Corley.", "22", "part"),  # a list, its verb left out
    ("The depot handled 5,230 parcels, up from 3,800, a rise of 37.6 percent.", "5,230", "level"),  # one move
])
def test_numbers_a_word_of_change_joins_are_no_list(pipeline, text, figure, role):
    assert {f.claim.text: f.role for f in pipeline.check(text).facts}[figure] == role


def test_an_amount_after_of_measures_the_noun_before_it_not_its_own_unit(pipeline):
    facts = {f.claim.text: f for f in pipeline.check(
        "The fair sold 640 quilts for a total of 2.7 million kronor, down from 3.1 million kronor a year before.").facts}
    assert facts["2.7 million kronor"].measure == "total"  # not "krona", the amount's own unit
    assert facts["3.1 million kronor"].measure == "total"  # the earlier value of that total, not of the quilts


def test_a_date_of_a_clause_on_another_figure_s_noun_does_not_time_a_figure_of_a_verbless_clause(pipeline):
    facts = {f.claim.text: f for f in pipeline.check(
        "That is a no-show rate of 6 percent, down from 9 percent in an audit the board ran in 2021.").facts}
    assert facts["6 percent"].time is None  # the audit's year, not the rate's


def test_a_date_of_a_clause_that_bounds_another_times_only_that_clause(pipeline):
    facts = {f.claim.text: f for f in pipeline.check(
        "Its vacancy rate, 12 percent, is the lowest since the county first logged rents in 1998. Lodges stayed "
        "shut until the owners repaired 14 roofs in 2019.").facts}
    assert facts["12 percent"].time is None  # the logging began in 1998; the rate is not of then
    assert facts["14"].time == DateRange(date(2019, 1, 1), date(2019, 12, 31))  # the bounding clause's own figure


def test_a_date_owning_a_noun_times_that_noun_s_clause_not_the_verb_s_other_figures(nlp):
    facts = _facts(nlp, "The fair in 2023 raised $40,000, so this year's total of $52,000 was $12,000 higher.",
                   [("2023", "period", 2023.0, {"date": "2023-01-01/2023-12-31"}),
                    ("$40,000", "money", 4e4, {"unit": "USD"}),
                    ("this year", "period", 2025.0, {"date": "2025-01-01/2025-12-31"}),
                    ("$52,000", "money", 5.2e4, {"unit": "USD"}), ("$12,000", "money", 1.2e4, {"unit": "USD"})])
    assert facts["$40,000"].time == DateRange(date(2023, 1, 1), date(2023, 12, 31))  # not 2023 to 2025
    assert facts["$52,000"].time.last == date(2025, 12, 31)  # the owned noun's own figure keeps this year


def test_modality_negated_and_expected(nlp):
    facts = _facts(nlp, "The club did not sign 12 players. The club expects to sign 15 players. "
                        "The club signed 14 players.",
                   [("12", "count", 12.0), ("15", "count", 15.0), ("14", "count", 14.0)])
    assert facts["12"].modality == "negated"
    assert facts["15"].modality == "expected"
    assert facts["14"].modality == "asserted"


@pytest.mark.parametrize("text, modality", [
    # a negated verb's subject: a count of those the denial holds of
    ("The club did not sign 12 players.", "negated"),
    ("The other 12 players did not sign.", "asserted"),
    ("12 players were not signed by the club.", "asserted"),
    ("Officials said 12 players had not been paid.", "asserted"),
    ("Officials did not say that the club signed 12 players.", "negated"),
    # a verb of wanting's subject: those who want it are counted as told
    ("In the poll, 12 members wanted a new chair.", "asserted"),
    ("Outside the hall, 12 members demanded a recount.", "asserted"),
    ("Next year 12 members will want a new chair.", "expected"),
    ("In the spring 12 members are expected to stand down.", "expected"),
    ("The board wants 12 members to stand down.", "expected"),
    # a schedule: what was due is no account of what happened
    ("The ferry was scheduled to carry 12 members across.", "expected"),
    ("The ferry was due to carry 12 members across.", "expected"),
    ("The ferry was able to carry 12 members across.", "asserted"),
    ("The ferry's delay was due to 12 members arriving late.", "asserted"),  # a cause, no schedule
    ("In the spring 12 members were scheduled for surgery.", "asserted"),  # those scheduled are counted as told
    # a forecast or target a verb moves to a figure: the figure is the forecast's
    ("The league raised its forecast for the season to 12 members.", "expected"),
    ("The league cut its target to 12 members.", "expected"),
    ("The league raised its fees for 12 members.", "asserted"),
    # "could not" on the verb its subject counts: those who were unable, told as a fact
    ("Because of the strike, 12 members could not attend the vote.", "asserted"),
    ("Because of the strike, 12 members could attend the vote.", "expected"),
    ("Because of the strike, the hall could not seat 12 members.", "negated"),
])
def test_a_figure_its_verb_s_subject_counts_is_told_whatever_the_verb_denies_or_wants(nlp, text, modality):
    facts = _facts(nlp, text, [("12", "count", 12.0)])
    assert facts["12"].modality == modality


@pytest.mark.parametrize("text, modality", [
    ("Nobody won 50 percent of the vote in the first round.", "negated"),
    ("No candidate won 50 percent of the vote in the first round.", "negated"),
    ("No one won 50 percent of the vote in the first round.", "negated"),
    ("One candidate won 50 percent of the vote in the first round.", "asserted"),
    ("The candidate with no party won 50 percent of the vote in the first round.", "asserted"),
])
def test_a_subject_that_denies_the_verb_of_everyone_negates_the_figure(nlp, text, modality):
    facts = _facts(nlp, text, [("50 percent", "percent", 50.0, {"unit": "%"})])
    assert facts["50 percent"].modality == modality


@pytest.mark.parametrize("text, modality", [
    ("A later start would have cost the club 12 points.", "negated"),  # what did not come about
    ("Without the rain, the harvest could have reached 12 tonnes.", "negated"),
    ("A later start would cost the club 12 points.", "expected"),  # a condition still open
    ("A win on Sunday would give the club 12 points.", "expected"),
    ("The club would have 12 points after a win on Sunday.", "expected"),  # "have" its verb, no past undone
])
def test_what_would_have_happened_is_no_figure_told(nlp, text, modality):
    claim = ("12 tonnes", "quantity", 12.0, {"unit": "t"}) if "tonnes" in text else ("12", "count", 12.0)
    facts = _facts(nlp, text, [claim])
    assert facts[claim[0]].modality == modality


@pytest.mark.parametrize("text, claim, modality", [
    ("Organisers estimated the crowd at 40,000 people.", ("40,000", "count", 40000.0), "asserted"),  # what was
    ("An estimated 300 people died in the floods.", ("300", "count", 300.0), "asserted"),
    ("The flood is estimated to have killed 300 people.", ("300", "count", 300.0), "asserted"),
    ("The bridge is estimated to cost $2 billion.", ("$2 billion", "money", 2e9, {"unit": "USD"}), "expected"),
    ("Officials estimated that the repairs will cost $5 million.", ("$5 million", "money", 5e6, {"unit": "USD"}),
     "expected"),  # an estimate of what is still to happen
])
def test_an_estimate_is_a_forecast_only_of_what_is_to_come(nlp, text, claim, modality):
    assert _facts(nlp, text, [claim])[claim[0]].modality == modality


@pytest.mark.parametrize("text, claim, modality", [
    # what a rule or a need asks for is a norm, not what happened
    ("The code requires 30 percent of new homes to be affordable.", ("30 percent", "percent", 30.0, {"unit": "%"}),
     "required"),
    ("The hospital needs 45 more nurses.", ("45", "count", 45.0), "required"),
    # those who needed or required something are counted as told
    ("Eleven climbers needed rescuing from the ridge.", ("Eleven", "count", 11.0), "asserted"),
    ("About 25 passengers required hospital treatment.", ("25", "count", 25.0), "asserted"),
])
def test_a_figure_a_rule_or_a_need_asks_for_is_no_level(nlp, text, claim, modality):
    assert _facts(nlp, text, [claim])[claim[0]].modality == modality


@pytest.mark.parametrize("text, claim, modality", [
    # an amount a definite or owned phrase opens is one told before, whatever its clause plans or wants
    ("The gallery said it would spend the $30,000 on new lighting.", ("$30,000", "money", 3e4, {"unit": "USD"}),
     "asserted"),
    ("The council would repay the £70 million it owes the builders.", ("£70 million", "money", 7e7, {"unit": "GBP"}),
     "asserted"),
    ("The council would repay £70 million to the builders.", ("£70 million", "money", 7e7, {"unit": "GBP"}),
     "expected"),
    ("The gallery said it would spend $30,000 on new lighting.", ("$30,000", "money", 3e4, {"unit": "USD"}),
     "expected"),  # the amount is part of the plan
    # a project is a thing being done, not a forecast
    ("The $30,000 project also repainted the east wing.", ("$30,000", "money", 3e4, {"unit": "USD"}), "asserted"),
    ("The $30,000 plan also covers the east wing.", ("$30,000", "money", 3e4, {"unit": "USD"}), "expected"),
    ("The council projects a $30,000 surplus for the year.", ("$30,000", "money", 3e4, {"unit": "USD"}),
     "expected"),  # the verb still forecasts
])
def test_an_amount_told_before_is_given_whatever_its_clause_plans(nlp, text, claim, modality):
    assert _facts(nlp, text, [claim])[claim[0]].modality == modality


@pytest.mark.parametrize("text, modality", [
    ("The board will not raise the ticket price, currently $14.50, before the spring.", "asserted"),  # beside
    ("The board will not raise the ticket price to $14.50 before the spring.", "negated"),
    ("The board will raise the ticket price, currently $14.50, in the spring.", "asserted"),
    ("The board will raise the ticket price to $14.50 in the spring.", "expected"),
])
def test_a_figure_set_beside_its_noun_is_told_whatever_the_clause_denies_or_plans(nlp, text, modality):
    facts = _facts(nlp, text, [("$14.50", "money", 14.5, {"unit": "USD"})])
    assert facts["$14.50"].modality == modality


@pytest.mark.parametrize("text, written, told", [
    ("The museum will reopen in the spring after repairs.", "the spring", "2025-03-01/2025-05-31"),
    ("The museum will reopen on Monday, June 23, after repairs.", "June 23", "2025-06-23"),
])
def test_a_date_a_plan_gives_is_the_plan_s_time_whatever_its_determiner_or_apposition(nlp, text, written, told):
    # the readings of an amount told as known (a definite phrase, an apposition) are not a date's
    facts = _facts(nlp, text, [(written, "date", None, {"date": told})])
    assert facts[written].modality == "expected"


def test_time_is_the_date_of_the_figures_own_verb_or_the_article_date_for_the_present(nlp):
    facts = _facts(nlp, "The floods killed 25 people in 2024, while the storm of 2022 left 40 homeless. "
                        "The floods have killed 30 people.",
                   [("25", "count", 25.0), ("2024", "period", 2024.0, {"date": "2024"}),
                    ("2022", "period", 2022.0, {"date": "2022"}), ("40", "count", 40.0), ("30", "count", 30.0)])
    assert facts["25"].time == DateRange(date(2024, 1, 1), date(2024, 12, 31))
    assert facts["30"].time == DateRange(date(2025, 6, 18), date(2025, 6, 18))
    undated = _facts(nlp, "The floods have killed 30 people.", [("30", "count", 30.0)], published=None)
    assert undated["30"].time is None  # never today's date


def test_a_state_told_as_going_on_to_now_is_of_the_article_date_and_a_plain_present_is_of_no_time(nlp):
    facts = _facts(nlp, "About 5,400 people remain in shelters. Some 200 residents are still missing. "
                        "The plant employs 900 workers.",
                   [("5,400", "count", 5400.0), ("200", "count", 200.0), ("900", "count", 900.0)])
    assert facts["5,400"].time == facts["200"].time == DateRange(date(2025, 6, 18), date(2025, 6, 18))
    assert facts["900"].time is None  # what holds, not when


def test_date_ranges_are_typed_once():
    from claimcheck.document import Claim

    month = to_date_range(Claim(0, 5, "March", "date", date="2025-03"))
    assert month == DateRange(date(2025, 3, 1), date(2025, 3, 31)) and month.days == 31
    assert to_date_range(Claim(0, 4, "2019", "period", value=2019.0)).days == 365
    assert month.disjoint(DateRange(date(2025, 4, 1), date(2025, 4, 2)))
    assert not month.disjoint(DateRange(date(2025, 3, 31), date(2025, 4, 2)))
    assert to_date_range(Claim(0, 4, "soon", "date")) is None


def test_a_name_that_is_only_a_spacing_accent_gives_no_key(pipeline):
    doc = pipeline.check("The council\n\nThe council 0010´")  # "´" normalises to a space and a combining mark
    assert doc.facts is not None


def test_points_are_a_change_up_to_is_a_most_and_a_change_by_measures_the_verbs_object(nlp):
    facts = _facts(nlp, "The clinic cut its error rate by 12 percentage points. The law allows fines of up to 500 "
                        "dollars. The mayor wants to triple the maximum fine. Prices rose by 5% last year.",
                   [("12 percentage points", "percent", 12.0, {"unit": "pp"}), ("500", "money", 500.0, {"unit": "USD"}),
                    ("triple", "multiplier", 3.0), ("5%", "percent", 5.0, {"unit": "%"})])
    assert facts["12 percentage points"].role == "change" and facts["12 percentage points"].measure == "rate"
    assert facts["500"].role == "level"  # "up to" bounds the fine; nothing rose
    assert facts["triple"].measure == "fine"  # the multiplier verb's object, not the clause above it
    assert facts["5%"].role == "change"


def test_a_verb_of_arriving_or_change_joined_to_another_shares_its_subject_and_a_change_by_measures_it(pipeline):
    doc = pipeline(from_text("The waiting list stood at 420 in January and had reached 610 by June, the hospital "
                             "said. The list grew by 190 patients in five months. A storm killed four and injured "
                             "eleven.", date="2024-07-02"))
    facts = {f.claim.text: f for f in doc.facts}
    assert facts["610"].measure == "list" and facts["610"].time.first.month == 6  # reached by June: June's level
    assert facts["190"].measure == "list" and facts["190"].role == "change"  # the list grew, counted in patients
    assert facts["eleven"].measure is None  # "killed four and injured eleven": the storm is no measure


def test_it_or_they_opening_a_sentence_stands_for_the_subject_before_that_no_teller_is(pipeline):
    doc = pipeline(from_text("The treasurer said the city's cash reserves stood at $412 million at the end of March. "
                             "They had peaked at $530 million last September. The mayor called the drop worrying. "
                             "It had reached 14 by Friday.", date="2024-04-10"))
    measures = {f.claim.text: f.measure for f in doc.facts}
    assert measures["$530 million"] == "reserve"  # not the treasurer, who told it
    assert measures["14"] is None  # "The mayor called ...": "it" is no person


def test_listed_figures_without_a_noun_of_their_own_share_the_first_ones_measure(nlp):
    facts = _facts(nlp, "Death rates were 40% for patients given drug A, 45% for drug B and 20% for drug C. "
                        "The crash killed five children and two drivers.",
                   [("40%", "percent", 40.0, {"unit": "%"}), ("45%", "percent", 45.0, {"unit": "%"}),
                    ("20%", "percent", 20.0, {"unit": "%"}), ("five", "count", 5.0), ("two", "count", 2.0)])
    assert facts["40%"].measure == facts["45%"].measure == facts["20%"].measure == "rate"  # not "drug b"
    assert facts["five"].measure == "child" and facts["two"].measure == "driver"  # nouns of their own are kept


def test_a_figure_s_owner_agent_or_subject_pronoun_resolves_to_the_person_it_names(nlp):
    facts = _facts(nlp, "Ana Ruiz tried to swim across the strait in June.\n\n"
                        "This was her third attempt at the crossing.\n\n"
                        "The first attempt by the swimmer failed in 2023.",
                   [("third", "ordinal", 3.0), ("first", "ordinal", 1.0)])
    assert "PERSON:ana ruiz" in facts["third"].holders  # "her", the one person the article names


def test_a_figure_describing_a_definite_thing_is_asserted_whatever_its_clause_plans(nlp):
    facts = _facts(nlp, "Unless a higher court steps in, the pair will start their five-year terms in May. "
                        "The firm will hire 300 workers. The company did not pay the 90 dollars it owed.",
                   [("five-year", "quantity", 5.0, {"unit": "years"}), ("300", "count", 300.0),
                    ("90", "money", 90.0, {"unit": "USD"})])
    assert facts["five-year"].modality == "asserted"  # their terms are given; only serving them is to come
    assert facts["300"].modality == "expected"  # the workers are yet to be hired
    assert facts["90"].modality == "asserted"  # what was owed, though not paid


def test_a_count_of_the_rest_of_a_set_is_a_part(nlp):
    facts = _facts(nlp, "The other three vaccines failed. The remaining 40 seats went to the opposition. "
                        "Three vaccines were tested.",
                   [("three", "count", 3.0), ("40", "count", 40.0), ("Three", "count", 3.0)])
    assert facts["three"].role == "part" and facts["40"].role == "part"
    assert facts["Three"].role == "level"


def test_a_shorter_name_within_a_longer_one_is_the_same_holder():
    from claimcheck.document import Claim
    from claimcheck.facts import holders_shared

    def fact(*holders):
        from claimcheck.document import Fact
        return Fact(Claim(0, 1, "1", "count", value=1.0), 0, 1, None, frozenset(), frozenset(), frozenset(holders),
                    None, None, None, "level", "asserted")

    governor, surname, other = fact("ORG:ricardo rossello nevares"), fact("ORG:rossello"), fact("ORG:pedro pierluisi")
    assert holders_shared(governor, surname) and not holders_differ(governor, surname)
    assert holders_differ(governor, other) and not holders_shared(governor, other)
    assert holders_shared(fact("PERSON:rossello"), surname)  # the recogniser's person or body: one name
    assert not holders_shared(fact("GPE:rossello"), surname)  # a place of that name is another thing


def test_holders_of_one_kind_differ_across_person_and_body_labels():
    from claimcheck.document import Claim, Fact

    def fact(*holders):
        return Fact(Claim(0, 1, "1", "count", value=1.0), 0, 1, None, frozenset(), frozenset(), frozenset(holders),
                    None, None, None, "level", "asserted")

    assert holders_differ(fact("ORG:democratic unionist party"), fact("PERSON:sinn fein"))  # the recogniser's
    assert not holders_differ(fact("ORG:labour party"), fact("GPE:london"))  # a place is no rival holder


def test_places_of_one_kind_differ_across_location_country_and_facility_labels():
    from claimcheck.document import Claim, Fact

    def fact(*holders):
        return Fact(Claim(0, 1, "1", "count", value=1.0), 0, 1, None, frozenset(), frozenset(), frozenset(holders),
                    None, None, None, "level", "asserted")

    assert holders_differ(fact("LOC:north gate"), fact("GPE:west gate"))  # two gates, however the parse typed them
    assert holders_differ(fact("FAC:harbour pier"), fact("LOC:east quay"))
    assert not holders_differ(fact("LOC:lake gate"), fact("FAC:lake gate"))  # one place typed two ways
    assert not holders_differ(fact("GPE:ohio"), fact("PERSON:ana ruiz"))  # a place and a person: no rivals


def test_a_figure_the_recogniser_ran_into_a_name_is_left_out_of_the_holder(nlp):
    facts = _facts(nlp, "Results:\n\nLabour Party - 203 seats\n\nGreen Party - 1 seat\n\n",
                   [("203", "count", 203.0), ("1", "count", 1.0)])
    assert all(not any(ch.isdigit() for ch in h) for f in facts.values() for h in f.holders)


def test_a_qualifier_ending_in_than_is_no_comparison_whatever_it_is_normalised_to(pipeline):
    from claimcheck.ingest import from_text

    doc = pipeline(from_text("Fewer than 60 traders came. Each lift takes no more than eight riders. The fund "
                             "grew to more than 90 members from fewer than 20 members.", date="2025-06-18"))
    facts = {f.claim.text: f for f in doc.facts}
    assert facts["60"].claim.qualifier == "less than" and facts["60"].role == "level"
    assert facts["eight"].claim.qualifier == "up to" and facts["eight"].role == "level"
    assert facts["20"].role == "previous"  # "from" still makes the value it grew from


def test_a_change_by_an_amount_after_the_verbs_object_and_a_bare_figure_it_moved_from(nlp):
    facts = _facts(nlp, "The council would raise the speed limit by 20 kilometres. The reservoir held 8.5 million "
                        "litres (2.2 million gallons) this week, up from 3.1 last week.",
                   [("20 kilometres", "quantity", 20.0, {"unit": "km"}), ("8.5 million litres", "quantity", 8.5e6,
                    {"unit": "litre"}), ("2.2 million gallons", "quantity", 2.2e6, {"unit": "gal"}),
                    ("3.1", "count", 3.1)])
    assert facts["20 kilometres"].role == "change"  # "raise ... by": how far it moves, not the limit
    moved_from = facts["3.1"]
    assert moved_from.role == "previous" and (moved_from.claim.kind, moved_from.claim.unit) == ("quantity", "litre")
    assert moved_from.measure == facts["8.5 million litres"].measure  # not the bracketed conversion's gallons
    scaled = _facts(nlp, "Revenue rose to $4.8 billion from 4.2 a year earlier.",
                    [("$4.8 billion", "money", 4.8e9, {"unit": "USD"}), ("4.2", "count", 4.2)])["4.2"]
    assert (scaled.claim.kind, scaled.claim.unit, scaled.claim.value) == ("money", "USD", 4.2e9)  # its scale too
    whole = _facts(nlp, "The museum welcomed 1.62 million visitors, up from 880,000 a year earlier.",
                   [("1.62 million", "count", 1.62e6), ("880,000", "count", 8.8e5)])["880,000"]
    assert whole.claim.value == 8.8e5  # a full number already: nearer the level without the scale
    own = _facts(nlp, "Built 80 metres wide, the new hall has more floor than three tennis courts.",
                 [("80 metres", "quantity", 80.0, {"unit": "m"}), ("three", "count", 3.0)])["three"]
    assert (own.claim.kind, own.claim.unit, own.measure) == ("count", None, "court")  # courts, not metres


def test_a_date_that_starts_or_ends_someones_time_somewhere(nlp):
    facts = _facts(nlp, "Ana Ruiz was appointed to the tribunal in 1981. She retired from the tribunal in 2012. "
                        "She visited Lisbon in 1990.",
                   [("1981", "period", 1981.0), ("2012", "period", 2012.0), ("1990", "period", 1990.0)])
    assert (facts["1981"].phase, facts["2012"].phase, facts["1990"].phase) == ("start", "end", None)
    assert facts["1981"].setting == facts["2012"].setting == {"tribunal"}  # where the verb goes to or from


def test_a_bare_part_counts_its_wholes_noun_and_a_share_knows_what_picks_its_set_out(nlp):
    facts = _facts(nlp, "Stewards said 310 of the 1,200 runners wore fancy dress. "
                        "The plan won 70 percent of the members voting. Half of the invited guests came. "
                        "The motion drew 55 percent of the delegates who voted.",
                   [("310", "count", 310.0), ("1,200", "count", 1200.0),
                    ("70 percent", "percent", 70.0, {"unit": "%"}), ("Half", "ratio", 0.5),
                    ("55 percent", "percent", 55.0, {"unit": "%"})])
    assert facts["310"].measure == "runner"  # not "steward", the subject of the verb it hangs from
    assert facts["70 percent"].restriction == facts["55 percent"].restriction == "vote"
    assert facts["Half"].restriction == "invite"


def test_a_figure_said_to_follow_from_what_was_just_told(nlp):
    facts = _facts(nlp, "Visitors thus made up 40 percent of the crowd. By that count, half of the seats were empty. "
                        "That is 55% of the votes. Visitors made up 35 percent of the crowd.",
                   [("40 percent", "percent", 40.0, {"unit": "%"}), ("half", "ratio", 0.5),
                    ("55%", "percent", 55.0, {"unit": "%"}), ("35 percent", "percent", 35.0, {"unit": "%"})])
    assert [facts[k].inferred for k in ("40 percent", "half", "55%", "35 percent")] == [True, True, True, False]
    facts = _facts(nlp, "That means about 60 percent of the crowd wore costumes. "
                        "Officials said 45 percent of the crowd wore costumes.",
                   [("60 percent", "percent", 60.0, {"unit": "%"}), ("45 percent", "percent", 45.0, {"unit": "%"})])
    assert (facts["60 percent"].inferred, facts["45 percent"].inferred) == (True, False)  # a clause it completes


def test_a_figure_in_what_a_comparison_is_told_against_is_the_value_compared_with(pipeline):
    doc = pipeline.check("The hospital trust approved a $96 million budget for next year on Monday.\n\n"
                         "The budget is $5 million larger than this year's budget of $91 million.")
    assert {f.claim.text: f.role for f in doc.facts}["$91 million"] == "previous"
    assert "CC101" not in {f.id for f in doc.flags}


def test_a_figure_is_no_setting_of_its_own(nlp):
    facts = _facts(nlp, "Nurses accounted for half of the staff.", [("half", "ratio", 0.5)])
    assert "half" not in facts["half"].setting  # "for half": the figure itself, not where it holds


def test_a_multiplier_verb_with_no_object_measures_its_subject_unless_that_points_back(pipeline):
    doc = pipeline.check("Loans from the library have halved in five years. The council's budget tripled. "
                         "By Monday the chance of rain was one in five. This likelihood had doubled by Tuesday.")
    measures = {f.claim.text: f.measure for f in doc.facts}
    assert measures["halved"] == "loan" and measures["tripled"] == "budget"
    assert measures["doubled"] is None  # "this likelihood": what was just told, with nouns of its own


def test_a_bare_figure_carries_on_the_measure_of_the_one_before_it(pipeline):
    doc = pipeline.check("The libraries lent 609,000 books last year. In 2017, they lent 812,000. The firm made "
                         "profit of 4.1 million dollars. That compares with 3.2 million dollars in the same quarter "
                         "of 2018. It paid 2.0 million dollars.")
    measures = {f.claim.text: f.measure for f in doc.facts}
    assert measures["812,000"] == "book"  # the same verb
    assert measures["3.2 million dollars"] == "profit"  # compared with; "the same quarter" is when, not what
    assert measures["2.0 million dollars"] is None  # another verb, no comparison: nothing carried on


def test_a_sentence_opening_of_these_points_its_counts_back_at_the_last_count_before(pipeline):
    doc = pipeline.check("The court decided 96 appeals in 2021. Of these, 24 were allowed. The museum had 5,000 "
                         "visitors and 40 staff. Of those visitors, 900 came from 12 countries. The zoo had 300 "
                         "visitors. Of those visitors, 372,000 came by train. In all, 11 were late.")
    wholes = {f.claim.text: f.whole.claim.text if f.whole else None for f in doc.facts}
    assert wholes["24"] == "96"
    assert wholes["900"] == "5,000" and wholes["12"] is None  # the countries are no part of the visitors
    assert wholes["372,000"] is None  # no larger count of visitors before it
    assert wholes["11"] is None  # no sentence opening that points back


def test_some_of_them_with_no_count_before_in_its_sentence_is_of_the_last_count_told(pipeline):
    doc = pipeline.check("Engineers surveyed 75 culverts along the valley road. Sixteen of them were blocked. In 9 of "
                         "them, roots had cracked the pipe. Rangers logged 90 nests in April. The cliffs were closed "
                         "to climbers. Twelve of them held eggs.")
    wholes = {f.claim.text: f.whole.claim.text if f.whole else None for f in doc.facts}
    assert wholes["Sixteen"] == "75"
    assert {f.claim.text: f.measure for f in doc.facts}["Sixteen"] == "culvert"  # it counts the culverts
    assert wholes["9"] == "Sixteen"  # the last count told, itself some of the culverts
    assert wholes["Twelve"] is None  # the sentence before counts nothing: no set to point back at
    later = pipeline.check("Engineers surveyed 75 culverts last spring. By June the council had relined 30 of them.")
    assert {f.claim.text: f.whole.claim.text if f.whole else None for f in later.facts}["30"] == "75"
    moved = pipeline.check("The yard launched 48 boats this year, up from 31 last year. Buyers abroad took 20 of them.")
    assert {f.claim.text: f.whole.claim.text if f.whole else None for f in moved.facts}["20"] == "48"  # not the 31


def test_a_sentence_opening_with_a_set_named_before_points_its_count_back_at_that_set(pipeline):
    doc = pipeline.check("Inspectors visited 420 restaurants in May. Most were in the harbour district.\n\n"
                         "Of the restaurants visited, 97 failed the hygiene test. Of the cafes, 30 closed early. The "
                         "market has 80 stalls. Of the 120 kiosks, 14 sold food.\n\nA week later the council met.\n\n"
                         "The fair drew 900.\n\nIn June, 400 were checked again. Of the restaurants, 50 passed.")
    wholes = {f.claim.text: f.whole.claim.text if f.whole else None for f in doc.facts}
    assert wholes["97"] == "420"  # the last count of restaurants before it, in its paragraph or the one before
    assert wholes["30"] is None  # no count of cafes told before
    assert wholes["14"] == "120"  # a count of its own in the opening
    assert wholes["50"] is None  # the restaurants were counted three paragraphs before


@pytest.mark.parametrize("text, part, whole", [
    ("Nine of the 40 boats sank.", "Nine", "40"),
    ("Nine boats of the 40 sank.", "Nine", "40"),
    ("They chose 61,200 votes, out of 110,000.", "61,200", "110,000"),
    ("The prize went to one mother of five.", "one", None),  # made of five: no part of it
    ("A team of five beat a side of six.", "five", None),
])
def test_a_part_is_written_against_its_whole_and_a_noun_of_a_bare_number_is_made_of_it(pipeline, text, part, whole):
    wholes = {f.claim.text: f.whole.claim.text if f.whole else None for f in pipeline.check(text).facts}
    assert wholes.get(part) == whole


def test_a_share_is_not_held_to_a_noun_made_of_a_number(pipeline):
    doc = pipeline(from_text("A mumps outbreak in the valley has grown to 41 cases, the regional health office said on "
                             "Tuesday.\n\nJust 81 percent of children under five in the district have had both doses, "
                             "the office said.\n\nA clinic opened at the town hall on Wednesday. \"We waited two hours, "
                             "but it was worth it,\" said one father of two.", date="2024-05-02"))
    assert "CC206" not in {flag.id for flag in doc.flags}

def test_a_sentence_opening_of_phrase_is_the_whole_of_each_clause_s_subject_count(pipeline):
    # however the parse hangs "Of", each clause's subject count is a part of the 120
    doc = pipeline.check("The regatta ended on Sunday. Of the 120 crews who entered, 96 finished the course, 18 "
                         "retired and six were disqualified. The club has 30 staff and 12 of the 40 moorings. Of the "
                         "50 laptops bought, the library kept 14.")
    wholes = {f.claim.text: f.whole.claim.text if f.whole else None for f in doc.facts}
    assert wholes["96"] == wholes["18"] == wholes["six"] == "120"
    assert wholes["14"] == "50"  # the object of the clause the phrase opens
    assert wholes["30"] is None and wholes["12"] == "40"  # no opening phrase; a part written against its whole


@pytest.mark.parametrize("text, dated_year", [
    # the date follows the whole the earlier value is written against: it is the earlier value's, not 187's
    ("Of the 240 pupils who sat the exam at Harlow Academy this year, 187 passed, up from 119 of 231 in 2020.", None),
    ("Of the 240 pupils who sat the exam at Harlow Academy, 187 passed, up from 119 of 231 candidates last year.",
     None),
    # look-alike: the date stands by the current value, and the earlier value has none after it
    ("Of the 240 pupils who sat the exam at Harlow Academy, 187 passed in 2023, up from 119 of 231.", 2023),
])
def test_a_date_after_the_whole_of_an_earlier_value_is_that_value_s(pipeline, text, dated_year):
    facts = {f.claim.text: f for f in pipeline(from_text(text, date="2023-08-20")).facts}
    assert facts["187"].whole.claim.text == "240"
    assert (facts["187"].time.first.year if facts["187"].time else None) == dated_year


@pytest.mark.parametrize("text, monday", [
    ("The gauge's reading of 3.4 metres on Monday was the highest this spring.", True),  # the date on its noun
    ("The gauge's reading of 3.4 metres was the highest since Monday.", False),  # a bound is no day of it
])
def test_a_date_on_a_noun_of_a_figure_s_own_phrase_is_its_day(pipeline, text, monday):
    fact = {f.claim.text: f for f in pipeline(from_text(text, date="2025-06-18")).facts}["3.4 metres"]
    assert (fact.time == DateRange(date(2025, 6, 16), date(2025, 6, 16))) == monday


@pytest.mark.parametrize("text, figure, statistic", [
    ("It was the worst flooding in the valley in a decade.", "a decade", "record"),
    ("It was the first time in 40 years that the river froze.", "40 years", "record"),
    ("The swing was the largest at any by-election for more than twenty years.", "twenty years", "record"),
    ("He served in the army for 12 years.", "12 years", None),
    ("The tallest tower in the city was finished in two years.", "two years", None),  # how long it took
    ("It was the coldest winter the island had known in 30 years.", "30 years", "record"),  # a clause on the most
    ("It was the highest that the lake has stood for six weeks.", "six weeks", "record"),
    ("The biggest dairy, which has doubled its herd in four years, sold milk.", "four years", None),  # told of it
])
def test_a_length_of_time_a_superlative_is_told_over_is_a_record_span(pipeline, text, figure, statistic):
    assert {f.claim.text: f.statistic for f in pipeline.check(text).facts}[figure] == statistic


def test_cc105_a_record_span_is_no_length_of_service(pipeline):
    text = ("That represents a swing of 11.2 percent from the Rural Party to the Harbour Party, the largest at any "
            "by-election in the region for more than twenty years.\n\nTurnout was low.\n\nThe by-election was "
            "called after the death in March of the Rural Party member Edith Marlow, who had represented the "
            "constituency for 13 years, having first been elected in 2009.")
    assert "CC105" not in {f.id for f in pipeline.check(text).flags}


def test_a_comparison_word_before_a_conjunction_is_the_earlier_figure_s(nlp):
    facts = _facts(nlp, "The motion fell, with 3,402 votes against and 2,648 in favour. Exports reached 81 million, "
                        "against 64 million a year earlier.",
                   [("3,402", "count", 3402.0), ("2,648", "count", 2648.0), ("81 million", "count", 81e6),
                    ("64 million", "count", 64e6)])
    assert facts["2,648"].role != "previous"  # "against" ends the first side, it compares nothing with 2,648
    assert facts["64 million"].role == "previous"  # "against 64 million a year earlier": the earlier value


def test_a_share_among_a_set_is_a_share_of_it_and_its_places_are_where_it_holds(nlp):
    facts = _facts(nlp, "In Leeds, uptake among midwives reached 88 percent. Uptake among trainee midwives reached "
                        "70 percent. The clinic approved 12 applications at its Monday meeting.",
                   [("88 percent", "percent", 88.0, {"unit": "%"}), ("70 percent", "percent", 70.0, {"unit": "%"}),
                    ("12", "count", 12.0)])
    assert facts["88 percent"].share_of == "midwife"
    assert facts["70 percent"].share_of is None  # some of the midwives, whom no count names
    assert "leeds" in facts["88 percent"].places
    assert "application" not in facts["12"].places and "meeting" in facts["12"].places


@pytest.mark.parametrize("text, figure, places", [
    ("The farm sold 900 lambs at 140 pounds each in May.", "900", set()),  # a price, no place
    ("About 30 percent of the flats on offer were let by June.", "30 percent", set()),  # a state
    ("About 30 percent of the flats on the estate were let by June.", "30 percent", {"estate"}),
    ("The farm sold 900 lambs at the Dunmore market in May.", "900", {"market"}),
])
def test_a_phrase_on_a_place_preposition_names_a_place_unless_it_is_an_amount_or_a_state(pipeline, text, figure,
                                                                                        places):
    assert {f.claim.text: f for f in pipeline.check(text).facts}[figure].places == places


def test_a_figure_of_a_noun_called_a_forecast_is_a_forecast(nlp):
    facts = _facts(nlp, "The forecast surplus of $62 million assumed steady growth. The final surplus of $58 million "
                        "surprised analysts.",
                   [("$62 million", "money", 62e6, {"unit": "USD"}), ("$58 million", "money", 58e6, {"unit": "USD"})])
    assert facts["$62 million"].modality == "expected"
    assert facts["$58 million"].modality == "asserted"


def test_a_goal_difference_is_no_forecast(nlp):
    facts = _facts(nlp, "Ostrava finished with a goal difference of 19.", [("19", "count", 19.0)])
    assert facts["19"].modality == "asserted"


def test_a_date_in_the_phrase_after_an_earlier_value_is_that_value_s(nlp):
    text = "The herd has grown to 512, up from 387 at the previous count in 2016."
    facts = _facts(nlp, text, [("512", "count", 512.0), ("387", "count", 387.0),
                               ("2016", "period", 2016.0, {"date": "2016"})], published="2020-02-14")
    assert facts["387"].time is not None and facts["387"].time.first.year == 2016
    assert facts["512"].time is None  # the count now, not in 2016


def test_a_change_s_direction_and_a_compared_value_s_event(nlp):
    facts = _facts(nlp, "Exports fell 12 percent. Imports showed a rise of 8 percent. Turnout was 64 percent. "
                        "In all 59 people were killed, compared with 80 the year before.",
                   [("12 percent", "percent", 12.0, {"unit": "%"}), ("8 percent", "percent", 8.0, {"unit": "%"}),
                    ("64 percent", "percent", 64.0, {"unit": "%"}), ("59", "count", 59.0), ("80", "count", 80.0)])
    assert facts["12 percent"].direction == "down" and facts["8 percent"].direction == "up"
    assert facts["64 percent"].direction is None  # a level, no change
    assert facts["80"].role == "previous" and facts["80"].event == facts["59"].event == "kill"


def test_a_value_a_move_starts_from_is_previous_with_a_statistic_between(nlp):
    facts = _facts(nlp, "Bus ridership climbed from an average of 4,200 a day in March to 5,100 on Friday.",
                   [("4,200", "count", 4200.0), ("5,100", "count", 5100.0)], published="2024-04-20")
    assert (facts["4,200"].role, facts["5,100"].role) == ("previous", "level")


def test_a_change_told_as_a_noun_happens_as_its_verb(nlp):
    facts = _facts(nlp, "Friday's 17.5 percent slide wiped out the bond fund's gains for the year, and last month's "
                        "9 percent growth in exports surprised economists. The fund reported a loss of 6 percent.",
                   [("17.5 percent", "percent", 17.5, {"unit": "%"}), ("9 percent", "percent", 9.0, {"unit": "%"}),
                    ("6 percent", "percent", 6.0, {"unit": "%"})])
    assert facts["9 percent"].event == "grow"  # "growth": what "grew 9 percent" tells, not the surprising
    assert facts["6 percent"].event == "lose"  # "a loss of 6 percent": a fall of the fund's, not its report


@pytest.mark.parametrize("text, statistic", [
    ("Average rents reached 940 euros a month in the city centre.", "average"),  # the verb's subject says which
    ("Median prices hit 310,000 dollars in May.", "median"),
    ("Tenants in the city centre paid 940 euros a month.", None),
])
def test_a_statistic_is_read_from_the_subject_of_any_verb(pipeline, text, statistic):
    figure = next(f for f in pipeline.check(text).facts if f.claim.kind in {"money", "quantity"})
    assert figure.statistic == statistic


def test_numbers_of_a_noun_measure_that_noun_and_a_clause_read_as_a_phrase_keeps_its_subject(nlp):
    facts = _facts(nlp, "Visitor numbers rose 12 percent last year. The cinema chain returned to profit as ticket "
                        "numbers at its sites in Austria and Hungary rose 30 percent.",
                   [("12 percent", "percent", 12.0, {"unit": "%"}), ("30 percent", "percent", 30.0, {"unit": "%"})])
    assert facts["12 percent"].measure == "visitor"  # "Visitor numbers": what was counted, not "number"
    assert facts["30 percent"].measure == "ticket"  # "as" read as a preposition: "numbers" is still what rose


def test_a_sentence_s_dates_that_tell_one_time_two_ways_place_a_figure_whose_verb_is_not_found(pipeline):
    text = ("The average price of a flat in May was £198,400, the lender said on Monday.\n\n"
            "Buyers from the capital drove the rise.\n\n"
            "A year ago, in May 2021, the average flat cost £185,300.")
    doc = pipeline(from_text(text, date="2022-06-06"))
    last_year = {f.claim.text: f for f in doc.facts}["£185,300"].time
    assert last_year is not None and last_year.first.year == last_year.last.year == 2021
    assert "CC101" not in {f.id for f in doc.flags}  # last year's price is no second value of this year's


def test_both_sides_of_a_tally_count_the_noun_its_joiner_names(pipeline):
    doc = pipeline.check("The motion passed by 330 votes to 287 in the upper chamber. The Harbour Hawks won the "
                         "play-off final three games to two.")
    measures = {f.claim.text: f.measure for f in doc.facts if f.claim.kind == "count"}
    assert (measures["330"], measures["287"]) == ("vote", "vote")  # not the chamber the parse hangs it from
    assert (measures["three"], measures["two"]) == ("game", "game")  # not the final


@pytest.mark.parametrize("sentence, figure, role", [
    ("The motion was voted down by 52 votes to 37.", "52", "level"),  # a phrasal verb acting on the motion
    ("The council turned down the bid by 52 votes to 37.", "52", "level"),
    ("Prices went down by 4 percent in May.", "4 percent", "change"),  # "go down": a fall
])
def test_the_particle_of_a_phrasal_verb_acting_on_a_thing_tells_no_change(pipeline, sentence, figure, role):
    doc = pipeline(from_text(sentence, date="2024-06-01"))
    assert {f.claim.text: f.role for f in doc.facts}[figure] == role


def test_a_share_restating_a_count_is_linked_to_it_and_to_its_whole(pipeline):
    doc = pipeline(from_text("The brewery sold 4,150 kegs, or 38 percent, to pubs. Of 900 casks, 612 were exported, "
                             "or 68 percent. Farmers planted 12, 15 or 20 percent more barley.", date="2024-06-01"))
    facts = {f.claim.text: f for f in doc.facts}
    assert facts["38 percent"].restates is facts["4,150"]
    assert (facts["38 percent"].share_of, facts["38 percent"].whole) == ("keg", None)
    assert (facts["68 percent"].restates, facts["68 percent"].whole) == (facts["612"], facts["900"])
    assert facts["20 percent"].restates is None  # the last of a list, not a count restated


def test_a_share_restating_a_part_written_against_its_whole_is_of_that_whole(pipeline):
    doc = pipeline(from_text("Inspectors passed 310 of the 420 lifts, or 74 percent.", date="2024-06-01"))
    facts = {f.claim.text: f for f in doc.facts}
    assert facts["74 percent"].restates is facts["310"]
    assert facts["74 percent"].whole is facts["420"]


def test_each_before_a_noun_after_an_amount_gives_what_it_is_per(pipeline):
    doc = pipeline(from_text("The fund offered 215 pence for each Norland share.", date="2024-06-01"))
    assert {f.claim.text: f.per_unit for f in doc.facts}["215 pence"] == "share"


def test_each_of_a_set_after_an_amount_gives_what_it_is_per(pipeline):
    doc = pipeline(from_text("The sale price works out at about $41,000 for each of the inn's rooms.",
                             date="2024-06-01"))
    assert {f.claim.text: f.per_unit for f in doc.facts}["$41,000"] == "room"


@pytest.mark.parametrize("text, figure", [
    ("The lorry toll has risen by 45 percent over five years.", "45 percent"),
    ("Readings at the lake reached 0.5 moles per cubic meter.", "0.5"),
])
def test_a_name_the_recogniser_finds_in_lower_case_words_is_no_holder(pipeline, text, figure):
    doc = pipeline(from_text(text, date="2024-06-01"))  # the small model tags "lorry", "cubic meter" as people
    assert {f.claim.text: f.holders for f in doc.facts}[figure] == frozenset()


def test_a_date_on_the_subject_of_a_figure_s_verb_dates_the_figure(pipeline):
    doc = pipeline(from_text("Turnover in 2018 had been $50 million, while the firm's plan had called for a rise of "
                             "roughly 10 percent in 2019.", date="2020-03-02"))
    time = {f.claim.text: f.time for f in doc.facts}["$50 million"]
    assert (time.first, time.last) == (date(2018, 1, 1), date(2018, 12, 31))


@pytest.mark.parametrize("text, figure, measure", [
    ("Three out of four doctors backed the plan.", "Three out of four", "doctor"),
    ("One in five voters in the borough stayed at home.", "One in five", "voter"),
])
def test_a_ratio_written_in_words_measures_the_noun_it_counts(pipeline, text, figure, measure):
    doc = pipeline(from_text(text, date="2024-06-01"))
    assert {f.claim.text: f.measure for f in doc.facts}[figure] == measure


@pytest.mark.parametrize("text, amount, per", [
    ("A single ticket costs €12.", "€12", "ticket"),
    ("The shop sells a 50-gram jar, priced at €6.", "€6", "jar"),
    ("The tickets cost €12.", "€12", None),  # many things: no price of one
    ("The bridge cost €40 million.", "€40 million", None),  # one thing's cost, no "a" or "one" before it
])
def test_a_price_of_one_thing_is_per_that_thing(pipeline, text, amount, per):
    doc = pipeline(from_text(text, date="2024-06-01"))
    assert {f.claim.text: f.per_unit for f in doc.facts}[amount] == per


def test_a_figure_in_the_clause_of_a_compared_date_is_the_value_compared_with(pipeline):
    doc = pipeline(from_text("Participation was lower than in the earlier ballot on April 3, when 8,240 members "
                             "voted. On Sunday 8,240 members voted.", date="2024-06-01"))
    roles = [f.role for f in doc.facts if f.claim.text == "8,240"]
    assert roles == ["previous", "level"]


@pytest.mark.parametrize("sentence, dated", [
    ("Buses carried 40 percent of commuters, the same share as in 2021.", False),  # the date of the share compared
    ("Rents rose 12 percent, as fast as in 2021.", False),
    ("Buses carried 40 percent of commuters in 2021.", True),
])
def test_a_date_after_the_as_of_a_likeness_is_the_other_figure_s_time(pipeline, sentence, dated):
    doc = pipeline(from_text(sentence, date="2024-06-01"))
    share = next(f for f in doc.facts if f.claim.kind == "percent")
    assert (share.time is not None) == dated


def test_a_measured_noun_describing_a_noun_after_it_is_sorted_by_that_noun(pipeline):
    doc = pipeline(from_text("The trust named a 12-member board and hired 30 members of staff.", date="2024-06-01"))
    sorts = {f.claim.text: f.kind_words for f in doc.facts}
    assert (sorts["12"], sorts["30"]) == (frozenset({"board"}), frozenset())


@pytest.mark.parametrize("sentence, sort", [
    ("Catering income dropped to 2.1 million pounds.", {"catering"}),  # a capital that only opens the sentence
    ("The zoo said catering income dropped to 2.1 million pounds.", {"catering"}),
    ("The zoo said Harwick income dropped to 2.1 million pounds.", set()),  # a capital inside a sentence: a name
])
def test_a_noun_sorting_a_measure_may_open_its_sentence(pipeline, sentence, sort):
    doc = pipeline(from_text(f"The report came out on Monday. {sentence}", date="2024-06-01"))
    assert {f.claim.text: f.kind_words for f in doc.facts}["2.1 million pounds"] == frozenset(sort)


def test_a_part_of_a_unit_of_time_is_no_frequency(pipeline):
    doc = pipeline(from_text("She finished six hundredths of a second ahead. Ferries sail nine times a day.",
                             date="2024-06-01"))
    per_time = {f.claim.text: f.per_time for f in doc.facts}
    assert (per_time["six"], per_time["nine"]) == (None, "day")


@pytest.mark.parametrize("text, summed", [
    ("Together the three firms run 40 boats.", {"three": None, "40": 3}),
    ("The two terms add up to 96 months.", {"two": None, "96": 2}),
    ("The three firms run 40 boats.", {"three": None, "40": None}),
])
def test_a_sum_is_of_the_things_its_subject_counts_and_that_count_is_no_sum(nlp, text, summed):
    numbers = {"three": 3.0, "two": 2.0, "40": 40.0, "96": 96.0}
    facts = _facts(nlp, text, [(word, "count", numbers[word]) for word in summed])
    assert {word: facts[word].sum_of for word in summed} == summed


@pytest.mark.parametrize("text, roles", [
    # a comparative after the counted noun, and after a restatement set off by commas: a difference, told twice
    ("The drive collected 5,120 pints, so the total was 640 pints, or 14.3 percent, higher than the old record.",
     {"640": "change", "14.3 percent": "change"}),
    ("The total was 640 pints higher than in 2023.", {"640": "change"}),
    # an adjective of a later noun, or a share set off with no comparative after it, is no difference
    ("The club fielded two smaller teams this season.", {"two": "level"}),
    ("Donors gave 640 pints, or 14.3 percent, of the total.", {"640": "part", "14.3 percent": "share"}),
])
def test_a_comparative_after_a_figure_s_noun_or_its_restatement_makes_a_difference(pipeline, text, roles):
    found = {f.claim.text: f.role for f in pipeline.check(text).facts}
    assert {figure: found[figure] for figure in roles} == roles


def test_an_opening_on_a_set_picked_out_points_back_at_the_count_of_what_befell_it(pipeline):
    doc = pipeline.check("The ferry line cancelled 57 of the 130 sailings it had scheduled. Of the cancelled "
                         "sailings, 31 were night crossings. Of the sailings, 90 were full.\n\nOver 5,000 pupils sat "
                         "the test and 600 teachers marked it. Of those who sat it, 4,100 passed. Of those who marked "
                         "it, 50 were new.")
    wholes = {f.claim.text: f.whole.claim.text if f.whole else None for f in doc.facts}
    assert wholes["31"] == "57"  # the sailings that were cancelled
    assert wholes["90"] == "130"  # no word picks them out: the last count of sailings
    assert wholes["4,100"] == "5,000" and wholes["50"] == "600"  # those who did what the clause on "those" says


def test_a_count_the_parse_joins_to_a_subject_counted_from_a_fronted_set_is_a_part_of_that_set(nlp):
    # the parser can read "300 flooded and 80 lost power" as "flooded" a clause on "300" and "80" joined to "300";
    # given that parse, "80" is still a subject the fronted "Of the town's 900 homes" counts from
    from spacy.tokens import Doc

    text = "Of the town's 900 homes, 300 flooded and 80 lost power."
    doc = make_doc(nlp, text, [("900", "count", 900.0), ("300", "count", 300.0), ("80", "count", 80.0)])
    words = ["Of", "the", "town", "'s", "900", "homes", ",", "300", "flooded", "and", "80", "lost", "power", "."]
    spaces = [True, True, False, True, True, False, True, True, True, True, True, True, False, False]
    heads = [11, 2, 5, 2, 5, 0, 5, 11, 7, 7, 7, 11, 11, 11]
    deps = ["prep", "det", "poss", "case", "nummod", "pobj", "punct", "nsubj", "acl", "cc", "conj", "ROOT", "dobj",
            "punct"]
    pos = ["ADP", "DET", "NOUN", "PART", "NUM", "NOUN", "PUNCT", "NUM", "VERB", "CCONJ", "NUM", "VERB", "NOUN", "PUNCT"]
    tags = ["IN", "DT", "NN", "POS", "CD", "NNS", ",", "CD", "VBN", "CC", "CD", "VBD", "NN", "."]
    lemmas = ["of", "the", "town", "'s", "900", "home", ",", "300", "flood", "and", "80", "lose", "power", "."]
    doc.nlp = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert doc.nlp.text == text
    FactExtractor()(doc)
    wholes = {f.claim.text: f.whole and f.whole.claim.text for f in doc.facts}
    assert wholes == {"900": None, "300": "900", "80": "900"}


def test_a_last_group_the_parse_joins_to_the_noun_before_it_is_still_a_group_of_the_opened_set(nlp):
    # the parser can read "... 20 were teenagers and 15 were children" as "15" a second noun of "teenagers" and leave
    # the last "were" with no subject; given that parse, "15" is still the subject of its clause, a third group
    from spacy.tokens import Doc

    text = "Of the 60 passengers, 25 were adults, 20 were teenagers and 15 were children."
    doc = make_doc(nlp, text, [("60", "count", 60.0), ("25", "count", 25.0), ("20", "count", 20.0),
                               ("15", "count", 15.0)])
    words = ["Of", "the", "60", "passengers", ",", "25", "were", "adults", ",", "20", "were", "teenagers", "and", "15",
             "were", "children", "."]
    spaces = [True, True, True, False, True, True, True, False, True, True, True, True, True, True, True, False, False]
    heads = [10, 3, 3, 0, 10, 6, 10, 6, 10, 10, 10, 10, 11, 11, 10, 14, 10]
    deps = ["prep", "det", "nummod", "pobj", "punct", "nsubj", "ccomp", "attr", "punct", "nsubj", "ROOT", "attr", "cc",
            "conj", "conj", "attr", "punct"]
    pos = ["ADP", "DET", "NUM", "NOUN", "PUNCT", "NUM", "AUX", "NOUN", "PUNCT", "NUM", "AUX", "NOUN", "CCONJ", "NUM",
           "AUX", "NOUN", "PUNCT"]
    tags = ["IN", "DT", "CD", "NNS", ",", "CD", "VBD", "NNS", ",", "CD", "VBD", "NNS", "CC", "CD", "VBD", "NNS", "."]
    lemmas = ["of", "the", "60", "passenger", ",", "25", "be", "adult", ",", "20", "be", "teenager", "and", "15", "be",
              "child", "."]
    doc.nlp = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert doc.nlp.text == text
    FactExtractor()(doc)
    assert [([p.claim.text for p in b.parts], b.total.claim.text) for b in doc.breakdowns] == [(["25", "20", "15"],
                                                                                                 "60")]


def test_the_verb_a_share_is_the_subject_of_picks_no_set_out(nlp):
    # the tagger can read the verb right after the share's noun as a participle ("the clinics lost" as "the clinics
    # [that were] lost"); given that, the verb the share is the subject of is its doing, not what picks its set out
    from spacy.tokens import Doc

    text = "About 40 percent of the clinics lost power."
    doc = make_doc(nlp, text, [("40 percent", "percent", 40.0, {"unit": "%"})])
    words = ["About", "40", "percent", "of", "the", "clinics", "lost", "power", "."]
    spaces = [True, True, True, True, True, True, True, False, False]
    heads = [1, 2, 6, 2, 5, 3, 6, 6, 6]
    deps = ["advmod", "nummod", "nsubj", "prep", "det", "pobj", "ROOT", "dobj", "punct"]
    pos = ["ADV", "NUM", "NOUN", "ADP", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
    tags = ["RB", "CD", "NN", "IN", "DT", "NNS", "VBN", "NN", "."]
    lemmas = ["about", "40", "percent", "of", "the", "clinic", "lose", "power", "."]
    doc.nlp = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert doc.nlp.text == text
    FactExtractor()(doc)
    share = doc.facts[0]
    assert (share.event, share.restriction) == ("lose", None)


@pytest.mark.parametrize("text, year", [
    # the only date not told in a comparison places the figures, though "leaking" stands between them and its verb
    ("Two years ago the crew found leaking in 12 of 30 pipes, fewer than this year.", 2022),
    ("The crew found leaking in 12 of 30 pipes, fewer than in 2020.", None),  # 2020 is the other's
])
def test_a_date_beside_one_told_in_a_comparison_places_the_figures(pipeline, text, year):
    fact = {f.claim.text: f for f in pipeline(from_text(text, date="2024-03-01")).facts}["30"]
    assert (fact.time.first.year if fact.time else None) == year


@pytest.mark.parametrize("text, dated", [
    ("The island currently has 52,000 households.", True),  # a state that holds to now
    ("The island now has 52,000 households.", True),
    ("The island has 52,000 households.", False),  # a simple present says what holds, not when
])
def test_a_present_told_as_holding_now_is_of_the_article_s_date(pipeline, text, dated):
    fact = {f.claim.text: f for f in pipeline(from_text(text, date="2024-07-10")).facts}["52,000"]
    assert (fact.time == DateRange(date(2024, 7, 10), date(2024, 7, 10))) == dated


def test_a_share_of_them_is_of_the_count_before_it_in_its_sentence(pipeline):
    text = "The region counts 40,000 farmers, and about 35 percent of them will get the grant."
    share = {f.claim.text: f for f in pipeline(from_text(text, date="2024-10-08")).facts}["35 percent"]
    assert share.whole is not None and share.whole.claim.text == "40,000"


@pytest.mark.parametrize("text, measure", [
    ("Union leaders said the pay rise of 9 percent was not enough.", "pay"),  # the noun before the change noun
    ("Union leaders said the 9 percent rise was not enough.", None),  # its own unit names nothing changed
])
def test_a_change_noun_s_compound_names_what_changed(pipeline, text, measure):
    fact = next(f for f in pipeline.check(text).facts if f.claim.kind == "percent")
    assert (fact.role, fact.measure, "rise" in fact.kind_words) == ("change", measure, False)


@pytest.mark.parametrize("sentence, figure, role, source", [
    # "from" gives a value moved from only beside a change or the value reached; else where things came from
    ("The museum bought its maps from 3,400 private collectors.", "3,400", "level", True),
    ("The shelter took in 500 dogs from 14 councils last year.", "14", "level", True),
    ("Ticket sales slipped 3 percent from 7,200 a year earlier.", "7,200", "previous", False),
    ("Bus fares went from 12 euros to 15 euros in March.", "12 euros", "previous", False),
    ("The board cut the budget by 4 percent, from 900,000 pounds.", "900,000 pounds", "previous", False),
    # after a verb whose object is a sum of other things, even a change word's "from" tells where the sum came from
    ("The studio raised $2.4 million from 9,300 backers.", "9,300", "level", True),
    ("The mill cut its staff from 900 workers to 700.", "900", "previous", False),  # no sum as the object
])
def test_from_gives_an_earlier_value_only_of_a_move(pipeline, sentence, figure, role, source):
    facts = {f.claim.text: f for f in pipeline(from_text(sentence, date="2024-06-03")).facts}
    assert (facts[figure].role, facts[figure].source) == (role, source)


@pytest.mark.parametrize("sentence, role", [
    ("Harbour officials expect to reopen the berth in June, once about 400 of the boats have been inspected.", "part"),
    ("The shed once held about 400 of the boats.", "previous"),  # "once": formerly, inside its clause
])
def test_once_opening_a_clause_is_when_not_formerly(pipeline, sentence, role):
    assert {f.claim.text: f.role for f in pipeline(from_text(sentence, date="2024-06-03")).facts}["400"] == role


@pytest.mark.parametrize("sentence, figure, modality", [
    ("Staff say they have not been paid since June, and that the board owes them 80 million rupees in back pay.",
     "80 million rupees", "asserted"),  # a clause with its own subject beside the denied one
    ("The firm did not hire 40 drivers and did not buy 12 buses.", "12", "negated"),
    ("The firm did not hire 40 drivers or 12 mechanics.", "12", "negated"),  # one denial over both
])
def test_a_denial_holds_only_in_its_own_clause(pipeline, sentence, figure, modality):
    assert {f.claim.text: f.modality for f in pipeline(from_text(sentence, date="2024-06-03")).facts}[figure] == modality


def test_a_count_of_points_that_sizes_a_change_noun_is_a_change_in_percentage_points(pipeline):
    doc = pipeline(from_text("The 9-point rise in approval has cheered the party. Her 9-point haul won the match. "
                             "The fall of 4 points was a shock to pollsters.", date="2025-05-20"))
    rise, haul, fall = [f for f in doc.facts if f.claim.kind not in {"date", "period"}]
    assert (rise.claim.kind, rise.claim.unit, rise.role, rise.measure, rise.referred) == (
        "percent", "pp", "change", "approval", True)  # a change named as told, of approval
    assert rise.time is None  # the party's cheer is now; the rise is no change dated today
    assert (haul.claim.kind, haul.role) == ("count", "level")  # points scored: no change noun
    assert (fall.claim.kind, fall.claim.unit, fall.role, fall.referred) == ("percent", "pp", "change", True)


def test_a_change_noun_the_parse_reads_as_a_verb_after_its_figure_is_still_that_change(pipeline):
    doc = pipeline(from_text("Drivers fear the 20 percent cut in route subsidies will close depots. "
                             "Riders said the 20 percent cut the wait.", date="2025-05-20"))
    named, riders = [f for f in doc.facts if f.claim.kind == "percent"]
    assert (named.role, named.measure, named.referred, named.direction) == ("change", "subsidy", True, "down")
    assert riders.role != "change"  # "cut the wait": a verb with its own object


def test_a_bare_percentage_compared_with_a_share_before_it_carries_that_share_s_measure(pipeline):
    doc = pipeline(from_text("Turnout in the ward was 38 percent. That compares with 45 percent in 2019.",
                             date="2025-05-20"))
    assert {f.claim.text: f.measure for f in doc.facts}["45 percent"] == "turnout"


@pytest.mark.parametrize("sentence, figure, role", [
    ("The studio raised $2.4 million from 9,300 backers.", "$2.4 million", "level"),  # money collected
    ("The orchestra raised 80,000 euros at its winter gala.", "80,000 euros", "level"),
    ("The board raised the parking fee by $2.", "$2", "change"),  # a rise, told with "by"
])
def test_an_amount_raised_is_money_collected_not_a_rise(pipeline, sentence, figure, role):
    facts = {f.claim.text: f for f in pipeline(from_text(sentence, date="2024-06-03")).facts}
    assert facts[figure].role == role


@pytest.mark.parametrize("text, place", [
    ("Harlow Cove, a mining town of 6,200 people, lost its water.", "harlow cove"),
    ("Tessel, which has about 4,100 inhabitants, was cut off.", "tessel"),
    ("Brennick has a population of 9,300.", "brennick"),
    ("Brennick's population of 9,300 is growing.", "brennick"),
    ("The borough, home to about 9,300 people, flooded.", "borough"),  # a place the article names by a noun
    ("Brennick hired 9,300 people last year.", None),  # people it took on, not all who live there
])
def test_a_count_told_as_all_the_people_of_a_place_is_its_population(pipeline, text, place):
    count = next(f for f in pipeline.check(text).facts if f.claim.kind == "count")
    assert count.population_of == place


def test_some_of_a_set_named_with_the_and_no_figure_is_of_the_last_count_of_it(pipeline):
    doc = pipeline.check("Wardens rescued 14 hikers from the ridge on Sunday. Another 30 hikers walked down alone.\n\n"
                         "The weather turned in the afternoon.\n\nEleven of the rescued hikers were treated for cold. "
                         "Two of the dogs were lost. Five of the hikers were from abroad.")
    wholes = {f.claim.text: f.whole.claim.text if f.whole else None for f in doc.facts}
    assert wholes["Eleven"] == "14"  # the count of the hikers that were rescued, not the last count of hikers
    assert wholes["Two"] is None  # no dogs counted before
    assert wholes["Five"] is None  # no word picks the set out, and the hikers were counted two paragraphs before


def test_a_verb_before_a_clause_s_that_gives_no_role_to_the_clause_s_figure(pipeline):
    doc = pipeline.check("The head teacher added that about 40 percent of the pupils walk to school. The school added "
                         "35 places this year.")
    roles = {f.claim.text: f.role for f in doc.facts}
    assert roles["40 percent"] == "share"  # "added that": a telling, not a rise
    assert roles["35"] == "change"  # "added 35 places": a rise


def test_a_number_bounding_a_class_it_names_counts_nothing(pipeline):
    doc = pipeline.check("The clinic saw 900 patients last winter. Most of those seen were 70 or older, and 70 were "
                         "admitted. Pupils aged 11 and over may apply.")
    roles = [(f.claim.text, f.role) for f in doc.facts if f.claim.text in {"70", "11"}]
    assert roles == [("70", "label"), ("70", "level"), ("11", "label")]  # "70 were admitted" counts patients


@pytest.mark.parametrize("head_tag, measure", [
    ("NNS", "club"),  # "14 member clubs": clubs, of a sort
    ("NN", "member"),  # a singular head counts no number of its own ("a 30-bed clinic" counts beds)
])
def test_a_figure_the_parse_hangs_on_a_compound_measures_the_plural_noun_after_it(nlp, head_tag, measure):
    # the parser can hang "14" on "member" rather than on "clubs"; given that parse, the count is of clubs
    from spacy.tokens import Doc

    text = "The league's 14 member clubs signed."
    doc = make_doc(nlp, text, [("14", "count", 14.0)])
    words = ["The", "league", "'s", "14", "member", "clubs", "signed", "."]
    spaces = [True, False, True, True, True, True, False, False]
    heads = [1, 5, 1, 4, 5, 6, 6, 6]
    deps = ["det", "poss", "case", "nummod", "compound", "nsubj", "ROOT", "punct"]
    pos = ["DET", "NOUN", "PART", "NUM", "NOUN", "NOUN", "VERB", "PUNCT"]
    tags = ["DT", "NN", "POS", "CD", "NN", head_tag, "VBD", "."]
    lemmas = ["the", "league", "'s", "14", "member", "club", "sign", "."]
    doc.nlp = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert doc.nlp.text == text
    FactExtractor()(doc)
    assert doc.facts[0].measure == measure


@pytest.mark.parametrize("text, modality", [
    # the figure's "of" phrase is on a noun the sentence takes as given: that increase happened
    ("The council funded a patrol unit, which the mayor said was needed to reverse last year's increase of 12 "
     "burglaries.", "asserted"),
    ("The council funded a patrol unit, which the mayor said would reverse last year's increase of 12 burglaries.",
     "asserted"),
    # an indefinite noun: what is foreseen, not what was
    ("The council funded a patrol unit, which the mayor said would prevent an increase of 12 burglaries.",
     "expected"),
    ("The council expects an increase of 12 burglaries.", "expected"),
])
def test_a_figure_of_a_definite_noun_s_of_phrase_is_told_whatever_its_clause_plans(nlp, text, modality):
    assert _facts(nlp, text, [("12", "count", 12.0)])["12"].modality == modality
