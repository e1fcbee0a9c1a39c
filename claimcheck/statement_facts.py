"""Typed statements: for every clause with a content predicate, who did what to what, negated or not, when, and
who says so (see `claimcheck.document.Statement`).

The facts stage calls `extract_statements` after it has placed the article's dates and names, so that the
statement rules (CC301-CC303, CC305, CC306) compare two `Statement`s field by field instead of walking spaCy's parse:

- a verb clause gives its verb's lemma as the predicate, its object's lemmas (the object of an active verb, the
  patient of a passive one, the object of a preposition on the verb, an open complement: "began supplying India");
  a copula gives its complement ("is state-owned");
- a noun of an event written with an object ("claims of responsibility") or denied outright ("no claims") gives a
  nominal statement with the noun's lemma as its predicate, so "claimed responsibility" and "no claims of
  responsibility" meet;
- `subject` is the named person or body the subject is (through the facts stage's names: a surname, "the
  company", "he"), else the subject head's lemma (of what an amount counts: "the number of cars" is "car"; a plural
  is never one named person); a pronoun no name resolves is unknown (None); a passive's subject is its agent
  ("by ...");
- `negated`: a negation on the verb ("not", "never", "no longer"), a "no"/"none" subject or object, or a denying
  verb the clause is the complement of ("denied paying"); `never` marks a denial for all time ("has never paid", or
  a present perfect with no date of its own: "who has not conceded", all time up to now);
- `time`: the days of the sentence's dates that hang from the clause's verb (the facts stage's `SentenceDate`s),
  a "since" date running to the article's date, or the sentence's only date; never parsed again here;
- `speaker`: the canonical speaker of the quote or reported speech the clause lies in (`doc.quotes`);
- `stance`: the side a clause takes, "for" or "against" (`stance_on`: what on), and `unanimous`: a decision told as
  one of all its voters;
- `tense`: a relative clause that picks out which of a kind are meant ("tenants who register") asserts nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import timedelta
from typing import Any, Protocol

from claimcheck.document import DateRange, Document, Span, Statement

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd", "acomp"}
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd"}  # a noun's places where it states an event
INHERIT_DEPS = {"conj", "xcomp", "advcl"}  # clauses that share their head's subject when they name none
NEGATIVE_PRONOUNS = {"nobody", "nothing", "none", "neither", "noone"}  # closed class: a subject or object that denies
DENYING_LEMMAS = {"deny", "refute", "fail"}  # a clause that is these verbs' complement is denied ("failed to win")
PLANNING_LEMMAS = {"expect", "plan", "intend", "aim", "hope", "want", "seek", "propose", "schedule", "forecast",
                   "predict", "project", "promise", "threaten"}  # closed class: a clause they complete is not done yet
DEFINITE_DETERMINERS = {"the", "this", "that"}  # closed class: with no number, the noun is one known thing
STATE_LEMMAS = {"be", "have", "remain", "stay", "own", "live"}  # closed class: verbs of a state, not an event
REPEAT_ADVERBS = {"again", "also", "too", "still", "once more", "repeatedly"}  # one of several times
CONDITION_MARKS = {"if", "unless", "whether"}  # a clause these introduce is a condition or a question, not a fact
OBJECT_POS = {"NOUN", "PROPN", "ADJ", "VERB"}
# Closed class: "the number of X", "the share of X" tells of X (a statement's subject; a figure's measure in facts).
AMOUNT_NOUNS = {"number", "share", "total", "proportion", "percentage", "majority", "half", "amount", "rate", "level"}
GENERIC_PRONOUNS = {"those", "anyone", "anybody", "everyone", "everybody", "whoever"}  # closed class: "those who ..."
SUPPORT_LEMMAS = {"support", "back", "endorse", "favour", "favor"}  # closed class: a stance for what they act on
OPPOSE_LEMMAS = {"oppose"}  # closed class: a stance against what it acts on
VOTE_SIDES = {"for", "against"}  # "voted for", "voted against": the side a vote takes
FAVOUR_NOUNS = {"favour", "favor"}  # "voted in favour (of the plan)": for


class Names(Protocol):
    """What statements need from the facts stage's names: the named person or body a token is, if any."""

    def holder(self, noun: Any) -> str | None: ...

    def key(self, token: Any) -> str: ...


