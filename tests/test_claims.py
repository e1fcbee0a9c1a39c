"""The claim stage on small texts written here (several phrasings per construction), the reference article and Wikinews."""

from __future__ import annotations

import json

import pytest

from claimcheck.claims import ClaimExtractor
from claimcheck.claims.numbers import parse_number
from claimcheck.ingest import from_text
from claimcheck.segment import Segmenter

from conftest import WIKINEWS


@pytest.fixture(scope="module")
def extract(claims_doc):
    """The Document of a body text under a headline, its claims extracted (conftest's `claims_doc`)."""
    return claims_doc


def claims_by_text(doc):
    return {c.text: c for c in doc.claims}


@pytest.mark.parametrize("text, value", [
    ("5,000", 5000), ("4.5 million", 4.5e6), ("twenty-one", 21), ("a dozen", 12), ("two dozen", 24),
    ("one hundred and twenty", 120), ("half a million", 5e5), ("5.4bn", 5.4e9), ("3 lakh", 3e5),
    ("1,00,000", 1e5), ("seven", 7),
])
def test_parse_number_reads_digits_words_and_scales(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("The ministry signed a $5.4 billion contract on Monday.", "$5.4 billion", 5.4e9, "USD"),
    ("The group paid $5.4bn for the chain.", "$5.4bn", 5.4e9, "USD"),
    ("Revenue reached US$5.4B last year.", "US$5.4B", 5.4e9, "USD"),
    ("The fund is worth 5.4 billion dollars.", "5.4 billion dollars", 5.4e9, "USD"),
    ("The council will spend £300m on roads.", "£300m", 3e8, "GBP"),
    ("Brussels pledged 2 million euros to the programme.", "2 million euros", 2e6, "EUR"),
    ("The state will borrow Rs 5,000 crore for the project.", "Rs 5,000 crore", 5e10, "INR"),
    ("Each family receives Rs 12 lakh in compensation.", "Rs 12 lakh", 1.2e6, "INR"),
    ("Tokyo approved a ¥1.2 trillion stimulus.", "¥1.2 trillion", 1.2e12, "JPY"),
    ("The deal is worth $500,000, officials said.", "$500,000", 5e5, "USD"),
    ("Relief funds of 1.2 billion pesos were released.", "1.2 billion pesos", 1.2e9, "PHP"),
    ("The club raised CDN$8,500 for the shelter.", "CDN$8,500", 8500, "CAD"),
    ("The mayor set aside 75 million reais for the buses.", "75 million reais", 7.5e7, "BRL"),
    ("The bank earned 61.2 billion tenge in the half.", "61.2 billion tenge", 6.12e10, "KZT"),  # no English word
    ("The ministry paid 400 million kyat for the bridge.", "400 million kyat", 4e8, "MMK"),
])
def test_money_is_normalised_to_currency_units_and_iso_codes(extract, sentence, span, value, unit):
    claim = claims_by_text(extract(sentence))[span]
    assert (claim.kind, claim.unit) == ("money", unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize("sentence, span, kind, unit", [
    ("The trust has put aside 14 million pounds to rebuild the pier, 3 million to dredge the harbour and the rest "
     "for the promenade.", "3 million", "money", "GBP"),  # the second sum of a gapped list
    ("Parking fees brought in 6.3 million kroner, against 5.1 million the year before.", "5.1 million", "money", "NOK"),
    ("The board lifted the fund to 40 billion yen from 25 billion.", "25 billion", "money", "JPY"),
    ("The fair cost $3 million to stage and drew 1.4 million.", "1.4 million", "count", None),  # a verb of its own
    ("The scheme cost €8 million and reached 2 million households.", "2 million", "count", None),
    ("The average fare rose to €2.40, while the number of riders fell to 9 million from 11 million.", "9 million",
     "count", None),
])
def test_a_scaled_number_after_a_sum_on_its_verb_is_a_sum_in_that_currency(extract, sentence, span, kind, unit):
    claim = claims_by_text(extract(sentence))[span]
    assert (claim.kind, claim.unit) == (kind, unit)


@pytest.mark.parametrize("first, bare_unit", [
    ("CDN$9,000", "CAD"),  # a story told in Canadian dollars: its bare "$" is one too
    ("A$9,000", "AUD"),
    ("A$9,000, or US$6,000,", "USD"),  # a story that names the US dollar too keeps "$" as that
    ("$9,000", "USD"),
])
def test_a_bare_dollar_sign_is_the_one_other_dollar_a_story_names(extract, first, bare_unit):
    claims = claims_by_text(extract(f"The bake sale raised {first} for the shelter. That is $2,000 more than "
                                    "last year."))
    assert claims["$2,000"].unit == bare_unit


@pytest.mark.parametrize("first, cents_unit", [
    ("€9.50", "EUR"),  # a story told in euros: its bare cents are euro cents
    ("A$9.50", "AUD"),
    ("$9.50", "USD"),
    ("€9.50, or $10.20,", "USD"),  # two currencies told: no one currency the cents are of
    ("£9.50", "USD"),  # pounds are counted in pence, not cents
])
def test_bare_cents_are_the_cents_of_the_one_currency_a_story_names(extract, first, cents_unit):
    claims = claims_by_text(extract(f"Adults pay {first} to see the collection. Children pay 30 cents less."))
    assert claims["30 cents"].unit == cents_unit


@pytest.mark.parametrize("sentence, kind", [
    ("Fares in Oslo are three times the average.", "multiplier"),
    ("Fares in Oslo are three times New Jersey's.", "multiplier"),
    ("Fares in Oslo are three times as high.", "multiplier"),
    ("Fares in Oslo rose three times a year.", "count"),  # occasions, not a multiplier
    ("Fares in Oslo rose three times in May.", "count"),
])
def test_n_times_what_it_multiplies_is_a_multiplier_but_times_of_an_occasion_are_not(extract, sentence, kind):
    claims = [c for c in extract(sentence).claims if c.text.startswith("three")]
    assert [c.kind for c in claims] == [kind]


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("The colony has 1.5 males for every female.", "1.5 males for every female", 1.5, "per female"),
    ("There were 1.5 adult male seals for every adult female.", "1.5 adult male seals for every adult female", 1.5,
     "per female"),
    ("The town has one doctor for every 800 residents.", "one doctor for every 800 residents", 1 / 800,
     "per resident"),
])
def test_n_for_every_m_is_a_rate_per_the_noun_after_every(extract, sentence, span, value, unit):
    claim = claims_by_text(extract(sentence))[span]
    assert (claim.kind, claim.unit) == ("ratio", unit) and claim.value == pytest.approx(value)


