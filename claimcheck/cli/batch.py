"""`claimcheck batch INPUT... --out DIR`: check a corpus, one report per article, resumable."""

from __future__ import annotations

import time
from enum import Enum
from pathlib import Path
from typing import Any, Callable, List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
from rich.progress import TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from claimcheck.cli import app
from claimcheck.cli.feedback import QUIET_HELP, VERBOSE_HELP
from claimcheck.cli.rules import IGNORE_HELP, PREVIEW_HELP, SELECT_HELP, rule_overrides
from claimcheck.cli.report import FailOn
from claimcheck.errors import ExitCode
from claimcheck.report.common import printable


class _Rate(ProgressColumn):
    """Articles checked per second since the run started, model loading included: the speed the summary gives."""

    def render(self, task: Any) -> Text:
        rate = task.fields.get("rate")
        return Text(f"{rate:.2f} articles/s" if rate else "– articles/s", style="progress.data.speed")


class RichProgress:
    """A progress bar on stderr: what is being done ("loading models" until the first article is back, then
    "checking"), done/total, rate, elapsed and time left; failures as lines above it. `quiet` shows nothing,
    `verbose` a line per article as well."""

    def __init__(self, console: Console, *, quiet: bool = False, verbose: bool = False,
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self.console = console
        self.clock = clock
        self.progress = Progress(TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn(), _Rate(),
                                 TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(), console=console)
        self.quiet = quiet
        self.verbose = verbose and not quiet
        self.task = None
        self.total = self.done = self.checked = 0
        self.started = clock()

    def start(self, total: int, done: int) -> None:
        self.total, self.done, self.started = total, done, self.clock()
        if self.quiet:
            return
        self.progress.start()
        first = "loading models" if total > done else "checking"
        self.task = self.progress.add_task(first, total=total, completed=done, rate=None)

    def advance(self, result: dict) -> None:
        self.done += 1
        self.checked += result.get("status") == "ok"
        if self.quiet:
            return
        name = escape(printable(str(result.get("id"))))
        if result.get("status") != "ok":
            self.console.print(f"[yellow]failed:[/] {name}: {escape(printable(str(result.get('error'))))}",
                               highlight=False)
        elif self.verbose:
            self.console.print(f"[dim]{name}: {result.get('flags', 0)} flags in {result.get('seconds', 0):.1f}s[/]",
                               highlight=False)
        rate = self.checked / max(self.clock() - self.started, 1e-9)
        self.progress.update(self.task, advance=1, description="checking", rate=rate)

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
                                help="Report formats, comma-separated: json, html, markdown, terminal, sarif."),
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
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
    verbose: bool = typer.Option(False, "--verbose", "-v", help=VERBOSE_HELP),
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

    progress = RichProgress(Console(stderr=True), quiet=quiet, verbose=verbose)
    try:
        summary = run_corpus(inputs, out, formats=formats, workers=workers, max_bytes=max_bytes, progress=progress,
                             db=db, timeout=timeout, rules=rule_overrides(select, ignore, preview),
                             engine=engine.value, scheduler=scheduler)
    except KeyboardInterrupt:
        progress.stop()
        Console(stderr=True).print(
            f"[yellow]interrupted[/] after {progress.done} of {progress.total} articles; finished reports are kept "
            f"in {escape(str(out))}. Run the same command again to resume: finished articles are skipped.",
            highlight=False, soft_wrap=True)
        raise
    finally:
        progress.stop()
    print_summary(Console(highlight=False), summary)
    code = batch_exit_code(summary, fail_on.value)
    if code != ExitCode.OK:
        raise typer.Exit(code=int(code))


def print_summary(console: Console, summary, limit: int = 20) -> None:
    """The batch summary as tables: totals, flags by rule, the flagged articles (the worst `limit`) with their
    reports, failures with their reasons."""
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
    _flagged_articles(console, summary, limit)
    if summary.failures:
        table = Table(title="Failures", title_justify="left", pad_edge=False)
        table.add_column("article", overflow="fold")
        table.add_column("reason", overflow="fold")
        for failure in summary.failures:
            table.add_row(Text(printable(str(failure.get("id")))), Text(printable(str(failure.get("error")))))
        console.print(table)
    console.print(Text(f"reports, summary.json and index.html in {summary.out_dir}", style="dim"))


def _flagged_articles(console: Console, summary, limit: int) -> None:
    """The articles with open flags, worst first, each with its report's path."""
    from claimcheck.document import SEVERITY_RANK
    from claimcheck.report.index import report_link

    flagged = [r for r in summary.reports if r.get("flags")]
    if not flagged:
        return
    flagged.sort(key=lambda r: (-max(SEVERITY_RANK.get(s, -1) for s in r.get("flags_by_severity") or {"": 0}),
                                -r["flags"], str(r.get("id"))))
    table = Table(title=f"Flagged articles ({len(flagged)})", title_justify="left", pad_edge=False)
    table.add_column("article", overflow="fold")
    table.add_column("flags", overflow="fold")
    table.add_column("report", overflow="fold")
    for report in flagged[:limit]:
        counts = ", ".join(f"{n} {severity}" for severity, n in sorted(
            (report.get("flags_by_severity") or {}).items(), key=lambda kv: -SEVERITY_RANK.get(kv[0], -1)))
        link = report_link(report.get("files"))
        table.add_row(Text(printable(str(report.get("id")))), counts,
                      Text(printable(str(Path(summary.out_dir) / link)) if link else "–"))
    console.print(table)
    if len(flagged) > limit:
        console.print(Text(f"… and {len(flagged) - limit} more: see {Path(summary.out_dir) / 'index.html'}",
                           style="dim"))
