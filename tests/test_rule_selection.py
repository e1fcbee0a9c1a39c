"""Which rules run: stable by default, preview on request, --select and --ignore by code or prefix."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimcheck.checks.registry import RULES, enabled_rules
from claimcheck.cli import app
from claimcheck.errors import ClaimcheckError
from claimcheck.settings import Settings, load_settings


def test_default_runs_stable_rules_only_and_preview_adds_the_rest():
    stable = {code for code, rule in RULES.items() if rule.status == "stable"}
    assert enabled_rules() == stable and "CC101" in stable and "CC103" not in stable
    assert enabled_rules(preview=True) == {code for code, rule in RULES.items() if rule.status != "removed"}


def test_select_and_ignore_take_codes_and_prefixes():
    stable = {"CC201", "CC202", "CC203", "CC204", "CC205", "CC206", "CC207", "CC208", "CC209"}
    assert "CC103" not in enabled_rules(["CC1"])  # a preview rule
    assert enabled_rules(["CC2"]) >= stable
    assert enabled_rules(["CC1"], preview=True) >= {"CC103", "CC106"}
    assert "CC106" in enabled_rules(["CC1"])  # stable since its holders must agree
    assert enabled_rules(["cc1"], ["CC101"], preview=True) == {"CC102", "CC103", "CC104", "CC105", "CC106", "CC107"}
    assert enabled_rules(["CC103"]) == set()  # a preview rule still needs --preview
    assert enabled_rules(severities={"CC101": "off"}) == enabled_rules() - {"CC101"}
    with pytest.raises(ClaimcheckError, match="unknown rule selector 'CC9'"):
        enabled_rules(["CC9"])


def test_selection_is_read_from_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\nselect = ["CC1"]\npreview = true\n',
                                              encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings.select == ["CC1"] and settings.preview is True
    with pytest.raises(ClaimcheckError, match="select must be a list of strings"):
        Settings(select="CC1")


def test_rules_and_rule_commands():
    listed = CliRunner().invoke(app, ["rules"])
    assert listed.exit_code == 0
    lines = {line.split()[0]: line for line in listed.output.splitlines() if line.startswith("CC")}
    assert set(lines) == set(RULES)
    assert lines["CC101"].split()[-2:] == ["stable", "yes"] and lines["CC103"].split()[-2:] == ["preview", "no"]
    preview = CliRunner().invoke(app, ["rules", "--preview", "--ignore", "CC3"])
    lines = {line.split()[0]: line for line in preview.output.splitlines() if line.startswith("CC")}
    assert lines["CC103"].endswith("yes") and lines["CC301"].endswith("no")
    explained = CliRunner().invoke(app, ["rule", "cc103"])
    assert explained.exit_code == 0 and "conflicting-percentage (preview" in explained.output
