"""Offices, placings, memberships and family relations the article gives named people, for CC210
(`claimcheck.checks.attributes`).

An office is a title a person holds ("Home Secretary", "vice-captain", "chief executive of Verdant"; a one-word
portfolio after "of" is part of the title's name: "Secretary of State" is "State Secretary"), read from
the parse wherever news writes one: before the name ("Foreign Secretary Lena Ostrova"), in apposition ("Tom Hale,
the club's vice-captain,"), after a copula ("Ruiz is the chief executive"), as the complement of a verb
("appointed him Home Secretary", "named Ruiz as chief executive", "served as mayor") or as what someone succeeded
another in ("Ostrova succeeded him as Foreign Secretary": the one succeeded held it before). Each carries the time
it holds at: "former" (a word in the title: "former", "ex-", "then"), "past" (a past tense, the one succeeded),
"future" ("incoming", "will be"), "temporary" ("acting"), "career" (a verb with "later" or "also": one office of
several) or None (now). A nationality or party written where a title would be ("Ruiz, a Brazilian,", "Ridley is a
Republican", "Ruiz is Brazilian") is an affiliation instead, as the facts stage reads one before a noun; so is a
capitalised word a title before a name starts with ("Labour MP Tom Hale", "Labour MP (Member of Parliament) Tom
Hale"), which CC210 keeps when its table names a party or state. A definite title the quotes stage reads as a
named speaker ("the foreign minister said") is that person's title too. A
title held now after "is" or "serves as" with "the" or an owner, in a named body ("Lane is the chief executive of
Apple", "serves as Apple's chief executive"), is also a role held alone, as the facts stage reads one in
apposition.

A placing is a rank in a contest ("won", "the winner", "took second prize", "finished third", "the silver
medal", "the runner-up"): the value is the rank, the scope the contest's words, `when` the year.

An ownership is what news says of who owns a named body ("a state-owned airline", "privately held", "wholly owned by
the province", "in private hands"), whether it seeks a profit ("a nonprofit trust", "investor-owned") and
whether its shares are listed ("publicly traded", "its shares were traded"): one attribute per facet told, its
value "facet=value" ("owner=state"); CC210 flags one body given two values of a facet. One told as past or changing
("formerly state-owned", "became ... in private hands", "was privatised") is left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from claimcheck.document import Attribute, Document
from claimcheck.segment import sentence_start

ANAPHOR_SENTENCES = 3  # "the 81-year-old" or "he" refers to a person named at most this many sentences before
# Words that put a title at another time than the article's ("the former mayor", "the incoming chair").
PAST_WORDS = {"former", "ex", "then", "late", "previous", "past", "outgoing", "erstwhile", "onetime", "retired"}
FUTURE_WORDS = {"incoming", "future", "designate", "elect"}
NOW_WORDS = {"current", "incumbent", "sitting", "present", "now"}
TEMPORARY_WORDS = {"acting", "interim", "caretaker"}  # held for a while beside another title
# Adverbs that place one office in a sequence or beside another ("later served as", "is also"): a career, in
# which different offices of one kind follow each other.
SEQUENCE_WORDS = {"later", "then", "subsequently", "previously", "earlier", "also", "once", "twice", "again"}
# A name inside a title is the body it is held in ("CIA agent", "Russian President"), but for a body's name in
# a capitalised title, which names the office itself ("Home Secretary", where "Home" may be tagged ORG).
ENTITY_SCOPE = {"ORG", "GPE", "NORP", "LOC", "FAC"}
PLACE_LABELS = {"GPE", "NORP", "LOC"}
CLOSERS = {",", ".", ";", ")", "—", "–", ":"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10}
MEDALS = {"gold": 1, "silver": 2, "bronze": 3}
SERIES_WORDS = {"last", "next", "previous", "opening", "closing"}  # "won his last game": one of a series
PLACE_NOUNS = {"place", "prize", "position", "spot"}  # "second place", "first prize"
PLACE_VERBS = {"finish", "come", "place", "end", "rank"}  # "finished second", "came in third"
WON_THINGS = PLACE_NOUNS | {"medal"}  # what a rank is written with, not a contest
STANDING = "standing"  # the scope of a rank a move reaches: a place in a table, no contest's result
# Family relations: the relation and the sex it gives, for two that cannot both hold between two people ("her
# son", "her nephew"; "his wife", "his sister"; "her son", "her daughter").
KIN: dict[str, tuple[str, str | None]] = {
    "wife": ("spouse", "f"), "husband": ("spouse", "m"), "widow": ("spouse", "f"), "widower": ("spouse", "m"),
    "son": ("child", "m"), "daughter": ("child", "f"), "child": ("child", None), "mother": ("parent", "f"),
    "father": ("parent", "m"), "brother": ("sibling", "m"), "sister": ("sibling", "f"),
    "grandson": ("grandchild", "m"), "granddaughter": ("grandchild", "f"), "grandmother": ("grandparent", "f"),
    "grandfather": ("grandparent", "m"), "nephew": ("nibling", "m"), "niece": ("nibling", "f"),
    "uncle": ("pibling", "m"), "aunt": ("pibling", "f")}


def affiliation_name(entity: Any) -> Any:
    """A nationality or party entity with the capitalised words that modify it right before it, which the recogniser
    may leave out of it ("a Liberal Democrat", "the Social Democrats"): the span news names the group by."""
    start = entity.start
    while start > 0 and entity.doc[start - 1].is_title and entity.doc[start - 1].dep_ in {"amod", "compound"} \
            and entity.doc[start - 1].head.i == entity.root.i:
        start -= 1
    return entity.doc[start:entity.end]


def offices(doc: Document, names: Any) -> list[Attribute]:
    """The titles the body gives named people, and the nationalities and parties written in their place (see
    the module's docstring), in text order."""
    tokens = doc.nlp
    found: dict[tuple[str, int, str], Attribute] = {}
    starts = {i for i, _key in names.people} | set(names.renamed)  # a person's name ("Secretary of State Ana Ruiz")

    def add(person: str | None, head: Any, when: str | None) -> Attribute | None:
        while head.i + 2 < len(tokens) and tokens[head.i + 1].text in {"-", "‑"} and not head.whitespace_ and \
                not tokens[head.i + 1].whitespace_ and tokens[head.i + 2].is_alpha:
            head = tokens[head.i + 2]  # "vice" of "vice-captain" read as the head
        if person is None or person not in names.person_keys or not doc.is_body(head.idx, head.idx + len(head)):
            return None
        if head.ent_type_ == "NORP":  # "Ruiz, a Brazilian,", "Ridley is a Republican": a nationality or party
            norp = names.entities.at.get(head.i)
            if norp is not None and head.dep_ != "compound":
                norp = affiliation_name(norp)
                found.setdefault((person, norp.start_char, "affiliation"), Attribute(
                    person, "affiliation", norp.text.lower(), norp.start_char, norp.end_char,
                    _sentence(doc, head.idx)))
            return None
        title = _title(tokens, head, starts)
        if title is None:
            return None
        words, scope, start, tense = title
        party = _party(tokens, start, head, names)
        if party is not None:  # "Labour MP Tom Watson", "Tory MP Ann Hill": the group the title is held for
            found.setdefault((person, party.start_char, "affiliation"), Attribute(
                person, "affiliation", party.text.lower(), party.start_char, party.end_char, _sentence(doc, head.idx)))
        last = _portfolio(head, starts) or head
        attribute = Attribute(person, "office", " ".join(words), tokens[start].idx, last.idx + len(last),
                              _sentence(doc, head.idx), scope, tense or when)
        for body in _bodies(tokens[start:head.i + 1], head, names, starts):  # "a professor at Yale University"
            found.setdefault((person, body.start_char, "member"), Attribute(
                person, "member", _key(body.text), body.start_char, body.end_char, attribute.sentence,
                attribute.value, attribute.when))
        return found.setdefault((attribute.entity, attribute.start, "office"), attribute)

    for entity in names.entities.all:  # "Daniel Moss of Yale University"
        after = names.entities.starting.get(entity.end + 1)
        if entity.label_ == "PERSON" and after is not None and after.label_ == "ORG" and \
                tokens[entity.end].lower_ in {"of", "from", "at"} and doc.is_body(entity.start_char, after.end_char):
            found.setdefault((names.key(entity.root), after.start_char, "member"), Attribute(
                names.key(entity.root), "member", _key(after.text), after.start_char, after.end_char,
                _sentence(doc, after.start_char)))
    for i, person in names.people:  # "Foreign Secretary Lena Ostrova", "former CIA agent Ivo Brandt"
        if i > 2 and getattr(_portfolio(tokens[i - 3], starts), "i", None) == i - 1:
            add(person, tokens[i - 3], None)  # "Secretary of State Ana Ruiz"
        elif i > 0 and tokens[i - 1].pos_ in {"PROPN", "NOUN"} and tokens[i - 1].ent_type_ != "PERSON" and \
                tokens[i - 1].dep_ == "compound" and tokens[i - 1].head.i >= i:
            add(person, tokens[i - 1], None)
        elif i > 0 and tokens[i - 1].tag_ == "NN" and tokens[i - 1].is_lower and tokens[i].ent_type_ == "PERSON":
            add(person, tokens[i - 1], None)  # "the county's chief constable Nick Adderley", parsed as two phrases
        elif i > 3 and tokens[i - 1].text == ")":  # "Labour MP (Member of Parliament) Tom Watson"
            opened = next((k for k in range(i - 2, max(i - 8, 0), -1) if tokens[k].text == "("), None)
            title = tokens[opened - 1] if opened is not None else None
            if title is not None and title.pos_ in {"PROPN", "NOUN"} and title.text[:1].isupper():
                add(person, title, None)
    for token in tokens:  # "Tom Hale, the club's vice-captain,", "Johnson, former Foreign Secretary, mayor of ..."
        if _apposed(token):
            add(_apposed_to(token, names), token, None)
        elif token.pos_ in {"NOUN", "PROPN"} and token.ent_type_ != "PERSON":  # "The Vice President, Mike Pence,"
            name = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i and c.pos_ == "PROPN"
                         and tokens[c.left_edge.i - 1].text == ","), None)
            if name is not None:
                owner = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
                titled = owner is not None and owner.pos_ == "NOUN" and add(names.key(name), owner, None)
                if not titled:  # "The chief executive of the Farnley Trust, Dana Whitlow,": the title's, which
                    add(names.key(name), token, None)  # the parse hangs from the body
    for token in tokens:
        if token.pos_ not in {"NOUN", "PROPN"} and not (token.dep_ == "acomp" and token.ent_type_ == "NORP") or \
                token.ent_type_ == "PERSON":
            continue
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep":
            verb = verb.head
        elif token.dep_ not in {"attr", "oprd", "xcomp", "acomp"}:
            continue
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        for holder, when in _holders_of(verb, token, names):
            office = add(holder, token, when)
            article = next((c for c in token.children if c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss"),
                           None)
            if office is not None and office.when is None and office.scope and article is not None and \
                    verb.lemma_ in {"be", "serve"}:  # "Lane is the chief executive of Apple": held alone
                found.setdefault((office.entity, office.start, "role"), Attribute(
                    office.entity, "role", office.value, article.idx, office.end, office.sentence, office.scope))
    for quote in doc.quotes or []:  # "The foreign minister said": a title the quotes stage read as a named speaker
        mention = quote.speaker_mention
        span = doc.nlp.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
        if span is None or quote.speaker_type != "person" or not quote.speaker or span.root.pos_ != "NOUN":
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children):
            add(_speaker_key(quote.speaker, names), span.root, None)
    return sorted(found.values(), key=lambda a: a.start)


