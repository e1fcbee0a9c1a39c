"""The web review page with the keyboard, skip and undo (headless Chromium over the DevTools protocol), the
undo endpoint behind it, and what `review --serve` says it is reviewing."""

from __future__ import annotations

import http.client
import json

from claimcheck.cli.review import _review_line
from claimcheck.review.store import VerdictStore
from claimcheck.review.web import TOKEN_HEADER, ReviewServer

from test_review_cli import harbour_doc
from test_review_web import browser_page  # noqa: F401  (the fixture)

CURRENT = "document.querySelector('.flag.current') && document.querySelector('.flag.current').dataset.fingerprint"
CARDS = "[...document.querySelectorAll('.flag')].map(c => c.dataset.fingerprint)"


def press(page, key: str) -> None:
    """A real key press, as the keyboard sends it."""
    typed = {"text": key} if len(key) == 1 else {"code": key, "windowsVirtualKeyCode": {"Escape": 27}[key]}
    page.call("Input.dispatchKeyEvent", type="keyDown", key=key, **typed)
    page.call("Input.dispatchKeyEvent", type="keyUp", key=key)


def verdicts(store: VerdictStore) -> dict[str, str]:
    return {v.fingerprint: v.verdict for v in store.all()}


def test_keys_move_skip_confirm_dismiss_and_undo(tmp_path, browser_page):  # noqa: F811
    doc = harbour_doc()
    first, second, third = (f.fingerprint for f in doc.flags)
    page = browser_page
    with VerdictStore(tmp_path / "v.sqlite3") as store, ReviewServer(doc, store, user="kim") as server:
        page.open(server.url)
        assert page.evaluate(CURRENT) == first and page.evaluate("document.getElementById('undo').disabled")
        press(page, "j")
        assert page.evaluate(CURRENT) == second
        press(page, "k")
        assert page.evaluate(CURRENT) == first
        press(page, "s")  # skip: nothing saved, on to the next
        assert page.evaluate(CURRENT) == second and verdicts(store) == {}
        assert page.evaluate(f"document.getElementById('flag-{first}').classList.contains('skipped')")
        press(page, "d")
        page.wait_for(f"!document.getElementById('flag-{second}')")
        assert verdicts(store) == {second: "dismissed"}
        assert page.evaluate(CURRENT) == third  # the next open flag not skipped
        press(page, "u")  # undo: the dismissed flag is back and has no verdict
        page.wait_for(f"!!document.getElementById('flag-{second}') && document.readyState === 'complete'")
        assert verdicts(store) == {} and page.evaluate(CARDS) == [first, second, third]
        assert page.evaluate(CURRENT) == second
        press(page, "r")  # into the reason field, where letters are text, not commands
        page.call("Input.insertText", text="cd")
        press(page, "d")
        assert verdicts(store) == {}
        assert page.evaluate(f"document.querySelector('#flag-{second} input').value") == "cdd"
        press(page, "Escape")
        press(page, "c")
        page.wait_for(f"!!document.querySelector('#flag-{second} .badge')")
        assert verdicts(store) == {second: "confirmed"} and store.all()[0].reason == "cdd"
        for answered in (2, 3):
            press(page, "c")
            page.wait_for(f"document.querySelectorAll('.flag .badge').length === {answered}")
        page.wait_for("document.getElementById('counts').textContent.includes('every flag has a verdict')")
        assert verdicts(store) == {first: "confirmed", second: "confirmed", third: "confirmed"}
        assert not page.evaluate("document.getElementById('undo').disabled")


def _post(server: ReviewServer, path: str, payload: dict) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("POST", path, body=json.dumps(payload).encode(),
                       headers={"Content-Type": "application/json", TOKEN_HEADER: server.token})
    response = connection.getresponse()
    answer = (response.status, json.loads(response.read()))
    connection.close()
    return answer


def test_undo_puts_back_the_verdict_a_flag_had_before(tmp_path):
    doc = harbour_doc()
    flag = doc.flags[0]
    with VerdictStore(tmp_path / "v.sqlite3") as store:
        store.record(doc, flag, "confirmed", reason="checked with the port", user="ana")
        with ReviewServer(doc, store, user="kim") as server:
            assert _post(server, "/api/undo", {})[0] == 409  # nothing given on this page yet
            status, answer = _post(server, "/api/verdict", {"fingerprint": flag.fingerprint, "verdict": "dismissed"})
            assert status == 200 and answer["can_undo"]
            status, answer = _post(server, "/api/undo", {})
            assert status == 200 and answer["verdict"] == "confirmed" and not answer["can_undo"]
        (kept,) = store.all()
        assert (kept.verdict, kept.user, kept.reason) == ("confirmed", "ana", "checked with the port")


def test_the_serve_line_counts_the_flags_still_without_a_verdict(tmp_path):
    doc = harbour_doc()
    with VerdictStore(tmp_path / "v.sqlite3") as store:
        assert _review_line(doc, store) == "Reviewing 3 flags"
        store.record(doc, doc.flags[0], "dismissed", user="ana")
        assert _review_line(doc, store) == "Reviewing 2 flags (1 already have verdicts)"
        for flag in doc.flags[1:]:
            store.record(doc, flag, "confirmed", user="ana")
        assert _review_line(doc, store) == "All 3 flags have verdicts; change one"
