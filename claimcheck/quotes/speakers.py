"""Who said it: speaker mentions from the parse, canonical names, roles, and mention resolution.

A `SpeakerResolver` is built once per article. It clusters the article's PERSON names by surname (rapidfuzz
for spelling variants such as Sergey / Sergei), keeps the fullest form of the first mention as the canonical
name, strips titles and roles off names ("Indian Defense Minister Rajnath Singh" -> "Rajnath Singh", role
"Indian Defense Minister"), and then resolves each attribution's subject in text order: names and
surnames to their cluster, pronouns to the most recent compatible person in subject position, role nouns
("the minister", "the ministry", "the statement") to the entity that holds the role at the same rank, unnamed people
("officials", "analysts", "a court clerk") to no speaker, and a report passed on to the innermost named speaker
("he was told by X", "announced an order by X", "part of the judge's statement").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from typing import Any, Iterator

from rapidfuzz import fuzz

from claimcheck.document import Document, Intervals, Span
from claimcheck.quotes.cues import (
    ANONYMOUS_NOUNS,
    BODY_NOUNS,
    COMPANY_FORMS,
    CONFIDENCE,
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    FIRST_PERSON,
    GENERIC_BODY_NOUNS,
    MALE_WORDS,
    OUTLET_NAME_WORDS,
    OUTLET_NOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PLURAL_PRONOUNS,
    SPEECH_VERBS,
    THING_PRONOUNS,
)
from claimcheck.quotes.offsets import entities_within

_NAME_PARTICLES = frozenset({"de", "van", "von", "da", "di", "del", "della", "der", "den", "al", "el", "bin",
                             "ibn", "le", "la", "du", "dos", "das", "ter", "ten", "mac", "st", "st."})
_PHRASE_DEPS = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "case", "flat", "quantmod",
                          "predet"})
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople"})
_STATEMENTS = frozenset({"statement", "release", "communique", "communiqué", "readout"})
_ISSUING_VERBS = frozenset({"release", "issue", "publish", "post", "send", "sign", "write", "put", "file", "tweet",
                            "deliver", "read", "distribute"})
_GROUP_NOUNS = frozenset({"defendant", "suspect", "accused", "pair", "couple", "brother", "sister", "partner"})
_PARTS = frozenset({"part", "parts", "portion", "section", "sections", "excerpt", "excerpts", "extract", "passage",
                    "passages", "some", "much", "most", "rest", "remainder"})
# bodies a place or a leader names ("the US government", "the Trump administration"): never the last company heard
_STATE_BODIES = frozenset({"government", "administration"})
_RELAYING_VERBS = frozenset({"quote", "report", "cite", "interview", "ask", "question"})  # "was quoted by X": X relays
_PASSING_ON_VERBS = frozenset({"announce", "release", "issue", "publish", "post", "share", "cite", "quote", "read",
                               "relay", "circulate", "forward"})
_NAMING_VERBS = frozenset({"use", "give", "go", "identify", "name", "call", "know", "ask"})
_PEOPLE = frozenset({"man", "woman", "boy", "girl", "protester", "protestor", "student", "nurse", "mother", "father",
                     "resident", "villager", "worker", "driver", "passenger", "shopper", "child", "teenager"})
# documents beside cues.DOCUMENT_NOUNS: a body's data, and the papers of a court case or a campaign
_DATA_NOUNS = frozenset({"statistics", "numbers", "tally", "projections", "forecast", "forecasts", "motion",
                         "petition", "manifesto", "opinion", "verdict", "guidelines", "guidance", "facts"})
_RANKS = frozenset({"deputy", "vice", "assistant", "associate"})  # words that make a role another one
_GROUP_REACH = 2500  # characters within which "they" can still mean people named together
_KEPT_PREPOSITIONS = frozenset({"by", "to", "from", "with", "of", "for"})
_NAME_MATCH = 88  # rapidfuzz ratio at or above which two name forms are one name


@dataclass
class Speaker:
    """One speaker of the article: a person, a body or a document, with what is known about it."""

    name: str
    type: str  # person, organisation, document
    role: str | None = None
    gender: str | None = None  # 'm' or 'f' once known
    words: frozenset[str] = field(default_factory=frozenset)  # lower-cased words of names and roles
    first_at: int = 0  # offset of the first mention


@dataclass
class Resolution:
    """The outcome of resolving one attribution's subject."""

    speaker: Speaker | None
    mention: Span | None
    how: str  # a key of cues.CONFIDENCE

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.how]


def _strip_possessive(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def phrase_tokens(token: Any) -> list[Any]:
    """The noun phrase headed by `token`: its modifiers and "of"/"for" complements, without clauses.

    The phrase is the contiguous run of those words around the head that crosses no comma, dash or bracket.
    """
    keep = {token.i}
    for child in token.children:
        if child.dep_ in _PHRASE_DEPS:
            keep.update(t.i for t in child.subtree)
        elif child.dep_ == "prep" and child.lower_ in {"of", "for"} and child.i > token.i:
            keep.update(t.i for t in child.subtree)
    doc = token.doc
    lo = hi = token.i
    while lo - 1 in keep and not _breaks(doc[lo - 1]):
        lo -= 1
    while hi + 1 in keep and not _breaks(doc[hi + 1]):
        hi += 1
    tokens = [doc[i] for i in range(lo, hi + 1)]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in {"det", "predet"} or tokens[0].is_space):
        tokens = tokens[1:]
    return tokens or [token]


def document_phrase(token: Any) -> list[Any]:
    """A document's phrase with what identifies it ("report commissioned by the previous government")."""
    tokens = phrase_tokens(token)
    doc = token.doc
    hi = tokens[-1].i
    for child in token.rights:
        if child.i <= hi or child.dep_ not in {"prep", "acl"} or _breaks(doc[child.i - 1]):
            continue
        if (child.dep_ == "prep" and child.lower_ not in _KEPT_PREPOSITIONS) or (child.dep_ == "acl" and not any(
                g.dep_ in {"prep", "agent"} and g.lower_ in _KEPT_PREPOSITIONS for g in child.children)):
            break
        part = [t for t in child.subtree if t.dep_ not in {"relcl", "appos"}]
        stop = next((t for t in part if t.ent_type_ in {"DATE", "TIME"} or _breaks(t)), None)
        end = (stop.i - 1) if stop is not None else part[-1].i
        while end > hi and doc[end].pos_ in {"ADP", "DET", "CCONJ", "PUNCT"}:
            end -= 1
        if end > hi and all(doc[i] in part for i in range(child.i, end + 1)):
            hi = end
        break
    return [doc[i] for i in range(tokens[0].i, hi + 1)]


def _breaks(token: Any) -> bool:
    return token.is_space or (token.is_punct and token.text not in {".", "&", "-", "’", "'"})


def _text_of(tokens: list[Any]) -> str:
    """The text from the first token to the last, read off their own span (never the whole Doc's text)."""
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _span_of(tokens: list[Any]) -> Span:
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), "speaker")


def split_name(tokens: list[Any]) -> tuple[list[Any], list[Any]]:
    """(role tokens, name tokens): the name is the trailing run of proper nouns that are not titles."""
    name: list[Any] = []
    for tok in reversed(tokens):
        low = tok.lower_.rstrip(".")
        if tok.text in {"’s", "'s"}:
            break
        if (tok.pos_ == "PROPN" or (tok.is_title and tok.is_alpha)) and low not in PERSON_ROLES:
            name.insert(0, tok)
        elif tok.text in {"-", "‐"} and name and not tok.whitespace_ and tok.i > 0 and \
                not tok.doc[tok.i - 1].whitespace_ and tok.doc[tok.i - 1].is_title:
            name.insert(0, tok)  # "Jean-Jacques"
        elif low in _NAME_PARTICLES and name:
            name.insert(0, tok)
        else:
            break
    while name and name[0].lower_ in _NAME_PARTICLES and not name[0].is_title:
        name = name[1:]
    role = tokens[: len(tokens) - len(name)] if name else tokens
    return role, name


