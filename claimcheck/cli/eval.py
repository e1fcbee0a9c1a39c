"""`claimcheck eval GOLD_DIR_OR_FILE`: score the pipeline on gold annotations (matching rules in claimcheck.eval)."""

from __future__ import annotations

import json
import os
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.cli import app
from claimcheck.cli.rules import IGNORE_HELP, PREVIEW_HELP, SELECT_HELP, rule_overrides
from claimcheck.eval import COMPONENT_LABELS, DEFAULT_NEWSQUANT, EvalResult
from claimcheck.eval_inconsistencies import DEFAULT_BENCHMARK, NUMERIC_TYPES, STATEMENT_TYPES


class Format(str, Enum):
    terminal = "terminal"
    json = "json"


@app.command("eval")
def eval_command(
    gold: Path = typer.Argument(..., metavar="GOLD_DIR_OR_FILE", help="A .gold.json file or a directory of them."),
    format: Format = typer.Option(Format.terminal, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the scores to this file."),
    newsquant: bool = typer.Option(False, "--newsquant", help="Also score the NewsQuant quantity benchmark."),
    newsquant_path: Optional[Path] = typer.Option(
        None, "--newsquant-path",
        help=f"The NewsQuant.json to score; implies --newsquant (default: {DEFAULT_NEWSQUANT})"),
    details: bool = typer.Option(True, "--details/--no-details", help="List each article's misses and false positives"),
    nli_thresholds: Optional[str] = typer.Option(
        None, "--nli-thresholds", metavar="T1,T2,...",
        help="Also score the flags at each of these CC301 thresholds (comma-separated, in [0, 1]), to choose one"),
    inconsistencies: bool = typer.Option(
        False, "--inconsistencies",
        help="Also score the injected-inconsistency benchmark (pair hits per split and type, false flags on the "
             "published originals)"),
    inconsistencies_path: Optional[Path] = typer.Option(
        None, "--inconsistencies-path",
        help="The benchmark folder, or a JSONL in its format, to score; implies --inconsistencies (default: "
             f"{DEFAULT_BENCHMARK})"),
    published: Optional[Path] = typer.Option(
        None, "--published",
        help="A JSONL of published articles (id, date, title, text) on which every flag counts as false, scored "
             "in place of the benchmark's originals (alone: only the false flags are scored)"),
    calibrate: bool = typer.Option(
        False, "--calibrate",
        help="First fit each rule's confidence (measured precision per score bin) on the benchmark's tune split "
             "and originals, and write claimcheck/checks/calibration.json"),
    select: Optional[str] = typer.Option(None, "--select", help=SELECT_HELP),
    ignore: Optional[str] = typer.Option(None, "--ignore", help=IGNORE_HELP),
    preview: bool = typer.Option(False, "--preview", help=PREVIEW_HELP),
) -> None:
    """Run the pipeline on annotated articles and print precision, recall and F1 per component."""
    from claimcheck.api import evaluate
    from claimcheck.errors import InputError

    thresholds: list[float] = []
    for part in (nli_thresholds or "").split(","):
        if part.strip():
            try:
                thresholds.append(float(part))
            except ValueError:
                raise InputError(f"--nli-thresholds: {part.strip()!r} is not a number") from None
            if not 0.0 <= thresholds[-1] <= 1.0:
                raise InputError(f"--nli-thresholds: {part.strip()} is not in [0, 1]")
    benchmark = newsquant_path or (DEFAULT_NEWSQUANT if newsquant else None)
    injected = inconsistencies_path or (DEFAULT_BENCHMARK if inconsistencies else None)
    if calibrate:
        from claimcheck.api import calibrate_confidence

        typer.echo(calibrate_confidence(inconsistencies_path or DEFAULT_BENCHMARK), err=True)
    result = evaluate(gold, newsquant=benchmark, nli_thresholds=thresholds, inconsistencies=injected,
                      published=published, rules=rule_overrides(select, ignore, preview))
    if format is Format.json:
        text = json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
    else:
        text = render_eval(result, details=details, color=output is None)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=not text.endswith("\n"))


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def render_eval(result: EvalResult, *, details: bool = True, color: bool = True, width: int = 100) -> str:
    """The scores as a table for a person, then (with `details`) each article's misses and false positives."""
    styled = color and not os.environ.get("NO_COLOR")
    console = Console(record=True, width=width, force_terminal=styled, no_color=not styled,
                      file=open(os.devnull, "w"))
    count = len(result.articles)
    console.print(Text(f"Evaluation on {count} article{'s' * (count != 1)} ({result.clean_articles} clean)",
                       style="bold"))
    table = Table(show_header=True, header_style="bold")
    for column in ("component", "P", "R", "F1", "accuracy", "tp", "fp", "fn", ""):
        table.add_column(column, justify="left" if column in ("component", "") else "right")
    for name, score in result.components.items():
        accuracy = "" if score.accuracy is None else (
            f"{_percent(score.accuracy.value)} ({score.accuracy.correct}/{score.accuracy.total})")
        prf = score.prf
        table.add_row(COMPONENT_LABELS[name], _percent(prf.precision), _percent(prf.recall), _percent(prf.f1),
                      accuracy, str(prf.tp), str(prf.fp), str(prf.fn),
                      "" if score.ran else Text("not run", style="yellow"))
    console.print(table)
    for group, kinds in result.recall_by_kind.items():
        if kinds:
            console.print(f"{group.capitalize()} found, by kind: " + ", ".join(
                f"{kind} {found}/{total} ({_percent(found / total)})" for kind, (found, total) in sorted(kinds.items())))
    per_clean = result.false_flags_per_clean_article
    false_flags = sum(a.false_flags for a in result.articles)
    console.print("False flags per clean article: "
                  + ("not run" if per_clean is None else
                     f"{per_clean:.2f} ({false_flags} on {result.clean_articles} clean articles; bar: at most 1)"))
    console.print("P, R, F1 and accuracy in percent (accuracy: over matched quotes or claims); — where there was "
                  "nothing to score.", style="dim", soft_wrap=True)
    if result.threshold_sweep:
        console.rule("Flags by CC301 threshold")
        sweep = Table(show_header=True, header_style="bold")
        for column in ("threshold", "P", "R", "F1", "tp", "fp", "fn", "false flags per clean article"):
            sweep.add_column(column, justify="right")
        for point in result.threshold_sweep:
            prf, per_clean = point.flags, point.false_flags_per_clean_article
            sweep.add_row(f"{point.threshold:.2f}", _percent(prf.precision), _percent(prf.recall), _percent(prf.f1),
                          str(prf.tp), str(prf.fp), str(prf.fn), "—" if per_clean is None else f"{per_clean:.2f}")
        console.print(sweep)
    if result.newsquant is not None:
        console.rule("NewsQuant")
        for key, value in _flatten(result.newsquant):
            console.print(f"{key}: {value:.4g}" if isinstance(value, float) else f"{key}: {value}")
    if result.inconsistencies is not None:
        _render_inconsistencies(console, result.inconsistencies, details=details)
    if details:
        for article in result.articles:
            _render_article(console, article)
    return console.export_text(styles=styled)


