"""The facts stage's typed statements (subject, predicate, objects, polarity, time, speaker), and CC303 read from
them end to end: denials of the same event, and the look-alikes that are not one (another subject, another time,
two speakers disputing, a negation of something else)."""

from __future__ import annotations

import pytest
from test_checks_support import FixedNli, run_checks

from claimcheck.checks import Checker
from claimcheck.checks.statements import candidate_pairs
from claimcheck.ingest import from_text
from claimcheck.lexicon import settings_vectors
from claimcheck.settings import Settings


@pytest.fixture(scope="module")
def annotate(pipeline):
    """A runner: the Document of a body text under a headline, through every stage but the checks."""
    stages = [s for s in pipeline.stages if not isinstance(s, Checker)]

    def run(body: str, date: str | None = "2025-06-18"):
        doc = from_text(f"A headline for the test\n\n{body}", date=date)
        for stage in stages:
            stage(doc)
        return doc

    return run


def _find(doc, predicate):
    return [s for s in doc.statements if s.predicate == predicate]


def test_a_verb_clause_and_an_event_noun_meet_on_one_predicate(annotate):
    doc = annotate("No claims of responsibility for the blast emerged on Tuesday, police said.\n\n"
                   "A spokesman for the Harbour Front claimed responsibility for the blast on Tuesday.")
    denied, made = sorted(_find(doc, "claim"), key=lambda s: s.sentence)
    assert denied.nominal and denied.negated and not made.negated and not made.nominal
    assert "responsibility" in denied.objects & made.objects
    assert denied.time == made.time and denied.time is not None and denied.time.days == 1
    assert made.tense == "past" and denied.subject is None


@pytest.mark.parametrize("sentence, predicate, never", [
    ("Meridian Foods has never paid a dividend.", "pay", True),
    ("Meridian Foods did not pay a dividend in 2024.", "pay", False),
    ("Meridian Foods no longer owns the brewery.", "own", False),
    ("Meridian Foods denied closing the brewery.", "close", False),
    ("Nobody at Meridian Foods approved the sale.", "approve", False),
    ("Meridian Foods failed to close the sale before the deadline.", "close", False),
])
def test_polarity(annotate, sentence, predicate, never):
    (statement,) = _find(annotate(sentence), predicate)
    assert statement.negated and statement.never == never


def test_subjects_are_names_where_the_article_names_them(annotate):
    doc = annotate("Sofia Marquez opened the clinic in May.\n\nMarquez later sold the clinic.\n\n"
                   "The clinic was sold by the Lowther Trust.")
    opened, sold, passive = _find(doc, "open")[0], *_find(doc, "sell")
    assert opened.subject == sold.subject == "sofia marquez" and opened.named and sold.named
    assert passive.subject == "lowther trust" and "clinic" in passive.objects  # a passive's agent is its subject
    assert opened.time is not None and sold.time is None


def test_a_plan_is_expected_and_a_quote_has_its_speaker(annotate):
    doc = annotate("Meridian Foods will pay a dividend next year.\n\n"
                   "“We have not paid a dividend this year,” said Tomas Reyes, the chief executive.")
    plan, said = sorted(_find(doc, "pay"), key=lambda s: s.sentence)
    assert plan.tense == "unasserted" and plan.speaker is None
    assert said.negated and said.speaker == "tomas reyes"


@pytest.mark.parametrize("sentence, tense", [
    ("The council approved the plan in May.", "past"),
    ("The council has approved the plan.", "past"),
    ("The council approves the plan.", "present"),
    ("The council could approve the plan.", "unasserted"),
    ("The vote was a pretext for approving the plan.", "unasserted"),
    ("Unless the council approves the plan, the project stops.", "unasserted"),
])
def test_tense(annotate, sentence, tense):
    (statement,) = _find(annotate(sentence), "approve")
    assert statement.tense == tense


def test_a_question_states_nothing(annotate):
    doc = annotate("Has Meridian Foods ever paid a dividend?")
    assert _find(doc, "pay") == []


def _cc303(doc):
    run_checks(doc, Settings(), nli=FixedNli(contradiction=0.3))
    return [f for f in doc.flags if f.id.startswith("CC30")]


@pytest.mark.parametrize("body", [
    "No claims of responsibility for the blast emerged on Tuesday, police said.\n\n"
    "Investigators searched the port all day.\n\n"
    "A spokesman for the Harbour Front claimed responsibility for the blast on Tuesday.",
    "The Lowther Trust has never sold land to developers.\n\n"
    "Its trustees meet twice a year.\n\n"
    "The Lowther Trust sold land to developers in 2019, the land registry shows.",
    "Meridian Foods no longer owns the Eastgate brewery.\n\n"
    "Meridian Foods owns the Eastgate brewery, which employs 40 people.",
    "The council has not approved any new homes this year.\n\nCouncillors approved 300 new homes in March.",
])
def test_cc303_a_denial_and_the_assertion_it_covers(annotate, body):
    flags = _cc303(annotate(body))
    assert [f.id for f in flags] == ["CC303"]