def test_an_amount_with_thousands_before_for_every_keeps_its_whole_value(extract):
    claims = claims_by_text(extract("The grant comes to about 2,350 rupees for every pupil in the district."))
    assert "350 rupees for every pupil" not in claims  # no rate from the end of "2,350"
    assert claims["2,350 rupees"].value == 2350


def test_a_percentage_for_every_stretch_stays_a_percentage(extract):
    claims = claims_by_text(extract("The pension rises by 1 percent for every nine weeks it is deferred."))
    assert claims["1 percent"].kind == "percent"


def test_money_subject_is_the_head_noun_it_belongs_to(extract):
    doc = extract("Officials signed a $5.4 billion missile defense system contract. "
                  "They agreed a deal worth more than $500,000. "
                  "The two sides set a target of tripling bilateral trade to $30 billion.")
    claims = claims_by_text(doc)
    assert claims["$5.4 billion"].subject == "missile defense system contract"
    assert claims["$500,000"].subject == "deal"
    assert claims["$500,000"].qualifier == "more than"
    assert claims["$30 billion"].subject == "bilateral trade"
    assert claims["tripling"].kind == "multiplier" and claims["tripling"].value == 3


@pytest.mark.parametrize("sentence, span, value, subject, qualifier", [
    ("Factories will make 600,000 Kalashnikov assault rifles.", "600,000", 6e5, "Kalashnikov assault rifles", None),
    ("Police said more than 1,200 people were evacuated.", "1,200", 1200, "people", "more than"),
    ("The prime minister sacked three ministers on Friday.", "three", 3, "ministers", None),
    ("Rescuers pulled a dozen survivors from the rubble.", "a dozen", 12, "survivors", None),
    ("At least 87 people died in the storm.", "87", 87, "people", "at least"),
    ("Nearly 300,000 residents were displaced.", "300,000", 3e5, "residents", "nearly"),
    # a negated bound is the other bound: "no more than" caps the figure, it does not exceed it
    ("The lifts carry no more than eight passengers.", "eight", 8, "passengers", "up to"),
    ("Not more than 25 trainees joined the course.", "25", 25, "trainees", "up to"),
    # a figure a little past or short of a number is near it, no open bound
    ("Just over 400 volunteers signed up.", "400", 400, "volunteers", "just over"),
    ("Slightly less than 90 trainees stayed on.", "90", 90, "trainees", "just under"),
    ("Over 400 volunteers signed up.", "400", 400, "volunteers", "more than"),
])
def test_counts_carry_the_counted_noun_and_the_qualifier(extract, sentence, span, value, subject, qualifier):
    claim = claims_by_text(extract(sentence))[span]
    assert claim.kind == "count" and claim.value == value
    assert claim.subject == subject
    assert claim.qualifier == qualifier


@pytest.mark.parametrize("sentence, span, qualifier", [
    # a bound written after its number
    ("Gatherings of 50 or more people are banned.", "50", "at least"),
    ("Residents aged 65 and over will be vaccinated first.", "65", "at least"),
    ("Children 12 and under travel free.", "12", "up to"),
    # "within" bounds a figure from above ("within 40 kilometres of the coast": 40 at most)
    ("It is the fourth village within 40 kilometres of the coast to flood.", "40 kilometres", "up to"),
    # "and" joining two figures or a figure and another word is no bound
    ("The council has 50 and the assembly 60 members.", "50", None),
    ("She was 65 and overjoyed.", "65", None),
])
def test_a_bound_written_after_its_number_is_the_claims_qualifier(extract, sentence, span, qualifier):
    assert claims_by_text(extract(sentence))[span].qualifier == qualifier


def test_percent_points_and_basis_points_are_kept_apart(extract):
    claims = claims_by_text(extract(
        "Unemployment rose 3 percentage points to 12%. The bank raised rates by 25 basis points. "
        "Prices climbed 4.99 per cent in April, and support fell to 41 percent."))
    assert (claims["3 percentage points"].unit, claims["3 percentage points"].value) == ("pp", 3)
    assert (claims["12%"].unit, claims["12%"].value) == ("%", 12)
    assert claims["25 basis points"].unit == "bp"
    assert claims["4.99 per cent"].value == pytest.approx(4.99) and claims["41 percent"].unit == "%"


