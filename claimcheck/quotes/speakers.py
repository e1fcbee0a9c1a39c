"""Who said it: speaker mentions from the parse, canonical names, roles, and mention resolution.

A `SpeakerResolver` is built once per article. It clusters the article's PERSON names by surname (rapidfuzz
for spelling variants such as Sergey / Sergei), keeps the fullest form of the first mention as the canonical
name, strips titles and roles off names ("Indian Defense Minister Rajnath Singh" -> "Rajnath Singh", role
"Indian Defense Minister"), and then resolves each attribution's subject in text order: names and
surnames to their cluster, pronouns to the most recent compatible person in subject position, role nouns
("the minister", "the ministry", "the statement") to the entity that holds the role, unnamed people
("officials", "analysts") to no speaker.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from claimcheck.document import Document, Span
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
    THING_PRONOUNS,
)

_NAME_PARTICLES = frozenset({"de", "van", "von", "da", "di", "del", "della", "der", "den", "al", "el", "bin",
                             "ibn", "le", "la", "du", "dos", "das", "ter", "ten", "mac", "st", "st."})
_PHRASE_DEPS = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "case", "flat", "quantmod",
                          "predet"})
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople"})
_STATEMENTS = frozenset({"statement", "release", "communique", "communiqué", "readout"})
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
        if end > hi and end == hi + (end - hi) and all(doc[i] in part for i in range(child.i, end + 1)):
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
    """True when a phrase names a news outlet or agency."""
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
    for ent in doc.ents:
        if ent.label_ in {"ORG", "PERSON", "NORP", "WORK_OF_ART", "GPE", "PRODUCT"} and \
                tokens[0].i <= ent.start and ent.end - 1 <= tokens[-1].i:
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

    def __init__(self, doc: Document, quoted: list[tuple[int, int]]) -> None:
        self.people: list[str] = []
        self.bodies: list[str] = []
        self.acronyms: dict[str, str] = {}
        text = doc.text
        for ent in doc.nlp.ents:
            if not doc.is_body(ent.start_char, ent.end_char) or any(s <= ent.start_char < e for s, e in quoted):
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
                if not tokens or {t.lower_.rstrip(".") for t in tokens} & (PERSON_ROLES - BODY_NOUNS):
                    continue
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

    def fullest_person(self, name: str) -> str:
        """The longest form of this person's name in the article, when every longer form agrees."""
        words = _name_words(name)
        longer = [n for n in self.people if len(_name_words(n)) > len(words) and _within(words, _name_words(n))]
        if not longer:
            return name
        best = max(longer, key=lambda n: len(_name_words(n)))
        if all(_within(_name_words(n), _name_words(best)) for n in longer):
            return best
        return name

    def fullest_body(self, name: str) -> str:
        """The fullest name of an organisation: the name an acronym stands for, or the longest form that starts
        with this one ("Ford" -> "Ford Motor Company")."""
        key = name.replace(".", "")
        if key.isupper() and key in self.acronyms:
            return self.acronyms[key]
        words = _name_words(name)
        longer = [n for n in self.bodies if len(_name_words(n)) > len(words) and _name_words(n)[: len(words)] == words]
        if not longer:
            return name
        best = max(longer, key=lambda n: len(_name_words(n)))
        return best if all(_name_words(best)[: len(_name_words(n))] == _name_words(n) for n in longer) else name


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
    return [doc[i] for i in range(lo, hi + 1)]