@pytest.mark.parametrize("body", [
    # the same words about two different named subjects
    "The Lowther Trust has never sold land to developers.\n\nThe Wexford Trust sold land to developers in 2019.",
    # ... and about two different people named by what they are
    "The minister did not attend the summit on Monday.\n\nHer deputy attended the summit on Monday.",
    # a denial for one day, the assertion on another
    "No claims of responsibility for the blast emerged on Tuesday, police said.\n\n"
    "A spokesman for the Harbour Front claimed responsibility for the blast on Thursday.",
    # two speakers giving opposite accounts: a dispute the article reports
    "“We did not close the brewery in May,” said Tomas Reyes, the chief executive.\n\n"
    "“They closed the brewery in May,” said Ana Ruiz, a union organiser.",
    # a negation of something else
    "Meridian Foods did not sell the brewery in May.\n\nMeridian Foods sold its bakery in May.",
    "Meridian Foods does not sell beer in France.\n\nMeridian Foods sells beer in Germany.",
    # a plan is not an assertion that it happened
    "Meridian Foods has never paid a dividend.\n\nMeridian Foods will pay a dividend next year.",
    # a clause with no tense of its own asserts nothing
    "The inspectors do not approve new kitchens.\n\nThe rules are a pretext for approving new kitchens.",
    # a general present with no subject says nothing of one time
    "Nothing sticks to the coated pan.\n\nThe more oil sticks to a pan, the harder it is to clean.",
])
def test_cc303_look_alikes_stay_quiet(annotate, body):
    assert _cc303(annotate(body)) == []


def test_candidate_pairs_leave_out_two_speakers_disputing(annotate):
    doc = annotate("“The Harbour Line opened to passengers on Monday,” said Alma Reyes, the transport minister.\n\n"
                   "“The Harbour Line did not open to passengers on Monday,” said Tomas Okafor, a union organiser.")
    vectors = settings_vectors(Settings())
    assert candidate_pairs(doc, Settings(), vectors) == []
    one_speaker = annotate("“The Harbour Line opened to passengers on Monday,” said Alma Reyes, the minister.\n\n"
                           "The Harbour Line did not open to passengers on Monday, the operator's records show.")
    assert len(candidate_pairs(one_speaker, Settings(), vectors)) == 1


def test_candidate_pairs_share_what_their_statements_are_about(annotate):
    vectors = settings_vectors(Settings())
    unrelated = annotate("Alma Reyes opened the Harbour Line to passengers on Monday.\n\n"
                         "Alma Reyes later travelled to Lisbon for a conference on ports.")
    assert candidate_pairs(unrelated, Settings(), vectors) == []  # one name, nothing said of the same thing
    related = annotate("Alma Reyes opened the Harbour Line to passengers on Monday.\n\n"
                       "Alma Reyes closed the Harbour Line to passengers on Monday after a signal failure.")
    assert len(candidate_pairs(related, Settings(), vectors)) == 1


def test_a_statement_keeps_the_places_on_its_verb_and_on_its_subject_not_its_times(annotate):
    doc = annotate("Voters in the district of Aigle rejected the tax on Sunday.\n\n"
                   "The tax was approved in Montreux.\n\nThe council approved the tax.")
    rejected, = _find(doc, "reject")
    in_montreux, plain = sorted(_find(doc, "approve"), key=lambda s: s.sentence)
    assert rejected.places == {"district"} and in_montreux.places == {"montreux"} and plain.places == frozenset()


def test_a_passive_relative_clause_is_done_to_its_antecedent_and_an_apposed_name_is_its_noun(annotate):
    doc = annotate("Police questioned the cyclist Ana Ruiz on Monday.\n\n"
                   "Ruiz, who was arrested for speeding last year, declined to comment.")
    questioned, = _find(doc, "question")
    arrested, = _find(doc, "arrest")
    assert {"cyclist", "ana ruiz"} <= questioned.objects and "ana ruiz" in arrested.objects


def test_definite_objects_are_names_and_known_things_not_counted_or_indefinite_ones(annotate):
    doc = annotate("The Quay Party won the election.\n\nIts leader, Ana Ruiz, won her seat in Dunmore.\n\n"
                   "The Quay Party won 12 seats.\n\nThe Quay Party won a seat in Tarbet.\n\n"
                   "The assembly approved the two budgets and Harbour Bill on Friday.")
    election, own, counted, indefinite = sorted(_find(doc, "win"), key=lambda s: s.sentence)
    approved, = _find(doc, "approve")
    assert "election" in election.definite_objects and "her seat" in own.definite_objects
    assert "seat" in counted.objects and "seat" not in counted.definite_objects | indefinite.definite_objects
    assert "budget" in approved.objects and "budget" not in approved.definite_objects


