"""The HTML report in a real headless browser (Debian's chromium, installed by `make browser`).

The browser's own DOM, after its parser and the page's script ran, is checked: highlights hold exactly the
text their offsets say, an article's `<script>` stays text, the page's own script ran under its CSP, and a
screenshot is produced.
"""

from __future__ import annotations

import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from claimcheck.ingest import from_text
from claimcheck.report.html import render_html

from test_report import PORT_ARTICLE, annotated_port, parse_html

CHROMIUM = Path("/usr/bin/chromium")
WINDOW = (1280, 900)


def _browse(page: Path, tmp_path: Path) -> tuple[str, Path]:
    """The DOM chromium builds from `page`, and a screenshot of it."""
    assert CHROMIUM.exists(), "chromium is missing: `make browser` installs Debian's chromium"
    shot = tmp_path / "report.png"
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
               f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={WINDOW[0]},{WINDOW[1]}",
               "--dump-dom", f"--screenshot={shot}", page.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, shot


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the image data (1 for a blank page)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    chunks, offset = [], 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if kind == b"IDAT":
            chunks.append(data[offset + 8:offset + 8 + length])
        offset += 12 + length
    return width, height, len(set(zlib.decompress(b"".join(chunks))))


def _check_page(doc, dom: str) -> None:
    page = parse_html(dom)
    assert "".join(page.article) == doc.text  # the article renders whole, markup and all, as text
    assert page.segments
    for seg in page.segments:
        assert seg["text"] == doc.text[int(seg["data-start"]):int(seg["data-end"])]
    assert page.tags.count("script") == 1  # the page's own; the article's <script> stayed text
    assert not re.search(r"<body[^>]*data-pwned", dom) and "b" not in page.tags  # nothing injected ran
    assert 'id="toggles" hidden' not in dom  # the page's own script ran under its CSP
    for href in page.hrefs:
        assert href.startswith("#") and href[1:] in page.ids


def test_hand_made_report_renders_in_chromium(tmp_path):
    doc = annotated_port()
    page = tmp_path / "report.html"
    page.write_text(render_html(doc), encoding="utf-8")
    dom, shot = _browse(page, tmp_path)
    _check_page(doc, dom)
    flagged = [s for s in parse_html(dom).segments if "ev" in s["class"].split()]
    assert {s["text"] for s in flagged} >= {"$5.4 billion", "$5.5 billion"}
    width, height, colours = _png_size_and_colours(shot)
    assert (width, height) == WINDOW and colours > 16


def test_pipeline_report_of_an_article_with_markup_renders_in_chromium(tmp_path, pipeline):
    doc = pipeline(from_text(PORT_ARTICLE, id="port"))
    page = tmp_path / "report.html"
    page.write_text(render_html(doc), encoding="utf-8")
    dom, shot = _browse(page, tmp_path)
    _check_page(doc, dom)
    assert "<script>document.body.setAttribute" in "".join(parse_html(dom).article)
    assert shot.stat().st_size > 0
