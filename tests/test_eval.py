"""The scorer: span matching, attribute and flag matching, PRF sums, gold loading, and `claimcheck eval` end to end."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.document import Claim, Evidence, Flag, Quote, Span
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.eval import (
    COMPONENT_LABELS,
    COMPONENTS,
    PRF,
    Accuracy,
    date_interval,
    EvalResult,
    GoldError,
    GoldFlag,
    flag_matches,
    gold_files,
    load_gold,
    match_flags,
    match_spans,
    same_name,
    same_value,
    score_article,
    validate_gold,
)
from claimcheck.ingest import from_text

from conftest import CORPUS

FEES = """Port Authority Raises Harbour Fees

By Lena Ortiz
June 2, 2025

The port authority said on Monday it would raise harbour fees by 12 percent, the first rise in six years.

"We cannot keep the docks open on the old fees," said Carla Mendes, the authority's chief executive. "The costs have doubled."

Shipping firms would pay about $4 million a year more, the Harbour Users Group said in a statement.

A spokesman for the authority later put the rise at 15 percent.
"""

LIBRARY = """Library Opens Second Branch

By Tom Avery
April 9, 2025

The city library opened its second branch on Saturday, with 40,000 books on its shelves.

"Every child in the east of the city now lives within a mile of a library," said the head librarian, Ruth Adeyemi.

The branch cost $2.5 million, paid for by a bequest, and will open six days a week.
"""


def span(text: str, snippet: str, nth: int = 0) -> dict:
    """A gold span dict for the `nth` occurrence of `snippet`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(snippet, start + 1)
    return {"start": start, "end": start + len(snippet), "text": snippet}


def gold_quote(text: str, snippet: str, speaker: str | None, kind: str = "direct", via: str | None = None) -> dict:
    return {**span(text, snippet), "kind": kind, "speaker": speaker, "speaker_type": "person", "via": via}


def gold_claim(text: str, snippet: str, kind: str, value=None, unit=None, **extra) -> dict:
    return {**span(text, snippet), "kind": kind, "value": value, "unit": unit, **extra}


def write_gold(folder, name: str, text: str, *, quotes=(), claims=(), flags=(), clean=False, style="us"):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {"article": f"{name}.txt", "date": "2025-06-02", "style": style, "clean": clean,
            "quotes": list(quotes), "claims": list(claims), "flags": list(flags)}
    path = folder / f"{name}.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def predicted_quote(text: str, snippet: str, speaker: str | None, via: str | None = None) -> Quote:
    s = span(text, snippet)
    return Quote(s["start"], s["end"], snippet, "direct", speaker=speaker, via=via)


def predicted_claim(text: str, snippet: str, kind: str, value=None, unit=None, **extra) -> Claim:
    s = span(text, snippet)
    return Claim(s["start"], s["end"], snippet, kind, value=value, unit=unit, **extra)


def evidence(text: str, snippet: str) -> Evidence:
    s = span(text, snippet)
    return Evidence(s["start"], s["end"], snippet)


# ------------------------------------------------------------------------------------------------ figures


def test_prf_adds_counts_and_says_none_when_there_was_nothing_to_score():
    total = PRF(3, 1, 2) + PRF(1, 0, 2)
    assert (total.tp, total.fp, total.fn) == (4, 1, 4)
    assert total.precision == pytest.approx(0.8)
    assert total.recall == pytest.approx(0.5)
    assert total.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)
    nothing = PRF()
    assert nothing.precision is None and nothing.recall is None and nothing.f1 is None
    missed_all = PRF(0, 0, 5)  # a stage that found nothing: precision undefined, recall and F1 zero
    assert missed_all.precision is None and missed_all.recall == 0.0 and missed_all.f1 == 0.0
    assert (Accuracy(2, 3) + Accuracy(0, 1)).value == pytest.approx(0.5)
    assert Accuracy().value is None


# ------------------------------------------------------------------------------------------------ matching