class DatePlacement(Protocol):
    """A date as the facts stage places it (`claimcheck.facts.SentenceDate`)."""

    days: DateRange
    verb: int | None
    clauses: set[int]
    bound: bool
    span: Any


def extract_statements(doc: Document, names: Names, dates_of_sentence: dict[int, list[DatePlacement]],
                       paragraph_starts: list[int]) -> list[Statement]:
    """One `Statement` per content clause of the body's sentences (questions assert nothing and are left out)."""
    if doc.nlp is None:
        return []
    speakers = _quote_speakers(doc, names)
    # speech verbs ("said", "according to"): what they report is a statement, they themselves are not, unless they
    # have an object of their own ("claimed responsibility")
    cues = {i for q in doc.quotes or [] if q.cue is not None for i in range(q.cue.start, q.cue.end)}
    found: list[Statement] = []
    for index, sentence in enumerate(doc.sentences):
        text = doc.text[sentence.start : sentence.end].rstrip().rstrip("\"'”’»)")
        if not doc.is_body(sentence.start, sentence.end) or text.endswith("?"):
            continue
        span = doc.nlp.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        reader = _ClauseReader(doc, names, dates_of_sentence.get(index, []), index,
                               bisect_right(paragraph_starts, sentence.start), speakers, cues)
        found += reader.read(span)
    return found


