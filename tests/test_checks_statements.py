"""CC301–CC303 wiring with a stand-in model (pair choice, both directions, thresholds), and the registry."""

from __future__ import annotations

import pytest
from test_checks_support import FixedNli, codes, make_doc, run_checks

from claimcheck.checks import RULES, Checker
from claimcheck.checks.statements import candidate_pairs
from claimcheck.errors import ClaimcheckError
from claimcheck.facts import FactExtractor
from claimcheck.ingest import from_text
from claimcheck.lexicon import settings_vectors
from claimcheck.settings import Settings

DIVIDEND = ("Meridian Foods has never paid a dividend to its shareholders, the filing shows.\n\n"
            "The company plans to open three factories next year.\n\n"
            "Meridian Foods paid a dividend to its shareholders in March, the chief executive said.")


HARBOUR = ("The Harbour Line opened to passengers on Monday, the transport authority said.\n\n"
           "Officials expect the new timetable to cut journeys by ten minutes.\n\n"
           "The Harbour Line stayed shut to passengers on Monday after a signal failure.")


def _facts(doc):
    FactExtractor()(doc)
    return doc


def test_cc301_two_statements_the_model_finds_contradictory_scored_both_ways(nlp):
    doc = make_doc(nlp, HARBOUR, [])
    model = FixedNli(contradiction=Settings().nli_threshold)  # at the threshold is enough
    run_checks(doc, nli=model)
    assert codes(doc) == ["CC301"]
    first, second = (e.text for e in doc.flags[0].evidence)
    assert first.startswith("The Harbour Line opened") and second.startswith("The Harbour Line stayed")
    assert (first, second) in model.calls and (second, first) in model.calls


@pytest.mark.parametrize("question", [
    "Has Meridian Foods ever paid a dividend to its shareholders?",
    "Why has Meridian Foods never paid a dividend to its shareholders?”",
])
def test_cc301_a_question_asserts_nothing(nlp, question):
    text = (f"{question}\n\nThe company plans to open three factories next year.\n\n"
            "Meridian Foods paid a dividend to its shareholders in March, the chief executive said.")
    doc = make_doc(nlp, text, [])
    model = FixedNli(contradiction=0.99)
    run_checks(doc, nli=model)
    assert codes(doc) == [] and not any(question.rstrip("”") in pair for pair in model.calls)


def test_checker_counts_its_cost(nlp):
    from test_checks_support import FakeResources

    checker = Checker(FakeResources(Settings(preview=True), FixedNli(contradiction=0.99)))
    doc = make_doc(nlp, HARBOUR, [])
    checker(doc)
    assert checker.stats.articles == 1 and checker.stats.nli_pairs >= 2
    assert checker.stats.words == len(HARBOUR.split()) and checker.stats.seconds > 0


def test_cc301_needs_the_threshold(nlp):
    doc = make_doc(nlp, HARBOUR, [])
    model = FixedNli(contradiction=0.5)
    run_checks(doc, nli=model)
    assert codes(doc) == [] and model.calls  # scored, and below the threshold


def test_cc303_a_denial_for_all_time_needs_no_date(nlp):
    doc = make_doc(nlp, DIVIDEND, [])  # "has never paid" and "paid": whenever it was paid
    run_checks(doc, nli=FixedNli(contradiction=0.2))
    assert codes(doc) == ["CC303"]


MARCH = ("March", "period", None, {"date": "2025-03-01/2025-03-31"})
THIS_YEAR = ("this year", "period", 2025.0, {"date": "2025-01-01/2025-12-31"})


