"""The JSON report: the whole Document with character offsets and a schema version.

Its shape is described by `schema.json` beside this module (JSON Schema 2020-12), shipped in the package.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from claimcheck.document import Document, document_to_dict


def render_json(doc: Document) -> str:
    """The Document as indented JSON."""
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2) + "\n"


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The JSON Schema of the JSON report."""
    return json.loads(resources.files("claimcheck.report").joinpath("schema.json").read_text(encoding="utf-8"))
