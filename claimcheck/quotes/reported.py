"""Reported speech and the attribution frame around quotes, read off spaCy's dependency parse.

A speech cue is a verb whose lemma is in the communication class of `cues` (not negated, not in a question,
not introducing an indirect question with "whether"/"if"), or "according to". Covers "X said (that) ...",
"X told reporters ...", the inverted "..., X said on Monday", "according to X", requests with their content
("urged residents to leave", "called for an inquiry"), mixed quotes (a reported clause holding quoted words:
the whole clause, its quoted fragments marked), nested reports ("the website reported its source said ...":
the innermost speaker, the outer outlet as relay), and the relay that passed the words on ("reported TASS",
"Xinhua reported", "told Reuters", "speaking to BBC Sport", "as reported by", "in an interview with").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterator

from claimcheck.document import Intervals
from claimcheck.quotes.cues import (
    ANONYMOUS_NOUNS,
    BODY_NOUNS,
    DIRECTIVE_VERBS,
    DOCUMENT_NOUNS,
    OUTLET_NOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PLURAL_PRONOUNS,
    QUESTION_MARKS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_NOUNS,
    verb_lemma,
)
from claimcheck.quotes.speakers import is_outlet, outlet_name, phrase_tokens

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_INVERTED_SUBJECT_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod", "appos", "dative", "oprd"})
_INVERTING_VERBS = frozenset({"say", "add", "write", "tweet", "insist", "explain", "warn", "note", "continue",
                              "ask", "reply", "recall", "declare"})
_INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "acl", "dep"})
_SUBORDINATORS = frozenset({"which", "who", "as", "while", "when", "whereas", "though", "although", "after",
                            "before", "because", "where", "since", "until"})
# Verbs that report what someone was found or said to be: "identified the victim as X", "cited the audit as Y".
_AS_VERBS = frozenset({"identify", "cite"})
# Verbs whose object can be the position taken: "claimed responsibility", "announced his resignation".
_STANCE_VERBS = frozenset({"claim", "announce", "declare", "confirm", "reveal", "deny"})
# Court papers that state a party's case ("a motion claiming ..."), beside cues.DOCUMENT_NOUNS.
_FILINGS = frozenset({"motion", "petition", "suit", "brief", "appeal"})
_CONTRASTING = frozenset({"while", "whereas", "whilst"})
_CONTINUING_WORDS = frozenset({"with", "and", "but"})
# Common nouns that refer back to an outlet named before ("the website reported ...").
_OUTLET_REFERENCES = OUTLET_NOUNS | {"website"}
# Reporting verbs whose clause may follow without "that" where the parse leaves it unattached.
_CLAUSE_VERBS = frozenset({"say", "tell", "write", "report", "announce", "state", "claim", "rule", "find", "suggest",
                           "maintain", "insist", "argue", "assert", "add", "note", "confirm", "deny", "warn",
                           "reveal", "indicate", "allege", "contend", "conclude", "estimate", "predict", "explain",
                           "acknowledge", "admit", "concede", "declare", "reiterate", "stress", "testify", "establish",
                           "determine"})


@dataclass
class Attribution:
    """A speech cue with its subject token (or None) and the outlet that relayed it."""

    cue_start: int
    cue_end: int
    subject: Any  # spaCy Token or None
    via: str | None
    statement: bool  # "said in a statement": the body issued a statement
    interview: bool = False  # the speaker spoke to the relay ("told Reuters"): their next words may share it


@dataclass
class Reported:
    """One stretch of reported speech and its attribution; `fragments` are the quoted words inside a mixed one."""

    start: int
    end: int
    attribution: Attribution
    fragments: list[tuple[int, int]] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return "mixed" if self.fragments else "indirect"


CLAUSE_VERBS = REPORTING_VERBS | DIRECTIVE_VERBS  # the cues that report a clause or a request


def cue_lemma(token: Any) -> str:
    """The lemma a speech cue is looked up by: spaCy's, or the form table's where spaCy's is not in the class."""
    lemma = token.lemma_.lower()
    return lemma if lemma in SPEECH_VERBS else verb_lemma(token.text)


def is_speech_verb(token: Any, reporting: bool = False) -> bool:
    """True when the token is an affirmed verb of saying (one that reports a clause or a request if `reporting`)."""
    if token.pos_ not in {"VERB", "AUX"} and not (token.pos_ == "NOUN" and token.lower_ in {"says"}):
        return False
    lemma = cue_lemma(token)
    if lemma not in (CLAUSE_VERBS if reporting else SPEECH_VERBS):
        return False
    return not negated(token)


