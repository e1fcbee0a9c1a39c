"""Articles from standard input and from URLs, fetched from a local http.server on 127.0.0.1."""

from __future__ import annotations

import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest.sources import fetch_url, is_url, read_input, read_stream

PAGE = """<!DOCTYPE html><html><head><title>Bridge repairs to start in May</title>
<meta name="author" content="Kim Lee"></head><body><nav>Home | News | Sport</nav>
<article><h1>Bridge repairs to start in May</h1>
<p>The county will close the old river bridge for six weeks from May 4 while crews replace its deck, the roads
department said on Tuesday.</p>
<p>The work will cost 3.2 million dollars, paid from the state's repair fund, and traffic will be sent over the
north crossing.</p>
<p>"We know it is a long detour, but the deck is forty years old," said the department's director, Ray Ortiz.</p>
</article><footer>Contact us</footer></body></html>"""
TEXT = "Council backs new library\n\nThe council voted 7 to 2 on Monday to build a library in the old market hall.\n"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        return

    def do_GET(self) -> None:  # noqa: N802
        routes = {
            "/news/bridge.html": ("text/html; charset=utf-8", PAGE.encode("utf-8")),
            "/plain": ("text/plain; charset=utf-8", TEXT.encode("utf-8")),
            "/latin": ("text/plain; charset=iso-8859-1", "Caf\xe9 owners met on Monday.\n".encode("latin-1")),
            "/logo.png": ("image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
            "/empty": ("text/plain", b"   \n"),
        }
        if self.path == "/slow":  # the client gives up first
            time.sleep(2)
            return
        if self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(10_000_000))
            self.end_headers()
            return
        if self.path == "/endless":  # no Content-Length: only the bytes read tell the size
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"word " * 4000)
            return
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        content_type, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_html_page_is_fetched_and_its_article_extracted(site):
    doc = read_input(f"{site}/news/bridge.html")
    assert doc.meta.format == "html" and doc.meta.source == f"{site}/news/bridge.html" and doc.meta.id == "bridge"
    assert "3.2 million dollars" in doc.text and "Contact us" not in doc.text and "Home | News" not in doc.text
    assert doc.meta.title == "Bridge repairs to start in May"


def test_a_text_page_and_a_declared_charset(site):
    assert read_input(f"{site}/plain").text == TEXT
    assert read_input(f"{site}/latin").text.startswith("Café owners")


@pytest.mark.parametrize("path, timeout, message", [
    ("/missing", 5, "the server answered 404"),
    ("/slow", 0.5, "no answer within 0.5 seconds"),
    ("/big", 5, "10,000,000 bytes is over the 5,000-byte limit"),
    ("/endless", 5, "over the 5,000-byte limit"),
    ("/logo.png", 5, "the server sent image/png, not a text or HTML page"),
    ("/empty", 5, "the page is empty"),
])
def test_a_fetch_that_fails_says_why_in_one_line(site, path, timeout, message):
    with pytest.raises(InputError) as raised:
        fetch_url(site + path, max_bytes=5_000, timeout=timeout)
    assert message in str(raised.value) and str(raised.value).startswith(site + path)
    assert "\n" not in str(raised.value)


def test_a_closed_port_is_a_clear_error():
    with pytest.raises(InputError, match="cannot fetch .*refused"):
        fetch_url("http://127.0.0.1:9/article", timeout=2)


def test_standard_input_is_read_to_its_limit():
    doc = read_stream(io.BytesIO(TEXT.encode("utf-8")))
    assert doc.text == TEXT and doc.meta.id == "stdin" and doc.meta.source is None
    with pytest.raises(InputError, match="standard input is over the 10-byte limit"):
        read_stream(io.BytesIO(TEXT.encode("utf-8")), max_bytes=10)
    with pytest.raises(InputError, match="the file is empty"):
        read_stream(io.BytesIO(b""))


def test_only_http_and_https_are_urls(tmp_path):
    assert is_url("https://example.org/a") and is_url("HTTP://x/y")
    assert not is_url("ftp://x/y") and not is_url("news/a.txt") and not is_url(str(tmp_path / "a.txt"))
