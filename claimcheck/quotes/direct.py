"""Quotation-mark quotes: pair the marks of every quote style and tell speech from titles and scare quotes.

Pairing works on the text of each body paragraph. Apostrophes (``Russia’s``, ``don't``, ``councillors’``
at the end of a word with no single quote open) are told apart from single quotation marks by the letters
around them. A quote left open at the end of a paragraph runs to its end, the news convention for a quote
that goes on over several paragraphs (an opening mark on each, one closing mark at the end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from claimcheck.quotes.cues import QUOTE_PAIRS, SINGLE_MARKS, TITLE_CUES

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with",
                          "from", "v", "vs", "de", "la", "le", "du", "des", "et"})


@dataclass(frozen=True)
class QuotedSegment:
    """The words between a pair of quotation marks (marks excluded), or up to the end of the paragraph."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the quote runs on to the next paragraph
    paragraph: int  # index into Document.paragraphs


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _mark_role(text: str, i: int, open_marks: list[str]) -> str | None:
    """'open', 'close' or None (an apostrophe or a stray mark) for the quotation mark at `i`."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "“„«‹":
        if ch == "“" and open_marks and open_marks[-1] == "„":
            return "close"
        return "open"
    if ch in "”»›":
        return "close"
    if ch in "\"":
        if open_marks and "\"" in open_marks and not (before.isspace() and _is_letter(after)):
            return "close"
        if before.isspace() or before in "([{—–-/" or i == 0 or before in QUOTE_PAIRS:
            return "open"
        return "close" if open_marks else None
    # single marks: apostrophes sit between letters, or after a letter with no single quote open
    if _is_letter(before) and _is_letter(after):
        return None
    opening = before.isspace() or before in "([{—–-/\"“«" or i == 0
    if ch in "‘" or (ch == "'" and opening):
        if opening and (_is_letter(after) or after in "“\"…."):
            return "open"
        return None
    # ’ or a closing straight '
    single_open = any(m in SINGLE_MARKS for m in open_marks)
    if not single_open:
        return None
    if _is_letter(after):
        return None
    return "close"


def find_segments(text: str, paragraphs: list[tuple[int, int, int]]) -> list[QuotedSegment]:
    """Every outermost quoted segment in the given (index, start, end) paragraphs, in text order."""
    segments: list[QuotedSegment] = []
    for index, p_start, p_end in paragraphs:
        segments.extend(_paragraph_segments(text, p_start, p_end, index))
    return segments


def _paragraph_segments(text: str, p_start: int, p_end: int, index: int) -> Iterator[QuotedSegment]:
    stack: list[tuple[str, int]] = []
    for i in range(p_start, p_end):
        ch = text[i]
        if ch not in QUOTE_PAIRS and ch not in "”»›’":
            continue
        role = _mark_role(text, i, [m for m, _ in stack])
        if role == "open":
            if stack and stack[-1][0] in SINGLE_MARKS and ch in SINGLE_MARKS and ch == stack[-1][0] == "'":
                continue
            stack.append((ch, i))
        elif role == "close":
            for depth in range(len(stack) - 1, -1, -1):
                mark, at = stack[depth]
                if ch in QUOTE_PAIRS.get(mark, "") or (ch == mark and mark in "\"'"):
                    del stack[depth:]
                    if not stack:
                        segment = _trimmed(text, at, i, i, index)
                        if segment:
                            yield segment
                    break
    if stack:
        mark, at = stack[0]
        segment = _trimmed(text, at, p_end, None, index)
        if segment:
            yield segment


def _trimmed(text: str, open_mark: int, end: int, close_mark: int | None, index: int) -> QuotedSegment | None:
    start = open_mark + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or not _WORD.search(text[start:end]):
        return None
    return QuotedSegment(start, end, open_mark, close_mark, index)


def word_count(fragment: str) -> int:
    """The number of words in a fragment."""
    return len(_WORD.findall(fragment))


def looks_like_title(fragment: str) -> bool:
    """True for a quoted name or title: every content word capitalised, no sentence punctuation."""
    words = _WORD.findall(fragment)
    if not words or fragment.rstrip().endswith(("?", "!")) or len(words) > 12:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content or words[0][0].islower():
        return False
    if len(words) == 1:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content)


def preceded_by_title_cue(text: str, open_mark: int) -> bool:
    """True when the words before the quote name it rather than report it ("so-called", "titled", "the film")."""
    before = text[max(0, open_mark - 40) : open_mark].lower()
    words = re.findall(r"[a-z][a-z-]*", before)
    if not words:
        return False
    if words[-1] in TITLE_CUES:
        return True
    return len(words) >= 2 and (words[-2], words[-1]) in {("known", "as"), ("referred", "as"), ("as", "the")}


def names_a_noun(text: str, close_mark: int | None, fragment: str) -> bool:
    """True when a short quoted phrase modifies the noun after it ('"ag-gag" laws'), a label not speech."""
    if close_mark is None or word_count(fragment) > 3 or fragment.rstrip()[-1:] in ",.;:?!":
        return False
    rest = text[close_mark + 1 : close_mark + 30]
    return bool(re.match(r" [a-z]+", rest)) and not re.match(
        r" (?:and|or|but|he|she|they|it|we|i|as|while|said|says|added|told|in|on|at|to|for|from|by|with|"
        r"after|before|because|when|that|which|who|is|are|was|were|will|would|has|have|had|can|could)\b", rest
    )
