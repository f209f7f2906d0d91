"""Import rules: the quiz path stays light, and only the CLI knows about typer."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import rnnquiz

PACKAGE = Path(rnnquiz.__file__).parent


def run_and_list_modules(args: list[str], env_home: Path) -> set[str]:
    code = (
        "import sys, json, runpy\n"
        f"sys.argv = ['rnnquiz', *{args!r}]\n"
        "try:\n"
        "    runpy.run_module('rnnquiz', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write('MODULES=' + json.dumps(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "RNNQUIZ_HOME": str(env_home)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60,
                          stdin=subprocess.DEVNULL)
    marker = proc.stderr.rsplit("MODULES=", 1)
    assert len(marker) == 2, proc.stderr
    return set(json.loads(marker[1]))


def test_quiz_path_and_help_import_neither_numpy_nor_torch(tmp_path):
    heavy_roots = {"numpy", "torch", "pydantic", "jieba", "yaml"}
    for args in (["--help"], ["ask", "--count", "1", "--seed", "1", "--reveal", "--json"], ["bank", "stats", "--json"],
                 ["grade-answer", "lstm-cec", "--answer", "the cell state is updated additively", "--json"],
                 ["ask", "--generated", "--count", "3", "--seed", "1", "--reveal", "--json"],
                 ["ask", "--generated", "--count", "2", "--seed", "1", "--no-record"],
                 ["ask", "--count", "4", "--seed", "1", "--mix-generated", "0.5", "--reveal"]):
        modules = run_and_list_modules(args, tmp_path)
        heavy = {m for m in modules if m.split(".")[0] in heavy_roots or m == "rich.markdown"}
        # pydantic and yaml are only needed when a bank changed since it was last validated (warm cache here)
        if args[0] != "--help" and heavy & {"pydantic", "yaml"}:
            modules = run_and_list_modules(args, tmp_path)
            heavy = {m for m in modules if m.split(".")[0] in heavy_roots or m == "rich.markdown"}
        assert not heavy, f"rnnquiz {' '.join(args)} imported {sorted(heavy)[:5]}"


def test_only_the_cli_imports_typer():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "cli":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"typer", "click"} for n in names):
                offenders.append(str(rel))
    assert not offenders, f"typer/click imported outside rnnquiz/cli: {offenders}"


def test_nothing_imports_click_directly():
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import click" not in text and "from click" not in text, path
