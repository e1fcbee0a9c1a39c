"""The built wheel, installed into a fresh environment outside the checkout, finds its NLI model and runs the
CC3xx rules; without the model, it says why they did not run."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT

PROBE = """
    import claimcheck
    from claimcheck.nli.model import default_model_path
    from claimcheck.pipeline import Pipeline
    pipeline = Pipeline()
    doc = pipeline.check("The ministry said 12 people were hurt in the blast on Monday.\\n\\nNo one was hurt in the "
                         "blast on Monday, the police said.")
    print("package", claimcheck.__file__)
    print("model", default_model_path())
    print("nli", pipeline.resources.nli.name)
    print("warnings", doc.warnings)
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv outside the checkout holding the wheel built from it; dependencies come from this venv."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy, so that building leaves nothing in the checkout
    for name in ("claimcheck", "models"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(work / "dist"), str(source)], check=True, capture_output=True, timeout=600)
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    (wheel,) = (work / "dist").glob("claimcheck-*.whl")
    # the fresh venv's own pip: this venv's pip with --prefix would uninstall the editable claimcheck here
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                    str(wheel)], check=True, capture_output=True, timeout=600)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(venv)}))
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return venv, work


def probe(venv: Path, cwd: Path) -> dict[str, str]:
    result = subprocess.run([str(venv / "bin" / "python"), "-c", textwrap.dedent(PROBE)], cwd=cwd,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    return dict(line.split(" ", 1) for line in result.stdout.splitlines())


@pytest.mark.slow
def test_the_installed_wheel_finds_its_model_and_runs_cc3xx(installed):
    venv, work = installed
    found = probe(venv, work)
    assert found["package"].startswith(str(venv)) and not found["package"].startswith(str(ROOT))
    assert found["model"] == str(venv / "share" / "claimcheck" / "nli-minilm-l6") == found["nli"]
    assert "not run" not in found["warnings"]


@pytest.mark.slow
def test_without_its_model_the_installed_wheel_says_why_cc3xx_did_not_run(installed):
    venv, work = installed
    shipped = venv / "share" / "claimcheck" / "nli-minilm-l6"
    shipped.rename(shipped.with_name("moved"))
    try:
        article = work / "a.txt"
        article.write_text("Wind farm opens\n\nOctober 8, 2025\n\n"
                           "The Nordkyst wind farm began operating last month, the utility said.\n\n"
                           "\"The wind farm will start operating next month,\" the project director said.\n",
                           encoding="utf-8")  # one event dated two ways: a pair for the NLI model to score
        report = subprocess.run([str(venv / "bin" / "python"), "-m", "claimcheck", "report", str(article),
                                 "--fail-on", "never"], cwd=work, capture_output=True, text=True, timeout=600)
    finally:
        shipped.with_name("moved").rename(shipped)
    assert report.returncode == 0, report.stderr[-2000:]
    note = " ".join(report.stdout.split())
    assert "CC302, CC303, CC305, CC306 not run: no NLI model found (looked in" in note
    assert "CLAIMCHECK_NLI_MODEL" in note
