"""One settings object for thresholds, limits and model paths, overridable from `[tool.claimcheck]`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from claimcheck.errors import ClaimcheckError


@dataclass(frozen=True)
class Settings:
    """Everything a run can be tuned by. Rules read their thresholds from here, never inline."""

    max_bytes: int = 5_000_000
    article_timeout: float = 300.0  # batch: seconds one article may take before it is failed (0: no limit)
    nli_model: str | None = None  # None: the shipped model (or $CLAIMCHECK_NLI_MODEL)
    nli_threshold: float = 0.97  # CC301: contradiction probability needed; chosen with `claimcheck eval --nli-thresholds`
    nli_max_pairs: int = 400  # candidate pairs scored per article, at most
    nli_temporal_veto: float = 0.5  # CC302: mean entailment (both directions) at which the NLI model clears a pair
    nli_pairs_per_sentence: int = 3  # candidate partners per sentence for CC301, so cost grows linearly
    # consistency checks (claimcheck/checks)
    same_quantity_threshold: float = 0.2  # CC101-CC106: the fitted judge's score to call two figures one quantity
    same_measure_similarity: float = 0.3  # CC101-CC106: word-vector cosine of two measured nouns to compare them
    conflict_max_ratio: float = 1.5  # figures further apart than this factor are taken as different measures
    approx_tolerance: float = 0.1  # relative slack of "about", "nearly", "some"
    rounding_max_rel: float = 0.05  # the most relative slack a figure's written precision may give it
    unit_price_low_margin: float = 2.0  # CC201: flag below the table's minimum divided by this
    unit_price_high_margin: float = 10.0  # CC201: flag above the table's maximum times this (amounts may cover more)
    sum_tolerance: float = 0.02  # CC202: parts may exceed the total by this share before a flag
    multiplier_tolerance: float = 0.15  # CC204: relative slack between a multiplier and after/before
    percent_tolerance_pp: float = 1.0  # CC205, CC206: percentage points of slack beyond the figure's rounding
    share_approx_pp: float = 3.0  # CC206: further percentage points of slack for "about", "roughly", "nearly"
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
        for name in ("nli_threshold", "nli_temporal_veto", "same_quantity_threshold"):
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
            known = {f.name for f in fields(Settings)}
            unknown = sorted(set(table) - known)
            if unknown:
                raise ClaimcheckError(f"{candidate}: unknown [tool.claimcheck] settings: {', '.join(unknown)}")
            try:
                return Settings(**{k.replace("-", "_"): v for k, v in table.items()})
            except ClaimcheckError as exc:
                raise ClaimcheckError(f"{candidate}: [tool.claimcheck] {exc}") from None
    return Settings()