def _speaker_key(speaker: str, names: Any) -> str | None:
    """The key of the one named person a quote's speaker ("Marcelo Ebrard") is, by the full name or surname."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", speaker.lower()) if not unicodedata.combining(c))
    keys = [k for k in names.person_keys if k == folded or k.split()[-1:] == folded.split()[-1:]]
    return keys[0] if len(keys) == 1 else None


def kinships(doc: Document, names: Any) -> list[Attribute]:
    """The family relations the body gives named people to other named people: "her son Anderson Cooper",
    "his wife, Mira,", "Brandt's wife Mira Brandt", "Ana Ruiz, Tom Ruiz's mother,". The value is the
    relation's noun, the scope the relative ("his" or "her": the person the article names most, when named last
    before it)."""
    out = []
    for token in doc.nlp:
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() not in KIN or \
                not doc.is_body(token.idx, token.idx + len(token)):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i), None)
        if name is None and _apposed(token):
            name = token.head if token.dep_ == "appos" else _comma_name(token)
        person = names.key(name) if name is not None and name.pos_ == "PROPN" else None
        relative = _holder(owner, names, person) if owner.lower_ in {"his", "her"} else \
            names.key(owner) if owner.pos_ == "PROPN" else None  # "Cole, her nephew": "her" is not Cole
        if person is None or relative is None or person == relative or person not in names.person_keys:
            continue
        out.append(Attribute(person, "kin", token.lemma_.lower(), owner.idx, token.idx + len(token),
                             _sentence(doc, token.idx), relative))
    return out


def _holders_of(verb: Any, title: Any, names: Any) -> list[tuple[str | None, str | None]]:
    """Who a verb's complement title is given to, and when: the object of "appointed him Home Secretary", the
    subject of "Ruiz is the chief executive" or "served as mayor"; of "Ostrova succeeded him as Foreign Secretary"
    both, the one succeeded at an earlier time. A title one was made in the past ("was elected mayor") is held
    since, not a past one as "was deputy mayor" is."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.dep_ == "nsubj" and subject.tag_ == "WP" and verb.dep_ == "relcl":
        subject = verb.head  # "Lena Ostrova, who succeeded him as ..."
    obj = next((c for c in children if c.dep_ in {"dobj", "oprd"} and c.i != title.i), None)
    tense = "career" if any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_WORDS for c in children) else _tense(verb)
    if tense == "past" and verb.lemma_ != "be" and any(c.dep_ == "nsubjpass" for c in children):
        tense = None  # "was elected mayor": made mayor then, and mayor since, unless the article says otherwise
    doer = _holder(subject, names)
    if verb.lemma_ in {"succeed", "replace"}:
        return [(_holder(obj, names, doer), "past"), (doer, tense)] if obj is not None else []
    if obj is not None:
        return [(_holder(obj, names, doer), tense)]
    return [(doer, tense)]


