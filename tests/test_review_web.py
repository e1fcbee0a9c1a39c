"""The web review, end to end in headless Chromium driven over the DevTools protocol, and its guards."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from claimcheck.document import Evidence, Flag
from claimcheck.ingest import from_text
from claimcheck.review.store import VerdictStore
from claimcheck.review.web import TOKEN_HEADER, ReviewServer

from conftest import ROOT
from test_review_cli import harbour_doc, save_report
from test_review_store import flag_on, gold_flagged, gold_with_flags

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class ProtocolError(AssertionError):
    """An error answer from Chromium over the DevTools protocol."""


# Answers Chromium gives while the page evaluated in is navigating: the condition waited for is simply not true yet.
DURING_NAVIGATION = ("navigated or closed", "Cannot find context", "Execution context was destroyed")


class Page:
    """One Chromium tab over the DevTools protocol: navigate, reload, evaluate JavaScript."""

    def __init__(self, websocket_url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(websocket_url, timeout=30, suppress_origin=True)
        self.next_id = 0

    def call(self, method: str, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise ProtocolError(f"{method}: {message['error']}")
                return message["result"]

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(expression)
            except ProtocolError as error:
                if not any(part in str(error) for part in DURING_NAVIGATION):
                    raise
                value = None
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"never true: {expression}")

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        self.wait_for(f"document.readyState === 'complete' && location.href === {json.dumps(url)}")

    def reload(self) -> None:
        self.evaluate("window.__before_reload = true")
        self.call("Page.reload", ignoreCache=True)
        self.wait_for("document.readyState === 'complete' && window.__before_reload === undefined")


@pytest.fixture(scope="module")
def browser_page():
    """Headless Chromium, started once for this module, and one tab in it."""
    assert os.path.exists(CHROMIUM), "Chromium is needed for the web review tests: apt-get install chromium"
    profile = tempfile.mkdtemp(prefix="claimcheck-chromium-")
    process = subprocess.Popen([CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--disable-dev-shm-usage", "--remote-debugging-port=0", f"--user-data-dir={profile}",
                                "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = Path(profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()) and time.monotonic() < deadline:
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page = Page(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
        page.call("Page.enable")
        yield page
        page.ws.close()
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(profile, ignore_errors=True)


CARDS = "[...document.querySelectorAll('.flag')].map(c => c.dataset.fingerprint)"
MARKED = "[...document.querySelectorAll('mark.ev')].map(m => m.textContent)"


def test_dismiss_in_the_browser_then_reload_and_the_flag_is_gone(tmp_path, browser_page):
    stems = [s for s in gold_with_flags() if len(gold_flagged(s).flags) >= 2] or gold_with_flags()
    doc = gold_flagged(stems[0])
    if len(doc.flags) < 2:  # a second flag written by the test on the same article's first sentence
        first = doc.text[doc.paragraphs[0].start if doc.paragraphs else 0:].split(".")[0].split()[-1]
        doc.flags.append(flag_on(doc, "CC301", [first]))
    report, db = save_report(doc, tmp_path / "article.json"), tmp_path / "v.sqlite3"
    server = subprocess.Popen([sys.executable, "-m", "claimcheck", "review", str(report), "--serve", "--port", "0",
                               "--db", str(db), "--user", "carla"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT)
    try:
        line = server.stdout.readline()
        assert "http://127.0.0.1:" in line, line + server.stderr.read()
        url = line.split(" at ", 1)[1].split()[0]
        page = browser_page
        page.open(url)
        fingerprints = [f.fingerprint for f in doc.flags]
        assert page.evaluate(CARDS) == fingerprints
        marked = "".join(page.evaluate(MARKED))
        assert all(e.text in marked for f in doc.flags for e in f.evidence)
        gone, kept = doc.flags[0], doc.flags[1]
        page.evaluate(f"document.querySelector('#flag-{gone.fingerprint} input').value = 'a known house style'")
        page.evaluate(f"document.querySelector('#flag-{gone.fingerprint} button[data-verdict=dismissed]').click()")
        page.wait_for(f"!document.querySelector('#flag-{gone.fingerprint}')")
        assert "1 dismissed" in page.evaluate("document.getElementById('counts').textContent")
        page.reload()
        assert page.evaluate(CARDS) == fingerprints[1:]
        still_marked = page.evaluate(f"[...document.querySelectorAll('mark.ev')].filter("
                                     f"m => m.dataset.flags.includes('{gone.fingerprint}')).length")
        assert still_marked == 0
        page.evaluate(f"document.querySelector('#flag-{kept.fingerprint} button[data-verdict=confirmed]').click()")
        page.wait_for(f"!!document.querySelector('#flag-{kept.fingerprint} .badge')")
        page.reload()
        assert page.evaluate(f"document.querySelector('#flag-{kept.fingerprint} .badge').textContent") == "confirmed"
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=30)
    assert server.returncode == 0, err
    assert "verdicts saved in" in out
    with VerdictStore(db) as store:
        saved = {v.fingerprint: v for v in store.all()}
    assert (saved[gone.fingerprint].verdict, saved[gone.fingerprint].reason) == ("dismissed", "a known house style")
    assert saved[gone.fingerprint].user == "carla" and saved[kept.fingerprint].verdict == "confirmed"


def test_article_markup_is_shown_as_text_and_never_runs(tmp_path, browser_page):
    text = ("Council vote on <b>budget</b> ends in a tie\n\n"
            "The council debated a $3 million budget <script>window.pwned = 1</script> on Monday night.\n\n"
            "<img src=x onerror=\"window.pwned = 2\"> The clerk later put the figure at $4 million.\n")
    doc = from_text(text, id="markup", source="markup.txt")
    doc.flags = [flag_on(doc, "CC101", ["$3 million budget <script>window.pwned = 1</script>",
                                        "<img src=x onerror=\"window.pwned = 2\">"])]
    with VerdictStore(tmp_path / "v.sqlite3") as store, ReviewServer(doc, store, user="dan") as server:
        browser_page.open(server.url)
        assert browser_page.evaluate("typeof window.pwned") == "undefined"
        assert browser_page.evaluate("document.querySelectorAll('#article script, #article img, #article b').length") == 0
        assert browser_page.evaluate("document.getElementById('article').textContent") == doc.text
        assert browser_page.evaluate(MARKED) == [e.text for e in doc.flags[0].evidence]


@pytest.fixture
def served(tmp_path):
    doc = harbour_doc()
    with VerdictStore(tmp_path / "v.sqlite3") as store, ReviewServer(doc, store, user="eve") as server:
        yield doc, store, server


def post(server: ReviewServer, body: bytes, headers: dict[str, str]) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("POST", "/api/verdict", body=body, headers=headers)
    response = connection.getresponse()
    answer = (response.status, json.loads(response.read()))
    connection.close()
    return answer


def test_verdict_posts_need_the_token_json_and_the_local_host(served):
    doc, store, server = served
    assert server.httpd.server_address[0] == "127.0.0.1"
    good = {"Content-Type": "application/json", TOKEN_HEADER: server.token}
    body = json.dumps({"fingerprint": doc.flags[0].fingerprint, "verdict": "dismissed"}).encode()
    assert post(server, body, {"Content-Type": "application/json"})[0] == 403
    assert post(server, body, {**good, TOKEN_HEADER: "guess"})[0] == 403
    assert post(server, body, {**good, "Host": "attacker.example:80"})[0] == 403
    assert post(server, body, {**good, "Content-Type": "text/plain"})[0] == 415
    assert post(server, json.dumps({"fingerprint": "0" * 16, "verdict": "dismissed"}).encode(), good)[0] == 404
    assert post(server, json.dumps({"fingerprint": doc.flags[0].fingerprint, "verdict": "maybe"}).encode(),
                good)[0] == 400
    assert post(server, b"{nope", good)[0] == 400
    assert store.all() == []
    status, answer = post(server, body, good)
    assert status == 200 and answer["verdict"] == "dismissed" and answer["counts"]["dismissed"] == 1
    assert [(v.verdict, v.user) for v in store.all()] == [("dismissed", "eve")]
    state = json.load(urllib.request.urlopen(server.url + "api/flags", timeout=10))
    assert [f["status"] for f in state] == ["dismissed", "open", "open"]


def test_real_articles_render_as_their_exact_text_with_every_evidence_marked(tmp_path):
    """Wikinews articles with flags on their numbers: the page's article text is the article, marks included."""
    import re
    from html.parser import HTMLParser

    from claimcheck.ingest import iter_path
    from conftest import WIKINEWS

    class ArticleText(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth, self.text, self.marks, self.in_mark = 0, [], [], False

        def handle_starttag(self, tag, attrs):
            if self.depth or dict(attrs).get("id") == "article":
                self.depth += 1
            if self.depth and tag == "mark":
                self.in_mark, self.marks = True, self.marks + [""]

        def handle_endtag(self, tag):
            if self.depth:
                self.depth -= 1
            if tag == "mark":
                self.in_mark = False

        def handle_data(self, data):
            if self.depth:
                self.text.append(data)
                if self.in_mark:
                    self.marks[-1] += data

    every_eighth = tmp_path / "every_eighth.jsonl"
    every_eighth.write_bytes(b"\n".join(WIKINEWS.read_bytes().splitlines()[::8]))
    checked = 0
    with VerdictStore(tmp_path / "v.sqlite3") as store:
        for result in iter_path(every_eighth):
            doc = result.document
            numbers = [m for m in re.finditer(r"\d[\d,.]*", doc.text) if doc.is_body(m.start(), m.end())]
            if len(numbers) < 2:
                continue
            evidence = [Evidence(m.start(), m.end(), m.group()) for m in (numbers[0], numbers[-1])]
            doc.flags = [Flag(id="CC102", rule="conflicting-count", severity="warning", confidence=0.5,
                              message="two counts", evidence=evidence)]
            server = ReviewServer(doc, store, user="t")
            page = ArticleText()
            page.feed(server.page())
            server.stop()
            assert "".join(page.text) == doc.text
            assert page.marks == [e.text for e in evidence]
            checked += 1
    assert checked >= 15
