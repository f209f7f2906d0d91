"""The `rnnquiz` root command: registers every command group and funnels errors to exit codes."""

from __future__ import annotations

import sys

import typer
from typer.core import TyperGroup

from rnnquiz import __version__
from rnnquiz.errors import ExitStatus, RnnquizError


class RootGroup(TyperGroup):
    """Turns core errors into one-line messages and the documented exit codes."""

    def invoke(self, ctx):  # noqa: ANN001
        try:
            return super().invoke(ctx)
        except RnnquizError as exc:
            from rnnquiz.cli.console import print_error

            print_error(str(exc))
            raise typer.Exit(int(exc.exit_status)) from None
        except KeyboardInterrupt:
            typer.echo("\ninterrupted", err=True)
            raise typer.Exit(int(ExitStatus.INTERRUPTED)) from None


app = typer.Typer(
    cls=RootGroup,
    name="rnnquiz",
    help="Get ready for deep-learning interviews on recurrent neural networks: mock interview questions, "
    "spaced repetition, and auto-graded RNN/GRU/LSTM coding drills.",
    epilog="Exit codes: 0 ok, 1 wrong answer or failing drill, 2 usage error, 3 unreadable bank/progress/import file, "
    "4 progress database locked, 130 interrupted.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rnnquiz {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", "-V", help="Print the version and exit.", callback=_version, is_eager=True),
) -> None:
    """rnnquiz: RNN interview preparation."""


def _register() -> None:
    # Each module registers its own commands; none imports numpy or torch at import time.
    from rnnquiz.cli import ask, bank, classroom, dev, drill, grade, progress, solve, stats

    for module in (ask, grade, bank, drill, solve, stats, progress, classroom, dev):
        module.register(app)


_register()


def main() -> None:
    """Run the command line (the `rnnquiz` console script)."""
    sys.exit(app())