@pytest.mark.parametrize("sentence, span, unit", [
    ("Its vote share fell to 30.4 percent, down 6.7 points from 37.1 percent.", "6.7 points", "pp"),
    ("Approval rose 4 points to 52% in May.", "4 points", "pp"),
    ("The index fell 6.7 points to 7,215.3 on Friday.", "6.7", None),  # points of an index, no percentage
    ("The team is 4 points from the top of the table.", "4", None),
    # points told above or below a percentage are points of it; a comma ends the comparison
    ("Approval in the north was 38 percent, seven points short of the 45 percent recorded in the south.",
     "seven points", "pp"),
    ("The club sits 9 points above the drop zone, and has won 30 percent of its games.", "9", None),
])
def test_points_moving_from_or_to_a_percentage_are_percentage_points(extract, sentence, span, unit):
    claims = claims_by_text(extract(sentence))
    assert span in claims and claims[span].unit == unit


def test_dates_and_periods_resolve_against_the_article_date(extract):
    # 2025-05-14 is a Wednesday
    claims = claims_by_text(extract(
        "The council voted on Monday. Prices fell last month. The pact runs through to 2030. "
        "Trade should triple by the end of 2025. The deal was signed in 2018. The report will be out on Friday."))
    assert claims["Monday"].date == "2025-05-12"
    assert claims["last month"].date == "2025-04-01/2025-04-30"
    assert claims["2030"].date == "2030-01-01/2030-12-31" and claims["2030"].value == 2030
    assert claims["end of 2025"].date == "2025-12-31"
    assert claims["2018"].kind == "period"
    assert claims["Friday"].date == "2025-05-16"


@pytest.mark.parametrize("sentence, span, resolved", [
    ("Last Wednesday, councillors voted against the plan.", "Last Wednesday", "2025-05-07"),  # a week back
    ("Councillors voted against the plan last Wednesday.", "last Wednesday", "2025-05-07"),
    ("Councillors voted against the plan on Wednesday.", "Wednesday", "2025-05-14"),  # the article's own day
    ("Next Friday, councillors will vote again.", "Next Friday", "2025-05-16"),
])
def test_last_and_next_before_a_weekday_count_whether_or_not_they_open_the_sentence(extract, sentence, span,
                                                                                   resolved):
    # the article is dated 2025-05-14, a Wednesday
    assert claims_by_text(extract(sentence))[span].date == resolved


def test_a_weekday_that_comes_round_is_no_date(extract):
    found = claims_by_text(extract("The market opens every Saturday and each Sunday. It closed on Monday."))
    assert "Saturday" not in found and "Sunday" not in found
    assert found["Monday"].date == "2025-05-12"


@pytest.mark.parametrize("sentence, resolved", [
    ("On Monday a driver set his van alight outside the depot.", "2025-05-12"),  # "set" in the past tense
    ("The hearing is set for Monday.", "2025-05-19"),  # "set for": ahead
])
def test_a_weekday_on_a_verb_that_also_names_a_plan_follows_its_tense(extract, sentence, resolved):
    # the article is dated 2025-05-14, a Wednesday
    assert claims_by_text(extract(sentence))["Monday"].date == resolved


@pytest.mark.parametrize("sentence, resolved", [
    # the day of the saying, though the parse hangs it on what will be done
    ("The library said on Monday it would reopen its east wing.", "2025-05-12"),
    ("The trust announced on Monday it would reopen the east wing.", "2025-05-12"),
    ("The gallery announced Monday the wing would reopen.", "2025-05-12"),
    ("The gallery will reopen its east wing on Monday, staff said.", "2025-05-19"),  # the reopening's own day
])
def test_a_weekday_right_after_a_verb_of_the_past_is_that_verbs_day(extract, sentence, resolved):
    # the article is dated 2025-05-14, a Wednesday
    assert claims_by_text(extract(sentence))["Monday"].date == resolved


@pytest.mark.parametrize("sentence, span, resolved", [
    # the tense decides where it is clear ...
    ("The council closed the library in September.", "September", "2024-09-01/2024-09-30"),
    ("The council will close the library in September.", "September", "2025-09-01/2025-09-30"),
    ("Prices have risen since March.", "March", "2025-03-01/2025-03-31"),
    ("Talks are due to resume in February.", "February", "2026-02-01/2026-02-28"),
    # ... and where it is not, the nearer of the two years
    ("Exercises will alternate between the two countries, beginning in July.", "July", "2025-07-01/2025-07-31"),
    ("The book is published on 4 June, priced at £20.", "4 June", "2025-06-04"),
    ("The ministers agreed to hold the talks in March.", "March", "2025-03-01/2025-03-31"),
    ("Researchers are to publish a fuller analysis, including attendance, in the autumn.", "autumn",
     "2025-09-01/2025-11-30"),
    ("Figures published in January showed a fall.", "January", "2025-01-01/2025-01-31"),
    # "last" and "next" say the side whatever the tense, and the month of the article's own date is a year away
    ("That compares with 310 tickets last November.", "November", "2024-11-01/2024-11-30"),
    ("The ferry is to run again next April.", "April", "2026-04-01/2026-04-30"),
    ("The orchard lost its crop last May.", "May", "2024-05-01/2024-05-31"),
    ("The orchard is in bloom this May.", "May", "2025-05-01/2025-05-31"),
])
def test_a_month_without_a_year_takes_the_tense_or_the_nearer_year(extract, sentence, span, resolved):
    # the article is dated 2025-05-14
    assert claims_by_text(extract(sentence))[span].date == resolved