def test_a_prediction_must_cover_half_the_gold_span():
    gold = [Span(100, 120)]
    assert match_spans(gold, [Span(110, 140)]) == [(0, 0)]  # exactly half of the gold span
    assert match_spans(gold, [Span(111, 140)]) == []  # one character short of half: no match
    assert match_spans(gold, [Span(90, 200)]) == [(0, 0)]  # a longer prediction covering all of it
    assert match_spans(gold, [Span(120, 130)]) == []  # touching is not overlapping


def test_span_matching_is_one_to_one_and_greedy_by_overlap():
    gold = [Span(0, 10), Span(10, 30)]
    # P0 covers half of gold 0 and all of gold 1; P1 covers most of gold 0. P0 goes to gold 1 (20 shared
    # characters), which leaves gold 0 to P1; a third prediction on gold 1 finds it taken.
    predicted = [Span(5, 30), Span(0, 6), Span(12, 30)]
    assert match_spans(gold, predicted) == [(0, 1), (1, 0)]
    # two predictions for one gold span: only one of them counts
    assert match_spans([Span(0, 10)], [Span(0, 10), Span(0, 9)]) == [(0, 0)]


def test_speaker_names_match_after_normalisation_or_fuzzily_but_not_surname_for_full_name():
    assert same_name("Rajnath Singh", "rajnath  SINGH")
    assert same_name("Organisation for Economic Co-operation and Development",
                     "Organization for Economic Co-operation and Development")
    assert not same_name("Rajnath Singh", "Singh")
    assert not same_name("Carla Mendes", "Carlo Mendez Ruiz")
    assert same_name(None, None)
    assert not same_name(None, "Carla Mendes") and not same_name("Carla Mendes", None)


def test_claim_values_compare_numbers_ranges_dates_and_units():
    money = Claim(0, 10, "$5.4 billion", "money", value=5.4e9, unit="USD")
    assert same_value(money, Claim(0, 10, "", "money", value=5_400_000_000.000001, unit="usd"))
    assert not same_value(money, Claim(0, 10, "", "money", value=5.5e9, unit="USD"))
    assert not same_value(money, Claim(0, 10, "", "money", value=5.4e9))  # the gold unit is required
    ages = Claim(0, 8, "11 to 14", "range", low=11, high=14, unit="years")
    assert same_value(ages, Claim(0, 8, "", "range", low=11.0, high=14.0, unit="year"))
    assert not same_value(ages, Claim(0, 8, "", "range", value=11.0, unit="years"))
    day = Claim(0, 7, "Tuesday", "date", date="2025-03-11")
    assert same_value(day, Claim(0, 7, "", "date", date="2025-03-11"))
    assert not same_value(day, Claim(0, 7, "", "date", date="2025-03-04"))
    assert not same_value(day, Claim(0, 7, "", "date", date="2025-03"))  # the month is less than the day
    month = Claim(0, 8, "November", "period", date="2024-11")
    assert same_value(month, Claim(0, 8, "", "period", date="2024-11-01/2024-11-30"))
    assert not same_value(month, Claim(0, 8, "", "period", date="2024-11-01/2024-11-29"))
    assert not same_value(month, Claim(0, 8, "", "period"))
    last_year = Claim(0, 9, "last year", "date", value=2024)  # gold resolved to the year only
    assert same_value(last_year, Claim(0, 9, "", "date", date="2024-01-01/2024-12-31"))
    assert same_value(last_year, Claim(0, 9, "", "date", value=2024.0))
    assert not same_value(last_year, Claim(0, 9, "", "date", date="2023-07"))
    assert date_interval("2024-02/2024-03") == (date(2024, 2, 1), date(2024, 3, 31))
    assert date_interval("2024-W07") is None and date_interval(None) is None
    count = Claim(0, 5, "three", "count", value=3)
    assert same_value(count, Claim(0, 5, "", "count", value=3.0, unit="people"))  # no gold unit: any unit


