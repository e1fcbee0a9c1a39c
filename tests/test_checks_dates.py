"""CC104 on texts written here, through the real segmenter, quotes, claims and facts: one event given two times
that cannot both hold, and the look-alikes that are two events, a statement about an event, a plan, a
repetition or a quoted day."""

from __future__ import annotations

import pytest
from test_checks_support import codes, run_checks

from claimcheck.checks.common import nominalises
from claimcheck.claims import ClaimExtractor
from claimcheck.facts import FactExtractor
from claimcheck.ingest import from_text
from claimcheck.quotes import QuoteExtractor
from claimcheck.segment import Segmenter
from claimcheck.settings import Settings

NO_NLI = Settings(preview=True, severity_overrides={"CC301": "off", "CC302": "off"})
WEDNESDAY = "2025-06-18"  # the articles' date: "Monday" is June 16, "yesterday" June 17


@pytest.fixture(scope="module")
def checked(nlp):
    """A runner: the checked Document of a body text dated `date`, with every stage before the checks."""
    stages = [Segmenter(nlp), QuoteExtractor(), ClaimExtractor(), FactExtractor()]

    def run(body: str, date: str | None = WEDNESDAY):
        doc = from_text(f"A headline for the test\n\n{body}", date=date)
        for stage in stages:
            stage(doc)
        return run_checks(doc, NO_NLI)

    return run


def dates_cited(doc) -> list[list[str]]:
    return [[e.text for e in f.evidence] for f in doc.flags if f.id == "CC104"]


@pytest.mark.parametrize("body, cited", [
    # a weekday against a calendar date, and a phrasal verb against its plain verb, a pronoun for the person
    ("The former mayor Maria Lopez died on Sunday at her home in Porto.\n\n"
     "Lopez led the city for ten years and founded its first public library.\n\n"
     "Her family said she passed away on June 16, 2025, after a short illness.",
     ["Sunday", "June 16, 2025"]),
    # a verb against its irregular nominalisation, a possessive for the person
    ("The former mayor Maria Lopez died on Sunday at her home in Porto.\n\n"
     "Lopez led the city for ten years.\n\n"
     "Her death on Saturday was announced by the city hall.",
     ["Sunday", "Saturday"]),
    # a verb against its nominalisation as the subject of a light verb
    ("A bus and a lorry collided on the coast road on Monday, injuring four passengers.\n\n"
     "Police closed the road for six hours while the vehicles were removed.\n\n"
     "The collision happened shortly after 7 p.m. on Tuesday, a police spokesman said.",
     ["Monday", "Tuesday"]),
    # an event noun with the date after it, against the light verb's subject noun
    ("The crash happened on Thursday near the northern runway, the airport said.\n\n"
     "Both pilots were taken to hospital with minor injuries.\n\n"
     "The crash on Friday was the airport's first in twenty years.",
     ["Thursday", "Friday"]),
    # "yesterday" against an explicit day of the same verb, subject and object
    ("The city council approved the new budget yesterday after a long debate.\n\n"
     "Opposition members walked out before the vote.\n\n"
     "The city council approved the budget on June 12 by nine votes to four.",
     ["yesterday", "June 12"]),
    # a day that names the event ("Monday's summit") against the day it was held
    ("The two leaders agreed at a summit held on Tuesday in Oslo to cut tariffs.\n\n"
     "Officials said talks would continue next month.\n\n"
     "On the sidelines of Monday's summit, companies signed nine supply agreements.",
     ["Tuesday", "Monday"]),
    # "last month" against a day outside that month
    ("The steelworks closed last month after losing its largest customer.\n\n"
     "Unions said 800 jobs were lost.\n\n"
     "The steelworks closed on April 3, the company said in a statement.",
     ["last month", "April 3"]),
    # "two days later", counted from the day named before, against an explicit day
    ("The storm reached the coast on Monday, flooding hundreds of homes.\n\n"
     "Two days later the storm hit the capital, cutting power to 40,000 homes.\n\n"
     "The storm hit the capital on June 11, the weather service said.",
     ["Two days later", "June 11"]),
    # a relative clause's subject is its antecedent, and its own clause says it happened
    ("Former senator John Carter died on Sunday at the age of 91.\n\n"
     "He served four terms.\n\n"
     "Carter, who died on Saturday, will be buried in his home town.",
     ["Sunday", "Saturday"]),
    ("The new bridge opened in March after four years of work.\n\n"
     "Traffic on the old road has halved.\n\n"
     "The bridge, which opened in April, carries 20,000 cars a day.",
     ["March", "April"]),
    # a subject introduced with "a", then referred back to with "the"
    ("A fire destroyed the covered market on Sunday.\n\n"
     "Traders said they had lost everything.\n\n"
     "The fire destroyed the covered market on Saturday, the mayor said.",
     ["Sunday", "Saturday"]),
    # two years of one signing
    ("The trade agreement was signed in 2018 after six years of talks.\n\n"
     "Exports grew by a third in the following years.\n\n"
     "The agreement, signed in 2019, removed tariffs on most farm goods.",
     ["2018", "2019"]),
    # one meeting of the same people
    ("President Tokayev met the Uzbek leader in Astana on Tuesday.\n\n"
     "Trade ministers also attended.\n\n"
     "Tokayev met the Uzbek leader on Monday to sign 12 agreements.",
     ["Tuesday", "Monday"]),
    # a verb against its gerund noun
    ("The two presidents signed the border treaty in Geneva on Sunday.\n\n"
     "The treaty ends a dispute of forty years.\n\n"
     "The signing on Saturday was attended by 300 guests.",
     ["Sunday", "Saturday"]),
    # one statement of one speaker, given two days
    ("Finance minister Tom Berg announced the tax cut on Monday.\n\n"
     "Economists said the cut would cost the treasury about a billion a year.\n\n"
     "Berg announced the tax cut on Tuesday in a speech to parliament.",
     ["Monday", "Tuesday"]),
    # a death that befalls its owner once, dated by a year on the owned noun
    ("Vera Lind and her brother were among six climbers who died in an avalanche in 2014.\n\n"
     "A mountain guide was fined on Monday over Lind's May 2011 death.",
     ["2014", "May 2011"]),
    # one election (the look-alikes hold a by-election beside one)
    ("The council election in May 2017 was won by Labour.\n\n"
     "Turnout was 31 percent.\n\n"
     "The election, held in June 2017, saw Labour keep the ward.",
     ["May 2017", "June 2017"]),
    # what both tellings act on, named first and referred back to with "the"
    ("Judges yesterday began hearing a complaint lodged by the dockers' union on Monday.\n\n"
     "Lawyers lodged the complaint with the tribunal on Friday night, a spokeswoman said.",
     ["Monday", "Friday"]),
])
def test_cc104_one_event_two_times(checked, body, cited):
    doc = checked(body)
    assert codes(doc) == ["CC104"]
    assert dates_cited(doc) == [cited]
    assert "paragraph" in doc.flags[0].message


