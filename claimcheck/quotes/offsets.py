"""Offset indexes built once per article, so that a look-up costs a bisection instead of a scan of every span."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Iterable


class Intervals:
    """The union of some character ranges `[start, end)`, asked whether an offset or a range falls in it."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((s, e) for s, e in ranges if e > s):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def contains(self, offset: int) -> bool:
        """True when some range holds `offset`."""
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """True when some range shares a character with `[start, end)`."""
        i = bisect_right(self.starts, max(start, end - 1)) - 1
        return i >= 0 and self.ends[i] > start and end > start


def non_body(doc: Any) -> Intervals:
    """The article's non-body lines (headline, caption, byline, boilerplate ...) as an index."""
    return Intervals((nb.start, nb.end) for nb in doc.non_body)


def entities_within(nlp_doc: Any, lo: int, hi: int) -> list[Any]:
    """The named entities wholly inside tokens `lo`..`hi` (inclusive), read off the tokens, not `doc.ents`."""
    from spacy.tokens import Span as SpacySpan

    found = []
    i = lo
    while i <= hi:
        tok = nlp_doc[i]
        if tok.ent_iob_ != "B":
            i += 1
            continue
        j = i + 1
        while j < len(nlp_doc) and nlp_doc[j].ent_iob_ == "I":
            j += 1
        if j - 1 <= hi:
            found.append(SpacySpan(nlp_doc, i, j, label=tok.ent_type_))
        i = j
    return found
