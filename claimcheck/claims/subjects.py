"""What a number measures, read from the dependency parse rather than from word lists.

The number (or the money phrase) is attached to a noun: the noun it modifies ("600,000 Kalashnikov assault
rifles"), the noun its preposition or adjective hangs from ("a deal worth $500,000"), or the object of the
verb it completes ("tripling bilateral trade to $30 billion"). The subject is that noun with the modifiers
written next to it, never the number itself.
"""

from __future__ import annotations

from typing import Any

_NOMINAL = {"NOUN", "PROPN"}
_SKIP_LEADING = {"DET", "PUNCT", "NUM", "ADP", "CCONJ", "PRON", "PART", "SYM", "AUX", "VERB", "SCONJ"}
# Nouns that only make sense with what follows "of": "share of state schools", "number of patients".
_OF_HEADS = {"share", "number", "proportion", "percentage", "total", "amount", "majority", "rate", "half",
             "quarter", "third", "fraction", "value", "cost", "sum", "price", "level", "volume"}
_CLIMB_STEPS = 4


def subject_of(parsed: Any, start: int, end: int) -> tuple[str, int, int] | None:
    """The phrase a claim at `[start, end)` measures, as (text, start, end), or None when the parse has none."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    inside = {token.i for token in span}
    node = span.root
    if node.pos_ == "VERB":  # a multiplier verb: "tripling bilateral trade"
        return _object_of(node, inside, start, end)
    for _ in range(_CLIMB_STEPS):
        head = node.head
        if head.i == node.i:
            return None
        if head.i in inside:
            node = head
            continue
        if head.pos_ in _NOMINAL:
            return _phrase(head, inside, end)
        if head.pos_ in {"ADP", "ADJ", "ADV"} or head.dep_ in {"prep", "quantmod", "advmod"}:
            node = head
            continue
        if head.pos_ in {"VERB", "AUX"}:
            return _object_of(head, inside, start, end)
        return None
    return None


def object_of_of(parsed: Any, char: int) -> tuple[str, int, int] | None:
    """The noun phrase after the "of" starting at `char` ("thousands of [job cuts]"), as (text, start, end)."""
    span = parsed.char_span(char, char + 2)
    if span is None or span[0].lower_ != "of":
        return None
    objects = [c for c in span[0].children if c.dep_ == "pobj" and c.pos_ in _NOMINAL]
    return _phrase(objects[0], set(), char) if objects else None


def _object_of(verb: Any, inside: set[int], start: int, end: int) -> tuple[str, int, int] | None:
    for deps in (("dobj", "nsubjpass"), ("nsubj",)):
        for child in verb.children:
            if child.dep_ in deps and child.i not in inside and child.pos_ in _NOMINAL | {"PRON"}:
                if child.pos_ == "PRON":
                    return None
                return _phrase(child, inside, end)
    return None


def _phrase(noun: Any, inside: set[int], claim_end: int) -> tuple[str, int, int] | None:
    """The noun with the modifiers written just before it, cut after the claim and without determiners."""
    doc = noun.doc
    first = noun.left_edge.i
    if claim_end <= noun.idx:  # the claim sits inside the noun phrase: keep what follows it
        first = max(first, min((t.i for t in doc[first:noun.i] if t.idx >= claim_end), default=noun.i))
    while first < noun.i and (doc[first].pos_ in _SKIP_LEADING or first in inside
                              or doc[first].lower_ in {"more", "less", "fewer", "than", "about"}):
        first += 1
    last = noun.i
    if noun.text.lower() in _OF_HEADS and last + 1 < len(doc) and doc[last + 1].lower_ == "of":
        objects = [c for c in doc[last + 1].children if c.dep_ == "pobj"]
        if objects:
            last = objects[0].i
    tokens = [t for t in doc[first:last + 1] if t.i not in inside]
    if not tokens:
        return None
    text = doc[tokens[0].i:tokens[-1].i + 1].text  # never `doc.text`: spaCy rebuilds the whole text each time
    if len(text) > 80 or "\n" in text:
        return None
    return text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
