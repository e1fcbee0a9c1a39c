"""The claim stage on the constructions of real news (issue 22): every currency and scale, dates resolved as a reader
does, identifiers left out, vague and paired counts. Each construction has true cases and quiet look-alikes, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.claims.money import currency_after, currency_before, currency_name


@pytest.fixture(scope="module")
def extract(claims_doc):
    """The claims of a body text under a headline, in an article dated `date` (a Wednesday by default), by text."""

    def run(body: str, date: str | None = "2025-05-14"):
        return {c.text: c for c in claims_doc(body, date).claims}

    return run


# Money ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("The stake is worth 50 million USD, analysts said.", "50 million USD", 5e7, "USD"),
    ("Madrid paid 40 million pesetas for the painting in 1990.", "40 million pesetas", 4e7, "ESP"),
    ("Warsaw will spend 3 billion złoty on rail.", "3 billion złoty", 3e9, "PLN"),
    ("The fund lost 120 million kronor in the quarter.", "120 million kronor", 1.2e8, "SEK"),
    ("Eskom borrowed 5 bn rand from the state.", "5 bn rand", 5e9, "ZAR"),
    ("The mine cost R2.5bn to build.", "R2.5bn", 2.5e9, "ZAR"),
    ("The importer owes 80 million Mexican pesos.", "80 million Mexican pesos", 8e7, "MXN"),
    ("Exports reached $10 bln in the year.", "$10 bln", 1e10, "USD"),
    ("The project budget is 12 MUSD.", "12 MUSD", 1.2e7, "USD"),
    ("Their offer was 250 kEUR for the site.", "250 kEUR", 2.5e5, "EUR"),
    ("Profit was USD 10m after tax.", "USD 10m", 1e7, "USD"),
    ("Rent in Nairobi rose to Ksh 30,000 a month.", "Ksh 30,000", 3e4, "KES"),
    ("The Taipei chipmaker earned NT$ 5 billion.", "NT$ 5 billion", 5e9, "TWD"),
    ("He donated half a million dollars to the school.", "half a million dollars", 5e5, "USD"),
    ("A ticket cost five dollars and fifty cents.", "five dollars and fifty cents", 5.5, "USD"),
    ("The fine was 300 € per vehicle.", "300 €", 300, "EUR"),
    ("Wages average 4,000 Czech korunas a month.", "4,000 Czech korunas", 4e3, "CZK"),
])
def test_money_in_every_currency_code_name_and_scale(extract, sentence, span, value, unit):
    claim = extract(sentence)[span]
    assert (claim.kind, claim.unit) == ("money", unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize("sentence, text", [
    ("The TOP 10 list was published.", "TOP 10"),  # a code that spells a word, before a number
    ("The R5 road was closed.", "R5"),  # the rand sign needs an amount that reads as money
    ("The team scored 10 points.", "10 points"),
    ("The investors own 5 funds.", "5 funds"),
])
def test_look_alikes_are_not_money(extract, sentence, text):
    found = extract(sentence)
    assert all(c.kind != "money" for c in found.values()), found


def test_the_currency_table_is_the_iso_4217_one():
    assert currency_name("PLN") == "Polish Zloty" and currency_name("XAU") is None  # gold is not legal tender
    assert currency_before("MIG-29", 4) == (None, 4)  # a code after a hyphen is a model name
    assert currency_after("5 DKK.", 1, "")[0] == "DKK"
    assert currency_after("5 pounds of flour", 1, "5 pounds of flour")[0] is None  # a weight without money words


# Dates relative to the article (dated Wednesday 14 May 2025) ---------------------------------------------------

@pytest.mark.parametrize("sentence, span, kind, resolved", [
    ("The mayor was attacked last night and died today.", "last night", "date", "2025-05-13"),
    ("The mayor was attacked last night and died today.", "today", "date", "2025-05-14"),
    ("Vigils this evening drew large crowds.", "this evening", "date", "2025-05-14"),
    ("He will speak tonight in the capital.", "tonight", "date", "2025-05-14"),
    ("Critics said Monday's ruling might embolden the council.", "Monday", "date", "2025-05-12"),  # possessive: past
    ("The board will vote on Monday.", "Monday", "date", "2025-05-19"),
    ("The board voted on Monday.", "Monday", "date", "2025-05-12"),
    ("The strike began on Monday, May 5, at dawn.", "Monday, May 5", "date", "2025-05-05"),  # the calendar day's
    ("The strike began on Monday 5 May at dawn.", "Monday 5 May", "date", "2025-05-05"),
    ("Data from 2005 through 2015 were pooled.", "2005 through 2015", "period", "2005-01-01/2015-12-31"),
    ("He served as premier, 1980–1987, and then as president.", "1980–1987", "period", "1980-01-01/1987-12-31"),
    ("On the night of Monday to Tuesday a second blast hit the town.", "Monday to Tuesday", "period",
     "2025-05-12/2025-05-13"),
    ("In late April, the court ruled against the firm.", "late April", "period", "2025-04-21/2025-04-30"),
    ("Parliament will sit briefly in early September.", "early September", "period", "2025-09-01/2025-09-10"),
    ("The outbreak has lasted for the past year.", "past year", "period", "2024-05-14/2025-05-14"),
    ("A fire earlier this week destroyed the depot.", "earlier this week", "period", "2025-05-12/2025-05-13"),
    ("Hearings could start as soon as the week of June 9.", "week of June 9", "period", "2025-06-09/2025-06-15"),
    ("The firm expects a recovery in next year's first quarter.", "next year's first quarter", "period",
     "2026-01-01/2026-03-31"),
    ("Third-quarter profit rose sharply.", "Third-quarter", "period", "2025-07-01/2025-09-30"),
    ("The merger should close by year-end.", "year-end", "date", "2025-12-31"),
    ("Output fell in the first half of 2024.", "first half of 2024", "period", "2024-01-01/2024-06-30"),
    ("The city grew fast in the mid-1990s.", "mid-1990s", "period", "1993-01-01/1997-12-31"),
    ("The fair drew 40,000 visitors this weekend.", "this weekend", "period", "2025-05-10/2025-05-11"),  # past
    ("The fair will draw 40,000 visitors this weekend.", "this weekend", "period", "2025-05-17/2025-05-18"),
])
def test_dates_resolve_as_a_reader_does(extract, sentence, span, kind, resolved):
    claim = extract(sentence)[span]
    assert (claim.kind, claim.date) == (kind, resolved)


def test_a_span_of_years_carries_its_first_and_last_year(extract):
    claim = extract("He served as premier, 1980–1987, and then as president.")["1980–1987"]
    assert (claim.low, claim.high) == (1980, 1987)


def test_a_perfect_after_a_modal_looks_back_and_a_paper_called_today_is_no_date(extract):
    assert extract("In a call in late April, he might have asked for help.")["late April"].date == \
        "2025-04-21/2025-04-30"
    assert all(c.kind != "date" for c in extract("The figures were first reported by USA Today.").values())


def test_a_day_without_a_year_stays_in_the_year_the_story_is_in(extract):
    found = extract("The army moved on November 15, 2017. He resigned on November 21.")
    assert found["November 21"].date == "2017-11-21"
    found = extract("Brandvik, who was born in Tarvik on May 2, 1941, died at home on May 1.")  # a birth date: a
    assert found["May 1"].date == "2025-05-01"  # life's year, not the story's
    assert extract("He resigned on November 21.")["November 21"].date == "2024-11-21"  # no story year: by tense


def test_days_told_from_the_last_day_named(extract):
    found = extract("The House voted on May 6. The Senate reversed course the next day.")
    assert found["next day"].date == "2025-05-07"
    found = extract("The ferry sank on May 3. Divers reached the wreck that night.")
    assert found["that night"].date == "2025-05-03"
    weekend = extract("Police said during the weekend that a suspect was held.")["weekend"]
    assert weekend.date == "2025-05-10/2025-05-11"


@pytest.mark.parametrize("sentence, text", [
    ("Parliament returns on October 14, two weeks before the deadline.", "two weeks"),  # a length of time
    ("Between 1500 and 2000 workers joined the strike.", "1500"),  # counts, not years
    ("The council raised its budget by 9 percent between 2018 and 2024.", "2018"),  # two years, each a date
])
def test_look_alikes_are_not_date_spans(extract, sentence, text):
    found = extract(sentence)
    claim = next(c for c in found.values() if c.text.startswith(text))
    assert claim.kind not in {"period", "date"} or claim.text == text


# Numbers that are part of names and codes -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text", [
    ("Water vapour was found on K2-18b, a planet near Leo.", "18b"),  # a catalogue code, not 18 billion
    ("The 117th U.S. Congress met for the first time.", "117th"),
    ("Officers toured the headquarters at 14 Rue des Tanneurs.", "14"),
    ("Norway won at the 2022 European Rowing Championships.", "2022"),
    ("The bill became Republic Act No. 11469 in March.", "11469"),
    ("The plant runs 24/7 with three shifts.", "24"),
    ("The team appealed to the Second Circuit Court of Appeals.", "Second"),
    ("Engineers moved the servers to CentOS 7 last year.", "7"),
])
def test_numbers_in_names_and_codes_are_not_claims(extract, sentence, text):
    assert all(not c.text.startswith(text) for c in extract(sentence).values())


@pytest.mark.parametrize("sentence, span, kind, value", [
    ("He will run in the 2028 Republican presidential primaries.", "2028", "period", 2028.0),  # a year, not a name
    ("The 116th floor of the tower is closed.", "116th", "ordinal", 116.0),
    ("About 346 Americans were evacuated.", "346", "count", 346.0),
    ("The engine makes 450 Nm of torque.", "450", None, 450.0),  # a unit after the number, not a name
])
def test_look_alikes_of_names_stay_claims(extract, sentence, span, kind, value):
    claim = next(c for c in extract(sentence).values() if c.text.startswith(span))
    assert claim.value == pytest.approx(value) and (kind is None or claim.kind == kind)


# Ordinals, counts, ages, lengths of time --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value", [
    ("Ms Ortiz became the first woman to chair the board.", "first", 1.0),
    ("The second blast hit the car park.", "second", 2.0),
    ("Police are looking for a third suspect.", "third", 3.0),
    ("Second and third place went to the Kenyans.", "Second", 2.0),
    ("Her first novel sold well.", "first", 1.0),
    ("The club finished fifth in the league.", "fifth", 5.0),
])
def test_ordinal_words_that_rank(extract, sentence, span, value):
    claim = extract(sentence)[span]
    assert (claim.kind, claim.value) == ("ordinal", value)


@pytest.mark.parametrize("sentence", [
    "The comet was first spotted in March.",  # an adverb
    "At first, the minister refused to comment.",
    "The sprinter won by one second.",  # a time
])
def test_ordinal_look_alikes(extract, sentence):
    assert all(c.kind != "ordinal" for c in extract(sentence).values())


@pytest.mark.parametrize("sentence, span, low, high", [
    ("Thousands marched through the capital.", "Thousands", 2000, 10000),
    ("Tens of thousands of people fled the fighting.", "Tens of thousands", 20000, 100000),
    ("Residents queued to give blood by the hundreds.", "hundreds", 200, 1000),
    ("Hundreds of thousands of workers went unpaid.", "Hundreds of thousands", 200000, 1000000),
])
def test_vague_amounts_start_at_two_of_what_they_name(extract, sentence, span, low, high):
    claim = extract(sentence)[span]
    assert (claim.low, claim.high) == (low, high)


@pytest.mark.parametrize("sentence, span, low, unit", [
    ("The dispute could go on for years, the mayor warned.", "years", 2, "years"),
    ("She was questioned for hours by detectives.", "hours", 2, "hours"),
    ("The deal may end decades of conflict.", "decades", 20, "years"),
    ("A shutdown lasting several weeks closed the parks.", "several weeks", 3, "weeks"),
])
def test_lengths_of_time_given_by_a_plural(extract, sentence, span, low, unit):
    claim = extract(sentence)[span]
    assert (claim.kind, claim.low, claim.unit) == ("quantity", low, unit)


def test_a_counted_length_of_time_is_not_vague(extract):
    found = extract("The talks lasted two days of hard bargaining.")
    assert found["two days"].value == 2 and "days" not in found


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("She completed the race in 2:14:04.", "2:14:04", 8044, "seconds"),
    ("His time was 2 hours 11 minutes 5.3 seconds.", "2 hours 11 minutes 5.3 seconds", 7865.3, "seconds"),
    ("The hearing lasted 3 hours and 12 minutes.", "3 hours and 12 minutes", 192, "minutes"),
    ("She won in 2 hours, 19 minutes and 4 seconds.", "2 hours, 19 minutes and 4 seconds", 8344, "seconds"),
    ("The rowers crossed in 41 days, 7 hours and 15 minutes.", "41 days, 7 hours and 15 minutes", 59475, "minutes"),
    ("The stay came about an hour and a half later.", "an hour and a half", 1.5, "hours"),
    ("The lap took 1:36.6 on a wet track.", "1:36.6", 96.6, "seconds"),
    ("Okafor rode the stage in 5h 12m 40s.", "5h 12m 40s", 18760, "seconds"),
    ("Her lead over the champion is now 2m 05s.", "2m 05s", 125, "seconds"),
    ("The relay team finished in 3h 41min.", "3h 41min", 13260, "seconds"),
    ("The planet is about 110 light-years from Earth.", "110 light-years", 110, "light-years"),
    ("A ten-storey block collapsed.", "ten-storey", 10, "storeys"),
    ("The officers, Ana Ruiz and Li Wei, 40 and 49, were suspended.", "49", 49, "years"),
    ("Mugabe died on Friday. He was 95.", "95", 95, "years"),
    ("Everyone over the age of 18 must register.", "18", 18, "years"),
    ("Of the 318 victims, 211 were aged over 60.", "60", 60, "years"),  # an age bound, not a count of sixty
    ("The two men, aged 43 and 29, were held overnight.", "29", 29, "years"),  # each age of the list
])
def test_quantities_of_time_age_and_measure(extract, sentence, span, value, unit):
    claim = extract(sentence)[span]
    assert (claim.kind, claim.unit) == ("quantity", unit) and claim.value == pytest.approx(value)


def test_a_count_after_an_age_bound_is_still_a_count(extract):
    found = extract("Of the 318 victims, 211 were aged over 60 and 174 had invested their savings.")
    assert found["60"].unit == "years" and found["174"].kind == "count" and found["174"].unit is None


def test_a_stage_time_in_letters_is_no_money_scale(extract):
    found = extract("The winner took 4h 33m 12s; the team was sold for $33m; the crane stands 33m high.")
    assert found["4h 33m 12s"].unit == "seconds" and "33m" not in {t for t in found if found[t].unit == "seconds"}
    assert found["$33m"].value == 33e6


def test_a_list_of_times_and_a_clock_time_are_not_joined(extract):
    found = extract("The crossing took 3 years, 2 months and 14 days. The train left at 10:30.")
    assert {"3 years", "2 months", "14 days"} <= set(found) and not any("10:30" in t for t in found)


@pytest.mark.parametrize("sentence, span, value", [
    ("A peak of three-and-a-half million refugees was reached.", "three-and-a-half million", 3.5e6),
    ("The bill passed 230-to-198.", "198", 198),
    ("The death toll rose from fourteen to 31 overnight.", "31", 31),
    ("The two explosions were not related, police said.", "two", 2),
    ("A two-thirds majority is needed.", "two-thirds", 2 / 3),
    ("Arland had twelve road deaths per 100,000 people.", "twelve road deaths per 100,000", 12),
])
def test_counts_and_rates_written_in_words_and_pairs(extract, sentence, span, value):
    assert extract(sentence)[span].value == pytest.approx(value)


@pytest.mark.parametrize("sentence", [
    "One news site claims the blast was deliberate.",  # "one" as "a certain"
    "Police kept a notebook from one victim and a ring from another.",
    "2) The ministry will publish the list.",  # a list marker
    "The plan sets out its aims: 1) to train nurses and 2) to open clinics.",  # markers inside a line
    "The steps (1) and (2) come first.",
])
def test_count_look_alikes(extract, sentence):
    assert all(c.kind != "count" for c in extract(sentence).values())


# Amounts given per something, and units named by their symbol -----------------------------------------------------

@pytest.mark.parametrize("sentence, span, unit, per", [
    ("Brent settled at $71.40 a barrel on Monday.", "$71.40", "USD", "barrel"),
    ("The gym charges £29 per month for students.", "£29", "GBP", "month"),
    ("The board declared a dividend of 42 cents per share.", "42 cents", "USD", "share"),
    ("Flats in the district sell for $950 per square foot.", "$950", "USD", "sq ft"),
    ("Gold rose to $2,310 an ounce.", "$2,310", "USD", "oz"),
    ("The levy adds 8.99 Australian dollars per month to each bill.", "8.99 Australian dollars", "AUD", "month"),
    ("Membership is NZ $99 per year.", "NZ $99", "NZD", "year"),
    ("The refinery runs at 48,000 barrels-a-day.", "48,000 barrels", "barrels", "day"),
    ("The market has grown 4 percent a year since 2015.", "4 percent", "%", "year"),
    ("Nurses work up to 60 hours a week in winter.", "60 hours", "hours", "week"),
    ("Seas could rise 3 feet per century.", "3 feet", "ft", "century"),
    ("Households pay 31 cents per kilowatt-hour.", "31 cents", "USD", "kWh"),  # a compound unit, said whole
])
def test_an_amount_carries_what_it_is_given_per(extract, sentence, span, unit, per):
    claim = extract(sentence)[span]
    assert (claim.unit, claim.per) == (unit, per)


@pytest.mark.parametrize("sentence, span", [
    ("Shares were at $40 a year ago.", "$40"),  # a time ago, not a rate
    ("The estate sold for $2 million a week after the auction.", "$2 million"),
    ("He paid $300 for a new bike.", "$300"),
    ("Inflation was 5 per cent in March.", "5 per cent"),  # "per cent" is the unit itself
    ("Freight costs 9 cents a tonne-kilometre on the line.", "9 cents"),  # a unit opening a compound is no unit
])
def test_look_alikes_carry_no_per(extract, sentence, span):
    assert extract(sentence)[span].per is None


@pytest.mark.parametrize("sentence, span, kind, unit", [
    ("The new engine makes 520 Nm of torque.", "520 Nm", "quantity", "N·m"),
    ("The chip uses a 5 nm process.", "5 nm", "quantity", "nm"),
    ("The alloy's strength reached 96 GPa in tests.", "96 GPa", "quantity", "GPa"),
    ("The fibres are 12 μm thick.", "12 μm", "quantity", "µm"),
    ("It offers 410 lb-ft of torque.", "410 lb-ft", "quantity", "lb-ft"),
    ("The rebuilt car makes 350 bhp.", "350 bhp", "quantity", "bhp"),
    ("The forward averaged 21.4 ppg last season.", "21.4 ppg", "quantity", "ppg"),
    ("The bank holds 9 billion Danish crowns in bonds.", "9 billion Danish crowns", "money", "DKK"),
    ("The offer was C $12 a share.", "C $12", "money", "CAD"),
])
def test_units_named_by_their_symbol_and_currency_by_its_local_name(extract, sentence, span, kind, unit):
    claim = extract(sentence)[span]
    assert (claim.kind, claim.unit) == (kind, unit)


@pytest.mark.parametrize("sentence, text", [
    ("She graduated with a 3.9 GPA in 2019.", "3.9 GPA"),  # a grade point average, not gigapascals
    ("Section C $5 fees apply to late filings.", "C $5"),  # a label before the dollar sign, not a spaced C$
])
def test_unit_look_alikes(extract, sentence, text):
    assert text not in extract(sentence)


def test_a_share_is_of_what_follows_its_of_and_an_age_is_what_a_person_is(extract):
    found = extract("A third of the island's population lives in the capital. "
                    "Her brother Tomas, who was 12, stayed behind. She will be 40 by the end of May.")
    assert found["A third"].subject == "island's population"
    assert (found["12"].unit, found["40"].unit) == ("years", "years")


def test_a_bare_amount_takes_the_currency_the_story_is_told_in(extract):
    found = extract("The insurer reported revenue of €4.1 billion for the year. Its reinsurance arm posted a "
                    "212 million loss, and 95 million customers renewed.")
    assert (found["212 million"].kind, found["212 million"].unit) == ("money", "EUR")
    assert found["95 million"].kind == "count"  # customers are no money
    found = extract("The sedan lists at 3,100,000 yen ($20,700) and the hatchback at 2,900,000 ($19,400).")
    assert (found["2,900,000"].kind, found["2,900,000"].unit) == ("money", "JPY")
    found = extract("His fortune is put at 2.4 billion ($3.1bn) by the magazine.")
    assert found["2.4 billion"].kind == "count"  # the conversion's dollars are not the amount's currency


def test_a_part_of_a_whole_and_an_alternative_share_the_currency(extract):
    found = extract("The charity has collected 40 million of the 90 million rupees it needs. A taxi costs 7 or $8.")
    assert (found["40 million"].unit, found["7"].unit) == ("INR", "USD")
    found = extract("Six of the $12 million went to legal fees.")
    assert found["Six"].kind == "count"


def test_a_year_ago_in_earnings_copy_is_the_year_ago_period(extract):
    found = extract("The brewer earned $52 million in the second quarter. That compares with $47 million a year ago.",
                    date="2025-08-06")
    assert found["a year ago"].date == "2024-04-01/2024-06-30"
    found = extract("The brewer opened its third plant a year ago.", date="2025-08-06")
    assert found["a year ago"].date == "2024-08"  # no reporting period: a year back from the article's date


def test_days_in_a_list_of_calendar_units_stay_one_of_the_list(extract):
    found = extract("The mission lasted 1 year, 4 months, 9 days and 6 hours, the agency said.")
    assert [(c.text, c.value, c.unit) for c in found.values() if c.kind == "quantity"] == [
        ("1 year", 1, "years"), ("4 months", 4, "months"), ("9 days", 9, "days"), ("6 hours", 6, "hours")]
