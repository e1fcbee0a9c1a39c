"""CC210 conflicting-attribute and the facts' `attributes`, on sentences written for these tests."""

from __future__ import annotations

import pytest
from test_checks_support import make_doc

from claimcheck.facts import FactExtractor
from claimcheck.ingest import from_text


def attribute_flags(pipeline, text: str):
    doc = pipeline(from_text(text, date="2024-05-02"))
    return [f for f in doc.flags if f.id == "CC210"], doc


DIED = "Former diplomat Ana Ruiz died on Saturday, aged 78, at her home in Lisbon.\n\n" \
       "Ruiz served three terms as ambassador in Rome.\n\n"


def test_facts_read_ages_nationalities_and_roles_of_named_people(preview_pipeline):
    _flags, doc = attribute_flags(preview_pipeline, DIED + "The 81-year-old had been ill for years.\n\n"
                                  "Lena Park, the lead author, is a Mexican historian.")
    found = {(a.kind, a.entity, a.value) for a in doc.attributes}
    assert ("age", "ana ruiz", "78") in found
    assert ("age", "ana ruiz", "81") in found  # "the 81-year-old": the person named last, and named most
    assert ("role", "lena park", "lead author") in found
    assert ("affiliation", "lena park", "mexican") in found
    _flags, doc = attribute_flags(preview_pipeline, "Ana Ruiz was born in 1945 in Lisbon.")
    assert sorted((a.kind, a.entity, a.value) for a in doc.attributes) == [
        ("born", "ana ruiz", "1945"), ("origin", "ana ruiz", "lisbon")]  # a city of birth: compared with nothing


def test_a_title_before_a_surname_is_the_one_named_in_full(nlp):
    # the recogniser can leave "General Ulby" unlabelled and read a later "Ulby" as a body; given that, the titled
    # surname is the general named in full, not a second person of that surname, and "Ulby, 47," is her age too
    from spacy.tokens import Span

    text = "Maren Ulby, 54, runs the army. \"General Ulby was the clear choice,\" a minister said. Ulby, 47, spoke."
    ages = [("54", "quantity", 54.0, {"unit": "years"}), ("47", "quantity", 47.0, {"unit": "years"})]
    doc = make_doc(nlp, text, ages)
    parsed = nlp(text)
    parsed.ents = [Span(parsed, 0, 2, label="PERSON"), Span(parsed, len(parsed) - 6, len(parsed) - 5, label="ORG")]
    doc.nlp = parsed
    FactExtractor()(doc)
    assert sorted((a.entity, a.value) for a in doc.attributes if a.kind == "age") == [("maren ulby", "47"),
                                                                                     ("maren ulby", "54")]


@pytest.mark.parametrize("age, flagged", [("81", True), ("78", False)])
def test_cc210_an_age_described_is_told_whatever_its_clause_plans(pipeline, age, flagged):
    # "The 81-year-old intends to ...": the age is given; only the retiring is planned
    text = ("Senior judge Ana Ruiz, 78, heard her last case on Friday.\n\nRuiz joined the bench in 1990. She has "
            f"said she will not sit again. The {age}-year-old intends to write a book about the court, a clerk said.")
    flags, _doc = attribute_flags(pipeline, text)
    assert bool(flags) == flagged


