"""What a batch writes over the whole corpus besides summary.json: `index.html` (every article, sortable, linking
its report) and, when SARIF reports were asked for, `claimcheck.sarif` (one run holding every article's results,
as code-scanning services want one run per tool)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

INDEX = "index.html"
CORPUS_SARIF = "claimcheck.sarif"


def write_corpus_files(out: Path, summary: dict[str, Any], write: Callable[[Path, str], None]) -> None:
    """Write the index page and the corpus SARIF log of `summary` (`BatchSummary.to_dict()`) into `out` with
    `write(path, text)` (an atomic write)."""
    from claimcheck.report.index import render_index

    write(out / INDEX, render_index(summary))
    if "sarif" in summary.get("formats", []):
        from claimcheck.report.sarif import merge_runs

        logs = []
        for report in summary.get("reports", []):
            name = (report.get("files") or {}).get("sarif")
            if name and (out / name).is_file():
                logs.append(json.loads((out / name).read_text(encoding="utf-8")))
        write(out / CORPUS_SARIF, json.dumps(merge_runs(logs), ensure_ascii=False, indent=2) + "\n")
