"""CC208 rate-vs-product and the facts' `per` reading, on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.ingest import from_text


def check(pipeline, text: str):
    return pipeline(from_text(text, date="2024-05-02"))


HALL = "The market hall has about {} square feet of floor space. "
STALLS = "{} 60 stallholders traded there. Each stallholder was given {} 800 square feet of floor space."


def rate_flags(doc):
    return [f for f in doc.flags if f.id == "CC208"]


@pytest.mark.parametrize("each, flagged", [("1,200", True), ("12,000", False)])  # 36 million / 3,000 is 12,000
def test_cc208_an_amount_for_every_thing_is_per_that_thing(pipeline, each, flagged):
    text = ("The lottery will hand out 36 million euros to the island's farmers this year, the board said.\n\n"
            f"That comes to about {each} euros for every farmer. The island has some 3,000 farmers.")
    assert bool(rate_flags(pipeline(from_text(text, date="2024-05-02")))) == flagged


def test_facts_read_what_a_figure_is_given_per(preview_pipeline):
    doc = check(preview_pipeline, "Copper traded at $9,200 per tonne on Monday. The agency counts 4.1 injuries per "
                                  "1,000 workers. Seats cost $85 each. The council spent $3 million last year.")
    per = {f.claim.text: (f.per_unit, f.per_base, f.rate_of) for f in doc.facts}
    assert per["$9,200"][:2] == ("tonne", 1.0)
    injuries = next(v for k, v in per.items() if k.startswith("4.1"))
    assert injuries == ("worker", 1000.0, "injury")
    assert per["$85"][0] == "seat"  # "each": per the thing priced
    assert per["$3 million"] == (None, 1.0, None)


def test_a_unit_the_tagger_reads_as_an_adjective_is_still_what_a_figure_is_given_per(pipeline):
    doc = pipeline.check("The town logs 150 bus trips per inhabitant.")  # "inhabitant" tagged as an adjective
    assert {f.claim.text: f.per_unit for f in doc.facts}["150"] == "inhabitant"


@pytest.mark.parametrize("text", [
    "Grain sold for $210 per tonne this spring. At that price, the 5,000 tonnes in the silo are worth $10,500.",
    "The region records 9.5 burglaries per 1,000 households. With 240,000 households, that is about 230 "
    "burglaries a year.",
    "The province has 4.2 million residents and a budget of C$38 billion. That works out to C$900 for each resident.",
    # another amount told beside it that does not make up the difference
    "The winner receives $40,000. Each of the six other authors receives $2,000, so the prize fund pays out $252,000 "
    "in all.",
])
def test_a_product_its_rate_and_base_do_not_bear_out_is_flagged(preview_pipeline, text):
    flags = rate_flags(check(preview_pipeline, text))
    assert len(flags) == 1 and len(flags[0].evidence) == 3
    assert "makes about" in flags[0].message


@pytest.mark.parametrize("text", [
    # the product agrees, within rounding
    "Grain sold for $210 per tonne this spring. At that price, the 5,000 tonnes in the silo are worth $1.05 million.",
    "The region records 9.5 burglaries per 1,000 households. With 240,000 households, that is about 2,300 "
    "burglaries a year.",
    # a bound that holds
    "Grain sold for $210 per tonne. The 50 tonnes in the silo are worth more than $10,000.",
    # a base of another unit, and an amount of another currency
    "Grain sold for $210 per tonne. The farm's 5,000 hectares yielded wheat worth $10,500.",
    "Grain sold for $210 per tonne. The 5,000 tonnes in the silo are worth €10,500 in Dutch markets.",
    # the rate is denied
    "Grain did not sell for $210 per tonne. The 5,000 tonnes in the silo are worth $10,500.",
    # a frequency, not a unit
    "The plant makes 400 cars per day. Its 1,200 workers earned $5 million last year.",
    # a total of the rate's product and another amount told beside it
    "The winner receives $40,000. Each of the six other authors receives $2,000, so the prize fund pays out $52,000 "
    "in all.",
    # one unit is no base: "one family" in each of many homes
    "Each family receives $5,000 per family in aid. If one family lived in each of the 300 flats, the aid comes "
    "to $1.5 million.",
])
def test_quiet_when_the_figures_agree_or_are_not_rate_base_and_product(preview_pipeline, text):
    assert rate_flags(check(preview_pipeline, text)) == []


def test_facts_read_a_distributive_subject_as_what_a_figure_is_given_per(preview_pipeline):
    doc = check(preview_pipeline, "Each stallholder was given roughly 800 square feet. The barges each hauled 30 "
                                  "tonnes. Each of the gardeners rents 90 square metres. The 40 lorries carried 12 "
                                  "tonnes each. The lorries carried 480 tonnes. Every year 35 ships call.")
    per = {f.claim.text: (f.per_unit, f.per_base) for f in doc.facts}
    assert per["800 square feet"] == ("stallholder", 1.0)
    assert per["30 tonnes"] == ("barge", 1.0)
    assert per["90 square metres"] == ("gardener", 1.0)
    assert per["12 tonnes"] == ("lorry", 1.0)  # "each" after the figure: per one lorry, not per 40
    assert per["480 tonnes"][0] is None and per["35"][0] is None


def test_each_after_a_count_is_per_the_thing_that_holds_the_count(preview_pipeline):
    doc = check(preview_pipeline, "Rescuers used rafts holding 12 people each. The coaches carried 45 pupils "
                                  "apiece. Seats cost $85 each.")
    per = {f.claim.text: (f.per_unit, f.rate_of) for f in doc.facts}
    assert per["12"] == ("raft", "people") and per["45"] == ("coach", "pupil")
    assert per["$85"][0] == "seat"  # an amount: per the thing priced


def test_a_price_each_put_on_a_verb_is_per_the_verb_s_object(preview_pipeline):
    doc = check(preview_pipeline, "The club sold 900 memberships at $120 each. The ferry company bought two boats "
                                  "for $3 million each. The council gave 40 charities $5,000 each.")
    per = {f.claim.text: f.per_unit for f in doc.facts}
    assert per["$120"] == "membership" and per["$3 million"] == "boat"
    assert per["$5,000"] != "council"  # given to each charity, not per council


@pytest.mark.parametrize("total, flagged", [("36,000 euros", False), ("3.6 million euros", True)])
def test_an_amount_each_of_a_counted_noun_takes_up_is_per_that_noun(preview_pipeline, total, flagged):
    doc = check(preview_pipeline, f"The council issued 900 parking fines last year, each of 40 euros, bringing in "
                                  f"{total}. Each of 12 teams won a prize.")
    assert {f.claim.text: f.per_unit for f in doc.facts}["40 euros"] == "fine"
    assert bool(rate_flags(doc)) == flagged


def test_each_one_picked_out_on_the_verb_is_what_a_figure_is_given_per(preview_pipeline):
    doc = check(preview_pipeline, "Officers arrested 12 people in each raid. Crews planted 40 trees on each street. "
                                  "An average of 2.5 guests stayed in each cabin. The fund gave 30 grants in each year. "
                                  "Some 19 pupils earned top marks in every subject.")
    per = {f.claim.text: f.per_unit for f in doc.facts}
    assert per["12"] == "raid" and per["40"] == "street" and per["2.5"] == "cabin"
    assert per["30"] is None  # a unit of time makes a frequency
    assert per["19"] is None  # all of the subjects, no rate


@pytest.mark.parametrize("guests, flagged", [("200", False), ("2,000", True)])
def test_a_count_each_one_of_a_base_brings_times_the_base_makes_the_total(preview_pipeline, guests, flagged):
    text = ("The resort let 80 cabins on Saturday night, its owner said.\n\nAn average of 2.5 guests stayed in each "
            f"cabin, meaning about {guests} guests in all.")
    assert bool(rate_flags(check(preview_pipeline, text))) == flagged


@pytest.mark.parametrize("each, flagged", [("$80 million", False), ("$8 million", True)])
def test_a_product_told_with_a_base_is_held_to_that_base_alone(preview_pipeline, each, flagged):
    # $8 million a jet times the 150 jets flown would be near $960 million: no count of the product's
    text = ("The airline bought 12 jets for a total of $960 million last year.\n\nIt now flies 150 jets on 80 "
            f"routes.\n\nThat works out at about {each} per jet.")
    flags = rate_flags(check(preview_pipeline, text))
    assert bool(flags) == flagged
    if flagged:
        assert "times 12 makes about 96 million" in flags[0].message


@pytest.mark.parametrize("worth, flagged", [("$36,000", False), ("$3,600", True), ("about $3,600", True)])
def test_a_product_told_with_its_own_base_apart_from_the_rate_must_agree_though_another_does(
        preview_pipeline, worth, flagged):
    # the rate's own sentence agrees (900 x $120 = $108,000); the later 300 memberships are worth $36,000
    text = ("The club sold 900 memberships at $120 each, raising $108,000.\n\nStudents bought 300 of the "
            f"memberships, worth {worth} in all.")
    flags = rate_flags(check(preview_pipeline, text))
    assert bool(flags) == flagged
    if flagged:  # held to the base told with it, not to the 900 the rate's own sentence sold
        assert "times 300 makes about 36,000" in flags[0].message


@pytest.mark.parametrize("value, flagged", [("39.7 million", False), ("3.9 million", True)])
def test_a_quantity_each_of_things_a_verb_describes_is_per_thing_and_no_base(pipeline, value, flagged):
    # "bags weighing five kilograms each": per bag, so the price per kilogram is of the 1,240 kilograms seized
    text = ("Officers have seized 1,240 kilograms of cocaine hidden in bananas, police said on Thursday.\n\nThey "
            "found 1,030 one-kilogram blocks and 42 bags weighing five kilograms each.\n\nIts wholesale value, at "
            f"about 32,000 euros per kilogram, would be about {value} euros.")
    doc = pipeline(from_text(text, date="2023-03-10"))
    assert {f.claim.text: f.per_unit for f in doc.facts}["five kilograms"] == "bag"
    flags = [f for f in doc.flags if f.id == "CC208"]
    assert bool(flags) == flagged and all("five kilograms" not in f.message for f in flags)


def test_a_typical_one_gives_a_figure_per_its_kind(preview_pipeline):
    doc = check(preview_pipeline, "A typical shift lasts nine hours. The average tenant pays $640 in rent. A "
                                  "typical clinic sees about 45 patients. A few clinics see 45 patients.")
    per = {f.claim.text: f.per_unit for f in doc.facts}
    assert per["$640"] == "tenant" and per["nine hours"] == "shift"
    assert [f.per_unit for f in doc.facts if f.claim.text == "45"] == ["clinic", None]  # plural subject: no


@pytest.mark.parametrize("text", [
    # a typical one times how many against the whole, linked by what happened to the things counted
    "The ferry line says it has carried some 90,000 passengers on 300 crossings since May. A typical crossing "
    "carries around forty passengers.",
    "Volunteers say they have fed about 3,000 families in 20 food drives. A typical drive feeds around 600 "
    "families.",
])
def test_a_typical_one_times_its_count_against_the_total_is_flagged(preview_pipeline, text):
    flags = rate_flags(check(preview_pipeline, text))
    assert len(flags) == 1 and len(flags[0].evidence) == 3


@pytest.mark.parametrize("text", [
    "The ferry line says it has carried some 12,000 passengers on 300 crossings since May. A typical crossing "
    "carries around forty passengers.",
    # not a typical one of the things counted
    "The ferry line says it has carried some 90,000 passengers on 300 crossings since May. Forty passengers "
    "boarded the first crossing.",
    # a typical one of something else than the count
    "The ferry line says it has carried some 90,000 passengers on 300 crossings since May. A typical ferry "
    "carries around forty cars.",
])
def test_quiet_when_a_typical_one_fits_or_is_not_of_the_count(preview_pipeline, text):
    assert rate_flags(check(preview_pipeline, text)) == []


@pytest.mark.parametrize("text", [
    HALL.format("20,000") + STALLS.format("More than", "roughly"),
    "The convoy moved 600 tonnes of gravel in all. The 40 barges carried 30 tonnes of gravel each.",
    # units converted: 50 x 1,000 square metres is five hectares
    "The allotments cover 2 hectares. Each of the 50 gardeners rents 1,000 square metres of the allotments.",
])
def test_allotments_that_cannot_fit_their_whole_are_flagged(preview_pipeline, text):
    flags = rate_flags(check(preview_pipeline, text))
    assert len(flags) == 1 and len(flags[0].evidence) == 3
    assert "need at least" in flags[0].message


@pytest.mark.parametrize("text", [
    # the whole has room (the rest is aisles)
    HALL.format("60,000") + STALLS.format("More than", "roughly"),
    # "up to" allotments and a count that is only a ceiling need no least room
    HALL.format("20,000") + STALLS.format("More than", "up to"),
    HALL.format("20,000") + STALLS.format("Fewer than", "roughly"),
    # an average is no allotment, and a figure of one of the things is no whole
    HALL.format("20,000") + "The 60 stallholders had on average 800 square feet of floor space.",
    STALLS.format("More than", "roughly") + " The biggest stallholder took 1,500 square feet of floor space.",
    # a quantity per person is an average: it need not fit inside another figure of its measure
    "Residents eat about 90 kg of meat per person. The town has more than 40,000 people. Its abattoir "
    "handled 2,000 tonnes of meat last year.",
    # a whole of something else: the clinic is not where the plots lie
    "Each of the 500 families received 300 square feet of land. The new clinic covers 10,000 square feet.",
    # a planned whole against today's allotments
    STALLS.format("More than", "roughly") + " A new hall with 20,000 square feet of floor space will open next "
    "year.",
])
def test_quiet_when_the_allotments_fit_or_are_not_allotments(preview_pipeline, text):
    assert rate_flags(check(preview_pipeline, text)) == []


ROADS = ("Police figures show 610 deaths and 5,200 injuries in 9,400 road crashes in Arland in 2023.\n\n"
         "Seat-belt checks will be stepped up. The minister said that {rate} in crashes each day {when}.")


@pytest.mark.parametrize("rate, when, flagged", [
    ("more than eight people died", "last year", True),  # at least 2,920 deaths in 2023, not 610
    ("about two people died", "last year", False),  # about 730: within the factor
    ("more than eight people died", "in 2021", False),  # another year: the 610 are 2023's
    ("about 15 people were hurt", "last year", False),  # not what the 610 underwent; about 5,500 hurt fit 5,200
])
def test_cc208_a_count_per_day_over_a_year_against_that_years_count_of_the_same_happening(preview_pipeline, rate,
                                                                                         when, flagged):
    doc = preview_pipeline(from_text(ROADS.format(rate=rate, when=when), date="2024-03-06"))
    assert bool([f for f in doc.flags if f.id == "CC208"]) == flagged


@pytest.mark.parametrize("earlier, flagged", [
    ("a year earlier", False),  # what it did a year before, not 9,000 a year
    ("a year", True),  # 9,000 a year for five years is no 2,000
])
def test_cc208_a_time_told_back_is_no_frequency(preview_pipeline, earlier, flagged):
    doc = preview_pipeline(from_text(
        f"The council said on Monday that it had been building about 9,000 homes {earlier}.\n\n"
        "It built 2,000 homes in five years, the housing office said.", date="2024-03-06"))
    assert bool([f for f in doc.flags if f.id == "CC208"]) == flagged


@pytest.mark.parametrize("start", ["from an average of 4,200 a day", "from 4,200 a day"])
def test_cc208_a_frequency_a_move_starts_from_is_no_rate_of_the_value_it_moves_to(preview_pipeline, start):
    doc = preview_pipeline(from_text(f"Bus ridership on the island climbed {start} in March to 5,100 on Friday, the "
                                     "operator said.", date="2024-04-20"))
    assert [f for f in doc.flags if f.id == "CC208"] == []  # 5,100 on Friday is the day's count, no month's sum


def test_an_amount_of_the_rates_own_size_beside_it_is_another_rate_not_its_product(preview_pipeline):
    doc = check(preview_pipeline, "The festival sold 4,400 admissions this year.\n\nTicket revenue worked out at "
                                  "about €8.20 per admission, below the standard €10 price, because of student "
                                  "discounts.")
    assert rate_flags(doc) == []


@pytest.mark.parametrize("total, flagged", [("12,000", False), ("1,200", True)])
def test_a_base_written_in_a_unit_of_the_rates_own_noun_is_its_base(preview_pipeline, total, flagged):
    # "hectares" is kept as "ha" on the claim: still the unit of a rate "per hectare"
    doc = check(preview_pipeline, "The reserve covers 40 hectares of marsh. Rangers counted about 300 nesting pairs "
                                  f"per hectare, some {total} pairs in all.")
    assert bool(rate_flags(doc)) == flagged


@pytest.mark.parametrize("journey, cited", [
    # 400 metres in under five seconds is over 78 m/s, more than three times a top speed of about 12 m/s
    ("In tests the robot covered 400 metres in under five seconds.", ["400 metres", "five seconds"]),
    ("In tests the robot covered 400 metres in about 40 seconds.", None),  # 10 m/s
    # no journey is faster than the top speed: 20 m/s is under twice it, but over it
    ("In tests the robot covered 400 metres in 20 seconds.", ["400 metres", "20 seconds"]),
    ("In tests the robot covered 400 metres in four minutes.", None),  # slower is any pace
    # a verb of taking time gives the journey's time: 400 metres in ten seconds is 40 m/s
    ("In tests the robot needed ten seconds to cover 400 metres.", ["ten seconds", "400 metres"]),
    ("In tests it took the robot 40 seconds to cover 400 metres.", None),
])
def test_a_distance_and_time_told_on_one_verb_against_the_speed_given_elsewhere(preview_pipeline, journey, cited):
    doc = check(preview_pipeline, "The delivery robot has a top speed of about 12 metres per second, its makers "
                                  f"say.\n\nIt weighs 40 kg and carries two parcels.\n\n{journey}")
    flags = rate_flags(doc)
    assert ([e.text for e in flags[0].evidence] if flags else None) == (
        None if cited is None else ["12 metres per second", *cited])


@pytest.mark.parametrize("text", [
    # the speed of a wind is no pace of the storm's journey
    "The storm's wind speeds reached 150 mph on Sunday.\n\nOver the next two days the storm moved just 60 miles "
    "in 40 hours.",
    # money spent over a length of time on a length of track is no journey
    "The state will invest €2 billion in its branch lines.\n\nThe money will be spent over six years on track "
    "across roughly 2,000 kilometres of lines.\n\nSpeeds on some sections have been cut to 30 kilometres per hour.",
    # a cruising speed is no bound: a journey within the factor of it either way is one at another pace
    "The ferry cruises at 20 knots.\n\nOn Friday it crossed 30 km in 30 minutes.",
    # a journey told with its own speed is told whole
    "The ferry usually sails at 20 knots.\n\nOn Friday it crossed 30 km in 15 hours, at 2 km per hour, because of "
    "the ice.",
])
def test_quiet_when_the_speed_is_of_something_else_or_the_journey_has_its_own(preview_pipeline, text):
    assert rate_flags(check(preview_pipeline, text)) == []


@pytest.mark.parametrize("hours, flagged", [("30", True), ("300", False)])  # 6,000 hours over 20 years: 300 a year
def test_a_quantity_per_unit_of_time_against_its_total_over_a_length_on_another_verb(preview_pipeline, hours, flagged):
    doc = check(preview_pipeline, "The survey logged about 6,000 hours of bird counts, collected over the past 20 "
                                  f"years.\n\nThat is roughly {hours} hours of counts a year.")
    assert bool(rate_flags(doc)) == flagged


@pytest.mark.parametrize("told, flagged", [
    ("The petition drew more than 900,000 signatures in three days.", True),  # 2,000 an hour is 144,000
    ("The petition drew about 150,000 signatures in three days.", False),
    # a length of time that is no span the count was told over
    ("The petition drew more than 900,000 signatures after three days of protests.", False),
])
def test_a_count_per_unit_of_time_against_a_count_told_over_a_length_of_time(preview_pipeline, told, flagged):
    doc = check(preview_pipeline, f"{told}\n\nOrganisers said that was about 2,000 signatures an hour.")
    assert bool(rate_flags(doc)) == flagged



@pytest.mark.parametrize("told, flagged", [
    # a length of time on neither count's verb, in a sentence of two counts: the smaller one's, most likely
    ("Police have logged 318 burglaries in the district since the campaign began in March, the force said on Friday, "
     "including 24 recorded in the last seven days.", False),
    ("The district has recorded 318 burglaries in the last seven days, the force said on Friday.", True),
])
def test_a_length_of_time_beside_two_counts_is_told_of_neither_for_certain(preview_pipeline, told, flagged):
    doc = check(preview_pipeline, f"{told}\n\nOfficers have stepped up patrols at night.\n\n\"Twenty-four "
                                  "burglaries in a week is still far too many,\" said the district commander.")
    assert bool(rate_flags(doc)) == flagged


@pytest.mark.parametrize("sold, flagged", [
    ("sold 3.1 million 25-kilogram boxes of apples abroad, a record, for $186 million", False),
    ("sold a single 25-kilogram box of rare apples at the auction for $1,500", True),
])
def test_a_size_written_on_a_counted_noun_is_each_one_s_not_the_total_s(preview_pipeline, sold, flagged):
    doc = check(preview_pipeline, "Apple exports rose in volume this season, the growers association said on Monday."
                                  f"\n\nGrowers {sold}.\n\nThat comes to about $2.40 per kilogram.")
    assert bool(rate_flags(doc)) == flagged


@pytest.mark.parametrize("raised, flagged", [
    ("€9.2 million", False),  # 41,000 guests staying about 75 nights each: one night's worth is the least
    ("€20,000", True),  # less than one night's tax of 41,000 guests
])
def test_a_rate_per_head_per_night_makes_at_least_one_night_s_worth(preview_pipeline, raised, flagged):
    doc = preview_pipeline(from_text("The island's hotels welcomed 41,000 guests in August, the tourism board said on "
                                     "Monday.\n\nBookings from abroad rose by a fifth.\n\nThe tourist tax, charged "
                                     f"at €3 per guest per night, raised {raised} in August.", date="2024-09-10"))
    assert bool(rate_flags(doc)) == flagged


@pytest.mark.parametrize("price, flagged", [("2.10 dollars a tonne", True), ("2,100 dollars a tonne", False)])
def test_a_price_a_unit_is_given_per_that_unit(preview_pipeline, price, flagged):
    doc = check(preview_pipeline, "The Orra cooperative sold its harvest of 8,200 tonnes for 17.2 million dollars "
                                  f"on Tuesday. The average price was {price}, the cooperative said.")
    per = {f.claim.text: f.per_unit for f in doc.facts}
    assert per[price.rsplit(" a ", 1)[0]] == "tonne"  # not "price": the noun after "a" is the unit
    assert bool(rate_flags(doc)) == flagged


@pytest.mark.parametrize("rate, flagged", [("44.9", True), ("449", False)])
def test_a_rate_per_head_that_follows_from_a_count_and_a_population(preview_pipeline, rate, flagged):
    # "residents" are the people of "per 100,000 people"; "That gives" reaches back to the count of cases
    doc = check(preview_pipeline, "Officials in the province of Varne have confirmed 1,850 cases of measles this "
                                  "year. Varne has about 412,000 residents. That gives it a rate this year of "
                                  f"{rate} cases per 100,000 people.")
    assert bool(rate_flags(doc)) == flagged


def test_a_count_of_a_place_that_is_no_population_is_no_base_of_a_rate_per_head(preview_pipeline):
    doc = check(preview_pipeline, "With a population of about 1.24 million, the city's homicide rate was 15.1 per "
                                  "100,000 residents last year. The central district recorded 68 homicides.")
    assert not rate_flags(doc)  # 68 homicides are no population: 15.1 per 100,000 of them is no product


@pytest.mark.parametrize("minutes, flagged", [("38", False), ("13", True)])  # 12.6 km at 20 km/h takes 38 minutes
def test_an_average_speed_against_a_journey_told_in_other_sentences(preview_pipeline, minutes, flagged):
    doc = check(preview_pipeline, "The new 12.6-kilometre busway links the harbour with the university campus.\n\n"
                                  "Buses will run every eight minutes at peak times, the council said. A trip from "
                                  f"end to end will take about {minutes} minutes.\n\nThe council expects the buses to "
                                  "average 20 kilometres per hour, including stops.")
    flags = rate_flags(doc)
    assert bool(flags) == flagged
    if flagged:  # the journey's own time is cited, not how often the buses run
        assert {e.text for e in flags[0].evidence} == {"12.6-kilometre", f"{minutes} minutes",
                                                       "20 kilometres per hour"}


@pytest.mark.parametrize("pace, flagged", [("three minutes 35 seconds", False), ("five minutes 10 seconds", True)])
def test_a_pace_per_kilometre_is_an_average_speed(preview_pipeline, pace, flagged):
    # 42.195 km in 2:31:12 is 3 minutes 35 seconds a kilometre
    doc = check(preview_pipeline, "Mira Osei won the Hallam marathon on Sunday in 2:31:12. The 42.195-kilometre "
                                  f"course runs twice around the lake.\n\nShe averaged {pace} per kilometre, her "
                                  "coach said.")
    assert bool(rate_flags(doc)) == flagged


@pytest.mark.parametrize("text", [
    # an average of the old line, whose journey is told as it was before
    "The line cut the journey between the two cities from 3 hours 15 minutes to 1 hour 36 minutes. The new line is "
    "312 kilometres long, shorter than the 348-kilometre route of the old one.\n\nOn the old line, trains averaged "
    "about 107 kilometres per hour.",
    # a length that places something is no journey
    "The storm was 120 miles southeast of the port on Monday, and forecasters expected it to strengthen over the next "
    "six hours.\n\nIt has averaged about 9 mph since it formed.",
    # no journey told at all: an average speed with no length and time to check it against
    "The tram trial ran for 45 minutes on Sunday.\n\nThe trams averaged 21 kilometres per hour.",
])
def test_quiet_when_some_journey_of_the_article_makes_the_average_or_none_is_told(preview_pipeline, text):
    assert not rate_flags(check(preview_pipeline, text))


@pytest.mark.parametrize("second, flagged", [
    ("Its 27,800 students will cost $41 million in all.", True),  # $14,800 x 27,800 is about $411 million
    ("Salaries for the district's 3,260 employees account for $298 million of the total.", False),  # not students
])
def test_cc208_a_rate_s_own_unit_named_leaves_alike_nouns_out_as_bases(pipeline, second, flagged):
    text = f"The district serves 27,800 students and will spend about $14,800 per student. {second}"
    assert ("CC208" in {f.id for f in pipeline.check(text).flags}) == flagged


@pytest.mark.parametrize("journey, second_length, flagged", [
    ("cover the distance in 40 minutes", "", True),  # 186 km in 40 minutes is about 280 km/h
    ("cover the distance in one hour and 20 minutes", "", False),
    ("cover the distance in 40 minutes", " A 12-kilometre branch will serve the airport.", False),  # two lengths
    ("run every 40 minutes", "", False),  # how often trains run, not how long they take
])
def test_a_journey_time_over_the_one_length_of_a_route_faster_than_its_top_speed(preview_pipeline, journey,
                                                                                  second_length, flagged):
    text = ("The regional government on Tuesday approved a 186-kilometre railway between Alvor and Brenna."
            f"{second_length}\n\nTrains on the line will run at up to 180 kilometres per hour.\n\n"
            f"The fastest services are expected to {journey}.")
    assert bool(rate_flags(check(preview_pipeline, text))) == flagged


@pytest.mark.parametrize("carried, flagged", [("18", True), ("90", False)])  # 30 x 90 = 2,700 tonnes
def test_what_each_thing_holds_times_their_count_against_the_total_they_hold(pipeline, carried, flagged):
    # the total is told beside the count; the part of it told "of which" is no total of the hoppers
    text = ("Thirty grain hoppers overturned when a freight train left the rails outside Poltava on Monday.\n\n"
            f"The operator said each of the hoppers carried about {carried} tonnes of wheat. The 30 hoppers held some "
            "2,700 tonnes in all, of which about 600 tonnes spilled onto the embankment.")
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("weighed, flagged", [("0.2 kilograms", True), ("1 kilogram", False)])  # 600 x 1 kg
def test_what_each_thing_weighs_times_their_count_against_the_total_of_what_they_are(pipeline, weighed, flagged):
    # the total is of what the count's words name ("The resin, wrapped in 600 parcels"), paragraphs away; 120 kg
    # would fit inside 610 kg, as an allotment may, but what the parcels weigh is all of the resin
    text = ("Border guards found 610 kilograms of cannabis resin in the luggage hold of a coach at Rafah.\n\n"
            "The resin, wrapped in 600 parcels, had been hidden under suitcases.\n\n"
            "The driver, a 52-year-old man, was detained.\n\n"
            "Officials said it was the largest find at the crossing this year.\n\n"
            "The coach had left Cairo on Thursday.\n\n"
            f"Each of the parcels weighed roughly {weighed}, the guards said.")
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("product, flagged", [("€55,000", False), ("€95,000", True)])
def test_cc208_a_product_a_count_beside_it_makes_with_the_rate_is_that_counts(preview_pipeline, product, flagged):
    # €2,500 for each of the 22 victims is €55,000, whatever other count of people is told before the rate
    text = (f"At least three people are still missing. The council has set aside {product} for the 22 victims named "
            "so far, €2,500 for each person who died.")
    assert bool(rate_flags(check(preview_pipeline, text))) == flagged


@pytest.mark.parametrize("told, flagged", [("cut", False), ("bill", True)])  # 41 cents x 800,000 kg is $328,000
def test_cc208_what_a_change_is_worth_is_no_product_of_the_rate_it_moved_to(pipeline, told, flagged):
    text = ("The mill will pay growers 41 cents per kilogram of cane this season instead of the 45 cents it forecast "
            f"in May. For a grower producing 800,000 kg of cane, the {told} is worth about 32,000 dollars.")
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("killed, total, flagged", [
    ("12 workers", "600,000", False),  # 12 x 50,000: the 400 left homeless are no base of a sum per person killed
    ("12 people", "9 million", True),  # 12 x 50,000 is 600,000, whatever 400 x 50,000 makes
])
def test_cc208_a_rate_per_things_picked_out_by_what_befell_them_has_those_as_base(pipeline, killed, total, flagged):
    text = (f"The blast killed {killed} and left 400 people homeless. The company will pay 50,000 dollars to the "
            f"relatives of each person killed, a total of {total} dollars.")
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("average, flagged", [
    ("an average of about $3,300 per claim", False),  # $30 million over 9,200 claims is $3,261
    ("an average of about $5,000 per claim", True),  # 9,200 claims at $5,000 make $46 million, not $30 million
    ("an average payout of about $5,000 per claim", False),  # an average of another measure than the claims' worth
])
def test_cc208_an_average_of_the_things_a_count_and_their_total_give_is_their_quotient(pipeline, average, flagged):
    # the article's one count of claims is the base, however far from the average it is told
    text = ("Insurers have had 9,200 claims worth $30 million since the hail storm, the industry body said on Friday."
            "\n\nRoofs and cars took most of the damage. Hailstones were the size of golf balls. Schools closed for two "
            f"days. The airport stayed open.\n\nAcross the region that works out at {average}.")
    assert bool(rate_flags(check(pipeline, text))) == flagged


def test_cc208_a_far_count_of_the_unit_is_no_base_of_a_rate_that_averages_no_total_of_them(pipeline):
    # the 9,200 pupils are a study's: the article's only count of pupils, but the $300 million is no total of theirs
    text = ("Researchers followed 9,200 pupils at 60 schools for two years, the university said.\n\n"
            "Referrals fell in schools with a counsellor. Teachers welcomed the findings. Parents were less sure. "
            "The union asked for more staff.\n\n"
            "The ministry will spend $300 million on the scheme, which its critics say is less than $20 per pupil a "
            "year.")
    assert not rate_flags(check(pipeline, text))


@pytest.mark.parametrize("text, flagged", [
    ("Each electric tram saves the operator about €45,000 a year in fuel. The city has ordered 12 trams for €38 "
     "million.", False),  # a yearly saving per tram makes a yearly sum, not the price of the order
    ("Each electric tram costs the operator about €45,000. The city has ordered 12 trams for €38 million.", True),
    ("Each tram saves about €45,000 a year in fuel. Last year the 12 trams saved the operator €2.4 million.", True),
])
def test_cc208_a_rate_per_unit_of_time_makes_a_sum_over_that_time(pipeline, text, flagged):
    doc = pipeline(from_text(text, date="2023-01-01"))
    assert ("CC208" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("text, per", [
    ("Spending per guest averaged about €64 over the weekend.", "guest"),
    ("The price per seat was $310, the council said.", "seat"),
    ("Spending on the guests came to €640,000.", None),
    ("Spending per year reached €5 million.", None),  # a unit of time makes a frequency, not a unit
])
def test_facts_read_a_per_phrase_on_the_subject_of_a_figures_verb(pipeline, text, per):
    money = next(f for f in check(pipeline, text).facts if f.claim.kind == "money")
    assert money.per_unit == per


FAIR = ("The food fair drew 48,000 visitors over the weekend, the organisers said on Monday.\n\n"
        "Queues at the gates stretched for an hour on Saturday. Stalls ran out of bread by noon. The weather held. "
        "Parking was the main complaint.\n\n{spent}\n\nThe organisers plan a second fair in the spring. Tickets go on "
        "sale in March. Prices will not rise.\n\nSpending per visitor averaged about €{average}, the town said.")


@pytest.mark.parametrize("spent, average, flagged", [
    ("Visitors spent €3.1 million in the town's shops and cafés.", 65, False),  # 3.1 million / 48,000 is €65
    ("Visitors spent €3.1 million in the town's shops and cafés.", 650, True),
    ("Visitors spent €3.1 million in shops and €1.2 million on food.", 650, False),  # two totals: which is it?
    ("In 2019 visitors spent €3.1 million in the town's shops.", 650, False),  # a total of another time
])
def test_cc208_a_rate_meets_the_articles_one_total_of_what_it_names_wherever_told(pipeline, spent, average, flagged):
    doc = pipeline(from_text(FAIR.format(spent=spent, average=average), date="2024-05-20"))
    assert bool(rate_flags(doc)) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Barley sold for about €205 a tonne this week, up from €160 in March. \"We cut 6.1 tonnes a hectare,\" one "
     "grower said.", False),  # €160 is the price in March, no product of the price
    ("Barley sold for about €205 a tonne this week. Growers sold 6,100 tonnes for €160,000 in all.", True),
])
def test_cc208_a_rates_own_earlier_value_is_no_product(pipeline, text, flagged):
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Each of the two finalists was paid 40,000 kronor, and the champion collected a further 7,500 kronor as a bonus.",
     False),  # more beside the prize money, no total of it
    ("Each of the two finalists was paid 40,000 kronor, and the champion collected an extra 7,500 kronor as a bonus.",
     False),
    ("Each of the two finalists was paid 40,000 kronor, and the two collected 7,500 kronor in all.", True),
])
def test_cc208_an_amount_told_as_more_is_no_product_of_the_rate(pipeline, text, flagged):
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("text, flagged", [
    # some of the aircraft: their price is only the least the order can be worth
    ("Airlines ordered aircraft worth $9.6 billion at the show, including 14 jets priced at $100 million each.", False),
    # a price told as a floor
    ("Airlines ordered 14 jets priced at more than $100 million each, worth $9.6 billion in all.", False),
    ("Airlines ordered 14 jets priced at $100 million each, worth $9.6 billion in all.", True),
])
def test_cc208_a_rate_over_some_of_the_things_or_told_as_a_floor_gives_the_least(pipeline, text, flagged):
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("move, flagged", [
    ("average revenue per traveller dropped by 3 kroner to 38 kroner", False),  # a change of the rate: times the
    # travellers, a change of the revenue, not the revenue
    ("average revenue per traveller was 3 kroner", True),  # 6.9 million, not 88 million
])
def test_cc208_a_change_of_a_rate_makes_a_change_of_the_total(pipeline, move, flagged):
    text = ("Fare revenue in the April-June period climbed 4 percent to 88 million kroner, the operator said.\n\n"
            f"It carried 2.3 million travellers in the quarter, though {move}.")
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("later, flagged", [
    ("Marsh, 29, took the overall title after winning the 21-kilometre time trial on Friday.", False),  # an age
    ("Marsh took 6 minutes to cover the 21-kilometre time trial on Friday.", True),  # 200 km/h: far from her average
])
def test_cc208_a_person_s_age_is_no_journey_s_time(pipeline, later, flagged):
    text = ("Lena Marsh won the 150-kilometre final stage in 3 hours 40 minutes, an average speed of 40.9 kilometres "
            f"per hour.\n\nThe race drew big crowds.\n\n{later}")
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("stage, after, flagged", [
    ("4 hours and 20 minutes", "caught with 12 kilometres to go", False),  # a distance left, no journey
    ("4 hours and 20 minutes", "caught after 12 kilometres", False),  # the route "from Ostend" makes the average
    ("2 hours and 20 minutes", "caught with 12 kilometres to go", True),  # 81 km/h
])
def test_cc208_a_route_from_a_place_is_a_journey_and_a_distance_to_go_is_none(pipeline, stage, after, flagged):
    text = (f"Mira Holt won the sixth stage on Sunday, covering the 188 kilometres from Ostend in {stage}, an "
            f"average speed of 43.4 kilometres per hour.\n\nA breakaway of five riders was {after}.")
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("later, flagged", [
    ("The builder said the estate's 35 flats were finished in 2011.", True),  # 35 at 60 m2 is 2,100 m2, not 1,800
    ("The builder said about 900 flats of that design stand in Denmark.", False),  # others of the kind, elsewhere
])
def test_cc208_an_allotment_s_count_is_the_holder_s_things_not_those_of_a_place(pipeline, later, flagged):
    text = ("Each of Holmgaard's flats measures 60 square metres, and the estate has 1,800 square metres of floor "
            "space in all.\n\n" + later)
    flags = [f for f in pipeline(from_text(text, date="2024-03-04")).flags if f.id == "CC208"]
    assert bool(flags) == flagged


@pytest.mark.parametrize("each, flagged", [("11", True), ("7", False)])  # 15,800 over 2,300 is 6.9
def test_cc208_an_average_told_on_the_verb_is_the_total_over_the_count(pipeline, each, flagged):
    text = ("A record 2,300 volunteers signed up for the council's tree week this spring.\n\nBy Sunday the "
            "volunteers had planted 15,800 saplings, officials said.\n\nOn average, each volunteer who signed up has "
            f"planted {each} saplings.")
    doc = pipeline(from_text(text, date="2024-05-06"))
    assert ("CC208" in [f.id for f in doc.flags]) == flagged


def test_on_average_on_the_verb_makes_a_figure_an_average(nlp):
    from claimcheck.facts import FactExtractor
    from test_checks_support import make_doc

    doc = make_doc(nlp, "On average, each volunteer planted 7 saplings. Each volunteer planted 7 saplings.",
                   [("7", "count", 7.0), ("7#2", "count", 7.0)])
    FactExtractor()(doc)
    assert [f.statistic for f in doc.facts] == ["average", None]


@pytest.mark.parametrize("price, flagged", [
    ("about 21 euros a kilogram", True),  # 41.6 million euros over 3,200 tonnes is 13 euros a kilogram
    ("about 13 euros a kilogram", False),
    ("about 13,000 euros a tonne", False),
    ("about 21,000 euros a tonne", True),
])
def test_cc208_an_average_per_unit_of_mass_against_a_quantity_in_another_unit(pipeline, price, flagged):
    text = ("Orchards in the valley sold 3,200 tonnes of plums last season for a total of 41.6 million euros.\n\n"
            f"Orchards received an average price of {price}, the co-operative said.")
    doc = pipeline(from_text(text, date="2024-05-06"))
    assert ("CC208" in [f.id for f in doc.flags]) == flagged


@pytest.mark.parametrize("told, flagged", [
    ("The bakery sold 30,000 loaves during the four weeks ending May 2, its owner said.", False),  # sold, not baked
    ("The bakery baked 30,000 loaves during the four weeks ending May 2, its owner said.", True),  # 4,000 a day is 112,000
    ("Norland Foods, a supermarket chain, baked 30,000 loaves during the four weeks ending May 2.", False),  # another's
])
def test_cc208_a_count_per_unit_of_time_is_held_only_to_the_same_doing_by_the_same_holder(preview_pipeline, told,
                                                                                             flagged):
    doc = check(preview_pipeline, f"Hollis Bakery usually bakes about 4,000 loaves a day.\n\n{told}")
    assert bool(rate_flags(doc)) == flagged


@pytest.mark.parametrize("capacity, flagged", [
    ("The 250-megawatt offshore farm went into service in 2019.", False),  # power: no amount of energy sold
    ("The offshore farm sold 1.4 million megawatt-hours of power in 2019.", False),  # 62 a MWh makes 87 million
    ("The offshore farm sold 0.4 million megawatt-hours of power in 2019.", True),  # 25 million
])
def test_cc208_a_price_per_unit_of_energy_and_a_base_of_another_unit(preview_pipeline, capacity, flagged):
    doc = check(preview_pipeline, f"{capacity}\n\nUnder its contract the operator is paid £62 per megawatt-hour, "
                                  "which brought in about £87 million in sales that year.")
    assert bool(rate_flags(doc)) == flagged


@pytest.mark.parametrize("earlier, flagged", [
    # the farms a storm damaged years before are no base of grants paid now, nor their claims the grants' product
    ("A hailstorm in 2011 damaged about 700 farms in the district and brought insurance claims of about $51 million.",
     False),
    # a storm of the week before: the farms it damaged are what the grants are for
    ("Hail damaged about 700 farms in the district last week, and claims could reach $51 million.", True),
])
def test_cc208_a_base_of_another_occasion_than_its_rate_is_not_its_base(preview_pipeline, earlier, flagged):
    text = f"The province said on Tuesday it would pay grants of $2,400 for each damaged farm.\n\n{earlier}"
    assert bool(rate_flags(check(preview_pipeline, text))) == flagged


@pytest.mark.parametrize("held, flagged", [
    (", among the highest rates in the country. Its prisons hold 18,000 people.", False),  # 310 per 100,000 of 5.8
    # million: the rate's product, no base
    (", and its prisons hold 81,000 people.", True),
])
def test_cc208_a_count_of_what_a_rate_counts_is_its_product_not_its_base(preview_pipeline, held, flagged):
    text = f"Home to about 5.8 million people, the state now imprisons roughly 310 people per 100,000 residents{held}"
    flags = rate_flags(check(preview_pipeline, text))
    assert bool(flags) == flagged
    if flagged:
        assert "times approximately 5.8 million" in flags[0].message


@pytest.mark.parametrize("when, flagged", [
    ("in May 2021", False),  # offers of another year are no product of this year's homes
    ("during the month", True),
])
def test_cc208_a_product_of_another_occasion_than_its_base_is_not_held_to_it(preview_pipeline, when, flagged):
    text = (f"Only 420 homes were advertised at the end of May, while buyers made 6,300 offers {when}. Each home "
            "advertised drew four offers on average.")
    assert bool(rate_flags(check(preview_pipeline, text))) == flagged


@pytest.mark.parametrize("rest, flagged", [
    ("With 3.1 residents per household, it is home to about 40,000 residents.", True),  # 3.1 times 52,000
    # a rate of 1995 is no rate of the households the island has now
    ("In 1995 there were 3.1 residents per household.\n\nA charity that says it helps 40,000 residents is raising "
     "money for new roofs.", False),
])
def test_cc208_a_rate_of_another_year_is_no_rate_of_a_count_told_as_holding_now(pipeline, rest, flagged):
    text = f"The island currently has 52,000 households.\n\n{rest}"
    assert bool(rate_flags(pipeline(from_text(text, date="2024-07-10")))) == flagged


@pytest.mark.parametrize("told, flagged", [
    ("taking in €480 million", True),  # a thousandfold off: "million" slipped for "thousand"
    ("the year its €900 million wing opened", False),  # some 1,900 times off: an amount of other things
])
def test_cc208_a_figure_more_than_a_slipped_scale_word_off_counts_other_things(pipeline, told, flagged):
    text = f"The museum charged €12 per visitor and drew 40,000 visitors in May, {told}."
    assert ("CC208" in {f.id for f in pipeline(from_text(text, date="2024-07-01")).flags}) == flagged


@pytest.mark.parametrize("text, flagged", [
    # a count of the rate's own things ("70" games a year ago) is no base of a rate per team
    ("Under the new format each team plays 18 games a season, making 90 games overall, up from 70 games last "
     "year.", False),
    ("Each of the 10 teams will play 18 games, giving 900 games overall.", True),  # 18 x 10 = 180
])
def test_cc208_a_count_of_what_the_rate_counts_in_its_own_sentence_is_no_base(pipeline, text, flagged):
    assert ("CC208" in {f.id for f in pipeline(from_text(text, date="2024-07-01")).flags}) == flagged


@pytest.mark.parametrize("staged, flagged", [
    ("had completed 120 of its 240 scheduled fixtures", False),  # some of the season's fixtures
    ("had staged 1,600 fixtures", True),  # 30 x 16 = 480
])
def test_cc208_some_of_a_total_is_no_product_of_a_rate(pipeline, staged, flagged):
    text = f"When the storms hit, the 16-club league {staged}.\n\nEach club plays 30 fixtures over a full season."
    assert ("CC208" in {f.id for f in pipeline(from_text(text, date="2024-07-01")).flags}) == flagged


@pytest.mark.parametrize("text, flagged", [
    # a thing's size told apart from a price per unit: what one jar holds, not what the price was paid on
    ("A 400-gram jar of the honey costs €6.80 in the farm shop.\n\nThe farm paid beekeepers €4.10 a kilo for it "
     "last summer.", False),
    ("The cooperative bought a 500-tonne cargo of honey at €4.10 a kilo, paying €300,000.", True),  # one deal
])
def test_cc208_a_size_told_apart_from_a_price_per_unit_is_no_base(pipeline, text, flagged):
    assert ("CC208" in {f.id for f in pipeline(from_text(text, date="2024-07-01")).flags}) == flagged


@pytest.mark.parametrize("average, flagged", [
    ("more than $30,000", True),  # four shops at over $30,000 each make well over $48,000
    ("about $12,000", False),  # the total over the shops
])
def test_an_average_against_a_count_and_a_total_told_together_paragraphs_before(pipeline, average, flagged):
    text = ("Two men were charged on Wednesday with robbing four shops in the county since May, taking about $48,000 "
            "in total, police said.\n\nThe first robbery was at a jeweller's. Fingerprints on a till led detectives to "
            f"the men.\n\nProsecutors said the two had taken, on average, {average} per shop.")
    doc = check(pipeline, text)
    assert bool(rate_flags(doc)) == flagged
    total = next(f for f in doc.facts if f.claim.text == "$48,000")
    assert total.measure is None and not total.places  # "in total" says how it sums: no noun, no place


def test_a_total_taken_by_another_verb_is_no_total_of_an_average(pipeline):
    text = ("Two men were charged on Wednesday with robbing four shops in the county since May, police said. The "
            "shops spent $48,000 on new alarms in total.\n\nThe first robbery was at a jeweller's.\n\nProsecutors said "
            "the two had taken, on average, more than $30,000 per shop.")
    assert rate_flags(check(pipeline, text)) == []


@pytest.mark.parametrize("daily, flagged", [
    ("some 60,000", True),  # ten times what 2.2 million a year makes
    ("some 6,000", False),  # 2.2 million over 365 days
])
def test_a_figure_per_year_and_one_per_day_of_the_same_things_must_agree(pipeline, daily, flagged):
    text = ("The city's new science museum expects 2.2 million visitors a year, the trustees said on Monday.\n\n"
            "Building work ends in the spring.\n\nThe director said the museum expects "
            f"{daily} visitors on a typical day.")
    doc = check(pipeline, text)
    assert bool(rate_flags(doc)) == flagged
    assert {f.claim.text: f.per_time for f in doc.facts}[daily.split()[1]] == "day"  # "on a typical day"


@pytest.mark.parametrize("other", [
    "At the busiest times the museum expects some 6,000 visitors an hour.",  # a peak's hour
    "The museum's shop expects some 60,000 postcards a day.",  # other things
])
def test_paces_of_other_things_or_of_a_peak_hour_are_not_held_to_a_yearly_figure(pipeline, other):
    text = ("The city's new science museum expects 2.2 million visitors a year, the trustees said on Monday.\n\n"
            f"Building work ends in the spring.\n\n{other}")
    assert rate_flags(check(pipeline, text)) == []


@pytest.mark.parametrize("closing, flagged", [
    ("At that rate, that gravel will earn the owners roughly $6,000 a day.", True),  # 30 x 2,000 is 60,000
    ("At that rate, that gravel will earn the owners roughly $60,000 a day.", False),
    ("The owners also sell roughly $6,000 of sand a day at the gate.", False),  # no pointing back: other sales
])
def test_a_product_its_sentence_says_follows_meets_the_base_told_just_before(pipeline, closing, flagged):
    text = ("The quarry will charge builders 30 dollars per tonne from August, its owners said on Monday.\n\n"
            f"Its four pits yield about 2,000 tonnes a day. {closing}")
    assert bool(rate_flags(check(pipeline, text))) == flagged


def test_a_subject_pointed_back_at_says_its_figure_follows_even_where_the_parse_reads_a_conjunction(pipeline):
    doc = pipeline.check("He said that costs rose 5 percent. At that rate, that gravel will earn the owners about "
                         "$6,000 a day.")
    inferred = {f.claim.text: f.inferred for f in doc.facts}
    assert inferred == {"5 percent": False, "$6,000": True}  # a reported clause's "that" points at nothing


@pytest.mark.parametrize("total, flagged", [
    ("£15,000", False),  # 25 x £600
    ("£150,000", True),  # ten times that
])
def test_a_figure_told_as_a_total_beside_a_distributive_subject_is_the_product_not_a_rate(pipeline, total, flagged):
    doc = check(pipeline, "The depot took on 25 drivers in March.\n\nEach of the 25 drivers was paid a £600 "
                          f"joining bonus, a total of {total} drawn from a £400,000 training budget.")
    per = {f.claim.text: f.per_unit for f in doc.facts}
    assert per["£600"] == "driver" and per[total] is None
    flags = rate_flags(doc)
    assert bool(flags) == flagged
    assert all(total in {e.text for e in f.evidence} for f in flags)  # never held to the budget


@pytest.mark.parametrize("cost, flagged", [
    ("£192,000", False),  # 640 x £300
    ("£1.9 million", True),
])
def test_cc208_a_rate_per_thing_something_befell_meets_the_count_of_those_things_wherever_told(pipeline, cost,
                                                                                               flagged):
    text = ("Heavy rain flooded 640 homes in the Lessing valley at the weekend, the fire service said on Monday.\n\n"
            "Rescue crews worked through Saturday night. Roads into the valley stayed shut until Sunday afternoon. "
            "The river peaked just before dawn.\n\n\"It is the heaviest rain anyone here can recall, and for two "
            "families it is a tragedy,\" the fire chief said.\n\nThe district council will pay £300 to each flooded "
            f"household, which on the present count would cost {cost}.")
    flags = rate_flags(pipeline(from_text(text, date="2019-12-02")))
    assert bool(flags) == flagged
    assert all("640" in {e.text for e in f.evidence} for f in flags)  # not the two families


BUSES = ("Harlow Transit will spend $24 million on new school buses, the company said on Monday.\n\n"
         "Under the plan, it will buy {base} from two makers to replace its oldest diesel fleet.\n\n"
         "Parents' groups welcomed the plan. The company puts the price at roughly {rate} per bus.{more}")


@pytest.mark.parametrize("base, rate, more, flagged", [
    ("120 electric buses", "$20,000", "", True),  # 120 at $20,000 is $2.4 million: the $24 million slipped a scale
    ("120 electric buses", "$200,000", "", False),
    ("120 electric buses", "$12,000", "", False),  # no slipped scale: another reading of the cost
    ("an extra 120 buses", "$20,000", "", False),  # more of them, no count of all the buses bought
    ("120 electric buses", "$20,000", " In all, Harlow Transit paid $2.4 million for them.", False),  # a
    # total told apart that the rate makes
])
def test_cc208_a_total_told_apart_off_what_a_rate_makes_by_a_power_of_ten(pipeline, base, rate, more, flagged):
    doc = pipeline(from_text(BUSES.format(base=base, rate=rate, more=more), date="2025-02-10"))
    assert ("CC208" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("The new tram route was opened by the mayor on Saturday.\n\nThe route is 9 kilometres long with 14 stops; "
     "building it cost £380 million, roughly £4.2 million per kilometre.", True),  # £4.2 million x 9 is about £38m
    # an average gap is each gap's length, not the length a rate per kilometre was paid on
    ("The new tram route was opened by the mayor on Saturday.\n\nIts 14 stops are spaced on average some 700 metres "
     "apart; building it cost £380 million, roughly £41.5 million per kilometre.", False),
    # a change of the fleet counts no base: "four more ferries" add to it
    ("The new ferries will replace the 20 old boats. Each new ferry will seat 300 passengers, compared with 240 on "
     "the old boats. As four more ferries will join the fleet, its total capacity will rise from 4,800 to 7,200 "
     "passengers.", False),
])
def test_cc208_a_change_or_an_average_is_no_base(pipeline, text, flagged):
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("raised, flagged", [("£100,000", True), ("£10,000", False)])  # 250 members at £40 a year
def test_cc208_a_total_told_apart_that_names_the_base_s_noun_is_the_rate_s_product(pipeline, raised, flagged):
    text = ("The Tarn Rowing Club's membership stands at 250 this spring, up from 190 two years ago.\n\n"
            "Rowers pay £40 per member a year, which covers boats and coaching. The club's membership fees raise "
            f"some {raised} a year, its treasurer said, a fifth of its costs.")
    assert ("CC208" in {f.id for f in pipeline(from_text(text, date="2024-05-06")).flags}) == flagged


@pytest.mark.parametrize("takings, flagged", [("540,000", True), ("54,000", False)])  # 9,000 jars at €6
def test_cc208_a_price_of_one_thing_is_a_rate_per_that_thing(pipeline, takings, flagged):
    text = (f"Brisa, a honey maker in Girona, sold 9,000 jars of heather honey last year, bringing in about €{takings}."
            "\n\nIts honey comes in a 250-gram jar, priced at €6, and sells only at its own shop.")
    assert ("CC208" in {f.id for f in pipeline(from_text(text, date="2024-05-06")).flags}) == flagged


def test_cc208_a_rate_told_with_its_total_is_over_the_count_that_makes_it_not_some_of_that_set(pipeline):
    # 14 swims for every resident who joined, told with 27,020 swims, is over all 1,930 who joined, however far back:
    # 14 x 590 (those who used it weekly) = 8,260 is no slip
    text = ("Some 1,930 residents aged 16 to 70 joined the council's summer swim pass, which cost nothing. The council "
            "said 590 of the joined residents used it every week.\n\nThe pools stayed open until nine. Lifeguards were "
            "hired from two agencies. Queues were short.\n\nIn all, pass holders made about 27,020 swims over the "
            "summer, an average of 14 swims for every resident who joined.")
    assert not rate_flags(check(pipeline, text))


@pytest.mark.parametrize("price, flagged", [
    ("$95", False),  # x 176 is about $16,700: the gift's maps, whatever the 30 held before make
    ("$1,900", True),  # no count of maps makes $16,700 with it
])
def test_cc208_a_rate_told_with_its_total_is_over_a_count_that_makes_it_wherever_told(pipeline, price, flagged):
    text = ("The Harwick Library has received 176 hand-coloured maps from a retired surveyor, its largest gift in "
            "decades.\n\nThe donor began collecting in 1961. He said the maps should stay together. The library "
            "thanked him on Monday.\n\nUntil now the library held only 30 such maps. Each of the new maps will be "
            f"checked by a conservator. The library puts the cost of new folders at about {price} a map, or roughly "
            "$16,700 for the whole gift.")
    assert bool(rate_flags(check(pipeline, text))) == flagged


def test_cc208_a_rate_per_occasion_is_not_per_day_of_the_period_the_occasions_fall_in(pipeline):
    # 1,790 a night over the 23 evenings it played is 41,170: the 23 evenings count occasions, no product
    text = ("The outdoor theatre staged plays on 23 Friday evenings from April to September and attracted a total of "
            "41,170 visitors, an average of 1,790 a night. Actors said crowds were warm.")
    assert not rate_flags(check(pipeline, text))


@pytest.mark.parametrize("pace, flagged", [
    ("can see up to 310 patients a week", False),  # a most: 2,950 a year keeps well within it
    ("sees 310 patients a week", True),  # about 16,000 a year, not 2,950
])
def test_cc208_a_pace_told_as_a_most_holds_any_smaller_pace(pipeline, pace, flagged):
    text = (f"The new clinic in Marlow {pace}, its manager said. It opened in 2019.\n\nOver the past four years "
            "the clinic has seen about 2,950 patients a year, the health board said.")
    assert bool(rate_flags(check(pipeline, text))) == flagged


@pytest.mark.parametrize("pupils, flagged", [("58,560", False), ("14,400", True)])
def test_cc208_a_ratio_one_for_every_n_is_a_rate_per_one(pipeline, pupils, flagged):
    # one for every 610 pupils: 58,560 pupils make about 96 nurses, 14,400 about 24
    text = (f"The county employs 96 school nurses, about one for every 610 pupils. It enrols {pupils} pupils across "
            "its 71 schools.")
    flags = rate_flags(check(pipeline, text))
    assert bool(flags) == flagged
    if flagged:
        assert "one for every 610 pupils times 14,400 makes about 24, not 96" in flags[0].message
