"""The command line: help, version, report formats, exit codes and one-line errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REFERENCE_ARTICLE, ROOT

CLI = [sys.executable, "-m", "claimcheck"]


def run_cli(*args, cwd=ROOT):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=600)


def test_help_and_version():
    help_text = run_cli("--help")
    assert help_text.returncode == 0 and "report" in help_text.stdout
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("claimcheck ")


@pytest.mark.parametrize(
    "content, message",
    [(b"", "the file is empty"), (b"\x00\x01\x02" * 100, "binary"), (b"ok \x81\x8d\x90 bytes", "undecodable")],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run_cli("report", path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_file_and_unknown_option_exit_2(tmp_path):
    missing = run_cli("report", tmp_path / "nope.txt")
    assert missing.returncode == 2 and "no such file" in missing.stderr and "Traceback" not in missing.stderr
    bad_option = run_cli("report", REFERENCE_ARTICLE, "--format", "pdf")
    assert bad_option.returncode == 2 and "Traceback" not in bad_option.stderr


def test_json_report_to_file_has_offsets_into_the_text(tmp_path):
    out = tmp_path / "r.json"
    result = run_cli("report", REFERENCE_ARTICLE, "--format", "json", "--output", out, "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] and data["meta"]["date"] == "2021-12-07"
    text = data["text"]
    assert data["sentences"] and all(text[s["start"]:s["end"]].strip() for s in data["sentences"])
    for key in ("quotes", "claims", "flags"):
        assert isinstance(data[key], list)
        for item in data[key]:
            if "start" in item:
                assert text[item["start"]:item["end"]] == item.get("text", text[item["start"]:item["end"]])


def test_python_api_checks_text_and_paths(pipeline):
    import claimcheck

    doc = claimcheck.check("The ministry said on Monday that 12 people had been hurt.\n\nNo one else was injured.")
    assert len(doc.sentences) == 2 and doc.quotes is not None
    again = claimcheck.check(REFERENCE_ARTICLE)
    assert again.meta.id == REFERENCE_ARTICLE.stem