def test_flags_match_on_rule_family_and_every_gold_evidence_span():
    first, second = Evidence(10, 20, "$5.4 billion"), Evidence(200, 212, "$5.5 billion")
    gold = GoldFlag("CC101", [first, second])

    def flag(code: str, spans: list[Evidence]) -> Flag:
        return Flag(code, "rule", "warning", 0.9, "message", spans)

    sentence_level = [Evidence(0, 40, "sentence one"), Evidence(190, 260, "sentence two")]
    assert flag_matches(gold, flag("CC101", sentence_level))
    assert flag_matches(gold, flag("CC103", [first, second]))  # same family
    assert not flag_matches(gold, flag("CC301", [first, second]))  # another family
    assert not flag_matches(gold, flag("CC101", [first]))  # the second figure is not cited
    # the exact code wins over a same-family flag, whatever the order
    assert match_flags([gold], [flag("CC102", [first, second]), flag("CC101", [first, second])]) == [(0, 1)]


# ------------------------------------------------------------------------------------------------ gold files


def test_validate_gold_reports_each_problem():
    text = FEES
    good = {"article": "x.txt", "clean": False, "quotes": [gold_quote(text, "The costs have doubled.", "Carla Mendes")],
            "claims": [gold_claim(text, "12 percent", "percent", 12, "%")],
            "flags": [{"rule": "CC103", "evidence": [span(text, "12 percent"), span(text, "15 percent")]}]}
    assert validate_gold(good, text) == []
    bad = json.loads(json.dumps(good))
    bad["quotes"][0]["start"] += 1  # text no longer matches
    bad["claims"][0]["kind"] = "amount"
    bad["flags"][0]["rule"] = "CC999"
    bad["flags"][0]["evidence"][1]["end"] = len(text) + 5
    problems = validate_gold(bad, text)
    assert len(problems) == 4
    assert any("quotes[0]" in p and "text" in p for p in problems)
    assert any("claims[0]" in p and "amount" in p for p in problems)
    assert any("CC999" in p for p in problems)
    assert any("flags[0].evidence[1]" in p and "outside" in p for p in problems)
    assert validate_gold({**good, "clean": True}, text) == ["a clean article cannot expect flags"]
    assert validate_gold({"article": "x.txt"}, text) == [
        "missing key 'clean'", "missing key 'quotes'", "missing key 'claims'", "missing key 'flags'"]