def test_a_phrase_of_when_is_no_object_of_its_verb(annotate):
    doc = annotate("The lift stopped during the storm. The crew waited after the match. The team played at the arena.")
    objects = {s.predicate: s.objects for s in doc.statements}
    assert objects["stop"] == frozenset() and objects["wait"] == frozenset()  # when, not what they acted on
    assert "arena" in objects["play"]  # a place phrase stays one


@pytest.mark.parametrize("sentence, predicate, stance, on, unanimous", [
    ("Councillor Ines Varga backed the parking levy.", "back", "for", {"levy"}, False),
    ("The union opposed the plan from the start.", "oppose", "against", {"plan"}, False),
    ("Three members voted against the new rules.", "vote", "against", {"rule"}, False),
    ("Most members voted in favour of the new rules.", "vote", "for", {"rule"}, False),
    ("In the end, Varga voted against.", "vote", "against", set(), False),
    ("The board approved the fees unanimously.", "approve", None, set(), True),
    ("The board approved the fees in a unanimous vote.", "approve", None, set(), True),
    ("The panel's decision was unanimous.", "unanimous", None, set(), True),
    ("Varga voted at the school hall in the morning.", "vote", None, set(), False),  # a vote with no side
    ("The grant will back local bakeries.", "back", "for", {"bakery"}, False),  # a side, read as such; unasserted
])
def test_a_clause_keeps_the_side_it_takes_and_whether_its_decision_was_unanimous(annotate, sentence, predicate,
                                                                                  stance, on, unanimous):
    found = _find(annotate(sentence), predicate)
    assert found and found[0].stance == stance and set(found[0].stance_on) == on
    assert found[0].unanimous == unanimous


def test_several_of_a_body_are_not_its_named_member(annotate):
    doc = annotate("Board members Ivo Marsh and Petra Lunde voted against the closure.\n\n"
                   "The other five members voted in favour.")
    assert [(s.subject, s.named) for s in _find(doc, "vote") if s.sentence == 2] == [("member", False)]


@pytest.mark.parametrize("sentence, objects, tense", [
    ("Critics point to an outside audit the ministry commissioned in 2020.", {"audit"}, "past"),
    ("The man she married in 2010 runs a bakery.", {"man"}, "past"),
    ("The audit, which the ministry commissioned in 2020, found waste.", {"audit"}, "past"),  # a relative word
    ("The ministry commissioned a survey of its staff.", {"survey"}, "past"),  # no relative clause
])
def test_a_relative_clause_with_no_relative_word_acts_on_its_noun(annotate, sentence, objects, tense):
    found = [s for s in annotate(sentence).statements if s.predicate in {"commission", "marry"}]
    assert found and objects <= set(found[0].objects) and found[0].tense == tense


def test_cc303_a_denial_and_the_thing_told_done_in_a_relative_clause(annotate):
    doc = annotate("The transport ministry has never commissioned an outside audit of the tram contract.\n\n"
                   "Critics point to an outside audit the ministry commissioned in 2020.")
    assert _cc303(doc)


@pytest.mark.parametrize("sentence, tense", [
    ("Tenants who register before May 1 pay less.", "unasserted"),  # which tenants: nothing asserted
    ("Anyone who registered in March paid less.", "unasserted"),
    ("The tenants who registered in March paid less.", "past"),  # the ones the article tells of
    ("Three tenants who registered in March paid less.", "past"),
])
def test_a_relative_clause_picking_out_which_of_a_kind_asserts_nothing(annotate, sentence, tense):
    found = _find(annotate(sentence), "register")
    assert found and found[0].tense == tense


def test_cc303_quiet_for_two_relative_clauses_picking_out_who_did_and_who_did_not(annotate):
    doc = annotate("Tenants who register for the parking scheme by June will pay £20 less.\n\n"
                   "Tenants who do not register for the parking scheme keep their old permits.")
    assert not _cc303(doc)


@pytest.mark.parametrize("denied, flagged", [
    ("The number of used cars sold did not fall in March, the dealers said.", True),
    ("The number of new bikes registered did not fall in March, the dealers said.", False),  # other things
])
def test_a_subject_the_number_of_things_tells_of_those_things(annotate, denied, flagged):
    doc = annotate(f"The number of used cars sold fell sharply in March.\n\n{denied}")
    assert bool(_cc303(doc)) == flagged
