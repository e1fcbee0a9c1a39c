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


@pytest.mark.parametrize("body, fragment, speaker", [
    # a part of a document is the document's: the judge's
    ("Judge Harriet Olsen struck down the law on Friday.\n\nPart of the judge's statement reads \"the state "
     "has shown no harm that the ban prevents.\"", "no harm", "Harriet Olsen"),
    # a name after a capitalised "The" inside a sentence is a title or a body, never a person's surname
    ("The plant will close in May, according to The Ledger.", "The plant will close", "The Ledger"),
    ("The plant will close in May, according to Tom Ledger.", "The plant will close", "Tom Ledger"),
    # the data of a body defined with its acronym are the body's, under its full name
    ("Dana Kim of the Global Water Authority (GWA) visited the dam.\n\nLosses averaged around 30% a year, "
     "according to GWA's statistics.", "Losses averaged", "Global Water Authority"),
])
def test_documents_and_titles_name_their_source(quotes_of, body, fragment, speaker):
    assert _speaker_of(quotes_of(body), fragment) == speaker


@pytest.mark.parametrize("second, speaker", [
    ("According to the filing, the company disclosed the matter in February.", "Norvik Motors"),
    # look-alike: nobody said anything in a filing before: the filing itself
    ("According to a filing, the company disclosed the matter in February.", "filing"),
])
def test_a_document_someone_spoke_in_is_theirs(quotes_of, second, speaker):
    body = ("Norvik Motors said in a filing to regulators on Monday that it had opened an inquiry into its "
            f"emission tests.\n\n{second}")
    assert _speaker_of(quotes_of(body), "disclosed the matter") == speaker


@pytest.mark.parametrize("body, fragment, speaker", [
    # "the government" is not the last company heard
    ("Acme Corp said it would keep the plant open.\n\nThe government asked the court to delay its ruling.",
     "delay its ruling", "government"),
    ("Acme Corp said it would keep the plant open.\n\nThe government said the plant must close by June.",
     "must close by June", "government"),
    # a leader's administration named as the subject is the body "the administration" stands for later
    ("President Maria Lopez spoke on Monday. For weeks the Lopez administration has tried to change the "
     "census.\n\nA day later the administration said it would appeal the ruling.", "would appeal",
     "Lopez administration"),
])
def test_state_bodies(quotes_of, body, fragment, speaker):
    assert _speaker_of(quotes_of(body), fragment) == speaker


@pytest.mark.parametrize("body, speaker", [
    # "they" after a body that was the subject just before: the body
    ("The International Bridge Commission also criticised the plan on Thursday. They released a statement which "
     "said, \"The bridge must remain open to all.\"", "International Bridge Commission"),
    # look-alike: people named together are "they"
    ("Ana Ruiz and Li Wei criticised the plan on Thursday. They released a statement which said, \"The bridge "
     "must remain open to all.\"", "Ana Ruiz"),
])
def test_they_after_a_body(quotes_of, body, speaker):
    assert _speaker_of(quotes_of(body), "must remain open") == speaker


@pytest.mark.parametrize("body, speaker", [
    ("State prosecutors charged the driver with manslaughter, they said on Sunday.", "State prosecutors"),
    # look-alike: a singular subject of the reported clause is not "they"
    ("The driver was charged with manslaughter, they said on Sunday.", None),
])
def test_they_said_after_the_reported_clause(quotes_of, body, speaker):
    assert _speaker_of(quotes_of(body), "charged") == speaker


@pytest.mark.parametrize("body, fragment, speaker", [
    # a surname two people share is the first one's: the wife named later does not take it over
    ("Former President Robert Kamau died on Monday at the age of 95.\n\nIn 2008 Kamau agreed to share power, and "
     "his wife Grace Kamau was unpopular. \"Only the people can remove me,\" Kamau declared.",
     "Only the people", "Robert Kamau"),
    ("Former President Robert Kamau died on Monday at the age of 95.\n\nHis wife Grace Kamau was unpopular. "
     "\"Only the people can remove me,\" Grace Kamau said.", "Only the people", "Grace Kamau"),
    # a middle name does not make another person
    ("Robert Njoroge Kamau was born in 1931.\n\nRobert Kamau said \"the party is mine\".", "the party is mine",
     "Robert Njoroge Kamau"),
])
def test_people_who_share_a_surname(quotes_of, body, fragment, speaker):
    assert _speaker_of(quotes_of(body), fragment) == speaker


@pytest.mark.parametrize("verb, speaker", [
    ("was told by", "Pavel Orlov"),  # the passive's agent told it
    ("told", "Lev Antonov"),  # look-alike: the active subject told it
])
def test_who_told_whom(quotes_of, verb, speaker):
    body = ("President Lev Antonov flew to the city on Monday. In a meeting that day he "
            f"{verb} Emergencies Minister Pavel Orlov of \"at least 40 people under the rubble\".")
    assert _speaker_of(quotes_of(body), "under the rubble") == speaker