@pytest.mark.parametrize("text, cited", [
    (DIED + "The 81-year-old had been ill for years.", ["aged 78", "81-year-old"]),
    ("Marco Bellini, 45, opened the bakery on Main Street.\n\nBellini, 52, said trade had been slow this spring.",
     ["45", "52"]),
    ("The Mexican company Ruta Verde owns the database.\n\nRuta Verde, a Brazilian media company, did not comment "
     "on the leak.", ["Mexican company", "Brazilian media company"]),
    ("French inventor Luc Morel flew across the bay on Sunday.\n\nThe Swiss inventor said he would try again next "
     "year.", ["French inventor", "Swiss inventor"]),
    ("Professor Lena Park of Stanford University, lead author of the study, spoke on Monday.\n\nPark and colleagues "
     "including Omar Haddad, the lead author, compared the data.", ["lead author", "the lead author"]),
    ("The lead author, Anna Berg, compared the data.\n\nProfessor Lena Park, lead author of the study, spoke on "
     "Monday.", ["The lead author", "lead author"]),
    ("Tim Cook, Apple's chief executive, spoke on Monday.\n\nJeff Lane, the chief executive of Apple, declined to "
     "comment.", ["Apple's chief executive", "the chief executive"]),
    ("Republican Tom Ridley signed the bill on Monday.\n\nRidley, a Democratic governor, has until October to act.",
     ["Republican Tom Ridley", "Democratic governor"]),
    ("Ana Ruiz died on Saturday, aged 78.\n\nRuiz was born on 3 May 1931 in Lisbon.",
     ["aged 78", "born on 3 May 1931"]),
    # a party's whole name, where the recogniser leaves its first word out; a party before a title before a name
    ("Labour MP Tom Hale spoke on Monday.\n\nHale, a Liberal Democrat, has long opposed the plan.",
     ["Labour", "Liberal Democrat"]),
    ("Republican Senator Tom Ridley signed the bill on Monday.\n\nRidley, a Democrat from Ohio, has until October "
     "to act.", ["Republican Senator Tom Ridley", "Democrat"]),
    # a party named as the body one speaks for, without "party" ("Labour's housing spokesman")
    ("Conservative councillor Tom Hale voted against the plan.\n\nLabour's housing spokesman, Tom Hale, said rents "
     "were too high.", ["Conservative", "Labour"]),
    # a party of two words before a title, of which the recogniser names only the second
    ("Liberal Democrat councillor Tom Hale voted against the plan.\n\nLabour's housing spokesman, Tom Hale, said "
     "rents were too high.", ["Liberal Democrat councillor", "Labour"]),
    # a participle clause's year of birth is its main clause's subject's
    ("Ana Ruiz died on Saturday, aged 78.\n\nBorn in 1931, Ruiz trained as a nurse in Lisbon.",
     ["aged 78", "Born in 1931"]),
    # an office held "since" a year is held now
    ("Lena Park, the Secretary of Finance, spoke on Monday.\n\nPark has served as Secretary of Labour since 2019.",
     ["Secretary of Finance", "Secretary of Labour"]),
])
def test_two_incompatible_attributes_of_one_entity_are_flagged(preview_pipeline, text, cited):
    flags, _doc = attribute_flags(preview_pipeline, text)
    assert len(flags) == 1
    assert [e.text for e in flags[0].evidence] == cited


