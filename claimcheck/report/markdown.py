"""The Markdown report: for pasting into an editor's ticket (GitHub, GitLab, Jira's Markdown, Slack).

Article text is escaped so that it shows as written: Markdown punctuation and HTML in an article never
become formatting or tags, and a `|` never breaks a table.
"""

from __future__ import annotations

import re

from claimcheck.document import Document
from claimcheck.report.common import (claim_value, one_line, quote_kind, quotes_by_speaker, sorted_flags, speaker_label,
                                      summarise)
from claimcheck.rule_docs import what_to_check

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~&$])")  # what formats text mid-line ($: GitHub math)
QUOTE_LIMIT = 300


def escape_markdown(text: str) -> str:
    """Text on one line with every Markdown-significant character backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def render_markdown(doc: Document) -> str:
    """The report as GitHub-flavoured Markdown."""
    out: list[str] = [f"# {escape_markdown(doc.meta.title or doc.meta.id)}", ""]
    where = [f"`{one_line(x).replace('`', '')}`" if x == doc.meta.source else escape_markdown(x)
             for x in (doc.meta.source, doc.meta.date, doc.meta.byline) if x]
    if where:
        out += [" · ".join(where), ""]
    out += [f"**{summarise(doc).line()}**", ""]
    for warning in doc.warnings:
        out.append(f"> note: {escape_markdown(warning)}")
    if doc.warnings:
        out.append("")

    flags = sorted_flags(doc)
    if flags:
        out += [f"## Flags ({len(flags)})", ""]
        for number, flag in enumerate(flags, start=1):
            status = f", {flag.status}" if flag.status != "open" else ""
            out.append(f"{number}. **{flag.severity.upper()} {flag.id}** {flag.rule} "
                       f"(confidence {flag.confidence:.2f}{status}): {escape_markdown(flag.message)}")
            out.append(f"   - check: {escape_markdown(what_to_check(flag.id))} (`claimcheck rule {flag.id}`)")
            for evidence in flag.evidence:
                line, col = doc.line_col(evidence.start)
                out.append(f"   - line {line}:{col}: “{escape_markdown(evidence.text)}”")
        out.append("")

    if doc.quotes:
        out += [f"## Quotes by speaker ({len(doc.quotes)})", ""]
        for quotes in quotes_by_speaker(doc).values():
            out += [f"### {escape_markdown(speaker_label(quotes))}", ""]
            for quote in quotes:
                line, col = doc.line_col(quote.start)
                text = escape_markdown(one_line(quote.text, QUOTE_LIMIT))
                out.append(f"- {line}:{col} {quote_kind(quote)}: “{text}”")
            out.append("")

    if doc.claims:
        out += [f"## Claims ({len(doc.claims)})", "", "| where | claim | value | about | asserted by |",
                "|---|---|---|---|---|"]
        for claim in sorted(doc.claims, key=lambda c: c.start):
            line, col = doc.line_col(claim.start)
            cells = [f"{line}:{col}", escape_markdown(claim.text), escape_markdown(claim_value(claim)),
                     escape_markdown(claim.subject or ""), escape_markdown(claim.asserted_by or "")]
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
