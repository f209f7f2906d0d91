"""`rnnquiz drill` and `rnnquiz solve` through the CLI: happy paths, exit codes, workspace, hints, progress."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")

CORRECT_RNN = "import numpy as np\n\ndef rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)\n"
RELU_RNN = "import numpy as np\n\ndef rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    return np.maximum(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh, 0)\n"


def answers(home: Path) -> list[dict]:
    from rnnquiz.progress.store import ProgressStore

    with ProgressStore.open() as store:
        return store.read_all()["answers"]


def test_list_groups_by_topic_with_status(run_cli):
    result = run_cli("drill", "list")
    assert result.exit_code == 0, result.output
    assert "rnn-cell" in result.output and "lstm" in result.output and "★" in result.output
    rows = json.loads(run_cli("drill", "list", "--json").stdout)
    rnn = next(r for r in rows if r["id"] == "rnn")
    assert rnn["status"] == {"numpy": "not-started", "torch": "not-started"} and rnn["topic"] == "rnn-cell"


def test_show_prints_statement_equations_and_stub(run_cli):
    result = run_cli("drill", "show", "lstm", "--track", "torch")
    assert result.exit_code == 0, result.output
    assert "equations" in result.output and "def lstm_cell" in result.output and "stub_torch.py" in result.output


def test_first_run_creates_the_workspace_file_and_is_not_started(run_cli, isolated_home):
    result = run_cli("drill", "rnn")
    assert result.exit_code == 1
    path = isolated_home / "workspace" / "numpy" / "rnn.py"
    assert path.exists() and "NotImplementedError" in path.read_text()
    assert str(path) in result.stderr and "NOT STARTED" in result.stdout
    path.write_text(CORRECT_RNN)
    again = run_cli("drill", "rnn")
    assert again.exit_code == 0 and "PASSED" in again.stdout
    assert path.read_text() == CORRECT_RNN  # never overwritten


def test_json_report_and_exit_codes(run_cli, tmp_path):
    sub = tmp_path / "mine.py"
    sub.write_text(RELU_RNN)
    result = run_cli("drill", "rnn", "--file", str(sub), "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["passed"] is False and report["version"] == 1
    assert report["diagnosis"]["mistake"]["id"] == "relu-activation"
    assert {c["id"]: c["status"] for c in report["checks"]}["values"] == "fail"
    assert all("message" in c and "title" in c for c in report["checks"])
    assert report["reproduce"].startswith(f"rnnquiz drill rnn --file {sub}") and "--case 0" in report["reproduce"]
    sub.write_text(CORRECT_RNN)
    ok = run_cli("drill", "grade", "rnn", "--file", str(sub), "--json")
    assert ok.exit_code == 0 and json.loads(ok.stdout)["passed"] is True


def test_case_and_seed_options(run_cli, tmp_path):
    sub = tmp_path / "mine.py"
    sub.write_text(RELU_RNN)
    report = json.loads(run_cli("drill", "rnn", "--file", str(sub), "--json", "--seed", "5", "--case", "3").stdout)
    assert report["seed"] == 5 and report["case"] == 3
    assert "--seed 5 --case 3" in report["reproduce"]
    assert run_cli("drill", "rnn", "--file", str(sub), "--case", "99").exit_code == 2


@pytest.mark.parametrize("args, phrase", [
    (["drill", "nope"], "unknown drill"),
    (["drill", "lstn"], "did you mean lstm"),
    (["drill", "rnn", "--file", "/no/such/file.py"], "no such file"),
    (["drill", "rnn", "--track", "jax"], "jax"),
    (["drill", "show", "nope"], "unknown drill"),
    (["solve", "nope"], "unknown drill"),
])
def test_usage_errors_exit_2(run_cli, args, phrase):
    result = run_cli(*args)
    assert result.exit_code == 2, result.output
    assert phrase in result.output


def test_hints_are_progressive_and_remembered(run_cli):
    first = json.loads(run_cli("drill", "lstm", "--hint", "--json").stdout)
    second = json.loads(run_cli("drill", "lstm", "--hint", "--json").stdout)
    assert (first["hint"], second["hint"]) == (1, 2) and first["text"]["en"] != second["text"]["en"]
    text = run_cli("drill", "lstm", "--hint", "--lang", "zh").stdout
    assert "Hint 3 of" in text
    for _ in range(5):
        last = json.loads(run_cli("drill", "lstm", "--hint", "--json").stdout)
    assert last["hint"] == last["of"]
    rows = json.loads(run_cli("drill", "list", "--json").stdout)
    assert next(r for r in rows if r["id"] == "lstm")["hints_used"] == last["of"]


def test_a_pass_is_recorded_once_with_hints_counted(run_cli, tmp_path, isolated_home):
    sub = tmp_path / "mine.py"
    sub.write_text(RELU_RNN)
    assert run_cli("drill", "rnn", "--file", str(sub)).exit_code == 1
    [failed] = answers(isolated_home)  # a failed attempt is an Again review ...
    assert (failed["correct"], failed["rating"]) == (False, 1)
    assert run_cli("drill", "rnn", "--file", str(sub)).exit_code == 1
    assert len(answers(isolated_home)) == 1  # ... recorded once a day, not on every failing save
    run_cli("drill", "rnn", "--hint")
    sub.write_text(CORRECT_RNN)
    assert run_cli("drill", "rnn", "--file", str(sub)).exit_code == 0
    assert run_cli("drill", "rnn", "--file", str(sub)).exit_code == 0  # same file: not recorded twice
    recorded = answers(isolated_home)
    assert len(recorded) == 2
    a = recorded[-1]
    assert (a["item_id"], a["item_type"], a["mode"], a["topic"], a["correct"], a["hints_used"]) == ("rnn", "drill", "drill", "rnn-cell", True, 1)
    assert a["rating"] == 2  # Hard: passed after a hint
    rows = json.loads(run_cli("drill", "list", "--json").stdout)
    assert next(r for r in rows if r["id"] == "rnn")["status"]["numpy"] == "passed"
    assert run_cli("drill", "rnn", "--file", str(sub), "--no-record").exit_code == 0


def test_solve_shows_code_demo_and_torch_nn_agreement(run_cli, isolated_home):
    result = run_cli("solve", "lstm", "--no-record")
    assert result.exit_code == 0, result.output
    assert "def lstm_cell" in result.output and "agrees with torch.nn" in result.output and "Demo on case 0" in result.output
    data = json.loads(run_cli("solve", "gru", "--track", "torch", "--json").stdout)
    assert data["torch_nn_max_abs_diff"] <= 1e-10 and data["grad_max_abs_diff"] <= 1e-10
    assert data["outputs"]["h"]["shape"] == [3, 5]
    recorded = answers(isolated_home)
    assert [(a["item_id"], a["correct"], a["rating"]) for a in recorded] == [("gru", False, 1)]  # gave up: Again
    run_cli("solve", "gru", "--json")
    assert len(answers(isolated_home)) == 1  # once


def test_every_command_has_help_with_examples(run_cli):
    for args in (["drill"], ["dev"], ["drill", "list"], ["drill", "show"], ["drill", "grade"], ["solve"], ["dev", "check"], ["dev", "schema"]):
        result = run_cli(*args, "--help")
        assert result.exit_code == 0 and "Example" in result.output, args


def test_watch_regrades_on_rename_saves(tmp_path):
    from rnnquiz.drills.watch import watch_file

    target = tmp_path / "mine.py"
    target.write_text("x = 1\n")
    stop = threading.Event()
    seen = []

    def on_save():
        seen.append(target.read_text())
        if len(seen) >= 2:
            stop.set()

    def editor():
        time.sleep(0.5)
        for n in (2, 3):
            tmp = tmp_path / f".mine.py.swp{n}"
            tmp.write_text(f"x = {n}\n")
            os.replace(tmp, target)  # how vim and others save
            time.sleep(0.8)
        (tmp_path / "other.py").write_text("ignored\n")
        time.sleep(0.5)
        stop.set()

    thread = threading.Thread(target=editor)
    thread.start()
    watch_file(target, on_save, stop_event=stop, debounce_ms=100)
    thread.join()
    assert seen == ["x = 2\n", "x = 3\n"]
