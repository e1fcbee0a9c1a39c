"""The `claimcheck` command: a thin typer app; each subcommand lives in its own module.

Errors a user can cause (`ClaimcheckError`) become one escaped line on stderr and exit code 2; a traceback
is shown only with `--debug`. Exit codes: 0 clean, 1 findings at or above `--fail-on`, 2 usage or input
error, 130 interrupted.
"""

from __future__ import annotations

import re
import sys
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError, ExitCode
from claimcheck.suggest import did_you_mean

app = typer.Typer(
    name="claimcheck",
    help="Check the quotes, numbers and consistency of news articles.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)
_state = {"debug": False}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Optional[bool] = typer.Option(None, "--version", callback=_version, is_eager=True, help="Show the version."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors."),
) -> None:
    """Check the quotes, numbers and consistency of news articles."""
    _state["debug"] = debug


def fail(message: str) -> "typer.Exit":
    """Print one error line on stderr and return the exit to raise."""
    from claimcheck.report.common import printable

    Console(stderr=True).print(f"[bold red]error:[/] {escape(printable(message))}", highlight=False, soft_wrap=True)
    return typer.Exit(code=int(ExitCode.ERROR))


def run() -> None:
    """Console-script entry point: runs the app and turns expected errors into one line."""
    try:
        code = app(prog_name="claimcheck", standalone_mode=False)
    except ClaimcheckError as exc:
        if _state["debug"]:
            raise
        raise SystemExit(fail(str(exc)).exit_code) from None
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except (KeyboardInterrupt, typer.Abort):
        Console(stderr=True).print("[yellow]interrupted[/]")
        raise SystemExit(int(ExitCode.INTERRUPTED)) from None
    except typer.TyperException as exc:  # typer's own click: a usage error (bad option, value or command)
        message = usage_message(exc)
        if message:
            fail(message)
        raise SystemExit(int(ExitCode.ERROR)) from None
    except Exception as exc:
        import click  # the terminal review prompts with click itself, whose Ctrl-C is its own Abort

        if isinstance(exc, click.exceptions.Abort):
            Console(stderr=True).print("[yellow]interrupted[/]")
            raise SystemExit(int(ExitCode.INTERRUPTED)) from None
        if _state["debug"]:
            raise
        raise SystemExit(fail(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)").exit_code) from None
    raise SystemExit(code if isinstance(code, int) else 0)


_NOT_ONE_OF = re.compile(r"'(?P<value>[^']*)' is not one of (?P<choices>'.*')\.?$")


def usage_message(exc: "typer.TyperException") -> str:
    """One line for a usage error: what is wrong, the near option, value or command, and where help is.

    Empty for the bare command group, whose help has been printed already."""
    message = exc.format_message().strip()
    if not message:
        return ""
    message = message.replace("Value error, ", "")
    possibilities = getattr(exc, "possibilities", None)
    if possibilities:  # an unknown option: click lists the near ones
        message = f"{exc.message}; did you mean {' or '.join(sorted(possibilities))}?"
    wrong_value = _NOT_ONE_OF.search(message)
    if wrong_value:
        choices = re.findall(r"'([^']*)'", wrong_value["choices"])
        message = f"{message.rstrip('.')}{did_you_mean(wrong_value['value'], choices)}"
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        message += f" (see '{ctx.command_path} --help')"
    return message


from claimcheck.cli import report as _report  # noqa: E402,F401  (registers the subcommand)
from claimcheck.cli import review as _review  # noqa: E402,F401  (registers review and verdicts)
from claimcheck.cli import eval as _eval  # noqa
from claimcheck.cli import batch as _batch  # noqa
from claimcheck.cli import rules as _rules  # noqa

if __name__ == "__main__":  # pragma: no cover
    sys.exit(run())