@pytest.mark.parametrize("body, cited", [
    # one verb given a day for each item of a list: the days of the items, not the event told elsewhere
    ("Arden Airport recorded 212 millimetres of rain in May, the wettest May on record.\n\nFlights were delayed.\n\n"
     "This year Arden Airport has recorded 398 millimetres: 48.3 millimetres in February, 37.6 in March, 100.3 in "
     "April and 212 in May.", []),
    # a second day told as a repetition ("and also") leaves the first the event's; a plain list gives no one day
    ("Norvale Motors said the inquiry began after Norvale disclosed the fault to the national regulator on June 9."
     "\n\nShares fell.\n\nAccording to its annual report, Norvale disclosed the fault to the emissions agency on "
     "June 6, and also to the regional air board on June 9.", [["June 9", "June 6"]]),
    ("Norvale Motors said the inquiry began after Norvale disclosed the fault to the national regulator on June 9."
     "\n\nShares fell.\n\nAccording to its annual report, Norvale disclosed the fault to the emissions agency on "
     "June 6 and to the regional air board on June 9.", []),
    # one time told more closely is no list
    ("The old bridge collapsed earlier this week, on Tuesday, killing two.\n\nRescuers worked through the night.\n\n"
     "The bridge collapsed on Sunday, officials said.", [["earlier this week", "Sunday"], ["Tuesday", "Sunday"]]),
    # a day after "since the": a bound, no time of the event
    ("Arden Airport recorded 212 millimetres of rain in May, the wettest May on record.\n\nFlights were delayed.\n\n"
     "Arden Airport has now recorded 398 millimetres of rain since the start of the year.", []),
    # one day for the one event, told twice: still compared
    ("Arden Airport recorded 212 millimetres of rain in May, the wettest May on record.\n\nFlights were delayed.\n\n"
     "Arden Airport recorded the 212 millimetres of rain in April, the weather office said.", [["May", "April"]]),
])
def test_cc104_a_day_for_each_item_of_a_list_or_a_bound_dates_no_one_event(checked, body, cited):
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("body", [
    # two different events on two days
    "The parliament passed the budget on Tuesday.\n\nThe president signed the law on Thursday, her office said.",
    # a statement on Friday about an event on Wednesday
    "The plant closed on Wednesday after forty years.\n\n"
    "The company said on Friday that falling orders had forced the closure.",
    # a meeting next Tuesday against a past one
    "The ministers met in Oslo on Monday to discuss fishing quotas.\n\n"
    "The ministers will meet again next Tuesday in Bergen.",
    # one speaker, two statements on two days in two places
    "Finance minister Tom Berg said on Monday that taxes would fall.\n\n"
    "On Friday, speaking at a rally in Lyon, Berg said the cuts would start in July.",
    # one player's goals against two named sides
    "Striker Tom Berg scored on Saturday against Braga in the league.\n\n"
    "The striker has been in fine form this season.\n\n"
    "Berg scored on Tuesday against Benfica in the cup.",
    # a repetition
    "The firm emailed the regulator on June 2 about the leak.\n\n"
    "The firm emailed the regulator again on June 9 after hearing nothing.",
    # a date that names which event ("the 2019 election"), against another one
    "The party won the election in 2023 with a large majority.\n\n"
    "It had lost the 2019 election by a few hundred votes.",
    "The president visited Oslo in 2021 to open a trade fair.\n\n"
    "The president's 2019 visit had been cut short by a storm.",
    # two people's deaths
    "The former mayor Maria Lopez died on Sunday at her home in Porto.\n\n"
    "Her husband Carlos Mendes died in 2019.",
    "The retired judge Anna Kovac died on Sunday at her home.\n\nKovac's brother, a doctor, died in 2012.",
    "The retired judge Anna Kovac died on Sunday at her home.\n\nHer husband died in 2010.",
    # a relative day inside a quote is the speaker's, not the article's
    "Tom Berg resigned on Sunday evening, his office said.\n\n"
    "\"I resigned last night because I had no choice,\" Berg wrote in a letter on Monday.",
    # a subject with "a" after one with "the" is another one
    "The fire destroyed the covered market on Sunday.\n\n"
    "A fire destroyed the covered market on Saturday in a town nearby.",
    # an indefinite event noun after a definite one is another event
    "The crash on Friday closed the motorway for six hours.\n\n"
    "Police said a crash on Thursday had injured two cyclists near the same junction.",
    # a superlative compares the event with others; "since" bounds a period
    "At the height of the outbreak in mid-May, the hospital was admitting ten patients a day.\n\n"
    "It is the deadliest outbreak in the region since 2015, when a fountain was linked to eight deaths.",
    # a weekday given with its calendar day, then alone: one day told twice, not the latest such weekday
    "The dock strike began on Monday, June 9, after talks failed.\n\n"
    "Union leaders said the dock strike began on Monday because pay offers were too low.",
    # a state at a time, and a hearing still to come
    "Tom Berg appeared in court on Monday charged with fraud.\n\n"
    "He will stay in jail until a further hearing on June 30.",
    # one activity tallied over two periods: two tallies, not one event dated twice
    "The bike maker Velto sold 52,000 bicycles in 2024, up 30 percent from 40,000 in 2023, the company said today."
    "\n\nThe total was 85 percent of the 61,000 bicycles the maker sold in 2019.",
    # a date of the value compared with, not of the event told
    "The city council approved a $96 million operating budget yesterday after a long debate.\n\n"
    "Separately, the council approved a housing budget of $4 million, up from $3 million last year.",
    # the later telling acts on another thing
    "Judges yesterday began hearing a complaint lodged by the dockers' union on Monday.\n\n"
    "Lawyers lodged the appeal with the tribunal on Friday night, a spokeswoman said.",
    # two things of one noun, the later one new ("a complaint", not "the complaint")
    "Judges yesterday began hearing a complaint lodged by the dockers' union on Monday.\n\n"
    "Lawyers lodged a second complaint with the tribunal on Friday night, a spokeswoman said.",
    # a by-election is no election: the word hyphened onto the noun names another event
    "At the last full council election in May 2017, Labour won the ward with 52 percent of the vote.\n\n"
    "The by-election, held on Thursday, was called after the death of councillor Harold Finch.",
    # what a relative clause's verb acts on is the noun the clause is put on: another thing adopted
    "The regional assembly adopted a €2.4 billion spending plan on Tuesday evening after two days of debate.\n\n"
    "The plan is separate from the transport strategy, which the assembly adopted in February.",
    # a season with no year that no past verb dates may be the coming one
    "Maria Olsen was elected mayor of Tromsø on Sunday, defeating the ruling party's candidate in a second round.\n\n"
    "She said the result was a warning to the government before the national election in the autumn.",
    # an event any telling of which gives it a figure as its value is a measurement, each day's its own
    "The gauge's reading of 3.4 metres on Monday was the highest this spring.\n\n"
    "The water rose overnight, and Tuesday's reading was 3.9 metres.",
    "The council's offer matches the river gauge's Monday reading of 3.4 metres.\n\n"
    "The water rose overnight to 3.9 metres by the reading on Tuesday.",
    "Wheat futures settled on Monday at 212 dollars a tonne, down 2 percent from Friday's settlement of 216 dollars."
    "\n\nSince the settlement on Monday, May 5, when wheat stood at 240 dollars, the price has fallen 12 percent.\n\n"
    "Mills bought less wheat on Monday than the 9,000 tonnes they took at Friday's settlement.",
])
def test_cc104_look_alikes_stay_quiet(checked, body):
    assert "CC104" not in codes(checked(body))


def test_cc104_an_undated_article_never_resolves_a_weekday(checked):
    body = ("The former mayor Maria Lopez died on Sunday at her home in Porto.\n\n"
            "Lopez led the city for ten years.\n\n"
            "Lopez died on June 16, 2025, after a short illness.")
    assert codes(checked(body)) == ["CC104"]
    assert "CC104" not in codes(checked(body, date=None))


@pytest.mark.parametrize("verb, noun, expected", [
    ("collide", "collision", True), ("arrive", "arrival", True), ("announce", "announcement", True),
    ("resign", "resignation", True), ("decide", "decision", True), ("die", "death", True),
    ("present", "president", False), ("die", "diet", False), ("crash", "crash", False),
    ("sign", "signing", True), ("shoot", "shooting", True), ("meet", "meeting", True), ("sign", "sing", False),
    ("shut down", "shutdown", True), ("lock out", "lock-out", True), ("shut down", "shutter", False),
])
def test_nominalisation(verb, noun, expected):
    assert nominalises(verb, noun) is expected


@pytest.mark.parametrize("start, took, end, flagged", [
    ("2:00am", "about four hours", "by 3:00am", True),  # 2am plus four hours is 6am, not by 3am
    ("2:00am", "about four hours", "at 9 a.m.", True),
    ("2:00am", "about four hours", "by 7:00am", False),  # done by 7am: it fits
    ("2:00am", "about four hours", "at 6:15 a.m.", False),  # within the hedge
    ("11:30pm", "five hours", "by 5:00am", False),  # through the night
])
def test_cc104_a_start_time_and_a_duration_against_the_end_time(checked, start, took, end, flagged):
    body = (f"A fire broke out in a textile warehouse at {start} on Monday.\n\n"
            f"It took {took} to bring the warehouse fire under control.\n\n"
            f"Firefighters had the fire under control {end}, the fire service said.")
    doc = checked(body)
    found = [f for f in doc.flags if f.id == "CC104"]
    assert bool(found) is flagged
    if flagged:
        assert [e.text for e in found[0].evidence] == [end.split(" ", 1)[1], start, took.split()[-2] + " hours"]


@pytest.mark.parametrize("end, flagged", [("by 3:00am", True), ("by 7:00am", False)])
def test_cc104_a_start_time_and_hours_later_against_the_end_time(checked, end, flagged):
    body = ("A fire broke out in a textile warehouse at 2:00am on Monday.\n\n"
            "The warehouse fire was under control about four hours later.\n\n"
            f"Firefighters had the fire under control {end}, the fire service said.")
    assert ("CC104" in codes(checked(body))) is flagged