def _tense(verb: Any) -> str | None:
    """"past" for a verb in the past tense ("was", "served", "has served"), "future" for one after "will", else None
    (also for a present perfect that runs "since" a time to now)."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in {"will", "shall"} or a.tag_ == "TO" for a in auxiliaries):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" and a.lemma_ != "do" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries):
        ongoing = any(a.lemma_ == "have" and a.tag_ in {"VBZ", "VBP"} for a in auxiliaries) and any(
            c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
        return None if ongoing else "past"  # "has served as mayor since 2017" still holds; "had served" does not
    return None


def _holder(noun: Any, names: Any, subject: str | None = None) -> str | None:
    """The named person a noun phrase is; "him", "her" or "his" is the person the article names most when it is
    the one named last before it other than the clause's own subject (`subject`); "this student" is the person named
    last before it, in its sentence or the one before."""
    if noun is None:
        return None
    if noun.lower_ in {"him", "her", "his"}:
        people = _named_people(names)
        before = [key for i, key in people if _sentences_back(noun, ANAPHOR_SENTENCES) <= i < noun.i
                  and key != subject]
        counts = Counter(key for _i, key in people).most_common(2)
        main = counts[0][0] if len(counts) == 1 or counts and counts[0][1] > counts[1][1] else None
        return before[-1] if before and before[-1] == main else None
    if noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"this", "that"} for c in noun.children):
        before = [key for i, key in names.people if _sentences_back(noun, 1) <= i < noun.i]
        return before[-1] if before else None
    if noun.pos_ == "NOUN" and noun.is_title and names.key(noun) in names.person_keys:
        return names.key(noun)  # a surname the tagger took for a common noun
    return names.holder(noun)


def _named_people(names: Any) -> list[tuple[int, str]]:
    """The article's mentions of people (token index, key), less those whose key no person entity has (a title,
    "Prime Minister", the resolver took for a surname)."""
    keys = {names.key(e.root) for e in names.entities.all if e.label_ == "PERSON"}
    return [(i, key) for i, key in names.people if key in keys]


def _sentences_back(token: Any, count: int) -> int:
    """The index of the first token of the sentence `count` sentences before the token's own."""
    return sentence_start(token.doc, token.i, count)