class _ClauseReader:
    """Reads the statements of one sentence."""

    def __init__(self, doc: Document, names: Names, dates: list[DatePlacement], index: int, paragraph: int,
                 speakers: list[tuple[int, int, str]], cues: set[int]) -> None:
        self.doc, self.names, self.dates, self.index, self.paragraph = doc, names, dates, index, paragraph
        self.speakers, self.cues = speakers, cues

    def read(self, span: Any) -> list[Statement]:
        found = []
        for token in span:
            if token.pos_ == "VERB" and (token.idx not in self.cues or any(c.dep_ == "dobj" for c in token.children)):
                found.append(self._verb_statement(token))
            elif token.pos_ == "AUX" and token.lemma_ == "be" and token.dep_ in {"ROOT", "ccomp", "conj", "relcl",
                                                                               "advcl"}:
                complement = next((c for c in token.children if c.dep_ in {"acomp", "attr"}), None)
                if complement is not None:
                    found.append(self._copula_statement(token, complement))
            elif token.pos_ == "NOUN" and token.dep_ in NOMINAL_DEPS and token.head.pos_ in {"VERB", "AUX"} and not any(
                    c.dep_ == "nummod" for c in token.children):  # "80 tonnes of debris": an amount, no event noun
                of = _of_object(token)
                if of is not None or _says_no(token):
                    found.append(self._nominal_statement(token, of))
        return found

    def _verb_statement(self, verb: Any) -> Statement:
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        objects = [verb.head if c.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else c  # "Marsh, who was convicted"
                   for c in verb.children if c.dep_ in OBJECT_DEPS or (passive and c.dep_ == "nsubjpass")]
        if _contact_clause(verb) and not objects:
            objects = [verb.head]  # "the audit the ministry commissioned": the audit is what it commissioned
        objects += [a for o in objects for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN"]  # "the
        # builder Tom Marsh": the name is the builder
        objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ not in WHEN_PREPOSITIONS | {"by"}
                    for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}]
        for complement in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            objects += [complement, *(c for c in complement.children if c.dep_ in OBJECT_DEPS)]
        objects = [_of_object(o) if o.lemma_.lower() in FAVOUR_NOUNS else o for o in objects]  # "in favour of X": X
        return self._statement(verb, verb.lemma_.lower(), self._subject(verb, passive),
                               [o for o in objects if o is not None], verb, False)

    def _copula_statement(self, verb: Any, complement: Any) -> Statement:
        objects = [p for c in complement.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        return self._statement(verb, complement.lemma_.lower(), self._subject(verb, False), objects, complement,
                               False)

    def _nominal_statement(self, noun: Any, of: Any) -> Statement:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)  # "the group's claim of ..."
        return self._statement(noun.head, noun.lemma_.lower(), owner, [of] if of is not None else [], noun, True)

    def _statement(self, verb: Any, predicate: str, subject: Any, objects: list[Any], anchor: Any,
                   nominal: bool) -> Statement:
        never = _never(verb)
        negated = never or _negated(verb) or (nominal and _says_no(anchor)) or any(_says_no(o) for o in objects)
        time, time_span, from_sentence = (None, None, False) if never else self._time(verb, negated)
        if negated and not nominal and _present_perfect(verb) and (time is None or from_sentence):
            never, time, time_span, from_sentence = True, None, None, False  # "who has not conceded": up to now
        words = list(anchor.subtree) if nominal else [anchor, *(o for o in objects if o.head.i == anchor.i or (
            o.head.dep_ == "prep" and o.head.head.i == anchor.i and o.i > anchor.i))]  # "voted against the plan"
        start, end = min(t.idx for t in words), max(t.idx + len(t) for t in words)
        key, named = self._key(subject)
        side, sided_on = (None, []) if nominal else _stance(verb)
        return Statement(
            sentence=self.index, paragraph=self.paragraph, subject=key, named=named, predicate=predicate,
            objects=frozenset(k for k in (self._object_key(o) for o in objects) if k),
            negated=negated, never=never, tense=_tense(verb), time=time, time_span=time_span,
            speaker=self._speaker(anchor.idx), nominal=nominal, start=start, end=end,
            repeatable=_repeatable(verb, anchor, nominal), time_from_sentence=from_sentence,
            places=_places(verb, subject),
            definite_objects=frozenset(k for k in (self._definite_key(o) for o in objects if _definite(o)) if k),
            past_perfect=_past_perfect(verb),
            stance=side, stance_on=frozenset(k for k in (self._object_key(o) for o in sided_on) if k),
            unanimous=_unanimous(anchor if anchor.i != verb.i else verb, predicate),
        )

    def _subject(self, verb: Any, passive: bool) -> Any:
        """The subject token of a clause (a passive's agent), inherited from the clause it is joined to, or None."""
        seen = 0
        while verb is not None and seen < 6:
            seen += 1
            if passive:
                agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
                             None)
                return agent
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":  # "the company, which paid ..."
                    return verb.head
                return subject
            if verb.dep_ == "relcl":
                return verb.head
            if verb.dep_ not in INHERIT_DEPS or verb.head.i == verb.i:
                return None
            verb = verb.head
            passive = False
        return None

    def _key(self, token: Any) -> tuple[str | None, bool]:
        """The subject as compared, and whether it is a name: the named person or body it is, else its lemma
        (None for a pronoun no name resolves)."""
        if token is None:
            return None, False
        if token.lemma_.lower() in AMOUNT_NOUNS and (counted := _of_object(token)) is not None:
            token = counted  # "the number of cars sold fell": a fall of cars
        if token.tag_ == "NNS":  # "the other six members": several, not the one named person a member is
            return token.lemma_.lower(), False
        named = self.names.holder(token)
        if named:
            return named, True
        if token.pos_ in {"PRON", "DET"} or token.tag_ in {"WDT", "WP"}:
            return None, False
        return token.lemma_.lower(), False

    def _object_key(self, token: Any) -> str | None:
        if token.pos_ not in OBJECT_POS or token.lower_ in NEGATIVE_PRONOUNS:
            return None
        if token.pos_ == "PROPN":
            return self.names.key(token) or token.lemma_.lower()
        return token.lemma_.lower()

    def _definite_key(self, token: Any) -> str | None:
        """A definite object's key, with its owner's for a possessed one ("her seat" and "his seat" are two seats)."""
        key = self._object_key(token)
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if key is None or owner is None:
            return key
        return f"{self.names.holder(owner) or owner.lower_} {key}"

    def _time(self, verb: Any, negated: bool) -> tuple[DateRange | None, Span | None, bool]:
        """The days the clause is placed at, where they are written, and whether they are only the sentence's one
        date rather than one on the clause."""
        chain = [verb]
        while chain[-1].dep_ in INHERIT_DEPS and chain[-1].head.i != chain[-1].i and len(chain) < 4:
            chain.append(chain[-1].head)  # "began supplying": the date on "began" places "supplying" too
        for head in chain:
            for placed in self.dates:
                if placed.verb != head.i and head.i not in placed.clauses:
                    continue
                if not placed.bound:
                    return placed.days, _char_span(placed.span), False
                published = self.doc.meta.published
                if negated and placed.span.start > 0 and placed.span.doc[placed.span.start - 1].lower_ == "since" \
                        and published is not None and placed.days.last < published:
                    # "has not raised rates since March": the days after March, up to the article's date
                    return DateRange(placed.days.last + timedelta(days=1), published), _char_span(placed.span), False
        unbound = [d for d in self.dates if not d.bound]
        if len(self.dates) == 1 and unbound:
            return unbound[0].days, _char_span(unbound[0].span), True
        return None, None, False

    def _speaker(self, offset: int) -> str | None:
        return next((speaker for start, end, speaker in self.speakers if start <= offset < end), None)