@pytest.mark.parametrize("text", [
    # two people, two ages
    "Ana Ruiz, 78, ran the shop for decades.\n\nHer brother Luis Ruiz, 81, kept the books.",
    # two people of one surname: a lone surname is the one named in full last
    "Rosa Lindqvist and her husband Erik Lindqvist wrote two books together.\n\nLindqvist, 78, died on Saturday.\n\n"
    "Rosa Lindqvist, 72, said he had been ill.",
    # a birthday between two mentions
    DIED + "The 79-year-old had been ill for years.",
    # an age at another time
    DIED + "Ruiz joined the foreign service at age 25.",
    "Marco Bellini, 45, opened the bakery in 2010.\n\nBellini, 52, said trade had been slow this spring.",
    DIED + "The then-40-year-old Ruiz was posted to Rome.",
    # "the 81-year-old" after another person named in between is not read as the main one
    "Ana Ruiz died on Saturday, aged 78. Ruiz had been ill. Ruiz leaves two sons.\n\nA neighbour, Tom Hale, "
    "found her on Saturday morning.\n\nThe 81-year-old called the police.",
    # born in one country, a national of another
    "The Mexican-born American writer Ana Ruiz spoke in Madrid on Monday.\n\nRuiz, a Mexican novelist, has "
    "written nine books.",
    # born in a year that fits the age (the birthday may not have come yet)
    "Ana Ruiz died on Saturday, aged 78.\n\nRuiz was born in 1945 in Lisbon.",
    "Ana Ruiz died on Saturday, aged 78.\n\nBorn in 1945, Ruiz trained as a nurse in Lisbon.",
    # one party told twice, before a title and in apposition
    "Democratic Senator Tom Ridley signed the bill on Monday.\n\nRidley, a Democrat from Ohio, has until October "
    "to act.",
    "Labour MP Tom Hale spoke on Monday.\n\nHale, a Labour veteran, has long opposed the plan.",
    "Labour councillor Tom Hale voted against the plan.\n\nLabour's housing spokesman, Tom Hale, said rents were too "
    "high.",
    # a participle clause of another subject: the year of birth is the mentor's
    "Ana Ruiz died on Saturday, aged 78.\n\nBorn in 1931, her mentor Eva Lind taught Ruiz to sew.",
    # a year of another verb joined to "born" is no year of birth
    "Ana Ruiz died on Saturday, aged 78.\n\nRuiz was born on 4 June 1945 and had lived in Porto since 1990.",
    # a faith beside a party, a party of another system
    "Republican Tom Ridley signed the bill on Monday.\n\nRidley, a Catholic, has until October to act.",
    "Republican Tom Ridley signed the bill on Monday.\n\nRidley, a Labour supporter in his youth, has until October.",
    # a region is no nationality
    "The Scottish company Glen Forge makes the parts.\n\nGlen Forge, a British firm, said orders had doubled.",
    # a dual national
    "Aid worker Nadia Karimi, a British-Iranian charity employee, was arrested in April.\n\nKarimi, a British "
    "national, denies the charges.",
    # another company of that kind is introduced, so "the Brazilian company" is not the named one
    "The Mexican company Ruta Verde owns one database.\n\nA Brazilian company owns the other one.\n\n"
    "The Brazilian company did not comment.",
    # a role in another time, and one role in two different places
    "Lena Park, the lead author, presented the study on Monday.\n\nOmar Haddad, the former lead author, was not "
    "involved.",
    "Sara Lim, the mayor of Davao, closed the schools.\n\nJon Tan, the mayor of Esperanza, kept them open.",
    # an office held before ("has served as", with no "since") is one of a career
    "Lena Park, the Secretary of Finance, spoke on Monday.\n\nPark has served as Secretary of Labour and as a judge.",
    "Tim Cook, Apple's chief executive, spoke on Monday.\n\nJeff Lane, the chief executive of Google, declined to "
    "comment.",
    # a comma after a name that opens no apposition
    "According to Lena Park, the goal was met.\n\nAccording to Omar Haddad, the goal was not met.",
    # two agencies, the second described in an apposition the parser reads as a second object
    "\"The talks went well,\" the minister said, reported Brazilian news agency Folhapress.\n\n"
    "\"We will meet again,\" the envoy said on Monday, reported TASS, the Russian news agency.",
])
def test_quiet_on_look_alikes(preview_pipeline, text):
    flags, _doc = attribute_flags(preview_pipeline, text)
    assert flags == []


def test_cc210_runs_by_default_with_its_own_setting(pipeline):
    from claimcheck.checks.registry import RULES
    from claimcheck.settings import RULE_SETTINGS

    assert RULES["CC210"].status == "stable" and RULES["CC210"].name == "conflicting-attribute"
    assert RULE_SETTINGS["CC210"] == ("age_tolerance_years",)
    flags, _doc = attribute_flags(pipeline, DIED + "The 81-year-old had been ill for years.")
    assert len(flags) == 1  # stable: runs without --preview


@pytest.mark.parametrize("later, flagged", [
    ("The German-born researcher later studied the tides.", True),
    ("The Austrian-born researcher later studied the tides.", False),  # one birthplace, told twice
    ("The US-based researcher later studied the tides.", False),  # where he worked, not where he was born
])
def test_cc210_two_countries_of_birth_of_one_person(pipeline, later, flagged):
    from claimcheck.ingest import from_text
    text = ("Oceanographer Walter Brandt was born in Austria in 1917 and moved to the United States in 1939.\n\n"
            "He taught at the university for sixty years.\n\n" + later)
    doc = pipeline(from_text(text, date="2019-02-10"))
    assert ("CC210" in [f.id for f in doc.flags]) == flagged