def _apposed(token: Any) -> bool:
    """Whether a token is the head noun of a title in apposition ("Tom Hale, the club's vice-captain,"): parsed
    as one, or written right after "Name," where the parser read it otherwise; closed by punctuation or the
    sentence's end."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ == "PERSON":
        return False
    if token.dep_ not in {"appos", "conj"} and _comma_name(token) is None:
        return False
    if token.i + 1 < len(token.doc) and (token.nbor(1).text in {"-", "‑"} and not token.whitespace_):
        return False  # "vice" of "vice-captain"
    after = token.right_edge.i + 1
    return after >= len(token.doc) or token.doc[after].text in CLOSERS or token.doc[after].is_sent_start


def _comma_name(title: Any) -> Any:
    """The proper noun right before "," where a title's phrase starts ("Haddad, the winner of the race")."""
    left = title.left_edge.i
    doc = title.doc
    if left >= 2 and doc[left - 1].text == "," and doc[left - 2].pos_ == "PROPN":
        return doc[left - 2]
    return None


def _apposed_to(title: Any, names: Any) -> str | None:
    """The named person a title in apposition describes: the name it is apposed to, or the person of the title
    it is listed after ("former Foreign Secretary, mayor of London")."""
    head = title.head if title.dep_ in {"appos", "conj"} else _comma_name(title)
    for _step in range(4):
        if head.pos_ == "PROPN" and names.key(head) in names.person_keys:
            return names.key(head)
        if head.dep_ not in {"appos", "conj"} or head.pos_ not in {"NOUN", "PROPN"} or head.head.i == head.i:
            return None
        head = head.head
    return None


