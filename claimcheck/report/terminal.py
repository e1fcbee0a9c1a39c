"""The terminal report (rich): summary, flags with evidence, quotes by speaker, claims table."""

from __future__ import annotations

import os
from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.document import Document

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render_terminal(doc: Document, *, color: bool = True, width: int = 80) -> str:
    """Render for a person at a terminal; plain text when `color` is off or NO_COLOR is set."""
    console = Console(record=True, width=width, force_terminal=color and not os.environ.get("NO_COLOR"),
                      no_color=not color or bool(os.environ.get("NO_COLOR")), file=open(os.devnull, "w"))
    flags = doc.open_flags()
    by_severity = Counter(f.severity for f in flags)
    title = doc.meta.title or doc.meta.id
    console.print(Text(title, style="bold"))
    summary = (f"{len(doc.quotes or [])} quotes, {len(doc.claims or [])} claims, {len(flags)} flags"
               + (" (" + ", ".join(f"{n} {s}" for s, n in sorted(by_severity.items())) + ")" if flags else ""))
    console.print(summary)
    for warning in doc.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    if flags:
        console.rule("Flags")
        for flag in flags:
            head = Text()
            head.append(f"{flag.id} ", style=SEVERITY_STYLE.get(flag.severity, ""))
            head.append(f"{flag.rule} ", style="bold")
            head.append(f"[{flag.severity}, {flag.confidence:.2f}] ")
            head.append(flag.message)
            console.print(head)
            for ev in flag.evidence:
                line, col = doc.line_col(ev.start)
                console.print(Text(f"    {line}:{col}  ", style="dim") + Text(_clip(ev.text)))
    if doc.quotes:
        console.rule("Quotes by speaker")
        speakers: dict[str, list] = {}
        for quote in doc.quotes:
            speakers.setdefault(quote.speaker or "(no attributable speaker)", []).append(quote)
        for speaker, quotes in speakers.items():
            role = next((q.speaker_role for q in quotes if q.speaker_role), None)
            via = sorted({q.via for q in quotes if q.via})
            label = Text(speaker, style="bold")
            if role:
                label.append(f", {role}")
            if via:
                label.append(f" (via {', '.join(via)})", style="dim")
            console.print(label)
            for q in quotes:
                line, col = doc.line_col(q.start)
                console.print(Text(f"  {line}:{col} {q.kind[:3]} ", style="dim") + Text(_clip(q.text, 64)))
    if doc.claims:
        console.rule("Claims")
        table = Table(show_header=True, header_style="bold", expand=False, pad_edge=False)
        for col in ("where", "claim", "value", "about", "by"):
            table.add_column(col, overflow="fold")
        for c in doc.claims:
            line, col = doc.line_col(c.start)
            value = f"{c.value:g}" if isinstance(c.value, (int, float)) else (c.date or "")
            table.add_row(f"{line}:{col}", c.text, f"{value} {c.unit or ''}".strip(), c.subject or "",
                          c.asserted_by or "")
        console.print(table)
    return console.export_text(styles=color and not os.environ.get("NO_COLOR"))


def _clip(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
