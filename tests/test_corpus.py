"""The development corpus: every gold annotation is valid against its article, and the corpus is what issue 5 asks."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import get_args

import pytest

from claimcheck.checks.registry import RULES
from claimcheck.document import ClaimKind, QuoteKind, SpeakerType
from claimcheck.eval import GOLD_RULE_CODES, validate_gold

from conftest import CORPUS

GOLD_FILES = sorted(CORPUS.glob("*.gold.json"))
ARTICLE_KEYS = {"article", "date", "style", "clean", "quotes", "claims", "flags"}
QUOTE_KEYS = {"start", "end", "text", "kind", "speaker", "speaker_type", "speaker_mention", "via"}
CLAIM_KEYS = {"start", "end", "text", "kind", "value", "low", "high", "unit", "qualifier", "subject", "asserted_by"}


def read_gold(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = (path.parent / gold["article"]).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw, f"{gold['article']}: BOM or CR line endings"
    return gold, raw.decode("utf-8")


def spans_of(gold: dict) -> list[tuple[str, dict]]:
    """Every annotated span with where it sits in the gold file."""
    found = []
    for i, quote in enumerate(gold["quotes"]):
        found.append((f"quotes[{i}]", quote))
        if quote.get("speaker_mention"):
            found.append((f"quotes[{i}].speaker_mention", quote["speaker_mention"]))
    for i, claim in enumerate(gold["claims"]):
        found.append((f"claims[{i}]", claim))
        if claim.get("subject_span"):
            found.append((f"claims[{i}].subject_span", claim["subject_span"]))
    for i, flag in enumerate(gold["flags"]):
        found += [(f"flags[{i}].evidence[{j}]", e) for j, e in enumerate(flag["evidence"])]
    return found


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_gold_file_is_valid_and_every_span_matches_its_article(path):
    gold, text = read_gold(path)
    assert ARTICLE_KEYS <= set(gold), f"missing {sorted(ARTICLE_KEYS - set(gold))}"
    assert gold["article"] == path.name.replace(".gold.json", ".txt")
    date.fromisoformat(gold["date"])
    assert isinstance(gold["clean"], bool) and (not gold["clean"] or gold["flags"] == [])
    for quote in gold["quotes"]:
        assert QUOTE_KEYS <= set(quote), f"{quote['text']!r} misses {sorted(QUOTE_KEYS - set(quote))}"
        assert quote["kind"] in get_args(QuoteKind) and quote["speaker_type"] in get_args(SpeakerType)
        assert quote["speaker"] is None or quote["speaker"].strip() == quote["speaker"] != ""
    for claim in gold["claims"]:
        assert CLAIM_KEYS <= set(claim), f"{claim['text']!r} misses {sorted(CLAIM_KEYS - set(claim))}"
        assert claim["kind"] in get_args(ClaimKind), claim
    for flag in gold["flags"]:
        assert flag["rule"] in GOLD_RULE_CODES and flag["evidence"], flag
    bad = [(where, s["start"], s["end"], s["text"], text[s["start"]:s["end"]]) for where, s in spans_of(gold)
           if not (0 <= s["start"] < s["end"] <= len(text) and text[s["start"]:s["end"]] == s["text"])]
    assert bad == []
    assert validate_gold(gold, text) == []  # and `claimcheck eval` accepts it


def test_every_article_has_its_gold_annotation():
    articles = {p.stem for p in CORPUS.glob("*.txt")}
    annotated = {p.name.removesuffix(".gold.json") for p in GOLD_FILES}
    assert sorted(articles - annotated) == [] and sorted(annotated - articles) == []


def test_the_corpus_has_the_size_and_styles_the_issue_asks_for():
    golds = [read_gold(p) for p in GOLD_FILES]
    assert len(golds) >= 20
    lengths = {g["article"]: len(text.split()) for g, text in golds}
    assert {name: n for name, n in lengths.items() if not 300 <= n <= 1500} == {}
    assert sum(g["clean"] for g, _ in golds) >= 6
    styles = [g["style"] for g, _ in golds]
    assert styles.count("british") >= 2 and styles.count("guillemets") >= 1
    assert any(g["flags"] for g, _ in golds)


def test_gold_rule_codes_are_the_table_in_the_corpus_readme_and_registered_checks():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert set(re.findall(r"^\| (CC\d{3}) \|", readme, flags=re.M)) == GOLD_RULE_CODES
    assert GOLD_RULE_CODES <= set(RULES)


WIKINEWS_DEV = Path(__file__).resolve().parents[1] / "wikinews_dev"


@pytest.mark.parametrize("gold_path", sorted(WIKINEWS_DEV.glob("*.gold.json")), ids=lambda p: p.stem)
def test_wikinews_dev_gold_is_valid_against_its_shared_record(gold_path):
    from claimcheck.eval import load_gold

    gold = load_gold(gold_path)  # raises on a span outside the text, a bad kind, or article text kept in the file
    assert gold.quotes or gold.claims
