"""`python -m claimcheck.bench --shared ../shared` (`make bench`): how fast claimcheck is, and against what.

Prints, over the project's corpus and the Wikinews corpus:
- each stage's time and the total per 1,000 words (median of `--runs` runs), beside a bare spaCy parse of the
  same texts with the same model; the ratio claimcheck / spaCy is the figure to drive down;
- articles per second in `claimcheck batch` with one worker per core, in the local pool and in a Dask
  LocalCluster (`--engine dask`, when `claimcheck[dask]` is installed), and the local workers' peak memory;
- this process's peak memory, and batch words per second;
- the cold start on the reference article against a bare spaCy start, with its breakdown, and the CPU time per
  1,000 words of 1,000- to 50,000-word articles (claimcheck.bench_startup);
- the sentence pairs the checks put to the NLI model per article, the model's pairs per second, and the claim
  stage's NewsQuant value F1, where those are available.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from rich.console import Console
from rich.table import Table

from claimcheck.bench_startup import ColdStart, cold_start, scaling, wikinews_paragraphs
from claimcheck.document import Document

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_ARTICLE = "000_1e576be946aa0105.txt"  # ../shared/articles/: the article the cold start is timed on


@dataclass
class Article:
    """An article's raw text and what ingest needs to rebuild its Document on every run."""

    id: str
    text: str
    title: str | None = None
    words: int = 0


@dataclass
class TimedStage:
    """Wraps a stage and adds up the seconds spent in it."""

    stage: Callable[[Document], None]
    seconds: float = 0.0
    cpu_seconds: float = 0.0

    @property
    def name(self) -> str:
        return getattr(self.stage, "name", type(self.stage).__name__)

    def __call__(self, doc: Document) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        self.stage(doc)
        self.seconds += time.perf_counter() - started
        self.cpu_seconds += time.process_time() - cpu


@dataclass
class Timings:
    """Seconds per stage for each run over one set of articles."""

    words: int
    runs: list[dict[str, float]] = field(default_factory=list)
    nli_pairs_per_article: float | None = None  # sentence pairs the checks put to the NLI model

    def per_1000_words(self, stage: str) -> float:
        """Median over runs of the stage's milliseconds per 1,000 words."""
        return statistics.median(run[stage] for run in self.runs) * 1000 * 1000 / self.words


def load_corpora(corpus_dir: Path, wikinews: Path, limit: int | None) -> dict[str, list[Article]]:
    """The project's corpus articles and the Wikinews articles (the first `limit` when given)."""
    corpus = [Article(p.stem, p.read_text(encoding="utf-8")) for p in sorted(corpus_dir.glob("*.txt"))]
    news = []
    if wikinews.exists():
        for line in wikinews.read_text(encoding="utf-8").splitlines()[:limit]:
            record = json.loads(line)
            news.append(Article(record["id"], record["text"], record.get("title")))
    corpora = {"corpus": corpus, "wikinews": news}
    for articles in corpora.values():
        for article in articles:
            article.words = len(article.text.split())
    return {name: articles for name, articles in corpora.items() if articles}


def time_pipeline(pipeline: Any, articles: list[Article], runs: int) -> Timings:
    """Ingest and every stage, timed over `articles`, `runs` times (wall clock; `cpu` is the process's CPU time)."""
    from claimcheck.ingest import from_text
    from claimcheck.pipeline import Pipeline

    timings = Timings(words=sum(a.words for a in articles))
    checker = next((stage for stage in pipeline.stages if hasattr(stage, "stats")), None)
    pairs_before = checker.stats.nli_pairs if checker else 0
    for _ in range(runs):
        stages = [TimedStage(stage) for stage in pipeline.stages]
        timed = Pipeline(pipeline.settings, stages=stages)
        ingest, cpu = 0.0, time.process_time()
        for article in articles:
            started = time.perf_counter()
            doc = from_text(article.text, id=article.id, title=article.title)
            ingest += time.perf_counter() - started
            timed(doc)
        run = {"ingest": ingest, **{s.name: s.seconds for s in stages}}
        run["total"] = sum(run.values())
        run["total, CPU time"] = time.process_time() - cpu
        timings.runs.append(run)
    if checker is not None and articles:
        timings.nli_pairs_per_article = (checker.stats.nli_pairs - pairs_before) / (runs * len(articles))
    return timings