def _render_inconsistencies(console: Console, score: Any, *, details: bool = True) -> None:
    if score.injections:
        console.rule("Injected inconsistencies (pair hits / loose hits / articles)")
        table = Table(show_header=True, header_style="bold")
        table.add_column("type")
        for split in score.splits:
            table.add_column(split, justify="right")
        rows = [(kind, [kind]) for kind in NUMERIC_TYPES + STATEMENT_TYPES]
        rows += [("all numeric and date", list(NUMERIC_TYPES)), ("all statement and entity", list(STATEMENT_TYPES))]
        for label, types in rows:
            cells = []
            for split in score.splits:
                hits, total = score.rate(split, types)
                loose, _ = score.rate(split, types, loose=True)
                cells.append(f"{hits}/{loose}/{total}" + (f" ({100 * hits / total:.0f}%)" if total else ""))
            table.add_row(label, *cells)
        console.print(table)
    else:
        console.rule("Published articles")
    per_original = score.false_flags_per_original
    by_rule = ", ".join(f"{code} {n}" for code, n in sorted(score.false_flags.items())) or "none"
    console.print(f"False flags on {score.originals} published originals: {sum(score.false_flags.values())} "
                  f"({'—' if per_original is None else f'{per_original:.3f}'} per article; by rule: {by_rule}); "
                  f"on originals with a real slip: {sum(score.slip_flags.values())}", soft_wrap=True)
    if details:
        for article, messages in score.false_flag_articles.items():
            for message in messages:
                console.print(Text(f"  false flag     {article:<14} ", style="yellow") + Text(_clip(message, 80)),
                              soft_wrap=True)


def _render_article(console: Console, article: Any) -> None:
    parts = []
    for name, score in article.components.items():
        if score.accuracy is not None:
            parts.append(f"{COMPONENT_LABELS[name].lower()} {score.accuracy.correct}/{score.accuracy.total}")
        else:
            prf = score.prf
            parts.append(f"{COMPONENT_LABELS[name].lower()} {prf.tp}/{prf.tp + prf.fn} (+{prf.fp})")
    if article.clean:
        parts.append(f"clean, {article.false_flags} false flags")
    console.rule(Text(article.id, style="bold"), align="left")
    console.print(", ".join(parts), style="dim", soft_wrap=True)
    style = {"missed": "red", "false positive": "yellow", "wrong": "magenta"}
    for error in article.errors:
        line = Text(f"  {error.type:<14} ", style=style.get(error.type, ""))
        line.append(f"{COMPONENT_LABELS[error.component].lower():<17} ")
        line.append(_clip(error.text))
        if error.detail:
            line.append(f"  ({_clip(error.detail, 60)})", style="dim")
        console.print(line, soft_wrap=True)


def _flatten(value: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [item for key, inner in value.items() for item in _flatten(inner, f"{prefix}{key}.")]
    return [(prefix.rstrip("."), value)]


def _clip(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