@pytest.mark.parametrize("text, claims", [
    (DIVIDEND, [MARCH]),
    ("The central bank has not raised interest rates this year, the governor said.\n\n"
     "When the central bank raised rates by a quarter point in March, it cited food prices.", [THIS_YEAR, MARCH]),
    ("The council has not approved any new homes on the estate since 2020.\n\n"
     "Councillors approved 300 new homes on the estate in 2022, the planning record shows.",
     [("2020", "period", 2020.0, {"date": "2020-01-01/2020-12-31"}),
      ("2022", "period", 2022.0, {"date": "2022-01-01/2022-12-31"})]),
])
def test_cc303_a_denial_covering_the_time_of_the_assertion_is_flagged_below_the_threshold(nlp, text, claims):
    doc = make_doc(nlp, text, claims)
    raw_scores = Settings(calibrated_confidence=False)  # a stable rule; the rule's own score, before calibration
    run_checks(doc, raw_scores, nli=FixedNli(contradiction=0.2))
    assert codes(doc) == ["CC303"]
    assert 0.5 <= doc.flags[0].confidence < 0.85 and "denial" in doc.flags[0].message


@pytest.mark.parametrize("text, claims", [
    # the assertion lies outside the period denied
    ("The central bank has not raised interest rates this year, the governor said.\n\n"
     "The central bank last raised rates in March 2024, citing food prices.",
     [THIS_YEAR, ("March 2024", "period", None, {"date": "2024-03-01/2024-03-31"})]),
    # a plan is not an assertion that it happened
    ("Meridian Foods has never paid a dividend to its shareholders, the filing shows.\n\n"
     "Meridian Foods will pay a dividend to its shareholders in March, the chief executive said.", [MARCH]),
    # two different named subjects
    ("Alvarez has never won a title in her career, her coach said.\n\n"
     "Brennan won a title in March after beating three seeded players.", [MARCH]),
])
def test_cc303_denials_that_do_not_cover_the_assertion_are_left_alone(nlp, text, claims):
    doc = make_doc(nlp, text, claims)
    run_checks(doc, nli=FixedNli(contradiction=0.2))
    assert codes(doc) == []


def test_cc303_the_model_vetoes_a_denial_it_reads_as_entailed(nlp):
    doc = make_doc(nlp, DIVIDEND, [MARCH])
    run_checks(doc, nli=FixedNli(contradiction=0.05, entailment=0.9))
    assert codes(doc) == []


def test_candidate_pairs_grow_linearly(nlp):
    places = [f"{a}{b}ford" for a in "bcdfg" for b in "aeiou"]  # 25 rare names, each in a few sentences
    sentences = [f"The ministry said the rail line to {places[i % 25].title()} would "
                 f"{'not ' if i % 2 else ''}open before the {places[(i + 3) % 25].title()} bridge."
                 for i in range(120)]
    doc = make_doc(nlp, "\n\n".join(sentences), [])
    _facts(doc)
    vectors = settings_vectors(Settings())
    settings = Settings(nli_pairs_per_sentence=3, nli_max_pairs=1000)
    pairs = candidate_pairs(doc, settings, vectors)
    assert 0 < len(pairs) <= 3 * len(doc.sentences)
    assert len(candidate_pairs(doc, Settings(nli_max_pairs=50), vectors)) == 50


MONTHS = [("last month", "period", None, {"date": "2025-09-01/2025-09-30"}),
          ("next month", "period", None, {"date": "2025-11-01/2025-11-30"})]


def test_cc302_one_event_two_times(nlp):
    text = ("The Nordkyst wind farm began operating last month, the utility said.\n\n"
            "Engineers are still testing the turbines.\n\n"
            "\"The wind farm will start operating next month,\" the project director said.")
    doc = make_doc(nlp, text, MONTHS, date="2025-10-08")
    run_checks(doc, nli=FixedNli(contradiction=0.4))
    assert codes(doc) == ["CC302"]
    assert "last month" in doc.flags[0].message and "next month" in doc.flags[0].message
    cleared = make_doc(nlp, text, MONTHS, date="2025-10-08")
    run_checks(cleared, nli=FixedNli(entailment=0.9))
    assert codes(cleared) == []


