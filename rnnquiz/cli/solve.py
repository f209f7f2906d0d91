"""The `rnnquiz solve` commands."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the solve commands to the root app."""
