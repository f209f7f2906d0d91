"""The warm worker behind `--watch`: each grading a fresh fork, faults contained, nothing leaking or left behind."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from rnnquiz.drills.grade import grade_prepared, prepare
from rnnquiz.drills.loader import load_drill
from rnnquiz.drills.regrade import Regrader
from rnnquiz.grader.sandbox import Limits
from rnnquiz.grader.warm import WarmWorker

CORRECT = "import numpy as np\n\ndef rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)\n"
HOSTILE = {
    "hangs": ("import numpy as np\n\ndef rnn_cell(*a):\n    while True:\n        pass\n", "timeout"),
    "floods": ("import numpy as np\n\ndef rnn_cell(*a):\n    while True:\n        print('x' * 4096)\n", "output-flood"),
    "segfaults": ("import ctypes\n\ndef rnn_cell(*a):\n    ctypes.string_at(0)\n", "crash"),
    "exits": ("import os\n\ndef rnn_cell(*a):\n    os._exit(3)\n", "exit"),
    "patches-numpy": ("import numpy as np\nnp.tanh = lambda z: z * 0\nnp.savez = None\nimport json\njson.dumps = None\n" + CORRECT.replace("import numpy as np\n", ""), None),
}


@pytest.fixture(scope="module")
def worker():
    w = WarmWorker("numpy")
    yield w
    w.close()


@pytest.fixture(scope="module")
def prepared():
    return prepare(load_drill("rnn"), "numpy")


def _grade(worker, prepared, path: Path, timeout: float = 3.0):
    return grade_prepared(load_drill("rnn"), prepared, path, Limits(timeout_s=timeout), "rnnquiz drill rnn", launcher=worker)


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_faulty_child_is_graded_and_the_next_grading_is_unaffected(name, worker, prepared, tmp_path) -> None:
    source, fault = HOSTILE[name]
    bad, good = tmp_path / "bad.py", tmp_path / "good.py"
    bad.write_text(source, encoding="utf-8")
    good.write_text(CORRECT, encoding="utf-8")
    report = _grade(worker, prepared, bad)
    assert not report.passed
    if fault is not None:
        assert report.fault is not None and report.fault["kind"] == fault, report.summary
    pid = worker.pid
    after = _grade(worker, prepared, good)
    assert after.passed, after.summary  # a fresh fork: nothing the bad file patched is left
    assert worker.pid == pid, "the worker survives its children"


def test_the_worker_survives_200_gradings_without_growing(worker, prepared, tmp_path) -> None:
    good = tmp_path / "good.py"
    good.write_text(CORRECT, encoding="utf-8")
    for _ in range(10):
        assert _grade(worker, prepared, good).passed
    before = _rss_kb(worker.pid)
    for _ in range(190):
        assert _grade(worker, prepared, good).passed
    assert _rss_kb(worker.pid) - before < 2048, "the worker's memory grows with each grading"


def test_a_dead_worker_is_restarted_for_the_next_grading(worker, prepared, tmp_path) -> None:
    good = tmp_path / "good.py"
    good.write_text(CORRECT, encoding="utf-8")
    assert _grade(worker, prepared, good).passed
    old = worker.pid
    os.kill(old, signal.SIGKILL)
    time.sleep(0.2)
    assert _grade(worker, prepared, good).passed
    assert worker.pid != old




def test_cancelling_mid_run_returns_at_once_and_leaves_no_process(tmp_path) -> None:
    file = tmp_path / "loop.py"
    file.write_text("def rnn_cell(*a):\n    while True:\n        pass\n", encoding="utf-8")
    regrader = Regrader(load_drill("rnn"), file, "numpy", Limits(timeout_s=30))
    try:
        results = []
        thread = threading.Thread(target=lambda: results.append(regrader.grade()))
        thread.start()
        time.sleep(1.5)
        started = time.perf_counter()
        regrader.cancel()
        thread.join(10)
        assert not thread.is_alive() and time.perf_counter() - started < 3
        assert results == [None]  # a cancelled grading has no verdict
        children = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == regrader.worker.pid]
        assert children == [], "the cancelled child outlived the cancel"
    finally:
        regrader.close()


def _parent(proc: Path) -> int | None:
    try:
        for line in (proc / "status").read_text().splitlines():
            if line.startswith("PPid:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def test_one_shot_grading_never_starts_the_warm_worker(tmp_path, monkeypatch, run_cli) -> None:
    def refuse(*_a, **_k):
        raise AssertionError("the warm worker was started for a one-shot grading")

    monkeypatch.setattr(WarmWorker, "start", refuse)
    monkeypatch.setattr(WarmWorker, "spawn", refuse)
    file = tmp_path / "rnn.py"
    file.write_text(CORRECT, encoding="utf-8")
    result = run_cli("drill", "rnn", "--file", str(file), "--no-record")
    assert result.exit_code == 0, result.output


def test_watch_mode_cancels_a_hanging_grading_when_the_fix_is_saved(tmp_path) -> None:
    import json
    import selectors
    import subprocess
    import sys

    file = tmp_path / "rnn.py"
    file.write_text(CORRECT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "rnnquiz", "drill", "rnn", "--file", str(file), "--watch", "--json",
                             "--no-record", "--timeout", "60"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)

    def verdict(within: float) -> dict:
        assert selector.select(timeout=within), "no verdict in time"
        return json.loads(proc.stdout.readline())

    try:
        assert verdict(120)["passed"]
        file.write_text("def rnn_cell(*a):\n    while True:\n        pass\n", encoding="utf-8")
        time.sleep(1.0)
        file.write_text(CORRECT + "\n", encoding="utf-8")
        fixed = verdict(30)  # far below the hanging run's 60 s limit: it was cancelled, not waited for
        assert fixed["passed"], fixed["summary"]
    finally:
        proc.kill()
        proc.wait()