def test_cc302_different_events_are_not_compared(nlp):
    text = ("Construction of the bridge began last year, the council said.\n\n"
            "The new ferry service will start next year, its operator said.")
    doc = make_doc(nlp, text, [("last year", "period", None, {"date": "2024-01-01/2024-12-31"}),
                               ("next year", "period", None, {"date": "2026-01-01/2026-12-31"})], date="2025-10-08")
    run_checks(doc, nli=FixedNli(contradiction=0.99))
    assert codes(doc) == []


def test_missing_model_warns_and_other_rules_still_run(nlp):
    text = ("A fire at a textile factory killed 12 workers on Monday, the fire service said.\n\n"
            "The 14 workers killed make it the worst industrial fire in the region this year.\n\n"
            "The Nordkyst wind farm began operating last month, the utility said.\n\n"
            "\"The wind farm will start operating next month,\" the project director said.")
    doc = make_doc(nlp, text, [("12", "count", 12.0), ("14", "count", 14.0)], date="2025-10-08")
    run_checks(doc, nli=None)
    assert codes(doc) == ["CC102"]
    assert any(w.startswith("CC301, CC302, CC303, CC305, CC306 not run: NLI model not found") for w in doc.warnings)


def test_the_model_is_not_loaded_for_an_article_without_pairs_to_score(nlp):
    text = "A fire at a textile factory killed 12 workers on Monday, the fire service said."
    doc = make_doc(nlp, text, [("12", "count", 12.0)])
    run_checks(doc, nli=None)  # a missing model is only noticed when there is a pair to score
    assert codes(doc) == [] and doc.warnings == []


def test_registry_matches_the_corpus_rule_table():
    from pathlib import Path

    table = (Path(__file__).resolve().parent.parent / "corpus" / "README.md").read_text(encoding="utf-8")
    for code, rule in RULES.items():
        assert f"| {code} | {rule.name} |" in table
        assert rule.severity in {"info", "warning", "error"}
        text = rule.explain()
        assert "What it does" in text and "Why it matters" in text and "Example" in text


def test_severity_overrides_and_off(nlp):
    text = ("A fire at a textile factory killed 12 workers on Monday, the fire service said.\n\n"
            "The 14 workers killed make it the worst industrial fire in the region this year.")
    claims = [("12", "count", 12.0), ("14", "count", 14.0)]  # the model reads the two clauses as contradicting
    doc = run_checks(make_doc(nlp, text, claims), Settings(preview=True, severity_overrides={"CC102": "info"}),
                     FixedNli(contradiction=0.9))
    assert [(f.id, f.severity) for f in doc.flags] == [("CC102", "info")]
    doc = run_checks(make_doc(nlp, text, claims), Settings(preview=True, severity_overrides={"cc102": "off"}),
                     FixedNli(contradiction=0.9))
    assert [f.id for f in doc.flags] == ["CC107"]  # "the 14 workers" refers back: CC107 no longer defers to CC102
    doc = run_checks(make_doc(nlp, text, claims), Settings(
        preview=True, severity_overrides={"cc102": "off", "CC107": "off"}), FixedNli(contradiction=0.9))
    assert doc.flags == []
    with pytest.raises(ClaimcheckError):
        Checker(type("R", (), {"settings": Settings(severity_overrides={"CC102": "loud"})})())
    with pytest.raises(ClaimcheckError):
        Checker(type("R", (), {"settings": Settings(severity_overrides={"CC999": "off"})})())


def test_a_denial_since_a_date_in_an_undated_article_is_left_alone(nlp):
    text = ("Meridian Foods has not raised prices since 2019, the company said.\n\n"
            "Meridian Foods raised prices in 2021, shoppers said.")
    doc = make_doc(nlp, text, [("2019", "period", 2019.0, {"date": "2019"}), ("2021", "period", 2021.0,
                                                                          {"date": "2021"})], date=None)
    run_checks(doc, nli=FixedNli(contradiction=0.2))  # raised TypeError: the denial ran to an unknown day
    assert doc.flags is not None and not any("not run" in w for w in doc.warnings)


