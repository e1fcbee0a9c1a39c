"""What a person reading a flag should check, per rule, and how to turn a rule off.

The registry (`claimcheck.checks.registry`) says what each rule does and why; this module adds the one line
an editor acts on, shown under every flag in the terminal, HTML and SARIF reports and by `claimcheck rule`.
"""

from __future__ import annotations

import textwrap

from claimcheck.checks.registry import Rule
from claimcheck.settings import RULE_SETTINGS, Settings

WHAT_TO_CHECK: dict[str, str] = {
    "CC101": "Check both amounts against the source; if they are amounts of different things, make that clear.",
    "CC102": "Check which count is current; if the figure changed, say when and by how much.",
    "CC103": "Check both percentages against the source; percentage points and per cent are not the same.",
    "CC104": "Check the event's date against the source and make both mentions agree.",
    "CC105": "Check both values and units against the source; one of them is probably a slip.",
    "CC106": "Check which rank is right (attempt, place, term) and make both mentions agree.",
    "CC107": "Check the count against the earlier one it refers back to and make both agree.",
    "CC201": "Check the amount's scale word (thousand, million, billion) and the count it is divided by.",
    "CC202": "Add the parts up against the total; one of the figures is wrong or a part is counted twice.",
    "CC203": "Check whether the figure is a share of a group (at most 100%) or a rate or change.",
    "CC204": "Divide the after value by the before value and check the multiplier word against it.",
    "CC205": "Recompute the percentage from its counts or its before and after values.",
    "CC206": "Divide the part by the whole the share is written against and compare.",
    "CC207": "Recompute the change from the before and after figures around it.",
    "CC208": "Multiply the rate by its base and compare with the stated total; a scale word may have slipped.",
    "CC209": "Add the counts of each kind up against the total; one figure is wrong or the groups overlap.",
    "CC210": "Check the person's age, nationality or role, or the body's owner, against the source and make every "
             "mention agree.",
    "CC211": "Check the load's scale word and unit, and how many vehicles carried it.",
    "CC301": "Read the two statements together; if both are right, say what reconciles them.",
    "CC302": "Check when the event happened and make both time references agree.",
    "CC303": "Check whether it happened in that period; correct the denial or the report.",
    "CC304": "Check the date of the death and the date of the later event; one of them is wrong.",
    "CC305": "Check which outcome the record shows (the vote count, the verdict, the result); one sentence is wrong.",
    "CC306": "Check the record of the vote (who voted which way, the count); one sentence is wrong.",
}


def what_to_check(code: str) -> str:
    """The one-line advice for a rule code (empty for a code without any)."""
    return WHAT_TO_CHECK.get(code, "")


def how_to_turn_off(rule: Rule) -> str:
    """The ways to stop a rule from running, for one run and for a project."""
    return (f"--ignore {rule.code} for one run; for a project, in pyproject.toml, ignore = [\"{rule.code}\"] under "
            f"[tool.claimcheck], or severity = \"off\" under [tool.claimcheck.rules.{rule.code}]")


def explain(rule: Rule, width: int = 80) -> str:
    """What `claimcheck rule CODE` prints: what the rule does, why, an example, what to check, its settings and
    how to turn it off, each section wrapped to `width` columns."""
    sections = [("What it does", rule.summary), ("Why it matters", rule.why), ("Example", rule.example)]
    if what_to_check(rule.code):
        sections.append(("What to check", what_to_check(rule.code)))
    if rule.status == "preview":
        sections.append(("Preview rule", "Runs only with --preview (or preview = true in [tool.claimcheck])."))
    defaults = Settings()
    own = ", ".join(f"{name} (default {getattr(defaults, name)})" for name in RULE_SETTINGS.get(rule.code, ()))
    sections.append((f"Settings, under [tool.claimcheck.rules.{rule.code}]",
                     f"severity (info, warning, error or off; default {rule.severity})" + (f", {own}" if own else "")))
    sections.append(("How to turn it off", how_to_turn_off(rule)))
    out = [f"{rule.code} {rule.name} ({rule.status}; default severity: {rule.severity})"]
    for heading, text in sections:
        out += ["", heading, textwrap.fill(text, width, initial_indent="  ", subsequent_indent="  ")]
    return "\n".join(out) + "\n"
