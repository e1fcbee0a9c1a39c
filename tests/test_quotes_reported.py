"""Reported speech the parse hangs oddly: where a reported clause ends, clauses the parser left without a subject,
reports nested in another, and look-alikes that report nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.ingest import from_text
from claimcheck.quotes.extractor import extract_quotes
from claimcheck.segment import Segmenter


@pytest.fixture(scope="module")
def quotes_of(nlp):
    """The quotes of a body text under a headline: segmented, then the quote stage alone."""
    segmenter = Segmenter(nlp)

    def run(body: str):
        doc = from_text(f"A headline for the test\n\n{body}", date="2025-05-14")
        segmenter(doc)
        return extract_quotes(doc)

    return run


def _reported(quotes) -> list[str]:
    return [q.text for q in quotes if q.kind in {"indirect", "mixed"}]


@pytest.mark.parametrize("body, expected", [
    # a semicolon or colon the reported clause does not hold ends it
    ("The ministry denies the two incidents are linked; witnesses describe a single attacker.",
     ["the two incidents are linked"]),
    ("The union claimed the offer was an insult; management said it was final.",
     ["the offer was an insult", "it was final"]),
    ("The harbour master told the press the channel was safe: \"Ships can pass without delay.\"",
     ["the channel was safe"]),
    # another speaker's report set against the first ("while ...") is its own
    ("Captain Lena Ortiz said the crew were exhausted while the owner, Piet Haas, wrote he had ordered a full "
     "inspection of the vessel.", ["the crew were exhausted", "he had ordered a full inspection of the vessel"]),
    # a report inside what was said ("after witnesses reported ...") stays part of it
    ("Inspector Dara Quinn said the driver had fled after witnesses reported that he was speeding.",
     ["the driver had fled after witnesses reported that he was speeding"]),
    # an outlet reporting a plain clause is the source, not a relay of someone else's words
    ("The Daily Ledger reported that, during a closed meeting in May, the mayor may have promised contractors "
     "a bonus.", ["during a closed meeting in May, the mayor may have promised contractors a bonus"]),
    # a clause whose subject the parser took for the verb's object
    ("A regional court ruled the city's practice of charging tenants for repairs, which began in 2019, is "
     "unlawful.", ["the city's practice of charging tenants for repairs, which began in 2019, is unlawful"]),
    ("On Friday the cabinet announced the new agency, to be based in Leeds, would open its doors in April.",
     ["the new agency, to be based in Leeds, would open its doors in April"]),
    ("The inspectors established that faulty wiring, rather than arson, was responsible for the blaze.",
     ["faulty wiring, rather than arson, was responsible for the blaze"]),
    # a verb of saying that is itself what a later attribution reports reports nothing of its own
    ("The striker admitted in an interview with a local radio station on Sunday, his agent said.",
     ["The striker admitted in an interview with a local radio station on Sunday"]),
])
def test_where_a_reported_clause_begins_and_ends(quotes_of, body, expected):
    assert _reported(quotes_of(body)) == expected


@pytest.mark.parametrize("body", [
    "The council announced the plan and left the meeting early.",  # an object and a second act, no clause
    "The panel approved the budget, which rises by a tenth.",
    "She believes the bridge is unsafe.",
    "He did not say whether the bridge would reopen.",
    "Did the minister say the deal was dead?",
    "The inspectors established a new office, and the old one closed.",
    "The company announced a new chief executive, and its shares rose.",
])
def test_look_alikes_report_nothing(quotes_of, body):
    assert _reported(quotes_of(body)) == []


@pytest.mark.parametrize("body, expected", [
    # a clause on the source ("..., who said T") is not part of the statement, and is its own report
    ("The fire started shortly after midnight, according to firefighters, who said crews arrived within ten "
     "minutes.", ["The fire started shortly after midnight", "crews arrived within ten minutes"]),
    ("The museum closed early, according to staff, who declined to say why.", ["The museum closed early"]),
    # a passive "written by" in the sentence is no speaker relaying the statement
    ("According to the timetable, which was written by the operator, trains run every hour.",
     ["trains run every hour"]),
    # the statement ends where a semicolon or a colon starts another
    ("According to the auditor, the scheme could save millions: \"The numbers speak for themselves,\" she wrote.",
     ["the scheme could save millions"]),
    # the relay named after a reported clause is not part of it
    ("Mayor Ana Sousa said the bridge will reopen in May, according to the Valley Herald.",
     ["the bridge will reopen in May"]),
])
def test_according_to(quotes_of, body, expected):
    assert _reported(quotes_of(body)) == expected


def test_according_to_ends_at_a_semicolon(quotes_of):
    body = "According to a 2021 council report, the town lost 300 jobs in 2020; new rules call for more training."
    reported = _reported(quotes_of(body))
    assert reported[0] == "the town lost 300 jobs in 2020"
    assert not any("new rules" in text for text in reported)


@pytest.mark.parametrize("body, expected", [
    # what a source says someone or something is: "identified X as Y", "cited X as Y"
    ("Police identified the driver as a 34-year-old man from Leeds.", ["the driver as a 34-year-old man from Leeds"]),
    ("The airline cited bad weather as the reason for the delays.", ["bad weather as the reason for the delays"]),
    # a request whose content the parse hung on "for" as a clause
    ("The mayor has called for landlords to freeze rents this winter.", ["landlords to freeze rents this winter"]),
    # a position made known by a noun object
    ("A local militia later claimed responsibility for the blast.", ["responsibility for the blast"]),
    ("The senator announced her retirement during a radio interview.", ["her retirement"]),
    ("The party declared its support for the strike.", ["its support for the strike"]),
])
def test_objects_that_are_what_was_said(quotes_of, body, expected):
    assert _reported(quotes_of(body)) == expected


@pytest.mark.parametrize("body", [
    "Police identified three suspects.",  # identifying someone says nothing about them
    "The airline cited rising fuel costs.",
    "The council announced plans for a new park.",  # news of an act, not a position
    "The company announced a new chief executive.",
    "She claimed the top prize at the festival.",
    "The senator did not announce her retirement.",
])
def test_objects_that_are_not_statements(quotes_of, body):
    assert _reported(quotes_of(body)) == []


@pytest.mark.parametrize("body, expected", [
    # "S, reported officials": the parse reads the verb as an adjective or a second verb on the speaker
    ("Two trains collided near the harbour on Sunday evening, reported local officials, with nine people hurt.",
     ["Two trains collided near the harbour on Sunday evening"]),
    ("A gunman shot two guards at a bank in the city centre, reported officials, with three others injured.",
     ["A gunman shot two guards at a bank in the city centre"]),
    # amounts the parse hung on the source of "according to" are the statement, not the source's name
    ("Funding could come from two places: perhaps, according to Reuters, $2 billion from a defence budget and "
     "$500 million from a relief fund.",
     ["perhaps, according to Reuters, $2 billion from a defence budget and $500 million from a relief fund"]),
])
def test_inverted_attributions_the_parse_misreads(quotes_of, body, expected):
    assert _reported(quotes_of(body)) == expected


@pytest.mark.parametrize("body", [
    "After the storm, reported damage was light across the county.",
    "The company cut 200 jobs, reported lower sales and closed two plants.",
])
def test_reported_as_an_adjective_or_a_company_result_is_not_speech(quotes_of, body):
    assert _reported(quotes_of(body)) == []


@pytest.mark.parametrize("body, expected", [
    # a passive whose agent is the source, with what it said the subject is or did
    ("The victim was identified as Maria Lund by a police spokesman.", ["The victim was identified as Maria Lund"]),
    ("The two men were reported by witnesses to have fled on foot.",
     ["The two men were reported by witnesses to have fled on foot"]),
    # a passive of an act, or an agent that is no source, says nothing
    ("The new bridge was announced by the mayor on Monday.", []),
    ("The suspects were identified by their fingerprints.", []),
])
def test_passive_reports_with_their_source(quotes_of, body, expected):
    assert _reported(quotes_of(body)) == expected


def test_instructions_are_reported_and_quoted_words_in_them_attributed(quotes_of):
    assert _reported(quotes_of("The minister directed the agency to publish its figures every month.")) == [
        "the agency to publish its figures every month"]
    quotes = quotes_of("The board instructed staff to \"stop all payments at once\" until the audit ends.")
    assert [(q.text, q.speaker) for q in quotes if q.kind == "partial"] == [("stop all payments at once", "board")]


@pytest.mark.parametrize("body", [
    "She directed the film in 2019.",
    "The coach instructed the team in the basics of defence.",
])
def test_directing_or_instructing_without_a_request_says_nothing(quotes_of, body):
    assert quotes_of(body) == []


@pytest.mark.parametrize("body, expected", [
    # a clause introduced by "before", "so", ... is when or why, not what was said
    ("On Tuesday, hours before the committee voted to close the pool, the mayor claimed the repairs were too "
     "costly.", ["the repairs were too costly"]),
    ("The governor declared an emergency last week so he could release flood funds.", []),
    # "that S" on a noun after a preposition is what was said only when the noun is a statement or a document
    ("The firm announced a recall, following customer concerns that the brakes could fail.", []),
    ("The firm said in a letter that the brakes could fail.", ["the brakes could fail"]),
])
def test_clauses_that_are_not_complements(quotes_of, body, expected):
    assert _reported(quotes_of(body)) == expected


def test_a_clause_joined_after_a_direct_quote_is_the_narrators(quotes_of):
    quotes = quotes_of("The coach said \"We were unlucky,\" and the fans left early.")
    assert [q.text for q in quotes] == ["We were unlucky,"]


@pytest.mark.parametrize("body, expected", [
    # a document's participle says what the document holds
    ("The tenants filed a petition claiming the landlord is breaking the law.", ["the landlord is breaking the law"]),
    ("The council published a letter saying the school would close in June.", ["the school would close in June"]),
    ("The tenants filed a petition, hoping the landlord would respond.", []),
    ("Residents were sent a leaflet showing the new bus routes.", []),
])
def test_what_a_document_says(quotes_of, body, expected):
    assert _reported(quotes_of(body)) == expected


@pytest.mark.parametrize("body, expected", [
    # the clause's verb is quoted, its subject is not: one mixed quote, not a partial one
    ("The auditor noted the accounts had been \"badly managed\" for years.",
     "the accounts had been \"badly managed\" for years"),
    ("The judge ruled against the plan, saying the reason given for the delay was \"invented.\"",
     "the reason given for the delay was \"invented.\""),
])
def test_a_reported_clause_whose_verb_is_quoted_is_one_mixed_quote(quotes_of, body, expected):
    quotes = quotes_of(body)
    assert [(q.kind, q.text) for q in quotes] == [("mixed", expected)]


def _parsed(nlp, rows):
    """A Doc with the parse given as (word, head, dep, pos, tag, lemma) rows: a parse the model may or may not give."""
    from spacy.tokens import Doc

    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def _reports(doc):
    from claimcheck.quotes.reported import find_reported

    return [(doc.text[r.start : r.end], r.attribution.subject.text, r.attribution.via)
            for r in find_reported(doc.text, doc, [(0, len(doc.text))], [])]


def test_an_outlet_relays_a_source_the_parse_made_its_object(nlp):
    """"The Herald reported [its source]dobj [said that ...]ccomp": the outlet relays the source's words; with a
    plain clause ("reported that the tenant left") the outlet itself is the source."""
    relayed = _parsed(nlp, [
        ("The", 1, "det", "DET", "DT", "the"), ("Herald", 2, "nsubj", "PROPN", "NNP", "Herald"),
        ("reported", 2, "ROOT", "VERB", "VBD", "report"), ("its", 4, "poss", "PRON", "PRP$", "its"),
        ("source", 2, "dobj", "NOUN", "NN", "source"), ("said", 2, "ccomp", "VERB", "VBD", "say"),
        ("that", 9, "mark", "SCONJ", "IN", "that"), ("the", 8, "det", "DET", "DT", "the"),
        ("tenant", 9, "nsubj", "NOUN", "NN", "tenant"), ("left", 5, "ccomp", "VERB", "VBD", "leave"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert _reports(relayed) == [("the tenant left", "source", "The Herald")]
    plain = _parsed(nlp, [
        ("The", 1, "det", "DET", "DT", "the"), ("Herald", 2, "nsubj", "PROPN", "NNP", "Herald"),
        ("reported", 2, "ROOT", "VERB", "VBD", "report"), ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("the", 5, "det", "DET", "DT", "the"), ("tenant", 6, "nsubj", "NOUN", "NN", "tenant"),
        ("left", 2, "ccomp", "VERB", "VBD", "leave"), (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert _reports(plain) == [("the tenant left", "Herald", None)]


@pytest.mark.parametrize("body, expected", [
    # a gerund after a verb of stating says what the speaker did
    ("The treasurer admitted taking money from the fund.", ["taking money from the fund"]),
    ("The club confirmed signing a new goalkeeper on Friday.", ["signing a new goalkeeper on Friday"]),
    ("The senator denied knowing the donor.", ["knowing the donor"]),
    # after other verbs, or denied, it says nothing
    ("The children enjoyed watching the parade.", []),
    ("The council stopped collecting the bins on Fridays.", []),
    ("The firm did not deny paying the fine.", []),
])
def test_gerunds_after_verbs_of_stating(quotes_of, body, expected):
    assert _reported(quotes_of(body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("The coach joked that the rain had helped his side.", ["the rain had helped his side"]),
    ("The spokesman reminded reporters that the inquiry was still open.", ["the inquiry was still open"]),
    ("Researchers theorised that the comet came from beyond the solar system.",
     ["the comet came from beyond the solar system"]),
    ("The old house reminded her of her childhood.", []),  # no message, no clause
    ("Did the coach joke that the rain had helped?", []),
])
def test_more_verbs_of_saying(quotes_of, body, expected):
    assert _reported(quotes_of(body)) == expected