@pytest.mark.rule_failure
def test_a_failing_rule_leaves_a_warning_and_the_other_rules_still_run(nlp, monkeypatch):
    import claimcheck.checks as checks

    def broken(doc, settings):
        raise ValueError("math domain error")

    monkeypatch.setattr(checks, "_derived", broken)
    text = ("A fire at a textile factory killed 12 workers on Monday, the fire service said.\n\n"
            "The 14 workers killed make it the worst industrial fire in the region this year.")
    doc = run_checks(make_doc(nlp, text, [("12", "count", 12.0), ("14", "count", 14.0)]),
                     nli=FixedNli(contradiction=0.9))
    assert codes(doc) == ["CC102"]
    assert any(w.startswith("CC201, CC202, CC203, CC204, CC205 not run: internal error ValueError") for w in doc.warnings)


YEARS = [("last year", "period", None, {"date": "2024-01-01/2024-12-31"}),
         ("this year", "period", None, {"date": "2025-01-01/2025-12-31"})]


@pytest.mark.parametrize("second, flagged", [
    ("The river flooded the town this year, the mayor said.", True),  # one flood, two years
    ("The river flooded the town again this year, the mayor said.", False),  # told as a repeat
])
def test_cc302_an_event_told_again_holds_at_two_times(nlp, second, flagged):
    doc = make_doc(nlp, "The river flooded the town last year, officials said.\n\n" + second, YEARS, date="2025-10-08")
    run_checks(doc, nli=FixedNli(contradiction=0.99))
    assert bool({"CC302", "CC104"} & set(codes(doc))) == flagged  # CC104 takes a pair it dates by the event


@pytest.mark.parametrize("second, flagged", [
    ("The river flooded the town this year, the mayor said.", True),
    # amounts of an activity over two periods: two amounts, no one event ("cleared 40 tonnes of debris")
    ("Crews cleared 120 tonnes of debris from the town this year, the mayor said.", False),
])
def test_cc302_amounts_done_in_two_periods_are_no_one_event(nlp, second, flagged):
    first = ("Crews cleared 80 tonnes of debris from the town last year, officials said." if "debris" in second else
             "The river flooded the town last year, officials said.")
    doc = make_doc(nlp, f"{first}\n\n{second}", YEARS, date="2025-10-08")
    run_checks(doc, nli=FixedNli(contradiction=0.2))
    assert bool({"CC302", "CC104"} & set(codes(doc))) == flagged


@pytest.mark.parametrize("second, flagged", [
    # a count of its own for each telling: two rounds of a yearly test, not one sitting dated twice
    ("Last year, 980 applicants took it.", False),
    ("Last year, 1,320 applicants took it.", True),  # the same count: one sitting told with two times
])
def test_cc302_two_tellings_each_with_its_own_count_are_two_rounds(pipeline, second, flagged):
    text = ("The academy failed 40 of the 1,320 applicants who took its entrance exam last month, officials said."
            f"\n\n{second}")
    assert ("CC302" in {f.id for f in pipeline(from_text(text, date="2024-03-06")).flags}) == flagged


def test_cc302_a_state_holds_at_two_times(nlp):
    text = "The museum had 400 visitors a day last year.\n\nThe museum has had 650 visitors a day this year."
    doc = make_doc(nlp, text, YEARS, date="2025-10-08")
    run_checks(doc, nli=FixedNli(contradiction=0.99))
    assert "CC302" not in codes(doc)


@pytest.mark.parametrize("text", [
    "Rosa Fenwick was taken to hospital on Monday. She died on Tuesday night.\n\n"
    "Fenwick remained in a serious condition on Wednesday, doctors said.",
    "Gunmen killed Tomas Varga in March 2018, police said.\n\nVarga opened a bakery in the town in June 2019.",
])
def test_cc304_a_person_acting_after_their_dated_death(preview_pipeline, text):
    doc = preview_pipeline(from_text(text, date="2019-07-06"))
    assert [f.id for f in doc.flags] == ["CC304"] and len(doc.flags[0].evidence) == 2


