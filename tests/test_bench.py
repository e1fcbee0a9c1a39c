"""`make bench`'s measuring functions on real corpus articles (the figures themselves are printed, not asserted)."""

from __future__ import annotations

from conftest import CORPUS, SHARED

from claimcheck.bench import load_corpora, time_pipeline


def test_time_pipeline_times_every_stage_and_counts_the_nli_pairs(preview_pipeline):
    pipeline = preview_pipeline  # CC301, which puts the denials below to the model, is a preview rule
    corpora = load_corpora(CORPUS, SHARED / "no-such-wikinews.jsonl", None)
    assert list(corpora) == ["corpus"]
    articles = [a for a in corpora["corpus"] if a.id.startswith(("a11_", "b09_"))]
    assert len(articles) == 2 and all(a.words > 300 for a in articles)
    timings = time_pipeline(pipeline, articles, runs=2)
    assert len(timings.runs) == 2
    assert {"ingest", "segment", "quotes", "claims", "checks", "total"} <= set(timings.runs[0])
    assert all(timings.per_1000_words(stage) > 0 for stage in ("segment", "claims", "checks", "total"))
    # each article holds a statement and its denial, so each puts pairs to the model
    assert timings.nli_pairs_per_article is not None and timings.nli_pairs_per_article >= 2
