"""The wheel carries the banks and the reference solutions, so an installed rnnquiz works anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-w", str(out), "-q"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    [whl] = out.glob("rnnquiz-*.whl")
    return whl


def test_wheel_contains_banks_solutions_and_drills(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    prefix = "rnnquiz/_data/questions/"
    banks = [n for n in names if n.startswith(prefix) and n.endswith(".yaml") and "/" not in n[len(prefix):]]
    assert len(banks) == len(list((ROOT / "questions").glob("*.yaml")))
    templates = [n for n in names if n.startswith(prefix + "generated/") and n.endswith(".yaml")]
    assert len(templates) == len(list((ROOT / "questions" / "generated").glob("*.yaml"))) > 0
    assert "rnnquiz/_data/questions/bank.schema.json" in names
    solutions = [n for n in names if n.startswith("rnnquiz/_data/solutions/") and n.endswith(".py")]
    assert len(solutions) == len(list((ROOT / "solutions").rglob("*.py")))
    assert any(n.startswith("rnnquiz/drills/catalog/") and n.endswith("drill.yaml") for n in names)
    assert not any(n.startswith(("tests/", "bench/")) for n in names)


def test_installed_layout_runs_from_any_directory(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); sys.argv = ['rnnquiz', 'ask', '--count', '2', '--seed', '1', '--reveal', '--json']\n"
        "import rnnquiz, rnnquiz.paths as p\n"
        "assert rnnquiz.__file__.startswith(sys.path[0]), rnnquiz.__file__\n"
        "assert '_data' in str(p.questions_dir()) and '_data' in str(p.solutions_dir())\n"
        "from rnnquiz.cli.main import main; main()\n"
    )
    env = {**os.environ, "RNNQUIZ_HOME": str(tmp_path / "home")}
    proc = subprocess.run([sys.executable, "-c", code, str(site)], cwd=elsewhere, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert len(json.loads(proc.stdout)) == 2
    generated = code.replace("'ask', ", "'ask', '--generated', ")
    proc = subprocess.run([sys.executable, "-c", generated, str(site)], cwd=elsewhere, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert [q["id"][:4] for q in json.loads(proc.stdout)] == ["gen:", "gen:"]
