"""The `rnnquiz ask` commands."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the ask commands to the root app."""