def is_outlet(tokens: list[Any]) -> bool:
    """True when a phrase names a news outlet or agency; never a statement its issuer put out ("a NATO press
    release")."""
    if tokens and tokens[-1].lower_ in _STATEMENTS:
        return False
    words = {t.lower_ for t in tokens}
    return bool(words & OUTLET_NOUNS) or bool(words & OUTLET_NAME_WORDS) or any(
        _WEBSITE.search(w) for w in words)  # "Znak.com"


_WEBSITE = re.compile(r"\w\.(?:com|org|net|info|news|co\.uk|ru|de|fr|pl|hu|in)$")


def entity_tokens(token: Any) -> list[Any] | None:
    """The tokens of the named entity that holds `token`, or None."""
    if not token.ent_type_:
        return None
    doc = token.doc
    lo = hi = token.i
    while doc[lo].ent_iob_ == "I" and lo > 0:
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    return [doc[i] for i in range(lo, hi + 1)]


def outlet_name(tokens: list[Any]) -> str:
    """The proper name of an outlet phrase ("Indian news agency ANI" -> "ANI")."""
    doc = tokens[0].doc
    held = entity_tokens(tokens[-1])
    if held is not None and held[0].i < tokens[0].i and held[0].ent_type_ == "ORG":
        tokens = held  # "Agence France-Presse" where the phrase kept only "Presse"
    for ent in entities_within(doc, tokens[0].i, tokens[-1].i):
        if ent.label_ in {"ORG", "PERSON", "NORP", "WORK_OF_ART", "GPE", "PRODUCT"}:
            if ent.label_ in {"ORG", "WORK_OF_ART", "PRODUCT", "PERSON"} or len(tokens) == ent.end - ent.start:
                before = doc[ent.start - 1] if ent.start > 0 else None
                if before is not None and before.text == "The" and not before.is_sent_start:
                    return _strip_possessive(f"The {ent.text}")  # "told The Times": the capital is the name's
                return _strip_possessive(ent.text.removeprefix("the "))
    _, name = split_name([t for t in tokens if t.lower_ not in OUTLET_NOUNS or t.is_title])
    if name:
        if name[0].i > 0 and doc[name[0].i - 1].lower_ == "the" and doc[name[0].i - 1].is_title:
            name = [doc[name[0].i - 1], *name]
        return _text_of(name)
    return _text_of(tokens)


def fold(text: str) -> str:
    """A name compared without case or accents ("Erdoğan" and "Erdogan" are one name)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-‐]+", fold(name)) if w]


def _acronym(name: str) -> str:
    """The initials of a name's capitalised words ("United Nations Educational, Scientific and Cultural
    Organization" -> "UNESCO")."""
    return "".join(w[0] for w in re.findall(r"[A-Za-zÀ-ÿ][\w’'-]*", name) if w[0].isupper())


class NameIndex:
    """Every form in which the article names its people and bodies, to give each speaker the fullest form of
    its name: "Recep Tayyip Erdoğan" for "Erdogan", "Ford Motor Company" for "Ford", "United Nations Educational,
    Scientific and Cultural Organization" for "UNESCO". Names are read from the entities of the body, widened to
    the proper nouns the recogniser cut off ("Ingrid Solberg" + "Haugen")."""

    def __init__(self, doc: Document, quoted: Intervals, outside_body: Intervals) -> None:
        self.people: list[str] = []
        self.bodies: list[str] = []
        self.acronyms: dict[str, str] = {}
        text = doc.text
        for ent in doc.nlp.ents:
            if outside_body.overlaps(ent.start_char, ent.end_char) or quoted.contains(ent.start_char):
                continue
            if ent.label_ == "PERSON" and not _company(ent):
                tokens = _widened(list(ent))
                _, name = split_name([t for t in tokens if t.text not in {"’s", "'s"}])
                if name:
                    self.people.append(_strip_possessive(_text_of(name)))
            elif ent.label_ == "ORG":
                tokens = [t for t in ent if t.ent_type_ == "ORG"]
                while tokens and (tokens[0].lower_ == "the" or tokens[0].is_lower):
                    tokens = tokens[1:]
                if not tokens or ent.root.lower_.rstrip(".") in PERSON_ROLES - BODY_NOUNS:
                    continue  # "Health Minister" taken for an organisation; "World Health Organization" is one
                bracket = next((k for k, t in enumerate(tokens) if t.text == "("), None)
                if bracket:  # "World Health Organization (WHO" taken as one entity
                    inner = "".join(t.text for t in tokens[bracket + 1 :]).replace(".", "")
                    tokens = tokens[:bracket]
                    if inner.isupper() and inner.isalpha():
                        self.acronyms[inner] = _strip_possessive(_text_of(tokens))
                name = _strip_possessive(_text_of(tokens))
                self.bodies.append(name)
                after = text[ent.end_char : ent.end_char + 16]
                defined = re.match(r"\s*\(([A-Z][A-Za-z&.]{1,10})\)", after)
                if defined:  # "World Health Organization (WHO)"
                    acronym = defined.group(1).replace(".", "")
                    self.acronyms[acronym] = _spelled_out(text, ent.start_char, ent.end_char, acronym) or name
                    self.bodies.append(self.acronyms[acronym])
        for name in self.bodies:
            initials = _acronym(name)
            if len(initials) >= 3 and name.count(" ") >= 2:
                self.acronyms.setdefault(initials, name)
        # each name form under the runs of words it starts and ends with, for look-ups in constant time
        self._words: dict[str, tuple[str, ...]] = {}
        self._person_ends: dict[tuple[str, ...], dict[str, None]] = {}
        self._body_starts: dict[tuple[str, ...], dict[str, None]] = {}
        for name in self.people:
            words = self._words_of(name)
            for k in range(1, len(words)):
                self._person_ends.setdefault(words[:k], {})[name] = None
                self._person_ends.setdefault(words[-k:], {})[name] = None
        for name in self.bodies:
            words = self._words_of(name)
            for k in range(1, len(words)):
                self._body_starts.setdefault(words[:k], {})[name] = None

    def _words_of(self, name: str) -> tuple[str, ...]:
        words = self._words.get(name)
        if words is None:
            words = self._words[name] = tuple(_name_words(name))
        return words

    def fullest_person(self, name: str) -> str:
        """The longest form of this person's name in the article, when every longer form agrees."""
        words = self._words_of(name)
        longer = list(self._person_ends.get(words, ())) if words else []
        if not longer:
            return name
        best = max(longer, key=lambda n: len(self._words_of(n)))
        if all(_within(list(self._words_of(n)), list(self._words_of(best))) for n in longer):
            return best
        return name

    def fullest_body(self, name: str) -> str:
        """The fullest name of an organisation: the name an acronym stands for, or the longest form that starts
        with this one ("Ford" -> "Ford Motor Company")."""
        key = name.replace(".", "")
        if key.isupper() and key in self.acronyms:
            return self.acronyms[key]
        words = self._words_of(name)
        longer = list(self._body_starts.get(words, ())) if words else []
        if not longer:
            return name
        best = max(longer, key=lambda n: len(self._words_of(n)))
        best_words = self._words_of(best)
        return best if all(best_words[: len(self._words_of(n))] == self._words_of(n) for n in longer) else name


_NAME_RUN = re.compile(r"(?:[A-Z][\w’'.&-]*,?\s+(?:(?:and|of|for|on|the|&)\s+)*)+$")


def _spelled_out(text: str, start: int, end: int, acronym: str) -> str | None:
    """The words before "(ACRONYM)" that it stands for, where the recogniser cut them short ("United Nations
    Educational, Scientific and Cultural Organization" before "(UNESCO)")."""
    run = _NAME_RUN.search(text[max(0, start - 150) : start])
    whole = ((run.group(0) if run else "") + text[start:end]).strip()
    words = whole.split()
    for i in range(len(words)):
        candidate = " ".join(words[i:])
        if _acronym(candidate) == acronym and words[i][0].isupper():
            return candidate
    return None