def test_cc104_a_duration_from_one_of_two_starts_is_left_alone(checked):
    body = ("A fire broke out in a textile warehouse at 2:00am on Monday.\n\n"
            "A second fire broke out in the shop next door at 3:00am.\n\n"
            "It took about four hours to bring the warehouse fire under control.\n\n"
            "Firefighters had the fire under control by 4:00am, the fire service said.")
    assert "CC104" not in codes(checked(body))


def test_cc104_one_resignation_two_days_under_a_full_name_and_a_surname(pipeline):
    from claimcheck.ingest import from_text
    text = ("On Friday, Jonathan Price Whitfield resigned as mayor and his deputy took over the office.\n\n"
            "Whitfield had stepped down on Thursday, the council said in a statement.")
    doc = pipeline(from_text(text, date="2019-08-03"))
    assert [f.id for f in doc.flags if f.id == "CC104"] == ["CC104"]


@pytest.mark.parametrize("body, cited", [
    # a past day's count of weeks against "since" and a month (June 15 is about 16 weeks after early March)
    ("Farmers have been blockading the ports since early March, when the subsidies were cut.\n\n"
     "On Sunday, tractors filled the capital's main square in the sixth week of blockades.",
     ["sixth", "early March"]),
    # a present count ("now in its ...") is at the article's date; "its" is the clause's subject
    ("The dock strike began on May 2 and is now in its ninth week, the union says.\n\n"
     "Shipping firms have rerouted cargo to other ports.",
     ["ninth", "May 2"]),
])
def test_cc104_an_ordinal_count_of_weeks_against_the_start(checked, body, cited):
    doc = checked(body)
    assert dates_cited(doc) == [cited]


@pytest.mark.parametrize("body", [
    # the count fits the start (June 15 is in the sixteenth week after early March)
    "Farmers have been blockading the ports since early March, when the subsidies were cut.\n\n"
    "On Sunday, tractors filled the capital's main square in the sixteenth week of blockades.",
    # within one week of slack: counted from the first full week
    "The dock strike began on May 2 and is now in its sixth week, the union says.",
    # the count is of another thing than what started
    "The dock strike began on May 2.\n\n"
    "The festival, now in its ninth week of concerts, draws large crowds.",
    # a count of years of a recurring event, with no start
    "The festival, held in its 25th year, opened on Friday with a parade.",
])
def test_cc104_an_ordinal_count_that_fits_or_counts_something_else_stays_quiet(checked, body):
    assert "CC104" not in codes(checked(body))


MAYOR = ("On Monday, Mayor Helen Carter signed the Clean Harbour Act, which bans dumping in the bay.\n\n"
         "Fishermen had campaigned for the ban for a decade.\n\n"
         "The mayor gave her reasons in a statement: \"We waited long enough. Our harbour will be clean again.\" "
         "{last}")


@pytest.mark.parametrize("last, cited", [
    # a date beside the day of a clause of the same subject; "she" is "the mayor", titled so before her name
    ("She released her letter on June 17, the day she signed the measure.", [["Monday", "June 17"]]),
    # the same day: nothing to flag
    ("She released her letter on June 16, the very day she signed the measure.", []),
    ("She released her letter on June 17, when she signed the measure.", [["Monday", "June 17"]]),
    ("She released her letter on June 17 - the day she signed the measure.", [["Monday", "June 17"]]),
    ("She released her letter on June 17, when she was in the capital.", []),
    # a day told from the signing is not the signing's day
    ("She released her letter on June 17, the day after she signed the measure.", []),
    # the day of someone else's act
    ("She released her letter on June 17, the day the council signed the lease.", []),
    # another named act, signed by her on another day
    ("She signed the Clean Air Act on June 3.", []),
])
def test_cc104_a_date_beside_the_day_of_a_clause(checked, last, cited):
    assert dates_cited(checked(MAYOR.format(last=last))) == cited


@pytest.mark.parametrize("body, cited", [
    # what a speaker said on Saturday had happened, dated Sunday elsewhere: told before it happened
    ("The former mayor Maria Lopez died on Sunday at her home in Porto.\n\n"
     "Lopez led the city for ten years.\n\n"
     "Her family said on Saturday that Lopez had died in hospital.",
     [["Sunday", "Saturday"]]),
    ("The old bridge over the river collapsed on Tuesday, cutting the town in two.\n\n"
     "Officials said on Monday that the bridge collapsed after heavy rain.",
     [["Tuesday", "Monday"]]),
    # reported after it happened: as news is
    ("The former mayor Maria Lopez died on Saturday at her home in Porto.\n\n"
     "Her family said on Sunday that Lopez had died in hospital.",
     []),
    # a forecast, and a denial, are no report of a done event
    ("The old bridge over the river collapsed on Tuesday.\n\n"
     "Officials said on Monday that the bridge would collapse within days.",
     []),
    ("The old bridge over the river collapsed on Tuesday.\n\n"
     "Officials said on Monday that the bridge had not collapsed.",
     []),
    # someone else's event
    ("The former mayor Maria Lopez died on Sunday at her home in Porto.\n\n"
     "Her doctor said on Saturday that Carlos Mendes had died in the same ward.",
     []),
])
def test_cc104_an_event_reported_before_it_happened(checked, body, cited):
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("second, last, cited", [
    # the noun the second sentence names the first sentence's event by, against a day that names that event
    ("Nine people died in the attack, police said.", "Officials condemned Sunday's attack on the depot.",
     [["Monday", "Sunday"]]),
    ("Nine people died in the attack, police said.", "Officials condemned Monday's attack on the depot.", []),
    # an attack on something else is another attack
    ("Nine people died in the attack, police said.", "Officials condemned Sunday's attack on a market.", []),
    # the second sentence names no event of the first ("of", not "in")
    ("Police suspect a local gang of the attack.", "Officials condemned Sunday's attack on the depot.", []),
    # the second sentence has its own day
    ("Nine people died in the attack on Tuesday, police said.",
     "Officials condemned Sunday's attack on the depot.", [["Tuesday", "Sunday"]]),
])
def test_cc104_the_lead_event_named_again_by_a_noun(checked, second, last, cited):
    body = (f"Gunmen on Monday stormed a fuel depot outside the port city. {second}\n\n"
            "The company that runs the depot said fuel deliveries would resume within a week.\n\n"
            f"{last}")
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("count, flagged", [
    # June 18 is about 15 weeks after early March
    ("Farmers have been blockading the ports for five weeks.", True),
    ("Farmers have been blockading the ports for fifteen weeks.", False),
    ("After six weeks of blockades, the government restored the subsidies on Sunday.", True),
    ("After fifteen weeks of blockades, the government restored the subsidies on Sunday.", False),
    ("The blockade has lasted more than three months.", False),  # a lower bound that holds
    ("The blockade has lasted less than two months.", True),
    # a term handed down is no time since the start
    ("A court sentenced two farmers to five weeks of community work for the blockades.", False),
])
def test_cc104_a_length_of_time_against_the_start(checked, count, flagged):
    body = ("Farmers have been blockading the ports since early March, when the subsidies were cut.\n\n"
            f"{count}")
    assert bool(dates_cited(checked(body))) is flagged


def test_cc104_a_count_that_fits_one_of_two_starts_stays_quiet(checked):
    body = ("Farmers have been blockading the ports since early March, when the subsidies were cut.\n\n"
            "The blockade of the northern ports began in May.\n\n"
            "Farmers have been blockading the ports for five weeks.")
    assert "CC104" not in codes(checked(body))


@pytest.mark.parametrize("body, flagged", [
    # a quoted "yesterday" reported on a later day than the event: news as it comes
    ("The old bridge over the river collapsed on Tuesday.\n\n"
     "\"The bridge collapsed yesterday and we are still in shock,\" the mayor said on Wednesday.", False),
    # another attack, told as one
    ("Gunmen on Monday stormed a fuel depot outside the port city. Nine people died in the attack, police said.\n\n"
     "A second attack on the depot on Sunday injured two guards.", False),
    # a count told ahead of its day is still counted from the start: June 23 is in the eighth week after May 2
    ("The dock strike began on May 2.\n\nThe strike will enter its eighth week on Monday, the union said.", False),
    ("The dock strike began on May 2.\n\nThe strike will enter its fifteenth week on Monday, the union said.", True),
    # a verb with a particle of its own ("came back") is no light verb naming its subject as the event
    ("The museum, which opened in 1911, reported the theft of a clock on Monday.\n\n"
     "The museum put the clock back on show on Friday, four days after it came in.", False),
])
def test_cc104_new_readings_against_look_alikes(checked, body, flagged):
    assert ("CC104" in codes(checked(body))) is flagged