def _quote_speakers(doc: Document, names: Names) -> list[tuple[int, int, str]]:
    """(start, end, canonical speaker) of each attributed quote or reported statement."""
    found = []
    for quote in doc.quotes or []:
        if not quote.speaker:
            continue
        speaker = None
        if quote.speaker_mention is not None and doc.nlp is not None:
            mention = doc.nlp.char_span(quote.speaker_mention.start, quote.speaker_mention.end,
                                        alignment_mode="expand")
            if mention is not None and len(mention):
                speaker = names.holder(mention.root)
        found.append((quote.start, quote.end, speaker or " ".join(quote.speaker.lower().split())))
    return found


def _char_span(span: Any) -> Span:
    return Span(span.start_char, span.end_char)


def _definite(noun: Any) -> bool:
    """True for a noun phrase that picks out one known thing: a name, or a noun after "the", "this", "that" or a
    possessive, with no number ("the budget", "her seat"; not "a seat", "two seats", "the two seats")."""
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    return noun.pos_ == "PROPN" or any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
                                       for c in noun.children)


def _of_object(noun: Any) -> Any:
    """The object of an event noun: the noun after its "of" ("claims of responsibility")."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None) if of else None


def _says_no(noun: Any) -> bool:
    """True for a noun phrase that denies: "no claims", "none", "nobody"."""
    return noun.lower_ in NEGATIVE_PRONOUNS or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _repeatable(verb: Any, anchor: Any, nominal: bool) -> bool:
    """True for what can hold at several times: a state (a copula's complement, "have", "remain"), an event told as
    one of several ("flooded again", "also visited", "still") or an amount of something done over a time ("cleared
    80 tonnes of debris last year", "sold 6,000 cars": each period has its own)."""
    if (anchor.i != verb.i and not nominal) or verb.lemma_.lower() in STATE_LEMMAS:
        return True
    if not nominal and any(c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children) for c in verb.children):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in REPEAT_ADVERBS for c in verb.children)


def _stance(verb: Any) -> tuple[str | None, list[Any]]:
    """The side a clause takes, "for" or "against", and what it takes it on: a verb of support or opposition and its
    object ("backed the bill", "the plan was opposed by"), or a vote told with its side ("voted against the plan",
    "voted in favour of it", a bare "voted against"); (None, []) for any other clause."""
    lemma = verb.lemma_.lower()
    if lemma in SUPPORT_LEMMAS or lemma in OPPOSE_LEMMAS:
        return "for" if lemma in SUPPORT_LEMMAS else "against", [c for c in verb.children
                                                                 if c.dep_ in {"dobj", "nsubjpass"}]
    if lemma != "vote":
        return None, []
    for child in verb.children:
        if child.dep_ in {"prep", "prt", "advmod"} and child.lower_ in VOTE_SIDES:
            return child.lower_, [p for p in child.children if p.dep_ == "pobj"]
        favour = next((p for p in child.children if p.lemma_.lower() in FAVOUR_NOUNS), None)
        if child.dep_ == "prep" and child.lower_ == "in" and favour is not None:
            return "for", [o for o in [_of_object(favour)] if o is not None]
    return None, []


