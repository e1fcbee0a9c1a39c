"""Near-miss suggestions for names a user mistyped: options, formats, rule codes, settings keys."""

from __future__ import annotations

import difflib
from typing import Iterable


def near(word: str, choices: Iterable[str]) -> str | None:
    """The choice `word` most likely meant: a close spelling ('fromat' -> 'format'), else the one choice it
    abbreviates ('md' -> 'markdown'); None when nothing is near or the abbreviation fits several."""
    choices = list(choices)
    lowered = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    if close:
        return lowered[close[0]]
    abbreviated = [choice for choice in choices if word and _abbreviates(word.lower(), choice.lower())]
    return abbreviated[0] if len(abbreviated) == 1 else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`; did you mean 'x'?` for the near choice, or an empty string."""
    guess = near(word, choices)
    return f"; did you mean {guess!r}?" if guess else ""


def _abbreviates(word: str, choice: str) -> bool:
    """Whether `word` starts like `choice` and its letters appear in `choice` in order."""
    if not choice.startswith(word[0]):
        return False
    rest = iter(choice)
    return all(letter in rest for letter in word)
