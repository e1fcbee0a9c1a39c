"""claimcheck: quote attribution, numeric claims and consistency checks for news articles."""

from __future__ import annotations

from pathlib import Path

from claimcheck.document import Claim, Document, Flag, Quote, Span
from claimcheck.errors import ClaimcheckError, InputError

__version__ = "0.1.0"
__all__ = ["Claim", "ClaimcheckError", "Document", "Flag", "InputError", "Quote", "Span", "check", "check_file",
           "__version__"]

_default_pipeline = None


def check(text: str | Path) -> Document:
    """Run the whole pipeline on an article's text and return the annotated Document.

    A `str` is always the article text, never guessed to be a file name; pass a `pathlib.Path` (or call
    `check_file`) to read a file. The default pipeline is built on the first call and reused, so models load once.
    """
    return _pipeline().check(text)


def check_file(path: str | Path) -> Document:
    """Read an article file (.txt, .html or a one-article .jsonl) and run the whole pipeline on it."""
    return _pipeline().check_file(path)


def _pipeline():
    global _default_pipeline
    from claimcheck.pipeline import Pipeline

    if _default_pipeline is None:
        _default_pipeline = Pipeline()
    return _default_pipeline
