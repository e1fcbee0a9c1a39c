"""Look-ups of a parsed Doc by token offsets (the offset index of character ranges is `document.Intervals`)."""

from __future__ import annotations

from typing import Any


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