@pytest.mark.parametrize("age, flagged", [("83", True), ("82", False), ("81", False), ("80", True)])
def test_cc210_an_age_is_one_of_the_two_a_year_of_birth_allows(pipeline, age, flagged):
    from claimcheck.ingest import from_text
    text = (f"Painter Rosa Lindt died on Sunday at the age of {age}, her daughter said.\n\n"
            "Lindt was born in 1937 and studied in Vienna.")
    doc = pipeline(from_text(text, date="2019-06-10"))  # born in 1937, she turns 82 in 2019: 81 or 82
    assert ("CC210" in [f.id for f in doc.flags]) == flagged


@pytest.mark.parametrize("text, cited", [
    # an age at death, "at the age of", against one told later
    ("Painter Rosa Lindt died on Monday at the age of 91, her daughter said.\n\nShe was 94 years old, and worked "
     "until the end.", ["at the age of 91", "94 years old"]),
    ("Painter Rosa Lindt died on Monday at 91, her daughter said.\n\nLindt, 94, had worked until the end.",
     ["at 91", "94"]),
    # "the 32-year-old" passes over a witness named only as the speaker of a quote, whose sentences count as one
    ("Omar Kessler, 27, denied the charges on Tuesday. Kessler was driving the van when it hit the stall.\n\n"
     "Lia Brandt, who saw the crash, said \"It came out of nowhere. Nobody could stop. It was awful.\"\n\n"
     "The 32-year-old was arrested at his flat on Monday.", ["27", "32-year-old"]),
    # a definite description with its noun
    ("Omar Kessler, 27, denied the charges on Tuesday. Kessler was driving the van when it hit the stall.\n\n"
     "The 32-year-old driver was arrested at his flat on Monday.", ["27", "32-year-old"]),
    # an age in a relative clause
    ("Omar Kessler, who is 27, denied the charges on Tuesday.\n\nKessler, 32, was arrested at his flat on Monday.",
     ["27", "32"]),
    # "the 45-year-old" is the person named last, whom the article gives an age, main person or not; a clause set off
    # on it with a past date tells of that person, not of when the age held
    ("The charity's founder, Tom Hale, 61, opened the shelter in 1998.\n\nShelter manager Ines Vale, 38, said more "
     "families were sleeping in cars.\n\nThe 45-year-old, who trained as a nurse in 2009, said demand kept "
     "rising.", ["38", "45-year-old"]),
])
def test_restated_age_of_one_person_is_flagged(pipeline, text, cited):
    flags, _doc = attribute_flags(pipeline, text)
    assert len(flags) == 1
    assert [e.text for e in flags[0].evidence] == cited


@pytest.mark.parametrize("text", [
    # the one spoken of in between is hurt, not quoted; the description speaks, as the witness did
    "Omar Kessler, 27, denied the charges on Tuesday. Kessler was driving the van when it hit the stall.\n\n"
    "Lia Brandt was hurt in the crash.\n\nThe 32-year-old was taken to hospital on Monday.",
    "Omar Kessler, 27, denied the charges on Tuesday. Kessler was driving the van when it hit the stall.\n\n"
    "Lia Brandt, who saw the crash, said \"It came out of nowhere.\"\n\nThe 32-year-old said she called the police.",
    # the person named last, of the age told
    "The charity's founder, Tom Hale, 61, opened the shelter in 1998.\n\nShelter manager Ines Vale, 38, said more "
    "families were sleeping in cars.\n\nThe 38-year-old, who trained as a nurse in 2009, said demand kept rising.",
    # "the 32-year-old" is the one introduced as "a 32-year-old" before
    "Omar Kessler, 27, denied the charges on Tuesday. Kessler was driving the van that hit a 32-year-old woman.\n\n"
    "The 32-year-old victim was taken to hospital.",
    "Omar Kessler, 27, denied the charges on Tuesday. Kessler was driving the van that hit a 32-year-old woman.\n\n"
    "The 32-year-old was taken to hospital.",
    # the age of someone else in a relative clause
    "Omar Kessler, whose daughter is 27, denied the charges.\n\nKessler, 32, was arrested at his flat on Monday.",
    # an age at joining, not at death; a time of death; a bare number of another verb
    "Painter Rosa Lindt died on Monday, her daughter said.\n\nShe joined the academy at the age of 21.",
    "Painter Rosa Lindt, 94, died on Monday at 3 a.m., her daughter said.\n\nLindt had worked until the end.",
    "Painter Rosa Lindt, 94, died on Monday, her daughter said.\n\nLindt sold paintings at 40 galleries.",
])
def test_quiet_on_ages_of_other_people_or_times(pipeline, text):
    flags, _doc = attribute_flags(pipeline, text)
    assert flags == []


