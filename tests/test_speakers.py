"""Who said it: speaker resolution on texts the tests write (roles, pronouns, names, documents)."""

from __future__ import annotations

import pytest

from claimcheck.ingest import from_text
from claimcheck.quotes.extractor import extract_quotes
from claimcheck.segment import Segmenter


@pytest.fixture(scope="module")
def quotes_of(nlp):
    """The quotes of an article body under a headline: only the segment and quote stages run."""
    segmenter = Segmenter(nlp)

    def run(body: str):
        doc = from_text("Headline for a test article\n\n" + body, date="2025-03-03")
        segmenter(doc)
        return extract_quotes(doc)

    return run


def _speaker_of(quotes, fragment):
    matches = [q for q in quotes if fragment in q.text]
    assert matches, f"no quote holds {fragment!r}: {[q.text for q in quotes]}"
    return matches[0].speaker


@pytest.mark.parametrize("body, fragment, speaker", [
    # a capitalised role is a role, not a body called "President"
    ("President Ana Ruiz said on Monday that talks would resume. The President insists that the budget must "
     "include money for the bridge.", "the budget must", "Ana Ruiz"),
    # a name apposed to a capitalised role keeps to the name, not the party after "of"
    ("Member of Parliament (MP) Dana Whitfield of the Green Party added, \"The minister has misled the House.\"",
     "misled the House", "Dana Whitfield"),
])
def test_capitalised_roles_resolve_to_the_person(quotes_of, body, fragment, speaker):
    assert _speaker_of(quotes_of(body), fragment) == speaker


@pytest.mark.parametrize("body, speaker", [
    # the subject of a verb of saying in a subordinate clause is the last one heard
    ("Mayor Ana Ruiz said the bridge would reopen, while Transport Secretary Leo Brandt wrote that he had "
     "ordered an inspection. He tweeted, \"Safety comes first for every driver.\"", "Leo Brandt"),
    # look-alike: the subject of a subordinate clause that says nothing is not
    ("Governor Paul Simms said the bridge would reopen once Tom Reyes had finished the inspection. He tweeted, "
     "\"Safety comes first for every driver.\"", "Paul Simms"),
])
def test_a_pronoun_takes_the_last_person_heard(quotes_of, body, speaker):
    assert _speaker_of(quotes_of(body), "Safety comes first") == speaker


@pytest.mark.parametrize("role, speaker", [
    ("The governor", "Sergei Volkov"),
    ("The deputy governor", "Ivan Petrov"),
])
def test_a_role_is_held_at_the_same_rank(quotes_of, role, speaker):
    body = ("Deputy Governor Ivan Petrov said twelve people were still missing.\n\n"
            f"{role} has promised that each family will receive compensation.\n\n"
            "Governor Sergei Volkov visited the hospital on Tuesday.")
    assert _speaker_of(quotes_of(body), "each family") == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("The mayor", "Ana Ruiz"),
    # a role that says whose it is introduces someone new: not whoever spoke last
    ("The head of the city's road inspectors", None),
])
def test_a_described_role_is_not_the_last_speaker(quotes_of, subject, speaker):
    body = ("Mayor Ana Ruiz said the road would reopen on Friday.\n\n"
            f"{subject} told the council \"Basic checks were never done on the bridge.\"")
    assert _speaker_of(quotes_of(body), "Basic checks") == speaker


@pytest.mark.parametrize("judges, subject, speaker", [
    ("Judge Harriet Olsen", "a judge", "Harriet Olsen"),  # the one judge the article names
    ("Judge Harriet Olsen", "a court clerk", None),  # nobody named holds that role
    ("Judge Harriet Olsen and Judge Tom Baird", "a judge", None),  # which judge cannot be told
])
def test_an_indefinite_role_is_the_one_named_holder_or_nobody(quotes_of, judges, subject, speaker):
    body = (f"According to {subject}, the hearing will be held in the week of October 21.\n\n"
            f"The case was heard by {judges} last year.")
    assert _speaker_of(quotes_of(body), "the hearing will be held") == speaker


@pytest.mark.parametrize("source, speaker", [
    ("Ruiz's critics", None),
    ("Ruiz", "Ana Ruiz"),
])
def test_a_named_persons_critics_are_not_that_person(quotes_of, source, speaker):
    body = ("Mayor Ana Ruiz closed the bridge on Monday.\n\n"
            f"According to {source}, the closure is a ploy to delay the repairs until after the election.")
    assert _speaker_of(quotes_of(body), "the closure is a ploy") == speaker
