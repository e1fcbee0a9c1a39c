"""The README's CI recipe, run as its workflow would run it: the batch step writes the SARIF file the upload
step names, valid against the SARIF 2.1.0 schema, and the pre-commit example names the shipped hook."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from test_cli_inputs import ARTICLE
from test_sarif import validate

CLAIMCHECK = Path(sys.executable).parent / "claimcheck"


def _yaml_blocks() -> list:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Integration: pre-commit, CI, shell completion")[1]
    return [yaml.safe_load(block.split("```")[0]) for block in section.split("```yaml\n")[1:]]


def test_the_pre_commit_example_uses_the_shipped_hook():
    config = _yaml_blocks()[0]
    (hook,) = config["repos"][0]["hooks"]
    shipped = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert hook["id"] in shipped


@pytest.mark.slow
def test_the_github_actions_job_writes_the_sarif_it_uploads(tmp_path):
    workflow = _yaml_blocks()[1]
    steps = workflow["jobs"]["check-articles"]["steps"]
    (batch,) = [step["run"] for step in steps if step.get("run", "").startswith("claimcheck batch")]
    (upload,) = [step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif")]
    (articles,) = [arg for arg in shlex.split(batch)[2:] if not arg.startswith("-")][:1]
    (tmp_path / articles).mkdir()
    (tmp_path / articles / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run([str(CLAIMCHECK), *shlex.split(batch)[1:]], capture_output=True, text=True, cwd=tmp_path,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    log = json.loads((tmp_path / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    validate(log)
    (run,) = log["runs"]
    assert run["artifacts"][0]["location"]["uri"] == f"{articles.rstrip('/')}/ferry.txt"  # relative to the checkout
    assert [r["ruleId"] for r in run["results"]] == ["CC202"]
    (artifacts,) = [step for step in steps if step.get("uses", "").startswith("actions/upload-artifact")]
    artifact_dir = artifacts["with"]["path"]
    assert (tmp_path / artifact_dir / "index.html").is_file()
