"""Article text never drives the terminal: escape sequences, C1 controls and bidi overrides are shown, not run."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from claimcheck.document import Evidence, Flag
from claimcheck.ingest import from_text
from claimcheck.report.common import printable
from claimcheck.report.terminal import render_terminal
from claimcheck.review.terminal import flag_panel, render_dismissed

PAYLOADS = {
    "clear screen": "\x1b[2J\x1b[H",
    "window title": "\x1b]0;pwned\x07",
    "clipboard write": "\x1b]52;c;ZXZpbA==\x07",
    "C1 CSI colour": "\x9b31m",
    "carriage return overwrite": "\rOK ",
    "hidden text": "\x1b[8mhidden\x1b[28m",
    "bidi override": "\u202egnp.exe",
}
ARTICLE = """Harbour plan{payload} approved

The council approved a $12 million{payload} plan on Tuesday, its chair said.

"We are ready{payload} now," said chair Aino Virtanen.

Later the plan was said to cost $52 million.
"""
SGR = re.compile(r"\x1b\[[0-9;]*m")


def assert_inert(output: str, payload: str) -> None:
    """Nothing of the payload reaches the output as a control character; only our own colour codes remain."""
    left = SGR.sub("", output)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", left), repr(left[:200])


@pytest.mark.parametrize("name", PAYLOADS)
@pytest.mark.parametrize("color", [False, True])
def test_the_terminal_report_neutralises_control_characters(pipeline, name, color):
    doc = pipeline(from_text(ARTICLE.format(payload=PAYLOADS[name]), id=f"x{PAYLOADS[name]}", source="in\x1b[2J.txt"))
    doc.warnings.append(f"a warning {PAYLOADS[name]}")
    doc.flags = (doc.flags or []) + [_flag_on_payload(doc, PAYLOADS[name])]
    output = render_terminal(doc, color=color)
    assert "Harbour plan" in output and "Aino Virtanen" in output
    assert_inert(output, PAYLOADS[name])


def _flag_on_payload(doc, payload):
    start = doc.text.index("$12 million")
    end = start + len("$12 million") + len(payload)
    return Flag(id="CC101", rule=f"rule{payload}", severity="warning", confidence=0.5, message=f"said {payload}",
                evidence=[Evidence(start, end, doc.text[start:end])])


@pytest.mark.parametrize("name", PAYLOADS)
def test_the_terminal_review_neutralises_control_characters(name):
    doc = from_text(ARTICLE.format(payload=PAYLOADS[name]), id="x")
    flag = _flag_on_payload(doc, PAYLOADS[name])
    doc.flags = [flag]
    console = Console(file=io.StringIO(), force_terminal=True, width=100, color_system="standard")
    for line in flag_panel(doc, flag, 1, 1):
        console.print(line)
    assert_inert(console.file.getvalue(), PAYLOADS[name])
    flag.status = "dismissed"
    assert_inert(render_dismissed(doc, {}, color=True), PAYLOADS[name])


def test_printable_keeps_offsets_newlines_and_tabs():
    text = "a\x1b[2J\tb\nc\x9bd\u202ee\x00"
    shown = printable(text)
    assert len(shown) == len(text) and shown == "a␛[2J\tb\nc�d�e␀"


def test_cli_errors_and_batch_failures_neutralise_control_characters(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    claimcheck = Path(sys.executable).parent / "claimcheck"
    missing = subprocess.run([str(claimcheck), "report", str(tmp_path / "gone\x1b]0;pwned\x07.txt")],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "no such file" in missing.stderr
    assert_inert(missing.stderr, "")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "bad\x1b[2J\x1b]0;pwned\x07", "text": 5}) + "\n", encoding="utf-8")
    batch = subprocess.run([str(claimcheck), "batch", str(feed), "--out", str(tmp_path / "out")],
                           capture_output=True, text=True, timeout=300, env={"COLUMNS": "200", "PATH": ""})
    assert batch.returncode == 2 and "must be a string" in batch.stdout + batch.stderr
    assert_inert(batch.stdout + batch.stderr, "")