@pytest.mark.parametrize("later, flagged", [("51", True), ("58", False)])
def test_cc210_the_n_year_old_demonym_after_a_report_of_someone_is_the_one_reported_on(pipeline, later, flagged):
    # the sentence before tells what the trainer said of the jockey: it carries the jockey on, not its speaker
    text = ("Veteran jockey Sean Doyle, 58, rode his last race at Galway on Sunday.\n\n\"He taught half the weighing "
            "room,\" said trainer Mary Lynch. Lynch said Doyle would keep riding out for her yard. The "
            f"{later}-year-old Irishman will also coach young riders.")
    doc = pipeline(from_text(text, date="2024-06-10"))
    assert bool([f for f in doc.flags if f.id == "CC210"]) == flagged


@pytest.mark.parametrize("second, flagged", [
    # "the driver who was at the wheel" picks one of the two drivers out: not the relief driver named before
    ("The driver who had been at the wheel, aged 39, was arrested in hospital.", False),
    ("The second driver, aged 39, had joined the company in May.", True),
])
def test_cc210_a_described_person_picked_out_by_a_clause_is_not_the_one_named(pipeline, second, flagged):
    text = ("The minibus had 14 passengers and two drivers on board when it overturned on Saturday.\n\n"
            f"The second driver, Jon Ekberg, 58, died at the scene. {second}")
    doc = pipeline(from_text(text, date="2019-10-15"))
    assert bool([f for f in doc.flags if f.id == "CC210"]) == flagged


@pytest.mark.parametrize("later, flagged", [
    ("Quinn and the other Democratic senators on the panel signed the letter last week.", True),
    ("Quinn and the other Republican senators on the panel signed the letter last week.", False),
    ("Quinn and two Democratic senators on the panel signed the letter last week.", False),  # others
])
def test_cc210_a_name_joined_to_the_other_members_of_a_party_is_of_that_party(pipeline, later, flagged):
    text = ("State Senator Mara Quinn, a Republican, said the bridge had been closed for nine days.\n\nThe council "
            f"will meet on Monday.\n\n{later}")
    doc = pipeline(from_text(text, date="2024-02-12"))
    assert bool([f for f in doc.flags if f.id == "CC210"]) == flagged


@pytest.mark.parametrize("later, flagged", [
    ("Farah, the 27-year-old Ethiopian, was running only his third marathon.", True),
    ("Farah, the 27-year-old Kenyan, was running only his third marathon.", False),  # the same country
    ("Farah, who trains in Ethiopia, was running only his third marathon.", False),  # where he trains
    ("Ethiopia's Abebe Tola, the 27-year-old runner-up, was running only his third marathon.", False),  # another
])
def test_cc210_a_country_owning_a_name_is_who_the_person_stands_for(pipeline, later, flagged):
    from claimcheck.ingest import from_text
    text = ("Kenya's Daniel Farah won the city marathon on Sunday in two hours and nine minutes.\n\n"
            "The course was flat and the weather cool.\n\n" + later)
    doc = pipeline(from_text(text, date="2019-09-16"))
    flags = [f for f in doc.flags if f.id == "CC210"]
    assert bool(flags) == flagged
    if flagged:
        assert flags[0].message == "Daniel Farah is tied to Kenya in one place and called Ethiopian in another"