def _unanimous(head: Any, predicate: str) -> bool:
    """True for a decision told as one of all its voters: "voted unanimously", "approved it in a unanimous vote",
    "the decision was unanimous"."""
    if predicate == "unanimous" or any(c.lemma_.lower() == "unanimously" for c in head.children):
        return True
    nouns = [n for c in head.children for n in ([c] if c.pos_ == "NOUN" else c.children if c.dep_ == "prep" else [])]
    return any(a.dep_ == "amod" and a.lower_ == "unanimous" for n in nouns for a in n.children)


def _picks_out(verb: Any) -> bool:
    """True for a relative clause that picks out which of a kind are meant ("tenants who register", "anyone who
    has paid"): a bare plural or an indefinite pronoun before it, of which it asserts nothing."""
    head = verb.head
    return verb.dep_ == "relcl" and (head.lower_ in GENERIC_PRONOUNS or head.tag_ == "NNS" and not any(
        c.dep_ in {"det", "poss", "nummod"} for c in head.children))


def _contact_clause(verb: Any) -> bool:
    """True for a relative clause with no relative word whose own subject acts on the noun it hangs from ("an audit
    the ministry commissioned in 2020")."""
    return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.i > verb.head.i and not any(
        c.tag_ in {"WDT", "WP", "WRB"} or c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children)


def _never(verb: Any) -> bool:
    return any(c.lower_ == "never" for c in verb.children)


def _present_perfect(verb: Any) -> bool:
    """True for a verb in the present perfect ("has not conceded", "have not paid"): what it denies, it denies of all
    time up to now."""
    return _perfect(verb, {"VBZ", "VBP"})


def _past_perfect(verb: Any) -> bool:
    """True for a verb in the past perfect ("had never won", "had not been paid"): told of a time before a past
    moment."""
    return _perfect(verb, {"VBD"})


def _perfect(verb: Any, have_tags: set[str]) -> bool:
    """True for a past participle with an auxiliary "have" of one of these tags."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in have_tags
                                      for c in verb.children)


def _negated(verb: Any) -> bool:
    """A negation on the clause's verb, a denying subject, or a denying verb the clause completes."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and any(n.dep_ == "neg" for n in c.children))
           for c in verb.children):  # "not", "never", "no longer"
        return True
    if any(c.dep_ in SUBJECT_DEPS and _says_no(c) for c in verb.children):
        return True
    return verb.dep_ in {"xcomp", "ccomp", "pcomp"} and verb.head.lemma_.lower() in DENYING_LEMMAS


def _tense(verb: Any) -> str:
    """past (simple past or perfect), present (a finite present), or unasserted: a modal ("will pay", "could
    pay"), a condition ("unless it pays") or a clause with no tense of its own ("a pretext for not reporting")."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" for c in auxiliaries) or (verb.dep_ == "xcomp" and (
            _tense(verb.head) == "unasserted" or verb.head.lemma_.lower() in PLANNING_LEMMAS)):
        return "unasserted"  # "will pay", "could pay"; "expected to pay", "plans to pay": not told as done
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children) or _picks_out(verb):
        return "unasserted"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and not auxiliaries and _contact_clause(verb):
        return "past"  # "the audit the ministry commissioned": a finite past the tagger read as a participle
    if verb.dep_ in INHERIT_DEPS and verb.tag_ in {"VBG", "VB", "VBN"} and verb.head.i != verb.i:
        return _tense(verb.head)
    if verb.tag_ in {"VBZ", "VBP"} or any(c.tag_ in {"VBZ", "VBP"} for c in auxiliaries):
        return "present"
    return "unasserted"


WHEN_PREPOSITIONS = {"during", "before", "after", "since", "until", "till"}  # "failed during the crossing": when,
# not what it acted on
PLACE_PREPOSITIONS = {"on", "at", "in", "inside", "within", "across", "throughout"}  # where a figure or clause
# holds: "in Nevada", "across the region"


def _places(verb: Any, subject: Any) -> frozenset[str]:
    """The nouns of the place phrases on a clause's verb and on its subject ("voters in the district of Neudorf
    rejected it", "was approved in two districts"), times left out; a name in lower case, a common noun's lemma."""
    heads = [verb, *([subject] if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else [])]
    nouns = [o for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS
             for o in c.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} and o.ent_type_ not in
             {"DATE", "TIME"}]
    return frozenset(n.lower_ if n.pos_ == "PROPN" else n.lemma_.lower() for n in nouns)