@pytest.mark.parametrize("text", [
    # what happens to the dead is told in the passive, or of others
    "Rosa Fenwick died on Tuesday night.\n\nFenwick was buried on Friday, and her family spoke to reporters.",
    # the act comes before the death
    "Rosa Fenwick spoke to reporters on Monday.\n\nShe died on Tuesday night.",
    # the killer acts after killing
    "Tomas Varga killed two deer in March.\n\nVarga opened a bakery in the town in June.",
    # the later date is the sentence's, not the clause's
    "Rosa Fenwick died in 2015.\n\nA ceremony held on Friday remembered how Fenwick loved the sea.",
    # a death denied
    "Rosa Fenwick did not die on Tuesday.\n\nFenwick spoke to reporters on Wednesday.",
    # the death told again ("passed away"): two dates of one death are CC104's
    "Rosa Fenwick died on Tuesday.\n\nFenwick passed away on Thursday at her home.",
    # a day that came round before the death is no date after it
    "Rosa Fenwick died in May. She swam in the harbour every Thursday morning for forty years.",
])
def test_cc304_quiet_without_an_act_after_a_death(preview_pipeline, text):
    doc = preview_pipeline(from_text(text, date="2019-07-06"))
    assert "CC304" not in [f.id for f in doc.flags]


@pytest.mark.parametrize("later, flagged", [
    ("Ines Moreau, who has not resigned, said on Friday that she would fight the motion.", True),  # up to now
    ("Paul Grant, who has not resigned, said on Friday that he would fight the motion.", False),  # someone else
    ("Ines Moreau had not resigned by Tuesday, her aides said on Friday.", False),  # a past time, before she did
])
def test_cc303_a_named_subject_s_denial_in_the_present_perfect_covers_all_time_up_to_now(nlp, later, flagged):
    text = ("Ines Moreau resigned as party leader on Wednesday night in a speech to her supporters.\n\n"
            f"The party will choose a new leader next month.\n\n{later}")
    doc = make_doc(nlp, text, [("Wednesday night", "date", None, {"date": "2025-06-18"}),
                               ("Friday", "date", None, {"date": "2025-06-20"})], date="2025-06-21")
    run_checks(doc, nli=FixedNli(contradiction=0.2))
    assert ("CC303" in codes(doc)) == flagged


@pytest.mark.parametrize("denial, flagged", [
    ("Corran Athletic has never won the regional shield.", True),  # never, up to now
    ("Corran Athletic had never won the regional shield before.", False),  # never before the win the story tells
])
def test_cc303_a_denial_in_the_past_perfect_is_of_the_time_before_the_story(pipeline, denial, flagged):
    text = f"Corran Athletic won the regional shield on Saturday.\n\n{denial}"
    assert ("CC303" in {f.id for f in pipeline(from_text(text, date="2023-06-12")).flags}) == flagged


@pytest.mark.parametrize("attribution", [", her office said", ""])  # her office reports it; the article denies it
def test_cc303_a_verb_of_saying_attributed_after_its_clause_is_still_a_statement_of_it(pipeline, attribution):
    text = (f"Transport minister Ana Ruiz admitted in a radio interview late on Sunday{attribution}.\n\n"
            "Ruiz, who has not admitted, opened a bridge on Monday.")
    assert "CC303" in {f.id for f in pipeline(from_text(text, date="2024-03-12")).flags}


