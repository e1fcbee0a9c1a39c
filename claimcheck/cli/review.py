"""`claimcheck review ARTICLE` (terminal or `--serve` web page) and `claimcheck verdicts export|import`."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Optional

import click
import typer
from rich.console import Console

from claimcheck.cli import app
from claimcheck.errors import ClaimcheckError

DB_HELP = "The verdict store (default: $XDG_DATA_HOME/claimcheck/verdicts.sqlite3)."
verdicts_app = typer.Typer(help="Share review verdicts as JSON.", no_args_is_help=True)
app.add_typer(verdicts_app, name="verdicts")


@app.command()
def review(
    article: str = typer.Argument(..., help="An article (.txt, .html, one-article .jsonl, - for standard input, "
                                            "an http(s) URL) or a saved JSON report."),
    serve: bool = typer.Option(False, "--serve", help="Review in a local web page instead of the terminal."),
    port: int = typer.Option(8765, "--port", help="Port of the web page on 127.0.0.1 (0: any free port)."),
    db: Optional[Path] = typer.Option(None, "--db", envvar="CLAIMCHECK_DB", help=DB_HELP),
    user: Optional[str] = typer.Option(None, "--user", help="Who is reviewing (default: the login name)."),
    again: bool = typer.Option(False, "--again", help="Also ask about flags that already have a verdict."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Refuse articles larger than this."),
) -> None:
    """Confirm or dismiss an article's flags, one at a time; every answer is saved at once."""
    from claimcheck.api import load_for_review
    from claimcheck.review.store import VerdictStore

    if article == "-" and not serve:
        raise ClaimcheckError("review - reads the article from standard input, so the answers cannot come from "
                              "there; use --serve, or save the article to a file")
    doc = load_for_review(article, max_bytes=max_bytes)
    with VerdictStore(db) as store:
        if serve:
            _serve(doc, store, port=port, user=user)
        else:
            _review_in_terminal(doc, store, user=user, again=again)


def _review_in_terminal(doc, store, *, user: str | None, again: bool) -> None:
    from claimcheck.review.terminal import TerminalReview

    session = TerminalReview(doc, store, user=user, include_reviewed=again)
    try:
        tally = session.run()
    except (KeyboardInterrupt, click.Abort):  # Ctrl-C or end of input: the CLI exits 130 after this line
        Console(stderr=True).print(f"\n[yellow]stopped[/]: {session.tally.summary()}; every answer given is saved "
                                   f"in {store.path}", highlight=False, soft_wrap=True)
        raise
    if tally.confirmed or tally.dismissed or tally.skipped:
        typer.echo(f"{tally.summary()}; saved in {store.path}")


def _serve(doc, store, *, port: int, user: str | None) -> None:
    from claimcheck.review.web import ReviewServer

    try:
        server = ReviewServer(doc, store, user=user, port=port)
    except OSError as exc:
        raise ClaimcheckError(f"cannot serve on 127.0.0.1:{port} ({exc.strerror}); try another --port") from None
    with server:
        typer.echo(f"{_review_line(doc, store)} at {server.url} (Ctrl-C to stop)")
        sys.stdout.flush()
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    open_count = sum(f.status == "open" for f in doc.flags or [])
    typer.echo(f"stopped; {open_count} flags still open; verdicts saved in {store.path}")


def _review_line(doc, store) -> str:
    """What the page is for: the flags still without a verdict, or that all have one."""
    from claimcheck.review.store import apply_verdicts

    apply_verdicts(doc, store)
    flags = doc.flags or []
    waiting = sum(f.status == "open" for f in flags)
    if not flags:
        return f"No flags in {doc.meta.id}; the article is shown"
    if not waiting:
        return f"All {len(flags)} flags have verdicts; change one"
    done = f" ({len(flags) - waiting} already have verdicts)" if waiting < len(flags) else ""
    return f"Reviewing {waiting} flag{'s' if waiting != 1 else ''}{done}"


@verdicts_app.command("export")
def export(
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    db: Optional[Path] = typer.Option(None, "--db", envvar="CLAIMCHECK_DB", help=DB_HELP),
) -> None:
    """Write every verdict as JSON, for `claimcheck verdicts import` on another machine."""
    from claimcheck.api import export_verdicts

    text = export_verdicts(db)
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@verdicts_app.command("import")
def import_(
    source: Path = typer.Argument(..., help="A JSON file written by `claimcheck verdicts export`."),
    db: Optional[Path] = typer.Option(None, "--db", envvar="CLAIMCHECK_DB", help=DB_HELP),
) -> None:
    """Merge exported verdicts into the store; where both have one, the newer verdict wins."""
    from claimcheck.api import import_verdicts
    from claimcheck.errors import InputError

    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{source}: cannot read ({exc})") from None
    counts = import_verdicts(text, source=str(source), db=db)
    typer.echo(f"{counts['added']} added, {counts['updated']} updated, {counts['kept']} kept (not newer than the stored ones)")
