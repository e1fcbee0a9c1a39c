"""`claimcheck report ARTICLE`: run the pipeline on one article and render it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from claimcheck.cli import app
from claimcheck.cli.rules import IGNORE_HELP, PREVIEW_HELP, SELECT_HELP, rule_overrides
from claimcheck.errors import ExitCode


class Format(str, Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"
    sarif = "sarif"


class FailOn(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"
    never = "never"


@app.command()
def report(
    article: Path = typer.Argument(..., help="An article: .txt, .html, or a one-article .jsonl."),
    format: Format = typer.Option(Format.terminal, "--format", "-f", help="Report format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    fail_on: FailOn = typer.Option(FailOn.warning, "--fail-on", help="Exit 1 when a flag at or above this severity is open."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Refuse articles larger than this."),
    show_all: bool = typer.Option(False, "--all", help="Also list the flags dismissed in review, with who and why."),
    db: Optional[Path] = typer.Option(None, "--db", envvar="CLAIMCHECK_DB",
                                      help="The verdict store (default: $XDG_DATA_HOME/claimcheck/verdicts.sqlite3)."),
    select: Optional[str] = typer.Option(None, "--select", help=SELECT_HELP),
    ignore: Optional[str] = typer.Option(None, "--ignore", help=IGNORE_HELP),
    preview: bool = typer.Option(False, "--preview", help=PREVIEW_HELP),
) -> None:
    """Check one article and print its report; flags dismissed in review are left out."""
    from claimcheck.api import exit_code_for, render_dismissed, render_report, run_report

    doc = run_report(article, max_bytes=max_bytes, db=db, rules=rule_overrides(select, ignore, preview))
    text = render_report(doc, format.value, color=output is None)
    if show_all and format == Format.terminal:
        text += render_dismissed(doc, db, color=output is None)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=not text.endswith("\n"))
    code = exit_code_for(doc, fail_on.value)
    if code != ExitCode.OK:
        raise typer.Exit(code=int(code))