def negated(verb: Any) -> bool:
    """True for a speech verb that says nothing was said: "did not say", "never said", "declined to say",
    "without saying"."""
    if any(c.dep_ == "neg" or c.lower_ in {"never", "neither", "nor"} for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ in {"xcomp", "pcomp"} and head.i != verb.i:
        if verb.dep_ == "pcomp" and head.lower_ == "without":
            return True
        if head.lemma_.lower() in {"refuse", "decline", "fail", "avoid", "stop"} or any(
                c.dep_ == "neg" for c in head.children):
            return True
    return False


def in_question(verb: Any, outside: set[int]) -> bool:
    """True when the cue's sentence, outside quotation marks, is a question ("Did she say ...?")."""
    words = [t for t in verb.sent if t.i in outside and not t.is_space]
    return bool(words) and words[-1].text == "?" and words[-1].i > verb.i


def subject_of(verb: Any, outside: set[int] | None = None) -> Any:
    """The speaker token of a speech verb: its subject, the inverted subject ("said X"), or the head's.

    With `outside` (the token ids not inside quotation marks), only a token outside the quote can be it,
    and a verb the parser left without one takes the noun phrase just before it ("..., the president,
    Rui Carvalho, said").
    """
    def usable(tok: Any) -> bool:
        return not tok.is_punct and (outside is None or tok.i in outside)

    seen = 0
    start = verb
    while verb is not None and seen < 4:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and usable(c)]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - verb.i))
        for child in verb.rights:
            if child.dep_ in _INVERTED_SUBJECT_DEPS and child.pos_ in {"PROPN", "NOUN", "PRON"} and \
                    usable(child) and verb_lemma(verb.text) in _INVERTING_VERBS:
                if child.dep_ == "dobj" and child.lower_ in {"reporters", "journalists"}:
                    continue
                return child
        if _document_acl(verb) and usable(verb.head):
            return verb.head  # "a motion claiming ...": the document says it
        if verb.dep_ in _INHERIT_DEPS and verb.head.i != verb.i and usable(verb.head):
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ == "relcl":
            return verb.head
        break
    return _noun_before(start, outside) if outside is not None else None


def _document_acl(verb: Any) -> bool:
    """True for the participle on a document that says what it holds: "a motion claiming ...", "a letter saying"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in \
        DOCUMENT_NOUNS | SPEECH_NOUNS | _FILINGS


def _noun_before(verb: Any, outside: set[int]) -> Any:
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and j in outside and (doc[j].is_punct or doc[j].is_space or doc[j].pos_ == "ADV"):
        j -= 1
    if j < 0 or j not in outside or doc[j].pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    tok = doc[j]
    while tok.dep_ in {"appos", "compound", "flat", "poss"} and tok.head.i in outside and tok.head.i != tok.i:
        tok = tok.head
    return tok


def relay_of(verb: Any, outside: set[int]) -> tuple[str, bool] | None:
    """The outlet that relayed what `verb` introduces, looking at tokens outside the quoted words: "reported
    TASS", "Xinhua reported", "as reported by X", "as quoted by X", "according to the Steppe News Agency" beside
    a speech verb, "in an interview with the BBC", "speaking to BBC Sport", "spoke on Fox News", "told Reuters",
    "told state media". An outlet named by a definite common noun ("told the newspaper") comes back as "the
    newspaper", for the extractor to name. Also an outlet whose report holds the cue's ("Znak.com claimed a
    source said ...") and one the words were said to ("called it dubious to Népszava"); not "reported by X" that
    describes someone ("the suspect, reported by X as ..."). `outside` may run past the cue's sentence (a quote
    over several sentences, then "..., as quoted by X"). With it, True where the speaker spoke to the outlet
    (told it, an interview with it) rather than the outlet reporting the words."""
    doc = verb.doc
    frame = [doc[i] for i in sorted(outside | {t.i for t in verb.sent})]
    for tok in frame:
        if tok.i not in outside or tok.i == verb.i and not any(c.dep_ == "agent" for c in tok.children):
            continue  # the cue itself relays only in the passive ("were reported by CNN")
        lemma = cue_lemma(tok) if tok.pos_ == "VERB" else ""
        if lemma in {"report", "quote"} and not _describes(tok):
            for child in tok.children:
                objects = [child] if child.dep_ in {"nsubj", "dobj", "attr", "npadvmod"} else [
                    o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "agent" else []
                for obj in objects:
                    if obj.pos_ in {"PROPN", "NOUN"} and (obj.pos_ == "PROPN" or is_outlet(phrase_tokens(obj))):
                        return outlet_name(_named_part(obj)), False
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            obj = _according_object(tok)
            if obj is not None and is_outlet(phrase_tokens(obj)):
                return outlet_name(_named_part(obj)), False
    found = _reporting_outlet(verb)
    if found:
        return found, False
    governing = {verb.i} | {a.i for a in verb.ancestors}
    for tok in frame:
        if tok.i not in outside:
            continue
        lemma = cue_lemma(tok) if tok.pos_ == "VERB" else ""
        if tok.lower_ == "with" and tok.head.lower_ in {"interview", "interviews"} or \
                tok.dep_ == "prep" and tok.lower_ in {"to", "with", "on"} and \
                tok.head.pos_ == "VERB" and cue_lemma(tok.head) in {"speak", "talk"} or \
                tok.dep_ == "prep" and tok.lower_ == "to" and tok.head.i in governing and is_speech_verb(tok.head):
            for obj in tok.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and _known_outlet(obj) or \
                        obj.dep_ == "pobj" and obj.ent_type_ == "ORG" and tok.head.lower_.startswith("interview"):
                    return outlet_name(phrase_tokens(obj)), True
        if lemma == "tell" and (tok.i == verb.i or tok.i in outside):
            found = _told(tok)
            if found:
                return found, True
    return None


def _describes(verb: Any) -> bool:
    """True for "reported by X as Y": what X said someone is ("the driver, reported by X as a former soldier"),
    not a relay of the words."""
    return any(c.i > verb.i and (c.lower_ == "as" or any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children))
               for c in verb.children)


def _known_outlet(name: Any) -> bool:
    """True for a proper name that names an outlet here or where the article mentions it ("daily Népszava")."""
    return is_outlet(phrase_tokens(name)) or any(
        i != name.i and is_outlet(phrase_tokens(name.doc[i])) for i in _proper_nouns(name.doc).get(name.text, ()))


def _proper_nouns(doc: Any) -> dict[str, list[int]]:
    """Where the Doc's proper nouns stand, by their text: indexed once per Doc in its `user_data` (a scan of the
    whole Doc for each name had made long articles quadratic)."""
    index = doc.user_data.get("claimcheck.proper_nouns")
    if index is None:
        index = doc.user_data["claimcheck.proper_nouns"] = {}
        for token in doc:
            if token.pos_ == "PROPN":
                index.setdefault(token.text, []).append(token.i)
    return index


def _reporting_outlet(verb: Any) -> str | None:
    """The outlet whose report holds the cue's clause: "Znak.com claimed [a source said ...]", "the website
    reported [its source claimed ...]" (as "the website", for the extractor to name)."""
    while verb.dep_ == "ccomp" and verb.head.i != verb.i:
        verb = verb.head
        if not is_speech_verb(verb, reporting=True):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.pos_ == "PROPN" and is_outlet(phrase_tokens(subject)):
            return outlet_name(_named_part(subject))
        if subject.lower_ in _OUTLET_REFERENCES and any(c.lower_ == "the" for c in subject.children):
            return f"the {subject.lower_}"
        return None
    return None


