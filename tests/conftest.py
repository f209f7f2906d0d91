"""Shared fixtures: every test gets its own progress home and cache, and fresh consoles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def skip_module_without_strict_sandbox() -> None:
    """Skip the calling test module where bubblewrap cannot run, unless RNNQUIZ_REQUIRE_STRICT=1
    (set by `.ci/run`) makes a missing sandbox a failure."""
    from rnnquiz.grader import strict

    try:
        strict.check()
    except strict.StrictUnavailable as exc:
        if os.environ.get("RNNQUIZ_REQUIRE_STRICT") == "1":
            raise RuntimeError("strict mode cannot run here, but RNNQUIZ_REQUIRE_STRICT=1: install bubblewrap") from exc
        pytest.skip("bubblewrap (bwrap) is not available", allow_module_level=True)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RNNQUIZ_HOME", str(home))
    monkeypatch.delenv("RNNQUIZ_BANKS", raising=False)
    monkeypatch.delenv("RNNQUIZ_LANG", raising=False)
    monkeypatch.delenv("RNNQUIZ_CACHE_DIR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    from rnnquiz.cli.console import reset_consoles

    reset_consoles()
    yield home
    reset_consoles()


@pytest.fixture
def mini_bank() -> Path:
    return DATA / "mini.yaml"


@pytest.fixture
def run_cli():
    """Invoke the CLI in-process and return the result (exit code, stdout, stderr)."""
    from typer.testing import CliRunner

    from rnnquiz.cli.console import reset_consoles
    from rnnquiz.cli.main import app

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        reset_consoles()
        return runner.invoke(app, list(args), input=input)

    return invoke


def command_paths() -> list[list[str]]:
    """Every leaf command of the CLI, as the words that invoke it (e.g. ["bank", "lint"])."""
    from typer.main import get_command

    from rnnquiz.cli.main import app

    def walk(group, prefix):
        for name, cmd in group.commands.items():
            if hasattr(cmd, "commands"):
                yield from walk(cmd, prefix + [name])
            else:
                yield prefix + [name]

    return list(walk(get_command(app), []))