def _bodies(title: Any, head: Any, names: Any, people: set[int]) -> list[Any]:
    """The organisations a title names as the body it is held in: inside it ("CIA agent"), as its owner
    ("Apple's chief executive") or in its "of", "for" or "at" phrase ("professor at Yale University"); not a
    person's name the recogniser took for one (`people`: the tokens of people's names)."""
    tokens = [*title, *(t for c in head.children if c.dep_ == "poss" for t in c.subtree),
              *(t for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "at"} for t in c.subtree)]
    portfolio = getattr(_portfolio(head, people), "i", None)  # "Secretary of State": the office's name
    found = {names.entities.at.get(t.i) for t in tokens if t.i != portfolio}
    return sorted((e for e in found if e is not None and e.label_ == "ORG" and not people & set(range(e.start, e.end))),
                  key=lambda e: e.start)


def _key(text: str) -> str:
    """A body's name as a key: lower case, without a leading "the" or a trailing "'s"."""
    words = text.lower().replace("’", "'").removesuffix("'s").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _party(tokens: Any, start: int, head: Any, names: Any) -> Any:
    """The capitalised word or group name a title before its head starts with, read as who the title is held
    for ("Labour MP", "Democratic Senator", "Liberal Democrat councillor"); CC210 keeps those of its table of
    parties and states. A word of the office's own name ("Prime Minister", "Home Secretary") is none."""
    first = tokens[start]
    while first.i < head.i and first.lower_ in PAST_WORDS | FUTURE_WORDS | NOW_WORDS | TEMPORARY_WORDS:
        first = tokens[first.i + 1]
    if first.i >= head.i or not first.is_title or first.pos_ not in {"ADJ", "PROPN"} or first.ent_type_ == "PERSON":
        return None
    group = names.entities.at.get(first.i)
    if group is not None and group.label_ == "NORP" and group.end <= head.i:
        return group
    after = names.entities.at.get(first.i + 1)  # "Liberal Democrat councillor": the recogniser's "Democrat" and
    if after is not None and after.label_ == "NORP" and after.end <= head.i and \
            affiliation_name(after).start == first.i:  # the capitalised word it leaves out before it
        return affiliation_name(after)
    return first.doc[first.i:first.i + 1] if not first.ent_type_ else None


def _title_word(tokens: Any, k: int) -> bool:
    """Whether a token can be part of a title: an adjective or noun that names no person, or a hyphen joining
    two ("vice-captain")."""
    token = tokens[k]
    if token.text in {"-", "‑"}:
        return 0 < k < len(tokens) - 1 and not token.whitespace_ and not tokens[k - 1].whitespace_
    if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}:
        return False  # "lead author" is a title, "appointed Prime Minister" is not
    return token.is_alpha and token.pos_ in {"ADJ", "NOUN", "PROPN", "VERB"} and token.ent_type_ != "PERSON" \
        and token.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL"}


def _title(tokens: Any, head: Any, starts: set[int]) -> tuple[list[str], str | None, int, str | None] | None:
    """A title ending at its head noun: its words' lemmas (a name inside it, "CIA agent", is its scope instead,
    as is the name of an "of"/"for" phrase after it, but for a person's: `starts`, the tokens of people's names),
    its scope, its first token and the time a word in it puts it at ("former", "incoming"); None for a plural."""
    if head.tag_ in {"NNS", "NNPS"} or not head.is_alpha:
        return None
    start = head.i
    while start > 0 and _title_word(tokens, start - 1) and (tokens[start - 1].head.i >= start - 1 or
                                                            not tokens[start - 1].whitespace_):
        start -= 1
    if start > 0 and tokens[start - 1].lower_ in PAST_WORDS | FUTURE_WORDS | NOW_WORDS | TEMPORARY_WORDS:
        start -= 1
    words, scope, when = [], [], None
    if any(c.dep_ == "advmod" and c.lower_ in {"formerly", "previously", "once"} for c in head.children):
        when = "former"  # "Moss, formerly a professor at Stanford University,"
    for token in tokens[start:head.i + 1]:
        lower = token.lower_
        if lower in PAST_WORDS:
            when = "former"
        elif lower in FUTURE_WORDS:
            when = "future"
        elif lower in TEMPORARY_WORDS:
            when = "temporary"
        elif lower in NOW_WORDS:
            when = when or "now"
        elif token.ent_type_ in ENTITY_SCOPE and (token.ent_type_ in PLACE_LABELS or not head.is_title) and \
                not all(t.ent_iob_ == "I" for t in tokens[token.i + 1:head.i + 1]) or \
                token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper() and head.is_lower:
            scope.append(lower)  # a name before a title in lower case is where it is held ("Eastbrook mayor")
        elif token.text not in {"-", "‑"}:
            words.append(token.lemma_.lower())
    portfolio = _portfolio(head, starts)
    if portfolio is not None:
        words.append(portfolio.lemma_.lower())
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "for"} and portfolio not in child.children:
            scope += [t.lower_ for t in child.subtree if t.pos_ == "PROPN" and t.ent_type_ != "PERSON"
                      and t != portfolio and t.i not in starts]  # not "Ruiz" of "Minister of Justice Ana Ruiz"
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            scope.append(child.lower_)
    if not words:
        return None
    if portfolio is not None:
        words.append(words.pop(-2))  # "Secretary of Justice" is "Justice Secretary": the head stays last
    return words, " ".join(scope) or None, start, when