def _told(verb: Any) -> str | None:
    """"told Reuters", "told The Times", "told state media", "told the newspaper"."""
    for child in verb.children:
        if child.dep_ not in {"dobj", "dative", "npadvmod"}:
            continue
        tokens = phrase_tokens(child)
        words = {t.lower_ for t in tokens}
        if child.pos_ == "PROPN" or child.is_title:
            if is_outlet(tokens) or (child.ent_type_ == "ORG" and not words & BODY_NOUNS):
                return outlet_name(tokens)
        if child.lower_ in OUTLET_NOUNS:
            if any(c.dep_ in {"det", "poss"} for c in child.children):
                return f"the {child.lower_}"  # "told the newspaper": the outlet named before
            return " ".join(t.lower_ for t in tokens)  # "told state media"
    return None


def _named_part(token: Any) -> list[Any]:
    """An outlet phrase, or its proper-name apposition ("local media Hindustan Times")."""
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return phrase_tokens(child)
    return phrase_tokens(token)


def _according_object(according: Any) -> Any:
    to = according.doc[according.i + 1]
    for child in list(to.children) + list(according.children):
        if child.dep_ == "pobj":
            return child
    for tok in according.doc[according.i + 2 : according.i + 12]:
        if tok.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i + 5:
            if tok.dep_ in {"pobj", "dobj", "nsubj", "ROOT", "appos"}:
                return tok
    return None


def _said_in_statement(verb: Any) -> bool:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "through"}:
            if any(t.lower_ in {"statement", "release", "communique", "communiqué"} for t in child.subtree):
                return True
    return False


def attribution_for(verb: Any, outside: set[int]) -> Attribution:
    """The attribution a speech verb makes: its subject, relay and whether it was a statement."""
    subject = subject_of(verb, outside)
    start = verb.idx
    end = verb.idx + len(verb.text)
    relay = relay_of(verb, outside)
    via, interview = relay if relay else (None, False)
    return Attribution(start, end, subject, via, _said_in_statement(verb), interview)


def is_relay(verb: Any) -> bool:
    """True for "reported Indian news agency ANI": a relay, not a speech cue."""
    if verb_lemma(verb.text) != "report":
        return False
    return any(c.dep_ in {"nsubj", "dobj", "attr"} and c.pos_ in {"PROPN", "NOUN"} and
               (c.pos_ == "PROPN" or is_outlet(phrase_tokens(c))) for c in verb.children)


def _relayed_inner(verb: Any) -> bool:
    """True for "Xinhua reported" over an inner attribution: the outlet relays, it does not speak."""
    if verb_lemma(verb.text) != "report":
        return False
    subject = subject_of(verb)
    if subject is None or subject.pos_ != "PROPN" or not is_outlet(phrase_tokens(subject)):
        return False
    comps = [c for c in verb.children if c.dep_ == "ccomp"]  # "The Times reported that S": the outlet's own report
    return not comps or any(c.i < verb.i or _reports_itself(c) or is_speech_verb(c, reporting=True) and not any(
        s.dep_ in _SUBJECT_DEPS for s in c.children) for c in comps)  # "reported its source said ..." 