def test_load_gold_reads_the_article_and_refuses_bad_files(tmp_path):
    path = write_gold(tmp_path, "fees", FEES, quotes=[gold_quote(FEES, "The costs have doubled.", "Carla Mendes")])
    gold = load_gold(path)
    assert gold.id == "fees" and gold.text == FEES
    quote = gold.quotes[0]
    assert quote.speaker == "Carla Mendes" and FEES[quote.start:quote.end] == quote.text == "The costs have doubled."
    assert gold_files(tmp_path) == [path]

    (tmp_path / "broken.gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="not valid JSON"):
        load_gold(tmp_path / "broken.gold.json")
    shifted = write_gold(tmp_path, "shifted", "An extra line.\n" + FEES,
                         quotes=[gold_quote(FEES, "The costs have doubled.", "Carla Mendes")])
    with pytest.raises(GoldError, match="shifted.gold.json: quotes\\[0\\]: text"):
        load_gold(shifted)
    missing = tmp_path / "missing.gold.json"
    missing.write_text(json.dumps({"article": "nowhere.txt", "clean": True, "quotes": [], "claims": [], "flags": []}))
    with pytest.raises(InputError):
        load_gold(missing)
    with pytest.raises(GoldError, match="not a gold annotation file"):
        gold_files(tmp_path / "fees.txt")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(GoldError, match="no \\*.gold.json"):
        gold_files(empty)


# ------------------------------------------------------------------------------------------------ scoring


def fees_gold(tmp_path):
    return load_gold(write_gold(
        tmp_path, "fees", FEES,
        quotes=[gold_quote(FEES, "We cannot keep the docks open on the old fees,", "Carla Mendes"),
                gold_quote(FEES, "The costs have doubled.", "Carla Mendes"),
                gold_quote(FEES, "Shipping firms would pay about $4 million a year more", "Harbour Users Group",
                           kind="indirect")],
        claims=[gold_claim(FEES, "12 percent", "percent", 12, "%"),
                gold_claim(FEES, "six years", "period", 6, "years"),
                gold_claim(FEES, "$4 million", "money", 4e6, "USD"),
                gold_claim(FEES, "15 percent", "percent", 15, "%")],
        flags=[{"rule": "CC103", "evidence": [span(FEES, "12 percent"), span(FEES, "15 percent")]}],
    ))


def test_score_article_counts_matches_misses_false_positives_and_wrong_attributes(tmp_path):
    gold = fees_gold(tmp_path)
    doc = from_text(FEES, id="fees")
    doc.quotes = [predicted_quote(FEES, "We cannot keep the docks open on the old fees,", "carla  mendes"),
                  predicted_quote(FEES, "The costs have doubled.", "Mendes"),  # surname only: wrong speaker
                  predicted_quote(FEES, "the old fees", "Carla Mendes")]  # its gold quote is taken: false positive
    doc.claims = [predicted_claim(FEES, "12 percent", "percent", 12, "%"),
                  predicted_claim(FEES, "$4 million", "money", 4e6),  # no currency: wrong value
                  predicted_claim(FEES, "15", "count", 15)]  # 2 of the 10 gold characters: must not match
    doc.flags = [Flag("CC103", "conflicting-percentage", "warning", 0.8, "two values",
                      [evidence(FEES, "raise harbour fees by 12 percent"), evidence(FEES, "the rise at 15 percent")]),
                 Flag("CC301", "contradictory-statements", "warning", 0.9, "contradiction",
                      [evidence(FEES, "The costs have doubled.")])]
    score = score_article(gold, doc)
    c = score.components
    assert (c["quote_spans"].prf.tp, c["quote_spans"].prf.fp, c["quote_spans"].prf.fn) == (2, 1, 1)
    assert (c["quote_attribution"].accuracy.correct, c["quote_attribution"].accuracy.total) == (1, 2)
    assert (c["quote_attribution"].prf.tp, c["quote_attribution"].prf.fp, c["quote_attribution"].prf.fn) == (1, 2, 2)
    assert c["quote_via"].accuracy.value == 1.0 and c["quote_via"].prf.f1 is None  # no relays on either side
    assert (c["claim_spans"].prf.tp, c["claim_spans"].prf.fp, c["claim_spans"].prf.fn) == (2, 1, 2)
    assert (c["claim_values"].accuracy.correct, c["claim_values"].accuracy.total) == (1, 2)
    assert (c["flags"].prf.tp, c["flags"].prf.fp, c["flags"].prf.fn) == (1, 1, 0)
    assert all(component.ran for component in c.values())
    listed = {(e.component, e.type, e.text) for e in score.errors}
    assert ("quote_spans", "missed", "Shipping firms would pay about $4 million a year more") in listed
    assert ("quote_spans", "false positive", "the old fees") in listed
    assert ("quote_attribution", "wrong", "The costs have doubled.") in listed
    assert ("claim_spans", "missed", "six years") in listed and ("claim_spans", "missed", "15 percent") in listed
    assert ("claim_spans", "false positive", "15") in listed
    assert ("claim_values", "wrong", "$4 million") in listed
    assert ("flags", "false positive", "CC301: The costs have doubled.") in listed
    assert not any(e.type == "missed" and e.component == "flags" for e in score.errors)
    assert [e.start for e in score.errors] == sorted(e.start for e in score.errors)


def test_stages_that_did_not_run_score_zero_recall_and_say_so(tmp_path):
    gold = fees_gold(tmp_path)
    score = score_article(gold, from_text(FEES, id="fees"))  # quotes, claims and flags all None
    for name in COMPONENTS:
        assert not score.components[name].ran
    assert score.components["quote_spans"].prf.recall == 0.0
    assert score.components["claim_spans"].prf.fn == 4
    assert score.errors == []
    result = EvalResult([score])
    assert result.false_flags_per_clean_article is None
    summed = result.to_dict()["components"]
    assert summed["flags"]["ran"] is False and summed["flags"]["recall"] == 0.0 and summed["flags"]["precision"] is None


def test_false_flags_are_counted_per_clean_article(tmp_path):
    clean = load_gold(write_gold(tmp_path, "library", LIBRARY, clean=True))
    fees = fees_gold(tmp_path)
    noisy = from_text(LIBRARY, id="library")
    noisy.quotes, noisy.claims = [], []
    noisy.flags = [Flag("CC201", "implausible-unit-price", "warning", 0.6, "price",
                        [evidence(LIBRARY, "$2.5 million"), evidence(LIBRARY, "40,000")])] * 3
    quiet = from_text(LIBRARY, id="library")
    quiet.quotes, quiet.claims, quiet.flags = [], [], []
    fees_doc = from_text(FEES, id="fees")
    fees_doc.quotes, fees_doc.claims, fees_doc.flags = [], [], []
    result = EvalResult([score_article(clean, noisy), score_article(clean, quiet), score_article(fees, fees_doc)])
    assert result.clean_articles == 2
    assert result.false_flags_per_clean_article == pytest.approx(1.5)
    assert result.components["flags"].prf.fp == 3 and result.components["flags"].prf.fn == 1


# ------------------------------------------------------------------------------------------------ the command


def test_eval_command_prints_every_component_and_each_article(tmp_path):
    write_gold(tmp_path, "fees", FEES,
               quotes=[gold_quote(FEES, "The costs have doubled.", "Carla Mendes")],
               claims=[gold_claim(FEES, "12 percent", "percent", 12, "%")],
               flags=[{"rule": "CC103", "evidence": [span(FEES, "12 percent"), span(FEES, "15 percent")]}])
    write_gold(tmp_path, "library", LIBRARY, clean=True,
               quotes=[gold_quote(LIBRARY, "Every child in the east of the city now lives within a mile of a library,",
                                  "Ruth Adeyemi")],
               claims=[gold_claim(LIBRARY, "40,000", "count", 40000), gold_claim(LIBRARY, "$2.5 million", "money",
                                                                                 2.5e6, "USD")])
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--no-details"])
    assert result.exit_code == 0, result.output
    for label in COMPONENT_LABELS.values():
        assert label in result.output
    assert "Evaluation on 2 articles (1 clean)" in result.output
    assert "False flags per clean article" in result.output
    detailed = CliRunner().invoke(app, ["eval", str(tmp_path / "library.gold.json")])
    assert detailed.exit_code == 0 and "library" in detailed.output


def test_eval_command_fails_clearly_on_a_missing_benchmark_before_scoring_anything(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "no_corpus"), "--newsquant-path",
                                      str(tmp_path / "NewsQuant.json")])
    assert isinstance(result.exception, ClaimcheckError)
    assert "NewsQuant" in str(result.exception) and "\n" not in str(result.exception)
    missing = CliRunner().invoke(app, ["eval", str(tmp_path / "no_corpus")])
    assert isinstance(missing.exception, GoldError) and "no such file" in str(missing.exception)