@pytest.mark.parametrize("body, cited", [
    # a subject that introduces the event ("a storm hit"), against the day that names it later
    ("A storm hit the island on Monday, cutting power to 3,000 homes.\n\n"
     "Ferries stayed in port.\n\n"
     "Sunday's storm also flooded the airport.", [["Monday", "Sunday"]]),
    ("A fire broke out at the warehouse on Monday.\n\nNobody was hurt.\n\n"
     "The fire on Sunday destroyed stock worth millions.", [["Monday", "Sunday"]]),
    # a fire somewhere else is another fire
    ("A fire broke out at the warehouse on Monday.\n\nNobody was hurt.\n\n"
     "Sunday's fire at the school destroyed the library.", []),
    # "a quake" after the article has told of one is another quake, not the one "Sunday's quake" names
    ("The quake on Sunday damaged 400 homes in the hill towns.\n\n"
     "A quake was recorded on Monday morning near the coast.\n\n"
     "Two towns declared a state of emergency after Sunday's quake.", []),
    # a light verb with a state its subject comes to ("came free") tells of the subject, not of an event it names
    ("A container ship carrying 9,000 containers ran aground in the estuary late on Saturday night.\n\n"
     "Tugs tried to pull it free on Sunday without success.\n\n"
     "The ship came free on Monday afternoon, about 40 hours after it had run aground.", []),
])
def test_cc104_a_verb_whose_subject_introduces_the_event_noun(checked, body, cited):
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("body, cited", [
    # a verb that stages the event its object names, against the day a noun of it gives later
    ("On Monday evening the comedy Night Shift had its world premiere at the Orpheum in Denver.\n\n"
     "The cast walked the red carpet.\n\n"
     "Tickets for the June 15 premiere sold out within hours.", [["Monday", "June 15"]]),
    ("The two ministers held talks in Vienna on Monday.\n\nBoth called them useful.\n\n"
     "Sunday's talks ended without a deal.", [["Monday", "Sunday"]]),
    # the day that fits; another event the verb stages; a second premiere told as new
    ("On Monday evening the comedy Night Shift had its world premiere at the Orpheum in Denver.\n\n"
     "Tickets for the June 16 premiere sold out within hours.", []),
    ("On Monday evening the comedy Night Shift had its world premiere at the Orpheum in Denver.\n\n"
     "The studio held a screening for critics on Sunday.", []),
    ("On Monday evening the comedy Night Shift had its world premiere at the Orpheum in Denver.\n\n"
     "It will have a European premiere in Berlin on June 30.", []),
])
def test_cc104_an_event_a_verb_stages_is_its_object(checked, body, cited):
    assert dates_cited(checked(body)) == cited


def test_cc104_a_headline_naming_the_event_does_not_stop_its_introduction(nlp):
    stages = [Segmenter(nlp), QuoteExtractor(), ClaimExtractor(), FactExtractor()]
    doc = from_text("Storm floods island airport\n\nA storm hit the island on Monday, cutting power to 3,000 homes.\n\n"
                    "Ferries stayed in port.\n\nSunday's storm also flooded the airport.", date=WEDNESDAY)
    for stage in stages:
        stage(doc)
    assert dates_cited(run_checks(doc, NO_NLI)) == [["Monday", "Sunday"]]


@pytest.mark.parametrize("body, cited", [
    # a start at a clock time after the part of the day the event is told in
    ("A fire yesterday morning destroyed 80 homes in a fishing village.\n\n"
     "Nobody was hurt, the council said.\n\n"
     "The fire broke out at about 4:15pm, officials said.", [["yesterday morning", "4:15pm"]]),
    # one moment of one day told at two times of that day: a part of the day and a clock time on the same verb
    ("Two freight trains collided on Monday morning near the river crossing.\n\n"
     "The line stayed closed for a day.\n\n"
     "The trains collided at 9pm on Monday, the operator said.", [["Monday", "Monday"]]),
    # a start within the part of the day, a start before a lasting event's time, a night read past midnight
    ("A fire yesterday morning destroyed 80 homes in a fishing village.\n\n"
     "Nobody was hurt, the council said.\n\n"
     "The fire broke out at about 4:15am, officials said.", []),
    ("The fire on Tuesday afternoon destroyed a sawmill.\n\nNobody was hurt.\n\n"
     "The fire started at 10am, officials said.", []),
    ("The ferry sank on Saturday night off the northern cape.\n\nAll passengers were rescued.\n\n"
     "The ferry sank at 1:30am, the coast guard said.", []),
    # an event noun dated by a phrase on it may have lasted past the other time; a bound is no time of the event
    ("The protest on Sunday morning drew 5,000 people to the square.\n\nPolice made no arrests.\n\n"
     "The protest happened at 3pm, organisers said.", []),
    ("A fire yesterday morning destroyed 80 homes in a fishing village.\n\nNobody was hurt.\n\n"
     "Firefighters had the fire under control by 4pm.", []),
    # a part of the day in a sentence that names no day: after the morning, or a night that may be the morning's
    ("A fire yesterday morning destroyed 80 homes in a fishing village.\n\nNobody was hurt.\n\n"
     "The fire broke out in the afternoon, officials said.", [["yesterday morning", "in the afternoon"]]),
    ("Two freight trains collided on Monday afternoon near the river crossing.\n\n"
     "The line stayed closed for a day.\n\n"
     "The trains collided at night, the operator said.", [["Monday", "at night"]]),
    ("Two freight trains collided on Monday morning near the river crossing.\n\n"
     "The line stayed closed for a day.\n\n"
     "The trains collided at night, the operator said.", []),
    ("A fire yesterday morning destroyed 80 homes in a fishing village.\n\nNobody was hurt.\n\n"
     "Volunteers cleared the rubble in the afternoon.", []),
    # "early" and "late" on a day, and the early hours of a day
    ("The cargo ship sank early Sunday off the northern cape.\n\nAll crew were rescued.\n\n"
     "The ship sank at 9pm, the coast guard said.", [["Sunday", "9pm"]]),
    ("The cargo ship sank late Sunday off the northern cape.\n\nAll crew were rescued.\n\n"
     "The ship sank at 9pm, the coast guard said.", []),
    ("A car bomb exploded in the early hours of Monday outside a police station.\n\nNobody was hurt.\n\n"
     "The bomb exploded at about 6pm, police said.", [["Monday", "6pm"]]),
])
def test_cc104_times_of_day_of_one_event(checked, body, cited):
    assert dates_cited(checked(body, "2025-06-18")) == cited