@pytest.mark.parametrize("body, fragment, speaker", [
    # only a person holds the role, so the name the recogniser ran into the organisation is the speaker's
    ("\"This decision changes nothing for the detainees,\" Hong Kong director of Amnesty International Wai-ling "
     "Chan said in a statement.", "changes nothing", "Wai-ling Chan"),
    # look-alike: a spokesperson for a body whose name ends in capitalised words speaks for the body
    ("A spokesperson for the Federation of Small Businesses said traders welcomed the decision.",
     "traders welcomed", "Federation of Small Businesses"),
])
def test_a_name_run_into_an_organisation(quotes_of, body, fragment, speaker):
    assert _speaker_of(quotes_of(body), fragment) == speaker


@pytest.mark.parametrize("body, fragment, speaker", [
    # the name before an organisation and its description: the description is the organisation's, the words hers
    ("Calling it \"a hollow apology\", Marta Lis of \"Safe Homes\", a victim support charity, told the Ledger \"it "
     "reads as if it was written before anyone saw the film.\"", "it reads as if", "Marta Lis"),
    # a name given by a clause on an unnamed person
    ("\"We will not stop,\" said a student using the pseudonym Mara.", "We will not stop", "Mara"),
    ("\"We will not stop,\" said a student using the bridge in Paris.", "We will not stop", None),
    # a role before a name is the person's, whatever the recogniser took the run for
    ("Lawyer Sophie Blanc told reporters \"The verdict is fair.\"", "The verdict is fair", "Sophie Blanc"),
    # the papers of a court case speak as documents
    ("The motion claims that the ban is unconstitutional.", "the ban is unconstitutional", "motion"),
    ("Two of the thefts were, according to agreed facts read in court, \"carefully planned\" by the pair.",
     "carefully planned", "agreed facts"),
])
def test_names_given_around_the_speaker(quotes_of, body, fragment, speaker):
    assert _speaker_of(quotes_of(body), fragment) == speaker


@pytest.mark.parametrize("between, speaker", [
    # "she" after an unnamed speaker is that speaker, not the last named one
    ("The head of the city's road inspectors told the court \"Basic checks were not done.\"", None),
    ("The court heard that basic checks were not done.", "Sophie Blanc"),  # look-alike: nobody else spoke
])
def test_a_pronoun_after_an_unnamed_speaker(quotes_of, between, speaker):
    body = ("Sophie Blanc, a lawyer for the victim, told reporters \"The verdict is fair.\"\n\n"
            f"{between} She also said \"We were called too late.\"")
    assert _speaker_of(quotes_of(body), "called too late") == speaker


def test_they_are_the_people_named_together_by_surname(quotes_of):
    filler = "The inquiry into the events of that night left the victim without a hearing for three years. " * 30
    body = ("Anton Quist and Nils Berg, both officers, were convicted on Thursday.\n\n" + filler +
            "\n\nAn earlier attempt to prosecute Quist and Berg failed in 2016.\n\n"
            "They indicated they would appeal the verdict.")
    assert _speaker_of(quotes_of(body), "appeal the verdict") == "Anton Quist"


@pytest.mark.parametrize("source, via", [
    ("a March 3 NATO press release", None),  # the issuer's own release relays nothing
    ("the Daily Ledger", "Daily Ledger"),  # look-alike: a paper relays what the alliance said
])
def test_a_press_release_is_no_relay(quotes_of, source, via):
    quotes = quotes_of(f"The alliance said its members must spend 2% of GDP, according to {source}.")
    quote = next(q for q in quotes if "must spend" in q.text)
    assert quote.via == via


def test_a_press_release_is_its_issuers(quotes_of):
    quotes = quotes_of("According to a March 3 NATO press release, Hungary spent 1.2% of its GDP on defence in 2018.")
    assert _speaker_of(quotes, "Hungary spent") == "NATO"


@pytest.mark.parametrize("body, fragment, speaker", [
    # a name between commas after a role noun is the role's holder, however the parser attached it
    ("According to the town's mayor, Dee Harlan, police were investigating whether the note was genuine.",
     "police were investigating", "Dee Harlan"),
    ("According to the mayor, police were investigating whether the note was genuine.",
     "police were investigating", None),
    # outlets named generically speak as the words written
    ("Local media reported that the minister had resigned.", "had resigned", "Local media"),
    # a body left unnamed is as anonymous as an unnamed person, and so is a document it filed
    ("An environmental group filed a motion claiming the order is unconstitutional.", "unconstitutional", None),
    ("The Sierra Club filed a motion claiming the order is unconstitutional.", "unconstitutional", "Sierra Club"),
    # a newspaper's "The" is its name's even at the start of a sentence; a body's is not
    ("The Daily Ledger said that the minister had resigned.", "had resigned", "The Daily Ledger"),
    ("The Coast Guard said that the minister had resigned.", "had resigned", "Coast Guard"),
    # a body's guidelines are the body's
    ("NATO guidelines say that members must spend 2% of GDP on defence.", "must spend", "NATO"),
    # a body's name with "of" is not a person named by its last word
    ("Colonel Tarvia Okon said the border was closed.\n\nThe Islamic Front of Okon, which is linked to the rebels, "
     "said the attack was revenge.", "the attack was revenge", "Islamic Front of Okon"),
])
def test_bodies_named_and_unnamed(quotes_of, body, fragment, speaker):
    assert _speaker_of(quotes_of(body), fragment) == speaker
