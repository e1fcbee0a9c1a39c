"""The web review: a local page with the article, its flagged evidence highlighted, and verdict buttons.

The server binds to 127.0.0.1 only and answers only requests addressed to that host and port (no DNS
rebinding); a verdict is a JSON POST carrying a per-run token that only the served page knows, so another site
open in the same browser cannot post one. All article text is HTML-escaped, and a Content-Security-Policy allows
only the page's own inline script.
"""

from __future__ import annotations

import html
import json
import secrets
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from string import Template
from typing import Any

from claimcheck.document import SEVERITY_RANK, Document, Flag
from claimcheck.jsontext import parse_json
from claimcheck.review.store import VERDICTS, Verdict, VerdictStore, apply_verdicts, article_identity, current_user

HOST = "127.0.0.1"
MAX_BODY_BYTES = 64 * 1024
MAX_CONNECTIONS = 32  # open at once; more are closed on arrival, so idle sockets cannot pile up threads
IDLE_SECONDS = 10.0
TOKEN_HEADER = "X-Review-Token"


def _highlighted_article(doc: Document, flags: list[Flag]) -> str:
    """The article as escaped HTML, each stretch of evidence in a <mark> naming the flags that cite it."""
    cuts = {0, len(doc.text)}
    for flag in flags:
        for ev in flag.evidence:
            cuts.update((ev.start, ev.end))
    anchors: dict[int, list[str]] = {}
    for flag in flags:
        for i, ev in enumerate(flag.evidence):
            anchors.setdefault(ev.start, []).append(html.escape(f"ev-{flag.fingerprint}-{i}"))
    points = sorted(cuts)
    out = []
    for start, end in zip(points, points[1:]):
        out.extend(f'<span class="anchor" id="{a}"></span>' for a in anchors.get(start, []))
        piece = html.escape(doc.text[start:end])
        covering = [f for f in flags if any(ev.start <= start and end <= ev.end for ev in f.evidence)]
        if covering:
            worst = max(covering, key=lambda f: SEVERITY_RANK.get(f.severity, -1)).severity
            names = html.escape(" ".join(f.fingerprint for f in covering))
            out.append(f'<mark class="ev sev-{html.escape(worst)}" data-flags="{names}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def _flag_card(doc: Document, flag: Flag) -> str:
    """One flag in the side panel: rule, message, evidence links and the verdict buttons."""
    esc = html.escape
    fingerprint = esc(flag.fingerprint)
    evidence = "".join(
        f'<li><a href="#ev-{fingerprint}-{i}">{doc.line_col(ev.start)[0]}:{doc.line_col(ev.start)[1]}</a> '
        f"<q>{esc(' '.join(ev.text.split()))}</q></li>"
        for i, ev in enumerate(flag.evidence))
    badge = f'<span class="badge">{esc(flag.status)}</span>' if flag.status != "open" else ""
    return (
        f'<article class="flag sev-{esc(flag.severity)} status-{esc(flag.status)}" id="flag-{fingerprint}" '
        f'data-fingerprint="{fingerprint}">'
        f'<h2><span class="code">{esc(flag.id)}</span> {esc(flag.rule)} {badge}</h2>'
        f'<p class="meta">{esc(flag.severity)}, confidence {flag.confidence:.2f}</p>'
        f'<p class="message">{esc(flag.message)}</p><ul class="evidence">{evidence}</ul>'
        f'<input name="reason" type="text" placeholder="Reason (optional)" aria-label="Reason">'
        f'<button type="button" data-verdict="confirmed" title="c">Confirm</button>'
        f'<button type="button" data-verdict="dismissed" title="d">Dismiss</button>'
        f'<button type="button" data-skip title="s">Skip</button></article>')


def _counts(doc: Document) -> dict[str, int]:
    flags = doc.flags or []
    return {status: sum(f.status == status for f in flags) for status in ("open", "confirmed", "dismissed")}


class ReviewServer:
    """Serves the review page of one Document on 127.0.0.1 in a background thread."""

    def __init__(self, doc: Document, store: VerdictStore, *, user: str | None = None, port: int = 0) -> None:
        self.doc = doc
        self.store = store
        self.user = user or current_user()
        self.token = secrets.token_urlsafe(24)
        self.nonce = secrets.token_urlsafe(16)  # the one script the CSP lets run: the page's own
        self._lock = threading.Lock()
        self._undo: list[tuple[Flag, Verdict | None]] = []  # each verdict given here, with the one it replaced
        self._thread: threading.Thread | None = None
        self.httpd = _BoundedServer((HOST, port), _handler_for(self))

    @property
    def port(self) -> int:
        """The port actually bound (a free one when 0 was asked for)."""
        return self.httpd.server_address[1]

    @property
    def url(self) -> str:
        """The address to open in a browser."""
        return f"http://{HOST}:{self.port}/"

    def start(self) -> str:
        """Start serving in a daemon thread; returns the URL."""
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="claimcheck-review", daemon=True)
        self._thread.start()
        return self.url

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join()
        self.httpd.server_close()

    def __enter__(self) -> "ReviewServer":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def page(self) -> str:
        """The review page, with the verdicts stored right now applied: dismissed flags are not shown."""
        with self._lock:
            apply_verdicts(self.doc, self.store)
            shown = [f for f in self.doc.flags or [] if f.status != "dismissed"]
            counts = _counts(self.doc)
            cards = "".join(_flag_card(self.doc, f) for f in shown) or '<p class="empty">No open flags.</p>'
            article = _highlighted_article(self.doc, shown)
        template = Template(files("claimcheck.review").joinpath("page.html").read_text(encoding="utf-8"))
        return template.substitute(
            title=html.escape(self.doc.meta.title or self.doc.meta.id), token=self.token, nonce=self.nonce,
            user=html.escape(self.user), counts=html.escape(_counts_line(counts)), article=article, flags=cards,
            undo_disabled="" if self._undo else " disabled")

    def flags_state(self) -> list[dict[str, Any]]:
        """Every flag with its current status, as JSON-able data."""
        with self._lock:
            apply_verdicts(self.doc, self.store)
            return [{"fingerprint": f.fingerprint, "id": f.id, "rule": f.rule, "status": f.status,
                     "message": f.message} for f in self.doc.flags or []]

    def record(self, payload: Any) -> tuple[HTTPStatus, dict[str, Any]]:
        """Apply a verdict posted by the page; returns the HTTP status and the JSON answer."""
        if not isinstance(payload, dict):
            return HTTPStatus.BAD_REQUEST, {"error": "expected a JSON object"}
        verdict, reason = payload.get("verdict"), payload.get("reason")
        if verdict not in VERDICTS:
            return HTTPStatus.BAD_REQUEST, {"error": f"verdict must be one of {', '.join(VERDICTS)}"}
        if reason is not None and not isinstance(reason, str):
            return HTTPStatus.BAD_REQUEST, {"error": "reason must be a string"}
        with self._lock:
            flag = next((f for f in self.doc.flags or [] if f.fingerprint == payload.get("fingerprint")), None)
            if flag is None:
                return HTTPStatus.NOT_FOUND, {"error": "no such flag in this article"}
            before = self.store.verdicts_for(self.doc).get(flag.fingerprint)
            saved = self.store.record(self.doc, flag, verdict, reason=reason, user=self.user)
            self._undo.append((flag, before))
            flag.status = verdict
            counts = _counts(self.doc)
        return HTTPStatus.OK, {"fingerprint": flag.fingerprint, "verdict": saved.verdict, "user": saved.user,
                               "at": saved.at, "counts": counts, "counts_line": _counts_line(counts),
                               "can_undo": True}

    def undo(self) -> tuple[HTTPStatus, dict[str, Any]]:
        """Take back the last verdict given on this page: the flag gets the verdict it had before, or none."""
        with self._lock:
            if not self._undo:
                return HTTPStatus.CONFLICT, {"error": "nothing to undo"}
            flag, before = self._undo.pop()
            self.store.forget(self.doc, flag)
            if before is not None and before.article == article_identity(self.doc).key:
                self.store.restore(before)
            apply_verdicts(self.doc, self.store)
            counts = _counts(self.doc)
        return HTTPStatus.OK, {"fingerprint": flag.fingerprint, "verdict": flag.status, "counts": counts,
                               "counts_line": _counts_line(counts), "can_undo": bool(self._undo)}


