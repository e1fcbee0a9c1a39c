"""`claimcheck batch INPUT... --out DIR`: check a corpus, one report per article, resumable."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
from rich.progress import TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from claimcheck.cli import app
from claimcheck.cli.rules import IGNORE_HELP, PREVIEW_HELP, SELECT_HELP, rule_overrides
from claimcheck.cli.report import FailOn
from claimcheck.errors import ExitCode
from claimcheck.report.common import printable


class _Rate(ProgressColumn):
    """Articles per second over the run so far."""

    def render(self, task: Any) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.2f} articles/s" if speed else "– articles/s", style="progress.data.speed")


class RichProgress:
    """A progress bar on stderr: done/total, rate, elapsed and time left."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), _Rate(),
                                 TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(), console=console)
        self.task = None
        self.failed = 0

    def start(self, total: int, done: int) -> None:
        self.progress.start()
        self.task = self.progress.add_task("checking", total=total, completed=done)
        self.progress.start_task(self.task)

    def advance(self, result: dict) -> None:
        if result.get("status") != "ok":
            self.progress.console.print(f"[yellow]failed:[/] {escape(printable(str(result.get('id'))))}: "
                                        f"{escape(printable(str(result.get('error'))))}", highlight=False)
        self.progress.advance(self.task)

    def stop(self) -> None:
        self.progress.stop()


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    inputs: List[Path] = typer.Argument(..., help="Article files, directories and JSONL corpora."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the reports and summary.json."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1,
                                          help="Worker processes (default: one per CPU)."),
    formats: str = typer.Option("json,html", "--format", "-f",
                                help="Report formats, comma-separated: json, html, markdown, terminal."),
    fail_on: FailOn = typer.Option(FailOn.warning, "--fail-on",
                                   help="Exit 1 when a flag at or above this severity is open."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Refuse articles larger than this."),
    db: Optional[Path] = typer.Option(None, "--db", help="Verdict store whose dismissals apply (default: yours)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=0,
                                            help="Seconds one article may take before it is failed (0: no limit; "
                                                 "default: article_timeout, 300)."),
    select: Optional[str] = typer.Option(None, "--select", help=SELECT_HELP),
    ignore: Optional[str] = typer.Option(None, "--ignore", help=IGNORE_HELP),
    preview: bool = typer.Option(False, "--preview", help=PREVIEW_HELP),
    engine: Engine = typer.Option(Engine.local, "--engine",
                                  help="local: a pool of processes here; dask: a Dask cluster (claimcheck[dask])."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Address of the Dask scheduler to use (default with --engine dask: "
                                                 "a local cluster of --workers processes)."),
) -> None:
    """Check every article of a corpus; a rerun resumes where an interrupted one stopped.

    Exit status: 2 when an article could not be read or checked, else 1 when a flag at or above --fail-on
    is open, else 0.
    """
    from claimcheck.api import batch_exit_code, run_corpus

    progress = RichProgress(Console(stderr=True))
    try:
        summary = run_corpus(inputs, out, formats=formats, workers=workers, max_bytes=max_bytes, progress=progress,
                             db=db, timeout=timeout, rules=rule_overrides(select, ignore, preview),
                             engine=engine.value, scheduler=scheduler)
    finally:
        progress.stop()
    print_summary(Console(highlight=False), summary)
    code = batch_exit_code(summary, fail_on.value)
    if code != ExitCode.OK:
        raise typer.Exit(code=int(code))


def print_summary(console: Console, summary) -> None:
    """The batch summary as tables: totals, flags by rule, failures with their reasons."""
    totals = Table(box=None, show_header=False, pad_edge=False)
    totals.add_column(style="bold")
    totals.add_column(justify="right")
    rows = [("articles", summary.articles), ("checked now", summary.checked),
            ("done earlier (skipped)", summary.resumed), ("failed", summary.failed), ("words", f"{summary.words:,}"),
            ("quotes", summary.quotes), ("claims", summary.claims), ("open flags", summary.flags)]
    for name, value in rows:
        totals.add_row(name, str(value))
    if summary.checked and summary.seconds:
        totals.add_row("speed", f"{summary.checked / summary.seconds:.2f} articles/s")
    console.print(totals)
    if summary.flags_by_rule:
        table = Table(title="Flags by rule", title_justify="left", pad_edge=False)
        table.add_column("rule")
        table.add_column("flags", justify="right")
        for rule, count in sorted(summary.flags_by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(rule, str(count))
        console.print(table)
    if summary.failures:
        table = Table(title="Failures", title_justify="left", pad_edge=False)
        table.add_column("article", overflow="fold")
        table.add_column("reason", overflow="fold")
        for failure in summary.failures:
            table.add_row(Text(printable(str(failure.get("id")))), Text(printable(str(failure.get("error")))))
        console.print(table)
    console.print(Text(f"reports and summary.json in {summary.out_dir}", style="dim"))