@pytest.mark.parametrize("sentence, span, resolved", [
    ("Sales rose 14% to $4.8 billion in the three months to March 31, from $4.2 billion a year earlier.",
     "a year earlier", "2024-01-01/2024-03-31"),
    ("Revenue for the six months ended September 30 was $1.2 billion, against $1 billion a year earlier.",
     "a year earlier", "2023-04-01/2023-09-30"),  # past tense, so the September 30 before May 2025
    ("Exports reached $2.6 billion in the financial year to March 2024, up from $1 billion five years earlier.",
     "five years earlier", "2018-04-01/2019-03-31"),
    ("Harbor County recorded 187 deaths in 2023, up from 142 the year before.", "year before",
     "2022-01-01/2022-12-31"),
    ("The council received 9,000 complaints in 2024, nearly double the number two years earlier.",
     "two years earlier", "2022-01-01/2022-12-31"),
    ("Unemployment fell to 4.1% in March 2025 from 4.5% a year earlier.", "a year earlier",
     "2024-03-01/2024-03-31"),
    ("The strike began three weeks ago.", "three weeks ago", "2025-04-23"),
])
def test_earlier_and_before_count_back_from_the_date_they_follow(extract, sentence, span, resolved):
    assert claims_by_text(extract(sentence))[span].date == resolved


@pytest.mark.parametrize("sentence, span, resolved", [
    ("Ridership was 9,100 on March 3 last year.", "March 3 last year", "2024-03-03"),
    ("The count on Monday, 3 March this year found 9,100 riders.", "Monday, 3 March this year", "2025-03-03"),
    ("A second count is planned for March 3 next year.", "March 3 next year", "2026-03-03"),
    ("Ridership was 9,100 on March 3, the agency said last year.", "March 3", "2025-03-03"),  # another clause's year
])
def test_a_day_told_with_last_this_or_next_year_is_that_years_day(extract, sentence, span, resolved):
    assert claims_by_text(extract(sentence))[span].date == resolved


@pytest.mark.parametrize("text, dated", [
    ("Profit rose in the first quarter of the group's fiscal year.", False),  # its own months, not told
    ("Profit rose in the fiscal first quarter.", False),
    ("Profit rose in the first quarter of the year.", True),
])
def test_a_quarter_of_a_fiscal_year_is_not_a_calendar_quarter(extract, text, dated):
    assert (claims_by_text(extract(text))["first quarter" if "of the year" not in text else
                                          "first quarter of the year"].date is not None) == dated


def test_a_reporting_period_anchors_later_sentences(extract):
    doc = extract(
        "The retailer reported a loss for the first quarter on Tuesday. Sales fell 3% to $2.1 billion. "
        "Net income was $40 million, against $55 million in the same period last year. "
        "Online orders rose to 1.2 million from 900,000 a year earlier.")
    claims = claims_by_text(doc)
    assert claims["first quarter"].date == "2025-01-01/2025-03-31"
    assert claims["last year"].date == "2024-01-01/2024-03-31"
    assert claims["a year earlier"].date == "2024-01-01/2024-03-31"
    # without a reporting period, "a year earlier" counts back from the article's date
    assert claims_by_text(extract("Membership rose to 1,200 from 900 a year earlier."))["a year earlier"].date \
        == "2024-05"


def test_days_later_count_from_the_last_day_the_story_named(extract):
    doc = extract("The storm reached the coast on May 2. Two days later it hit the capital. "
                  "The port reopened a year later.")
    claims = claims_by_text(doc)
    assert claims["Two days later"].date == "2025-05-04"
    assert claims["a year later"].date is None  # no day or year to count from, and never the article's date


def test_counts_per_unit_of_time_carry_a_rate_unit(extract):
    claims = claims_by_text(extract(
        "The county was recording between 10 and 15 new cases a day in January. "
        "That number has fallen to fewer than five a day. Fewer than 20 trains a day use the line. "
        "The plant makes 300 cars per week. Five people died in the fire."))
    assert claims["between 10 and 15"].unit == "cases/day"
    assert claims["five"].unit == "cases/day"  # the noun left out is the last rate's
    assert claims["20"].unit == "trains/day" and claims["300"].unit == "cars/week"
    assert claims["Five"].unit is None


def test_and_joins_number_words_only_after_a_scale(extract):
    claims = claims_by_text(extract(
        "The towers will have between six and eleven storeys. One hundred and five flats are for rent. "
        "Children aged six and seven were measured."))
    assert (claims["between six and eleven storeys"].low, claims["between six and eleven storeys"].high) == (6, 11)
    assert claims["One hundred and five"].value == 105
    assert claims["six"].unit == "years" and claims["seven"].unit == "years"


def test_years_up_to_2100_are_years(extract):
    claims = claims_by_text(extract("Warming of 3 degrees by 2100 would flood many delta cities."))
    assert claims["2100"].kind == "period" and claims["2100"].date == "2100-01-01/2100-12-31"


def test_relative_dates_stay_unresolved_without_an_article_date(extract):
    claims = claims_by_text(extract("The vote took place on Monday and fees rose last week.", date=None))
    assert claims["Monday"].date is None and claims["last week"].date is None


