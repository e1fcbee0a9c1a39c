"""The HTML report: one self-contained page with the article and its quotes, claims and flags highlighted inline.

Quotes, claims, flag evidence and non-body lines may overlap, so the article is cut at every span boundary
into non-overlapping segments; each highlighted segment is one `<span>` whose classes name every layer that
covers it and whose `data-start`/`data-end` give its offsets into `Document.text`. A side panel lists the flags,
most severe first, each linking to anchors at its evidence.

The page fetches nothing: its CSS and script are inline, and a Content-Security-Policy allows no network
request and no script but its own (by hash). All article text goes through `html.escape`, so an article
holding `<script>` or markup shows it as text.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from html import escape

from claimcheck import __version__
from claimcheck.checks.registry import RULES
from claimcheck.document import SEVERITY_RANK, Document
from claimcheck.rule_docs import what_to_check
from claimcheck.report.common import (
    NO_SPEAKER,
    claim_value,
    one_line,
    quote_kind,
    quotes_by_speaker,
    sorted_flags,
    speaker_label,
    summarise,
)

_CSS = """
:root { --error: #c62828; --warning: #e08a00; --info: #1565c0; --ink: #1d1d1f; --muted: #666; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
header { padding: 14px 24px; border-bottom: 1px solid #ddd; background: #fafafa; }
header h1 { margin: 0 0 4px; font-size: 20px; }
header .meta, header .summary { color: var(--muted); font-size: 13px; }
header .summary strong { color: var(--ink); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 24px; padding: 16px 24px; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif;
           font-size: 16px; line-height: 1.7; max-width: 46em; }
aside { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; font-size: 13px; }
aside h2, section h2 { font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
                       margin: 16px 0 6px; }
.flags { list-style: none; padding: 0; margin: 0; }
.flag { border-left: 4px solid var(--info); padding: 6px 8px; margin-bottom: 8px; background: #f7f7f9; }
.flag.sev-warning { border-color: var(--warning); }
.flag.sev-error { border-color: var(--error); }
.flag .sev { font-weight: 700; text-transform: uppercase; font-size: 11px; }
.flag.sev-error .sev { color: var(--error); } .flag.sev-warning .sev { color: var(--warning); }
.flag.sev-info .sev { color: var(--info); }
.flag .conf { color: var(--muted); }
.flag ol { margin: 4px 0 0; padding-left: 18px; }
.flag a { color: inherit; }
.speakers { list-style: none; padding: 0; margin: 0; }
.speakers li { margin: 2px 0; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -1px;
          margin-right: 6px; border: 1px solid rgba(0,0,0,.15); }
.q { border-radius: 2px; }
.spk-none { background: #e6e6e6; }
.c { font-weight: 600; border-bottom: 2px dotted #555; }
.ev { text-decoration: underline wavy var(--info); text-decoration-skip-ink: none; text-underline-offset: 3px; }
.ev.sev-warning { text-decoration-color: var(--warning); background-color: rgba(224, 138, 0, .12); }
.ev.sev-error { text-decoration-color: var(--error); background-color: rgba(198, 40, 40, .12); }
.nb { color: var(--muted); font-style: italic; }
.anchor:target + span, .anchor:target + .anchor + span { outline: 3px solid var(--ink); outline-offset: 2px; }
body.hide-q .q { background: none !important; }
body.hide-c .c { font-weight: inherit; border-bottom: none; }
body.hide-ev .ev { text-decoration: none; background-color: transparent; }
.toggles { font-size: 13px; color: var(--muted); margin-top: 6px; }
.toggles label { margin-right: 12px; }
table.claims { border-collapse: collapse; font-size: 13px; width: 100%; }
table.claims th, table.claims td { text-align: left; padding: 3px 8px 3px 0; border-bottom: 1px solid #eee;
                                   vertical-align: top; }
footer { padding: 12px 24px; color: var(--muted); font-size: 12px; }
.note { color: #8a5a00; font-size: 13px; margin: 0 0 8px; }
.flag .check { color: var(--muted); margin-top: 2px; }
.rule { font-size: 14px; border-top: 1px solid #eee; padding: 4px 0; }
.rule h3 { font-size: 14px; margin: 6px 0 2px; }
.rule p { margin: 2px 0; }
.rule:target { background: #fff8e1; }
"""

_SCRIPT = """
(function () {
  var toggles = document.getElementById("toggles");
  toggles.hidden = false;
  toggles.addEventListener("change", function (event) {
    document.body.classList.toggle("hide-" + event.target.value, !event.target.checked);
  });
})();
"""


@dataclass
class _Layer:
    """One highlighted span of the article: its classes, its tooltip, and the anchors to put at its start."""

    start: int
    end: int
    classes: tuple[str, ...]
    tip: str
    anchors: list[str] = field(default_factory=list)


def render_html(doc: Document) -> str:
    """The report as one self-contained HTML page."""
    speakers = quotes_by_speaker(doc)
    speaker_class = {name: ("spk-none" if name == NO_SPEAKER else f"spk-{i}") for i, name in enumerate(speakers)}
    flags = sorted_flags(doc)
    layers = _layers(doc, speaker_class, flags)
    summary = summarise(doc)
    title = one_line(doc.meta.title or doc.meta.id)
    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'; img-src data:"
    meta = " · ".join(escape(one_line(x)) for x in (doc.meta.source, doc.meta.date, doc.meta.byline) if x)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)} · claimcheck</title>",
        f"<style>{_CSS}{_speaker_css(speaker_class)}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        f'<div class="meta">{meta}</div>' if meta else "",
        f'<div class="summary"><strong>{escape(summary.line())}</strong></div>',
        '<div class="toggles" id="toggles" hidden>highlight: '
        '<label><input type="checkbox" value="q" checked> quotes</label>'
        '<label><input type="checkbox" value="c" checked> claims</label>'
        '<label><input type="checkbox" value="ev" checked> flagged evidence</label></div>',
        "</header>",
        '<div class="layout">',
        "<main>",
        "".join(f'<p class="note">note: {escape(w)}</p>' for w in doc.warnings),
        f'<div class="article" id="article">{_article(doc.text, layers)}</div>',
        _claims_table(doc),
        _rules_section(flags),
        "</main>",
        "<aside>",
        _flags_panel(doc, flags),
        _speakers_panel(doc, speakers, speaker_class),
        "</aside>",
        "</div>",
        f"<footer>claimcheck {escape(__version__)} · offsets are character positions in the article text</footer>",
        f"<script>{_SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _layers(doc: Document, speaker_class: dict[str, str], flags: list) -> list[_Layer]:
    layers: list[_Layer] = []
    for span in doc.non_body:
        layers.append(_Layer(span.start, span.end, ("nb",), span.label))
    for quote in doc.quotes or []:
        name = quote.speaker or NO_SPEAKER
        tip = f"{quote_kind(quote)} quote: {name}" + (f" via {quote.via}" if quote.via else "")
        layers.append(_Layer(quote.start, quote.end, ("q", speaker_class[name]), tip))
    for claim in doc.claims or []:
        value = claim_value(claim)
        tip = f"{claim.kind} claim" + (f": {value}" if value else "")
        tip += f" · {claim.subject}" if claim.subject else ""
        layers.append(_Layer(claim.start, claim.end, ("c",), tip))
    for number, flag in enumerate(flags, start=1):
        for j, evidence in enumerate(flag.evidence, start=1):
            layers.append(_Layer(evidence.start, evidence.end, ("ev", f"sev-{flag.severity}"),
                                 f"{flag.id} {flag.rule} ({flag.severity})", [f"flag-{number}-ev-{j}"]))
    return [layer for layer in layers if 0 <= layer.start <= layer.end <= len(doc.text)]


def _article(text: str, layers: list[_Layer]) -> str:
    """The article as escaped HTML, cut into non-overlapping segments at every layer boundary."""
    bounds = sorted({0, len(text), *(l.start for l in layers), *(l.end for l in layers)})
    starting: dict[int, list[_Layer]] = {}
    ending: dict[int, list[_Layer]] = {}
    for layer in layers:
        starting.setdefault(layer.start, []).append(layer)
        ending.setdefault(layer.end, []).append(layer)
    active: dict[int, _Layer] = {}
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        for layer in ending.get(a, []):
            active.pop(id(layer), None)
        for layer in starting.get(a, []):
            out.extend(f'<a class="anchor" id="{escape(anchor)}"></a>' for anchor in layer.anchors)
            if layer.end > layer.start:
                active[id(layer)] = layer
        segment = escape(text[a:b])
        if not active:
            out.append(segment)
            continue
        covering = list(active.values())
        classes = _classes(covering)
        tips = "\n".join(dict.fromkeys(layer.tip for layer in covering if layer.tip))
        out.append(f'<span class="{" ".join(classes)}" data-start="{a}" data-end="{b}" '
                   f'title="{escape(tips)}">{segment}</span>')
    return "".join(out)


def _classes(covering: list[_Layer]) -> list[str]:
    """The classes of a segment; where flags of several severities meet, the most severe colours it."""
    classes = list(dict.fromkeys(c for layer in covering for c in layer.classes if not c.startswith("sev-")))
    severities = [c[4:] for layer in covering for c in layer.classes if c.startswith("sev-")]
    if severities:
        classes.append("sev-" + max(severities, key=lambda s: SEVERITY_RANK.get(s, -1)))
    return classes


def _flags_panel(doc: Document, flags: list) -> str:
    if doc.flags is None:
        return "<h2>Flags</h2><p>The checks did not run.</p>"
    if not flags:
        return "<h2>Flags</h2><p>No open flags.</p>"
    items = []
    for number, flag in enumerate(flags, start=1):
        evidence = []
        for j, ev in enumerate(flag.evidence, start=1):
            line, col = doc.line_col(ev.start)
            evidence.append(f'<li><a href="#flag-{number}-ev-{j}">{line}:{col}</a> '
                            f"“{escape(one_line(ev.text, 160))}”</li>")
        status = f" · {escape(flag.status)}" if flag.status != "open" else ""
        items.append(
            f'<li class="flag sev-{escape(flag.severity)}" id="flag-{number}">'
            f'<span class="sev">{escape(flag.severity)}</span> <strong>{escape(flag.id)}</strong> '
            f'{escape(flag.rule)} <span class="conf">confidence {flag.confidence:.2f}{status}</span>'
            f"<div>{escape(flag.message)}</div>"
            f'<div class="check"><strong>Check:</strong> {escape(what_to_check(flag.id))} '
            f'<a href="#rule-{escape(flag.id)}">about {escape(flag.id)}</a></div>'
            f"<ol>{''.join(evidence)}</ol></li>"
        )
    return f'<h2>Flags ({len(flags)})</h2><ol class="flags">{"".join(items)}</ol>'


def _rules_section(flags: list) -> str:
    """What each rule behind a flag checks, why, and an example: where the flags' "about" links lead."""
    codes = sorted({flag.id for flag in flags if flag.id in RULES})
    if not codes:
        return ""
    items = []
    for code in codes:
        rule = RULES[code]
        items.append(
            f'<article class="rule" id="rule-{escape(code)}"><h3>{escape(code)} {escape(rule.name)} '
            f'<span class="conf">{escape(rule.status)}, default {escape(rule.severity)}</span></h3>'
            f"<p>{escape(rule.summary)}</p><p><strong>Why it matters:</strong> {escape(rule.why)}</p>"
            f"<p><strong>Check:</strong> {escape(what_to_check(code))}</p>"
            f"<p><strong>Example:</strong> {escape(rule.example)}</p>"
            f"<p class=\"conf\">More: <code>claimcheck rule {escape(code)}</code>; turn it off with "
            f"<code>--ignore {escape(code)}</code>.</p></article>")
    return f'<section id="rules"><h2>Rules behind these flags</h2>{"".join(items)}</section>'


def _speakers_panel(doc: Document, speakers: dict, speaker_class: dict[str, str]) -> str:
    if not doc.quotes:
        return ""
    items = [f'<li><span class="swatch q {speaker_class[name]}"></span>{escape(speaker_label(quotes))} '
             f'<span class="conf">× {len(quotes)}</span></li>' for name, quotes in speakers.items()]
    return f'<h2>Speakers ({len(speakers)})</h2><ul class="speakers">{"".join(items)}</ul>'


def _claims_table(doc: Document) -> str:
    if not doc.claims:
        return ""
    rows = []
    for claim in sorted(doc.claims, key=lambda c: c.start):
        line, col = doc.line_col(claim.start)
        cells = [f"{line}:{col}", claim.text, claim_value(claim), claim.subject or "", claim.asserted_by or ""]
        rows.append("<tr>" + "".join(f"<td>{escape(one_line(c))}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("where", "claim", "value", "about", "asserted by"))
    return (f'<section><h2>Claims ({len(doc.claims)})</h2><table class="claims"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></section>")


def _speaker_css(speaker_class: dict[str, str]) -> str:
    """One pastel background per speaker, hues spread by the golden angle so neighbours differ."""
    rules = []
    for i, cls in enumerate(speaker_class.values()):
        if cls != "spk-none":
            rules.append(f".{cls} {{ background-color: hsl({(i * 137.5 + 40) % 360:.0f} 75% 86%); }}")
    return "\n".join(rules)