def test_threshold_sweep_runs_the_checks_once_per_threshold(tmp_path):
    for name in ("a11_wire_india_solar_share_sale", "a08_interview_glacier_scientist"):
        for suffix in (".txt", ".gold.json"):
            (tmp_path / f"{name}{suffix}").write_bytes((CORPUS / f"{name}{suffix}").read_bytes())
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--format", "json", "--nli-thresholds", "0,0.9,1",
                                      "--preview"])  # CC301 is a preview rule
    assert result.exit_code == 0, result.output
    sweep = json.loads(result.output)["threshold_sweep"]
    assert [point["threshold"] for point in sweep] == [0.0, 0.9, 1.0]
    false_positives = [point["flags"]["fp"] for point in sweep]
    assert false_positives == sorted(false_positives, reverse=True) and false_positives[0] > false_positives[-1]
    # the solar company's denied dividend rests on structure, so no threshold loses it
    assert all(point["flags"]["tp"] == 1 and point["flags"]["fn"] == 0 for point in sweep)
    bad = CliRunner().invoke(app, ["eval", str(tmp_path), "--nli-thresholds", "0.5,high"])
    assert isinstance(bad.exception, InputError) and "'high' is not a number" in str(bad.exception)


@pytest.fixture(scope="module")
def corpus_scores():
    """`claimcheck eval corpus/ --format json`, run once for the tests below."""
    result = CliRunner().invoke(app, ["eval", str(CORPUS), "--format", "json", "--preview"])  # every rule
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_eval_on_the_corpus_gives_json_with_every_component_and_article(corpus_scores):
    gold = gold_files(CORPUS)
    assert corpus_scores["articles"] == len(gold)
    assert [a["gold"] for a in corpus_scores["per_article"]] == [str(p) for p in gold]
    for name in COMPONENTS:
        figures = corpus_scores["components"][name]
        assert {"ran", "tp", "fp", "fn", "precision", "recall", "f1"} <= set(figures)
        assert figures["tp"] + figures["fn"] == sum(a["components"][name]["tp"] + a["components"][name]["fn"]
                                                    for a in corpus_scores["per_article"])
    gold_quotes = sum(len(json.loads(p.read_text(encoding="utf-8"))["quotes"]) for p in gold)
    quotes = corpus_scores["components"]["quote_spans"]
    assert quotes["tp"] + quotes["fn"] == gold_quotes