def test_a_multiplier_word_used_as_a_noun_is_no_multiplier(extract):
    claims = claims_by_text(extract("Ana Ruiz won the women's doubles on Sunday. The price doubles every "
                                    "decade, and sales doubled last year."))
    assert "doubles" not in {c.text for c in claims.values() if c.start < 40}  # the event, not a change
    assert [c.value for c in claims.values() if c.kind == "multiplier"] == [2, 2]


def test_ordinals_ratios_multipliers_and_ranges(extract):
    claims = claims_by_text(extract(
        "Leaders met for the 21st annual summit. One in five adults smokes. Sales were twice as high as in 2019. "
        "Output doubled. Between 10 and 15 cases are reported a day, and 10-15 more are expected. "
        "The fine is $3 billion to $5 billion, and four to five thousand people marched."))
    assert claims["21st"].kind == "ordinal" and claims["21st"].value == 21
    assert claims["One in five"].kind == "ratio" and claims["One in five"].value == pytest.approx(0.2)
    assert claims["twice"].kind == "multiplier" and claims["doubled"].value == 2
    assert (claims["Between 10 and 15"].low, claims["Between 10 and 15"].high) == (10, 15)
    assert (claims["10-15"].low, claims["10-15"].high) == (10, 15)
    money = claims["$3 billion to $5 billion"]
    assert (money.kind, money.low, money.high, money.unit) == ("range", 3e9, 5e9, "USD")
    assert (claims["four to five thousand"].low, claims["four to five thousand"].high) == (4000, 5000)


def test_a_unit_ending_in_a_length_of_time_is_no_vague_time(extract):
    claims = {c.text: c for c in extract("The dam supplied 14.8 terawatt-hours of power after years of delays.").claims}
    assert (claims["14.8 terawatt-hours"].value, claims["14.8 terawatt-hours"].unit) == (14.8, "TWh")
    assert claims["years"].value is None  # "years of delays": a length of time given by a plural alone


def test_second_after_of_or_per_is_a_time_not_a_rank(extract):
    claims = extract("The relay team finished three tenths of a second behind, at 12 metres per second, and came "
                     "second in the final.").claims
    assert [c.text for c in claims if c.kind == "ordinal"] == ["second"]  # the rank, not the time
    assert [c.start for c in claims if c.kind == "ordinal"] == [claims[-1].start]


def test_a_count_in_a_year_is_no_ratio(extract):
    claims = claims_by_text(extract(
        "The force now has 2,300 officers, up from 1,900 in 2015, and took on 400 in 2016. "
        "One in 5,000 residents serves, and 1 in 2,000 applicants is accepted."))
    assert (claims["1,900"].kind, claims["1,900"].value) == ("count", 1900)
    assert (claims["400"].kind, claims["400"].value) == ("count", 400)
    assert claims["One in 5,000"].kind == "ratio" and claims["One in 5,000"].value == pytest.approx(0.0002)
    assert claims["1 in 2,000"].kind == "ratio" and claims["1 in 2,000"].value == pytest.approx(0.0005)


def test_a_length_of_time_after_the_end_of_a_score_is_no_ratio(extract):
    claims = claims_by_text(extract(
        "Ortiz beat Moreau 7-5, 6-4 in 98 minutes, and two in 40 players went home early. The pit crew "
        "changed all 4 in 30 seconds."))
    assert (claims["98 minutes"].kind, claims["98 minutes"].value) == ("quantity", 98)  # no "4 in 98"
    assert claims["two in 40"].kind == "ratio" and claims["two in 40"].value == pytest.approx(0.05)
    assert claims["30 seconds"].kind == "quantity"  # a unit after "N in M": a length, no share


def test_a_share_written_n_in_m_with_any_small_number_word(extract):
    claims = claims_by_text(extract(
        "Seven in ten adults voted, and nine out of ten said so. The team won eight in a row, and hired six in 2019."))
    assert claims["Seven in ten"].kind == "ratio" and claims["Seven in ten"].value == pytest.approx(0.7)
    assert claims["nine out of ten"].value == pytest.approx(0.9)
    assert (claims["eight"].kind, claims["six"].kind) == ("count", "count")


def test_a_change_from_one_value_to_another_is_two_claims_not_a_range(extract):
    claims = claims_by_text(extract("Shares rose 5% to 7%. The price fell from $2,415 to $2,315. The town grew by "
                                    "12.5%, from 4,000 to 4,500 people. Estimates ran from 4,000 to 4,500 people."))
    assert {"5%", "7%", "$2,415", "$2,315", "4,000", "4,500"} <= set(claims)  # a change told between its values
    assert claims["4,000 to 4,500"].kind == "range"  # no change told: a range


def test_a_change_whose_thing_takes_several_words_still_moves_between_two_values(extract):
    claims = claims_by_text(extract("The board voted to raise the county's water supply charge from 2.15 percent to "
                                    "2.40 percent. Volunteers aged from 18 to 65 may apply."))
    assert {"2.15 percent", "2.40 percent"} <= set(claims)
    assert claims["18 to 65"].kind == "range"


def test_a_change_whose_verb_stands_far_back_still_moves_between_two_values(extract):
    claims = claims_by_text(extract("Parliament will increase the weekly allowance for carers of disabled children "
                                    "in remote districts from $36 to $41. Allowances in cities vary from $30 to $52 a "
                                    "week."))
    assert {"$36", "$41"} <= set(claims)  # "from" hangs on "increase": where the allowance moves from and to
    assert claims["$30 to $52"].kind == "range"  # "vary": no move


