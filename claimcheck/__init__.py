"""claimcheck: quote attribution, numeric claims and consistency checks for news articles."""

from __future__ import annotations

from pathlib import Path

from claimcheck.document import Claim, Document, Flag, Quote, Span
from claimcheck.errors import ClaimcheckError, InputError

__version__ = "0.1.0"
__all__ = ["Claim", "ClaimcheckError", "Document", "Flag", "InputError", "Quote", "Span", "check", "__version__"]

_default_pipeline = None


def check(text_or_path: str | Path) -> Document:
    """Run the whole pipeline on an article's text or path and return the annotated Document.

    The default pipeline is built on the first call and reused, so models load once.
    """
    global _default_pipeline
    from claimcheck.pipeline import Pipeline

    if _default_pipeline is None:
        _default_pipeline = Pipeline()
    return _default_pipeline.check(text_or_path)
