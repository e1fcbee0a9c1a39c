"""The verdict store under fault: an import racing a reviewer, and writers killed with SIGKILL mid-write."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from claimcheck.document import Evidence, Flag
from claimcheck.ingest import from_text
from claimcheck.review.store import EXPORT_FORMAT, EXPORT_VERSION, VerdictStore, article_identity

HERE = Path(__file__).resolve().parent
ARTICLE = "Harbour plan approved\n\nThe port authority approved a plan on Tuesday, its chair said.\n"
FLAGS = 1500


def article_and_flags():
    """One article and many flags on it (each with its own evidence text, so its own fingerprint)."""
    doc = from_text(ARTICLE, id="harbour", source="harbour.txt")
    doc.flags = [Flag(id="CC101", rule="conflicting-amount", severity="warning", confidence=0.8,
                      message=f"flag {i}", evidence=[Evidence(0, 7, f"evidence {i}")]) for i in range(FLAGS)]
    return doc


def old_export(doc, verdict: str = "confirmed", at: str = "2020-01-01T00:00:00+00:00") -> str:
    """An export holding an old verdict on every flag of `doc`."""
    key = article_identity(doc).key
    items = [{"article": key, "name": doc.meta.id, "fingerprint": f.fingerprint, "rule": f.id,
              "message": f.message, "verdict": verdict, "reason": None, "user": "archive", "at": at}
             for f in doc.flags]
    return json.dumps({"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "verdicts": items})


def test_an_import_racing_a_reviewer_never_replaces_a_newer_verdict(tmp_path):
    db = tmp_path / "verdicts.sqlite3"
    doc = article_and_flags()
    export = old_export(doc)
    answered: list[str] = []

    def review() -> None:
        with VerdictStore(db) as store:
            for flag in doc.flags[::3]:
                store.record(doc, flag, "dismissed", reason="checked with the desk", user="reviewer")
                answered.append(flag.fingerprint)

    with VerdictStore(db):
        pass  # create the schema before the two writers start
    reviewer = threading.Thread(target=review)
    reviewer.start()
    with VerdictStore(db) as importer:
        while reviewer.is_alive():
            importer.import_json(export, "archive.json")
    reviewer.join()
    with VerdictStore(db) as store:
        final = {v.fingerprint: v for v in store.all()}
    assert len(answered) == len(doc.flags[::3])
    replaced = [fp for fp in answered if final[fp].verdict != "dismissed"]
    assert replaced == [], f"{len(replaced)} newer verdicts replaced by older ones"


WRITER = """
    import sys
    sys.path.insert(0, {here!r})
    from claimcheck.review.store import VerdictStore
    from test_review_store_faults import article_and_flags, old_export
    doc = article_and_flags()
    export = old_export(doc, verdict="dismissed", at="2021-01-01T00:00:00+00:00")
    with VerdictStore({db!r}) as store:
        for flag in doc.flags[: int(sys.argv[1])]:
            store.record(doc, flag, "confirmed", user="writer")
            print(flag.fingerprint, flush=True)
        while True:
            store.import_json(export, "archive.json")
"""


def test_writers_killed_mid_write_leave_an_intact_store_that_kept_every_answer(tmp_path):
    db = tmp_path / "verdicts.sqlite3"
    answered: set[str] = set()
    script = textwrap.dedent(WRITER.format(here=str(HERE), db=str(db)))
    for round_number, answers in enumerate((100, 400, 700, 1000)):
        writer = subprocess.Popen([sys.executable, "-c", script, str(answers)], stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None
        for _ in range(answers - 20 * round_number):  # the answers it reports saved; the kill comes mid-write
            answered.add(writer.stdout.readline().strip())
        time.sleep(0.2 * round_number)
        writer.send_signal(signal.SIGKILL)
        answered.update(line.strip() for line in writer.stdout.read().splitlines() if line.strip())
        writer.wait()
        with VerdictStore(db) as store:
            store.check_integrity()
            final = {v.fingerprint: v for v in store.all()}
        assert answered <= set(final), "an answer reported as saved was lost"
        assert all(final[fp].verdict == "confirmed" for fp in answered), "an older import replaced a newer answer"