# Floors: set a little below what the pipeline scored on the corpus when they were last raised. They rise as the
# pipeline improves (raise them with it); a drop below one is a regression to look at, not a number to lower.
# Measured F1 (with --preview, every rule) on 2026-12-02: quotes 99.0, attribution 97.3, via 97.1, claims 97.1,
# values 93.8, flags 93.8 (P 88.2, R 100: 15 of 15, the semantic pairs "killed" / "deaths" and "a summit held on
# Tuesday" / "Wednesday's summit" found again through typed facts, no word groups).
FLOORS = {  # component: minimum F1
    "quote_spans": 0.96,
    "quote_attribution": 0.92,
    "quote_via": 0.85,  # 18 relays in the corpus: one miss moves it 5 points
    "claim_spans": 0.95,
    "claim_values": 0.92,
    "flags": 0.85,  # 15 expected flags: one miss moves it about 5 points
}
BARS = {"claim_value_accuracy": 0.95, "flag_recall": 0.9}  # measured 0.967 and 1.0 (15/15; the issue asks 0.9)
MAX_FALSE_FLAGS_PER_CLEAN_ARTICLE = 0.4  # measured 0.22 with --preview; the bar is 1.0


def test_corpus_scores_reach_their_floors(corpus_scores):
    components = corpus_scores["components"]
    below = {name: components[name]["f1"] for name, floor in FLOORS.items()
             if not components[name]["ran"] or (components[name]["f1"] or 0.0) < floor}
    assert below == {}, f"under the floors {FLOORS}"
    per_clean = corpus_scores["false_flags_per_clean_article"]
    assert per_clean is not None and per_clean <= MAX_FALSE_FLAGS_PER_CLEAN_ARTICLE
    assert components["claim_values"]["accuracy"] >= BARS["claim_value_accuracy"]
    assert components["flags"]["recall"] >= BARS["flag_recall"]


