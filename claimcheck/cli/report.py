"""`claimcheck report ARTICLE`: run the pipeline on one article and render it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from claimcheck.cli import app
from claimcheck.cli.feedback import QUIET_HELP, VERBOSE_HELP, Feedback
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
    article: str = typer.Argument(..., help="An article: .txt, .html, a one-article .jsonl, - for standard input, "
                                            "or an http(s) URL."),
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
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
    verbose: bool = typer.Option(False, "--verbose", "-v", help=VERBOSE_HELP),
) -> None:
    """Check one article and print its report; flags dismissed in review are left out (--all lists them)."""
    from claimcheck.api import exit_code_for, render_dismissed, render_report, run_report

    with Feedback(quiet=quiet, verbose=verbose) as feedback:
        doc = run_report(article, max_bytes=max_bytes, db=db, rules=rule_overrides(select, ignore, preview),
                         step=feedback.step)
        feedback.stop()
    text = render_report(doc, format.value, color=output is None)
    dismissed = sum(flag.status == "dismissed" for flag in doc.flags or [])
    if show_all and format == Format.terminal:
        text += render_dismissed(doc, db, color=output is None)
    elif dismissed and format in (Format.terminal, Format.markdown, Format.html):
        feedback.note(f"{dismissed} dismissed in review (use --all to list {'it' if dismissed == 1 else 'them'})")
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=not text.endswith("\n"))
    code = exit_code_for(doc, fail_on.value)
    if code != ExitCode.OK:
        raise typer.Exit(code=int(code))
