"""The verdict store: what a person decided about each flag, kept in SQLite.

Location: `--db PATH`, else `$CLAIMCHECK_DB`, else `$XDG_DATA_HOME/claimcheck/verdicts.sqlite3` (XDG_DATA_HOME
defaults to `~/.local/share`).

A verdict is keyed by the article's identity and the flag's fingerprint (rule + evidence text, never offsets).
The article identity is a hash of its normalised headline and first body paragraph: it survives a rename, a move
and every edit below the opening paragraph. Each verdict also records the article's name (file stem or corpus id)
so that a rewritten headline or lede still finds the verdicts recorded under that name; the content key wins
when both match.

Every answer is its own transaction, committed before the next question, in WAL mode with full sync: a crash or
Ctrl-C mid-review loses nothing already answered.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sqlite3
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal

from claimcheck.document import Document, Flag
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.jsontext import parse_json

VerdictKind = Literal["confirmed", "dismissed"]
VERDICTS: tuple[str, ...] = ("confirmed", "dismissed")
EXPORT_FORMAT = "claimcheck-verdicts"
EXPORT_VERSION = 1
SCHEMA_VERSION = 1

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS verdicts (
    article     TEXT NOT NULL,  -- content key: hash of the normalised headline and first body paragraph
    name        TEXT,           -- file stem or corpus id, the fallback identity; NULL for bare text
    fingerprint TEXT NOT NULL,  -- Flag.fingerprint
    rule        TEXT NOT NULL,  -- the flag's rule code, e.g. CC101
    message     TEXT NOT NULL,  -- the flag's message when reviewed, so an export reads on its own
    verdict     TEXT NOT NULL CHECK (verdict IN ('confirmed', 'dismissed')),
    reason      TEXT,
    user        TEXT NOT NULL,
    at          TEXT NOT NULL,  -- ISO 8601, UTC
    PRIMARY KEY (article, fingerprint)
    )""",
    "CREATE INDEX IF NOT EXISTS verdicts_by_name ON verdicts (name, fingerprint)",
)


_INSERT = ("INSERT OR REPLACE INTO verdicts (article, name, fingerprint, rule, message, verdict, reason, user, at)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


class StoreError(ClaimcheckError):
    """The verdict store cannot be opened or written."""


@dataclass(frozen=True)
class ArticleIdentity:
    """How the store recognises an article: a content key, and a name when the article came from a file."""

    key: str
    name: str | None


@dataclass(frozen=True)
class Verdict:
    """One person's decision about one flag of one article."""

    article: str
    name: str | None
    fingerprint: str
    rule: str
    message: str
    verdict: VerdictKind
    reason: str | None
    user: str
    at: str


def default_db_path() -> Path:
    """`$CLAIMCHECK_DB`, else `$XDG_DATA_HOME/claimcheck/verdicts.sqlite3` (default `~/.local/share/...`)."""
    if os.environ.get("CLAIMCHECK_DB"):
        return Path(os.environ["CLAIMCHECK_DB"]).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home).expanduser() / "claimcheck" / "verdicts.sqlite3"


def current_user() -> str:
    """The login name of the person reviewing."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def article_identity(doc: Document) -> ArticleIdentity:
    """The article's content key (headline + first body paragraph) and, for files and corpora, its name."""
    lede = ""
    offset = 0
    for line in doc.text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip() and doc.is_body(start, end):
            lede = line
            break
    headline = doc.meta.title or ""
    digest = hashlib.sha256(f"{_normalise(headline)}\x1f{_normalise(lede)}".encode("utf-8")).hexdigest()
    return ArticleIdentity(key=digest[:24], name=doc.meta.id if doc.meta.source else None)