def test_numbers_in_names_codes_times_addresses_and_phones_are_not_claims(extract):
    doc = extract(
        "India bought the S-400 system after the G20 meeting. A Boeing 737 landed at 10:30 a.m. "
        "COVID-19 cases fell. The 2019 Act applies. Call 555-0142 or +44 20 7946 0000. "
        "The office is at 221 Baker Street.")
    assert doc.claims == []


def test_a_number_with_thousands_separators_after_a_name_is_a_count_not_part_of_the_name(extract):
    doc = extract("The final count gave Marsh 48,216 votes to Ferreira's 41,905. Both flew on a Boeing 737.")
    assert [c.text for c in doc.claims] == ["48,216", "41,905"]  # "Boeing 737" is a name
    doc = extract("Mendoza will produce 3.2 million tonnes, Salta 1.1 million and Jujuy 0.4 million. Both flew on a "
                  "Boeing 737.")  # a scale word names nothing: a list told member by member
    assert [c.text for c in doc.claims] == ["3.2 million tonnes", "1.1 million", "0.4 million"]


def test_the_dateline_and_header_lines_are_skipped(extract):
    doc = extract("By Jane Roe\nMarch 11, 2025\n\nGENEVA (Wire) — Officials counted 40 trucks on Monday.")
    assert [c.text for c in doc.claims] == ["40", "Monday"]


def test_claims_in_a_quote_or_after_according_to_are_asserted_by_the_source(pipeline):
    doc = pipeline.check("Deal talk\n\nMarch 3, 2025\n\n"
                         "\"We will hire 500 engineers this year,\" Maria Lopez said.\n\n"
                         "The plant cost $40 million, according to the Daily Herald.\n\n"
                         "The company employs 2,000 people.")
    claims = claims_by_text(doc)
    assert claims["500"].asserted_by == "Maria Lopez"
    assert claims["$40 million"].asserted_by == "Daily Herald"
    assert claims["2,000"].asserted_by is None
    assert all(0 < c.confidence <= 1 for c in doc.claims)


@pytest.mark.parametrize("source, asserter", [
    ("figures issued this week by the regional statistics office", "regional statistics office"),  # who made them
    ("results published on Monday", None),  # something made, and no one named as its maker
    ("the regional statistics office", "regional statistics office"),
])
def test_a_source_that_is_something_made_is_asserted_by_its_maker(pipeline, source, asserter):
    doc = pipeline.check(f"Pass rates\n\nMarch 3, 2025\n\nSome 42 percent of pupils passed, according to {source}.")
    assert claims_by_text(doc)["42 percent"].asserted_by == asserter


def test_a_number_joined_to_an_adjective_is_not_a_count(extract):
    doc = extract("The lab printed three-dimensional models of 40 proteins for a one-sided trial.")
    assert [(c.text, c.kind) for c in doc.claims] == [("40", "count")]


def test_a_figure_recorded_by_a_named_body_is_asserted_by_it(pipeline):
    doc = pipeline.check("Quake report\n\nMarch 3, 2025\n\n"
                         "The tremor was recorded as magnitude 5.9 by the Pacific Seismic Institute.\n\n"
                         "The bridge was damaged by 40 trucks.")
    claims = claims_by_text(doc)
    assert claims["5.9"].asserted_by == "Pacific Seismic Institute"
    assert claims["40"].asserted_by is None  # an agent that damaged something reports nothing


def test_reference_article_money_and_counts(reference_doc):
    body = [c for c in reference_doc.claims if c.kind in {"money", "count", "multiplier"}]
    found = {(c.text, c.kind, c.value, c.unit) for c in body}
    assert ("$5.4 billion", "money", 5.4e9, "USD") in found
    assert ("600,000", "count", 6e5, None) in found
    assert ("$500,000", "money", 5e5, "USD") in found
    assert ("$5.5 billion", "money", 5.5e9, "USD") in found
    assert ("$30 billion", "money", 3e10, "USD") in found
    assert ("tripling", "multiplier", 3.0, None) in found
    texts = [c.text for c in reference_doc.claims]
    assert "400" not in texts and "19" not in texts  # S-400, COVID-19
    assert not any(c.start < reference_doc.text.index("Russia and India on Monday") for c in reference_doc.claims)
    rifles = next(c for c in body if c.text == "600,000")
    assert rifles.subject == "Kalashnikov assault rifles" and rifles.qualifier == "more than"
    assert rifles.asserted_by == "Hindustan Times"


def test_every_wikinews_article_goes_through_without_error(nlp):
    segmenter, extractor = Segmenter(nlp), ClaimExtractor()
    records = [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) == 171
    total = 0
    for record in records:
        doc = from_text(record["text"], id=record["id"], date=record.get("date"))
        segmenter(doc)
        extractor(doc)
        for claim in doc.claims:
            assert doc.text[claim.start:claim.end] == claim.text
            assert claim.value is not None or claim.low is not None or claim.kind in {"date", "period"}
        total += len(doc.claims)
    assert total > 171  # news is full of numbers