def _clause_span(tokens: list[Any], min_tokens: int = 3) -> tuple[int, int] | None:
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ == "that" and tokens[0].dep_ == "mark"
                      or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    if len(tokens) < min_tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _complement_parts(comp: Any) -> list[list[Any]]:
    """A clausal complement split at coordinated "..., and that ..." clauses."""
    split_at = [c for c in comp.children if c.dep_ == "conj" and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if not split_at:
        return [list(comp.subtree)]
    parts: list[list[Any]] = []
    cut = {t.i for c in split_at for t in c.subtree}
    parts.append([t for t in comp.subtree if t.i not in cut and not (t.dep_ == "cc" and t.head.i == comp.i)])
    for conj in split_at:
        parts.append(list(conj.subtree))
    return parts


def _clause_end(comp: Any, sent: Any) -> int:
    """Where the words a complement reports end: the sentence's end, or the first semicolon or colon after the
    clause's head that the clause does not hold ("denies [S1]; reports describe S2", "told the press [S]: "...")."""
    left, right = comp.left_edge.i, comp.right_edge.i
    for tok in sent.doc[comp.i + 1 : sent.end]:
        if tok.text in {";", ":"} and not (left <= tok.head.i <= right and tok.i < right):
            return tok.i
        if tok.text == "," and tok.i + 2 < sent.end and tok.nbor().lower_ == "according" and tok.nbor(2).lower_ == "to":
            return tok.i  # "said S, according to the Herald": the relay is not part of S
    return sent.end


def _nested_cut(comp: Any) -> set[int]:
    """Tokens of `comp` that belong to another report hung on it ("... despite X claiming ...", ", which he said
    ..."): they are that report's, not this one's."""
    cut: set[int] = set()
    for d in comp.subtree:
        if d.i == comp.i or d.i in cut:
            continue
        if d.dep_ == "conj" and d.i > comp.i and is_speech_verb(d) and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in d.children):
            cut.update(t.i for t in d.subtree if t.i >= d.i)  # "... but accused ministers of ...": a second act
            continue
        if d.i > comp.i and (d.dep_ == "conj" or d.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in _CONTRASTING for m in d.children)) and \
                is_speech_verb(d, reporting=True) and any(c.dep_ == "nsubj" for c in d.children) and \
                any(c.dep_ == "ccomp" for c in d.children):
            cut.update(t.i for t in d.subtree)  # "... while the minister wrote that ...": another speaker's report
            continue
        if d.dep_ not in {"prep", "relcl", "acl"}:
            continue
        if any(is_speech_verb(t, reporting=True) and any(c.dep_ == "nsubj" for c in t.children)
               and any(c.dep_ == "ccomp" for c in t.children) for t in d.subtree):
            cut.update(t.i for t in d.subtree)
    return cut


def _reports_itself(comp: Any) -> bool:
    """True for "X said [Y said Z]" where Y is someone (a person, a people or a body, named or not): the
    complement is itself a report, which gives the innermost speaker. "X said [a study found Z]" stays X's."""
    if not is_speech_verb(comp, reporting=True) or not any(c.dep_ == "ccomp" for c in comp.children):
        return False
    subject = subject_of(comp)
    if subject is None:
        return False
    word = subject.lemma_.lower()
    if subject.pos_ == "PRON":
        return subject.lower_ in PERSON_PRONOUNS or subject.lower_ in PLURAL_PRONOUNS
    return subject.pos_ == "PROPN" or word in ANONYMOUS_NOUNS or word in PERSON_ROLES or word in BODY_NOUNS