@pytest.mark.parametrize("body, cited", [
    # "shortly before" an event dated a day and more later
    ("A fire yesterday afternoon gutted a grain warehouse on the ring road.\n\n"
     "Firefighters said the sprinklers had failed.\n\n"
     "The night guard had left the warehouse on Thursday afternoon, shortly before the fire broke out.",
     [["Thursday", "yesterday afternoon", "shortly before"]]),
    ("A fire yesterday afternoon gutted a grain warehouse on the ring road.\n\n"
     "Firefighters said the sprinklers had failed.\n\n"
     "The night guard had left the warehouse on Tuesday afternoon, shortly before the fire broke out.", []),
    # an offset in days from an event noun dated elsewhere
    ("The televised debate of the two candidates took place on Monday.\n\n"
     "Turnout was low.\n\n"
     "The vote was held on Tuesday, two days after the debate, officials said.",
     [["Tuesday", "Monday", "two days after"]]),
    ("The televised debate of the two candidates took place on Sunday.\n\n"
     "Turnout was low.\n\n"
     "The vote was held on Tuesday, two days after the debate, officials said.", []),
    # an order alone: "after the vote" on a day before the vote
    ("The vote on the budget was held on Tuesday.\n\n"
     "The finance minister resigned on Monday, after the vote.", [["Monday", "Tuesday", "after"]]),
    ("The vote on the budget was held on Monday.\n\n"
     "The finance minister resigned on Tuesday, after the vote.", []),
    # no event to anchor to: an indefinite noun, or a time noun
    ("The vote on the budget was held on Tuesday.\n\n"
     "The finance minister resigned on Monday, after a vote of his party.", []),
    # "following" an event, and "hours after" it
    ("The vote on the budget was held on Tuesday.\n\n"
     "The finance minister resigned on Monday, following the vote.", [["Monday", "Tuesday", "following"]]),
    ("The vote on the budget was held on Sunday.\n\n"
     "The finance minister resigned on Tuesday, hours after the vote.", [["Tuesday", "Sunday", "hours after"]]),
    ("The vote on the budget was held on Monday evening.\n\n"
     "The finance minister resigned on Tuesday, hours after the vote.", []),
    # a number of hours is a day or the next of the whole days it makes, by the hour the event came
    ("The vote on the budget was held on Monday.\n\n"
     "The finance minister resigned on Wednesday, 40 hours after the vote.", []),
    ("The vote on the budget was held on Monday.\n\n"
     "The finance minister resigned on Wednesday, some 40 hours after the vote.", []),
    ("The vote on the budget was held on Monday.\n\n"
     "The finance minister resigned on Thursday, 40 hours after the vote.",
     [["Thursday", "Monday", "40 hours after"]]),
    # a planned day told as an offset from an event already past holds to that event's day too
    ("A rockfall closed the mountain road on Sunday.\n\n"
     "Bus services will resume on Friday, four days after the rockfall.", [["Friday", "Sunday", "four days after"]]),
    ("A rockfall closed the mountain road on Sunday.\n\n"
     "Bus services will resume on Thursday, four days after the rockfall.", []),
    # however the parse hangs the length of days on the "after" set off after the date
    ("A rockfall closed the mountain road on Sunday.\n\n"
     "Bus services will resume on Friday, four days after the rockfall, the operator said.",
     [["Friday", "Sunday", "four days after"]]),
    ("A rockfall closed the mountain road on Sunday.\n\n"
     "Bus services will resume on Thursday, four days after the rockfall, the operator said.", []),
    # a date right before the word is no offset: "this year before the fire" is the year, not a year's gap
    ("The fire broke out on Monday near the village.\n\n"
     "Crews had cleared 8,000 hectares of scrub in the region this year before the fire, officials said.", []),
])
def test_cc104_a_date_told_before_or_after_another_event(checked, body, cited):
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("body, cited", [
    # a date with a length of days and an event set off after it: "the day" is one day
    ("Residents of the town backed a new bypass in a ballot on Sunday.\n\nThe mayor, Ines Roth, said on "
     "Tuesday, the day after the ballot, that work would begin in spring.", [["Tuesday", "Sunday", "the day after"]]),
    ("Residents of the town backed a new bypass in a ballot on Sunday.\n\nThe mayor, Ines Roth, said on "
     "Monday, the day after the ballot, that work would begin in spring.", []),
    ("A lorry hit a level crossing barrier near Ashby, police said. The crash happened on Friday.\n\nOn Monday, the "
     "day after the crash, investigators arrived at the scene.", [["Monday", "Friday", "the day after"]]),
    ("A lorry hit a level crossing barrier near Ashby, police said. The crash happened on Friday.\n\nOn Saturday, "
     "the day after the crash, investigators arrived at the scene.", []),
])
def test_cc104_a_day_set_off_after_a_date_as_told_from_an_event(checked, body, cited):
    assert dates_cited(checked(body)) == cited


BLAZE = ("Investigators have charged a man over a warehouse fire in Marlow.\n\n"
         "The fire broke out on Thursday, June 12, and burned for six hours.\n\n"
         "The man was charged on Sunday after a search of his flat.\n\n{}")


@pytest.mark.parametrize("body, cited", [
    # a clause with no date of its own told some days after an event: both dated elsewhere, three days apart
    (BLAZE.format("The charge came four days after the fire, once detectives had found a receipt."),
     [["Sunday", "Thursday, June 12", "four days after"]]),
    (BLAZE.format("The charge was made a week after the fire, once detectives had found a receipt."),
     [["Sunday", "Thursday, June 12", "a week after"]]),
    (BLAZE.format("The charge came three days after the fire, once detectives had found a receipt."), []),
    # no offset, an event told nowhere else with a date, and an event noun that is not the one dated
    (BLAZE.format("The charge came after the fire, once detectives had found a receipt."), []),
    (BLAZE.format("The charge came four days after the blast at a depot nearby."), []),
    (BLAZE.format("Another charge came four days after the fire, once detectives had found a receipt."), []),
])
def test_cc104_an_undated_event_told_days_after_another_keeps_the_offset_of_their_dates(checked, body, cited):
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("body, cited", [
    # a bill signed before the chamber passed it: a name and a definite noun for one bill
    ("On Monday, Governor Ann Lee signed the Clean Rivers Act, which bans dumping in the state.\n\n"
     "The measure takes effect next year.\n\n"
     "This bill passed the state Senate on Tuesday.", [["Monday", "Tuesday"]]),
    ("The state Senate passed the harbour bill on Monday.\n\n"
     "Dock workers protested outside.\n\n"
     "Governor Ann Lee signed the bill on Sunday.", [["Sunday", "Monday"]]),
    ("The state Senate passed the harbour bill on Monday.\n\n"
     "Dock workers protested outside.\n\n"
     "Governor Ann Lee vetoed the bill on Sunday.", [["Sunday", "Monday"]]),
    # the steps in their order, or two things
    ("On Tuesday, Governor Ann Lee signed the Clean Rivers Act, which bans dumping in the state.\n\n"
     "The measure takes effect next year.\n\n"
     "This bill passed the state Senate on Monday.", []),
    ("The state Senate passed the harbour bill on Monday.\n\n"
     "Dock workers protested outside.\n\n"
     "Governor Ann Lee signed the budget on Sunday.", []),
])
def test_cc104_a_later_step_dated_before_an_earlier_one(checked, body, cited):
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("body, cited", [
    # a sentence before the conviction, one person under a full name and a surname
    ("A court convicted the former banker John Reyes of fraud on Tuesday.\n\n"
     "Prosecutors had sought a ten-year term.\n\n"
     "Reyes was sentenced on Monday to six years in prison.", [["Monday", "Tuesday"]]),
    ("A court convicted the former banker John Reyes of fraud on Monday.\n\n"
     "Prosecutors had sought a ten-year term.\n\n"
     "Reyes was sentenced on Tuesday to six years in prison.", []),
    # another person
    ("A court convicted the former banker John Reyes of fraud on Tuesday.\n\n"
     "Prosecutors had sought a ten-year term.\n\n"
     "His partner Ana Cruz was sentenced on Monday to six years in prison.", []),
])
def test_cc104_the_steps_of_a_trial_for_one_person(checked, body, cited):
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("body, cited", [
    # a repetition dated before the telling it repeats, told before it
    ("The watchdog wrote to the ministry on March 3 about the leak.\n\n"
     "On March 12, the watchdog emailed the ministry about the leak. The ministry replied on March 14.\n\n"
     "After the leak was still not fixed, the watchdog emailed the ministry again on March 10.",
     [["March 10", "March 12"]]),
    # after it; after another telling dated before it; another addressee
    ("On March 12, the watchdog emailed the ministry about the leak. The ministry replied on March 14.\n\n"
     "After the leak was still not fixed, the watchdog emailed the ministry again on March 20.", []),
    ("The watchdog emailed the ministry about the leak on March 2 and on March 12.\n\n"
     "The ministry replied on March 14.\n\n"
     "The watchdog emailed the ministry again on March 10.", []),
    ("On March 12, the watchdog emailed the ministry about the leak. The ministry replied on March 14.\n\n"
     "The watchdog emailed the regulator again on March 10.", []),
])
def test_cc104_a_repetition_dated_before_what_it_repeats(checked, body, cited):
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("sentence, said, first, last", [
    ("A fire yesterday morning destroyed 80 homes.", "morning", 0, 719),
    ("The trains collided at 9pm on Monday near the crossing.", "9pm", 1245, 1275),
    ("The trains collided at about 9pm on Monday near the crossing.", "9pm", 1230, 1290),
    ("The cargo ship sank early Sunday off the cape.", "early", 0, 719),
    ("A car bomb exploded in the early hours of Monday.", "early hours", 0, 419),
    ("The ferry sank on Saturday night off the cape.", "night", 1140, 1800),
    ("The ferry sank on Saturday off the cape.", None, None, None),
    # a clock time on another verb than the date's is not its time
    ("On Monday, police said the fire broke out at 3am.", None, None, None),
])
def test_a_dates_time_of_day_is_a_fact(checked, sentence, said, first, last):
    date = next(f for f in checked(sentence).facts if f.claim.kind == "date")
    assert (date.day_time.said, date.day_time.first, date.day_time.last) == (said, first, last) if said else \
        date.day_time is None


