"""The terminal report (rich): summary line, flags with their evidence, quotes by speaker, claims table.

Article text is only ever put into `rich.text.Text` objects, never parsed as markup, so brackets in an
article print as they are, and always through `printable`, so its control characters cannot drive the
terminal. The layout is made for 80 columns: long evidence and quotes wrap under their line:column label
instead of running off the edge.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimcheck.document import Document
from claimcheck.report.common import (claim_value, one_line, printable, quote_kind, quotes_by_speaker, sorted_flags,
                                      speaker_label, summarise)
from claimcheck.rule_docs import what_to_check

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "cyan"}
QUOTE_LIMIT = 240  # characters of a quote shown; the JSON and HTML reports keep the whole text


def render_terminal(doc: Document, *, color: bool = False, width: int = 80) -> str:
    """The report as text for a terminal `width` columns wide, with ANSI colours when `color` is set."""
    console = Console(file=io.StringIO(), record=True, width=width, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False, emoji=False)
    _header(console, doc)
    _flags(console, doc)
    _quotes(console, doc)
    _claims(console, doc)
    text = console.export_text(styles=color)
    return text if color else "\n".join(line.rstrip() for line in text.split("\n"))


def _header(console: Console, doc: Document) -> None:
    console.print(Text(printable(one_line(doc.meta.title or doc.meta.id)), style="bold"))
    where = [x for x in (doc.meta.source, doc.meta.date, doc.meta.byline) if x]
    if where:
        console.print(Text(printable(" · ".join(where)), style="dim"))
    summary = summarise(doc)
    line = Text(summary.line())
    for severity in summary.by_severity:
        line.highlight_words([severity], style=SEVERITY_STYLE.get(severity, ""))
    console.print(line)
    for warning in doc.warnings:
        console.print(Text(printable(f"note: {warning}"), style="yellow"))


def _flags(console: Console, doc: Document) -> None:
    flags = sorted_flags(doc)
    if not flags:
        return
    console.rule(Text(f"Flags ({len(flags)})", style="bold"), align="left")
    for number, flag in enumerate(flags, start=1):
        head = Text(f"{number}. ")
        head.append(flag.severity.upper(), style=SEVERITY_STYLE.get(flag.severity, ""))
        head.append(f" {flag.id} ", style="bold")
        head.append(printable(flag.rule))
        head.append(f"  confidence {flag.confidence:.2f}", style="dim")
        if flag.status != "open":
            head.append(f"  [{flag.status}]", style="dim")
        console.print(head)
        console.print(Padding(Text(printable(one_line(flag.message))), (0, 0, 0, 3)))
        advice = Text("check: ", style="bold")
        advice.append(what_to_check(flag.id) + " " if what_to_check(flag.id) else "")
        advice.append(f"(claimcheck rule {flag.id})", style="dim")
        console.print(Padding(advice, (0, 0, 0, 3)))
        rows = []
        for evidence in flag.evidence:
            line, col = doc.line_col(evidence.start)
            rows.append((f"{line}:{col}", Text(printable(f"“{one_line(evidence.text)}”"))))
        console.print(_indented(rows, indent=3))


def _quotes(console: Console, doc: Document) -> None:
    if not doc.quotes:
        return
    groups = quotes_by_speaker(doc)
    console.rule(Text(f"Quotes by speaker ({len(doc.quotes)})", style="bold"), align="left")
    for quotes in groups.values():
        console.print(Text(printable(speaker_label(quotes)), style="bold"))
        rows = []
        for quote in quotes:
            line, col = doc.line_col(quote.start)
            text = Text(f"{quote_kind(quote)}: ", style="dim")
            text.append(printable(f"“{one_line(quote.text, QUOTE_LIMIT)}”"))
            rows.append((f"{line}:{col}", text))
        console.print(_indented(rows, indent=2))


def _claims(console: Console, doc: Document) -> None:
    if not doc.claims:
        return
    console.rule(Text(f"Claims ({len(doc.claims)})", style="bold"), align="left")
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, padding=(0, 1))
    table.add_column("where", no_wrap=True, style="dim")
    table.add_column("claim", overflow="fold", ratio=2)
    table.add_column("value", overflow="fold", ratio=2, min_width=len("2021-01-01"))  # a date never splits
    table.add_column("about", overflow="fold", ratio=3)
    table.add_column("by", overflow="fold", ratio=2)
    for claim in sorted(doc.claims, key=lambda c: c.start):
        line, col = doc.line_col(claim.start)
        cells = (one_line(claim.text), claim_value(claim), one_line(claim.subject or ""),
                 one_line(claim.asserted_by or ""))
        table.add_row(f"{line}:{col}", *(Text(printable(cell)) for cell in cells))
    console.print(table)


def _indented(rows: list[tuple[str, Text]], indent: int) -> Table:
    """A borderless grid: a line:column label, then text that wraps under itself."""
    grid = Table.grid(padding=(0, 1, 0, 0), pad_edge=False)
    grid.add_column(width=indent - 1 if indent > 1 else 0)
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(overflow="fold")
    for label, text in rows:
        grid.add_row("", label, text)
    return grid