@pytest.mark.parametrize("text", [
    "The town assembly on Tuesday approved the harbour budget after a long debate.\n\n"
    "The mayor thanked the members for their work.\n\nThe harbour budget was rejected by 31 votes to 12.",
    "The jury acquitted Dana Hollis of fraud on Monday.\n\nHollis had denied the charges.\n\n"
    "The jury convicted Hollis of fraud after a two-week trial.",
    # "cleared" is an acquittal; a relative clause's passive is done to its antecedent; an apposed name is the object
    "A jury on Tuesday cleared the builder Tom Marsh of fraud.\n\nThe company he ran was fined £40,000.\n\n"
    "Marsh, who was convicted of fraud, left court without speaking.",
    "Marta Ruiz won the mayoral election on Sunday, officials said.\n\nTurnout was low.\n\n"
    "Ruiz lost the mayoral election by 300 votes, the count showed.",
])
def test_cc305_one_thing_given_two_opposite_outcomes(pipeline, text):
    doc = pipeline(from_text(text, date="2025-03-12"))
    assert [f.id for f in doc.flags] == ["CC305"] and len(doc.flags[0].evidence) == 2


@pytest.mark.parametrize("text", [
    # a part's outcome beside the whole's
    "Voters in the canton of Vaud on Sunday approved the tourist tax.\n\n"
    "Voters in the district of Aigle rejected the tourist tax by a narrow margin.",
    # another occasion: a vote years before
    "Voters on Sunday approved the tourist tax.\n\nIn 2015, voters rejected the tourist tax.",
    "Voters approved the tourist tax, officials said.\n\nIn 2015, voters rejected the tourist tax.",
    # one match: a winner and a loser
    "Harlow Town won the cup final on Saturday.\n\nBrenton Rovers lost the cup final despite leading at half-time.",
    # the outcome denied
    "The panel did not approve the harbour budget on Tuesday.\n\nThe panel rejected the harbour budget.",
    # two speakers' accounts: a dispute the article reports
    '"The council rejected the plan," Ana Ruiz said.\n\n"The council approved the plan," Tom Okafor said.',
    # another person convicted; another thing cleared
    "A jury on Tuesday cleared the builder Tom Marsh of fraud.\n\nHis brother, who was convicted of fraud in 2019, "
    "was in court.",
    "Crews cleared the road on Tuesday.\n\nThe driver who blocked the road was convicted of dangerous driving.",
    # two people, one verdict each (the charges are several things, each with its own verdict)
    "The jury convicted Colm Pryce of seven charges of fraud on Monday.\n\n"
    "The jury acquitted Eoin Pryce of three charges of forgery.",
    # seats counted: several things, each won or lost by someone
    "The Greens won 14 seats, their best result.\n\nThe governing coalition lost three seats.",
    # one seat each, two owners
    "Ines Marr won her Dock seat with 2,310 votes.\n\nThe former mayor lost his Dock seat to a newcomer.",
])
def test_cc305_quiet_for_parts_other_occasions_two_sides_denials_and_disputes(pipeline, text):
    doc = pipeline(from_text(text, date="2025-03-12"))
    assert "CC305" not in [f.id for f in doc.flags]


@pytest.mark.parametrize("text", [
    # a decision told as unanimous, and votes against it
    "The harbour trust approved the new berth fees unanimously on Monday.\n\n"
    "Two trustees voted against the berth fees, saying small boats would pay too much.",
    "The panel's decision on Friday was unanimous, a spokesman said.\n\n"
    "One of the five members voted against the decision and wrote a dissent.",
    # a decision told as unanimous with no object, right beside a vote against the thing decided
    "The library trust's decision was unanimous.\n\n"
    "Trustee Ada Nolan, who voted against the sale with one other member, called it a mistake.",
    # a bare "voted against" is a vote on the one thing the article tells of
    "The district council voted unanimously on Monday to close the old pier to cars.\n\n"
    "Councillor Noor Haddad had asked for a delay. In the end, Haddad voted against.",
    # one named voter on both sides of one thing
    "Councillor Ines Varga backed the parking levy at Tuesday's meeting.\n\n"
    "Varga voted against the parking levy, which passed by six votes to three.",
    "The Farmers' Union voted in favour of the water plan on Thursday.\n\n"
    "The Farmers' Union opposed the water plan, its chairman told reporters.",
])
def test_cc306_one_vote_given_two_sides(pipeline, text):
    doc = pipeline(from_text(text, date="2025-03-14"))
    assert [f.id for f in doc.flags] == ["CC306"] and len(doc.flags[0].evidence) == 2