class _BoundedServer(ThreadingHTTPServer):
    """A threading server with at most `MAX_CONNECTIONS` connections (each a thread) open at once."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """One line on stderr instead of socketserver's traceback."""
        error = sys.exc_info()[1]
        sys.stderr.write(f"review server: request from {client_address[0]} failed ({type(error).__name__})\n")


def _counts_line(counts: dict[str, int]) -> str:
    line = f"{counts['open']} open, {counts['confirmed']} confirmed, {counts['dismissed']} dismissed"
    if not counts["open"] and (counts["confirmed"] or counts["dismissed"]):
        line += " (every flag has a verdict)"
    return line


def _handler_for(server: ReviewServer) -> type[BaseHTTPRequestHandler]:
    class ReviewHandler(BaseHTTPRequestHandler):
        server_version = "claimcheck-review"
        timeout = IDLE_SECONDS  # a connection that sends nothing for this long is closed

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  (quiet: the CLI prints the URL)
            return

        def _host_ok(self) -> bool:
            return self.headers.get("Host", "") in {f"{HOST}:{server.port}", f"localhost:{server.port}"}

        def _send(self, status: HTTPStatus, body: str, content_type: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                             f"script-src 'nonce-{server.nonce}'; connect-src 'self'; form-action 'none'")
            self.end_headers()
            self.wfile.write(data)

        def _json(self, status: HTTPStatus, payload: Any) -> None:
            self._send(status, json.dumps(payload, ensure_ascii=False), "application/json")

        def do_GET(self) -> None:  # noqa: N802
            self._guarded(self._get)

        def do_POST(self) -> None:  # noqa: N802
            self._guarded(self._post)

        def _guarded(self, answer: Any) -> None:
            """Answer the request; a client that stalls is dropped, anything unforeseen is a 500, never a traceback."""
            try:
                answer()
            except (TimeoutError, ConnectionError):
                self.close_connection = True
            except Exception as exc:  # the page must keep working for the next request
                self.close_connection = True
                self._json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": f"{type(exc).__name__}: {exc}".splitlines()[0]})

        def _get(self) -> None:
            if not self._host_ok():
                return self._json(HTTPStatus.FORBIDDEN, {"error": "unexpected Host header"})
            path = self.path.split("?", 1)[0]
            if path == "/":
                return self._send(HTTPStatus.OK, server.page(), "text/html")
            if path == "/api/flags":
                return self._json(HTTPStatus.OK, server.flags_state())
            return self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})

        def _post(self) -> None:
            if not self._host_ok():
                return self._json(HTTPStatus.FORBIDDEN, {"error": "unexpected Host header"})
            if self.path not in ("/api/verdict", "/api/undo"):
                return self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})
            token = self.headers.get(TOKEN_HEADER, "").encode("utf-8", "surrogateescape")  # any characters
            if not secrets.compare_digest(token, server.token.encode("ascii")):
                return self._json(HTTPStatus.FORBIDDEN, {"error": "missing or wrong review token"})
            if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
                return self._json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "send application/json"})
            length = self.headers.get("Content-Length", "").strip()
            length = int(length) if length.isascii() and length.isdigit() else 0
            if not 0 < length <= MAX_BODY_BYTES:
                return self._json(HTTPStatus.BAD_REQUEST, {"error": "missing or oversized body"})
            try:
                payload = parse_json(self.rfile.read(length))
            except ValueError as exc:
                return self._json(HTTPStatus.BAD_REQUEST, {"error": f"body is {exc}"})
            status, answer = server.undo() if self.path == "/api/undo" else server.record(payload)
            return self._json(status, answer)

    return ReviewHandler