@pytest.mark.parametrize("born, flagged", [("October 1958", True), ("October 1961", False)])
def test_cc210_a_name_with_an_age_in_apposition_is_a_persons_after_a_dateline(pipeline, born, flagged):
    from claimcheck.ingest import from_text
    # the dateline before it can lead the recogniser to take the name for a body; "Name, 61," is a person's
    text = ("Thursday, January 19, 2023\n\n\nHelena Corrigan, 61, was sworn in yesterday as chief justice of the "
            f"Supreme Court of Avondale.\n\n\nBorn in Kessock in {born}, Corrigan studied law at Marden.")
    doc = pipeline(from_text(text, date="2023-01-19"))
    assert ("CC210" in [f.id for f in doc.flags]) == flagged


def test_cc210_a_name_with_a_lower_case_title_in_apposition_is_a_persons(pipeline):
    from claimcheck.ingest import from_text
    # "Lionel Marsh, the former chief executive of ...": a person the recogniser takes for a body; the surname
    # alone is his, named before, not his cousin's, named after
    text = ("A judge on Tuesday jailed Lionel Marsh, the former chief executive of Marsh Capital Partners, for six "
            "years.\n\nMarsh, 58, who was born in Dorling in May 1962, admitted three counts of fraud on Friday. His "
            "cousin and former business partner, Irene Marsh, 51, was cleared of all charges.")
    doc = pipeline(from_text(text, date="2020-10-10"))
    ages = {(a.entity, a.value) for a in doc.attributes if a.kind in {"age", "born"}}
    assert {("lionel marsh", "58"), ("lionel marsh", "1962"), ("irene marsh", "51")} <= ages
    assert "CC210" not in [f.id for f in doc.flags]


@pytest.mark.parametrize("later, flagged", [
    ("The 17-year-old said she would now rest before the European youth championship.", True),
    ("The 15-year-old said she would now rest before the European youth championship.", False),
])
def test_the_n_year_old_far_from_any_name_is_the_article_s_person_told_by_age(preview_pipeline, later, flagged):
    text = ("Lena Varga, a 15-year-old from Pecs, Hungary, has become the country's youngest chess grandmaster, the "
            "national federation said on Tuesday.\n\nThe title needs three norms and a rating of 2,500.\n\n"
            "The federation has 12,000 registered players.\n\nIts junior programme began in 2009.\n\n"
            "Clubs in Szeged and Gyor run their own academies.\n\n" + later)
    assert bool(attribute_flags(preview_pipeline, text)[0]) == flagged


def test_the_n_year_old_introduced_without_a_name_is_that_one(preview_pipeline):
    text = ("Lena Varga, a 15-year-old from Pecs, Hungary, has become the country's youngest chess grandmaster, the "
            "national federation said on Tuesday.\n\nA 17-year-old from Szeged finished second.\n\n"
            "The federation has 12,000 registered players.\n\nIts junior programme began in 2009.\n\n"
            "The 17-year-old said he would play in the European youth championship.")
    assert attribute_flags(preview_pipeline, text)[0] == []


@pytest.mark.parametrize("first, flagged", [
    # "The 26-year-old" opens the sentence after one whose subject (Ruiz) is not the one named last (Ode): either
    # may be meant, so the age is no one's
    ("Ana Ruiz beat Carla Ode in the final round on Sunday to win the city chess tournament.", False),
    # one antecedent: the sentence before is about Ode alone
    ("Carla Ode lost to a younger rival in the final round on Sunday.", True),
])
def test_cc210_a_description_opening_a_sentence_after_two_named_people_is_neither(pipeline, first, flagged):
    text = (f"{first} The 26-year-old had trailed by half a point before the last game. Ode, 31, said she had "
            "misjudged the endgame. Ode has now lost three finals.")
    doc = pipeline(from_text(text, date="2024-03-12"))
    assert bool([f for f in doc.flags if f.id == "CC210"]) == flagged


@pytest.mark.parametrize("later, cited", [
    ("Tomas R., 25, has prior convictions for theft.", ["52-year-old", "25"]),
    ("Tomas R., 52, has prior convictions for theft.", []),
])
def test_cc210_an_age_noun_named_as_someone_by_a_participle_is_their_age(pipeline, later, cited):
    # "the 52-year-old, named ... as Tomas R.": no one is named before it, the participle names the person
    flags, _doc = attribute_flags(pipeline, "Police in the city arrested a man on Monday. The 52-year-old, named by "
                                            f"police only as Tomas R., was held at his flat.\n\n{later}")
    assert [[e.text for e in f.evidence] for f in flags] == ([cited] if cited else [])