@pytest.mark.parametrize("text", [
    # for one thing, against another
    "Councillor Ines Varga voted for the budget on Tuesday.\n\nVarga voted against the amendment on parking.",
    # a unanimous vote against, and members against
    "The board voted unanimously against the merger on Monday.\n\nTwo members had opposed the merger from the start.",
    # a unanimous decision on one thing, votes against another
    "The committee unanimously approved the budget on Monday.\n\nTwo members voted against the new parking rules.",
    # a decision told as unanimous with no object, and a vote against told paragraphs away
    "The library trust's decision was unanimous.\n\nThe sale will close in May.\n\nThe buyer plans flats.\n\n"
    "Trustee Ada Nolan voted against a loan to the museum.",
    # two occasions
    "In 2019, Councillor Ines Varga opposed the parking levy.\n\nVarga voted for the parking levy on Tuesday.",
    # two speakers' accounts: a dispute the article reports
    '"Varga backed the parking levy," Ana Holm said on Tuesday.\n\n'
    '"Varga voted against the parking levy," Tom Ruiz said.',
    # a side denied, and a side still to be taken
    "Councillor Ines Varga did not back the parking levy.\n\nVarga voted against the parking levy on Tuesday.",
    "Councillor Ines Varga backed the parking levy on Tuesday.\n\nVarga will vote against the parking levy next year.",
    # the other members are not the named ones
    "Board members Ivo Marsh and Petra Lunde voted against the closure on Monday.\n\n"
    "The other five members voted in favour of the closure.",
])
def test_cc306_quiet_for_two_things_unanimous_against_other_times_disputes_and_other_voters(pipeline, text):
    doc = pipeline(from_text(text, date="2025-03-14"))
    assert "CC306" not in [f.id for f in doc.flags]


@pytest.mark.parametrize("denial, flagged", [
    ('"The pump never failed during the trip.', True),  # when it failed is no object: the pump is what is denied
    ('"The radio never failed during the trip.', False),  # another thing
    ('"The pump did not fail on the way home.', False),  # another time, no denial for all time
])
def test_cc303_a_thing_said_never_to_have_done_what_it_is_told_to_have_done(pipeline, denial, flagged):
    text = ("A fishing boat drifted for two days off the coast after its pump had failed, the coastguard said on "
            f"Sunday.\n\nThe skipper, Tom Hale, said the crew had stayed calm. {denial} We ran out of fuel,\" he said.")
    doc = pipeline(from_text(text, date="2024-06-03"))
    assert ("CC303" in {f.id for f in doc.flags}) == flagged


@pytest.mark.parametrize("later, flagged", [
    ("Because the policy covered the water damage, Judge Ann Pell ordered the insurer to pay.", True),
    ("In 2019 the policy covered the water damage, the tenant said.", False),  # another time
    ("Because the lease covered the water damage, Judge Ann Pell ordered the landlord to pay.", False),  # another
    # thing's cover
])
def test_cc303_what_a_tribunal_found_on_a_day_is_denied_of_the_undated_past(pipeline, later, flagged):
    text = ("The Elmford tribunal found on Monday that the shop's policy did not cover damage from a burst "
            "water main, rejecting the tenant's argument.\n\nWater stood half a metre deep in the shop in March "
            f"2023.\n\n{later}")
    doc = pipeline(from_text(text, date="2025-02-05"))
    assert ("CC303" in {f.id for f in doc.flags}) == flagged
