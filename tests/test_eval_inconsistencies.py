"""Scoring the checks on the injected-inconsistency benchmark, on a small benchmark written for the tests."""

from __future__ import annotations

import json

from conftest import CORPUS
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.document import Evidence, Flag
from claimcheck.eval_inconsistencies import (
    Injection,
    load_injections,
    real_slips,
    score_inconsistencies,
    score_injection,
)

CLEAN = ("The council approved a $4.2 million budget for the new library on Monday. Construction starts in "
         "spring.\n\nThe mayor said the library would open next year.")
SLIPPED = ("The council approved a $4.2 million budget for the new library on Monday. Construction starts in "
           "spring.\n\nCouncillors said the $5.6 million library budget was the largest in a decade.")


def _flag(*spans: tuple[int, int]) -> Flag:
    return Flag("CC101", "conflicting-amount", "error", 0.9, "m", [Evidence(s, e, "x") for s, e in spans])


def _injection(edited: tuple[int, int], conflicts: tuple[tuple[int, int], ...]) -> Injection:
    return Injection("a-restated-figure", "a", "tune", "restated-figure", "2024-03-05", None, "x" * 200, edited,
                     conflicts)


def test_a_pair_hit_needs_one_flag_citing_the_edit_and_a_conflicting_span():
    item = _injection((100, 110), ((10, 20), (40, 50)))
    assert score_injection(item, [_flag((12, 14), (105, 106))]).pair_hit
    split = score_injection(item, [_flag((12, 14)), _flag((105, 106))])  # two flags, one place each
    assert not split.pair_hit and split.loose_hit
    elsewhere = score_injection(item, [_flag((60, 70), (150, 160))])
    assert not elsewhere.pair_hit and not elsewhere.loose_hit
    touching = score_injection(item, [_flag((90, 100), (20, 30))])  # ends are exclusive: no overlap
    assert not touching.loose_hit


def test_real_slips_are_read_from_their_section_of_the_readme(tmp_path):
    (tmp_path / "README.md").write_text(
        "# Benchmark\nwn2019_001 is mentioned here.\n\n## Real slips in the originals\n"
        "Flags may be right on wn2019_010 (counts) and wn2019_166.\n\n## Licence\nwn2019_020 again.\n",
        encoding="utf-8")
    assert real_slips(tmp_path) == {"wn2019_010", "wn2019_166"}


def _write_benchmark(tmp_path) -> None:
    bench = tmp_path / "benchmarks" / "inconsistencies"
    bench.mkdir(parents=True)
    start = SLIPPED.index("$5.6 million")
    record = {"id": "art1-restated-figure", "source_id": "art1", "url": "", "date": "2024-03-06", "title": "t",
              "text": SLIPPED, "split": "tune",
              "injection": {"type": "restated-figure", "mode": "replace", "before": "$4.2 million",
                            "edited": {"start": start, "end": start + 12, "text": "$5.6 million"},
                            "conflicts_with": [{"start": SLIPPED.index("$4.2"), "end": SLIPPED.index("$4.2") + 12,
                                                "text": "$4.2 million"}],
                            "explanation": "two budgets"}}
    (bench / "injected.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (bench / "README.md").write_text("## Real slips in the originals\nnone\n", encoding="utf-8")
    wikinews = tmp_path / "corpora" / "wikinews"
    wikinews.mkdir(parents=True)
    original = {"id": "art1", "date": "2024-03-06", "title": "t", "text": CLEAN}
    (wikinews / "wikinews_2019.jsonl").write_text(json.dumps(original) + "\n", encoding="utf-8")


def test_the_benchmark_is_scored_end_to_end_with_the_real_pipeline(tmp_path, pipeline):
    _write_benchmark(tmp_path)
    bench = tmp_path / "benchmarks" / "inconsistencies"
    assert [i.type for i in load_injections(bench)] == ["restated-figure"]
    score = score_inconsistencies(pipeline, bench)
    assert score.rate("tune") == (1, 1) and score.rate("test") == (0, 0)
    assert score.originals == 1 and score.false_flags_per_original == 0.0
    result = CliRunner().invoke(app, ["eval", str(bench / "no_gold_here"), "--inconsistencies-path", str(bench)])
    assert result.exception is not None  # the gold corpus is still required


def test_eval_command_prints_the_benchmark_table(tmp_path):
    _write_benchmark(tmp_path)
    gold = tmp_path / "gold"
    gold.mkdir()
    for suffix in (".txt", ".gold.json"):
        name = f"a08_interview_glacier_scientist{suffix}"
        (gold / name).write_bytes((CORPUS / name).read_bytes())
    result = CliRunner().invoke(app, ["eval", str(gold), "--no-details", "--inconsistencies-path",
                                      str(tmp_path / "benchmarks" / "inconsistencies")])
    assert result.exit_code == 0, result.output
    assert "Injected inconsistencies" in result.output and "restated-figure" in result.output
    assert "1/1/1 (100%)" in result.output and "False flags on 1 published originals: 0" in result.output


def test_any_file_in_the_benchmark_format_is_scored_with_its_own_splits(tmp_path, pipeline):
    _write_benchmark(tmp_path)
    record = json.loads((tmp_path / "benchmarks" / "inconsistencies" / "injected.jsonl").read_text())
    record["split"] = "dev"
    batch = tmp_path / "batch.jsonl"  # no originals beside it: only the injected records are scored
    batch.write_text(json.dumps(record) + "\n", encoding="utf-8")
    score = score_inconsistencies(pipeline, batch)
    assert score.splits == ["dev"] and score.rate("dev") == (1, 1) and score.originals == 0
    assert list(score.to_dict()["splits"]) == ["dev"]


def test_published_articles_alone_are_scored_for_false_flags(tmp_path):
    published = tmp_path / "archive.jsonl"
    rows = [{"id": "clean", "date": "2024-03-06", "title": "t", "text": CLEAN},
            {"id": "slipped", "date": "2024-03-06", "title": "t", "text": SLIPPED}]
    published.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    for suffix in (".txt", ".gold.json"):
        name = f"a08_interview_glacier_scientist{suffix}"
        (gold / name).write_bytes((CORPUS / name).read_bytes())
    result = CliRunner().invoke(app, ["eval", str(gold), "--no-details", "--published", str(published)])
    assert result.exit_code == 0, result.output
    assert "Injected inconsistencies" not in result.output
    assert "False flags on 2 published originals: 1 (0.500 per article; by rule: CC101 1)" in result.output
    detailed = CliRunner().invoke(app, ["eval", str(gold), "--published", str(published)])
    assert "false flag     slipped" in detailed.output and "false flag     clean" not in detailed.output