def _portfolio(head: Any, starts: set[int]) -> Any:
    """The one capitalised word after "of" that names what a capitalised title is in charge of ("Secretary of
    Justice", "Minister of Finance", "Secretary of State Ana Ruiz"), which is part of the title's name; never a
    place ("President of France") or a longer name ("Secretary of the Navy", "Minister of Foreign Affairs" are
    left as scopes; a person's name after it is of `starts`, the tokens of people's names). Read from the words,
    since the parser often hangs a name after it on the "of"."""
    tokens = head.doc
    if not head.is_title or head.pos_ not in {"NOUN", "PROPN"} or head.i + 2 >= len(tokens) or \
            tokens[head.i + 1].lower_ != "of":
        return None
    word = tokens[head.i + 2]
    after = tokens[head.i + 3] if head.i + 3 < len(tokens) else None
    if not (word.is_title and word.is_alpha and word.ent_type_ not in PLACE_LABELS | {"PERSON"}):
        return None
    longer = after is not None and after.is_title and after.ent_type_ != "PERSON" and after.i not in starts
    return None if longer else word


# The bodies an owner may be that make a body state-owned ("owned by the province", "by the county council").
PUBLIC_OWNERS = r"(?:state|government|city|town|council|municipality|province|county|region|ministry)"
# Each way of writing who owns a body, and the facets it tells: who owns it, whether it seeks a profit, whether its
# shares are listed. A listed company may be partly state-owned; a wholly state-owned one is not listed.
OWNERSHIP_CUES = (
    (re.compile(rf"\bwholly[\s-]+(?:state|government|publicly|municipally)[\s-]+owned\b|\bwholly[\s-]+owned\s+by\s+"
                rf"the\s+(?:\w+\s+)?{PUBLIC_OWNERS}\b", re.I), {"owner": "state", "listing": "unlisted"}),
    (re.compile(rf"\b(?<!wholly )(?<!wholly-)(?:state|government|publicly|municipally)[\s-]+(?:owned|run|controlled)\b"
                rf"|\b(?<!wholly )owned\s+by\s+the\s+(?:\w+\s+)?{PUBLIC_OWNERS}\b"
                rf"|\bin\s+(?:state|public|government)\s+hands\b",
                re.I), {"owner": "state"}),
    (re.compile(r"\bprivately[\s-]+held\b", re.I), {"owner": "private", "listing": "unlisted"}),
    (re.compile(r"\b(?:privately|family)[\s-]+(?:owned|run)\b|\bin\s+private\s+hands\b", re.I), {"owner": "private"}),
    (re.compile(r"\binvestor[\s-]+owned\b", re.I), {"owner": "private", "profit": "for-profit"}),
    (re.compile(r"(?<!not[\s-])\bfor[\s-]profit\b", re.I), {"profit": "for-profit"}),
    (re.compile(r"\bnon[\s-]?profit\b|\bnot[\s-]for[\s-]profit\b", re.I), {"profit": "nonprofit"}),
    (re.compile(r"\bpublicly[\s-]+(?:traded|listed)\b|\bshares\s+(?:are|were)\s+(?:listed|traded)\b", re.I),
     {"listing": "listed", "profit": "for-profit"}),
)
CHANGED_OWNER = {"formerly", "former", "once", "previously", "until", "since", "become", "privatise", "privatize",
                 "nationalise", "nationalize", "sell", "buy", "return"}  # a change of owners, or a past one


