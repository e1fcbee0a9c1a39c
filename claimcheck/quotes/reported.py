"""Reported speech and the attribution frame around quotes, read off spaCy's dependency parse.

Covers "X said (that) ...", "X told reporters ...", "X warned/added/noted/argued/denied ...", the inverted
"..., X said on Monday", "according to X", and the relay that passed the words on ("reported TASS",
"Xinhua reported", "told Reuters", "according to the Steppe News Agency").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from claimcheck.quotes.cues import BODY_NOUNS, OUTLET_NOUNS, REPORTING_VERBS, SPEECH_VERBS, verb_lemma
from claimcheck.quotes.speakers import is_outlet, outlet_name, phrase_tokens

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_INVERTED_SUBJECT_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod", "appos", "dative", "oprd"})
_INVERTING_VERBS = frozenset({"say", "add", "write", "tweet", "insist", "explain", "warn", "note", "continue",
                              "ask", "reply", "recall", "declare"})
_INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "acl", "dep"})
_SUBORDINATORS = frozenset({"which", "who", "as", "while", "when", "whereas", "though", "although", "after",
                            "before", "because", "where", "since", "until"})
_CONTINUING_WORDS = frozenset({"with", "and", "but"})


@dataclass
class Attribution:
    """A speech cue with its subject token (or None) and the outlet that relayed it."""

    cue_start: int
    cue_end: int
    subject: Any  # spaCy Token or None
    via: str | None
    statement: bool  # "said in a statement": the body issued a statement


@dataclass
class Reported:
    """One stretch of reported speech and its attribution."""

    start: int
    end: int
    attribution: Attribution


def is_speech_verb(token: Any, reporting: bool = False) -> bool:
    """True when the token is a verb of saying (a reporting verb with a clausal complement if `reporting`)."""
    if token.pos_ not in {"VERB", "AUX"} and not (token.pos_ == "NOUN" and token.lower_ in {"says"}):
        return False
    lemma = verb_lemma(token.text)
    if reporting:
        return lemma in REPORTING_VERBS
    return lemma in SPEECH_VERBS or lemma in REPORTING_VERBS


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
        if verb.dep_ in _INHERIT_DEPS and verb.head is not verb and usable(verb.head):
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ == "relcl":
            return verb.head
        break
    return _noun_before(start, outside) if outside is not None else None


def _noun_before(verb: Any, outside: set[int]) -> Any:
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and j in outside and (doc[j].is_punct or doc[j].is_space or doc[j].pos_ == "ADV"):
        j -= 1
    if j < 0 or j not in outside or doc[j].pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    tok = doc[j]
    while tok.dep_ in {"appos", "compound", "flat", "poss"} and tok.head.i in outside and tok.head is not tok:
        tok = tok.head
    return tok


def relay_of(verb: Any, outside: set[int]) -> str | None:
    """The outlet that relayed what `verb` introduces, looking at tokens outside the quoted words."""
    sent = verb.sent
    # "reported TASS", "Xinhua reported", "according to the Steppe News Agency"
    for tok in sent:
        if tok.i not in outside or tok.i == verb.i:
            continue
        if verb_lemma(tok.text) == "report" and tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ in {"nsubj", "dobj", "attr", "npadvmod"} and child.pos_ in {"PROPN", "NOUN"}:
                    tokens = phrase_tokens(child)
                    if child.pos_ == "PROPN" or is_outlet(tokens):
                        return outlet_name(_named_part(child))
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            obj = _according_object(tok)
            if obj is not None and is_outlet(phrase_tokens(obj)):
                return outlet_name(_named_part(obj))
    # "in an interview with the BBC"
    for tok in sent:
        if tok.i not in outside or tok.lower_ != "with" or tok.head.lower_ not in {"interview", "interviews"}:
            continue
        for obj in tok.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                return outlet_name(phrase_tokens(obj))
    # "told Reuters", "told The Times", "told the newspaper"
    if verb_lemma(verb.text) == "tell":
        for child in verb.children:
            if child.dep_ in {"dobj", "dative", "npadvmod"} and (child.pos_ == "PROPN" or child.is_title):
                tokens = phrase_tokens(child)
                words = {t.lower_ for t in tokens}
                if is_outlet(tokens) or (child.ent_type_ == "ORG" and not words & BODY_NOUNS):
                    return outlet_name(tokens)
            if child.dep_ in {"dobj", "dative"} and child.lower_ in OUTLET_NOUNS:
                return child.lower_  # "told the newspaper": the extractor names the outlet
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
    return Attribution(start, end, subject, relay_of(verb, outside), _said_in_statement(verb))


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
    return subject is not None and subject.pos_ == "PROPN" and is_outlet(phrase_tokens(subject))


def _clause_span(tokens: list[Any]) -> tuple[int, int] | None:
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ == "that" and tokens[0].dep_ == "mark"
                      or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    if len(tokens) < 3:
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
    parts.append([t for t in comp.subtree if t.i not in cut and not (t.dep_ == "cc" and t.head is comp)])
    for conj in split_at:
        parts.append(list(conj.subtree))
    return parts


def find_reported(nlp_doc: Any, body: list[tuple[int, int]], quoted: list[tuple[int, int]]) -> Iterator[Reported]:
    """Every stretch of reported speech in the body, with its attribution, outermost cues only."""
    def inside_quote(offset: int) -> bool:
        return any(s <= offset < e for s, e in quoted)

    def in_body(offset: int) -> bool:
        return any(s <= offset < e for s, e in body)

    covered: list[tuple[int, int]] = []
    for sent in nlp_doc.sents:
        outside = {t.i for t in sent if not inside_quote(t.idx) and in_body(t.idx)}
        if not outside:
            continue
        for tok in sent:
            if tok.i not in outside or any(s <= tok.idx < e for s, e in covered):
                continue
            if tok.lower_ == "according" and tok.i + 1 < len(nlp_doc) and nlp_doc[tok.i + 1].lower_ == "to":
                found = _according(tok, sent, outside)
                if found is not None:
                    covered.append((found.start, found.end))
                    yield found
                continue
            if not is_speech_verb(tok, reporting=True) or _relayed_inner(tok):
                continue
            for found in _reported_by(tok, sent, outside):
                if any(inside_quote(o) for o in range(found.start, found.end)):
                    continue
                covered.append((found.start, found.end))
                yield found


def _reported_by(verb: Any, sent: Any, outside: set[int]) -> Iterator[Reported]:
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i in outside and not is_relay(c)]
    if not comps:  # "said in a statement that ...", parsed as a clause on "statement"
        comps = [g for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                 for g in o.children if g.dep_ in {"acl", "ccomp", "relcl"} and g.i in outside
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
    if not comps:
        if verb.dep_ == "parataxis":
            yield from _parenthetical(verb, sent, outside)
        return
    subject = subject_of(verb, outside)
    if subject is None:
        return
    attribution = attribution_for(verb, outside)
    doc = verb.doc
    for comp in comps:
        if any(t.i not in outside and not t.is_space for t in comp.subtree):
            continue  # the reported words hold a quoted fragment: the partial quote records them
        if comp.i > verb.i:
            if any(c.i < verb.i for c in comps) or any(doc[i].text == "," for i in range(verb.i, comp.left_edge.i)):
                continue
            later = [c.left_edge.i for c in verb.children
                     if c.i > comp.i and c.dep_ in {"conj", "cc", "advcl"} and c.left_edge.i > comp.i]
            limit = min(later) if later else sent.end
            starts = [part[0].i for part in _complement_parts(comp)] + [limit]
            for a, b in zip(starts, starts[1:]):
                span = _clause_span([doc[i] for i in range(a, b) if i in outside])
                if span:
                    yield Reported(span[0], span[1], attribution)
        else:
            # "S, X said on Monday[, with T]": everything before the attribution, and a continuation after it
            first = min(subject.left_edge.i, verb.i) if subject.i < verb.i else verb.i
            before = [t for t in sent if t.i < first and t.i in outside]
            span = _clause_span(_after_dateline(before))
            if span:
                yield Reported(span[0], span[1], attribution)
            after = _continuation_after(verb, sent)
            if after:
                yield Reported(after[0], after[1], attribution)


def _parenthetical(verb: Any, sent: Any, outside: set[int]) -> Iterator[Reported]:
    """"S1, he said, S2": the reported words on either side of an attribution set off by commas."""
    subject = subject_of(verb, outside)
    if subject is None or any(t.i not in outside and not t.is_space for t in sent):
        return
    attribution = attribution_for(verb, outside)
    first = min(subject.left_edge.i, verb.i)
    clause = [t for t in verb.head.subtree if t.i in outside and not (t.dep_ in {"relcl", "advcl"} and t.i < first)]
    start = verb.head.left_edge.i
    if verb.head.dep_ in {"relcl", "advcl", "ccomp"}:  # "where, he said, S": from the clause's first word
        start = min((t.i for t in verb.head.children if t.i < first and t.dep_ not in {"punct", "advmod"}),
                    default=verb.head.i)
    before = _clause_span(_after_dateline([t for t in clause if start <= t.i < first]))
    if before:
        yield Reported(before[0], before[1], attribution)
    rest = [t for t in clause if t.i > verb.right_edge.i]
    while rest and rest[0].is_punct:
        rest = rest[1:]
    if rest and rest[0].lower_ not in _SUBORDINATORS:
        after = _clause_span(rest)
        if after:
            yield Reported(after[0], after[1], attribution)


def _continuation_after(verb: Any, sent: Any) -> tuple[int, int] | None:
    """"..., he said, with T": the reported words that resume after a parenthetical attribution."""
    tokens = list(sent)
    for j, tok in enumerate(tokens):
        if tok.i <= verb.i or tok.text != ",":
            continue
        rest = tokens[j + 1 :]
        if rest and rest[0].lower_ in _CONTINUING_WORDS:
            return _clause_span(rest)
        return None
    return None


def _after_dateline(tokens: list[Any]) -> list[Any]:
    """The tokens after a dateline ("MANILA, Philippines (Wire) —") that opens the sentence, if any."""
    for j, tok in enumerate(tokens[:12]):
        if tok.text in {"—", "–", "--"}:
            lead = [t for t in tokens[:j] if t.is_alpha]
            if lead and lead[0].is_upper and len(lead[0].text) > 1:
                return tokens[j + 1 :]
            break
    return tokens


def _according(according: Any, sent: Any, outside: set[int]) -> Reported | None:
    """ "S, according to X" / "According to X, S": S is what X reported, unless a speech verb frames it."""
    obj = _according_object(according)
    if obj is None:
        return None
    source = phrase_tokens(obj)
    source_ids = {t.i for t in obj.subtree} | {according.i, according.i + 1}
    for tok in sent:
        if tok.i in outside and tok.i not in source_ids and is_speech_verb(tok) and subject_of(tok) is not None:
            return None  # a relay of an attributed statement ("he said, according to ...")
    rest = [t for t in sent if t.i not in source_ids and t.i in outside]
    quoted_inside = any(t.i not in outside and not t.is_space for t in sent if t.i not in source_ids)
    if quoted_inside:
        return None
    span = _clause_span(rest)
    if span is None:
        return None
    via = outlet_name(_named_part(obj)) if is_outlet(source) else None
    subject = None if via else obj
    attribution = Attribution(according.idx, according.doc[according.i + 1].idx + 2, subject, via, False)
    return Reported(span[0], span[1], attribution)