def test_the_bare_end_of_a_change_takes_the_unit_of_the_other_end(extract):
    claims = claims_by_text(extract(
        "Growth will slow from 4.8 to 4.7 percent next year. The crossing now takes four hours, down from about "
        "10 hours to four. Valve lift went from 13.5 to 14.0 mm."))
    assert (claims["4.8"].kind, claims["4.8"].unit) == ("percent", "%")
    assert claims["four"].unit == "hours" and claims["10 hours"].unit == "hours"
    assert (claims["13.5"].unit, claims["14.0 mm"].unit) == ("mm", "mm")


def test_the_bare_end_of_a_change_after_a_hedge_or_a_price_s_unit_takes_the_other_end_s_unit(extract):
    claims = claims_by_text(extract(
        "Exports shrank from 6.1 million barrels a day to roughly 4.9 million. Fares went from 12 euros to about "
        "9. Oil fell from $58 a barrel to 52. The fund moved from $3 million to 40 schools."))
    assert (claims["4.9 million"].kind, claims["4.9 million"].unit) == ("quantity", "barrels/day")
    assert (claims["52"].kind, claims["52"].unit) == ("money", "USD")
    assert (claims["9"].kind, claims["9"].unit) == ("money", "EUR")
    assert (claims["40"].kind, claims["40"].unit) == ("count", None)  # a count of its own noun: schools


def test_change_pairs_join_both_ends_of_a_change_in_text_order_or_reversed(extract):
    from claimcheck.claims import change_pairs

    doc = extract("Bitcoin fell from $36,040 at 10.45pm to $34,935 at 5am. Volume narrowed to 138,285 lots from "
                  "212,577 lots. Officials hired 40 nurses and 12 doctors, and spent $3 million.")
    pairs = [(before.text, after.text) for before, after in change_pairs(doc)]
    assert pairs == [("$36,040", "$34,935"), ("212,577", "138,285")]


def test_negative_amounts_keep_their_sign(extract):
    claims = claims_by_text(extract(
        "The offense finished with -5 yards. The trade balance fell to $-50.8bn in April. Gas is cooled to "
        "minus-260 degrees Fahrenheit, and nights reach minus 40 degrees. Doses of 10-15 mg were given."))
    assert claims["-5 yards"].value == -5
    assert claims["$-50.8bn"].value == pytest.approx(-5.08e10) and claims["$-50.8bn"].unit == "USD"
    assert claims["minus-260 degrees Fahrenheit"].value == -260
    assert claims["minus 40 degrees"].value == -40
    assert (claims["10-15 mg"].low, claims["10-15 mg"].high) == (10, 15)  # a hyphen between numbers is a range


def test_a_range_of_change_after_by_but_not_a_change_to_a_new_level(extract):
    claims = claims_by_text(extract(
        "Temperatures dropped by 1 to 1.5 degrees Celsius. The deficit increased by $43.6 billion to "
        "$419.2 billion. Prices starting from 450 sq ft up to 900 sq ft."))
    assert (claims["1 to 1.5 degrees Celsius"].low, claims["1 to 1.5 degrees Celsius"].high) == (1, 1.5)
    assert claims["$43.6 billion"].kind == claims["$419.2 billion"].kind == "money"
    assert claims["450 sq ft up to 900 sq ft"].kind == "range"


def test_scientific_notation_transliterated_signs_and_more_units(extract):
    claims = claims_by_text(extract(
        "Light travels at 2.998×10−8 units and the sample held 6.0×10^23 atoms. The chief was paid PS2.7m "
        "and a PS6m bonus, but the PS5 console sold well. It was 2.14degF warmer. The plan offers 30Mbps. "
        "Revenue grew sixfold. Chips of sub-7 nanometre size are coming."))
    assert claims["2.998×10−8"].value == pytest.approx(2.998e-8)
    assert claims["6.0×10^23"].value == pytest.approx(6.0e23)
    assert (claims["PS2.7m"].unit, claims["PS2.7m"].value) == ("GBP", 2.7e6)
    assert claims["PS6m"].value == 6e6 and "5" not in claims
    assert claims["2.14degF"].unit == "°F" and claims["30Mbps"].unit == "Mbit/s"
    assert claims["sixfold"].value == 6
    assert claims["7 nanometre"].unit == "nm"


def test_vague_amounts_run_from_two_of_what_they_name_to_ten_with_what_they_count(extract):
    claims = claims_by_text(extract(
        "Tens of thousands of students marched, and dozens of people were hurt. Hackers reached millions of "
        "voters. The tax adds tens of thousands of dollars to a home, and the plume extends hundreds of miles."))
    marched = claims["Tens of thousands"]
    assert (marched.kind, marched.low, marched.high, marched.subject) == ("range", 2e4, 1e5, "students")
    assert (claims["dozens"].low, claims["dozens"].high, claims["dozens"].subject) == (24, 120, "people")
    assert (claims["millions"].low, claims["millions"].subject) == (2e6, "voters")
    dollars = claims["tens of thousands of dollars"]
    assert (dollars.unit, dollars.low, dollars.qualifier) == ("USD", 2e4, "approximately")
    assert claims["hundreds of miles"].unit == "miles"


def test_day_range_written_with_to_or_through_is_one_period_but_not_before_a_percentage(extract):
    doc = extract("The fair ran from May 24 to 26, 2019, and the talks from June 3 through 5, 2019. On May 3 to 5 "
                  "percent of the staff were away.")
    claims = claims_by_text(doc)
    assert claims["May 24 to 26, 2019"].date == "2019-05-24/2019-05-26"
    assert claims["June 3 through 5, 2019"].kind == "period"
    assert claims["5 percent"].kind == "percent" and "May 3" in claims


