"""`rnnquiz class`: a whole class graded strictly into the files an instructor's tools read."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from conftest import skip_module_without_strict_sandbox
from rnnquiz.drills.loader import load_drill
from rnnquiz.paths import solutions_dir

skip_module_without_strict_sandbox()

HOSTILE = Path(__file__).parent / "data" / "hostile"
LSTM = load_drill("lstm")


def _class(tmp_path: Path) -> Path:
    root = tmp_path / "class"
    students = {
        "alice": solutions_dir() / "numpy" / "lstm.py",
        "bob": LSTM.mistake_path("forget-on-input"),
        "carol": LSTM.stub_path("numpy"),
        "dave": HOSTILE / "torch_lstm_cell_on_numpy.py",
        "+cmd@evil": LSTM.mistake_path("gate-order-ifog"),
    }
    for name, source in students.items():
        (root / name).mkdir(parents=True)
        shutil.copyfile(source, root / name / "lstm.py")
    (root / "erin").mkdir()  # no file at all
    (root / "frank").mkdir()
    (root / "frank" / "lstm.py").write_text(
        "import numpy as np\n\ndef lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):\n"
        "    raise ValueError('\\x1b]52;c;aGk=\\x07boom \\x1b[2J')\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> tuple[Path, object]:
    from typer.testing import CliRunner

    from rnnquiz.cli.main import app

    tmp = tmp_path_factory.mktemp("classroom")
    out = tmp / "out"
    result = CliRunner().invoke(app, ["class", "grade", str(_class(tmp)), "--drill", "lstm", "--out", str(out), "--jobs", "2"])
    return out, result


def _rows(out: Path) -> dict[str, dict]:
    with open(out / "grades.csv", newline="", encoding="utf-8") as fh:
        return {row["student"]: row for row in csv.DictReader(fh)}


def test_grading_happened_so_the_exit_code_is_zero(graded) -> None:
    out, result = graded
    assert result.exit_code == 0, result.output
    assert "7 submissions of 7 students" in result.output


def test_grades_csv_has_a_row_per_student_with_the_named_mistake(graded) -> None:
    rows = _rows(graded[0])
    assert {"student", "drill", "track", "passed", "score", "max_score", "mistake", "seconds"} <= set(next(iter(rows.values())))
    assert rows["alice"]["passed"] == "true" and rows["alice"]["score"] == rows["alice"]["max_score"] == "10"
    assert rows["bob"]["mistake"] == "forget-on-input" and 0 < float(rows["bob"]["score"]) < 10
    assert rows["carol"]["mistake"] == "not-started" and rows["carol"]["score"] == "0"
    assert rows["dave"]["mistake"] == "forbidden-api" and rows["dave"]["score"] == "0"
    assert rows["erin"]["status"] == "missing" and rows["erin"]["mistake"] == "missing"
    assert rows["frank"]["status"] == "error" and rows["frank"]["mistake"] == "unnamed:implemented"
    assert "ValueError" in rows["frank"]["mistake_text"] and "\x1b" not in rows["frank"]["mistake_text"]


def test_cells_a_spreadsheet_would_run_are_defused(graded) -> None:
    text = (graded[0] / "grades.csv").read_text(encoding="utf-8")
    assert "\n'+cmd@evil," in text
    assert "\x1b" not in text and "\x07" not in text


def test_junit_has_a_testcase_per_student_failures_and_errors(graded) -> None:
    suite = ET.parse(graded[0] / "junit.xml").getroot().find("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert len(cases) == 7
    assert not list(cases["alice"])
    assert cases["bob"].find("failure") is not None
    assert cases["erin"].find("error") is not None
    assert "\x1b" not in ET.tostring(cases["frank"], encoding="unicode")


def test_gradescope_results_give_partial_credit_per_check(graded) -> None:
    results = json.loads((graded[0] / "bob" / "results.json").read_text(encoding="utf-8"))
    tests = results["tests"]
    assert {"name", "score", "max_score", "status", "output"} <= set(tests[0])
    assert abs(sum(t["score"] for t in tests) - results["score"]) < 1e-3
    values = next(t for t in tests if "values" in t["name"])
    assert values["status"] == "failed" and values["score"] == 0 and "forget and input gates swapped" in results["output"]
    assert all(t["status"] == "passed" for t in tests if "signature" in t["name"])


def test_feedback_and_report_are_written_and_self_contained(graded) -> None:
    out = graded[0]
    feedback = (out / "bob" / "feedback.md").read_text(encoding="utf-8")
    assert "forget and input gates swapped" in feedback and "rnnquiz drill lstm --file lstm.py --strict" in feedback
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "1 of 7" in page and "forget and input gates swapped" in page
    assert 'href="bob/feedback.md"' in page
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert "\x1b" not in page


def test_nothing_is_recorded_in_the_instructors_progress(graded, isolated_home) -> None:
    assert not list(Path(isolated_home).glob("*.sqlite*"))


def test_flat_files_and_a_gradescope_export_are_understood(tmp_path: Path, run_cli) -> None:
    flat = tmp_path / "flat"
    flat.mkdir()
    shutil.copyfile(solutions_dir() / "numpy" / "lstm.py", flat / "s1.py")
    shutil.copyfile(LSTM.mistake_path("forget-on-input"), flat / "s2.py")
    result = run_cli("class", "grade", str(flat), "--drill", "lstm", "--out", str(tmp_path / "o1"))
    assert result.exit_code == 0, result.output
    assert set(_rows(tmp_path / "o1")) == {"s1", "s2"}

    export = tmp_path / "export"
    (export / "submission_111").mkdir(parents=True)
    shutil.copyfile(solutions_dir() / "numpy" / "lstm.py", export / "submission_111" / "my_lstm.py")
    (export / "submission_metadata.yml").write_text(
        "submission_111:\n  :submitters:\n  - :name: Ada Lovelace\n    :sid: '20241'\n    :email: ada@example.com\n",
        encoding="utf-8")
    result = run_cli("class", "grade", str(export), "--drill", "lstm", "--out", str(tmp_path / "o2"))
    assert result.exit_code == 0, result.output
    assert _rows(tmp_path / "o2")["20241"]["passed"] == "true"


def test_an_unknown_drill_or_an_empty_folder_is_a_usage_error(tmp_path: Path, run_cli) -> None:
    (tmp_path / "empty").mkdir()
    assert run_cli("class", "grade", str(tmp_path / "empty"), "--drill", "lstm", "--out", str(tmp_path / "o")).exit_code == 2
    result = run_cli("class", "grade", str(tmp_path), "--drill", "lstmm", "--out", str(tmp_path / "o"))
    assert result.exit_code == 2 and "did you mean" in result.output


def test_the_autograder_bundle_grades_a_submission_locally(tmp_path: Path, run_cli) -> None:
    bundle = tmp_path / "autograder.zip"
    result = run_cli("class", "autograder", "--drill", "lstm", "--out", str(bundle))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        assert {"setup.sh", "run_autograder"} <= set(names)
        assert zf.getinfo("run_autograder").external_attr >> 16 & 0o111
        zf.extractall(tmp_path / "unpacked")
    setup = (tmp_path / "unpacked" / "setup.sh").read_text(encoding="utf-8")
    assert "bubblewrap" in setup and "download.pytorch.org/whl/cpu" in setup and "torch==2.13.0" in setup
    wheel = next((tmp_path / "unpacked").glob("rnnquiz-*.whl"))
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel), "-t", str(target)],
                   check=True, timeout=120)
    assert (target / "rnnquiz" / "_data" / "solutions" / "numpy" / "lstm.py").is_file()
    assert (target / "bin" / "rnnquiz").exists() or list(target.glob("rnnquiz-*.dist-info/entry_points.txt"))

    root = tmp_path / "ag"
    (root / "submission").mkdir(parents=True)
    shutil.copyfile(LSTM.mistake_path("forget-on-input"), root / "submission" / "lstm.py")
    run = tmp_path / "unpacked" / "run_autograder"
    os.chmod(run, 0o755)
    rnnquiz = Path(sys.executable).parent / "rnnquiz"
    proc = subprocess.run([str(run)], env={**os.environ, "AUTOGRADER_ROOT": str(root), "RNNQUIZ": str(rnnquiz)},
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    results = json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
    assert 0 < results["score"] < 10 and len(results["tests"]) == 8


def test_an_out_dir_inside_the_class_is_not_taken_for_a_student(tmp_path: Path, run_cli) -> None:
    root = tmp_path / "class"
    (root / "ada").mkdir(parents=True)
    shutil.copyfile(solutions_dir() / "numpy" / "lstm.py", root / "ada" / "lstm.py")
    for _ in range(2):
        result = run_cli("class", "grade", str(root), "--drill", "lstm", "--out", str(root / "grades"))
        assert result.exit_code == 0, result.output
    assert set(_rows(root / "grades")) == {"ada"}
