"""`make bench`'s measuring functions on real corpus articles (the figures themselves are printed, not asserted)."""

from __future__ import annotations

from conftest import CORPUS, SHARED

from claimcheck.bench import load_corpora, time_batch, time_pipeline


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


def test_long_articles_are_built_to_length_from_paragraphs_in_turn():
    from claimcheck.bench_startup import long_article

    paragraphs = ["The council met on Monday.", "Its members voted to keep the ferry running until May."]
    text = long_article(paragraphs, 40)
    header, _, body = text.partition("March 3, 2019\n\n")
    assert header.startswith("A long read") and len(body.split()) >= 40
    assert body.split("\n\n")[:3] == [paragraphs[0], paragraphs[1], paragraphs[0]]


def test_scaling_reports_cost_per_1000_words_and_nli_pairs_per_size(preview_pipeline):
    from claimcheck.bench_startup import scaling

    paragraphs = ["The mayor said the bridge would not reopen before June.",
                  "The bridge reopened in March, the transport office said.",
                  "Repairs cost $4 million, according to the city, and 120 workers took part."]
    rows = scaling(preview_pipeline, paragraphs, sizes=(60, 240), runs=1)
    assert [row["words"] >= size for row, size in zip(rows, (60, 240))] == [True, True]
    assert all(row["claimcheck_ms_per_1000_words"] > 0 and row["spacy_ms_per_1000_words"] > 0 for row in rows)
    assert rows[0]["nli_pairs"] > 0  # a statement and its denial (CC301): the pairs are counted per article
    assert all(isinstance(row["nli_pairs"], int) for row in rows)


def test_time_batch_measures_the_local_pool_and_the_dask_engine_over_the_same_articles():
    import distributed  # noqa: F401  the dask extra (make install): missing, this test fails rather than skips
    articles = load_corpora(CORPUS, SHARED / "no-such-wikinews.jsonl", None)["corpus"][:3]
    for engine in ("local", "dask"):
        batch = time_batch(articles, 1, engine=engine)
        assert (batch["articles"], batch["failed"]) == (3, 0), engine
        assert batch["per_second"] > 0 and batch["steady_per_second"] > 0
