"""`claimcheck report ARTICLE...`: run the pipeline on articles (files, standard input, URLs) and render them."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from claimcheck.cli import app
from claimcheck.cli.feedback import QUIET_HELP, VERBOSE_HELP, Feedback
from claimcheck.cli.rules import IGNORE_HELP, PREVIEW_HELP, SELECT_HELP, rule_overrides
from claimcheck.errors import ClaimcheckError, ExitCode, InputError


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
    articles: List[str] = typer.Argument(..., help="Articles: .txt, .html, one-article .jsonl, - for standard "
                                                   "input, or http(s) URLs.", metavar="ARTICLE"),
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
    """Check articles and print their reports; flags dismissed in review are left out (--all lists them).

    Several articles share one model load: JSON becomes a list, SARIF one run; an unreadable one is an error line.
    """
    from claimcheck.api import exit_code_for, render_dismissed, render_report, report_checker
    from claimcheck.cli import fail

    if len(articles) > 1 and format == Format.html:
        raise ClaimcheckError("an HTML report holds one article; for several use `claimcheck batch ... -f html`")
    color = output is None
    texts: list[str] = []
    code = ExitCode.OK
    with Feedback(quiet=quiet, verbose=verbose) as feedback:
        check = report_checker(max_bytes=max_bytes, db=db, rules=rule_overrides(select, ignore, preview),
                               step=feedback.step)
        for article in articles:
            try:
                doc = check(article)
            except InputError as exc:
                if len(articles) == 1:
                    raise
                feedback.stop()
                fail(str(exc))
                code = ExitCode.ERROR
                continue
            text = render_report(doc, format.value, color=color)
            dismissed = sum(flag.status == "dismissed" for flag in doc.flags or [])
            if show_all and format == Format.terminal:
                text += render_dismissed(doc, db, color=color)
            elif dismissed and format in (Format.terminal, Format.markdown, Format.html):
                feedback.note(f"{doc.meta.source or doc.meta.id}: {dismissed} dismissed in review (use --all to "
                              f"list {'it' if dismissed == 1 else 'them'})")
            texts.append(text)
            code = max(code, exit_code_for(doc, fail_on.value))
        feedback.stop()
    text = _joined(texts, format)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    elif text:
        typer.echo(text, nl=not text.endswith("\n"))
    if code != ExitCode.OK:
        raise typer.Exit(code=int(code))


def _joined(texts: list[str], format: Format) -> str:
    """One output from several articles' reports: JSON as a list, SARIF as one run, text one after another."""
    if len(texts) <= 1:
        return "".join(texts)
    if format == Format.json:
        return "[\n" + ",\n".join(text.rstrip("\n") for text in texts) + "\n]\n"
    if format == Format.sarif:
        from claimcheck.report.sarif import merge_runs

        return json.dumps(merge_runs([json.loads(text) for text in texts]), ensure_ascii=False, indent=2) + "\n"
    return "\n".join(texts)
