"""`claimcheck rules` and `claimcheck rule CODE`, and the rule-selection options other commands share."""

from __future__ import annotations

from typing import Any, Optional

import typer

from claimcheck.cli import app

SELECT_HELP = "Run only these rules: codes or prefixes, comma-separated (CC1,CC201)."
IGNORE_HELP = "Do not run these rules: codes or prefixes, comma-separated."
PREVIEW_HELP = "Also run the preview rules (measured precision under 0.9 on real news)."


def rule_overrides(select: Optional[str], ignore: Optional[str], preview: bool) -> dict[str, Any]:
    """Settings overrides from --select, --ignore and --preview (None where the option was not given)."""
    def codes(text: Optional[str]) -> list[str] | None:
        return None if text is None else [part.strip().upper() for part in text.split(",") if part.strip()]

    return {"select": codes(select), "ignore": codes(ignore), "preview": preview or None}


@app.command("rules")
def rules_command(
    select: Optional[str] = typer.Option(None, "--select", help=SELECT_HELP),
    ignore: Optional[str] = typer.Option(None, "--ignore", help=IGNORE_HELP),
    preview: bool = typer.Option(False, "--preview", help=PREVIEW_HELP),
) -> None:
    """List every rule: code, name, default severity, stable or preview, and whether it runs."""
    from claimcheck.checks.registry import RULES, effective_severities, enabled_rules
    from claimcheck.settings import load_settings

    settings = load_settings().with_overrides(**rule_overrides(select, ignore, preview))
    severities = effective_severities(settings.severity_overrides)
    running = enabled_rules(settings.select, settings.ignore, settings.preview, severities)
    typer.echo(f"{'code':<6} {'name':<26} {'severity':<8} {'status':<8} enabled")
    for code, rule in RULES.items():
        state = "yes" if code in running else "no"
        typer.echo(f"{code:<6} {rule.name:<26} {severities[code]:<8} {rule.status:<8} {state}")
    typer.echo("\nexplain one: claimcheck rule CODE; preview rules run with --preview")


def complete_code(incomplete: str) -> list[str]:
    """Rule codes starting with what has been typed, for shell completion."""
    from claimcheck.checks.registry import RULES

    return [code for code in RULES if code.startswith(incomplete.upper())]


@app.command("rule")
def rule_command(
    code: str = typer.Argument(..., help="A rule code, e.g. CC201.", autocompletion=complete_code),
) -> None:
    """Explain one rule: what it checks, why it matters, what to check, an example, how to turn it off."""
    from claimcheck.checks.registry import RULES
    from claimcheck.errors import ClaimcheckError
    from claimcheck.rule_docs import explain
    from claimcheck.suggest import did_you_mean

    rule = RULES.get(code.strip().upper())
    if rule is None:
        hint = did_you_mean(code.strip().upper(), RULES) or "; `claimcheck rules` lists them"
        raise ClaimcheckError(f"unknown rule {code!r}{hint}")
    typer.echo(explain(rule), nl=False)