class SpeakerResolver:
    """Resolves attribution subjects to canonical speakers, in text order, for one article."""

    def __init__(self, doc: Document, quoted: list[tuple[int, int]]) -> None:
        """`quoted`: the spans of every quotation-marked stretch, quotes and titles alike."""
        self.doc = doc
        self.nlp = doc.nlp
        self.quoted = quoted
        self._offset = 0  # where the mention being resolved sits
        self.people: list[Speaker] = []
        self.bodies: list[Speaker] = []
        self.timeline: list[tuple[int, Speaker, bool]] = []  # (offset, speaker, in subject position)
        self.statement_by: tuple[int, Speaker] | None = None  # last body that spoke "in a statement"
        self._names = NameIndex(doc, quoted)
        self._cluster_people()

    # ----- building the article's cast -------------------------------------------------------------
    def _inside_quote(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.quoted)

    def _cluster_people(self) -> None:
        for ent in self.nlp.ents:
            if not self.doc.is_body(ent.start_char, ent.end_char) or self._inside_quote(ent.start_char) or \
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
                tokens = [t for t in words if t.dep_ not in {"det", "case"} and not t.is_punct]
                lowered = {t.lower_ for t in tokens}
                if lowered & PERSON_ROLES and not lowered & BODY_NOUNS:
                    continue  # a person behind a role the recogniser took for an organisation
                if len(tokens) == 1 and self._person_for(tokens, create=False) is not None:
                    continue  # a surname the recogniser took for an organisation
                if tokens:
                    body = self._body_for(tokens, "organisation")
                    if _in_subject(ent.root):
                        self.timeline.append((ent.start_char, body, True))
        # subjects the entity recogniser missed: names of main clauses, and bodies named by a common noun
        for tok in self.nlp:
            if tok.dep_ not in {"nsubj", "nsubjpass"} or not self.doc.is_body(tok.idx, tok.idx + 1) or \
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
                if len(tokens) > 1 and any(t.ent_type_ in {"NORP", "GPE"} for t in tokens):
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
        for person in reversed(self.people):
            full = person.name.split()
            if len(forms) == 1:
                same = fuzz.ratio(surname, full[-1].lower()) >= _NAME_MATCH or surname == full[0].lower()
            else:
                lowered = [f.lower() for f in forms]
                theirs = [f.lower() for f in full]
                same = (
                    theirs[-len(forms):] == lowered or lowered[-len(theirs):] == theirs
                    or fuzz.ratio(text.lower(), person.name.lower()) >= _NAME_MATCH
                    or (len(full) == 1 and fuzz.ratio(surname, full[0].lower()) >= _NAME_MATCH)
                )
            if same:
                best = person
                break
        if best is None:
            if not create:
                return None
            best = Speaker(self._fullest_form(text) if len(forms) == 1 else text, "person", first_at=self._offset)
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
        return best

    def _fullest_form(self, surname: str) -> str:
        """A lone name's full form where the text gives one ("Aino Lindqvist", "Zhou Wenqing" for "Zhou")."""
        def name_word(tok: Any) -> bool:
            return tok.is_title and tok.is_alpha and tok.lower_ not in PERSON_ROLES and tok.pos_ == "PROPN" \
                and not self._inside_quote(tok.idx) and self.doc.is_body(tok.idx, tok.idx + 1)

        for tok in self.nlp:
            if tok.text != surname or not self.doc.is_body(tok.idx, tok.idx + 1):
                continue
            if tok.i > 0 and name_word(self.nlp[tok.i - 1]):
                return f"{self.nlp[tok.i - 1].text} {surname}"
            if tok.i + 1 < len(self.nlp) and name_word(self.nlp[tok.i + 1]) and \
                    self.nlp[tok.i + 1].ent_type_ in {"PERSON", ""} and tok.dep_ == "compound":
                return f"{surname} {self.nlp[tok.i + 1].text}"
        return surname

    def _body_for(self, tokens: list[Any], kind: str, role: str | None = None) -> Speaker:
        """The organisation or document a name belongs to, created when new."""
        proper = [i for i, t in enumerate(tokens) if t.is_title or t.is_upper]
        if proper and proper[0] > 0 and all(t.is_lower and t.lower_ in BODY_NOUNS for t in tokens[: proper[0]]):
            tokens = tokens[proper[0] :]  # "the charity Young Minds Together": the name, not the descriptor
        while len(tokens) > 1 and (tokens[0].ent_type_ in {"DATE", "TIME"} or tokens[0].is_lower and
                                   not tokens[0].ent_type_) and tokens[1].ent_type_ in {"ORG", "PERSON", "GPE"}:
            tokens = tokens[1:]  # "Friday Ford Motor Company", "nonprofit CNA": the name starts with the entity
        first = tokens[0]
        if first.i > 0 and first.doc[first.i - 1].text == "The" and not first.doc[first.i - 1].is_sent_start and \
                first.ent_type_ in {"ORG", "WORK_OF_ART"}:
            tokens = [first.doc[first.i - 1], *tokens]  # "according to The Guardian": the capital is the name's
        text = _strip_possessive(_text_of(tokens))
        if kind == "organisation":
            text = self._names.fullest_body(text)
        words = [w.lower() for w in text.split()]
        for body in reversed(self.bodies):
            theirs = [w.lower() for w in body.name.split()]
            if theirs == words or (len(words) < len(theirs) and theirs[: len(words)] == words) or \
                    fuzz.ratio(text.lower(), body.name.lower()) >= 95:
                return body
        body = Speaker(text, kind, role, words=frozenset(words), first_at=self._offset)
        self.bodies.append(body)
        return body

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
        if subject.pos_ == "PRON" or low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in THING_PRONOUNS:
            return self._pronoun(subject, offset)
        # an appositive proper name beside a role: "the mayor, Rodel Abad" / "Rodel Abad, the mayor"
        appos = [c for c in subject.children if c.dep_ == "appos"]
        if not self._proper(subject):
            # "A spokesman for Attorney General Lorraine Becker, Daniel Ortiz, said": the parser hangs the
            # name on the already named principal; it is the spokesman's
            principals = [o for prep in subject.children if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "to"}
                          for o in prep.children if o.dep_ == "pobj" and self._proper(o)]
            for child in appos + [c for o in principals for c in o.children if c.dep_ == "appos"]:
                if self._proper(child):
                    tokens = phrase_tokens(child)
                    return self._named(tokens, role=_text_of(phrase_tokens(subject)), how="appos")
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
        tokens = phrase_tokens(subject)
        if self._proper(subject) or any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in tokens):
            role = None
            for child in appos:
                if not child.like_num:  # "Denise Harper, 62, said": an age, not a role
                    role = _text_of(phrase_tokens(child))
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
        """True for a proper name, including capitalised names the tagger took for common nouns."""
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
        if self._looks_like_body(tokens):
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
        if words & PERSON_ROLES and not words & BODY_NOUNS and any(t.is_lower for t in tokens):
            return False  # "regional president Régis Fontanel", whatever the recogniser thought
        if words & BODY_NOUNS or labels & {"ORG", "FAC", "GPE", "NORP"}:
            return not self._person_for([t for t in tokens if t.pos_ == "PROPN"][-1:] or tokens[-1:],
                                        create=False) or bool(words & BODY_NOUNS)
        return False

    def _known_body(self, word: str) -> Speaker | None:
        for body in reversed(self.bodies):
            if word in body.words and body.first_at <= self._offset:
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
        if low in DOCUMENT_NOUNS or head in DOCUMENT_NOUNS:
            if subject.tag_ == "NNS" and all(c.is_punct or (c.dep_ == "compound" and c.lower_ in {"media", "news", "press"})
                                             for c in subject.children):
                return Resolution(None, mention, "anonymous")  # "according to reports", "media reports"
            return self._document(subject, tokens, definite, mention)
        if low in ANONYMOUS_NOUNS or (head in ANONYMOUS_NOUNS and subject.tag_ in {"NNS", "NNPS"}):
            if not words & BODY_NOUNS or low in {"officials", "people"}:
                return Resolution(None, mention, "anonymous")
        if subject.tag_ == "NNS" and head in BODY_NOUNS and low not in BODY_NOUNS and \
                not any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens):
            return Resolution(None, mention, "anonymous")  # "transport groups", "several companies"
        if head in BODY_NOUNS or low in BODY_NOUNS:
            return self._body_noun(subject, tokens, head, definite, mention)
        if head in PERSON_ROLES or low in PERSON_ROLES:
            person = self._role_person(tokens, offset, definite)
            if person is not None:
                return Resolution(person, mention, "role")
            if head in ANONYMOUS_NOUNS:
                return Resolution(None, mention, "anonymous")
        return Resolution(None, mention, "anonymous")

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
        noun = subject.lower_
        for child in subject.children:  # "estimates from the International Energy Agency": the agency
            if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    named = obj.pos_ == "PROPN" and obj.ent_type_ in {"ORG", "GPE", "NORP"}
                    if named or (noun in _STATEMENTS and obj.lower_ in BODY_NOUNS):
                        return Resolution(self.resolve(obj, self._offset).speaker, mention, "body")
        if definite:
            for body in reversed(self.bodies):
                if body.type == "document" and noun in body.words and body.first_at < self._offset:
                    return Resolution(body, mention, "role")
            if self.statement_by is not None and noun == "statement":
                issuer = self.statement_by[1]
                return Resolution(self._document_named(f"{issuer.name} statement"), mention, "role")
        return Resolution(self._document_named(_text_of(document_phrase(subject))), mention, "body")

    def _document_named(self, name: str) -> Speaker:
        for body in self.bodies:
            if body.type == "document" and body.name.lower() == name.lower():
                return body
        body = Speaker(name, "document", words=frozenset(w.lower() for w in name.split()), first_at=self._offset)
        self.bodies.append(body)
        return body

    def _body_noun(self, subject: Any, tokens: list[Any], head: str, definite: bool, mention: Span) -> Resolution:
        noun = subject.lower_
        has_name = any(t.pos_ == "PROPN" and t.head is subject and t.dep_ in {"compound", "nmod", "poss"}
                       for t in tokens)
        if definite and not has_name:
            earlier = [b for b in reversed(self.bodies) if b.type == "organisation" and b.first_at < self._offset]
            words = {t.lower_ for t in tokens}
            for body in earlier:
                if words <= body.words:
                    return Resolution(body, mention, "role")
            if noun in GENERIC_BODY_NOUNS or head in GENERIC_BODY_NOUNS:
                for at, speaker, _ in reversed(self.timeline):
                    if speaker.type == "organisation" and at < self._offset:
                        return Resolution(speaker, mention, "role")
            if len(tokens) == 1:
                for body in earlier:
                    if noun in body.words or head in body.words:
                        return Resolution(body, mention, "role")
        return Resolution(self._body_for(tokens, "organisation"), mention, "body")

    def _role_person(self, tokens: list[Any], offset: int, definite: bool) -> Speaker | None:
        words = {t.lower_ for t in tokens if not t.is_punct}
        nouns = {t.lower_ for t in tokens if t.pos_ == "NOUN"} or words
        paragraph = self._paragraph_start(offset)
        recent = [s for at, s, subj in reversed(self.timeline) if at < offset and s.type == "person" and subj]
        # the person just spoken of in this paragraph, unless their known role says otherwise
        in_paragraph = None
        for at, speaker, in_subject in reversed(self.timeline):
            if at >= offset or speaker.type != "person" or not in_subject:
                continue
            if at < paragraph:
                break
            if speaker.role is None or nouns & speaker.words or not (nouns & PERSON_ROLES):
                return speaker
            in_paragraph = speaker
            break
        scored = []
        candidates = recent + [p for p in self.people if p not in recent]
        for rank, person in enumerate(candidates):
            overlap = len(words & person.words)
            if nouns & person.words:
                scored.append((-overlap, rank, person))
        if scored:
            return min(scored, key=lambda item: item[:2])[2]
        if in_paragraph is not None:
            return in_paragraph
        if definite and recent:
            return recent[0]
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
            for at, speaker, in_subject in reversed(self.timeline):
                if at >= offset or speaker.type != "person":
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
        if low in PLURAL_PRONOUNS:
            return Resolution(None, mention, "none")
        paragraph = self._paragraph_start(offset)
        for at, speaker, _ in reversed(self.timeline):
            if paragraph <= at < offset and speaker.type in {"organisation", "document"}:
                return Resolution(speaker, mention, "pronoun")
        return Resolution(None, mention, "none")

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
    def note(self, speaker: Speaker | None, offset: int, statement: bool = False) -> None:
        """Record that `speaker` spoke at `offset` (in a statement when `statement`)."""
        if speaker is None:
            return
        self.timeline.append((offset, speaker, True))
        self.timeline.sort(key=lambda item: item[0])
        if statement and speaker.type == "organisation":
            self.statement_by = (offset, speaker)


def _singular(noun: str) -> str:
    """A plural noun's singular for lexicon look-ups ("ministries" -> "ministry", "forces" -> "force")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def _in_subject(token: Any) -> bool:
    """True when a token heads (or is apposed to, or conjoined with) the subject of a main clause."""
    while token.dep_ in {"appos", "conj", "compound", "flat"} and token.head is not token:
        token = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"
