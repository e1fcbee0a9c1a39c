"""Settings: `[tool.claimcheck]` values of the wrong type or range are one-line errors naming the file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.errors import ClaimcheckError
from claimcheck.settings import Settings, load_settings

CLAIMCHECK = Path(sys.executable).parent / "claimcheck"


@pytest.mark.parametrize("line, message", [
    ('nli_threshold = "high"', "nli_threshold must be a number, not 'high'"),
    ("max_bytes = 1.5", "max_bytes must be an integer"),
    ("max_bytes = true", "max_bytes must be an integer"),
    ("nli_model = 3", "nli_model must be a string or unset"),
    ("severity_overrides = { CC101 = 2 }", "severity_overrides must be a table of strings"),
    ("article_timeout = -5", "article_timeout must not be negative"),
    ("nli_threshold = 1.5", "nli_threshold is a probability from 0 to 1"),
])
def test_wrong_types_and_ranges_are_refused_with_the_file_named(tmp_path, line, message):
    (tmp_path / "pyproject.toml").write_text(f"[tool.claimcheck]\n{line}\n", encoding="utf-8")
    with pytest.raises(ClaimcheckError, match=message) as raised:
        load_settings(tmp_path)
    assert str(raised.value).startswith(str(tmp_path / "pyproject.toml")) and "\n" not in str(raised.value)


def test_right_types_load_and_integers_serve_for_numbers(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\nnli_threshold = 1\narticle_timeout = 60\n"
                                             'severity_overrides = { CC301 = "off" }\n', encoding="utf-8")
    settings = load_settings(tmp_path)
    assert (settings.nli_threshold, settings.article_timeout) == (1, 60)
    assert settings.severity_overrides == {"CC301": "off"}
    with pytest.raises(ClaimcheckError, match="max_bytes must not be negative"):
        Settings().with_overrides(max_bytes=-1)


def test_the_cli_reports_a_bad_setting_in_one_line(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\nnli_threshold = "high"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("The council approved the plan on Tuesday.\n", encoding="utf-8")
    result = subprocess.run([str(CLAIMCHECK), "report", "a.txt"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "nli_threshold must be a number" in result.stderr
