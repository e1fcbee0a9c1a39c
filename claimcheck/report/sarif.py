"""The SARIF 2.1.0 report, for code-scanning tools (GitHub code scanning, SARIF viewers) and CI.

One run per article: the tool's driver lists every rule with its explanation and default level; each flag is
one result whose locations are its evidence, as 1-based line and column and as character offsets
(`columnKind` unicodeCodePoints: Python string indices). The article text is carried in the artifact's
`contents`, so the regions are right even where the text was extracted from HTML or normalised. A flag's
fingerprint goes in `partialFingerprints`; a flag dismissed in review is a result with an accepted external
suppression, a confirmed one has an empty `suppressions` list (reviewed, not suppressed).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from claimcheck import __version__
from claimcheck.checks.registry import RULES
from claimcheck.document import Document, Flag
from claimcheck.rule_docs import explain, what_to_check

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "claimcheck/v1"


def render_sarif(doc: Document) -> str:
    """The report as a SARIF 2.1.0 log with one run."""
    return json.dumps(sarif_log([sarif_run(doc)]), ensure_ascii=False, indent=2) + "\n"


def sarif_log(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """A SARIF log holding `runs`."""
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": runs}


def merge_runs(logs: list[dict[str, Any]]) -> dict[str, Any]:
    """One log with one run from several one-run logs of claimcheck (a batch's articles): code-scanning
    services want one run per tool and category."""
    rules_run = next((log["runs"][0] for log in logs if log.get("runs")), None)
    run = {"tool": rules_run["tool"] if rules_run else _tool(), "columnKind": "unicodeCodePoints",
           "artifacts": [], "results": []}
    notes = []
    for log in logs:
        for part in log.get("runs", []):
            offset = len(run["artifacts"])
            run["artifacts"].extend(part.get("artifacts", []))
            for result in part.get("results", []):
                result = copy.deepcopy(result)
                for location in result.get("locations", []):
                    artifact = location["physicalLocation"]["artifactLocation"]
                    artifact["index"] = artifact.get("index", 0) + offset
                run["results"].append(result)
            for invocation in part.get("invocations", []):
                notes.extend(invocation.get("toolExecutionNotifications", []))
    run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": notes}]
    return sarif_log([run])


def sarif_run(doc: Document) -> dict[str, Any]:
    """One article's run: the tool and its rules, the article as an artifact, one result per flag."""
    uri = _uri(doc.meta.source)
    location = {"uri": uri, "index": 0} if uri else {"index": 0}  # where a result points: artifact 0
    artifact: dict[str, Any] = {"contents": {"text": doc.text},
                                "properties": {"id": doc.meta.id, "title": doc.meta.title, "format": doc.meta.format}}
    if uri:
        artifact["location"] = {"uri": uri}
    else:
        artifact["description"] = {"text": f"article {doc.meta.id}"}
    notes = [{"level": "warning", "message": {"text": warning}} for warning in doc.warnings]
    return {
        "tool": _tool(),
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notes}],
        "columnKind": "unicodeCodePoints",
        "artifacts": [artifact],
        "results": [_result(doc, flag, location) for flag in doc.flags or []],
    }


def _tool() -> dict[str, Any]:
    rules = _rules()
    return {"driver": {
        "name": "claimcheck",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [{
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary.split(". ")[0].rstrip(".") + "."},
            "fullDescription": {"text": rule.summary},
            "help": {"text": explain(rule)},
            "defaultConfiguration": {"level": LEVEL[rule.severity]},
            "properties": {"status": rule.status, "whatToCheck": what_to_check(rule.code)},
        } for rule in rules],
    }}


def _rules() -> list:
    """The rules a run describes, in the order `ruleIndex` counts them."""
    return [rule for rule in RULES.values() if rule.status != "removed"]


def _result(doc: Document, flag: Flag, artifact: dict[str, Any]) -> dict[str, Any]:
    index = next((i for i, rule in enumerate(_rules()) if rule.code == flag.id), None)
    result: dict[str, Any] = {
        "ruleId": flag.id,
        "level": LEVEL.get(flag.severity, "warning"),
        "message": {"text": flag.message + (f" {what_to_check(flag.id)}" if what_to_check(flag.id) else "")},
        "locations": [_location(doc, ev.start, ev.end, artifact) for ev in flag.evidence],
        "partialFingerprints": {FINGERPRINT_KEY: flag.fingerprint},
        "rank": round(flag.confidence * 100, 1),
        "properties": {"rule": flag.rule, "confidence": flag.confidence, "reviewStatus": flag.status},
    }
    if index is not None:
        result["ruleIndex"] = index
    if flag.status == "dismissed":
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": "dismissed in claimcheck review"}]
    elif flag.status == "confirmed":
        result["suppressions"] = []
    return result


def _location(doc: Document, start: int, end: int, artifact: dict[str, Any]) -> dict[str, Any]:
    start_line, start_col = doc.line_col(start)
    end_line, end_col = doc.line_col(end)
    region = {"startLine": start_line, "startColumn": start_col, "endLine": end_line, "endColumn": end_col,
              "charOffset": start, "charLength": end - start, "snippet": {"text": doc.text[start:end]}}
    return {"physicalLocation": {"artifactLocation": dict(artifact), "region": region}}


def _uri(source: str | None) -> str | None:
    """A URI reference for an article's source: URLs as they are, paths relative as given or `file:` URIs."""
    if not source:
        return None
    if source.startswith(("http://", "https://")):
        return source
    path = Path(source)
    return path.as_uri() if path.is_absolute() else quote(path.as_posix())
