"""Shared fixtures: one pipeline (spaCy loaded once per session) and the paths of the shared data."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

# A test run started in the background by a shell without job control (`nohup make test &`) inherits SIGINT
# ignored, and so would every command the Ctrl-C tests start; give them the terminal's default back.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
REFERENCE_ARTICLE = SHARED / "articles" / "000_1e576be946aa0105.txt"
WIKINEWS = SHARED / "corpora" / "wikinews" / "wikinews_2019.jsonl"


@pytest.fixture(autouse=True)
def rules_must_not_fail(request, monkeypatch):
    """A rule that raises is caught so that an article keeps its other findings (`Checker._run`); in a test it
    fails the test, or a test that expects a rule to stay quiet would pass on a crash. A test of that catching
    itself is marked `rule_failure`."""
    if request.node.get_closest_marker("rule_failure"):
        return
    from claimcheck.checks import Checker

    run = Checker._run

    def strict(self, doc, codes, family, *args):
        before = len(doc.warnings)
        flags = run(self, doc, codes, family, *args)
        failed = [w for w in doc.warnings[before:] if "internal error" in w]
        if failed:
            pytest.fail(failed[0])
        return flags

    monkeypatch.setattr(Checker, "_run", strict)


@pytest.fixture(scope="session")
def pipeline():
    """The full default pipeline, models loaded once for the whole test session."""
    from claimcheck.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def claims_doc(nlp):
    """A runner: the Document of a body text under a headline, dated `date`, segmented and its claims extracted."""
    from claimcheck.claims import ClaimExtractor
    from claimcheck.ingest import from_text
    from claimcheck.segment import Segmenter

    segmenter, extractor = Segmenter(nlp), ClaimExtractor()

    def run(body: str, date: str | None = "2025-05-14"):
        doc = from_text(f"A headline for the test\n\n{body}", date=date)
        segmenter(doc)
        extractor(doc)
        return doc

    return run


@pytest.fixture(scope="session")
def preview_pipeline():
    """The pipeline with the preview rules on as well (`--preview`)."""
    from claimcheck.pipeline import Pipeline
    from claimcheck.settings import Settings

    return Pipeline(Settings(preview=True))


@pytest.fixture(scope="session")
def nlp(pipeline):
    """The spaCy English pipeline the project uses."""
    return pipeline.resources.nlp


@pytest.fixture(scope="session")
def reference_doc(pipeline):
    """The shared reference article, fully annotated."""
    assert REFERENCE_ARTICLE.exists(), f"{REFERENCE_ARTICLE} is missing: ../shared must sit beside the project"
    return pipeline.check(REFERENCE_ARTICLE)