def test_gold_on_a_shared_record_reads_the_text_from_the_corpus(tmp_path, monkeypatch):
    from claimcheck import eval as scoring

    text = "Dana Ruiz said the plant would close. \"We tried everything,\" she said, adding that 40 jobs would go."
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "n1", "date": "2024-03-01", "title": "Plant", "text": text}) + "\n")
    monkeypatch.setattr(scoring, "SHARED", tmp_path)
    quote = text.index("We tried")
    claim = text.index("40")
    gold = {"corpus": "news.jsonl", "id": "n1", "quotes": [
        {"start": quote, "end": quote + len("We tried everything,"), "kind": "direct", "speaker": "Dana Ruiz",
         "speaker_type": "person", "speaker_mention": None, "via": None}],
        "claims": [{"start": claim, "end": claim + 2, "kind": "count", "value": 40.0, "subject": "jobs lost"}]}
    path = tmp_path / "n1.gold.json"
    path.write_text(json.dumps(gold))
    article = scoring.load_gold(path)
    assert article.id == "n1" and article.flags is None
    assert article.quotes[0].text == "We tried everything,"
    assert article.document().text == text

    gold["quotes"][0]["text"] = "We tried everything,"
    path.write_text(json.dumps(gold))
    with pytest.raises(scoring.GoldError, match="keeps no article text"):
        scoring.load_gold(path)
    gold["quotes"][0].pop("text")
    gold["id"] = "n2"
    path.write_text(json.dumps(gold))
    with pytest.raises(scoring.GoldError, match="no record with id 'n2'"):
        scoring.load_gold(path)


def test_recall_by_kind_counts_found_gold_per_kind():
    from claimcheck.eval import found_by_kind

    quotes = [Quote(0, 5, "a", "direct"), Quote(10, 20, "b", "mixed"), Quote(30, 40, "c", "mixed")]
    assert found_by_kind(quotes, [(0, 0), (2, 1)]) == {"direct": [1, 1], "mixed": [1, 2]}


# The real-news dev set (wikinews_dev/, issues 17 and 22): quotes and claims on 33 Wikinews articles annotated by
# sessions that never saw the code. Measured: claim spans F1 96.7 (P 94.9, R 98.5), value and unit right for 97.1%
# of found claims; quote spans F1 92.8 (P 94.9, R 90.8), speaker right for 93.5% of found quotes. The floors sit a
# little below; like the corpus floors they rise with the stages and are not lowered to pass.
WIKINEWS_DEV = CORPUS.parent / "wikinews_dev"
WIKINEWS_FLOORS = {"claim_span_f1": 0.94, "claim_value_accuracy": 0.94, "quote_span_f1": 0.91,
                   "quote_attribution_accuracy": 0.91}


def test_quotes_and_claims_on_the_real_news_dev_set_reach_their_floors(nlp):
    from claimcheck.claims import ClaimExtractor
    from claimcheck.eval import evaluate_gold, load_gold
    from claimcheck.pipeline import Pipeline
    from claimcheck.quotes import QuoteExtractor
    from claimcheck.segment import Segmenter

    from conftest import WIKINEWS

    assert WIKINEWS.exists(), f"the Wikinews records are not at {WIKINEWS}: the shared data must be beside the project"
    stages = Pipeline(stages=[Segmenter(nlp), QuoteExtractor(), ClaimExtractor()])
    result = evaluate_gold([load_gold(p) for p in gold_files(WIKINEWS_DEV)], stages)
    spans, values = result.components["claim_spans"], result.components["claim_values"]
    assert spans.prf.f1 >= WIKINEWS_FLOORS["claim_span_f1"], spans.to_dict()
    assert values.accuracy.value >= WIKINEWS_FLOORS["claim_value_accuracy"], values.to_dict()
    quotes, speakers = result.components["quote_spans"], result.components["quote_attribution"]
    assert quotes.prf.f1 >= WIKINEWS_FLOORS["quote_span_f1"], quotes.to_dict()
    assert speakers.accuracy.value >= WIKINEWS_FLOORS["quote_attribution_accuracy"], speakers.to_dict()
