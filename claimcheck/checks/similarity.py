"""The words around a span in its sentence (CC202 reads what a total is said of from them)."""

from __future__ import annotations

from typing import Any

from claimcheck.document import Document


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
