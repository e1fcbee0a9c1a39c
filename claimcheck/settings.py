"""One settings object for thresholds, limits and model paths, overridable from `[tool.claimcheck]`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError


@dataclass(frozen=True)
class Settings:
    """Everything a run can be tuned by. Rules read their thresholds from here, never inline."""

    max_bytes: int = 5_000_000
    nli_model: str | None = None  # None: the shipped model (or $CLAIMCHECK_NLI_MODEL)
    nli_threshold: float = 0.9  # contradiction probability needed for a CC301 flag
    nli_max_pairs: int = 400  # candidate pairs scored per article, at most
    min_severity: str = "info"
    severity_overrides: dict[str, str] = field(default_factory=dict)  # rule code -> severity or "off"

    def with_overrides(self, **values: Any) -> "Settings":
        """A copy with the given non-None values replaced."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


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
            return Settings(**{k.replace("-", "_"): v for k, v in table.items()})
    return Settings()