@pytest.mark.parametrize("first, later, cited", [
    ("Nordlys Linjer, a state-owned ferry line,", "Nordlys Linjer is privately held, its chairman said.",
     ["state-owned", "privately held"]),
    ("Nordlys Linjer, a ferry line wholly owned by the county council,",
     "Nordlys Linjer, which is publicly traded, said it would fight the ruling.",
     ["wholly owned by the county council", "publicly traded"]),
    ("Nordlys Linjer, a nonprofit ferry cooperative,",
     "As an investor-owned business, Nordlys Linjer pays tax on any surplus, its chairman said.",
     ["nonprofit", "investor-owned"]),
    ("Nordlys Linjer, a state-owned ferry line,", "The line was the only one on the coast in private hands.",
     ["state-owned", "in private hands"]),
    # a state may own part of a listed company
    ("Nordlys Linjer, a state-owned ferry line,", "Nordlys Linjer, which is publicly traded, said it would fight "
     "the ruling.", None),
    # another company's owners
    ("Nordlys Linjer, a state-owned ferry line,", "Its rival Fjordbuss, which is privately held, also bid.", None),
    # told as changed: a past owner, or one since a date
    ("The formerly state-owned Nordlys Linjer", "Nordlys Linjer is privately held, its chairman said.", None),
    ("Nordlys Linjer, a state-owned ferry line,", "Nordlys Linjer has been in private hands since 2015.", None),
])
def test_cc210_one_body_told_to_have_two_kinds_of_owner(pipeline, first, later, cited):
    flags, _doc = attribute_flags(pipeline, f"{first} moved 2.1 million travellers in 2023.\n\n{later}")
    assert [[e.text for e in f.evidence] for f in flags] == ([cited] if cited else [])


@pytest.mark.parametrize("later, cited", [
    ("The ward's councillor said Pereira, at 46, had led teams in every division of the region.",
     ["39", "at 46"]),
    ("The ward's councillor said Pereira, at 39, had led teams in every division of the region.", []),
    ("Pereira, at 22, became the youngest trainer in the region.", []),  # an age then, not now
    ("The clubhouse, at 46, is the oldest in the county.", []),  # no person's age
])
def test_cc210_a_number_set_off_with_at_after_a_name_is_that_person_s_age(pipeline, later, cited):
    flags, _doc = attribute_flags(pipeline, "Joana Pereira, 39, was put in charge of the under-16 side on "
                                            f"Thursday.\n\nThe club's board backed her unanimously.\n\n{later}")
    assert [[e.text for e in f.evidence] for f in flags] == ([cited] if cited else [])


@pytest.mark.parametrize("later, flagged", [
    ("Holm was placed fifth on that stage.", True),  # the stage she won
    ("Holm climbed from eighth to fifth place overall.", False),  # a place in the standings a move reached
])
def test_cc210_a_rank_a_move_reaches_is_a_standing_not_a_contest_s_result(pipeline, later, flagged):
    flags, _doc = attribute_flags(pipeline, "Swedish rider Anna Holm won the 9th stage of the Tour of the Lakes on "
                                            f"Sunday.\n\nShe attacked early.\n\n{later}")
    assert bool(flags) == flagged


def test_cc210_a_place_ending_in_a_person_s_surname_is_no_person(pipeline):
    from claimcheck.ingest import from_text
    text = ("The coach Tom Jersey was fined $4,000 on Monday for striking a swimmer.\n\nSwim New Jersey said it backed "
            "the fine.\n\nLater, Rowing New Jersey promised a look at its own rules.")
    doc = pipeline(from_text(text, date="2024-06-01"))
    assert {(a.entity, a.value) for a in doc.attributes} == {("tom jersey", "coach")}
    assert "CC210" not in [f.id for f in doc.flags]


