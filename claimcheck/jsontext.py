"""JSON from untrusted input: every way it can fail (syntax, nesting, huge numbers) is one `ValueError`."""

from __future__ import annotations

import json
from typing import Any


def parse_json(text: str | bytes) -> Any:
    """`json.loads`, with syntax errors, too-deep nesting and over-long numbers all raised as `ValueError`
    whose message is one line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"malformed JSON ({exc.msg}, line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except ValueError as exc:  # e.g. an integer longer than Python's digit limit
        raise ValueError(f"unreadable JSON ({str(exc).splitlines()[0]})") from None


def json_type(value: Any) -> str:
    """The JSON name of a value's type, for error messages: 'a string', 'a number', 'an object'..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