def _company(tokens: Any) -> bool:
    """True for a name ending in a company's legal form ("Ipari Kft", "Suryan Power Ltd")."""
    words = [t.lower_.rstrip(".") for t in tokens if not t.is_punct]
    return bool(words) and words[-1] in COMPANY_FORMS


def _within(part: list[str], whole: list[str]) -> bool:
    """True when `part` is a run of `whole`'s words at its start or end ("Erdogan" in "Recep Tayyip Erdoğan")."""
    n = len(part)
    return bool(n) and (whole[-n:] == part or whole[:n] == part)


def _widened(tokens: list[Any]) -> list[Any]:
    """A PERSON entity with the capitalised proper nouns of the same name that the recogniser left out."""
    doc = tokens[0].doc
    lo, hi = tokens[0].i, tokens[-1].i

    def joins(tok: Any) -> bool:
        single = tok.ent_iob_ == "B" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")
        return tok.pos_ == "PROPN" and tok.is_title and (tok.ent_type_ in {"", "PERSON"} or single) and \
            tok.lower_ not in PERSON_ROLES and not tok.whitespace_ == "" and tok.text not in {"’s", "'s"}

    while hi + 1 < len(doc) and joins(doc[hi + 1]) and doc[hi].head.i == hi + 1:
        hi += 1
    while lo >= 2 and doc[lo - 1].text in {"-", "‐"} and not doc[lo - 1].whitespace_ and \
            not doc[lo - 2].whitespace_ and doc[lo - 2].is_title:
        lo -= 2  # "Jean-Jacques Muyembe" where the entity starts at "Jacques"
    while lo >= 1 and tokens[0].is_lower and doc[lo - 1].is_title and doc[lo - 1].pos_ == "PROPN" and \
            (doc[lo - 1].ent_type_ in {"", "PERSON"} or doc[lo - 1].ent_iob_ == "B") and \
            doc[lo - 1].lower_ not in PERSON_ROLES and \
            lo <= doc[lo - 1].head.i <= hi:
        lo -= 1  # "Arnel dela Vega" where the entity starts at the particle
    return [doc[i] for i in range(lo, hi + 1)]


