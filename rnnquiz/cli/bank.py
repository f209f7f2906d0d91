"""The `rnnquiz bank` commands."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the bank commands to the root app."""
