"""The JSON report: the whole Document with character offsets and a schema version."""

from __future__ import annotations

import json

from claimcheck.document import Document, document_to_dict


def render_json(doc: Document) -> str:
    """The Document as indented JSON."""
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2) + "\n"