def test_day_ranges_season_years_time_zones_and_halves_of_games_are_not_counts(extract):
    doc = extract("The hunt will run Sept. 20-24 and Oct. 18-22. The 2014-15 season and the 2019/20 budget were "
                  "tight. Duties start at 0401 GMT. The office at 16-18 Industrial Avenue is let. He scored in the "
                  "second half of the game, and Apple keeps half the revenue.")
    claims = claims_by_text(doc)
    assert claims["Sept. 20-24"].date == "2025-09-20/2025-09-24" and claims["Oct. 18-22"].kind == "period"
    assert claims["2014-15"].date == "2014-01-01/2015-12-31" and claims["2019/20"].value == 2019
    assert [c.text for c in doc.claims if c.kind in {"count", "ratio"}] == ["half"]


@pytest.mark.parametrize("text, first", [
    ("The fair will run from October 3 to October 12, 2026.", "2026-10-03"),  # the year its range ends in
    ("Works run from December 29 to January 4, 2026, the council said.", "2025-12-29"),  # over New Year
    ("She was arrested on October 3 and charged on October 12, 2026.", "2024-10-03"),  # two dates, no range
])
def test_a_day_with_no_year_that_opens_a_range_takes_the_year_of_its_end(extract, text, first):
    assert extract(text).claims[0].date == first


@pytest.mark.parametrize("text, kinds", [
    ("Enrolment peaked in 2016-17.", {"2016-17": "period"}),  # a span of two years ends the sentence
    ("Its rating rose from 2016-17, he said.", {"2016-17": "period"}),
    ("The pressure reading was 2016-17.5 on the gauge.", {"2016": "count", "17.5": "count"}),  # no years
])
def test_a_span_of_two_years_is_a_period_wherever_the_sentence_ends(extract, text, kinds):
    found = {c.text: c.kind for c in extract(text).claims}
    assert {text: found.get(text) for text in kinds} == kinds


@pytest.mark.parametrize("sentence, expected", [
    ("The three lines carry 12, 15 and 20 percent of the traffic.",
     {"12": ("percent", 12, "%"), "15": ("percent", 15, "%"), "20 percent": ("percent", 20, "%")}),
    ("Their masses are put at 1.4, 2.7 or 5.9 times that of Earth.",
     {"1.4": ("multiplier", 1.4, None), "2.7": ("multiplier", 2.7, None), "5.9 times": ("multiplier", 5.9, None)}),
    ("Sales were 2, 3 and 4 million dollars in the three years.",
     {"2": ("money", 2e6, "USD"), "3": ("money", 3e6, "USD"), "4 million dollars": ("money", 4e6, "USD")}),
    # look-alikes: counts of nouns of their own, and a list with no unit at its end
    ("The firm has 3 plants, 4 depots and 5 percent of the market.",
     {"3": ("count", 3, None), "4": ("count", 4, None), "5 percent": ("percent", 5, "%")}),
    ("The club won 3 and 5 medals in the two years.", {"3": ("count", 3, None), "5": ("count", 5, None)}),
    # a count restated as a share, set off by a comma ("560, or 62 percent"), and one with a scale of its own
    ("Of the 900 ballots, 560, or 62 percent, backed the plan.", {"560": ("count", 560, None)}),
    ("Exports rose by 1.3 million or 7.4 percent.", {"1.3 million": ("count", 1.3e6, None)}),
    # a figure with a unit of its own before the count is no member of a list with it
    ("Planes landing within 15 minutes, 212, or 88 percent, were on time.", {"212": ("count", 212, None)}),
    ("Bids came in at 7, 9, or 12 percent.", {"9": ("percent", 9, "%")}),
])
def test_a_list_s_bare_numbers_take_the_unit_its_last_member_writes(extract, sentence, expected):
    claims = claims_by_text(extract(sentence))
    assert {text: (c.kind, c.value, c.unit) for text, c in claims.items() if text in expected} == \
        {text: (kind, pytest.approx(value), unit) for text, (kind, value, unit) in expected.items()}


@pytest.mark.parametrize("date, said, days", [
    ("2025-01-20", "this winter", "2024-12-01/2025-02-28"),  # the winter under way
    ("2025-01-20", "last winter", "2023-12-01/2024-02-29"),
    ("2025-01-20", "next winter", "2025-12-01/2026-02-28"),
    ("2025-11-20", "this winter", "2025-12-01/2026-02-28"),  # the one to come
    ("2025-12-10", "last winter", "2024-12-01/2025-02-28"),
    ("2025-01-20", "last summer", "2024-06-01/2024-08-31"),
])
def test_a_winter_named_in_its_january_or_february_is_the_one_under_way(extract, date, said, days):
    doc = extract(f"Snow closed the mountain pass {said}, officials said.", date=date)
    assert claims_by_text(doc)[said].date == days


@pytest.mark.parametrize("sentence, unit", [
    ("Grape prices rose to 2,100 pounds a tonne.", "GBP"),  # a plural of a money word makes pounds money too
    ("Loans of up to 2,100 pounds are on offer.", "GBP"),
    ("The boat can carry 2,100 pounds of cargo.", "lb"),  # no money word: a weight
])
def test_pounds_are_money_in_a_sentence_of_money_in_any_inflection(extract, sentence, unit):
    claims = claims_by_text(extract(sentence))
    assert claims["2,100 pounds"].unit == unit
