"""The verdict store: persistence, article identity across edits, export/import, and marking reports."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from claimcheck.document import Document, Evidence, Flag
from claimcheck.errors import InputError
from claimcheck.ingest import from_text, read_article
from claimcheck.review.store import StoreError, VerdictStore, apply_verdicts, article_identity, default_db_path

from conftest import CORPUS, REFERENCE_ARTICLE

WRITTEN = """Port authority approves harbour dredging plan

By Staff Reporter
March 3, 2025

The port authority on Tuesday approved a $48 million plan to deepen the harbour channel, its chair said.

Dredging will remove about 1.2 million cubic metres of silt over two winters, according to the plan.

"The channel has not been deepened since 1998," chair Aino Virtanen told reporters.

Later in the meeting, members were told the plan would cost $52 million once disposal fees are included.
"""


def flag_on(doc: Document, rule_id: str, snippets: list[str], message: str = "") -> Flag:
    """A flag whose evidence is the first occurrence of each snippet in the article."""
    evidence = []
    for snippet in snippets:
        start = doc.text.index(snippet)
        evidence.append(Evidence(start, start + len(snippet), snippet))
    return Flag(id=rule_id, rule="test-rule", severity="warning", confidence=0.8,
                message=message or f"{rule_id} on {' / '.join(snippets)}", evidence=evidence)


def gold_flagged(stem: str) -> Document:
    """A corpus article read from its file, with the flags its gold annotation expects."""
    doc = read_article(CORPUS / f"{stem}.txt")
    gold = json.loads((CORPUS / f"{stem}.gold.json").read_text(encoding="utf-8"))
    doc.flags = [Flag(id=f["rule"], rule="gold", severity="warning", confidence=1.0, message=f"gold {f['rule']}",
                      evidence=[Evidence(e["start"], e["end"], e["text"]) for e in f["evidence"]])
                 for f in gold["flags"]]
    return doc


def gold_with_flags() -> list[str]:
    """Stems of corpus articles whose gold annotation expects at least one flag."""
    stems = []
    for path in sorted(CORPUS.glob("*.gold.json")):
        if json.loads(path.read_text(encoding="utf-8")).get("flags"):
            stems.append(path.name.removesuffix(".gold.json"))
    return stems


def money_flag(doc: Document) -> Flag:
    """A conflicting-amount flag on the first two money amounts of an article, found by pattern."""
    amounts = [m.group() for m in re.finditer(r"\$\d[\d.,]*(?: (?:million|billion))?", doc.text)]
    assert len(amounts) >= 2, "the article needs two money amounts"
    return flag_on(doc, "CC101", amounts[:2])


@pytest.fixture
def store(tmp_path):
    with VerdictStore(tmp_path / "verdicts.sqlite3") as opened:
        yield opened


def test_verdicts_persist_across_runs_and_mark_flags(tmp_path):
    stems = gold_with_flags()
    assert stems, "the corpus has no gold flags yet"
    db = tmp_path / "v.sqlite3"
    with VerdictStore(db) as first_run:
        for stem in stems:
            doc = gold_flagged(stem)
            first_run.record(doc, doc.flags[0], "dismissed", reason="the two figures measure different things",
                             user="ana")
            for flag in doc.flags[1:]:
                first_run.record(doc, flag, "confirmed", user="ana")
    with VerdictStore(db) as second_run:  # a new process would see the same
        for stem in stems:
            doc = gold_flagged(stem)
            used = apply_verdicts(doc, second_run)
            assert doc.flags[0].status == "dismissed"
            assert used[doc.flags[0].fingerprint].reason == "the two figures measure different things"
            assert used[doc.flags[0].fingerprint].user == "ana"
            assert all(f.status == "confirmed" for f in doc.flags[1:])
            assert doc.open_flags() == doc.flags[1:]


def test_a_later_verdict_replaces_the_earlier_one(store):
    doc = from_text(WRITTEN, id="harbour", source="harbour.txt")
    flag = flag_on(doc, "CC101", ["$48 million", "$52 million"])
    doc.flags = [flag]
    store.record(doc, flag, "dismissed", reason="disposal fees explain it")
    store.record(doc, flag, "confirmed")
    assert [v.verdict for v in store.all()] == ["confirmed"]
    apply_verdicts(doc, store)
    assert flag.status == "confirmed"


def test_edits_below_the_lede_keep_the_verdict(store):
    """Offsets move and paragraphs change, but headline and first paragraph are the same: same article."""
    original = from_text(WRITTEN)  # bare text: no name to fall back on, only the content key
    original.flags = [flag_on(original, "CC101", ["$48 million", "$52 million"])]
    store.record(original, original.flags[0], "dismissed")
    edited_text = WRITTEN.replace("over two winters", "over two or three winters, weather permitting")
    edited_text = edited_text.replace('"The channel', 'Shipping firms welcomed the decision.\n\n"The channel')
    edited = from_text(edited_text)
    edited.flags = [flag_on(edited, "CC101", ["$48 million", "$52 million"])]
    assert edited.flags[0].evidence[1].start != original.flags[0].evidence[1].start
    assert article_identity(edited) == article_identity(original)
    apply_verdicts(edited, store)
    assert edited.flags[0].status == "dismissed"


def test_the_reference_article_keeps_its_verdict_through_an_edit(store):
    text = REFERENCE_ARTICLE.read_text(encoding="utf-8")
    doc = from_text(text, id=REFERENCE_ARTICLE.stem)
    doc.flags = [money_flag(doc)]
    store.record(doc, doc.flags[0], "dismissed", reason="different contracts")
    paragraphs = text.split("\n\n")
    edited = "\n\n".join(paragraphs[:-1] + ["An editor added this closing paragraph.", paragraphs[-1]])
    doc2 = from_text(edited, id=REFERENCE_ARTICLE.stem)
    doc2.flags = [money_flag(doc2)]
    apply_verdicts(doc2, store)
    assert doc2.flags[0].status == "dismissed"


def test_a_rewritten_lede_falls_back_on_the_article_name(store):
    named = from_text(WRITTEN, id="harbour", source="news/harbour.txt")
    named.flags = [flag_on(named, "CC101", ["$48 million", "$52 million"])]
    store.record(named, named.flags[0], "dismissed")
    rewritten = WRITTEN.replace("on Tuesday approved", "approved on Tuesday")
    renamed_file = from_text(rewritten, id="harbour", source="news/harbour.txt")
    renamed_file.flags = [flag_on(renamed_file, "CC101", ["$48 million", "$52 million"])]
    assert article_identity(renamed_file).key != article_identity(named).key
    apply_verdicts(renamed_file, store)
    assert renamed_file.flags[0].status == "dismissed"
    bare = from_text(rewritten)  # pasted text has no name: a changed lede is a different article
    bare.flags = [flag_on(bare, "CC101", ["$48 million", "$52 million"])]
    apply_verdicts(bare, store)
    assert bare.flags[0].status == "open"


def test_the_same_evidence_in_another_article_is_not_dismissed(store):
    first = from_text(WRITTEN, id="harbour", source="harbour.txt")
    first.flags = [flag_on(first, "CC101", ["$48 million", "$52 million"])]
    store.record(first, first.flags[0], "dismissed")
    other_text = ("Council delays library rebuild\n\nThe council delayed the $48 million library rebuild on Monday.\n\n"
                  "A later estimate put the cost at $52 million.\n")
    other = from_text(other_text, id="library", source="library.txt")
    other.flags = [flag_on(other, "CC101", ["$48 million", "$52 million"])]
    assert other.flags[0].fingerprint == first.flags[0].fingerprint
    apply_verdicts(other, store)
    assert other.flags[0].status == "open"


def test_each_answer_is_committed_at_once_in_wal_mode(tmp_path):
    db = tmp_path / "v.sqlite3"
    store = VerdictStore(db)
    doc = from_text(WRITTEN, id="harbour", source="harbour.txt")
    doc.flags = [flag_on(doc, "CC101", ["$48 million", "$52 million"])]
    store.record(doc, doc.flags[0], "dismissed", reason="checked")
    reader = sqlite3.connect(db)  # another process's view, while the store is still open
    assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert reader.execute("SELECT verdict, reason FROM verdicts").fetchall() == [("dismissed", "checked")]
    reader.close()
    store.close()


def test_export_and_import_share_verdicts_and_newer_wins(tmp_path):
    doc = from_text(WRITTEN, id="harbour", source="harbour.txt")
    amounts = flag_on(doc, "CC101", ["$48 million", "$52 million"])
    volume = flag_on(doc, "CC201", ["1.2 million cubic metres"])
    doc.flags = [amounts, volume]
    with VerdictStore(tmp_path / "ana.sqlite3") as ana, VerdictStore(tmp_path / "ben.sqlite3") as ben:
        ana.record(doc, amounts, "dismissed", reason="fees", user="ana")
        ben.record(doc, volume, "confirmed", user="ben")
        exported = ana.export_json()
        assert json.loads(exported)["verdicts"][0]["reason"] == "fees"
        assert ben.import_json(exported) == {"added": 1, "updated": 0, "kept": 0}
        assert ben.import_json(exported) == {"added": 0, "updated": 0, "kept": 1}
        apply_verdicts(doc, ben)
        assert [f.status for f in doc.flags] == ["dismissed", "confirmed"]
        newer = json.loads(exported)
        newer["verdicts"][0].update(verdict="confirmed", at="2999-01-01T00:00:00+00:00", user="cy")
        assert ben.import_json(json.dumps(newer)) == {"added": 0, "updated": 1, "kept": 0}
        apply_verdicts(doc, ben)
        assert amounts.status == "confirmed"


@pytest.mark.parametrize("payload, message", [
    ("{not json", "malformed JSON"),
    ('{"verdicts": []}', "not a claimcheck verdicts export"),
    ('{"format": "claimcheck-verdicts", "version": 1, "verdicts": [{"article": "a", "fingerprint": "f", '
     '"rule": "CC101", "verdict": "maybe", "user": "u", "at": "2025-01-01T00:00:00+00:00"}]}', "verdict 1"),
    ('{"format": "claimcheck-verdicts", "version": 1, "verdicts": [{"article": "a", "fingerprint": "f", '
     '"rule": "CC101", "verdict": "dismissed", "user": "u", "at": "yesterday"}]}', "ISO 8601"),
])
def test_bad_imports_are_refused_with_one_line(store, payload, message):
    with pytest.raises(InputError, match=message) as raised:
        store.import_json(payload, "team.json")
    assert "\n" not in str(raised.value) and str(raised.value).startswith("team.json")
    assert store.all() == []


def test_an_unusable_store_path_is_one_line_error(tmp_path):
    (tmp_path / "taken").mkdir()
    with pytest.raises(StoreError, match="cannot open the verdict store"):
        VerdictStore(tmp_path / "taken")


def test_default_location_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("CLAIMCHECK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "claimcheck" / "verdicts.sqlite3"
    monkeypatch.setenv("CLAIMCHECK_DB", str(tmp_path / "team.sqlite3"))
    assert default_db_path() == tmp_path / "team.sqlite3"
