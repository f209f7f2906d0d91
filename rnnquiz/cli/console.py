"""Consoles and safe rendering of untrusted text for every command."""

from __future__ import annotations

import sys
from functools import lru_cache

from rich.console import Console
from rich.text import Text

from rnnquiz.textsafe import escape_controls


@lru_cache(maxsize=None)
def _consoles() -> tuple[Console, Console]:
    return Console(highlight=False), Console(stderr=True, highlight=False)


def out() -> Console:
    """Return the stdout console (rich honours NO_COLOR, TTY_COMPATIBLE, TTY_INTERACTIVE)."""
    return _consoles()[0]


def err() -> Console:
    """Return the stderr console."""
    return _consoles()[1]


def reset_consoles() -> None:
    """Forget the cached consoles (tests swap sys.stdout between invocations)."""
    _consoles.cache_clear()


def safe(text: str, style: str = "") -> Text:
    """Return untrusted text as a rich Text: markup shown literally, escapes and controls removed."""
    return Text(escape_controls(text), style=style)


def print_error(message: str) -> None:
    """Print an error message to stderr, each line prefixed, with no markup interpretation."""
    console = Console(stderr=True, highlight=False, file=sys.stderr)
    for line in escape_controls(message).splitlines() or [""]:
        console.print(Text("error: ", style="bold red") + Text(line), soft_wrap=True)


def print_warning(message: str) -> None:
    """Print a warning to stderr, each line prefixed, with no markup interpretation."""
    console = Console(stderr=True, highlight=False, file=sys.stderr)
    for line in escape_controls(message).splitlines() or [""]:
        console.print(Text("warning: ", style="bold yellow") + Text(line), soft_wrap=True)