class _Content:
    """Turns the words a cue reports into a Reported: indirect, or mixed when some are inside quotation marks."""

    def __init__(self, text: str, quoted: list[tuple[int, int]]) -> None:
        self.text = text  # the article's text
        self.quoted = quoted  # in text order, none inside another
        self.starts = [s for s, _ in quoted]
        self.body: set[int] = set()
        self.outside: set[int] = set()

    def sentence(self, body: set[int], outside: set[int]) -> "_Content":
        """Set the sentence read next: the token ids of it in the article body, and those outside quotation marks."""
        self.body = body
        self.outside = outside
        return self

    def __call__(self, tokens: list[Any], attribution: Attribution, min_tokens: int = 3) -> Reported | None:
        tokens = [t for t in tokens if t.i in self.body]
        span = _clause_span(tokens, min_tokens)
        if span is None:
            return None
        within = [t for t in tokens if span[0] <= t.idx < span[1]]
        own = [t for t in within if t.i in self.outside and not t.is_punct and not t.is_space]
        if not own:
            return None  # every word quoted: the quote itself records them
        fragments = []
        first = max(bisect_right(self.starts, span[0]) - 1, 0)
        for s, e in self.quoted[first : bisect_left(self.starts, span[1])]:
            if e > span[0]:
                if _has_words(self.text[s:span[0]]) or _has_words(self.text[span[1]:e]):
                    return None  # a quotation that starts or ends outside the clause
                fragments.append((s, e))
        if fragments:  # a clause that opens or closes with quoted words holds their marks
            span = (min(span[0], fragments[0][0]), max(span[1], fragments[-1][1]))
        return Reported(span[0], span[1], attribution, fragments)


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def find_reported(text: str, nlp_doc: Any, body: list[tuple[int, int]], quoted: list[tuple[int, int]],
                  offsets: list[int] | None = None) -> Iterator[Reported]:
    """Every stretch of reported speech in the body, with its attribution; a report inside another's words is
    left to the innermost cue. `offsets`: each token's character offset, when the caller has read them."""
    in_quote = Intervals(quoted)
    reader = _Content(text, quoted)
    in_body = Intervals(body)
    covered: list[tuple[int, int]] = []  # what the sentence's cues have reported so far
    offsets = offsets if offsets is not None else [t.idx for t in nlp_doc]  # each Token access builds a new object
    for sent in nlp_doc.sents:
        covered = [c for c in covered if c[1] > sent.start_char]
        in_sentence = {i for i in range(sent.start, sent.end) if in_body.contains(offsets[i])}
        outside = {i for i in in_sentence if not in_quote.contains(offsets[i])}
        if not outside:
            continue
        content = reader.sentence(in_sentence, outside)
        for tok in sent:
            if tok.i not in outside or any(s <= tok.idx < e for s, e in covered):
                continue
            if tok.lower_ == "according" and tok.i + 1 < len(nlp_doc) and nlp_doc[tok.i + 1].lower_ == "to":
                found = _according(tok, sent, outside, content)
                if found is not None:
                    covered.append((found.start, found.end))
                    yield found
                continue
            if not (is_speech_verb(tok, reporting=True) or _as_report(tok)) or _relayed_inner(tok) or \
                    in_question(tok, outside):
                continue
            for found in _reported_by(tok, sent, outside, content):
                covered.append((found.start, found.end))
                yield found


def _partly_own(comp: Any, outside: set[int]) -> bool:
    """True when a clause's head is outside quotation marks, or its subject is ("the army had been "fully
    disarmed""): the clause is reported, its quoted words fragments of it."""
    return comp.i in outside or any(c.dep_ in _SUBJECT_DEPS and c.i < comp.i and c.i in outside
                                    for c in comp.children)


def _as_report(verb: Any) -> bool:
    """True for "cited the audit as the reason": a verb that reports only with an "as" phrase."""
    return verb.pos_ == "VERB" and cue_lemma(verb) in _AS_VERBS and is_speech_verb(verb) and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _complements(verb: Any, outside: set[int]) -> list[Any]:
    """The clauses a reporting verb reports, without indirect questions ("whether ...", "if ...")."""
    comps = [c for c in verb.children if c.dep_ == "ccomp" and _partly_own(c, outside) and not is_relay(c) and not any(
        m.dep_ == "mark" and m.lower_ in _SUBORDINATORS | {"so"} for m in c.children)]  # "..., before X voted"
    if not comps:  # "said in a statement that ...", parsed as a clause on "statement"
        comps = [g for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                 and o.lemma_.lower() in SPEECH_NOUNS | DOCUMENT_NOUNS
                 for g in o.children if g.dep_ in {"acl", "ccomp", "relcl"} and g.i in outside
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
    return [c for c in comps if not any(m.dep_ in {"mark", "advmod"} and m.lower_ in QUESTION_MARKS and m.i < c.i
                                        for m in c.children)]


def _request(verb: Any, outside: set[int]) -> list[Any] | None:
    """What a request asks for: "urged residents [to leave]", "called for [an inquiry]", "asked the court [to
    delay its ruling]", "denied [any wrongdoing]", "pledged [to resign]"; None when the verb asks for nothing."""
    lemma = cue_lemma(verb)
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or verb.dep_ == "acl":
        return None  # "were asked to check": the speaker is not named; "letters urging ...": no one spoke
    kids = [c for c in verb.rights if c.i in outside]
    clause = [c for c in kids if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"} and not any(
        m.lower_ in QUESTION_MARKS for m in c.children)]
    objects = [c for c in kids if c.dep_ in {"dobj", "dative"}]
    preps = {c.lower_: c for c in kids if c.dep_ == "prep"}
    parts: list[Any] = []
    for_clause = [c for c in kids if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                                              for m in c.children)]
    if lemma in {"call", "appeal", "press"} and for_clause:  # "called for [members to raise spending]"
        parts = for_clause
    elif lemma in {"call", "appeal", "press"} and ("for" in preps or "on" in preps and clause):
        prep = preps.get("for") or preps["on"]
        parts = [o for o in prep.children if o.dep_ in {"pobj", "pcomp"}] + clause
    elif lemma in _AS_VERBS and objects and "as" in preps:  # "identified the victim as X"
        parts = objects + [preps["as"]]
    elif lemma in _STANCE_VERBS and objects and objects[0].lemma_.lower() in STANCE_NOUNS:
        parts = objects[:1]  # "claimed responsibility", "announced his candidacy", "declared intent to ..."
    elif lemma in _STANCE_VERBS | {"admit"} and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in clause):
        parts = [c for c in clause if c.dep_ == "xcomp" and c.tag_ == "VBG"]  # "admitted taking", "announced
        # stepping down": what the gerund says the speaker did
    elif lemma == "ask" and "for" in preps:  # "asked for the price to be kept secret", not "asked for a delay"
        asked = [o for o in preps["for"].children if o.dep_ in {"pobj", "pcomp"}]
        if any(t.pos_ in {"VERB", "AUX"} for o in asked for t in o.subtree):
            parts = asked
    elif lemma in DIRECTIVE_VERBS and objects and clause:  # "urged residents to leave"
        parts = objects + clause
    elif lemma in {"deny", "admit", "cite"}:  # "denied any wrongdoing", "admitted to ordering the payments"
        parts = objects + [o for p in ("to",) if p in preps for o in preps[p].children
                           if o.dep_ in {"pobj", "pcomp"}]
    elif lemma in {"pledge", "promise", "vow", "propose", "demand", "request", "recommend"} and \
            verb.tag_ != "VBG":  # "pledged to resign", "proposed raising the levy"
        parts = [c for c in clause if c.dep_ == "xcomp" or c.tag_ == "VBG"] + [
            o for o in objects if o.tag_ == "VBG"]
    elif lemma == "commit" and "to" in preps:
        parts = [o for o in preps["to"].children if o.dep_ in {"pobj", "pcomp"}]
    if not parts:
        return None
    ids = sorted({t.i for p in parts for t in p.subtree} - _nested_cut(parts[-1]))
    doc = verb.doc
    return [doc[i] for i in range(ids[0], ids[-1] + 1) if i in set(ids)]


