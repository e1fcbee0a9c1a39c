"""Start-up and scaling figures for `make bench` (claimcheck.bench prints them).

- `cold_start`: a fresh `claimcheck report` process, start to finished terminal report, against a fresh Python
  that only loads spaCy's model and parses the same text (median of several runs each, interleaved so that both
  see the same load), with where the time goes (interpreter, spaCy's modules, imported with torch hidden from
  thinc as `claimcheck.segment` does, spaCy's model, claimcheck's own modules, the NLI model, the article's
  stages, the report). The bare start imports spaCy as it comes, torch and all.
- `scaling`: CPU time per 1,000 words of articles of growing length built from Wikinews paragraphs, beside a bare
  spaCy parse of the same text, and the sentence pairs put to the NLI model: a pipeline that is linear in the
  article's length keeps its time per 1,000 words flat.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Run in a fresh interpreter: the time of each phase of one `claimcheck report`, in the order a report does it.
_PHASES = r"""
import json, sys, time
marks = [("start", time.perf_counter())]
def mark(name):
    marks.append((name, time.perf_counter()))
import claimcheck.segment
mark("spaCy's modules (torch hidden from thinc)")
from claimcheck.cli import app
from claimcheck.api import render_report
from claimcheck.ingest import read_article
from claimcheck.pipeline import Pipeline
mark("claimcheck's modules")
pipeline = Pipeline()
pipeline.resources.nlp
mark("spaCy's model")
doc = read_article(sys.argv[1])
stages = pipeline.stages
nli_seconds = 0.0
for stage in stages:
    before = "nli" in pipeline.resources.__dict__
    started = time.perf_counter()
    stage(doc)
    if not before and "nli" in pipeline.resources.__dict__:
        nli_seconds = time.perf_counter() - started  # the stage that first needed the model loaded it
mark("the article's stages")
render_report(doc, "terminal", color=False)
mark("terminal report")
phases = {name: end - begin for (_, begin), (name, end) in zip(marks, marks[1:])}
loaded = "nli" in pipeline.resources.__dict__
if loaded:
    started = time.perf_counter()
    type(pipeline.resources.nli)()  # a second load, timed alone: what the first cost inside the checks
    phases["of which NLI model load"] = time.perf_counter() - started
print(json.dumps(phases))
"""

_BARE_SPACY = ("import sys, spacy; from claimcheck.segment import SPACY_MODEL; "
               "spacy.load(SPACY_MODEL)(open(sys.argv[1], encoding='utf-8').read())")


@dataclass
class ColdStart:
    """Median wall seconds of a fresh `claimcheck report` and of a bare spaCy start on one article."""

    report_seconds: list[float]
    spacy_seconds: list[float]
    interpreter_seconds: float
    phases: dict[str, float]

    @property
    def ratio(self) -> float:
        return statistics.median(self.report_seconds) / statistics.median(self.spacy_seconds)

    def to_dict(self) -> dict[str, Any]:
        return {"report_seconds": [round(s, 2) for s in self.report_seconds],
                "spacy_seconds": [round(s, 2) for s in self.spacy_seconds],
                "report_median": round(statistics.median(self.report_seconds), 2),
                "spacy_median": round(statistics.median(self.spacy_seconds), 2), "ratio": round(self.ratio, 2),
                "interpreter_seconds": round(self.interpreter_seconds, 3),
                "phases": {k: round(v, 3) for k, v in self.phases.items()}}


def _seconds(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):  # 1: the report has flags at the failing severity
        raise RuntimeError(f"{' '.join(command[:3])} failed ({done.returncode}): {done.stderr.strip()[-300:]}")
    return seconds


def cold_start(article: Path, runs: int = 5) -> ColdStart:
    """`runs` fresh report processes and `runs` bare spaCy starts on `article`, interleaved, and one run's phases."""
    python = sys.executable
    report = [str(Path(python).parent / "claimcheck"), "report", str(article)]
    report_seconds, spacy_seconds = [], []
    for _ in range(runs):
        report_seconds.append(_seconds(report))
        spacy_seconds.append(_seconds([python, "-c", _BARE_SPACY, str(article)]))
    interpreter = statistics.median(_seconds([python, "-c", "pass"]) for _ in range(3))
    done = subprocess.run([python, "-c", _PHASES, str(article)], capture_output=True, text=True, check=True)
    return ColdStart(report_seconds, spacy_seconds, interpreter, json.loads(done.stdout.strip().splitlines()[-1]))


def long_article(paragraphs: list[str], words: int) -> str:
    """An article of at least `words` words: a headline, a date line, then paragraphs in turn (repeated if need be)."""
    body, count, i = [], 0, 0
    while count < words:
        paragraph = paragraphs[i % len(paragraphs)]
        body.append(paragraph)
        count += len(paragraph.split())
        i += 1
    return "A long read built from Wikinews paragraphs\n\nMarch 3, 2019\n\n" + "\n\n".join(body)


def wikinews_paragraphs(path: Path) -> list[str]:
    """Every body paragraph of the Wikinews corpus, in order (each article's first line, its date, left out)."""
    paragraphs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        paragraphs += [p.strip() for p in text.split("\n\n")[1:] if p.strip()]
    return paragraphs


def scaling(pipeline: Any, paragraphs: list[str], sizes: tuple[int, ...] = (1000, 10000, 50000),
            runs: int = 3) -> list[dict]:
    """For each size: words, CPU ms per 1,000 words (pipeline, bare spaCy parse; the median of `runs`, after one
    unmeasured run of the smallest size so that one-off loads fall on no size), NLI pairs scored per article."""
    from claimcheck.ingest import from_text

    nlp = pipeline.resources.nlp
    checker = next((stage for stage in pipeline.stages if hasattr(stage, "stats")), None)
    pipeline(from_text(long_article(paragraphs, min(sizes))))
    rows = []
    for size in sizes:
        text = long_article(paragraphs, size)
        words = len(text.split())
        pairs_before = checker.stats.nli_pairs if checker else 0
        claimcheck_cpu, spacy_cpu = [], []
        for _ in range(runs):
            started = time.process_time()
            pipeline(from_text(text))
            claimcheck_cpu.append(time.process_time() - started)
            started = time.process_time()
            nlp(text)
            spacy_cpu.append(time.process_time() - started)
        rows.append({"words": words,
                     "claimcheck_ms_per_1000_words": round(1e6 * statistics.median(claimcheck_cpu) / words, 1),
                     "spacy_ms_per_1000_words": round(1e6 * statistics.median(spacy_cpu) / words, 1),
                     "nli_pairs": (checker.stats.nli_pairs - pairs_before) // runs if checker else None})
    return rows
