"""Usage errors, the rule commands and `[tool.claimcheck]` keys, as a new user meets them (through `run()`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimcheck.checks.registry import RULES
from claimcheck.cli import run
from claimcheck.errors import ClaimcheckError
from claimcheck.rule_docs import WHAT_TO_CHECK
from claimcheck.settings import RULE_SETTINGS, load_settings
from claimcheck.suggest import near


def cli(capsys, monkeypatch, *args: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of `claimcheck ARGS` run in this process."""
    monkeypatch.setattr(sys, "argv", ["claimcheck", *args])
    with pytest.raises(SystemExit) as done:
        run()
    out = capsys.readouterr()
    return done.value.code, out.out, out.err


@pytest.mark.parametrize("args, wrong, near_one", [
    (("report", "a.txt", "--formt", "json"), "No such option: --formt", "did you mean --format?"),
    (("report", "a.txt", "-f", "md"), "'md' is not one of", "did you mean 'markdown'?"),
    (("report", "a.txt", "--fail-on", "warn"), "'warn' is not one of", "did you mean 'warning'?"),
    (("reprot", "a.txt"), "No such command 'reprot'", "Did you mean 'report'?"),
    (("rules", "--preveiw"), "No such option: --preveiw", "did you mean --preview?"),
])
def test_a_usage_error_says_what_is_wrong_and_what_was_meant(capsys, monkeypatch, args, wrong, near_one):
    code, out, err = cli(capsys, monkeypatch, *args)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and wrong in err and near_one in err
    assert "internal error" not in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "--help'" in err  # where to read more


def test_a_missing_argument_names_it(capsys, monkeypatch):
    code, _, err = cli(capsys, monkeypatch, "report")
    assert code == 2 and "Missing argument" in err and "claimcheck report --help" in err


def test_rules_lists_every_rule_with_a_header_and_what_runs(capsys, monkeypatch):
    code, out, _ = cli(capsys, monkeypatch, "rules")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["code", "name", "severity", "status", "enabled"]
    rows = {line.split()[0]: line.split() for line in lines[1:] if line.startswith("CC")}
    assert set(rows) == set(RULES)
    assert rows["CC201"][1:] == ["implausible-unit-price", "error", "stable", "yes"]
    preview = next(code for code, rule in RULES.items() if rule.status == "preview")
    assert rows[preview][-1] == "no"
    _, out, _ = cli(capsys, monkeypatch, "rules", "--preview", "--ignore", "CC201")
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.startswith("CC")}
    assert rows[preview][-1] == "yes" and rows["CC201"][-1] == "no"


def test_rule_explains_what_to_check_its_settings_and_how_to_turn_it_off(capsys, monkeypatch):
    code, out, _ = cli(capsys, monkeypatch, "rule", "cc201")
    assert code == 0 and out.startswith("CC201 implausible-unit-price")
    for heading in ("What it does", "Why it matters", "Example", "What to check", "How to turn it off"):
        assert f"\n{heading}\n" in out
    assert "unit_price_low_margin" in out and "--ignore CC201" in out
    assert max(len(line) for line in out.splitlines()) <= 80
    code, _, err = cli(capsys, monkeypatch, "rule", "CC0201")
    assert code == 2 and "unknown rule 'CC0201'; did you mean 'CC201'?" in err


def test_every_rule_has_a_line_of_what_to_check():
    assert set(WHAT_TO_CHECK) == {code for code, rule in RULES.items() if rule.status != "removed"}
    assert set(RULE_SETTINGS) <= set(RULES)


def test_near_finds_misspellings_and_abbreviations_but_not_strangers():
    assert near("fromat", ["format", "output"]) == "format"
    assert near("md", ["terminal", "json", "markdown", "html"]) == "markdown"
    assert near("qq", ["terminal", "json"]) is None
    assert near("j", ["json", "jsonl"]) is None  # the abbreviation fits two: no guess


def write_config(tmp_path, body: str):
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    return tmp_path


