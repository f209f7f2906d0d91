"""The `rnnquiz progress` commands."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the progress commands to the root app."""