@pytest.mark.parametrize("body, flagged", [
    # a weekday its calendar day is not: June 12, 2025 was a Thursday
    ("The council approved the plan on Wednesday, June 12, 2025, after a long debate.", True),
    ("The council approved the plan on Wednesday June 12 after a long debate.", True),
    ("The council approved the plan on Thursday, June 12, 2025, after a long debate.", False),
    ("The council approved the plan on Thursday June 12 after a long debate.", False),
])
def test_cc104_a_weekday_its_date_is_not(checked, body, flagged):
    assert bool(dates_cited(checked(body))) is flagged


@pytest.mark.parametrize("weekday, flagged", [
    ("Friday", False),  # September 12 is a Friday this year: the coming day, not last year's Thursday
    ("Saturday", True),  # neither the coming September 12 nor the last
])
def test_cc104_a_weekday_that_fits_the_coming_day_of_a_date_without_its_year(checked, weekday, flagged):
    body = f"A hearing on the remaining debt has been set for {weekday}, September 12, the court said."
    assert bool(dates_cited(checked(body))) is flagged


@pytest.mark.parametrize("weekday, flagged", [
    ("Friday", False),  # March 14, 2025 is a Friday
    ("Saturday", True),
    ("Thursday", False),  # March 14, 2024 was: a past day the article may mean
])
def test_cc104_a_weekday_its_coming_date_is_not_in_a_plan(checked, weekday, flagged):
    body = f"The ferry to the islands will resume sailing on {weekday}, March 14, after its winter break."
    assert bool(dates_cited(checked(body, "2025-02-20"))) is flagged


def test_cc104_a_wrong_weekday_is_cited_with_the_same_day_told_with_its_right_one(checked):
    body = ("The ferry to the islands will resume sailing on Friday, March 14, after its winter break.\n\n"
            "Its first crossing, at noon on Saturday, March 14, is fully booked.")
    flags = [f for f in checked(body, "2025-02-20").flags if f.id == "CC104"]
    assert [[e.text for e in f.evidence] for f in flags] == [["Friday, March 14", "Saturday, March 14"]]
    assert flags[0].message.endswith("March 14, 2025 is a Friday, as paragraph 1 has it")


def test_cc104_a_weekday_against_a_day_whose_year_is_a_guess_stays_quiet(checked):
    """Without a year and without the article's date, the day's year is a guess: no weekday is wrong for sure."""
    assert dates_cited(checked("The council approved the plan on Monday, June 12, after a long debate.", None)) == []


@pytest.mark.parametrize("who, later, flagged", [
    ("Ruiz", "two days later", True),  # arrested on Friday, in court yesterday (Saturday): one day later
    ("Ruiz", "a day later", False),
    ("Tom Hale", "two days later", False),  # another person's appearance
])
def test_cc104_a_participle_clause_is_done_by_the_subject_of_its_verb(pipeline, who, later, flagged):
    text = ("Ana Ruiz, 34, appeared in the district court yesterday, charged with arson over a fire at a warehouse "
            f"on Friday.\n\nPolice arrested Ruiz and Tom Hale on Friday. {who} spent the night in a cell "
            f"before appearing in court {later}.")
    doc = pipeline(from_text(text, date="2019-03-17"))
    assert bool([f for f in doc.flags if f.id == "CC104"]) == flagged


