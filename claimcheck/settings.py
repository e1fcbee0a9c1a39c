"""One settings object for thresholds, limits and model paths, overridable from `[tool.claimcheck]`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from claimcheck.errors import ClaimcheckError
from claimcheck.suggest import did_you_mean


@dataclass(frozen=True)
class Settings:
    """Everything a run can be tuned by. Rules read their thresholds from here, never inline."""

    max_bytes: int = 5_000_000
    article_timeout: float = 300.0  # batch: seconds one article may take before it is failed (0: no limit)
    fetch_timeout: float = 20.0  # seconds to wait for the server of an article given as a URL
    nli_model: str | None = None  # None: the shipped model (or $CLAIMCHECK_NLI_MODEL)
    nli_runtime: str = "auto"  # onnx (the shipped int8 graph, no transformers import), torch, or auto
    nli_threshold: float = 0.97  # CC301: contradiction probability needed; chosen with `claimcheck eval --nli-thresholds`
    nli_max_pairs: int = 400  # candidate pairs scored per article, at most
    nli_temporal_veto: float = 0.5  # CC302: mean entailment (both directions) at which the NLI model clears a pair
    nli_pairs_per_sentence: int = 3  # candidate partners per sentence for CC301, so cost grows linearly
    # consistency checks (claimcheck/checks)
    same_quantity_threshold: float = 0.2  # CC101-CC106: the fitted judge's score to call two figures one quantity
    same_measure_similarity: float = 0.3  # CC101-CC106: word-vector cosine of two measured nouns to compare them
    same_quantity_contradiction: float = 0.5  # CC101-CC106: NLI contradiction of the two sentences; 0: off
    contrast_contradiction: float = 0.5  # CC101-CC107: NLI contradiction that makes two measured nouns two sets; 0: off
    conflict_max_ratio: float = 1.5  # figures further apart than this factor are taken as different measures
    undated_window_days: int = 45  # CC101-CC106: an undated figure tells of this many days before the article
    definite_max_ratio: float = 2.0  # CC107: a known set's count and an earlier one further apart are two sets
    approx_tolerance: float = 0.1  # relative slack of "about", "nearly", "some"
    rounding_max_rel: float = 0.05  # the most relative slack a figure's written precision may give it
    unit_price_low_margin: float = 2.0  # CC201: flag below the table's minimum divided by this
    unit_price_high_margin: float = 10.0  # CC201: flag above the table's maximum times this (amounts may cover more)
    sum_tolerance: float = 0.02  # CC202: parts may exceed the total by this share before a flag
    sum_max_ratio: float = 3.0  # CC202, CC209: parts and a total further apart than this factor count other things
    multiplier_tolerance: float = 0.15  # CC204: relative slack between a multiplier and after/before
    percent_tolerance_pp: float = 1.0  # CC205, CC206: percentage points of slack beyond the figure's rounding
    share_approx_pp: float = 3.0  # CC206: further percentage points of slack for "about", "roughly", "nearly"
    rate_product_factor: float = 3.0  # CC208: a rate x its base may miss the stated product by this factor
    # CC208: a product further than this factor from a rate x its base counts other things: a slipped scale word
    # ("million" for "billion") moves a figure a thousandfold, and a hedge a tenth more
    rate_unrelated_factor: float = 1100.0
    journey_speed_factor: float = 1.25  # CC208: an average speed may miss a journey's length over its time so far
    average_total_factor: float = 1.25  # CC208: an average per thing may miss the total of those things over their count
    rate_window_sentences: int = 4  # CC208: sentences between a rate and the base it applies to, at most
    load_margin: float = 1.5  # CC211: flag a load per vehicle above its kind's record maximum times this
    same_unit_similarity: float = 0.7  # CC208: word-vector cosine of two units of measure to take them as one
    age_tolerance_years: int = 1  # CC210: two ages of one person may differ by this much (a birthday between)
    min_severity: str = "info"
    severity_overrides: dict[str, str] = field(default_factory=dict)  # rule code -> severity or "off"
    select: list[str] = field(default_factory=list)  # rule codes or prefixes to run (empty: all)
    ignore: list[str] = field(default_factory=list)  # rule codes or prefixes not to run
    preview: bool = False  # also run the preview rules (measured precision under 0.9 on real news)
    calibrated_confidence: bool = True  # a flag's confidence is its rule's measured precision (False: raw score)

    def __post_init__(self) -> None:
        hints = get_type_hints(Settings)
        for item in fields(self):
            value = getattr(self, item.name)
            if not _fits(value, hints[item.name]):
                raise ClaimcheckError(f"setting {item.name} must be {_describe(hints[item.name])}, "
                                      f"not {value!r}")
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
                raise ClaimcheckError(f"setting {item.name} must not be negative, not {value!r}")
        if self.nli_runtime not in ("auto", "onnx", "torch"):
            raise ClaimcheckError(f"setting nli_runtime must be auto, onnx or torch, not {self.nli_runtime!r}")
        for name in ("nli_threshold", "nli_temporal_veto", "same_quantity_threshold", "same_quantity_contradiction",
                     "contrast_contradiction"):
            if getattr(self, name) > 1:
                raise ClaimcheckError(f"setting {name} is a probability from 0 to 1, not {getattr(self, name)!r}")

    def with_overrides(self, **values: Any) -> "Settings":
        """A copy with the given non-None values replaced."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def _fits(value: Any, hint: Any) -> bool:
    """Whether `value` has the type `hint` (int, float, str, None, unions and dict[str, str]); bools are no numbers."""
    if get_origin(hint) in (Union, UnionType):
        return any(_fits(value, arg) for arg in get_args(hint))
    if get_origin(hint) is list:
        (item,) = get_args(hint)
        return isinstance(value, list) and all(_fits(v, item) for v in value)
    if get_origin(hint) is dict:
        key, item = get_args(hint)
        return isinstance(value, dict) and all(_fits(k, key) and _fits(v, item) for k, v in value.items())
    if hint is type(None):
        return value is None
    if isinstance(value, bool):
        return hint is bool
    return isinstance(value, (int, float)) if hint is float else isinstance(value, hint)


