"""The review server under hostile requests: every malformed one gets a 4xx, idle connections are closed, and
forged saved reports are refused or escaped."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest

import claimcheck.review.web as web
from claimcheck.document import document_to_dict
from claimcheck.errors import InputError
from claimcheck.review.saved import read_saved_report
from claimcheck.review.store import VerdictStore
from claimcheck.review.web import TOKEN_HEADER, ReviewServer

from test_review_cli import harbour_doc


@pytest.fixture
def served(tmp_path, monkeypatch):
    monkeypatch.setattr(web, "IDLE_SECONDS", 1.0)
    doc = harbour_doc()
    with VerdictStore(tmp_path / "v.sqlite3") as store, ReviewServer(doc, store, user="eve") as server:
        yield doc, store, server


def raw(server: ReviewServer, head: bytes, body: bytes = b"") -> int:
    """Send a hand-written request; the status code of the answer (0 when the server just closed)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as connection:
        connection.sendall(head + b"\r\n\r\n" + body)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return int(answer.split(b" ", 2)[1]) if answer else 0


def post_head(server: ReviewServer, token: bytes, length: bytes) -> bytes:
    return (b"POST /api/verdict HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/json\r\n"
            b"%s: %s\r\nContent-Length: %s" % (server.port, TOKEN_HEADER.encode(), token, length))


def test_malformed_posts_get_a_4xx_and_leave_no_traceback(served, capfd):
    doc, store, server = served
    token = server.token.encode()
    nested = b"[" * 30_000 + b"]" * 30_000
    huge = b'{"fingerprint": ' + b"9" * 20_000 + b', "verdict": "dismissed"}'
    cases = [
        (post_head(server, "tökén".encode("utf-8"), b"2"), b"{}"),
        (post_head(server, "tökén".encode("latin-1"), b"2"), b"{}"),
        (post_head(server, token, b"%d" % len(nested)), nested),
        (post_head(server, token, b"%d" % len(huge)), huge),
        (post_head(server, token, "²".encode("utf-8")), b"{}"),
        (post_head(server, token, b"-5"), b"{}"),
        (post_head(server, token, b"4"), b"\xff\xfe{}"),
        (post_head(server, token, b"14"), b'{"verdict": 1}'),
    ]
    statuses = [raw(server, head, body) for head, body in cases]
    assert all(400 <= status < 500 for status in statuses), statuses
    assert store.all() == []
    assert "Traceback" not in capfd.readouterr().err


def test_idle_connections_are_closed_and_cannot_pile_up_threads(served, capfd):
    doc, store, server = served
    before = threading.active_count()
    idle = [socket.create_connection(("127.0.0.1", server.port), timeout=30) for _ in range(web.MAX_CONNECTIONS + 20)]
    try:
        time.sleep(0.5)
        assert threading.active_count() <= before + web.MAX_CONNECTIONS
        closed = sum(connection.recv(1) == b"" for connection in idle)  # EOF: the server closed it
        assert closed == len(idle)
    finally:
        for connection in idle:
            connection.close()
    assert raw(server, b"GET /api/flags HTTP/1.1\r\nHost: 127.0.0.1:%d" % server.port) == 200
    assert "Traceback" not in capfd.readouterr().err


def forged(tmp_path, **changes):
    """A saved report of the harbour article with its first flag's fields replaced."""
    data = document_to_dict(harbour_doc())
    data["flags"][0].update(changes)
    path = tmp_path / "forged.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("changes, where", [
    ({"fingerprint": '"><meta http-equiv="refresh" content="0;url=https://evil.example">'}, "flags/0/fingerprint"),
    ({"severity": "catastrophic"}, "flags/0/severity"),
    ({"confidence": "high"}, "flags/0/confidence"),
    ({"evidence": [{"start": 0, "end": 5}]}, "flags/0/evidence/0"),
])
def test_forged_saved_reports_are_refused_with_the_field_named(tmp_path, changes, where):
    with pytest.raises(InputError, match=f"not a valid claimcheck report at {where}") as raised:
        read_saved_report(forged(tmp_path, **changes))
    assert "\n" not in str(raised.value)


def test_every_flag_field_is_escaped_in_the_review_page(tmp_path):
    doc = harbour_doc()
    payload = '"><meta http-equiv="refresh" content="0"><script>alert(1)</script>'
    for flag in doc.flags:
        flag.fingerprint, flag.rule, flag.message, flag.status = payload, payload, payload, "open"
    doc.flags[0].severity = payload
    with VerdictStore(tmp_path / "v.sqlite3") as store:
        page = ReviewServer(doc, store, user=payload).page()
    assert "<meta http-equiv" not in page and "<script>alert" not in page and payload not in page