class VerdictStore:
    """The SQLite verdict store; one connection, safe to share between the web server's threads."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_db_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: written by a newer claimcheck (store schema {version})")
            if version < SCHEMA_VERSION:
                with self._transaction():
                    for statement in _SCHEMA:
                        self._conn.execute(statement)
                    self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open the verdict store ({exc})") from None
        self._lock = threading.Lock()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction: committed on success, rolled back on any exception."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def close(self) -> None:
        """Close the connection (everything is already committed)."""
        self._conn.close()

    def __enter__(self) -> "VerdictStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(self, doc: Document, flag: Flag, verdict: str, *, reason: str | None = None,
               user: str | None = None) -> Verdict:
        """Save a verdict on `flag` and commit it at once; a later verdict on the same flag replaces it."""
        if verdict not in VERDICTS:
            raise ClaimcheckError(f"unknown verdict {verdict!r}; choose from {', '.join(VERDICTS)}")
        identity = article_identity(doc)
        saved = Verdict(article=identity.key, name=identity.name, fingerprint=flag.fingerprint, rule=flag.id,
                        message=flag.message, verdict=verdict, reason=(reason or "").strip() or None,  # type: ignore[arg-type]
                        user=user or current_user(), at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        self._write([saved])
        return saved

    def forget(self, doc: Document, flag: Flag) -> None:
        """Remove the verdict on `flag` recorded under this article's content key (one under its name alone
        stays), committed at once."""
        identity = article_identity(doc)
        try:
            with self._lock, self._transaction():
                self._conn.execute("DELETE FROM verdicts WHERE article = ? AND fingerprint = ?",
                                   (identity.key, flag.fingerprint))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot remove the verdict ({exc})") from None

    def restore(self, verdict: Verdict) -> None:
        """Put back a verdict exactly as it was (an undo), committed at once."""
        self._write([verdict])

    def _write(self, verdicts: Iterable[Verdict]) -> None:
        try:
            with self._lock, self._transaction():
                self._conn.executemany(_INSERT, [tuple(asdict(v).values()) for v in verdicts])
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot save the verdict ({exc})") from None

    def verdicts_for(self, doc: Document) -> dict[str, Verdict]:
        """The verdicts recorded for this article, by flag fingerprint (content-key matches win over name ones)."""
        identity = article_identity(doc)
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM verdicts WHERE article = ? OR (? IS NOT NULL AND name = ?)"
                " ORDER BY (article = ?), at", (identity.key, identity.name, identity.name, identity.key)).fetchall()
        found: dict[str, Verdict] = {}
        for row in rows:  # later rows (content-key matches, then newer) overwrite earlier ones
            found[row[2]] = Verdict(*row)
        return found

    def all(self) -> list[Verdict]:
        """Every verdict in the store, oldest first."""
        with self._lock:
            return [Verdict(*row) for row in self._conn.execute("SELECT * FROM verdicts ORDER BY at, article")]

    def export_json(self) -> str:
        """Every verdict as a JSON document that `import_json` reads back, on this or another machine."""
        payload = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "verdicts": [asdict(v) for v in self.all()]}
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"

    def import_json(self, text: str, source: str = "<input>") -> dict[str, int]:
        """Merge exported verdicts: a verdict newer than the stored one replaces it. Counts added/updated/kept.

        The comparison and the writes are one transaction holding the write lock, so a verdict another reviewer
        records meanwhile, in this process or another, is either seen and compared or written after the import.
        """
        incoming = parse_export(text, source)
        counts = {"added": 0, "updated": 0, "kept": 0}
        try:
            with self._lock, self._transaction():
                for verdict in incoming:
                    outcome = self._merge(verdict)
                    counts[outcome] += 1
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot import the verdicts ({exc})") from None
        return counts

    def _merge(self, verdict: Verdict) -> str:
        """Write `verdict` unless the stored one is as new; inside the caller's transaction."""
        row = self._conn.execute("SELECT at FROM verdicts WHERE article = ? AND fingerprint = ?",
                                 (verdict.article, verdict.fingerprint)).fetchone()
        if row is not None and _instant(verdict.at) <= _instant(row[0]):
            return "kept"
        self._conn.execute(_INSERT, tuple(asdict(verdict).values()))
        return "added" if row is None else "updated"

    def check_integrity(self) -> None:
        """Raise `StoreError` unless SQLite finds the store intact and its verdicts readable."""
        try:
            with self._lock:
                result = self._conn.execute("PRAGMA quick_check").fetchone()[0]
                self._conn.execute("SELECT count(*) FROM verdicts").fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: the verdict store is unreadable ({exc})") from None
        if result != "ok":
            raise StoreError(f"{self.path}: the verdict store is damaged ({result})")


def _instant(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def parse_export(text: str, source: str = "<input>") -> list[Verdict]:
    """The verdicts of an export, checked field by field; a bad one raises `InputError` naming it."""
    try:
        payload = parse_json(text)
    except ValueError as exc:
        raise InputError(f"{source}: {exc}") from None
    if not isinstance(payload, dict) or payload.get("format") != EXPORT_FORMAT:
        raise InputError(f"{source}: not a claimcheck verdicts export (no \"format\": \"{EXPORT_FORMAT}\")")
    if payload.get("version") != EXPORT_VERSION:
        raise InputError(f"{source}: unsupported verdicts export version {payload.get('version')!r}")
    items = payload.get("verdicts")
    if not isinstance(items, list):
        raise InputError(f"{source}: \"verdicts\" must be a list")
    return [_verdict_from(item, f"{source}: verdict {i + 1}") for i, item in enumerate(items)]


def _verdict_from(item: Any, where: str) -> Verdict:
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected an object")
    for name in ("article", "fingerprint", "rule", "verdict", "user", "at"):
        if not isinstance(item.get(name), str) or not item[name]:
            raise InputError(f"{where}: missing or empty {name!r}")
    if item["verdict"] not in VERDICTS:
        raise InputError(f"{where}: verdict must be one of {', '.join(VERDICTS)}, not {item['verdict']!r}")
    try:
        _instant(item["at"])
    except ValueError:
        raise InputError(f"{where}: 'at' is not an ISO 8601 time: {item['at']!r}") from None
    for name in ("name", "reason", "message"):
        if item.get(name) is not None and not isinstance(item[name], str):
            raise InputError(f"{where}: {name!r} must be a string or null")
    return Verdict(article=item["article"], name=item.get("name"), fingerprint=item["fingerprint"],
                   rule=item["rule"], message=item.get("message") or "", verdict=item["verdict"],
                   reason=item.get("reason"), user=item["user"], at=item["at"])


def open_store(path: Path | str | None = None, *, create: bool = True) -> VerdictStore | None:
    """The store at `path` (or the default one); with `create=False`, None when it does not exist yet."""
    target = Path(path).expanduser() if path is not None else default_db_path()
    if not create and not target.exists():
        return None
    return VerdictStore(target)


def check_store(path: Path | str | None = None) -> None:
    """Refuse a damaged store (at `path`, or the default one) with `StoreError`; a missing one is fine."""
    store = open_store(path, create=False)
    if store is not None:
        with store:
            store.check_integrity()


def apply_verdicts(doc: Document, store: VerdictStore | None) -> dict[str, Verdict]:
    """Set each flag's `status` from the store (dismissed flags leave `open_flags()`); returns the verdicts used."""
    if store is None or not doc.flags:
        return {}
    verdicts = store.verdicts_for(doc)
    for flag in doc.flags:
        found = verdicts.get(flag.fingerprint)
        flag.status = found.verdict if found else "open"
    return {f.fingerprint: verdicts[f.fingerprint] for f in doc.flags if f.fingerprint in verdicts}
