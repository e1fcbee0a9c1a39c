"""The one exception type a user can cause, and the exit codes the CLI returns."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit statuses, as ruff and Vale use them."""

    OK = 0
    FINDINGS = 1
    ERROR = 2
    INTERRUPTED = 130


class ClaimcheckError(Exception):
    """An error the user can fix (bad input, missing model, bad option).

    The CLI prints its message as one line on stderr and exits with ``ExitCode.ERROR``.
    """


class InputError(ClaimcheckError):
    """An article could not be read: missing, empty, binary, undecodable, too large or malformed."""


class ModelError(ClaimcheckError):
    """A model could not be found or loaded."""