def _clause_after(verb: Any, sent: Any, outside: set[int]) -> list[Any]:
    """What a reporting verb reports where the parse hung no clause on it ("ruled the law was void", "said on
    Friday the plant would close"): the words after the verb and its adverbials, up to the end of the sentence
    or a semicolon or dash, when they hold a subject and its verb; else []."""
    if (verb.tag_ == "VBG" or verb.dep_ in {"amod", "acl", "relcl", "pcomp", "xcomp"}) and not _document_acl(verb) or \
            any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or \
            cue_lemma(verb) not in _CLAUSE_VERBS:
        return []
    doc = verb.doc
    j = verb.i + 1
    while j < sent.end:  # "said on Friday", "wrote in a letter", "told reporters", "has repeatedly maintained"
        tok = doc[j]
        obj = tok if tok.head.i == verb.i else tok.head
        if obj.dep_ in {"advmod", "npadvmod"} and obj.head.i == verb.i:  # "said last Friday", "has repeatedly"
            j = max(j, obj.right_edge.i) + 1
        elif tok.lower_ == "that" and tok.dep_ in {"mark", "det"}:  # "established that faulty wiring ... was"
            j += 1
        elif tok.dep_ == "prep" and tok.head.i == verb.i and tok.lower_ not in {"for", "to", "of", "as"}:
            j = tok.right_edge.i + 1
        elif obj.dep_ in {"dative", "dobj"} and obj.head.i == verb.i and obj.lower_ in {
                "reporters", "journalists", "press", "media"}:  # "told (the) reporters"
            j = obj.right_edge.i + 1
        elif tok.is_punct and tok.text == ",":
            j += 1
        else:
            break
    end = j
    while end < sent.end and doc[end].text not in {";", ":", "—", "–"} and not (
            doc[end].text == "," and end + 1 < sent.end and doc[end + 1].lower_ in {"according", "but"}):
        end += 1
    words = [doc[i] for i in range(j, end) if i in outside]
    if not words or words[0].is_punct or words[0].dep_ == "cc" or words[0].lower_ in {
            "to", "for", "whether", "if", "how", "what", "why", "so"} | _SUBORDINATORS:
        return []  # "declared last Friday so he could ...", 'said "...", and S': not what was said
    ids = {t.i for t in words}
    if verb.dep_ == "ccomp" and verb.head.i in ids:
        return []  # "Hale conceded on Tuesday, Ruiz's campaign said": the words after report the verb's own clause
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i >= j]
    if objects and words[0].pos_ in {"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"}:
        # "ruled [the draft] [violated] ...", "announced [the region, to be named X], [would] govern ...": an
        # object the parser read off a clause whose tensed verb, right after it, it left without a subject
        k = objects[0].right_edge.i + 1
        while k < end and doc[k].text == ",":
            k += 1
        if k < end and _subjectless_tensed(doc[k]):
            return words
    clause = any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"relcl", "acl", "advcl", "amod"} and not (
        t.dep_ == "conj" and t.head.i == verb.i) and any(  # "announced a plan, and shares rose": a second clause
        c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i in ids and c.tag_ not in {"WP", "WDT"} for c in t.children)
        for t in words)
    return words if clause and words[0].pos_ not in {"VERB", "AUX", "ADP"} else []