class SpeakerResolver:
    """Resolves attribution subjects to canonical speakers, in text order, for one article."""

    def __init__(self, doc: Document, quoted: list[tuple[int, int]]) -> None:
        """`quoted`: the spans of every quotation-marked stretch, quotes and titles alike."""
        self.doc = doc
        self.nlp = doc.nlp
        self.quoted = Intervals(quoted)
        self.outside_body = doc.non_body_lines()
        self._offset = 0  # where the mention being resolved sits
        self.people: list[Speaker] = []
        self.bodies: list[Speaker] = []
        self.timeline: list[tuple[int, Speaker, bool]] = []  # (offset, speaker, in subject position)
        self.statement_by: tuple[int, Speaker] | None = None  # last body that spoke "in a statement"
        self._names = NameIndex(doc, self.quoted, self.outside_body)
        self._people_by_key: dict[tuple[str, str], list[int]] = {}  # see _index_person
        self._person_at: dict[int, int] = {}  # id of a person -> their place in self.people
        self._person_keys: dict[int, set[tuple[str, str]]] = {}  # id of a person -> the keys they are filed under
        self._bodies_by_key: dict[tuple[str, str], list[int]] = {}  # see _add_body
        self._tokens = list(self.nlp)  # made once: each access to the Doc builds a new Token
        self._by_text: dict[str, list[int]] | None = None
        self._full_forms: dict[str, str] = {}  # a lone name -> its full form
        self._groups: list[tuple[int, Speaker]] = []  # (offset, first-named person) of people named together
        self._issued: dict[str, Speaker] = {}  # a document noun -> who issued the last one named
        self._said_in: list[tuple[int, str, Any]] = []  # (offset, document noun, speaker token): "X said in a filing"
        self._cluster_people()

    # ----- building the article's cast -------------------------------------------------------------
    def _inside_quote(self, offset: int) -> bool:
        return self.quoted.contains(offset)

    def _in_body(self, start: int, end: int) -> bool:
        return not self.outside_body.overlaps(start, end)

    def _cluster_people(self) -> None:
        for ent in self.nlp.ents:
            if not self._in_body(ent.start_char, ent.end_char) or self._inside_quote(ent.start_char) or \
                    self._inside_quote(ent.end_char - 1):
                continue
            self._offset = ent.start_char
            if ent.label_ == "PERSON" and _company(ent):
                self._body_for(list(ent), "organisation")  # "Védelmi Ipari Kft." read as a person's name
            elif ent.label_ == "PERSON":
                role, name = split_name(phrase_tokens(ent.root) if ent.root.pos_ == "PROPN" else list(ent))
                name = [t for t in name if ent.start <= t.i < ent.end] or name
                if not name or (len(name) == 1 and self._known_body(name[0].lower_) is not None):
                    continue
                person = self._person_for(name, _text_of(role) if role else None)
                self._note_gender(person, role, ent)
                self.timeline.append((ent.start_char, person, _in_subject(ent.root)))
            elif ent.label_ in {"ORG", "FAC"}:
                phrase = phrase_tokens(ent.root)
                words = phrase if phrase[0].i <= ent.start and ent.end - 1 <= phrase[-1].i else list(ent)
                # "Valmont Department of ...", "Whitcombe’s lawyer": neither the article nor the possessive
                tokens = [t for t in words if t.dep_ not in {"det", "case"} and not t.is_punct and not t.is_space]
                lowered = {t.lower_ for t in tokens}
                if lowered & PERSON_ROLES and not lowered & BODY_NOUNS:
                    continue  # a person behind a role the recogniser took for an organisation
                if len(tokens) == 1 and self._person_for(tokens, create=False) is not None:
                    continue  # a surname the recogniser took for an organisation
                if 1 < len(tokens) <= 4 and not lowered & BODY_NOUNS and not _company(tokens) and all(
                        t.pos_ == "PROPN" and t.is_title for t in tokens) and any(
                        c.dep_ == "appos" and {w.lower_ for w in phrase_tokens(c)} & (PERSON_ROLES - BODY_NOUNS)
                        for c in ent.root.children):
                    # "Ana Ruiz, the government commissioner": a person the recogniser took for an organisation
                    self.timeline.append((ent.start_char, self._person_for(tokens), _in_subject(ent.root)))
                    continue
                if tokens:
                    body = self._body_for(tokens, "organisation")
                    if _in_subject(ent.root):
                        self.timeline.append((ent.start_char, body, True))
        # subjects the entity recogniser missed: names of main clauses, and bodies named by a common noun
        for tok in self._tokens:
            partners = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"] \
                if tok.pos_ == "PROPN" and tok.is_title else []
            if partners and self._in_body(tok.idx, tok.idx + 1) and not self._inside_quote(tok.idx):
                # "Ana Ruiz and Li Wei", one a person by the recogniser, or "Ruiz and Wei", both named before
                labels = {tok.ent_type_} | {c.ent_type_ for c in partners}
                _, name = split_name(phrase_tokens(tok))
                known = self._person_for(name, create=False) if len(name) == 1 else None
                if "PERSON" in labels and labels <= {"", "ORG", "PERSON"} and len(name) > 1 or known is not None and (
                        "PERSON" in labels or all(self._person_for([c], create=False) for c in partners)):
                    self._offset = tok.idx
                    insort(self._groups, (tok.idx, known or self._person_for(name)), key=_at)
            if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "through"} and \
                    _singular(tok.lower_) in DOCUMENT_NOUNS - _STATEMENTS and \
                    tok.head.head.lemma_.lower() in SPEECH_VERBS and \
                    self._in_body(tok.idx, tok.idx + 1) and not self._inside_quote(tok.idx):
                said_by = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
                if said_by is not None and said_by.pos_ in {"PROPN", "NOUN"}:
                    self._said_in.append((tok.idx, _singular(tok.lower_), said_by))
            if tok.dep_ not in {"nsubj", "nsubjpass"} or not self._in_body(tok.idx, tok.idx + 1) or \
                    self._inside_quote(tok.idx):
                continue
            self._offset = tok.idx
            if tok.pos_ == "PROPN" and tok.ent_type_ in {"", "PERSON"} and _in_subject(tok):
                role, name = split_name(phrase_tokens(tok))
                if len(name) == 1 and self._known_body(name[0].lower_) is not None:
                    continue
                if name and not {t.lower_ for t in phrase_tokens(tok)} & BODY_NOUNS:
                    person = self._person_for(name, _text_of(role) if role else None)
                    self.timeline.append((tok.idx, person, True))
            elif tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON":
                person = self._person_for([tok], create=False)
                if person is not None:
                    self.timeline.append((tok.idx, person, _in_subject(tok)))
            elif tok.pos_ == "NOUN" and tok.lower_ in BODY_NOUNS:
                tokens = phrase_tokens(tok)
                if len(tokens) > 1 and any(t.ent_type_ in {"NORP", "GPE"} or t.ent_type_ == "PERSON" and
                                           t.dep_ in {"compound", "amod", "nmod"} and tok.lower_ in _STATE_BODIES
                                           for t in tokens):
                    self._body_for(tokens, "organisation")
        self.timeline.sort(key=lambda item: item[0])

    def _note_gender(self, person: Speaker, role: list[Any], ent: Any) -> None:
        words = {t.lower_.rstrip(".") for t in role}
        if ent.start > 0:
            words.add(self.nlp[ent.start - 1].lower_.rstrip("."))
        if words & MALE_WORDS and not person.gender:
            person.gender = "m"
        elif words & FEMALE_WORDS and not person.gender:
            person.gender = "f"

    def _person_for(self, name_tokens: list[Any], role: str | None = None, create: bool = True) -> Speaker | None:
        """The person a name form belongs to, created when new and `create` is set."""
        text = _strip_possessive(_text_of(name_tokens))
        forms = text.split()
        if not forms:
            return None
        surname = forms[-1].lower()
        best: Speaker | None = None
        alike: list[Speaker] = []  # the people a lone name can be, latest first
        for person in self._people_like(forms):
            full = person.name.split()
            if len(forms) == 1:
                if fuzz.ratio(surname, full[-1].lower()) >= _NAME_MATCH or surname == full[0].lower():
                    alike.append(person)
                continue
            lowered = [f.lower() for f in forms]
            theirs = [f.lower() for f in full]
            same = (
                theirs[-len(forms):] == lowered or lowered[-len(theirs):] == theirs
                or fuzz.ratio(text.lower(), person.name.lower()) >= _NAME_MATCH
                or (len(full) == 1 and fuzz.ratio(surname, full[0].lower()) >= _NAME_MATCH)
                or (len(full) > 1 and theirs[0] == lowered[0] and theirs[-1] == lowered[-1])  # a middle name
            )
            if same:
                best = person
                break
        if alike:  # a surname two people share is the first one's ("Robert Mugabe", later "Grace Mugabe")
            exact = [p for p in alike if p.name.split()[-1].lower() == surname] or alike
            best = exact[-1]
        if best is None:
            if not create:
                return None
            best = Speaker(self._fullest_form(text) if len(forms) == 1 else text, "person", first_at=self._offset)
            self._person_at[id(best)] = len(self.people)
            self.people.append(best)
        elif len(forms) > len(best.name.split()) and \
                [f.lower() for f in forms[-len(best.name.split()):]] == best.name.lower().split():
            best.name = text  # a shorter form seen first, the full form later
        fullest = self._names.fullest_person(best.name)
        if fullest != best.name:
            best.name = fullest
        if role:
            best.role = best.role or role
        best.words = best.words | {w.lower() for w in best.name.split()} | {
            w.lower() for w in (best.role or "").split()}
        self._index_person(best)
        return best

    def _index_person(self, person: Speaker) -> None:
        """File a person under the first and last two letters of their last name and under their first name."""
        words = person.name.lower().split()
        keys = self._person_keys.setdefault(id(person), set())
        for key in (("first", words[0]), ("head", words[-1][:2]), ("tail", words[-1][-2:])):
            if key not in keys:
                keys.add(key)
                self._people_by_key.setdefault(key, []).append(self._person_at[id(person)])

    def _people_like(self, forms: list[str]) -> list[Speaker]:
        """The people a name form could belong to, the latest first: those whose last name starts or ends with
        the same two letters as the form's (a spelling variant differs in between), or whose first name is
        the form's only word."""
        last = forms[-1].lower()
        keys = [("head", last[:2]), ("tail", last[-2:])] + ([("first", last)] if len(forms) == 1 else [])
        positions = {at for key in keys for at in self._people_by_key.get(key, ())}
        return [self.people[at] for at in sorted(positions, reverse=True)]

    def _fullest_form(self, surname: str) -> str:
        """A lone name's full form where the text gives one ("Aino Lindqvist", "Zhou Wenqing" for "Zhou")."""
        def name_word(tok: Any) -> bool:
            return tok.is_title and tok.is_alpha and tok.lower_ not in PERSON_ROLES and tok.pos_ == "PROPN" \
                and not self._inside_quote(tok.idx) and self._in_body(tok.idx, tok.idx + 1)

        if surname in self._full_forms:
            return self._full_forms[surname]
        self._full_forms[surname] = surname
        if self._by_text is None:
            self._by_text = {}
            for tok in self._tokens:
                if self._in_body(tok.idx, tok.idx + 1):
                    self._by_text.setdefault(tok.text, []).append(tok.i)
        for i in self._by_text.get(surname, ()):
            tok = self.nlp[i]
            if i >= 3 and self.nlp[i - 1].is_lower and self.nlp[i - 1].is_alpha and \
                    self.nlp[i - 2].text in {"-", "‐"} and name_word(self.nlp[i - 3]) and \
                    not self.nlp[i - 3].whitespace_ and not self.nlp[i - 2].whitespace_:  # "Man-kei Tam"
                self._full_forms[surname] = f"{self.nlp[i - 3 : i].text} {surname}"
                break
            if tok.i > 0 and name_word(self.nlp[tok.i - 1]):
                self._full_forms[surname] = f"{self.nlp[tok.i - 1].text} {surname}"
                break
            if tok.i + 1 < len(self.nlp) and name_word(self.nlp[tok.i + 1]) and \
                    self.nlp[tok.i + 1].ent_type_ in {"PERSON", ""} and tok.dep_ == "compound":
                self._full_forms[surname] = f"{surname} {self.nlp[tok.i + 1].text}"
                break
        return self._full_forms[surname]

    def _body_for(self, tokens: list[Any], kind: str, role: str | None = None) -> Speaker:
        """The organisation or document a name belongs to, created when new."""
        proper = [i for i, t in enumerate(tokens) if t.is_title or t.is_upper]
        if proper and proper[0] > 0 and all(t.is_lower and t.lower_ in BODY_NOUNS for t in tokens[: proper[0]]):
            tokens = tokens[proper[0] :]  # "the charity Young Minds Together": the name, not the descriptor
        while len(tokens) > 1 and (tokens[0].ent_type_ in {"DATE", "TIME"} or tokens[0].is_lower and
                                   not tokens[0].ent_type_) and tokens[1].ent_type_ in {"ORG", "PERSON", "GPE"}:
            tokens = tokens[1:]  # "Friday Ford Motor Company", "nonprofit CNA": the name starts with the entity
        first = tokens[0]
        the = first.doc[first.i - 1] if first.i > 0 else None
        if the is not None and the.text == "The" and first.ent_type_ in {"ORG", "WORK_OF_ART", "PRODUCT", ""} and (
                not the.is_sent_start or
                the.ent_iob_ == "B" and the.ent_type_ == first.ent_type_ and is_outlet(tokens)):
            tokens = [the, *tokens]  # "according to The Guardian", "The New York Times reported": the name's capital
        text = _strip_possessive(_text_of(tokens))
        if kind == "organisation":
            text = self._names.fullest_body(text)
        words = [w.lower() for w in text.split()] or [""]  # a name of only spaces keys nothing, and never crashes
        lowered = text.lower()
        near = {at for key in (("word", words[0]), ("head", lowered[:2]), ("tail", lowered[-2:]))
                for at in self._bodies_by_key.get(key, ())}
        for body in (self.bodies[at] for at in sorted(near, reverse=True)):
            theirs = [w.lower() for w in body.name.split()]
            if theirs == words or (len(words) < len(theirs) and theirs[: len(words)] == words) or \
                    fuzz.ratio(text.lower(), body.name.lower()) >= 95:
                return body
        body = Speaker(text, kind, role, words=frozenset(words), first_at=self._offset)
        self._add_body(body)
        return body

    def _add_body(self, body: Speaker) -> None:
        """Add a body or document, filed under each word of its name and its name's first and last two letters."""
        self.bodies.append(body)
        at = len(self.bodies) - 1
        lowered = body.name.lower()
        for key in {("word", w) for w in body.words} | {("head", lowered[:2]), ("tail", lowered[-2:]),
                                                        ("name", lowered)}:
            self._bodies_by_key.setdefault(key, []).append(at)

    def _bodies_with(self, key: tuple[str, str]) -> Iterator[Speaker]:
        """The bodies filed under `key`, the latest first."""
        for at in reversed(self._bodies_by_key.get(key, ())):
            yield self.bodies[at]

    # ----- resolving one subject ---------------------------------------------------------------------
    def resolve(self, subject: Any, offset: int) -> Resolution:
        """The speaker a subject token (or None) refers to, at text offset `offset`."""
        if subject is None:
            return Resolution(None, None, "none")
        self._offset = offset
        mention = _span_of([subject])
        low = subject.lower_
        if low in {"who", "that", "which"} and subject.head.dep_ == "relcl":
            return self.resolve(subject.head.head, offset)
        if subject.dep_ == "appos" and subject.pos_ == "NOUN":  # "Ana Ruiz of Safe Homes, a charity, told":
            named = [t for t in subject.head.children if t.dep_ == "appos" and t.i < subject.i and  # hers
                     t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
            if subject.head.ent_type_ == "PERSON" and subject.head.pos_ == "PROPN":
                named.insert(0, subject.head)
            if named:
                return self.resolve(named[-1], offset)
        source = _inner_source(subject)
        if source is not None:  # "he was told by the minister", "the agency announced an order by the admiral"
            return self.resolve(source, offset)
        if low in _PARTS:  # "part of the judge's statement", "an excerpt from the report": the whole's
            whole = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                          for o in p.children if o.dep_ == "pobj"), None)
            if whole is not None:
                return self.resolve(whole, offset)
        if subject.pos_ == "PRON" or low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in THING_PRONOUNS:
            return self._pronoun(subject, offset)
        # an appositive proper name beside a role: "the mayor, Rodel Abad" / "Rodel Abad, the mayor"
        appos = [c for c in subject.children if c.dep_ == "appos"] or _apposed_name(subject)
        if not self._proper(subject):
            # "A spokesman for Attorney General Lorraine Becker, Daniel Ortiz, said": the parser hangs the
            # name on the already named principal; it is the spokesman's
            principals = [o for prep in subject.children if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "to"}
                          for o in prep.children if o.dep_ == "pobj" and self._proper(o)]
            for child in appos + [c for o in principals for c in o.children if c.dep_ == "appos"]:
                if self._proper(child):  # a person's name without the "of" after it ("Ana Ruiz of the party")
                    tokens = (child.ent_type_ == "PERSON" and self._person_in(child)) or phrase_tokens(child)
                    return self._named(tokens, role=_text_of(phrase_tokens(subject)), how="appos")
        behind = _name_behind_role(subject)
        if behind is not None:
            return Resolution(self._person_for(behind), _span_of(behind), "name")
        person = self._person_in(subject)
        if person is not None:  # "Mike Ryan of the WHO", "The Vice President, Mike Pence", "Argentina's President
            # Alberto Fernández": the person's name, cut at the entity's edges, the rest of the phrase their role
            phrase = phrase_tokens(subject)
            role_tokens = [t for t in phrase if t.i < person[0].i and t.ent_type_ != "PERSON"]
            if subject.i < person[0].i and subject not in role_tokens:
                role_tokens = [t for t in phrase if t.i < person[0].i]
            role = _text_of(role_tokens) if role_tokens and role_tokens[-1].i == person[0].i - 1 else None
            for child in appos:  # "Tomas Varga, 45, a baker": the apposed role, not the age
                if not child.like_num and child.ent_type_ != "PERSON":
                    role = role or _text_of(phrase_tokens(child))
            return self._named(person, role=role, how="name")
        called = _called(subject)
        if called is not None:  # "a protester using the pseudonym Katya", "a nurse who gave her name as Lidia"
            return Resolution(self._person_for(called, _text_of(phrase_tokens(subject))), _span_of(called), "appos")
        tokens = phrase_tokens(subject)
        if self._proper(subject) or _singular(subject.lower_) not in DOCUMENT_NOUNS and \
                subject.lower_ not in ANONYMOUS_NOUNS and any(
                t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in tokens):  # "Judge Ruiz's ruling": a document
            role = None
            for child in appos:
                if not child.like_num:  # "Denise Harper, 62, said": an age, not a role
                    role = _text_of(phrase_tokens(child))
            held = entity_tokens(subject) if subject.ent_type_ == "ORG" else None
            if held is not None and held[-1].i == subject.i and held[0].i < tokens[0].i - 1:
                tokens = held[1:] if held[0].lower_ == "the" else held  # "the Islamic State of Iraq"
            if subject.ent_type_ == "ORG" and all(t.i != subject.i for t in split_name(tokens)[1]):
                # the name after "of" is not the head's: "Islamic State of Iraq" is a body, not a person "Iraq"
                return Resolution(self._body_for(tokens, "organisation", role), _span_of(tokens), "body")
            return self._named(tokens, role=role, how="name")
        return self._common(subject, tokens, offset, mention)

    def _person_in(self, subject: Any) -> list[Any] | None:
        """The tokens of the person's name that a subject names: the PERSON entity holding the subject, its
        apposition, or one inside the compound title before it ("Member of Parliament (MP) Yvette Cooper");
        never one in a possessive or a prepositional complement ("Trump's lawyer", "a spokesman for X")."""
        def entity(token: Any) -> list[Any] | None:
            if token.ent_type_ != "PERSON" or token.pos_ not in {"PROPN", "NOUN"}:
                return None
            doc = token.doc
            lo = hi = token.i
            while lo > 0 and doc[lo - 1].ent_type_ == "PERSON" and doc[lo - 1].ent_iob_ == "I" or \
                    lo > 0 and doc[lo].ent_iob_ == "I":
                lo -= 1
            while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
                hi += 1
            tokens = [t for t in _widened(list(doc[lo : hi + 1])) if t.text not in {"’s", "'s"}]
            _, name = split_name(tokens)
            return name or None

        found = entity(subject)
        if found:
            return found
        frontier = [subject]
        while frontier:
            token = frontier.pop()
            for child in token.children:
                if child.dep_ in {"appos", "compound", "flat", "nmod"} and child.dep_ != "poss":
                    found = entity(child)
                    if found:
                        return found
                    frontier.append(child)
        return None

    def _proper(self, token: Any) -> bool:
        """True for a proper name, including capitalised names the tagger took for common nouns; never a
        capitalised role ("The President insists")."""
        if token.lower_ in PERSON_ROLES - BODY_NOUNS and not token.ent_type_:
            return False
        if token.pos_ == "PROPN" and not token.is_lower:
            return True
        capitalised = token.is_title or (token.is_upper and len(token.text) > 1 and token.is_alpha)
        if not capitalised or token.lower_ in ANONYMOUS_NOUNS | BODY_NOUNS | DOCUMENT_NOUNS | PERSON_ROLES:
            return False
        if token.ent_type_ in {"PERSON", "ORG", "NORP", "FAC", "GPE"} or not token.is_sent_start:
            return True
        return self._person_for([token], create=False) is not None

    def _named(self, tokens: list[Any], role: str | None, how: str) -> Resolution:
        mention = _span_of(tokens)
        if self._looks_like_body(tokens) or _the_named(tokens):
            body = self._body_for(tokens, "organisation", role)
            return Resolution(body, mention, "body")
        role_tokens, name = split_name(tokens)
        if not name:
            body = self._body_for(tokens, "organisation", role)
            return Resolution(body, mention, "body")
        role = role or (_text_of(role_tokens) if role_tokens else None)
        if len(name) == 1:
            body = self._known_body(name[0].lower_)
            if body is not None and not self._person_for(name, create=False):
                return Resolution(body, _span_of(name), "body")
        person = self._person_for(name, role)
        self._note_gender(person, role_tokens, name[0].doc[name[0].i : name[-1].i + 1])
        return Resolution(person, _span_of(name), how if len(name) > 1 else "surname")

    def _looks_like_body(self, tokens: list[Any]) -> bool:
        labels = {t.ent_type_ for t in tokens if t.ent_type_}
        if "PERSON" in labels:
            return False
        words = {t.lower_.rstrip(".") for t in tokens}
        if words & PERSON_ROLES and not words & BODY_NOUNS and (any(t.is_lower for t in tokens) or (
                tokens[0].lower_.rstrip(".") in PERSON_ROLES - BODY_NOUNS and len(tokens) > 1 and
                tokens[-1].lower_ not in PERSON_ROLES)):
            return False  # "regional president Régis Fontanel", "Lawyer Ana Ruiz", whatever the recogniser thought
        if words & BODY_NOUNS or labels & {"ORG", "FAC", "GPE", "NORP"}:
            return not self._person_for([t for t in tokens if t.pos_ == "PROPN"][-1:] or tokens[-1:],
                                        create=False) or bool(words & BODY_NOUNS)
        return False

    def _known_body(self, word: str) -> Speaker | None:
        for body in self._bodies_with(("word", word)):
            if body.first_at <= self._offset:
                return body
        return None

    def _common(self, subject: Any, tokens: list[Any], offset: int, mention: Span) -> Resolution:
        head = _singular(subject.lower_)
        low = subject.lower_
        words = {t.lower_ for t in tokens}
        determiner = tokens[0].doc[tokens[0].i - 1].lower_ if tokens[0].i > 0 else ""
        definite = determiner in {"the", "this", "that", "its", "his", "her", "their"} or any(
            t.dep_ == "poss" for t in subject.children) or (len(tokens) == 1 and not any(
                c.dep_ == "det" for c in subject.children))
        if low in _SPOKESPEOPLE or head in _SPOKESPEOPLE:
            body = self._represented_body(subject)
            if body is not None:
                return Resolution(body, mention, "body")
            return Resolution(None, mention, "anonymous")
        if low in DOCUMENT_NOUNS or head in DOCUMENT_NOUNS or low in _DATA_NOUNS:
            if subject.tag_ == "NNS" and all(c.is_punct or (c.dep_ == "compound" and c.lower_ in {"media", "news", "press"})
                                             for c in subject.children):
                return Resolution(None, mention, "anonymous")  # "according to reports", "media reports"
            return self._document(subject, tokens, definite, mention)
        if subject.tag_ == "NNS" and (head in PERSON_ROLES or head in _GROUP_NOUNS) and any(
                c.lower_ in {"the", "both", "all", "these", "two"} for c in subject.children):
            group = self._group_before(offset)  # "the defendants", "both officers": the people named together
            if group is not None:
                return Resolution(group, mention, "role")
        if low in ANONYMOUS_NOUNS or (head in ANONYMOUS_NOUNS and subject.tag_ in {"NNS", "NNPS"}):
            if not words & BODY_NOUNS or low in {"officials", "people"}:
                self._unnamed(subject)
                return Resolution(None, mention, "anonymous")
        if subject.tag_ == "NNS" and head in BODY_NOUNS and low not in BODY_NOUNS and \
                not any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens):
            return Resolution(None, mention, "anonymous")  # "transport groups", "several companies"
        if low in OUTLET_NOUNS and not any(t.pos_ == "PROPN" for t in tokens):  # "local media reported"
            return Resolution(self._body_for(tokens, "organisation"), mention, "body")
        if head in BODY_NOUNS or low in BODY_NOUNS:
            return self._body_noun(subject, tokens, head, definite, mention)
        if head in PERSON_ROLES or low in PERSON_ROLES:
            person = self._role_person(subject, tokens, offset, definite)
            if person is not None:
                return Resolution(person, mention, "role")
            self._unnamed(subject)
        return Resolution(None, mention, "anonymous")

    def _unnamed(self, subject: Any) -> None:
        """Put an unnamed person who speaks ("the head of the inquiry", "a witness") on the timeline, so that a
        "she" after them is theirs and not the last named person's."""
        if subject.tag_ == "NN" and subject.dep_ in {"nsubj", "nsubjpass"}:
            insort(self.timeline, (subject.idx, _UNNAMED, True), key=_at)

    def _represented_body(self, subject: Any) -> Speaker | None:
        for child in subject.children:
            if child.dep_ in {"compound", "poss", "nmod"} and child.pos_ == "PROPN":
                return self._known_body(child.lower_) or self._body_for(phrase_tokens(child), "organisation")
            if child.dep_ == "prep" and child.lower_ in {"for", "of", "at"}:
                for obj in child.subtree:
                    if obj.ent_type_ in {"ORG", "GPE"} and obj.pos_ == "PROPN" and obj.dep_ in {"pobj", "compound"}:
                        root = obj if obj.dep_ == "pobj" else obj.head
                        if root.ent_type_ == "PERSON":
                            continue
                        return self._body_for(phrase_tokens(root), "organisation")
        return None

    def _document(self, subject: Any, tokens: list[Any], definite: bool, mention: Span) -> Resolution:
        """A document that says something: the person or body that issued it where the phrase names one ("the
        ministry's statement", "Judge Ruiz's ruling", "a statement released by the mayor's office", "estimates
        from the International Energy Agency", "the Tax Agency website"), else the document itself."""
        noun = subject.lower_
        offset = self._offset
        issuer = self._issuer(subject)
        if issuer is not None:
            issued = self.resolve(issuer, offset)
            speaker = issued.speaker
            self._offset = offset
            if speaker is not None:
                self._issued[_singular(noun)] = speaker
                return Resolution(speaker, mention, "body")
            if issued.how == "anonymous":  # "a motion filed by an environmental group": as unnamed as its issuer
                return Resolution(None, mention, "anonymous")
        if definite and _singular(noun) in self._issued and not any(c.dep_ == "amod" for c in subject.children):
            return Resolution(self._issued[_singular(noun)], mention, "role")  # "the statement" issued before
        if definite and not any(c.dep_ == "amod" for c in subject.children):
            earlier = [who for at, kind, who in self._said_in if kind == _singular(noun) and at < offset]
            if earlier:  # "Ford said in a filing ..." then "according to the filing": Ford's
                speaker = self.resolve(earlier[-1], earlier[-1].idx).speaker
                self._offset = offset
                if speaker is not None:
                    return Resolution(speaker, mention, "role")
        if definite:
            for body in self._bodies_with(("word", noun)):
                if body.type == "document" and body.first_at < self._offset:
                    return Resolution(body, mention, "role")
            if self.statement_by is not None and noun == "statement":
                issuer = self.statement_by[1]
                return Resolution(self._document_named(f"{issuer.name} statement"), mention, "role")
        return Resolution(self._document_named(_text_of(document_phrase(subject))), mention, "body")

    def _issuer(self, document: Any) -> Any:
        """The token naming who issued a document, or None: its possessor, the named body it belongs to, the agent
        of a verb of issuing, or a named source after "from", "by" or "of"."""
        for child in document.children:
            if child.dep_ == "poss" and (child.lower_ in PERSON_PRONOUNS or child.lower_ in {"his", "hers"} or
                                         child.pos_ in {"PROPN", "NOUN"}):
                return child
        for child in document.children:
            if child.dep_ == "compound" and child.ent_type_ == "ORG" and all(
                    t.dep_ == "compound" and t.pos_ == "NOUN" for t in document.doc[child.i + 1 : document.i]):
                return child  # "the Internal Revenue Service website", "a NATO press release"
        if document.dep_ == "dobj" and document.head.lemma_.lower() in _ISSUING_VERBS:
            issuer = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
            if issuer is not None:  # "They released a statement which said"
                return issuer
        for child in document.children:
            if child.dep_ == "acl" and child.lemma_.lower() in _ISSUING_VERBS:
                for agent in child.children:
                    if agent.dep_ == "agent":
                        return next((o for o in agent.children if o.dep_ == "pobj"), None)
            if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    named = any(t.is_alpha and (t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "NORP"}) for t in phrase_tokens(obj))
                    if named or (document.lower_ in _STATEMENTS and obj.lower_ in BODY_NOUNS):
                        return obj
        return None

    def _document_named(self, name: str) -> Speaker:
        for body in self._bodies_with(("name", name.lower())):
            if body.type == "document":
                return body
        body = Speaker(name, "document", words=frozenset(w.lower() for w in name.split()), first_at=self._offset)
        self._add_body(body)
        return body

    def _body_noun(self, subject: Any, tokens: list[Any], head: str, definite: bool, mention: Span) -> Resolution:
        noun = subject.lower_
        has_name = any(t.head.i == subject.i and (t.pos_ == "PROPN" and t.dep_ in {"compound", "nmod", "poss"} or
                                              t.ent_type_ in {"NORP", "GPE"} and t.dep_ == "amod") for t in tokens)
        if not has_name and tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].lower_ in {"a", "an"} and \
                not any(t.ent_type_ for t in tokens):
            return Resolution(None, mention, "anonymous")  # "an environmental group": a body left unnamed
        if definite and not has_name:
            words = {t.lower_ for t in tokens}
            places = {at for word in (noun, head) for at in self._bodies_by_key.get(("word", word), ())}
            earlier = [b for b in (self.bodies[at] for at in sorted(places, reverse=True))
                       if b.type == "organisation" and b.first_at < self._offset]
            for body in earlier:
                if words <= body.words:  # each holds `noun`, so these are all that can
                    return Resolution(body, mention, "role")
            if (noun in GENERIC_BODY_NOUNS or head in GENERIC_BODY_NOUNS) and head not in _STATE_BODIES:
                for at, speaker, _ in self._earlier(self._offset):
                    if speaker.type == "organisation":
                        return Resolution(speaker, mention, "role")
            if len(tokens) == 1:
                for body in earlier:
                    if noun in body.words or head in body.words:
                        return Resolution(body, mention, "role")
        return Resolution(self._body_for(tokens, "organisation"), mention, "body")

    def _role_person(self, subject: Any, tokens: list[Any], offset: int, definite: bool) -> Speaker | None:
        """The person a role noun stands for: one whose role has the role's nouns (its head and the nouns
        before it, not those of an "of" complement) and the same rank ("the governor" is not the deputy
        governor); else the person just spoken of. A role that says whose it is ("the head of the inquiry")
        is not taken for whoever spoke last."""
        words = {t.lower_ for t in tokens if not t.is_punct}
        nouns = {t.lower_ for t in tokens if t.pos_ == "NOUN" and t.i <= subject.i} or {subject.lower_}
        ranks = words & _RANKS
        described = any(c.dep_ == "prep" and c.lower_ in {"of", "for", "at"} for c in subject.children)
        determiner = tokens[0].doc[tokens[0].i - 1].lower_ if tokens[0].i > 0 else ""
        if determiner in {"a", "an", "another", "one"}:  # "a judge": the one judge the article names, if one
            holders = [p for p in self.people if subject.lower_ in p.words and ranks == p.words & _RANKS]
            return holders[0] if len(holders) == 1 else None
        paragraph = self._paragraph_start(offset)
        recent = list({id(s): s for _, s, subj in self._earlier(offset) if s.type == "person" and subj}.values())
        # the person just spoken of in this paragraph, unless their known role says otherwise
        in_paragraph = None
        for at, speaker, in_subject in self._earlier(offset):
            if speaker.type != "person" or not in_subject:
                continue
            if at < paragraph:
                break
            if ranks == speaker.words & _RANKS and (
                    speaker.role is None or nouns & speaker.words or not (nouns & PERSON_ROLES)):
                return speaker
            in_paragraph = speaker
            break
        scored = []
        seen = {id(p) for p in recent}
        candidates = recent + [p for p in self.people if id(p) not in seen]
        for rank, person in enumerate(candidates):
            overlap = len(words & person.words)
            if subject.lower_ in person.words and ranks == person.words & _RANKS:
                scored.append((-overlap, rank, person))
        if scored:
            return min(scored, key=lambda item: item[:2])[2]
        if in_paragraph is not None and not described:
            return in_paragraph
        if definite and recent and not described:
            return recent[0]
        return None

    def _group_before(self, offset: int) -> Speaker | None:
        """The first-named person of the last group of people named together before `offset`, if close by: a
        plural subject ("they", "the defendants") is the group, and a single-speaker record takes its first name."""
        at = bisect_left(self._groups, offset, key=lambda item: item[0]) - 1
        if at >= 0 and offset - self._groups[at][0] <= _GROUP_REACH:
            return self._groups[at][1]
        return None

    def _paragraph_start(self, offset: int) -> int:
        for paragraph in reversed(self.doc.paragraphs):
            if paragraph.start <= offset:
                return paragraph.start
        return 0

    def _pronoun(self, subject: Any, offset: int) -> Resolution:
        low = subject.lower_
        mention = _span_of([subject])
        if low in FIRST_PERSON:
            return Resolution(None, mention, "anonymous")
        if low in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[low]
            fallback = None
            for at, speaker, in_subject in self._earlier(offset):
                if speaker is _UNNAMED and fallback is None:
                    return Resolution(None, mention, "none")
                if speaker.type != "person":
                    continue
                if speaker.gender and speaker.gender != gender:
                    continue
                if not in_subject:
                    fallback = fallback or speaker
                    continue
                speaker.gender = speaker.gender or gender
                return Resolution(speaker, mention, "pronoun")
            if fallback is not None:
                fallback.gender = fallback.gender or gender
                return Resolution(fallback, mention, "pronoun")
            return Resolution(None, mention, "none")
        # it / they: the body or document spoken of in the sentence before, or the last body that spoke
        previous = self._previous_subject_thing(subject)
        if previous is not None:
            return Resolution(previous, mention, "pronoun")
        if low in PLURAL_PRONOUNS:  # "Prosecutors charged him, they said": the reported clause's subject
            plural = next((c for comp in subject.head.children if comp.dep_ == "ccomp" and comp.i < subject.i
                           for c in comp.children if c.dep_ == "nsubj" and c.tag_ in {"NNS", "NNPS"}), None)
            if plural is not None:
                found = self.resolve(plural, plural.idx)
                self._offset = offset
                if found.speaker is not None:
                    return Resolution(found.speaker, mention, "pronoun")
        body = self._subject_body_before(subject, offset)
        if body is not None:
            return Resolution(body, mention, "pronoun")
        if low in PLURAL_PRONOUNS:
            group = self._group_before(offset)
            return Resolution(group, mention, "pronoun" if group else "none")
        paragraph = self._paragraph_start(offset)
        for at, speaker, _ in self._earlier(offset):
            if at < paragraph:
                break
            if speaker.type in {"organisation", "document"}:
                return Resolution(speaker, mention, "pronoun")
        return Resolution(None, mention, "none")

    def _subject_body_before(self, pronoun: Any, offset: int) -> Speaker | None:
        """The body that is the latest subject between the start of the sentence before and the pronoun ("The
        commission criticised the move. They released a statement"), unless a person is a later subject."""
        sent = pronoun.sent
        start = self.nlp[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        for at, speaker, in_subject in self._earlier(offset):
            if at < start:
                break
            if in_subject and speaker.type == "person":
                return None
            if in_subject and speaker.type == "organisation":
                return speaker
        return None

    def _previous_subject_thing(self, subject: Any) -> Speaker | None:
        sent = subject.sent
        if sent.start == 0:
            return None
        previous = self.nlp[sent.start - 1].sent
        for tok in previous:
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ == "NOUN" and tok.lower_ in DOCUMENT_NOUNS:
                return self.resolve(tok, tok.idx).speaker
        return None

    # ----- bookkeeping ---------------------------------------------------------------------------------
    def _earlier(self, offset: int) -> Iterator[tuple[int, Speaker, bool]]:
        """The timeline's mentions before `offset`, the latest first."""
        for i in range(bisect_left(self.timeline, offset, key=_at) - 1, -1, -1):
            yield self.timeline[i]

    def note(self, speaker: Speaker | None, offset: int, statement: bool = False) -> None:
        """Record that `speaker` spoke at `offset` (in a statement when `statement`)."""
        if speaker is None:
            return
        insort(self.timeline, (offset, speaker, True), key=_at)
        if statement and speaker.type == "person":  # "X said in a statement": a later "the statement" is X's
            self._issued["statement"] = speaker
        if statement and speaker.type == "organisation":  # a body's: "the statement" is the body's statement
            self._issued.pop("statement", None)
            self.statement_by = (offset, speaker)


_UNNAMED = Speaker("", "unnamed")  # the timeline's mark of a person who spoke without a name


def _at(item: tuple[int, Speaker, bool]) -> int:
    return item[0]


def _apposed_name(role: Any) -> list[Any]:
    """The name between commas right after a role noun, where the parser did not appose it ("according to the
    mayor, Dee Margo, police were ..."): its last token, as an apposition would be."""
    doc = role.doc
    if role.lower_ not in PERSON_ROLES - BODY_NOUNS or role.i + 2 >= len(doc) or doc[role.i + 1].text != "," or \
            doc[role.i + 2].ent_type_ != "PERSON" or doc[role.i + 2].ent_iob_ != "B":
        return []
    name = entity_tokens(doc[role.i + 2])
    after = doc[name[-1].i + 1] if name[-1].i + 1 < len(doc) else None
    return [name[-1]] if after is None or after.text in {",", "."} else []


def _name_behind_role(subject: Any) -> list[Any] | None:
    """A person's name the recogniser ran into the organisation before it, in "ROLE of/to ORGANISATION NAME
    said" ("director of Amnesty International Ana Ruiz said", "Ambassador to the United Nations Ana Ruiz
    wrote"): only a person holds the role, so the last two capitalised words before the verb are their name."""
    doc, verb = subject.doc, subject.head
    if verb.i <= subject.i:
        return None
    end = verb.i - 1
    if subject.lower_ in PERSON_ROLES - BODY_NOUNS - _SPOKESPEOPLE and subject.pos_ in {"NOUN", "PROPN"}:
        between = doc[subject.i + 1 : end + 1]
        if not any(t.lower_ in {"of", "to", "for"} for t in between[:2]):
            return None
    elif subject.i == end and subject.ent_type_ == "ORG":
        start = entity_tokens(subject)[0].i
        if start < 2 or doc[start - 1].lower_ not in {"of", "to", "for"} or \
                doc[start - 2].lower_ not in PERSON_ROLES - BODY_NOUNS:
            return None
    else:
        return None
    last = doc[end]
    if last.ent_type_ not in {"ORG", "PERSON"} or last.pos_ != "PROPN" or not last.is_title or \
            last.lower_ in BODY_NOUNS:
        return None
    first = end - 1
    if first >= 2 and doc[first].is_alpha and doc[first - 1].text in {"-", "‐"} and doc[first - 2].is_title and \
            not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_:
        first -= 2  # "Man-kei"
    elif not (doc[first].is_title and doc[first].pos_ == "PROPN") or doc[first].lower_ in BODY_NOUNS:
        return None
    before = doc[first - 1]
    if doc[first].ent_type_ != "ORG" or doc[first].i <= subject.i and subject.i != end or \
            not (before.pos_ == "PROPN" and before.ent_type_ == "ORG"):  # the organisation's name runs up to it
        return None
    return [doc[i] for i in range(first, end + 1)]


def _called(subject: Any) -> list[Any] | None:
    """The name an unnamed person is given by a clause on them ("a protester using the pseudonym Katya", "a nurse
    who gave her name only as Lidia", "a man identified only as Tomas"), or None."""
    if subject.pos_ != "NOUN" or _singular(subject.lower_) not in PERSON_ROLES | ANONYMOUS_NOUNS | _PEOPLE:
        return None
    for clause in subject.children:
        if clause.dep_ not in {"acl", "relcl"} or clause.lemma_.lower() not in _NAMING_VERBS:
            continue
        for tok in clause.subtree:
            if tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ not in {"GPE", "NORP", "DATE", "LOC"} and \
                    tok.dep_ != "compound":
                return [t for t in phrase_tokens(tok) if t.pos_ == "PROPN"] or [tok]
    return None


def _inner_source(subject: Any) -> Any:
    """The token of who spoke where the subject only heard or passed the words on: the agent of a passive verb
    of telling ("he was told by X"), the author of a document the subject made public ("announced an order by
    X"); else None."""
    verb = subject.head
    lemma = verb.lemma_.lower()
    if subject.dep_ == "nsubjpass" and lemma in SPEECH_VERBS and lemma not in _RELAYING_VERBS:
        for agent in verb.children:
            if agent.dep_ == "agent":
                return next((o for o in agent.children if o.dep_ == "pobj" and o.pos_ in {"PROPN", "NOUN"}), None)
    if subject.dep_ == "nsubj" and lemma in _PASSING_ON_VERBS:
        for obj in verb.children:
            if obj.dep_ == "dobj" and _singular(obj.lower_) in DOCUMENT_NOUNS:
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
                        author = next((o for o in prep.children if o.dep_ == "pobj"), None)
                        if author is not None and author.pos_ == "PROPN":
                            return author
    return None


def _the_named(tokens: list[Any]) -> bool:
    """True for a name after a capitalised "The" inside a sentence ("according to The Verge"): a title or a
    body's name, never a person's."""
    first = tokens[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.text == "The" and not before.is_sent_start and \
        first.ent_type_ != "PERSON" and all(t.is_title or not t.is_alpha for t in tokens)


def _singular(noun: str) -> str:
    """A plural noun's singular for lexicon look-ups ("ministries" -> "ministry", "forces" -> "force")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def _in_subject(token: Any) -> bool:
    """True when a token heads (or is apposed to, or conjoined with) the subject of a main clause or of a verb
    of saying in any clause ("..., while the minister wrote that ...": the minister is the one just heard)."""
    while token.dep_ in {"appos", "conj", "compound", "flat"} and token.head.i != token.i:
        token = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    if token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS:
        return True
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"