def test_settings_take_hyphens_or_underscores_and_per_rule_tables(tmp_path):
    settings = load_settings(write_config(tmp_path, '[tool.claimcheck]\nmax-bytes = 1000\narticle_timeout = 9\n'
                                                    '[tool.claimcheck.rules.cc201]\nunit-price-low-margin = 3.5\n'
                                                    'severity = "warning"\n[tool.claimcheck.rules.CC302]\n'
                                                    'severity = "off"\n'))
    assert (settings.max_bytes, settings.article_timeout, settings.unit_price_low_margin) == (1000, 9, 3.5)
    assert settings.severity_overrides == {"CC201": "warning", "CC302": "off"}


@pytest.mark.parametrize("body, message", [
    ("[tool.claimcheck]\nmax_byte = 10\n", "unknown setting 'max_byte'; did you mean 'max_bytes'?"),
    ("[tool.claimcheck]\nbogus = 1\n", "unknown setting 'bogus' (known: max_bytes,"),
    ("[tool.claimcheck]\nmax-bytes = 1\nmax_bytes = 2\n", "sets max_bytes twice"),
    ("[tool.claimcheck.rules.CC2001]\nseverity = \"off\"\n", "unknown rule 'CC2001'; did you mean 'CC201'?"),
    ("[tool.claimcheck.rules.CC205]\npercent_tolerance_pp = 2\n",
     "percent_tolerance_pp applies to more than this rule; set it in [tool.claimcheck]"),
    ("[tool.claimcheck.rules.CC201]\nsum_tolerance = 2\n", "set it in [tool.claimcheck.rules.CC202]"),
    ("[tool.claimcheck.rules.CC201]\nwidth = 2\n", "unknown setting 'width' (known: severity, unit_price"),
    ("[tool.claimcheck.rules.CC201]\nseverity = \"loud\"\n", "CC201 cannot be 'loud'"),
    ("[tool.claimcheck]\nsum_tolerance = 0.1\n[tool.claimcheck.rules.CC202]\nsum_tolerance = 0.2\n",
     "sum_tolerance is set both in [tool.claimcheck] and in [tool.claimcheck.rules.CC202]"),
])
def test_bad_settings_name_the_key_and_the_file(tmp_path, body, message):
    with pytest.raises(ClaimcheckError) as raised:
        load_settings(write_config(tmp_path, body))
    assert message in str(raised.value) and str(tmp_path / "pyproject.toml") in str(raised.value)


def _complete(words: str, tmp_path) -> list[str]:
    """What bash completion offers for the last word of `words` (the script `--install-completion` installs asks
    the program itself, through these variables)."""
    import os
    import subprocess

    env = {**os.environ, "_CLAIMCHECK_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - 1)}
    done = subprocess.run([str(Path(sys.executable).parent / "claimcheck")], env=env, capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_shell_completion_installs_and_completes_commands_formats_and_rule_codes(tmp_path, capsys, monkeypatch):
    # typer's own switch for tests: the shell is the one named, not guessed from the parent processes (which fails
    # when the tests run under no shell at all, as in a background or CI job)
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    code, out, _ = cli(capsys, monkeypatch, "--help")
    assert code == 0 and "--install-completion" in out
    code, out, _ = cli(capsys, monkeypatch, "--show-completion", "bash")
    assert code == 0 and "_CLAIMCHECK_COMPLETE=complete_bash" in out and "complete " in out
    assert _complete("claimcheck rep", tmp_path) == ["report"]
    assert _complete("claimcheck report a.txt --format s", tmp_path) == ["sarif"]
    assert _complete("claimcheck rule CC20", tmp_path) == [c for c in RULES if c.startswith("CC20")]


def test_the_readme_configuration_loads_and_names_only_real_settings(tmp_path):
    import re
    import tomllib
    from dataclasses import fields

    from claimcheck.settings import Settings, settings_from_table

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Configuration: `[tool.claimcheck]`")[1].split("\n## ")[0]
    example = section.split("```toml\n")[1].split("```")[0]
    settings = settings_from_table(tomllib.loads(example)["tool"]["claimcheck"])
    assert settings.severity_overrides == {"CC205": "info", "CC201": "warning", "CC302": "off"}
    assert settings.max_bytes == 2_000_000 and settings.unit_price_low_margin == 3.0
    table = [line for line in section.splitlines() if line.startswith("| `")]
    documented = {name for line in table for name in re.findall(r"`([a-z_]+)`", line.split("|")[1])}
    assert documented <= {f.name for f in fields(Settings)} and len(documented) >= 20