def _describe(hint: Any) -> str:
    if get_origin(hint) in (Union, UnionType):
        return " or ".join(_describe(arg) for arg in get_args(hint))
    names = {int: "an integer", float: "a number", str: "a string", bool: "true or false", type(None): "unset"}
    if get_origin(hint) is list:
        return "a list of strings"
    return names.get(hint, "a table of strings")


# Settings that one rule alone reads: its own `[tool.claimcheck.rules.CODE]` table may set them. Settings several
# rules share stay in `[tool.claimcheck]`, since a rule cannot yet be given its own value of them.
RULE_SETTINGS: dict[str, tuple[str, ...]] = {
    "CC201": ("unit_price_low_margin", "unit_price_high_margin"),
    "CC107": ("definite_max_ratio",),
    "CC202": ("sum_tolerance",),
    "CC208": ("rate_product_factor", "rate_unrelated_factor", "rate_window_sentences", "same_unit_similarity",
              "journey_speed_factor", "average_total_factor"),
    "CC211": ("load_margin",),
    "CC210": ("age_tolerance_years",),
    "CC301": ("nli_threshold",),
}


def load_settings(start: Path | None = None) -> Settings:
    """Settings from the nearest pyproject.toml's `[tool.claimcheck]` table, above `start` (default: cwd)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                table = tomllib.loads(candidate.read_text(encoding="utf-8")).get("tool", {}).get("claimcheck", {})
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ClaimcheckError(f"{candidate}: cannot read [tool.claimcheck]: {exc}") from None
            try:
                return settings_from_table(table)
            except ClaimcheckError as exc:
                raise ClaimcheckError(f"{candidate}: {exc}") from None
    return Settings()


def settings_from_table(table: dict[str, Any]) -> Settings:
    """Settings from a `[tool.claimcheck]` table: keys spelt with hyphens or underscores, and per-rule tables under
    `rules` (`[tool.claimcheck.rules.CC201]`: `severity` and the settings `RULE_SETTINGS` gives that rule)."""
    known = [f.name for f in fields(Settings)]
    values = _keys(table, "[tool.claimcheck]", [*known, "rules"])
    rules = values.pop("rules", {})
    if not isinstance(rules, dict):
        raise ClaimcheckError("[tool.claimcheck] rules must be a table of rule tables ([tool.claimcheck.rules.CC201])")
    severities = dict(values.get("severity_overrides") or {})
    for code, rule_table in rules.items():
        code = _rule_code(code)
        where = f"[tool.claimcheck.rules.{code}]"
        if not isinstance(rule_table, dict):
            raise ClaimcheckError(f"{where} must be a table, not {rule_table!r}")
        own = RULE_SETTINGS.get(code, ())
        for name, value in _keys(rule_table, where, ["severity", *own], shared=known).items():
            if name == "severity":
                severities[code] = value
            elif name in values:
                raise ClaimcheckError(f"{name} is set both in [tool.claimcheck] and in {where}; keep one")
            else:
                values[name] = value
    if severities:
        values["severity_overrides"] = severities
    try:
        settings = Settings(**values)
    except ClaimcheckError as exc:
        raise ClaimcheckError(f"[tool.claimcheck] {exc}") from None
    from claimcheck.checks.registry import effective_severities

    effective_severities(settings.severity_overrides)  # a bad rule code or severity fails here, not mid-run
    return settings


def _keys(table: dict[str, Any], where: str, allowed: list[str], shared: list[str] | None = None) -> dict[str, Any]:
    """`table` with its keys spelt with underscores; a key not in `allowed`, or given twice, is an error."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name in values:
            raise ClaimcheckError(f"{where} sets {name} twice (as {name} and {name.replace('_', '-')})")
        if name not in allowed:
            if name in (shared or ()):
                owner = next((code for code, names in RULE_SETTINGS.items() if name in names), None)
                home = f"[tool.claimcheck.rules.{owner}]" if owner else "[tool.claimcheck]"
                raise ClaimcheckError(f"{where}: {key} applies to more than this rule; set it in {home}")
            hint = did_you_mean(name, allowed) or f" (known: {', '.join(allowed)})"
            raise ClaimcheckError(f"{where}: unknown setting {key!r}{hint}")
        values[name] = value
    return values


def _rule_code(code: str) -> str:
    """A rule code from a `rules` table key; an unknown one is an error naming the near code."""
    from claimcheck.checks.registry import RULES

    if code.upper() not in RULES:
        raise ClaimcheckError(f"[tool.claimcheck.rules]: unknown rule {code!r}{did_you_mean(code.upper(), RULES)}")
    return code.upper()