def ownerships(doc: Document, names: Any) -> list[Attribute]:
    """Who owns a named body, whether it seeks a profit and whether its shares are listed, as the body's words tell
    them of it (`OWNERSHIP_CUES`): on a noun the body is ("Polar Air, a state-owned airline", "is a family-run
    firm", "as a nonprofit group, Kestrel Health ..."), on the body's name ("state-owned Polar Air") or said of it
    ("Polar Air is state-owned", "Polar Air, which is publicly traded"); none told as past or changing."""
    out = []
    for pattern, facets in OWNERSHIP_CUES:
        for match in pattern.finditer(doc.text):
            if not doc.is_body(match.start(), match.end()):
                continue
            span = doc.nlp.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or not len(span) or _owner_changed(span):
                continue
            key = _owned(span.root, names)
            if key is None:
                continue
            out += [Attribute(key, "ownership", f"{facet}={value}", match.start(), match.end(),
                              _sentence(doc, match.start())) for facet, value in facets.items()]
    return out


def _owned(root: Any, names: Any) -> str | None:
    """The named body an ownership's words (their `root`) tell of: the noun or name they modify or follow ("a
    state-owned airline", "a ferry line wholly owned by ...", "a carrier in private hands", "Polar Air, whose shares
    were traded"), the one a noun introduced by "as" is said of ("As a state-owned carrier, Polar Air ..."), or the
    subject they are said of ("Polar Air is state-owned"); None when they tell of no named body."""
    if root.dep_ in {"amod", "compound", "acl", "relcl", "prep", "npadvmod", "advmod", "nmod"} and \
            root.head.pos_ in {"NOUN", "PROPN"}:
        noun = root.head
    elif root.dep_ in {"acomp", "attr", "ROOT", "ccomp"} and root.pos_ in {"VERB", "ADJ", "AUX"}:
        return names.subject(root.head if root.dep_ in {"acomp", "attr"} else root)
    elif root.dep_ == "prep" and root.head.dep_ in {"acomp", "attr"}:  # "was the only one in private hands"
        return names.subject(root.head.head)
    elif root.dep_ == "prep" and root.head.lemma_ == "be":  # "The carrier is in private hands"
        return names.subject(root.head)
    else:
        return None
    while noun.dep_ in {"compound", "amod"} and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a nonprofit hospital group": the group
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in {
            "VERB", "AUX"}:
        return names.subject(noun.head.head)
    return names.holder(noun)


def _owner_changed(span: Any) -> bool:
    """True when an ownership is told as past or as changing: a word of a change or of the past just before its words
    ("formerly state-owned", "was sold into private hands") or on the verb they complete ("became state-owned",
    "has been in private hands since 2015")."""
    before = span.doc[max(span.sent.start, span.start - 6):span.start]
    verb = span.root.head if span.root.dep_ in {"acomp", "attr", "oprd", "prep", "xcomp"} else None
    told = [*before, *([verb, *verb.children] if verb is not None else [])]
    return any(t.lemma_.lower() in CHANGED_OWNER for t in told)


def _sentence(doc: Document, offset: int) -> int:
    index = doc.sentence_index(offset)
    return index if index is not None else -1


def placings(doc: Document, names: Any, facts: list[Any]) -> list[Attribute]:
    """The ranks the body gives named people in a contest, in text order: "Ruiz won the race" or "the winner"
    (1), "took second prize", "finished in second place", "came third" (2, 3), "the silver medal" (2), "the
    runner-up" (2). The scope is the contest's words ("the winner of the downhill"), `when` the year a date in its
    own phrase or clause gives ("last year's winner"), else one in its sentence ("A year ago, ... took second
    prize"), else the article's year."""
    years: dict[int, list[tuple[int, int]]] = {}  # sentence -> (offset, year) of its dates
    for fact in facts:
        if fact.claim.kind in {"date", "period"} and fact.time is not None and fact.time.days <= 366:
            years.setdefault(fact.sentence, []).append((fact.claim.start, fact.time.first.year))
    published = doc.meta.published
    out = []
    for token in doc.nlp:
        if not doc.is_body(token.idx, token.idx + len(token)):
            continue
        found = _rank(token)
        if found is None:
            continue
        rank, anchor, start, end = found
        if anchor is None:
            continue
        event = STANDING if _moved_to(end) else _event(end, anchor)
        own = {t.idx for t in end.subtree}  # where a date of this placing is written
        if anchor.pos_ in {"VERB", "AUX"}:
            clause = anchor
            anchor = next((c for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            own = {t.idx for t in clause.subtree} - ({t.idx for t in anchor.subtree} if anchor is not None else set())
            if anchor is not None and anchor.tag_ == "WP" and anchor.head.dep_ == "relcl":
                anchor = anchor.head.head  # "Ruiz, who came third"
        person = _holder(anchor, names)
        if person is None or person not in names.person_keys:
            continue
        sentence = _sentence(doc, token.idx)
        dated = years.get(sentence, [])
        year = {y for offset, y in dated if offset in own} or {y for _offset, y in dated} or \
            ({published.year} if published else set())
        out.append(Attribute(person, "placing", str(rank), start.idx, end.idx + len(end), sentence, event,
                             " ".join(str(y) for y in sorted(year)) or None))
    return out


def _moved_to(end: Any) -> bool:
    """True for a rank written as where a move went ("climbed from ninth to sixth place", "rose from sixth to
    third"): the "to" phrase of a verb that also says where it came from, or goes up or down; a place in a table
    that changes over a contest, not the result of one."""
    to = end.head if end.dep_ == "pobj" else None
    verb = to.head if to is not None and to.lower_ == "to" and to.dep_ == "prep" else None
    return verb is not None and verb.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "from" or c.dep_ == "prt" and c.lower_ in {"up", "down"} for c in verb.children)


def _event(end: Any, anchor: Any) -> str | None:
    """The content lemmas of the contest a placing is in: what was won ("won the downhill"), or the "in", "at"
    or "of" phrase of the placing's noun or verb ("the winner of the downhill", "finished second in the race")."""
    words = []
    phrases = [end] if end.lemma_ not in WON_THINGS and end.dep_ == "dobj" and end.head.lemma_ == "win" else []
    for token in {end, anchor}:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "at", "of"}:
                phrases += [c for c in child.children if c.dep_ == "pobj"]
    for phrase in phrases:
        words += [t.lemma_.lower() for t in phrase.subtree if t.pos_ in {"NOUN", "PROPN", "ADJ"} and
                  t.ent_type_ not in {"DATE", "TIME", "ORDINAL"} and t.lower_ not in MEDALS]
    return " ".join(words) or None


