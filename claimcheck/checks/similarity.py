"""Deciding whether two sentences talk about the same thing, from their words (CC301/CC302; the figures' rules
compare typed facts instead, see claimcheck/facts.py).

Words are reduced to crude stems (lower case, first five letters) so that "supplies" and "supplying" or
"defense" and "defence" meet, and a few families of words that news uses interchangeably for one measure
("killed", "dead", "death toll"; "deal", "contract", "agreement") share one key. Similarity is the overlap
coefficient of the two term sets, with near-identical stems ("began", "begun") counted as shared.
"""

from __future__ import annotations

from typing import Any, Iterable

from rapidfuzz import fuzz

from claimcheck.document import Document

# Words that name one measure in news copy; each group is one key when comparing what two figures measure.
TERM_GROUPS: dict[str, tuple[str, ...]] = {
    "=death": ("killed", "kill", "kills", "dead", "death", "deaths", "died", "die", "dies", "fatalities", "fatality",
               "toll", "lives", "bodies", "perished"),
    "=injury": ("injured", "injuries", "injury", "wounded", "hurt", "casualties"),
    "=missing": ("missing", "unaccounted"),
    "=displaced": ("evacuated", "evacuation", "evacuees", "displaced", "homeless", "fled"),
    "=arrest": ("arrested", "arrests", "arrest", "detained", "detentions", "detainees"),
    "=deal": ("deal", "deals", "contract", "contracts", "agreement", "agreements", "accord", "pact", "order",
              "purchase", "procurement"),
    "=cost": ("cost", "costs", "price", "priced", "worth", "value", "valued", "spending", "budget"),
    "=vote": ("vote", "votes", "voted", "ballots"),
    "=begin": ("begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting", "launch",
               "launched", "launches", "commence", "commenced", "commences"),
    "=end": ("end", "ends", "ended", "ending", "finish", "finished", "stop", "stopped", "halt", "halted", "cease",
             "ceased", "close", "closed"),
}
_GROUP_OF = {word: key for key, words in TERM_GROUPS.items() for word in words}

# Words too common in news to say what a figure measures.
GENERIC = {
    "said", "says", "say", "told", "tell", "according", "reported", "report", "reports", "added", "stated",
    "people", "percent", "per", "cent", "year", "years", "month", "months", "week", "weeks", "day", "days",
    "today", "number", "numbers", "total", "about", "nearly", "more", "than", "also", "new", "last", "first",
    "time", "times", "some", "many", "including", "least", "around", "since", "statement", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "million", "billion", "thousand", "hundred",
    "trillion", "dollars", "euros", "pounds",
}
FUZZY_STEM_RATIO = 80  # stems at least this similar (rapidfuzz ratio) count as one word: began/begun
STEM_LENGTH = 5
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}


def stem(word: str) -> str:
    """The comparison key of a word: its term group, or its first letters in lower case."""
    w = word.lower().strip(".,;:!?\"'“”‘’()[]")
    if w.startswith("="):
        return w
    if w in _GROUP_OF:
        return _GROUP_OF[w]
    if w.endswith("'s") or w.endswith("’s"):
        w = w[:-2]
    return w[:STEM_LENGTH]


def terms_of_words(words: Iterable[str]) -> set[str]:
    """Content stems of plain words (subject phrases): stopwords, numbers and generic words dropped."""
    from spacy.lang.en.stop_words import STOP_WORDS

    out = set()
    for word in words:
        w = word.lower().strip(".,;:!?\"'“”‘’()[]")
        if len(w) < 2 or w in STOP_WORDS or w in GENERIC or any(ch.isdigit() for ch in w):
            continue
        if not any(ch.isalpha() for ch in w):
            continue
        out.add(stem(w))
    return out


def tokens_terms(tokens: Iterable[Any]) -> set[str]:
    """Content stems of spaCy tokens (nouns, proper nouns, verbs, adjectives)."""
    return terms_of_words(t.text for t in tokens if t.pos_ in CONTENT_POS and not t.like_num)


def context_tokens(doc: Document, start: int, end: int, window: int) -> list[Any]:
    """Tokens within `window` tokens of a span, inside its sentence, the span itself left out."""
    parsed = doc.nlp
    if parsed is None:
        return []
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    sent = span.sent
    lo = max(sent.start, span.start - window)
    hi = min(sent.end, span.end + window)
    return [t for t in parsed[lo:hi] if not (span.start <= t.i < span.end)]


def overlap(a: set[str], b: set[str]) -> float:
    """Overlap coefficient with fuzzy stem matching: shared terms / size of the smaller set."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = 0
    for term in small:
        if term in large or any(
            not term.startswith("=") and not other.startswith("=") and fuzz.ratio(term, other) >= FUZZY_STEM_RATIO
            for other in large
        ):
            shared += 1
    return shared / len(small)


def entity_keys(doc: Document, start: int, end: int) -> set[str]:
    """Normalised texts of the named entities (people, organisations, places, products) inside a span."""
    wanted = {"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "EVENT", "FAC", "LOC", "WORK_OF_ART", "LAW"}
    keys = set()
    for entity in doc.entities:
        if entity.label in wanted and start <= entity.start and entity.end <= end:
            text = doc.text[entity.start : entity.end].lower()
            for prefix in ("the ",):
                if text.startswith(prefix):
                    text = text[len(prefix):]
            keys.add(text.replace("’s", "").replace("'s", "").strip())
    return keys


def event_heads(doc: Document, start: int, end: int, limit: int = 2, pos: frozenset[str] = frozenset({"VERB", "NOUN"})
                ) -> set[str]:
    """The first verbs or nouns up the parse from a span: what a date or figure is attached to."""
    if doc.nlp is None:
        return set()
    span = doc.nlp.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    heads: set[str] = set()
    token = span.root
    for _ in range(6):
        if token.head is token or len(heads) >= limit:
            break
        token = token.head
        if token.pos_ in pos and not (span.start <= token.i < span.end):
            heads.add(token.text)
    return heads
