"""The `rnnquiz dev` commands."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the dev commands to the root app."""
