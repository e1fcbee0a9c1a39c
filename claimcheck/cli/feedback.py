"""What a command tells the person running it on stderr besides its output: a spinner naming the current step
when stderr is a terminal, one timed line per step with `--verbose`, nothing but errors with `--quiet`."""

from __future__ import annotations

import time

from rich.console import Console
from rich.live import Live
from rich.markup import escape
from rich.spinner import Spinner

from claimcheck.report.common import printable

QUIET_HELP = "Nothing on stderr but errors: no spinner, progress or hints."
VERBOSE_HELP = "Say on stderr what is being done, with the seconds each step took."


class Feedback:
    """Steps and notes on stderr; use as a context manager so a spinner stops however the command ends."""

    def __init__(self, *, quiet: bool = False, verbose: bool = False, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True, highlight=False)
        self.quiet = quiet
        self.verbose = verbose and not quiet
        self.spinning = not quiet and not self.verbose and self.console.is_terminal
        self._live: Live | None = None
        self._spinner: Spinner | None = None
        self._started = time.perf_counter()

    def __enter__(self) -> "Feedback":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        if self.verbose and exc[0] is None:
            self.console.print(f"[dim]{self._elapsed()} done[/]")

    def step(self, what: str) -> None:
        """Now doing `what` (reading, loading models, checking)."""
        what = escape(printable(what))
        if self.verbose:
            self.console.print(f"[dim]{self._elapsed()} {what}[/]")
        elif self.spinning:
            if self._live is None:
                self._spinner = Spinner("dots", text=f"{what}…", style="status.spinner")
                self._live = Live(self._spinner, console=self.console, transient=True, refresh_per_second=12.5)
                self._live.start(refresh=True)
            else:
                self._spinner.update(text=f"{what}…")
                self._live.refresh()  # the new step shows now, not at the next tick

    def note(self, text: str) -> None:
        """A hint for the person (not part of the output); left out with --quiet."""
        if not self.quiet:
            self.stop()
            self.console.print(f"[dim]{escape(printable(text))}[/]", soft_wrap=True)

    def stop(self) -> None:
        """Take the spinner off the screen."""
        if self._live is not None:
            self._live.stop()
            self._live = None

    def _elapsed(self) -> str:
        return f"{time.perf_counter() - self._started:6.1f}s"
