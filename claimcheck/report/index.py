"""The batch's `index.html`: every article of a corpus run with its counts and flags, sortable by any column,
each linking its report; failed articles listed with their reasons.

Like the HTML report it fetches nothing: CSS and script are inline and a Content-Security-Policy allows only
its own script (by hash). Every id, path and message is escaped.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from typing import Any
from urllib.parse import quote

from claimcheck import __version__
from claimcheck.document import SEVERITY_RANK

LINK_ORDER = ("html", "markdown", "terminal", "json", "sarif")  # the report an article's row links first

_CSS = """
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; }
header { padding: 14px 24px; border-bottom: 1px solid #ddd; background: #fafafa; }
header h1 { margin: 0 0 4px; font-size: 20px; }
header p { margin: 0; color: #666; }
main { padding: 12px 24px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 10px 4px 0; border-bottom: 1px solid #eee; vertical-align: top; }
th { cursor: pointer; user-select: none; white-space: nowrap; }
th[aria-sort=ascending]::after { content: " \\25B2"; } th[aria-sort=descending]::after { content: " \\25BC"; }
td.num, th.num { text-align: right; }
.error { color: #c62828; font-weight: 600; } .warning { color: #b26a00; font-weight: 600; } .info { color: #1565c0; }
.muted { color: #666; }
h2 { font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: #666; margin: 20px 0 6px; }
"""

_SCRIPT = """
(function () {
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      th.tabIndex = 0;
      function sort() {
        var descending = th.getAttribute("aria-sort") !== "descending";
        Array.prototype.forEach.call(heads, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var numeric = th.classList.contains("num");
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return descending ? -order : order;
        });
        rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) { if (event.key === "Enter") sort(); });
    });
  });
})();
"""


def render_index(summary: dict[str, Any]) -> str:
    """The index page of a batch from its summary (`BatchSummary.to_dict()`)."""
    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'"
    reports = sorted(summary.get("reports", []), key=_worst_first)
    failures = summary.get("failures", [])
    flagged = sum(1 for r in reports if r.get("flags"))
    line = (f"{summary.get('articles', 0)} articles, {flagged} with open flags, {summary.get('flags', 0)} open flags, "
            f"{summary.get('failed', 0)} failed")
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>claimcheck batch</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        f"<header><h1>claimcheck batch</h1><p>{escape(line)}</p></header>", "<main>",
        _articles_table(reports), _failures_table(failures), "</main>",
        f'<footer class="muted" style="padding: 12px 24px">claimcheck {escape(__version__)} · click a column to sort'
        "</footer>",
        f"<script>{_SCRIPT}</script>", "</body>", "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def report_link(files: dict[str, str] | None) -> str | None:
    """The report file an article's row links: HTML when written, else the most readable other one."""
    files = files or {}
    return next((files[fmt] for fmt in LINK_ORDER if fmt in files), None)


def _worst_first(report: dict[str, Any]) -> tuple:
    by_severity = report.get("flags_by_severity") or {}
    worst = max((SEVERITY_RANK.get(s, -1) for s in by_severity), default=-1)
    return (-worst, -(report.get("flags") or 0), str(report.get("id")))


def _articles_table(reports: list[dict[str, Any]]) -> str:
    if not reports:
        return "<p>No article was checked.</p>"
    heads = ('<th>article</th><th class="num">flags</th><th class="num">errors</th><th class="num">warnings</th>'
             '<th class="num">info</th><th>rules</th><th class="num">quotes</th><th class="num">claims</th>')
    rows = []
    for report in reports:
        link = report_link(report.get("files"))
        name = escape(str(report.get("id")))
        article = f'<a href="{escape(quote(link))}">{name}</a>' if link else name
        source = f'<div class="muted">{escape(str(report["source"]))}</div>' if report.get("source") else ""
        severity = report.get("flags_by_severity") or {}
        by_rule = sorted((report.get("flags_by_rule") or {}).items())
        rules = ", ".join(f"{code} ×{n}" if n > 1 else code for code, n in by_rule)
        cells = [
            f'<td data-value="{name}">{article}{source}</td>',
            _number(report.get("flags") or 0),
            _number(severity.get("error", 0), "error"), _number(severity.get("warning", 0), "warning"),
            _number(severity.get("info", 0), "info"),
            f'<td data-value="{escape(rules)}">{escape(rules)}</td>',
            _number(report.get("quotes") or 0), _number(report.get("claims") or 0),
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<h2>Articles ({len(reports)})</h2><table class="sortable" id="articles"><thead><tr>{heads}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _number(value: int, css: str = "") -> str:
    style = f' class="num {css}"' if value and css else ' class="num"'
    return f'<td{style} data-value="{int(value)}">{int(value) if value else "–"}</td>'


def _failures_table(failures: list[dict[str, Any]]) -> str:
    if not failures:
        return ""
    rows = "".join(f"<tr><td>{escape(str(f.get('id')))}</td><td>{escape(str(f.get('error')))}</td></tr>"
                   for f in failures)
    return (f'<h2>Failed ({len(failures)})</h2><table id="failures"><thead><tr><th>article</th><th>reason</th></tr>'
            f"</thead><tbody>{rows}</tbody></table>")