@pytest.mark.parametrize("second, flagged", [
    ("A second fire, the Mill Creek fire, which was started by lightning on Thursday, August 12, has burned 2,310 "
     "hectares.", False),  # another fire, told apart by its name
    ("The Cedar Ridge fire, which started on Thursday, August 12, has burned 2,310 hectares.", True),
])
def test_cc104_event_nouns_told_apart_by_what_is_compounded_on_them(pipeline, second, flagged):
    text = f"The Cedar Ridge fire began on the afternoon of Monday, August 9.\n\n{second}"
    doc = pipeline(from_text(text, date="2021-08-16"))
    assert ("CC104" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("day, flagged", [("Monday", True), ("Tuesday", False)])
def test_cc104_a_word_before_a_days_event_bounds_the_other_event_not_the_days(checked, day, flagged):
    # "before Monday's vote": "before" places the gathering; the vote is Monday's, against "yesterday" (Tuesday)
    doc = checked("The city council voted yesterday to close the old market hall.\n\n"
                  f"About 150 traders gathered outside the council chamber before {day}'s vote.")
    assert ("CC104" in codes(doc)) == flagged


@pytest.mark.parametrize("day, flagged", [("May 6", True), ("May 7", False)])
def test_cc104_a_word_before_a_dated_event_noun_bounds_the_other_event(checked, day, flagged):
    # "before the May 6 ballot": "before" places the hearings; the ballot is May 6's, against "yesterday" (May 7)
    doc = checked("Members of the rowing club voted yesterday to sell the boathouse.\n\n"
                  f"The club held three open meetings before the {day} vote, its secretary said.", date="2025-05-08")
    told = [f.message for f in doc.flags if f.id == "CC104"]
    assert bool(told) == flagged and all("same event (vote)" in m for m in told)  # the vote's date, no anchor


def test_cc104_two_events_each_named_by_its_day_are_two(checked):
    doc = checked("The toll from Monday's warehouse fire rose to six yesterday.\n\n"
                  "Separately, a smaller fire broke out in a flat in the old town. The Tuesday fire was put out in "
                  "50 minutes.")
    assert "CC104" not in codes(doc)


@pytest.mark.parametrize("body, flagged", [
    # an event of a series in another year is another of it: "elected" in 2014 and "Tuesday's election"
    ("Renata Obuya has been elected mayor of Port Hallam in Tuesday's municipal election, officials said.\n\n"
     "A former public defender, she was elected to the city council in 2014 and led its housing committee.", False),
    # ... but what befalls its subject once is one event
    ("The poet Ana Lindt died on Monday, her publisher said.\n\nLindt died in 2017 in Lisbon, the agency said.", True),
])
def test_cc104_a_year_before_the_articles_dates_another_of_a_series(checked, body, flagged):
    assert ("CC104" in codes(checked(body, date="2018-11-07"))) == flagged


@pytest.mark.parametrize("body, date, cited", [
    # "it" in a clause under a named fire's relative clause is that fire, whose start is dated two ways
    ("Crews are still fighting the Cedar Flats Fire, which has burned 9,000 acres since it started "
     "on May 28.\n\nSince the fire started earlier this month, crews have cleared 40 miles of firebreaks.",
     "2025-06-18", [["May 28", "earlier this month"]]),
    ("Crews are still fighting the Cedar Flats Fire, which has burned 9,000 acres since it started "
     "on June 3.\n\nSince the fire started earlier this month, crews have cleared 40 miles of firebreaks.",
     "2025-06-18", []),  # June 3 is earlier this month
    # another named fire: two starts
    ("Crews are still fighting the Cedar Flats Fire, which has burned 9,000 acres since it started "
     "on May 28.\n\nSince the Mill Creek fire started earlier this month, crews have cleared 40 miles of firebreaks.",
     "2025-06-18", []),
])
def test_a_named_fire_referred_to_as_it_has_one_start(checked, body, date, cited):
    assert dates_cited(checked(body, date)) == cited


@pytest.mark.parametrize("body, cited", [
    # "it" under a clause whose subject is plural is the thing that clause named last: the lighthouse, not the rangers
    ("Rangers counted 300 visitors a day at the lighthouse after it reopened on April 2.\n\nWhen the lighthouse "
     "reopened last month, the queue stretched to the harbour.", [["April 2", "last month"]]),
    ("Rangers counted 300 visitors a day at the lighthouse after it reopened on May 2.\n\nWhen the lighthouse "
     "reopened last month, the queue stretched to the harbour.", []),
])
def test_it_under_a_plural_subject_s_clause_is_the_thing_named_last(checked, body, cited):
    assert dates_cited(checked(body, date="2025-06-18")) == cited


@pytest.mark.parametrize("day, flagged", [("March 5", True), ("March 4", False)])  # Tuesday March 2, two days later
def test_cc104_a_day_told_before_a_report_set_off_after_it_dates_its_own_clause(checked, day, flagged):
    body = ("The striker passed a medical in Lyon on Tuesday and signed his contract two days later, the club "
            f"announced on Friday.\n\nAfter signing his contract on {day}, Diallo thanked the fans.")
    assert ("CC104" in codes(checked(body, date="2021-03-08"))) == flagged


def test_cc104_a_season_a_past_verb_dates_is_compared(checked):
    body = ("The Harlow paper mill closed on June 2 after 80 years, the owners said.\n\n"
            "About 200 workers lost their jobs.\n\n"
            "The mill closed in the spring, when orders from printers dried up.")
    assert dates_cited(checked(body)) == [["June 2", "spring"]]


@pytest.mark.parametrize("later, flagged", [
    ("Officers traced the pair through a rented car and detained them on Monday.", True),
    # "them" are others: two accomplices, detained on another day
    ("Officers traced two accomplices to Bruges and detained them on Monday.", False),
])
def test_cc104_a_pronoun_object_is_what_the_verb_it_is_joined_to_acts_on(checked, later, flagged):
    body = ("Two men robbed a jeweller's shop in Ghent on Saturday afternoon, injuring the owner.\n\n"
            "The pair were detained on Tuesday night at a motorway service station near Antwerp, police said.\n\n"
            f"{later}")
    assert bool(dates_cited(checked(body))) == flagged


@pytest.mark.parametrize("later, flagged", [
    # the same rise told again (a rise of another size would be another one)
    ("Measured against May, its sales of bread rose 4 percent in June.", False),  # June lies inside the range
    ("Measured against August, its sales of bread rose 4 percent in September.", True),
])
def test_cc104_a_range_of_months_dates_its_event_by_both_ends(checked, later, flagged):
    body = ("The bakery chain's sales of bread rose 4 percent in the April-to-June quarter, it said on Monday.\n\n"
            f"{later}")
    assert ("CC104" in codes(checked(body))) == flagged


@pytest.mark.parametrize("base, flagged", [
    ("on a year earlier", False),  # what the rise is measured against, not when it happened
    ("compared with a year earlier", False),
    ("in April", True),
])
def test_cc104_the_date_a_change_is_measured_against_is_not_its_time(checked, base, flagged):
    body = ("Rents in the harbour district rose 0.8 percent in May, a letting agency said on Monday.\n\n"
            f"Rents for one-bedroom flats rose most, up 6.2 percent {base}, the agency added.")
    assert ("CC104" in codes(checked(body))) == flagged


def test_cc104_the_last_of_a_series_is_another_event(checked):
    body = ("Members of the rowing club voted on Sunday to sell the old boathouse.\n\n"
            "Only 52 members took part, against 40 at the last vote in November. About 30 members voted by post "
            "on Sunday.")
    assert "CC104" not in codes(checked(body))


@pytest.mark.parametrize("owner, flagged", [("United's", False), ("Rovers'", True)])
def test_cc104_an_event_noun_owned_by_another_name_is_another_event(checked, owner, flagged):
    # the win a relative clause tells of is Rovers'; United's win is another team's
    body = ("Rovers, who won 3-1 away to Kingsford on Friday evening, are top of the table.\n\n"
            f"{owner} 2-0 win on Saturday lifted them to second.")
    assert ("CC104" in codes(checked(body))) == flagged


def test_cc104_the_same_day_is_told_as_another_events_day_and_never_compared(checked):
    # "the same day" is the day of an event already told, which only the writer knows: the claims stage's guess (the
    # last day named, June 1) is no date of the election to set against Sunday
    body = ("Maria Costa was elected mayor of the town on Sunday, beating the sitting mayor in a runoff.\n\n"
            "Turnout was 61 percent, up from 48 percent in the first round on June 1. The regional election on the "
            "same day drew more people to the polls, officials said.")
    assert "CC104" not in codes(checked(body))


@pytest.mark.parametrize("later, cited", [
    ("Inspectors reached the site on Wednesday, three days after the accident.", []),  # Sunday and three days
    ("Inspectors reached the site on Wednesday, four days after the accident.",
     [["Wednesday", "Sunday", "four days after"]]),
    ("Inspectors reached the site on Wednesday, four days after the funeral.", []),  # another event
    ("Inspectors reached the site on Wednesday, four days after the blizzard.", []),  # not what the opening names
])
def test_cc104_a_word_for_any_event_names_the_one_the_article_opens_with(checked, later, cited):
    body = ("A freight train left the rails near the border on Sunday evening, the railway said.\n\n"
            f"Nobody was hurt.\n\n{later}")
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("later, cited", [
    ("Insurers opened a claims centre on Wednesday, three days after the storm.", []),
    ("Insurers opened a claims centre on Wednesday, five days after the storm.",
     [["Wednesday", "Sunday", "five days after"]]),
])
def test_cc104_the_end_of_the_word_the_opening_names_its_event_by_names_that_event(checked, later, cited):
    body = f"A hailstorm hit the valley on Sunday, breaking windows.\n\nSchools stayed shut.\n\n{later}"
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("later, cited", [
    ("Insurers opened a claims centre on Wednesday, three days after the gale.", []),
    ("Insurers opened a claims centre on Wednesday, five days after the gale.",
     [["Wednesday", "Sunday", "five days after"]]),
])
def test_cc104_a_date_the_parse_hangs_on_the_last_of_a_verb_s_objects_dates_the_verb(checked, later, cited):
    body = ("A gale battered the fishing port of Kelso and the nearby villages on Sunday night.\n\nFerries stayed in "
            f"harbour.\n\n{later}")
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("which, cited", [
    ("Other figures", []),  # other figures, published another day
    ("The figures", [["Monday", "last week"]]),  # the figures told again
])
def test_cc104_a_noun_a_participle_describes_as_another_one_is_another_event(checked, which, cited):
    body = ("Factory output rose 2.1 per cent in October, according to figures published by the census bureau on "
            f"Monday.\n\nCar plants led the rise.\n\n{which} published last week showed exports fell by 3 per cent "
            "in the same month.")
    assert dates_cited(checked(body, date="2024-11-13")) == cited


@pytest.mark.parametrize("day, cited", [
    ("last Thursday", [["last Thursday", "Sunday", "two days before"]]),  # three days before Sunday
    ("last Friday", []),
])
def test_cc104_a_date_told_relative_to_an_event_is_held_to_it_though_its_own_clause_is_one_of_a_series(
        checked, day, cited):
    body = ("Bus services across the region were cut again on Wednesday as a drivers' strike that began on Sunday "
            "entered its fourth day.\n\nCommuters queued for taxis.\n\n"
            f"The union first gave notice of the walkout {day}, two days before the strike began.")
    assert dates_cited(checked(body, date="2025-01-23")) == cited


@pytest.mark.parametrize("first, second, flagged", [
    ("The retrial of the two dock workers began on Monday, October 7.",
     "The retrial began five weeks after the first trial on August 26.", True),  # six weeks after
    ("The retrial of the two dock workers began on Monday, October 7.",
     "The retrial began six weeks after the first trial on August 26.", False),
    ("The retrial of the two dock workers began on Monday, October 7.",
     "The retrial began after the first trial on August 26.", False),  # no offset: only the order, which holds
    ("The city museum reopened to visitors on Saturday, March 16.",
     "The museum reopened a month after the flood of January 20 that had closed it.", True),
    ("The city museum reopened to visitors on Saturday, March 16.",
     "The museum reopened eight weeks after the flood of January 20 that had closed it.", False),
    # the event noun the first sentence's verb is told in ("at a ceremony") names that sentence's event
    ("Rosa Vale was sworn in as governor at a ceremony on Friday, January 12.",
     "The ceremony took place two weeks after the final count on January 2.", True),
    ("Rosa Vale was sworn in as governor at a ceremony on Friday, January 12.",
     "The ceremony took place ten days after the final count on January 2.", False),
])
def test_cc104_a_date_on_the_event_another_is_told_relative_to_dates_that_one_too(pipeline, first, second, flagged):
    doc = pipeline(from_text(f"{first}\n\n{second}", date="2024-10-10"))
    assert ("CC104" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("told, flagged", [
    ("had been scheduled to fly on June 2", False),  # a flight planned and called off is no date of Monday's
    ("flew on June 2", True),
])
def test_a_scheduled_flight_called_off_is_not_the_one_flown(pipeline, told, flagged):
    text = ("A private rocket firm flew its new craft on Monday from an island range.\n\nThe flight on Monday was its "
            f"fourth of the year.\n\nThe craft {told}, but storms cut the attempt short.")
    flags = [f for f in pipeline(from_text(text, date="2025-06-11")).flags if f.id == "CC104"]
    assert bool(flags) == flagged


@pytest.mark.parametrize("body, cited", [
    # one thing named with and without its owner ("the city's aquarium", "the aquarium") is one subject
    ("The city's aquarium reopened to visitors on Monday after a year of repairs.\n\nIts director said 3,100 people "
     "have bought tickets since the aquarium reopened on June 12.", [["Monday", "June 12"]]),
    ("The city's aquarium reopened to visitors on Monday after a year of repairs.\n\nIts director said 3,100 people "
     "have bought tickets since the aquarium reopened on June 16.", []),
    # the one a name owns is still someone else than the one it names
    ("The singer Mia Holt died on Monday in Leeds.\n\nHolt's mother died on June 12.", []),
])
def test_cc104_an_owned_subject_and_the_same_noun_unowned_are_one_subject(checked, body, cited):
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("body, cited", [
    # a date on a definite event noun is the event's, whatever the clause's verb tells of
    ("The river flooded the lower town on Monday.\n\nShops in the lower town have not reopened since the flood "
     "on June 12.", [["Monday", "June 12"]]),
    ("The river flooded the lower town on Monday.\n\nShops in the lower town have not reopened since the flood "
     "on June 16.", []),
    # a date on the negated verb itself, and a planned event's date, are no dates of what happened
    ("The river flooded the lower town on Monday.\n\nIt did not flood the upper town on June 12.", []),
    ("The planned launch on June 12 was called off.\n\nThe rocket launched on Monday from the coast.", []),
])
def test_cc104_a_date_on_a_definite_event_noun_under_a_negated_verb(checked, body, cited):
    assert dates_cited(checked(body)) == cited


@pytest.mark.parametrize("later, flagged", [
    ("The 3.1 percent rise in April came as a surprise to analysts.", True),  # last month is May
    ("The 3.1 percent rise in May came as a surprise to analysts.", False),
    ("The 1.8 percent rise in April came as a surprise to analysts.", False),  # another size: another rise
])
def test_cc104_a_rise_named_with_its_size_is_the_rise_told_with_that_size(checked, later, flagged):
    # "office rents" and "the 3.1 percent rise": a size compounded on the noun names no other kind of rise
    body = f"Office rents in the valley rose 3.1 percent last month, a survey showed on Monday.\n\n{later}"
    assert bool(dates_cited(checked(body))) is flagged


@pytest.mark.parametrize("later, flagged", [
    # a date set right after the figure a move starts from is that figure's time, not the move's ...
    ("The count behind by over a year has risen from 75 at the end of March 2020 to 940.", False),
    # ... while the date of where it arrived is still the move's
    ("The count behind by over a year has risen to 940 at the end of March 2020.", True),
])
def test_cc104_a_date_of_the_value_a_move_starts_from_is_no_date_of_the_move(pipeline, later, flagged):
    body = f"The count of households behind on water bills rose to 6,300 at the end of March.\n\n{later}"
    assert ("CC104" in {f.id for f in pipeline(from_text(body, date="2023-04-20")).flags}) is flagged


@pytest.mark.parametrize("weekday, flagged", [
    ("Wednesday", False),  # June 12, 2024 was a Wednesday
    ("Thursday", True),  # this year's June 12, not last year's
])
def test_cc104_a_date_told_of_last_year_takes_that_years_weekday(checked, weekday, flagged):
    body = (f"The fair drew 4,100 visitors on its opening day, up from 3,650 on {weekday}, June 12 last year, the "
            "organisers said.")
    doc = checked(body)
    told = next(f for f in doc.facts if f.claim.text.startswith(weekday))
    assert (told.time.first.year, told.time.last.year) == (2024, 2024)
    assert bool(dates_cited(doc)) is flagged


@pytest.mark.parametrize("day, flagged", [
    ("June 16", True),  # a day before Tuesday, June 17
    ("June 17", False),  # the same day
    ("June 15", False),  # two days before: another day's event, not a slip of one
])
def test_cc104_a_weekday_and_a_date_a_day_apart_may_date_one_event_two_ways(checked, day, flagged):
    body = ("Councillors decided on Tuesday to shut the town's lido when the summer ends.\n\n"
            "The lido was built in 1968 and its roof leaks.\n\n"
            f"The decision, taken on {day}, ends a campaign by residents to keep it open.")
    assert bool(dates_cited(checked(body))) is flagged


@pytest.mark.parametrize("last", [
    # a date written with its own weekday: a careful writer's other day
    "A survey of the roof, carried out on Monday, June 16, found it unsafe.",
    # a statement's day: what was said the day before, not the decision
    "The council's leader said on June 16 that the roof could not be saved.",
])
def test_cc104_a_day_apart_is_quiet_for_a_date_with_its_own_weekday_or_a_statement_s_day(checked, last):
    body = f"Councillors decided on Tuesday to shut the town's lido.\n\nThe lido was built in 1968.\n\n{last}"
    assert dates_cited(checked(body)) == []


@pytest.mark.parametrize("owner, flagged", [
    ("a grain train", False),  # another train's wagons: another derailment
    ("the train", True),  # the same train's, told on another day
])
def test_cc104_a_subject_of_a_thing_brought_in_as_new_is_another_event(checked, owner, flagged):
    body = ("Fourteen wagons of a freight train left the tracks near Ashby on Monday, the rail company said.\n\n"
            "Nobody was injured, and the line reopened on Tuesday evening.\n\nIt was the company's second derailment "
            f"this year. In February, nine wagons of {owner} left the tracks in a cutting near Holt.")
    assert bool(dates_cited(checked(body, "2024-06-12"))) is flagged


def test_cc104_the_same_event_noun_at_another_time_is_another_of_its_series(checked):
    # "the same poll a year ago": the poll's edition of a year before, not Monday's poll dated again
    body = ("A poll published on Monday by the county's chamber of trade found fewer shops planning to hire.\n\n"
            "The chamber asked 800 shops in May.\n\n"
            "About 28 percent expect to hire, down from 35 percent in the same poll a year ago.")
    assert dates_cited(checked(body)) == []


@pytest.mark.parametrize("sent, flagged", [
    ("on Saturday, four days before the conference opened", True),  # Saturday is three days before Tuesday
    ("on Saturday, three days before the conference opened", False),
    ("on Saturday, four days before the conference closed", False),  # its end: not told when that was
])
def test_cc104_a_conference_begun_on_a_day_is_the_conference_that_opened_then(pipeline, sent, flagged):
    text = ("Ministers from six states began a two-day conference on fisheries in the port of Varna on Tuesday.\n\n"
            f"A draft statement was sent to the delegations {sent}.")
    doc = pipeline(from_text(text, date="2024-06-13"))
    assert ("CC104" in {f.id for f in doc.flags}) == flagged


def test_cc104_the_start_of_an_event_is_not_the_day_a_lead_told_on_its_end_gives(pipeline):
    text = ("Envoys of five lake states closed their two-day summit in Ostra on Friday by backing a fund for ferry "
            "towns.\n\nAll five endorsed the final communique on Friday evening, a day after the summit had opened on "
            "Thursday with a debate on harbours.")
    doc = pipeline(from_text(text, date="2024-06-22"))
    assert "CC104" not in {f.id for f in doc.flags}


@pytest.mark.parametrize("day, flagged", [("Tuesday", True), ("Monday", False)])
def test_cc104_a_phrasal_verb_and_its_one_word_noun_are_one_event(pipeline, day, flagged):
    text = (f"Wednesday, March 6, 2024\n\nThe factory shut down on Monday. The shutdown on {day} idled 400 workers.")
    assert ("CC104" in codes(pipeline(from_text(text, date="2024-03-06")))) == flagged


def test_cc104_a_count_of_event_nouns_is_many_events(pipeline):
    text = ("Thursday, January 16, 2020\n\nThe Orm paper mill shut down 12 times in 2019 because of power cuts, its "
            "owners said on Thursday.\n\nThat was up from the 7 shutdowns in 2018, when the grid was more stable.")
    assert "CC104" not in codes(pipeline(from_text(text, date="2020-01-16")))


@pytest.mark.parametrize("later, flagged", [
    ("The board voted on October 24, at the end of a three-hour meeting.", True),  # last Thursday was November 15
    ("The board voted on November 15, at the end of a three-hour meeting.", False),
])
def test_cc104_a_date_in_a_past_clause_below_a_plan_is_told(pipeline, later, flagged):
    # "will close ... after its board voted last Thursday": the vote happened, whatever the closure plans
    text = ("The college will close its campus in Hartwell after its board voted last Thursday to teach only at its "
            f"main site. The campus opened in 1998.\n\nStaff were told on Friday.\n\n{later}")
    assert ("CC104" in {f.id for f in pipeline(from_text(text, date="2018-11-20")).flags}) == flagged