def _passive_report(verb: Any, outside: set[int]) -> tuple[Any, list[Any]] | None:
    """"X was identified as Y by Z", "X were reported by Z to have left": Z's statement, the whole clause; None
    for any other verb. A passive with no "as" or infinitive ("was announced by Z") reports an act, not words."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if subject is None or agent is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "xcomp" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
        return None
    by = {t.i for t in agent.head.subtree}
    return agent, [t for t in verb.subtree if t.i in outside and t.i >= subject.left_edge.i and t.i not in by]


def _inverted_modifier(verb: Any, sent: Any) -> Any:
    """The speaker of "S, reported officials." where the parse read the verb as an adjective on its speaker, or
    as a second verb with the speaker for its object: a speaker noun right after "..., reported", then a comma
    or the sentence's end."""
    doc = verb.doc
    if verb.tag_ != "VBD" or verb.i == sent.start or doc[verb.i - 1].text != "," or \
            verb_lemma(verb.text) not in _INVERTING_VERBS | {"report"}:
        return None
    if verb.dep_ == "amod":
        noun = verb.head
    elif verb.dep_ in {"conj", "parataxis"}:
        noun = next((c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and c.i > verb.i), None)
    else:
        return None
    if noun is None or noun.i <= verb.i or noun.i + 1 >= sent.end or not doc[noun.i + 1].is_punct or \
            any(t.dep_ not in {"amod", "compound", "det"} for t in doc[verb.i + 1 : noun.i]):
        return None
    word = noun.lemma_.lower()
    if noun.pos_ == "PROPN" or word in ANONYMOUS_NOUNS or word in BODY_NOUNS or word in PERSON_ROLES or \
            noun.lower_ in ANONYMOUS_NOUNS or word in OUTLET_NOUNS:
        return noun
    return None


def _subjectless_tensed(tok: Any) -> bool:
    """True for a tensed verb (or the tensed auxiliary of one) whose clause the parse gave no subject."""
    if tok.tag_ not in {"VBD", "VBZ", "VBP", "MD"}:
        return False
    verb = tok.head if tok.dep_ in {"aux", "auxpass"} else tok
    return verb.pos_ in {"VERB", "AUX"} and verb.dep_ not in {"relcl", "acl", "amod", "aux", "auxpass"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children)


def _reported_by(verb: Any, sent: Any, outside: set[int], content: _Content) -> Iterator[Reported]:
    doc = verb.doc
    comps = [c for c in _complements(verb, outside)  # "S1; S2, X said": S1 is not X's
             if c.i > verb.i or not any(t.text == ";" for t in doc[c.right_edge.i : verb.i])]
    if not comps:
        if verb.dep_ == "parataxis":
            yield from _parenthetical(verb, sent, outside, content)
            return
        passive = _passive_report(verb, outside)
        if passive is not None:
            agent, words = passive
            found = content(words, Attribution(verb.idx, verb.idx + len(verb.text), agent, None, False))
            if found is not None:
                yield found
            return
        speaker = _inverted_modifier(verb, sent)
        if speaker is not None:  # "S, reported officials."
            opens = max((t.i + 1 for t in doc[sent.start : verb.i] if t.text == ";"), default=sent.start)
            found = content(_after_dateline(list(doc[opens : verb.i])),
                            Attribution(verb.idx, verb.idx + len(verb.text), speaker, None, False))
            if found is not None:
                yield found
            return
        requested = _request(verb, outside)
        if requested and subject_of(verb, outside) is not None:
            found = content(requested, attribution_for(verb, outside), min_tokens=1)
            if found is not None:
                yield found
            return
        unparsed = _clause_after(verb, sent, outside)
        subject = subject_of(verb, outside)
        if unparsed and subject is not None and subject.i < verb.i:
            found = content(unparsed, attribution_for(verb, outside))
            if found is not None:
                yield found
        return
    if any(_reports_itself(c) for c in comps):
        return  # "the website reported its source said ...": the inner cue reports it
    subject = subject_of(verb, outside)
    if subject is None:
        return
    attribution = attribution_for(verb, outside)
    doc = verb.doc
    for comp in comps:
        if comp.i > verb.i:
            marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children)
            if (any(c.i < verb.i for c in comps) or not marked) and any(
                    doc[i].text == "," for i in range(verb.i, comp.left_edge.i)):
                continue  # "..., he said, S2" is the parenthetical's; "said, as X reported, that S" is not
            later = [c.left_edge.i for c in verb.children
                     if c.i > comp.i and c.dep_ in {"conj", "cc", "advcl"} and c.left_edge.i > comp.i]
            limit = min(later + [_clause_end(comp, sent)])
            cut = _nested_cut(comp)
            limit = min([limit] + [i for i in cut if i > comp.i])
            starts = [part[0].i for part in _complement_parts(comp)] + [limit]
            if not any(c.dep_ in _SUBJECT_DEPS | {"expl"} for c in comp.children):
                # "maintained [a merger]dobj [is what ...]ccomp": the clause's subject read as the verb's object
                lead = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < comp.i]
                if lead:
                    starts[0] = min(starts[0], lead[0].left_edge.i)
            for a, b in zip(starts, starts[1:]):
                found = content([doc[i] for i in range(a, min(b, limit)) if i not in cut], attribution)
                if found is not None:
                    yield found
        else:
            # "S, X said on Monday[, with T]": everything before the attribution, and a continuation after it
            first = min(subject.left_edge.i, verb.i) if subject.i < verb.i else verb.i
            opens = max((t.i + 1 for t in sent if t.i < first and t.text == ";"), default=sent.start)
            before = [t for t in sent if opens <= t.i < first]  # "S1; S2, X said": S2 alone is X's
            found = content(_after_dateline(before), attribution)
            if found is not None:
                yield found
            after = _continuation_after(verb, sent)
            if after:
                found = content(after, attribution)
                if found is not None:
                    yield found