def _rank(token: Any) -> tuple[int, Any, Any, Any] | None:
    """The rank a token gives; the verb whose subject holds it or the name that does; the first and last token
    of its wording."""
    lower = token.lower_
    if token.ent_type_ == "ORDINAL" and lower in ORDINALS:
        head = token.head
        if head.pos_ == "NOUN" and head.lemma_ in PLACE_NOUNS:
            if head.dep_ in {"compound", "amod"} and head.head.pos_ == "NOUN":  # "Park's second-place finish"
                owner = next((c for c in head.head.children if c.dep_ == "poss"), None)
                return ORDINALS[lower], owner, token, head.head
            verb = head.head.head if head.dep_ == "pobj" else head.head  # "finished in second place"
            return ORDINALS[lower], verb if verb.pos_ == "VERB" else None, token, head
        if head.dep_ == "prep" and head.lower_ == "in" and token.dep_ == "pobj":  # "came in second"
            head = head.head
        before = token.nbor(-1) if token.i > 0 else token
        if before.pos_ == "VERB" and before.lemma_ in PLACE_VERBS:
            head = before  # "finished third on Sunday", the ordinal parsed as part of what follows
        if head.pos_ == "VERB" and head.lemma_ in PLACE_VERBS:
            return ORDINALS[lower], head, head, token
        return None
    if token.lemma_ == "win" and token.pos_ == "VERB":  # "Ruiz won the race"
        won = next((c for c in token.children if c.dep_ == "dobj"), None)
        if won is not None and won.pos_ == "NOUN" and won.tag_ == "NN" and won.lemma_ not in WON_THINGS and \
                any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in won.children) and \
                not any(c.dep_ in {"amod", "compound", "nummod"} and (c.lower_ in ORDINALS or c.lower_ in MEDALS
                                                                  or c.lower_ in SERIES_WORDS)
                        for c in won.children):  # "won his last game": one of a series, not the contest
            return 1, token, token, won
        return None
    runner_up = lower == "up" and token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "runner"
    if token.lemma_ == "winner" and token.tag_ == "NN" or runner_up:
        if any(c.dep_ in {"amod", "compound", "nummod", "npadvmod"} and
               (c.lower_ in PAST_WORDS | {"defending", "reigning"} or c.like_num or "time" in c.lower_)
               for c in token.children):
            return None  # "the defending winner", "a two-time winner": of earlier contests
        start = token.nbor(-2) if runner_up else token
        if _apposed(token):  # "Ruiz, last year's winner"
            return 2 if runner_up else 1, token.head if token.dep_ == "appos" else _comma_name(token), start, token
        if token.dep_ == "attr" and token.head.lemma_ == "be":  # "Ruiz was the winner"
            return 2 if runner_up else 1, token.head, start, token
        return None
    if lower in MEDALS and token.dep_ in {"compound", "amod", "dobj"}:
        head = token.head if token.dep_ != "dobj" else token
        verb = head.head if head.dep_ == "dobj" else None
        if verb is not None and verb.lemma_ in {"win", "take", "claim", "earn", "receive"}:
            return MEDALS[lower], verb, token, head
    return None