def time_spacy(articles: list[Article], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of a bare `spacy.load(...)` pipeline parsing every article."""
    import spacy

    from claimcheck.segment import SPACY_MODEL

    nlp = spacy.load(SPACY_MODEL)
    nlp.max_length = 10_000_000
    nlp(articles[0].text)  # warm up
    wall, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        for article in articles:
            nlp(article.text)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return statistics.median(wall), statistics.median(cpu)


def time_batch(articles: list[Article], workers: int, engine: str = "local") -> dict[str, float]:
    """Articles per second of `run_batch` with `workers` processes (JSON reports into a temporary folder), in the
    local pool (`engine` "local") or in a Dask LocalCluster ("dask")."""
    from claimcheck.batch import LocalEngine, run_batch

    if engine == "dask":
        from claimcheck.batch_dask import DaskEngine

        runner = DaskEngine(workers=workers)
    else:
        runner = LocalEngine(workers)

    class Clock:
        def __init__(self) -> None:
            self.finished: list[float] = []

        def start(self, total: int, done: int) -> None:
            self.started = time.perf_counter()

        def advance(self, result: dict) -> None:
            self.finished.append(time.perf_counter())

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "articles.jsonl"
        corpus.write_text("".join(json.dumps({"id": a.id, "text": a.text, "title": a.title}) + "\n"
                                  for a in articles), encoding="utf-8")
        clock = Clock()
        summary = run_batch([corpus], Path(tmp) / "out", formats=["json"], engine=runner, progress=clock)
    first, last = clock.finished[0], clock.finished[-1]
    return {
        "articles": summary.checked,
        "failed": summary.failed,
        "seconds": summary.seconds,
        "per_second": summary.checked / summary.seconds,
        "steady_per_second": (len(clock.finished) - 1) / (last - first) if last > first else float("nan"),
    }


def batch_rate(batch: dict[str, float]) -> str:
    """A `time_batch` result in words."""
    return (f"{batch['per_second']:.2f} articles/s over {batch['articles']} articles in {batch['seconds']:.1f} s "
            f"with start-up; {batch['steady_per_second']:.2f} articles/s once running")


def time_nli(pairs_file: Path, count: int = 512) -> str:
    """The NLI model's pairs per second on `count` SNLI test pairs, or why it cannot be measured."""
    if not pairs_file.exists():
        return f"not available ({pairs_file} is missing)"
    try:
        from claimcheck.nli.model import NliModel

        model = NliModel()
    except Exception as exc:  # any reason the model cannot load is reported, not fatal to the benchmark
        return f"not available ({type(exc).__name__}: {str(exc).splitlines()[0]})"
    pairs = []
    with gzip.open(pairs_file, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            pairs.append((record["premise"], record["hypothesis"]))
            if len(pairs) == count:
                break
    model.predict(pairs[:32])  # warm up
    started = time.perf_counter()
    model.predict(pairs)
    return f"{len(pairs) / (time.perf_counter() - started):.0f} pairs/s ({len(pairs)} SNLI test pairs)"


def print_cold_start(console: Console, cold: ColdStart) -> dict[str, Any]:
    """The cold start against a bare spaCy start, and where a report's start goes."""
    table = Table(title=f"cold start on the reference article (median of {len(cold.report_seconds)} fresh "
                        "processes, wall seconds)", title_justify="left", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("claimcheck report, start to terminal report", f"{statistics.median(cold.report_seconds):.2f} s")
    table.add_row("python -c 'spacy.load(...)(text)' on the same text", f"{statistics.median(cold.spacy_seconds):.2f} s")
    table.add_row("claimcheck / bare spaCy (bar: 1.5×)", f"{cold.ratio:.2f}×")
    table.add_row("[dim]where one report's start goes:[/]", "")
    table.add_row("  interpreter (python -c pass)", f"{cold.interpreter_seconds:.2f} s")
    for name, seconds in cold.phases.items():
        table.add_row(f"  {name}", f"{seconds:.2f} s")
    console.print(table)
    return cold.to_dict()


def print_scaling(console: Console, rows: list[dict]) -> list[dict]:
    """CPU time per 1,000 words by article length: flat when the pipeline is linear."""
    table = Table(title="articles built from Wikinews paragraphs: CPU milliseconds per 1,000 words",
                  title_justify="left")
    for column in ("words", "claimcheck", "bare spaCy parse", "claimcheck / spaCy", "NLI pairs scored"):
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(f"{row['words']:,}", f"{row['claimcheck_ms_per_1000_words']:,.0f}",
                      f"{row['spacy_ms_per_1000_words']:,.0f}",
                      f"{row['claimcheck_ms_per_1000_words'] / row['spacy_ms_per_1000_words']:.2f}×",
                      str(row["nli_pairs"]))
    costs = [row["claimcheck_ms_per_1000_words"] for row in rows]
    console.print(table)
    console.print(f"largest / smallest time per 1,000 words: {max(costs) / min(costs):.2f}× (bar: 1.3×, linear)")
    return rows


def newsquant(path: Path, pipeline: Any) -> str:
    """The claim stage's value F1 on NewsQuant, or why it cannot be measured."""
    try:
        from claimcheck.eval_newsquant import score_newsquant
    except ImportError as exc:
        if exc.name == "claimcheck.eval_newsquant":
            return "not available (claimcheck.eval_newsquant is missing)"
        return f"not available (ImportError: {exc})"
    if not path.exists():
        return f"not available ({path} is missing)"
    scores = score_newsquant(path, pipeline)
    return (f"value F1 {scores['value']['f1']:.1f} (strict {scores['value_strict']['f1']:.1f}), "
            f"value+unit F1 {scores['value_unit']['f1']:.1f} on {scores['sentences']} sentences "
            f"(published best: CQE 92.0 / 85.6)")


def peak_rss_mib(who: int) -> float:
    """Peak resident memory in MiB (`resource.RUSAGE_SELF`, or the largest waited-for child)."""
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(prog="python -m claimcheck.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="the project's annotated corpus")
    parser.add_argument("--runs", type=int, default=3, help="timed runs over each corpus (the median is shown)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N Wikinews articles")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="batch worker processes")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    parser.add_argument("--cold-runs", type=int, default=5, help="fresh processes timed for the cold start")
    args = parser.parse_args(argv)

    from claimcheck.pipeline import Pipeline

    console = Console(highlight=False)
    wikinews = args.shared / "corpora" / "wikinews" / "wikinews_2019.jsonl"
    corpora = load_corpora(args.corpus, wikinews, args.limit)
    if not corpora:
        console.print(f"no articles in {args.corpus} or {wikinews}")
        return 2
    figures: dict[str, Any] = {"cpus": os.cpu_count(), "runs": args.runs}

    started = time.perf_counter()
    pipeline = Pipeline()
    warm = next(iter(corpora.values()))[:3]
    time_pipeline(pipeline, warm, 1)  # loads every model the stages use
    figures["model_load_seconds"] = round(time.perf_counter() - started, 2)

    every = [a for articles in corpora.values() for a in articles]
    timings = {name: time_pipeline(pipeline, articles, args.runs) for name, articles in corpora.items()}
    figures["pipeline_peak_rss_mib"] = round(peak_rss_mib(resource.RUSAGE_SELF), 1)
    spacy_seconds = {name: time_spacy(articles, args.runs) for name, articles in corpora.items()}
    sets: dict[str, list[Article]] = dict(corpora)
    if len(corpora) > 1:  # both corpora together: run i of "all" is run i of each, added up
        sets["all"] = every
        parts = list(corpora)
        timings["all"] = Timings(words=sum(timings[n].words for n in parts), runs=[
            {stage: sum(timings[n].runs[i][stage] for n in parts) for stage in timings[parts[0]].runs[i]}
            for i in range(args.runs)])
        spacy_seconds["all"] = tuple(sum(spacy_seconds[n][k] for n in parts) for k in (0, 1))

    load = os.getloadavg()[0]
    figures["load_average"] = round(load, 2)
    if load > (os.cpu_count() or 1):
        console.print(f"[yellow]note:[/] load average {load:.1f} on {os.cpu_count()} CPUs: other work shares "
                      "this machine, so wall times are inflated; the CPU-time rows are steadier")
    table = Table(title=f"milliseconds per 1,000 words (median of {args.runs} runs)", title_justify="left")
    table.add_column("stage")
    for name, articles in sets.items():
        table.add_column(f"{name} ({len(articles)})", justify="right")
    table.add_row("words", *(f"{timings[name].words:,}" for name in sets), style="dim")
    stage_names = list(next(iter(timings.values())).runs[0])
    figures["ms_per_1000_words"] = {}
    for stage in stage_names:
        row = [timings[name].per_1000_words(stage) for name in sets]
        figures["ms_per_1000_words"][stage] = dict(zip(sets, (round(v, 1) for v in row)))
        table.add_row(stage, *(f"{v:,.1f}" for v in row), style="bold" if stage.startswith("total") else None)
    for label, index in (("bare spaCy parse", 0), ("bare spaCy, CPU time", 1)):
        row = [1000 * 1000 * spacy_seconds[name][index] / timings[name].words for name in sets]
        suffix = "_cpu" if index else ""
        figures[f"spacy_ms_per_1000_words{suffix}"] = dict(zip(sets, (round(v, 1) for v in row)))
        table.add_row(label, *(f"{v:,.1f}" for v in row), style="dim")
        total = "total, CPU time" if index else "total"
        ratios = [timings[name].per_1000_words(total) / v for name, v in zip(sets, row)]
        figures[f"ratio_claimcheck_to_spacy{suffix}"] = dict(zip(sets, (round(r, 2) for r in ratios)))
        table.add_row("claimcheck / spaCy" + (", CPU" if index else ""), *(f"{r:.2f}×" for r in ratios), style="bold")
    pairs = {name: timings[name].nli_pairs_per_article for name in corpora}
    if all(v is not None for v in pairs.values()):
        figures["nli_pairs_per_article"] = {name: round(v, 1) for name, v in pairs.items()}
        table.add_row("NLI pairs scored per article", *(f"{pairs[name]:.1f}" if name in pairs else "" for name in sets),
                      style="dim")
    console.print(table)
    sequential = len(every) / statistics.median(run["total"] for run in timings["all" if "all" in sets else
                                                                                 next(iter(sets))].runs)
    figures["sequential_articles_per_second"] = round(sequential, 2)

    results = Table(title="throughput, memory, start-up, models", title_justify="left", show_header=False)
    results.add_column(style="bold")
    results.add_column()
    results.add_row("models loaded and warm", f"{figures['model_load_seconds']:.1f} s")
    results.add_row("one process, in turn", f"{sequential:.2f} articles/s")
    batch = time_batch(every, args.workers)
    figures["batch"] = {k: round(v, 3) for k, v in batch.items()}
    figures["batch_worker_peak_rss_mib"] = round(peak_rss_mib(resource.RUSAGE_CHILDREN), 1)
    results.add_row(f"batch, {args.workers} workers", batch_rate(batch))
    try:
        dask_batch = time_batch(every, args.workers, engine="dask")
    except ImportError as exc:
        if exc.name not in ("dask", "distributed"):
            raise
        results.add_row(f"batch on Dask, {args.workers} workers", "not available (pip install 'claimcheck[dask]')")
    else:
        figures["batch_dask"] = {k: round(v, 3) for k, v in dask_batch.items()}
        results.add_row(f"batch on Dask, {args.workers} workers", batch_rate(dask_batch))
    results.add_row("peak memory", f"{figures['pipeline_peak_rss_mib']:,.0f} MiB this process (pipeline); "
                                   f"{figures['batch_worker_peak_rss_mib']:,.0f} MiB largest batch worker")
    batch_words = sum(a.words for a in every[: batch["articles"] + batch["failed"]])
    figures["batch_words_per_second"] = round(batch_words / batch["seconds"])
    results.add_row("batch, words", f"{figures['batch_words_per_second']:,} words/s with start-up (bar: 5,000)")
    figures["nli"] = time_nli(args.shared / "nli" / "eval_snli_test.jsonl.gz")
    results.add_row("NLI model", figures["nli"])
    figures["newsquant"] = newsquant(args.shared / "benchmarks" / "newsquant" / "NewsQuant.json", pipeline)
    results.add_row("NewsQuant", figures["newsquant"])
    console.print(results)
    reference = args.shared / "articles" / REFERENCE_ARTICLE
    if reference.exists():
        figures["cold_start"] = print_cold_start(console, cold_start(reference, args.cold_runs))
    if wikinews.exists():
        figures["scaling"] = print_scaling(console, scaling(pipeline, wikinews_paragraphs(wikinews)))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
