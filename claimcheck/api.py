"""What the CLI calls: plain functions that return values and never print or exit."""

from __future__ import annotations

from pathlib import Path

from claimcheck.document import SEVERITY_RANK, Document
from claimcheck.errors import ExitCode
from claimcheck.pipeline import Pipeline
from claimcheck.settings import load_settings


def run_report(article: Path, *, max_bytes: int | None = None) -> Document:
    """Read one article and run the full pipeline over it."""
    settings = load_settings().with_overrides(max_bytes=max_bytes)
    return Pipeline(settings).check(Path(article))


def render_report(doc: Document, fmt: str, *, color: bool = True) -> str:
    """Render a finished Document in one of the report formats."""
    from claimcheck.report import render

    return render(doc, fmt, color=color)


def exit_code_for(doc: Document, fail_on: str) -> ExitCode:
    """`FINDINGS` when an open flag is at or above `fail_on` ('never' disables), else `OK`."""
    if fail_on == "never":
        return ExitCode.OK
    floor = SEVERITY_RANK[fail_on]
    return ExitCode.FINDINGS if any(SEVERITY_RANK[f.severity] >= floor for f in doc.open_flags()) else ExitCode.OK
