"""What the CLI calls: plain functions that return values and never print or exit."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from claimcheck.document import SEVERITY_RANK, Document
from claimcheck.errors import ExitCode
from claimcheck.pipeline import Pipeline
from claimcheck.settings import load_settings


def run_report(article: str | Path, *, max_bytes: int | None = None, db: Path | None = None,
               rules: dict | None = None, step: Callable[[str], None] | None = None) -> Document:
    """Read one article (a file, `-` for standard input, or an http(s) URL), run the full pipeline over it, and
    mark its flags from the review store; `rules` overrides the rule selection (`select`, `ignore`, `preview`).
    `step` is told what is being done: reading, loading models, checking."""
    return report_checker(max_bytes=max_bytes, db=db, rules=rules, step=step)(article)


def report_checker(*, max_bytes: int | None = None, db: Path | None = None, rules: dict | None = None,
                   step: Callable[[str], None] | None = None) -> Callable[[str | Path], Document]:
    """`run_report` for several articles: a function that checks one article a call, with the models loaded once
    (on the first call)."""
    from claimcheck.ingest.sources import read_input

    tell = step or (lambda _what: None)
    settings = load_settings().with_overrides(max_bytes=max_bytes, **(rules or {}))
    pipeline = Pipeline(settings)
    loaded = False

    def check(article: str | Path) -> Document:
        nonlocal loaded
        tell(f"reading {article}")
        doc = read_input(article, settings.max_bytes, settings.fetch_timeout)
        if not loaded:
            tell("loading models")
            pipeline.stages  # creating the stages loads the models
            loaded = True
        tell("checking")
        pipeline(doc)
        apply_review(doc, db)
        return doc

    return check


def render_report(doc: Document, fmt: str, *, color: bool = True) -> str:
    """Render a finished Document in one of the report formats."""
    from claimcheck.report import render

    return render(doc, fmt, color=color)


def exit_code_for(doc: Document, fail_on: str) -> ExitCode:
    """`FINDINGS` when an open flag is at or above `fail_on` ('never' disables), else `OK`."""
    if fail_on == "never":
        return ExitCode.OK
    floor = SEVERITY_RANK[fail_on]
    return ExitCode.FINDINGS if any(SEVERITY_RANK[f.severity] >= floor for f in doc.open_flags()) else ExitCode.OK


from claimcheck.errors import ClaimcheckError  # noqa: E402  (imports of the evaluation functions below)
from claimcheck.eval import EvalResult, evaluate_gold, gold_files, load_gold, sweep_nli_threshold  # noqa: E402


def evaluate(gold: Path, *, newsquant: Path | None = None, pipeline: Pipeline | None = None,
             nli_thresholds: Sequence[float] = (), inconsistencies: Path | None = None,
             published: Path | None = None, rules: dict | None = None) -> EvalResult:
    """Score the pipeline on gold annotations (a `.gold.json` file or a directory of them); with `newsquant`,
    also score the NewsQuant benchmark file at that path into `EvalResult.newsquant`; with `nli_thresholds`,
    also the flags at each of those CC301 thresholds into `EvalResult.threshold_sweep`; with `inconsistencies`
    (the injected-inconsistency benchmark's folder or a JSONL in its format), its pair hits and the false flags
    on its originals, or on the published articles of `published` (a JSONL) where that is given."""
    score_newsquant = _newsquant_scorer(Path(newsquant)) if newsquant is not None else None
    golds = [load_gold(path) for path in gold_files(Path(gold))]
    pipeline = pipeline or Pipeline(load_settings().with_overrides(**(rules or {})))
    result = evaluate_gold(golds, pipeline)
    if nli_thresholds:
        result.threshold_sweep = sweep_nli_threshold(golds, pipeline, nli_thresholds)
    if score_newsquant is not None:
        figures = score_newsquant(Path(newsquant), pipeline=pipeline)
        result.newsquant = figures.to_dict() if hasattr(figures, "to_dict") else figures
    if inconsistencies is not None or published is not None:
        from claimcheck.eval_inconsistencies import score_inconsistencies

        result.inconsistencies = score_inconsistencies(
            pipeline, None if inconsistencies is None else Path(inconsistencies),
            None if published is None else Path(published))
    return result


def calibrate_confidence(benchmark: Path) -> str:
    """Fit and write the flags' confidence calibration on the inconsistency benchmark; a one-line summary."""
    from claimcheck.checks.calibration import CALIBRATION_FILE, shipped_calibration
    from claimcheck.eval_inconsistencies import write_calibration

    settings = load_settings().with_overrides(preview=True, calibrated_confidence=False)
    record = write_calibration(Pipeline(settings), CALIBRATION_FILE, Path(benchmark))
    shipped_calibration.cache_clear()
    measured = ", ".join(f"{code} {entry['right']}/{entry['flags']}" for code, entry in record["rules"].items()
                         if entry["flags"])
    return f"calibration written to {CALIBRATION_FILE} (right/flags: {measured or 'no flags'})"


def _newsquant_scorer(path: Path):
    """`claimcheck.eval_newsquant.score_newsquant`, imported only when asked for, after checking the file."""
    try:
        from claimcheck.eval_newsquant import score_newsquant
    except ModuleNotFoundError as exc:
        if exc.name != "claimcheck.eval_newsquant":
            raise
        raise ClaimcheckError("NewsQuant scoring is not available in this version (claimcheck.eval_newsquant "
                              "is missing)") from None
    if not path.is_file():
        raise ClaimcheckError(f"{path}: NewsQuant file not found (point --newsquant-path at NewsQuant.json)")
    return score_newsquant


def apply_review(doc: Document, db: Path | None = None) -> None:
    """Set each flag's status from the verdict store (`db`, else the default one; none yet: all stay open)."""
    from claimcheck.review.store import apply_verdicts, open_store

    store = open_store(db, create=False)
    if store is not None:
        with store:
            apply_verdicts(doc, store)


def render_dismissed(doc: Document, db: Path | None = None, *, color: bool = True) -> str:
    """The flags dismissed in review with who, when and why (empty when none): `report --all` appends it."""
    from claimcheck.review.store import apply_verdicts, open_store
    from claimcheck.review.terminal import render_dismissed as render

    store = open_store(db, create=False)
    if store is None:
        return ""
    with store:
        verdicts = apply_verdicts(doc, store)
    return render(doc, verdicts, color=color)


def load_for_review(article: str | Path, *, max_bytes: int | None = None) -> Document:
    """A saved JSON report read back as it is, or an article (a file, `-` or a URL) run through the pipeline."""
    from claimcheck.ingest.sources import is_url, read_input
    from claimcheck.review.saved import is_saved_report, read_saved_report

    if not is_url(str(article)) and is_saved_report(Path(article)):
        return read_saved_report(Path(article))
    settings = load_settings().with_overrides(max_bytes=max_bytes)
    return Pipeline(settings)(read_input(article, settings.max_bytes, settings.fetch_timeout))


def export_verdicts(db: Path | None = None) -> str:
    """Every verdict in the store as JSON, to share with a team."""
    from claimcheck.review.store import VerdictStore

    with VerdictStore(db) as store:
        return store.export_json()


def import_verdicts(text: str, *, source: str, db: Path | None = None) -> dict[str, int]:
    """Merge an export into the store (newer verdicts win); returns counts of added, updated and kept."""
    from claimcheck.review.store import VerdictStore

    with VerdictStore(db) as store:
        return store.import_json(text, source)


def run_corpus(inputs: list[Path], out: Path, *, formats: str = "json,html", workers: int | None = None,
               max_bytes: int | None = None, progress=None, db: Path | None = None,
               timeout: float | None = None, rules: dict | None = None, engine: str = "local",
               scheduler: str | None = None):
    """Check every article of `inputs` into the folder `out` (resuming); returns the `BatchSummary`.

    `timeout` overrides the `article_timeout` setting: seconds one article may take before it is failed.
    `engine` is "local" (a pool of `workers` processes) or "dask" (a LocalCluster of `workers` processes, or
    the Dask cluster whose scheduler is at `scheduler`)."""
    from claimcheck.batch import LocalEngine, run_batch
    from claimcheck.errors import ClaimcheckError, InputError
    from claimcheck.report import parse_formats

    missing = [str(p) for p in inputs if not Path(p).exists()]
    if missing:
        raise InputError(f"{missing[0]}: no such file or directory")
    if engine == "dask":
        try:
            from claimcheck.batch_dask import DaskEngine
        except ImportError as exc:
            if exc.name not in ("dask", "distributed"):
                raise
            raise ClaimcheckError("--engine dask needs Dask: pip install 'claimcheck[dask]'") from None
        runner = DaskEngine(scheduler, workers)
    elif scheduler:
        raise ClaimcheckError("--scheduler is the address of a Dask cluster: it needs --engine dask")
    else:
        runner = LocalEngine(workers)
    settings = load_settings().with_overrides(max_bytes=max_bytes, article_timeout=timeout, **(rules or {}))
    return run_batch(inputs, out, formats=parse_formats(formats), settings=settings, progress=progress,
                     review_db=db, engine=runner)


def batch_exit_code(summary, fail_on: str) -> ExitCode:
    """`ERROR` when an article failed, else `FINDINGS` when an open flag is at or above `fail_on`, else `OK`."""
    if summary.failed:
        return ExitCode.ERROR
    worst = summary.max_severity()
    if fail_on == "never" or worst is None:
        return ExitCode.OK
    return ExitCode.FINDINGS if SEVERITY_RANK[worst] >= SEVERITY_RANK[fail_on] else ExitCode.OK
