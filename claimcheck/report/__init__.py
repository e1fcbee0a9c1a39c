"""Renderers: each reads a finished Document and returns text; none computes anything."""

from __future__ import annotations

import os
import sys

from claimcheck.document import Document
from claimcheck.errors import ClaimcheckError
from claimcheck.suggest import did_you_mean

FORMATS = ("terminal", "json", "markdown", "html", "sarif")
SUFFIXES = {"terminal": ".txt", "json": ".json", "markdown": ".md", "html": ".html", "sarif": ".sarif"}


def render(doc: Document, fmt: str, *, color: bool = True) -> str:
    """Render `doc` in `fmt` (one of `FORMATS`).

    For the terminal format `color` allows colour; it is used only when stdout is a terminal and `NO_COLOR`
    is unset (https://no-color.org).
    """
    if fmt == "json":
        from claimcheck.report.json_report import render_json

        return render_json(doc)
    if fmt == "terminal":
        from claimcheck.report.terminal import render_terminal

        return render_terminal(doc, color=color and use_color(sys.stdout))
    if fmt == "markdown":
        from claimcheck.report.markdown import render_markdown

        return render_markdown(doc)
    if fmt == "html":
        from claimcheck.report.html import render_html

        return render_html(doc)
    if fmt == "sarif":
        from claimcheck.report.sarif import render_sarif

        return render_sarif(doc)
    raise ClaimcheckError(f"unknown report format {fmt!r}{did_you_mean(fmt, FORMATS)}; "
                          f"choose from {', '.join(FORMATS)}")


def use_color(stream) -> bool:
    """True when `stream` is a terminal and the user has not set `NO_COLOR`."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def parse_formats(spec: str) -> list[str]:
    """`json,html` -> ['json', 'html'], refusing unknown or repeated names with one line."""
    names = [name.strip().lower() for name in spec.split(",") if name.strip()]
    if not names:
        raise ClaimcheckError("no report format given; choose from " + ", ".join(FORMATS))
    unknown = [name for name in names if name not in FORMATS]
    if unknown:
        raise ClaimcheckError(f"unknown report format {unknown[0]!r}{did_you_mean(unknown[0], FORMATS)}; "
                              f"choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(names))