@pytest.mark.parametrize("who, flagged", [
    ("the Liberal Party candidate", False),  # another party's candidate, not the one described as a candidate
    ("the candidate", True),  # the one the article describes so: Hale, who finished first
])
def test_cc210_a_noun_with_a_body_s_name_of_its_own_is_that_body_s_one(pipeline, who, flagged):
    from claimcheck.ingest import from_text
    text = ("Porto Vale elected Ana Ruiz mayor in Sunday's runoff; she beat Labour candidate Tom Hale by 800 votes.\n\n"
            "Hale had come first in the opening ballot on May 3 with 39 percent, with Ruiz second on 30 percent.\n\n"
            f"In that ballot {who}, who finished third on 15 percent, lost his deposit.")
    doc = pipeline(from_text(text, date="2024-05-20"))
    assert ("CC210" in [f.id for f in doc.flags]) == flagged


@pytest.mark.parametrize("later, flagged", [
    ("It was the Norwegian's second win of the season.", True),  # a nationality noun of the rider just named
    ("It was the Belgian's second win of the season.", False),
    ("The French took three of the top five places.", False),  # a nation's people, no one person
    ("The Norwegians took three of the top five places.", False),
])
def test_cc210_a_nationality_written_as_a_definite_noun_is_the_person_just_named(pipeline, later, flagged):
    text = ("Belgian rider Pieter Maes took the third leg of the Circuit of Ardenne on Tuesday.\n\nMaes went clear "
            f"on the last hill and held off the group by six seconds.\n\n{later}")
    flags, _doc = attribute_flags(pipeline, text)
    assert bool(flags) == flagged


@pytest.mark.parametrize("runner, flagged", [
    ("the 31-year-old Tanzanian", True),  # an age makes the place word a person
    ("the 31-year-old Ethiopian", False),
])
def test_cc210_a_nationality_noun_given_an_age_is_a_person(pipeline, runner, flagged):
    text = (f"Ethiopia's Tesfaye Bekele took the city marathon title in 2:09:14 at the weekend.\n\nBekele "
            f"broke clear after 30 kilometres. The victory was the maiden title for {runner}.")
    flags, _doc = attribute_flags(pipeline, text)
    assert bool(flags) == flagged


@pytest.mark.parametrize("turned, flagged", [
    ("Varga, who turned 47 in March, led its first tour in 2001.", True),
    ("Varga, who turned 52 in March, led its first tour in 2001.", False),
    ("Varga, who turned 47 in 2019, led its first tour in 2001.", False),  # an age of years before the article
    ("The troupe, which turned 47 in March, first toured in 1977.", False),  # no person's age
])
def test_cc210_an_age_someone_turned_is_their_age(pipeline, turned, flagged):
    text = f"Director Tomas Varga, 52, said the troupe would keep touring.\n\n{turned}"
    assert ("CC210" in {f.id for f in pipeline(from_text(text, date="2024-07-01")).flags}) == flagged


@pytest.mark.parametrize("later, flagged", [
    ("Vale, who is in her mid-fifties, said more families were sleeping in cars.", True),  # 53 to 56, not 38
    ("Vale is in her late thirties and has run the shelter since 2015.", False),  # 38 fits
    ("Vale was in her fifties when she first ran the shelter, a colleague said.", False),  # an age then
    ("Many of the volunteers are in their 60s, Vale said.", False),  # no one named
])
def test_cc210_an_age_told_as_a_decade_is_held_to_the_age_told(pipeline, later, flagged):
    from claimcheck.ingest import from_text
    text = f"Shelter manager Ines Vale, 38, said the beds were full again.\n\nThe shelter opened in 1998.\n\n{later}"
    doc = pipeline(from_text(text, date="2024-03-10"))
    assert ("CC210" in [f.id for f in doc.flags]) == flagged


@pytest.mark.parametrize("turned, flagged", [("64", True), ("58", False)])
def test_cc210_a_surname_the_tagger_reads_as_a_common_noun_is_still_the_person(pipeline, turned, flagged):
    # the small model tags "Hartwood" at the start of its sentence as a common noun
    text = (f"Ruth Hartwood, 58, has bought the old mill. Hartwood, who turned {turned} in April, told the staff she "
            "would stay on.")
    assert ("CC210" in {f.id for f in pipeline(from_text(text, date="2019-06-18")).flags}) == flagged
