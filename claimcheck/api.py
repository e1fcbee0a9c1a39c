"""What the CLI calls: plain functions that return values and never print or exit."""

from __future__ import annotations

from pathlib import Path

from claimcheck.document import SEVERITY_RANK, Document
from claimcheck.errors import ExitCode
from claimcheck.pipeline import Pipeline
from claimcheck.settings import load_settings


def run_report(article: Path, *, max_bytes: int | None = None) -> Document:
    """Read one article and run the full pipeline over it."""
    settings = load_settings().with_overrides(max_bytes=max_bytes)
    return Pipeline(settings).check(Path(article))


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
from claimcheck.eval import EvalResult, evaluate_gold, gold_files, load_gold  # noqa: E402


def evaluate(gold: Path, *, newsquant: Path | None = None, pipeline: Pipeline | None = None) -> EvalResult:
    """Score the pipeline on gold annotations (a `.gold.json` file or a directory of them); with `newsquant`,
    also score the NewsQuant benchmark file at that path into `EvalResult.newsquant`."""
    score_newsquant = _newsquant_scorer(Path(newsquant)) if newsquant is not None else None
    golds = [load_gold(path) for path in gold_files(Path(gold))]
    result = evaluate_gold(golds, pipeline or Pipeline(load_settings()))
    if score_newsquant is not None:
        figures = score_newsquant(Path(newsquant))
        result.newsquant = figures.to_dict() if hasattr(figures, "to_dict") else figures
    return result


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
