"""CC210 on offices, placings, bodies, family relations and the nationalities written in a title's place
(`claimcheck.entity_facts`), on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.ingest import from_text


def cc210(pipeline, text: str):
    doc = pipeline(from_text(text, date="2024-05-02"))
    return [f for f in doc.flags if f.id == "CC210"], doc


def test_facts_read_offices_with_their_time_and_placings_with_their_contest(pipeline):
    _flags, doc = cc210(pipeline, "Tom Hale chaired the party for years. Hale resigned on Monday.\n\nSam Reed, who "
                        "succeeded him as party chairman, praised his work.\n\nFormer CIA agent Ana Ruiz, the "
                        "acting Foreign Secretary, met the envoy.\n\nLena Park, last year's winner of the "
                        "downhill, came third on Sunday.")
    found = {(a.kind, a.entity, a.value, a.scope, a.when) for a in doc.attributes if a.kind in {"office", "placing"}}
    assert ("office", "tom hale", "party chairman", None, "past") in found  # the one succeeded held it before
    assert ("office", "sam reed", "party chairman", None, "past") in found
    assert ("office", "ana ruiz", "agent", "cia", "former") in found  # a body's name in a title is its scope
    assert ("office", "ana ruiz", "foreign secretary", None, "temporary") in found
    assert ("placing", "lena park", "1", "downhill", "2023") in found
    assert ("placing", "lena park", "3", None, "2024") in found
    _flags, doc = cc210(pipeline, "Omar Lindqvist died on Saturday. Lindqvist was 78. He is survived by his wife, Linda."
                        "\n\nCarla Moss, Dana Reyes's mother, spoke to the press on Monday.")
    found = {(a.entity, a.value, a.scope) for a in doc.attributes if a.kind == "kin"}
    assert found == {("linda", "wife", "omar lindqvist"), ("carla moss", "mother", "dana reyes")}


@pytest.mark.parametrize("text, cited", [
    # one rank of a title and the rank below it
    ("Tom Hale, the club's captain, scored twice on Saturday.\n\nHale, its vice-captain, said the team had trained "
     "hard.", ["captain", "vice-captain"]),
    ("Lena Park, the club's manager, spoke on Monday.\n\nPark, its deputy manager, said the players were tired.",
     ["manager", "deputy manager"]),
    ("Ana Ruiz is the Deputy Prime Minister.\n\nPrime Minister Ana Ruiz spoke on Monday.",
     ["Deputy Prime Minister", "Prime Minister"]),
    # two heads of one government
    ("Omar Haddad, the Prime Minister of Tarvia, met the envoy on Monday.\n\nTalks went on for hours.\n\n"
     "President Haddad's office said the talks were useful.", ["Prime Minister of Tarvia", "President"]),
    # a surname with a particle ("al-Harbi") is one person's, named in full before
    ("Minister of Information Nabil al-Harbi told reporters that talks would resume.\n\nThe truce was signed by "
     "al-Harbi and two tribal leaders.\n\nForeign Minister al-Harbi said the government would pay no ransom.",
     ["Minister of Information", "Foreign Minister"]),
    # two capitalised offices of one kind, both in the past
    ("Party members elected Tom Hale as their leader on Tuesday. Hale, a former Foreign Secretary, thanked them."
     "\n\nIn 2016 the prime minister appointed him Home Secretary.", ["former Foreign Secretary", "Home Secretary"]),
    # two placings of one person in one contest
    ("Lena Park won the race on Sunday.\n\nPark, who finished second, said the course was hard.",
     ["won the race", "finished second"]),
    ("Omar Haddad took the silver medal in the downhill.\n\nHaddad, the winner of the downhill, thanked his coach.",
     ["silver medal", "winner"]),
    ("A year ago Lena Park took second prize.\n\nPark, last year's winner, now organises the contest.",
     ["second prize", "winner"]),
    ("Lena Park took first place in the marathon on Sunday.\n\nPark came in second in the marathon, her coach "
     "said.", ["first place", "came in second"]),
    ("Lena Park won the marathon on Sunday.\n\nPark's second-place finish in the marathon was her best result.",
     ["won the marathon", "second-place finish"]),
    ("Lena Park won gold in the marathon on Sunday.\n\nPark, who took the bronze, said the course was hard.",
     ["gold", "bronze"]),
    ("The Vice President, Mike Dale, spoke on Friday.\n\nPresident Mike Dale said the bridge would be built.",
     ["Vice President", "President"]),
    ("Mitch Bell, the Senate Majority Leader, spoke on Friday.\n\nSenate Minority Leader Mitch Bell said the vote "
     "would be held.", ["Senate Majority Leader", "Senate Minority Leader"]),
    # a nationality or party written where a title would be
    ("Ana Ruiz, a Brazilian, won the prize on Monday.\n\nThe Mexican writer Ana Ruiz said she was surprised.",
     ["Brazilian", "Mexican writer"]),
    ("Tom Ridley is a Republican.\n\nRidley, the Democratic governor, said he would act.",
     ["Republican", "Democratic governor"]),
    # one office held alone, in one body, given to two people
    ("Tim Cook is the chief executive of Apple.\n\nJeff Lane, who serves as Apple's chief executive, declined to "
     "comment.", ["the chief executive", "Apple's chief executive"]),
    # two bodies of one kind one person belongs to
    ("Professor Daniel Moss of Yale University led the study.\n\nMoss, a professor at Stanford University, "
     "said the data were clear.", ["Yale University", "Stanford University"]),
    ("Professor Carl Dunne of Harwick University led the survey.\n\nDunne, a geologist at the University of "
     "Tarvik, has studied the volcano since 2010.", ["Harwick University", "the University of Tarvik"]),
    ("Ana Ruiz, the Labour Party's spokesperson on health, spoke on Monday.\n\nRuiz, the Conservative Party's "
     "spokesperson on health, said the plan would fail.", ["the Labour Party's", "the Conservative Party's"]),
    # two family relations to one relative
    ("Gloria Vale died on Monday, her son Anderson Cole announced. Vale was 95.\n\nVale had two children. Vale "
     "wrote nine books. Anderson Cole, her nephew, said she had been ill.", ["her son", "her nephew"]),
    ("Omar Lindqvist died on Saturday. Lindqvist was 78. He is survived by his wife, Linda, and three children.\n\n"
     "Lindqvist's daughter Linda said he had been ill.", ["his wife", "Lindqvist's daughter"]),
    ("Ana Ruiz, who serves as the team's vice-captain, scored twice.\n\nCaptain Ana Ruiz said the team had trained "
     "hard.", ["vice-captain", "Captain"]),
    # two portfolios of one title: what an "of" phrase names is part of the office
    ("Nora Blake, the Minister of Finance, presented the budget on Monday.\n\nMinister of Health Nora Blake said "
     "the hospitals would get more money.", ["Minister of Finance", "Minister of Health"]),
    ("Nora Blake, the Secretary of Labor, spoke on Monday.\n\nBlake, the Secretary of Energy, said the plan would "
     "go ahead.", ["Secretary of Labor", "Secretary of Energy"]),
])
def test_two_offices_or_placings_of_one_person_are_flagged(pipeline, text, cited):
    flags, _doc = cc210(pipeline, text)
    assert len(flags) == 1
    assert [e.text for e in flags[0].evidence] == cited


@pytest.mark.parametrize("text", [
    # a former office beside a current one, two former ones, one held later or acting
    "Ana Ruiz, the former Foreign Secretary, spoke on Monday.\n\nHome Secretary Ana Ruiz said the plan would go "
    "ahead.",
    "Ana Ruiz, the former Health Minister, spoke on Monday.\n\nRuiz, a former Finance Minister, met the envoy.",
    "Ana Ruiz, a former Foreign Secretary, spoke on Monday.\n\nRuiz later served as Home Secretary.",
    "Ana Ruiz, the Home Secretary, spoke on Monday.\n\nRuiz, the acting Foreign Secretary since March, met the envoy.",
    # titles in two bodies, a title and a kind of it, two people of one surname, one title twice
    "Ana Ruiz, the captain of Lisbon FC, scored twice.\n\nRuiz, vice-captain of the Portugal team, was rested.",
    "Lena Park, the club's coach, spoke on Monday.\n\nPark, a fitness coach, said the players were tired.",
    "Professor Lena Park led the study.\n\nPark, an associate professor of physics, said the data were clear.",
    "Ana Ruiz, the company's founder, spoke on Monday.\n\nRuiz, a co-founder, said sales had doubled.",
    # a military grade shortened to its rank on a later mention
    "The drill is led by Lieutenant General Ana Ruiz.\n\nGeneral Ruiz said the troops were ready.",
    "Vice Admiral Tom Hale commands the fleet.\n\nAdmiral Hale said two ships would sail on Monday.",
    "Tom Hale, the club's captain, scored twice on Saturday.\n\nHis brother Sam Hale, the vice-captain, said the "
    "team had trained hard.",
    "Home Secretary Ana Ruiz spoke on Monday.\n\nRuiz, the Home Secretary, said the plan would go ahead.",
    # one portfolio written two ways, a title with and without it, a former portfolio, a country's president
    "Nora Blake, the Minister of Finance, presented the budget.\n\nFinance Minister Nora Blake said taxes would "
    "fall.",
    "Nora Blake, the Minister of Finance, presented the budget.\n\nThe minister, Nora Blake, said taxes would "
    "fall.",
    "Nora Blake, the former Minister of Health, spoke on Monday.\n\nMinister of Finance Nora Blake said taxes "
    "would fall.",
    "Lucas Morel, the President of France, spoke on Monday.\n\nMorel, the President of the Republic, left on "
    "Tuesday.",
    # a head of government who was once head of state, and a president of a body of another kind
    "Omar Haddad, the Prime Minister of Tarvia, met the envoy on Monday.\n\nHaddad, a former President, said the "
    "talks were useful.",
    "Omar Haddad, the Prime Minister of Tarvia, met the envoy on Monday.\n\nHaddad, the president of the Tarvia "
    "Chess Federation, said the talks were useful.",
    # placings in two years, of two people, in two contests
    "Lena Park won the race in 2019.\n\nIn 2018, Park finished second.",
    "Lena Park won the race.\n\nOmar Haddad finished second.",
    # a game of a series won by one who finished second in all
    "The chess open ended on Sunday. Lena Park finished second on 7 points.\n\nPark won her last game to reach 7.",
    # an office in two bodies, held at two times, or held with others
    "Tim Cook is the chief executive of Apple.\n\nJeff Lane is the chief executive of Google.",
    "Tim Cook was the chief executive of Apple.\n\nJeff Lane is the chief executive of Apple.",
    "Tim Cook is a director of Apple.\n\nJeff Lane is a director of Apple.",
    # a body left, a body inside another, two committees one sits on
    "Ana Ruiz, a member of the Intelligence Committee, spoke on Monday.\n\nRuiz, a member of the Judiciary "
    "Committee, said the plan would fail.",
    "Professor Daniel Moss of Yale University led the study.\n\nMoss, formerly a professor at Stanford "
    "University, said the data were clear.",
    "Daniel Moss of Yale University led the study.\n\nMoss, a professor at Yale University's School of "
    "Public Health, said the data were clear.",
    "Professor Carl Dunne of the University of Tarvik led the survey.\n\nDunne, a geologist at the "
    "University of Tarvik's medical school, has studied the volcano since 2010.",
    # relations that can both hold, or are to two relatives
    "Gloria Vale died on Monday, her son Anderson Cole announced. Vale was 95.\n\nCole, Vale's only child, said "
    "she had been ill.",
    "Carla Moss, Dana Reyes's mother, spoke to the press on Monday.\n\nMoss, Luis Reyes's sister, said the deal was "
    "fair.",
    # a nationality beside a faith, one said twice
    "Ana Ruiz, a Catholic, won the prize on Monday.\n\nThe Mexican writer Ana Ruiz said she was surprised.",
    "Ana Ruiz is Mexican and lives in Lisbon.\n\nThe Mexican writer Ana Ruiz said she was surprised.",
    # a winner of earlier contests
    "Defending winner Lena Park finished third on Sunday.\n\nPark, a two-time winner of the race, said the course "
    "was hard.",
    "Lena Park, the defending champion, finished third on Sunday.\n\nPark is the champion, her coach said.",
    "Omar Haddad took the silver medal in the super-G.\n\nHaddad, the winner of the downhill, thanked his coach.",
    # a title one was made ("was elected mayor") is held since; "was deputy mayor ... until 2018" was held before
    "Tomas Holm was elected mayor of Vestby on Sunday, defeating two rivals.\n\n"
    "Holm, 47, was deputy mayor in charge of schools from 2014 until 2019, when he went back to teaching.",
])
def test_quiet_on_offices_and_placings_that_can_both_hold(pipeline, text):
    flags, _doc = cc210(pipeline, text)
    assert flags == []


@pytest.mark.parametrize("text, cited", [
    # one portfolio given to two people now, the title written before each name
    ("Trade Minister Elsa Varga opened the port on Monday.\n\nTrade Minister Piet Holm called the delay a scandal.",
     ["Trade Minister", "Trade Minister"]),
    ("Transport Minister Elsa Varga opened the port.\n\nMinister of Transport Carlos Mendes said the ferry would "
     "run.", ["Transport Minister", "Minister of Transport"]),
    # a title one person holds at a time in a named body or place, in lower case, given to two people
    ("The launch was delayed on Monday, said ESA administrator Jim Vance.\n\n\"It was hard,\" ESA administrator "
     "Rosa Quell told reporters.", ["ESA administrator", "ESA administrator"]),
    ("Kent's chief constable Ian Pratt wrote to the embassy on Monday.\n\nKent's chief constable Lena Ash said on "
     "Tuesday that the driver should return.", ["chief constable", "chief constable"]),
    # a title that starts with "chief": one holder in the body the article is about
    ("Chief financial officer Ana Ruiz said sales rose.\n\nChief financial officer Tom Bell said the firm would "
     "keep investing.", ["Chief financial officer", "Chief financial officer"]),
])
def test_one_office_given_to_two_people_is_flagged(pipeline, text, cited):
    flags, _doc = cc210(pipeline, text)
    assert len(flags) == 1
    assert [e.text for e in flags[0].evidence] == cited


@pytest.mark.parametrize("text", [
    # the one before held it years earlier, in another country, or as a deputy; one person named twice
    "Trade Minister Elsa Varga opened the port on Monday.\n\nIn 2009, Trade Minister Piet Holm closed it.",
    "Hungarian Trade Minister Elsa Varga opened the port.\n\nDanish Trade Minister Piet Holm said it was welcome.",
    "Trade Minister Elsa Varga opened the port.\n\nDeputy Trade Minister Piet Holm said the ferry would run.",
    "Trade Minister Elsa Varga opened the port.\n\nTrade Minister Varga said the ferry would run.",
])
def test_quiet_on_one_portfolio_that_can_have_two_holders(pipeline, text):
    flags, _doc = cc210(pipeline, text)
    assert flags == []


@pytest.mark.parametrize("text, cited", [
    # a party written in a title before the name, also before an abbreviation spelled out in brackets
    ("Labour MP Rhys Calder spoke first.\n\nConservative MP Rhys Calder said the vote should be held.",
     ["Labour", "Conservative"]),
    ("The speakers included Labour MP (Member of Parliament) Rhys Calder and Ann Pole.\n\nConservative MP Rhys "
     "Calder said the deal was poor.", ["Labour", "Conservative"]),
    # a party's name as the body one belongs to
    ("Rhys Calder, a member of the Labour Party, spoke first.\n\nConservative Party leader Rhys Calder said the "
     "deal was poor.", ["the Labour Party", "Conservative Party"]),
    ("Labour Party MP Rhys Calder spoke first.\n\nCalder, a Conservative, said the deal was poor.",
     ["Labour Party", "Conservative"]),
    # a definite title the quotes stage reads as the person just quoted, of another portfolio
    ("Peru's Interior Secretary Ramon Vidal said the border would stay open.\n\nThe defence minister said Peru "
     "would send more troops.", ["Interior Secretary", "defence minister"]),
])
def test_two_parties_or_portfolios_in_titles_are_flagged(pipeline, text, cited):
    flags, _doc = cc210(pipeline, text)
    assert len(flags) == 1
    assert [e.text for e in flags[0].evidence] == cited


@pytest.mark.parametrize("text", [
    # one party written twice, an office's own first word, one portfolio as secretary and as minister
    "Labour MP (Member of Parliament) Rhys Calder spoke first.\n\nLabour MP Rhys Calder said the vote should be "
    "held.",
    "Prime Minister Rhys Calder spoke first.\n\nCalder, the Conservative leader, said the vote should be held.",
    "Peru's Foreign Secretary Ramon Vidal said the border would stay open.\n\nThe foreign minister said Peru "
    "would send more troops.",
    "Rhys Calder, a member of the Labour Party, spoke first.\n\nCalder, the Labour MP for Leeds, said the deal "
    "was poor.",
])
def test_quiet_on_one_party_or_portfolio_written_twice(pipeline, text):
    flags, _doc = cc210(pipeline, text)
    assert flags == []


def test_a_name_the_recogniser_took_for_a_body_after_a_title_is_a_person(pipeline):
    _flags, doc = cc210(pipeline, "Minister of Transport Elsa Varga opened the port on Monday.\n\nNorthwind "
                        "Airlines, the owner of the ferry, said it would run.")
    found = {(a.kind, a.entity, a.value) for a in doc.attributes}
    assert found == {("office", "elsa varga", "transport minister")}  # not "transport elsa varga", nor a body


@pytest.mark.parametrize("text, cited", [
    # the recogniser read "Transport Elsa Varga" as a body
    ("Minister of Transport Elsa Varga opened the port on Monday.\n\nTransport Minister Piet Holm said the ferry "
     "would run.", ["Minister of Transport", "Transport Minister"]),
    # a first surname of two, told alone
    ("The governor will be replaced by Marisol Ortiz Llanes, the Secretary of Justice for the island.\n\nIn a "
     "statement, Secretary of State Ortiz said, \"I accept the decision.\"", ["Secretary of Justice",
                                                                          "Secretary of State"]),
])
def test_titles_of_names_the_recogniser_missed_are_compared(pipeline, text, cited):
    flags, _doc = cc210(pipeline, text)
    assert len(flags) == 1
    assert [e.text for e in flags[0].evidence] == cited


def test_quiet_on_one_portfolio_of_a_named_country_and_of_none(pipeline):
    flags, _doc = cc210(pipeline, "Hungarian Trade Minister Elsa Varga met her counterpart on Monday.\n\nTrade "
                        "Minister Piet Holm said the talks went well.")
    assert flags == []


@pytest.mark.parametrize("text", [
    # titles a body has several of, one held before, a deputy, two places, two named companies, no body named
    "Orbital agency administrator Jim Vance opened the hall on Monday.\n\nOn Tuesday, agency administrator Rosa "
    "Quell praised the crew.",
    "Labour MP Rhys Calder spoke first.\n\nLabour MP Ann Pole said the vote should be held.",
    "ESA astronaut Jim Vance flew on Monday.\n\nESA astronaut Rosa Quell flew on Tuesday.",
    "Former ESA administrator Jim Vance spoke on Monday.\n\nESA administrator Rosa Quell praised the crew.",
    "Kent's deputy chief constable Ian Pratt wrote to the embassy.\n\nKent's chief constable Lena Ash said the "
    "driver should return.",
    "Harwick mayor Ian Pratt signed the deal on Monday.\n\nVelden mayor Lena Ash said it would save money.",
    "Corvex chief executive Ana Ruiz said sales rose.\n\nTalmar chief executive Tom Bell said sales fell.",
    "Acting chief executive Ana Ruiz said sales rose.\n\nChief executive Tom Bell, who returns in May, said the "
    "firm would invest.",
])
def test_quiet_on_titles_that_two_people_can_hold(pipeline, text):
    flags, _doc = cc210(pipeline, text)
    assert flags == []


@pytest.mark.parametrize("text, flagged", [
    ("Chief executive Ana Ruiz said sales rose on Monday.\n\nChief financial officer Ana Ruiz told analysts the "
     "forecast was cautious.", True),
    ("Chief executive Ana Ruiz said sales rose on Monday.\n\nRuiz, the company's chairman, told analysts the "
     "forecast was cautious.", False),
    ("Sales rose on Monday, said chief executive officer Ana Ruiz.\n\nChief executive Ana Ruiz told analysts the "
     "forecast was cautious.", False),
])
def test_two_chief_titles_of_one_person(pipeline, text, flagged):
    flags, _doc = cc210(pipeline, text)
    assert bool(flags) == flagged


def test_facts_read_a_title_before_a_name_in_apposition(pipeline):
    # the parse hangs "Dana Whitlow" from the body of "The chief executive of the ... Trust"; "Marcus Ebbs" after a
    # title is a person's name, though the recogniser may take it for a body
    _flags, doc = cc210(pipeline, "The chief executive of the Farnley Hospitals Trust, Dana Whitlow, resigned "
                        "yesterday.\n\nThe trust's finance director, Marcus Ebbs, will stay in his post, the "
                        "board said.")
    found = {(a.entity, a.value) for a in doc.attributes if a.kind == "office"}
    assert ("dana whitlow", "chief executive") in found and ("dana whitlow", "farnley hospitals trust") not in found
    assert ("marcus ebbs", "finance director") in found
