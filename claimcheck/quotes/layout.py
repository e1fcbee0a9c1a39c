"""Quotes set out by the page's layout rather than by quotation marks.

- **Interviews**: answer paragraphs led by the speaker's name or initials ("Ana Ruiz We started ...", then
  "AR The data ...") are the speaker's words; question paragraphs led by the interviewer's label ("((WN))", "Q:")
  are nobody's statement.
- **Block quotes**: paragraphs with no quotation marks set off after a line ending in a colon ("The judge wrote:")
  and closed by a credit line ("– Judge Ana Ruiz, ruling"): each paragraph is a direct quote of the credited
  speaker (of the colon sentence's speaker where the credit names no one); without a credit line, the one
  paragraph after a colon that closes a speech sentence ("The judge wrote:"), of that sentence's speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimcheck.document import Document
from claimcheck.quotes.cues import DOCUMENT_NOUNS, SPEECH_NOUNS
from claimcheck.quotes.reported import is_speech_verb

_QUESTION_LABEL = re.compile(r"\s*(?:\(\([^()\n]{1,20}\)\)|Q\s*[:.]|Question\s*:)\s*")
_NAME_LABEL = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’-]*)\s*[:.]?\s+(?=[A-Z“\"‘'0-9(])")
_INITIALS_LABEL = re.compile(r"\s*([A-Z]{2,4})\s*[:.]?\s+(?=[A-Z“\"‘'0-9(])")
_WORDS_NOUNS = frozenset({"this", "such", "following", "argument", "reason", "word", "view", "position", "case", "point",
                          "answer", "question", "concern", "objection", "finding", "conclusion"})
_CREDIT = re.compile(r"\s*[–—-]{1,2}\s*\S")


@dataclass
class LaidOut:
    """A paragraph's words given as someone's by the layout: `speaker` is a token of their name, or `verb` the
    speech verb of the line that introduced them (or neither)."""

    start: int
    end: int
    speaker: Any
    cue_start: int
    cue_end: int
    question: bool = False  # an interviewer's question: not a statement, only kept out of reported speech
    verb: Any = None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def interview_paragraphs(doc: Document, token_at: Any) -> list[LaidOut]:
    """The answers (and questions) of an article laid out as an interview, or [] for any other article.

    A paragraph is an answer when it opens with a person's name and the next paragraphs the same person
    answers open with that name again or its initials; an article needs two answers to count as an interview.
    """
    text = doc.text
    labels: list[tuple[int, str, int, int]] = []  # (paragraph, label, label start, words start)
    for index, paragraph in enumerate(doc.paragraphs):
        chunk = text[paragraph.start : paragraph.end]
        for pattern in (_QUESTION_LABEL, _NAME_LABEL, _INITIALS_LABEL):
            match = pattern.match(chunk)
            if match:
                label = match.group(1) if pattern is not _QUESTION_LABEL else "?"
                labels.append((index, label, paragraph.start + match.start(match.lastindex or 0),
                               paragraph.start + match.end()))
                break
    names: dict[str, tuple[str, int]] = {}  # initials -> (full name label, offset of its last word)
    for _, label, at, _ in labels:
        if label != "?" and " " in label and _is_person(token_at(at + len(label) - 1)):
            names.setdefault(_initials(label), (label, at + len(label) - 1))
    counts: dict[str, int] = {}
    for _, label, _, _ in labels:
        counts[label] = counts.get(label, 0) + 1
    found: list[LaidOut] = []
    for index, label, at, words in labels:
        paragraph = doc.paragraphs[index]
        end = paragraph.start + len(text[paragraph.start : paragraph.end].rstrip())
        if label == "?":
            found.append(LaidOut(words, end, None, at, at, question=True))
            continue
        full = names.get(label) if label.isupper() and " " not in label else names.get(_initials(label))
        if full is None or (full[0] == label and counts[label] < 2 and _initials(label) not in counts):
            continue  # a name opening a paragraph, not an interview's label
        if words < end:
            found.append(LaidOut(words, end, token_at(full[1]), at, at + len(label)))
    answers = [f for f in found if not f.question]
    return found if len(answers) >= 2 else []


def _is_person(token: Any) -> bool:
    return token.ent_type_ == "PERSON" or token.pos_ == "PROPN"


def block_quotes(doc: Document, token_at: Any, quoted: Any) -> list[LaidOut]:
    """Paragraphs quoted as blocks: after a paragraph ending in a colon, up to a credit line or for one paragraph."""
    text = doc.text
    paragraphs = doc.paragraphs
    credits = sorted((nb.start, nb.end) for nb in doc.non_body if nb.label == "credit")
    found: list[LaidOut] = []
    for index, paragraph in enumerate(paragraphs[:-1]):
        lead = text[paragraph.start : paragraph.end].rstrip()
        if not lead.endswith(":") or not doc.is_body(paragraph.start, paragraph.end):
            continue
        run = []
        closed = False
        for following in paragraphs[index + 1 :]:
            chunk = text[following.start : following.end]
            if _CREDIT.match(chunk) and any(s < following.end and following.start < e for s, e in credits):
                credit = _credited(token_at, following.start, following.end)
                closed = True
                if credit is not None:
                    cue = following.start + len(chunk) - len(chunk.lstrip())
                    found.extend(LaidOut(s, e, credit, cue, cue + 1) for s, e in run)
                    run = []
                break
            if not chunk.strip() or quoted.overlaps(following.start, following.end) or \
                    not doc.is_body(following.start, following.end) or len(run) >= 6:
                break
            start = following.start + len(chunk) - len(chunk.lstrip())
            run.append((start, following.start + len(chunk.rstrip())))
        root = token_at(paragraph.start + len(lead) - 1).sent.root
        if run and is_speech_verb(root) and _says_what_follows(root):  # no credit line: "The judge wrote:"
            found.extend(LaidOut(s, e, None, root.idx, root.idx + len(root.text), verb=root)
                         for s, e in (run if closed else run[:1]))
    return found


def _says_what_follows(verb: Any) -> bool:
    """True when a speech verb's object, if any, is words ("rejected this argument:"), not things ("adds three
    stops:")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return all(o.lemma_.lower() in _WORDS_NOUNS or o.lower_ in SPEECH_NOUNS | DOCUMENT_NOUNS for o in objects)


def _credited(token_at: Any, start: int, end: int) -> Any:
    """The last word of the person's name in a credit line ("– Judge Ana Ruiz, 'Order'"), or None."""
    tok = token_at(start)
    doc = tok.doc
    last = None
    for i in range(tok.i, len(doc)):
        t = doc[i]
        if t.idx >= end or t.text in {",", "(", "“", "\""}:
            break
        if t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.is_title):
            last = t
    return last