def _parenthetical(verb: Any, sent: Any, outside: set[int], content: _Content) -> Iterator[Reported]:
    """"S1, he said, S2": the reported words on either side of an attribution set off by commas."""
    subject = subject_of(verb, outside)
    if subject is None:
        return
    attribution = attribution_for(verb, outside)
    first = min(subject.left_edge.i, verb.i)
    clause = [t for t in verb.head.subtree if not (t.dep_ in {"relcl", "advcl"} and t.i < first)]
    start = verb.head.left_edge.i
    if verb.head.dep_ in {"relcl", "advcl", "ccomp"}:  # "where, he said, S": from the clause's first word
        start = min((t.i for t in verb.head.children if t.i < first and t.dep_ not in {"punct", "advmod"}),
                    default=verb.head.i)
    before = content(_after_dateline([t for t in clause if start <= t.i < first]), attribution)
    if before is not None:
        yield before
    rest = [t for t in clause if t.i > verb.right_edge.i]
    while rest and rest[0].is_punct:
        rest = rest[1:]
    if rest and rest[0].lower_ not in _SUBORDINATORS:
        after = content(rest, attribution)
        if after is not None:
            yield after


def _continuation_after(verb: Any, sent: Any) -> list[Any]:
    """"..., he said, with T": the reported words that resume after a parenthetical attribution."""
    tokens = list(sent)
    for j, tok in enumerate(tokens):
        if tok.i <= verb.i or tok.text != ",":
            continue
        rest = tokens[j + 1 :]
        if rest and rest[0].lower_ in _CONTINUING_WORDS:
            return rest
        return []
    return []


def _after_dateline(tokens: list[Any]) -> list[Any]:
    """The tokens after a dateline ("MANILA, Philippines (Wire) —") that opens the sentence, if any."""
    for j, tok in enumerate(tokens[:12]):
        if tok.text in {"—", "–", "--"}:
            lead = [t for t in tokens[:j] if t.is_alpha]
            if lead and lead[0].is_upper and len(lead[0].text) > 1:
                return tokens[j + 1 :]
            break
    return tokens


def _according(according: Any, sent: Any, outside: set[int], content: _Content) -> Reported | None:
    """ "S, according to X" / "According to X, S": S is what X reported, unless a speech verb frames it. A named
    outlet is the source ("according to CNN"); one that carried a report relays it ("according to a report in
    The Times")."""
    obj = _according_object(according)
    if obj is None:
        return None
    figure = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "NUM"), None)
    cut = figure.left_edge.i if figure is not None else obj.right_edge.i + 1  # "according to X, $3.6 billion
    source_ids = {t.i for t in obj.subtree if t.i < cut} | {according.i, according.i + 1}  # ...": not X's name
    while max(source_ids) > obj.i and obj.doc[max(source_ids)].is_punct:
        source_ids.discard(max(source_ids))
    source_end = max(source_ids)
    doc = sent.doc
    opens = max((t.i + 1 for t in doc[sent.start : according.i] if t.text in {";", ":"}), default=sent.start)
    closes = next((t.i for t in doc[source_end : sent.end] if t.text in {";", ":"}),
                  sent.end)  # "S1; according to X, S2: ..." gives X S2 alone
    after = source_end + 1 + (source_end + 1 < sent.end and doc[source_end + 1].text == ",")
    for tok in doc[opens:closes]:  # "S, according to police, who said T": the clause on the source is not S
        if tok.pos_ in {"VERB", "AUX"} and any(c.i == after and c.tag_ in {"WP", "WDT"} for c in tok.children):
            source_ids.update(t.i for t in tok.subtree if t.i >= after)
    framing = {a.i for a in according.ancestors} if is_outlet(phrase_tokens(obj)) else set()
    for tok in doc[opens:closes]:
        if tok.i not in outside or tok.i in source_ids or not is_speech_verb(tok) or any(
                c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
            continue
        if subject_of(tok) is not None and (_complements(tok, outside) or tok.dep_ == "parataxis"
                                            or cue_lemma(tok) in _INVERTING_VERBS or tok.i in framing):
            return None  # a relay of an attributed statement ("he said, according to ...", "she called it X,
            # according to NBC": the outlet on the speaker's own cue)
    rest = [t for t in doc[opens:closes] if t.i not in source_ids]
    subject, via = obj, None
    carrier = [o for p in obj.children if p.dep_ == "prep" and p.lower_ in {"in", "on"} for o in p.children
               if o.dep_ == "pobj" and is_outlet(phrase_tokens(o))]
    if carrier:
        subject, via = None, outlet_name(_named_part(carrier[0]))
    attribution = Attribution(according.idx, according.doc[according.i + 1].idx + 2, subject, via, False)
    return content(rest, attribution)
