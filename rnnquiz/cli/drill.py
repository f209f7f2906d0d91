"""The `rnnquiz drill` commands."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the drill commands to the root app."""
