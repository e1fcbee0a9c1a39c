"""Renderers: each reads a finished Document and returns text; none computes anything."""

from __future__ import annotations

from claimcheck.document import Document
from claimcheck.errors import ClaimcheckError

FORMATS = ("terminal", "json")


def render(doc: Document, fmt: str, *, color: bool = True) -> str:
    """Render `doc` in `fmt` (one of `FORMATS`)."""
    if fmt == "json":
        from claimcheck.report.json_report import render_json

        return render_json(doc)
    if fmt == "terminal":
        from claimcheck.report.terminal import render_terminal

        return render_terminal(doc, color=color)
    raise ClaimcheckError(f"unknown report format {fmt!r}; choose from {', '.join(FORMATS)}")
