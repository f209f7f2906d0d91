"""The sandbox boundary: the parent never runs learner code, the child's group dies, output is tamed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rnnquiz.drills.grade import grade_submission
from rnnquiz.drills.loader import load_drill
from rnnquiz.grader import protocol, sandbox
from rnnquiz.grader.sandbox import Limits

CORRECT_RNN = "import numpy as np\n\ndef rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)\n"


def write(tmp_path: Path, text: str, name: str = "sub.py") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_learner_code_runs_only_in_the_child(tmp_path):
    marker = tmp_path / "pid.txt"
    sub = write(tmp_path, f"import os\nopen({str(marker)!r}, 'a').write(str(os.getpid()) + '\\n')\n" + CORRECT_RNN)
    report = grade_submission(load_drill("rnn"), sub)
    assert report.passed
    pids = {int(p) for p in marker.read_text().split()}
    assert os.getpid() not in pids and len(pids) == 1
    assert "submission" not in sys.modules


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state


def test_the_process_group_is_killed_after_the_run(tmp_path):
    marker = tmp_path / "grandchild.txt"
    sub = write(tmp_path, "import subprocess\n"
                          f"p = subprocess.Popen(['sleep', '60'])\nopen({str(marker)!r}, 'w').write(str(p.pid))\n" + CORRECT_RNN)
    report = grade_submission(load_drill("rnn"), sub)
    assert report.passed
    pid = int(marker.read_text())
    for _ in range(50):
        if not _alive(pid):
            break
        time.sleep(0.05)
    assert not _alive(pid), "the learner's grandchild outlived the grading run"


def test_output_is_capped_and_stripped_of_terminal_controls(tmp_path):
    sub = write(tmp_path, "print('\\x1b]52;c;aGk=\\x07hello \\x1b[2Jworld')\nprint('x' * 20000)\n" + CORRECT_RNN)
    report = grade_submission(load_drill("rnn"), sub)
    assert report.passed
    assert "hello \\x1b[2Jworld" in report.output and "\x1b" not in report.output  # escaped visibly, inert
    escapes = report.output.count("\\x")  # each made one character into four
    assert report.output_truncated and len(report.output) - 3 * escapes <= Limits().keep_bytes


def test_stdin_is_closed(tmp_path):
    sub = write(tmp_path, "import numpy as np\n\ndef rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    input('press enter')\n")
    report = grade_submission(load_drill("rnn"), sub)
    assert report.check("implemented").status == "error"
    assert "EOFError at line 4" in report.check("implemented").message


def test_numpy_track_parent_never_imports_torch(tmp_path):
    sub = write(tmp_path, "import torch\n" + CORRECT_RNN)  # the child may; the parent must not
    code = ("import sys, json\nfrom rnnquiz.drills.grade import grade_submission\nfrom rnnquiz.drills.loader import load_drill\n"
            f"r = grade_submission(load_drill('rnn'), {str(sub)!r})\n"
            "print(json.dumps([r.passed, 'torch' in sys.modules, 'submission' in sys.modules]))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == [True, False, False], proc.stderr


def test_a_broken_request_is_an_internal_error_not_a_learner_fault():
    run = sandbox.start({"track": "numpy"}, {}, Limits(timeout_s=20))
    result = run.wait()
    assert result.fault == "internal" and "KeyError" in result.output


def test_protocol_rejects_other_versions(tmp_path):
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"version": 99, "jobs": []}))
    with pytest.raises(protocol.ProtocolError, match="version 99"):
        protocol.read_json(path)
    with pytest.raises(protocol.ProtocolError):
        protocol.read_json(tmp_path / "absent.json")
    assert protocol.load_arrays(tmp_path / "absent.npz") == {}


def test_arrays_come_back_without_pickle(tmp_path):
    sub = write(tmp_path, "import numpy as np\n\ndef rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n"
                          "    return np.array([object()] * h_prev.size).reshape(h_prev.shape)\n")
    report = grade_submission(load_drill("rnn"), sub)
    assert report.check("outputs").status == "fail"
    assert "dtype object" in report.check("outputs").message


def test_timeout_kills_a_busy_child_quickly(tmp_path):
    sub = write(tmp_path, "while True:\n    pass\n")
    start = time.perf_counter()
    report = grade_submission(load_drill("rnn"), sub, limits=Limits(timeout_s=1.0))
    assert time.perf_counter() - start < 5
    assert report.fault["kind"] == "timeout" and report.check("load").status == "error"
    assert "while loading the file" in report.check("load").message


def test_a_stale_prepared_request_is_replaced_not_trusted(tmp_path):
    import numpy as np

    from rnnquiz.drills import plan_cache

    drill = load_drill("rnn")
    sub = write(tmp_path, CORRECT_RNN)
    assert grade_submission(drill, sub).passed  # prepares the request
    suite, npz = plan_cache.load(drill, "numpy", 0, None)
    arrays = protocol.load_arrays(npz)
    np.savez(npz, **{k: v + 1 if v.dtype.kind == "f" else v for k, v in arrays.items()})  # tamper with the inputs
    report = grade_submission(drill, sub)
    assert report.passed, report.summary
    assert protocol.load_arrays(npz).keys() == arrays.keys()
    assert all(np.array_equal(protocol.load_arrays(npz)[k], v) for k, v in arrays.items())  # rewritten
    wrong = write(tmp_path, CORRECT_RNN.replace("np.tanh", "np.sin"), "wrong.py")
    assert not grade_submission(drill, wrong).passed


def test_the_job_folder_is_capped_in_total_not_only_per_file(tmp_path):
    sub = write(tmp_path, "import os, tempfile\n"
                          "for n in range(20):\n"
                          "    with open(os.path.join(tempfile.gettempdir(), f'part{n}.bin'), 'wb') as fh:\n"
                          "        fh.write(os.urandom(1) * (20 << 20))\n" + CORRECT_RNN)
    report = grade_submission(load_drill("rnn"), sub, limits=Limits(timeout_s=20, disk_mb=64))
    assert report.fault is not None and report.fault["kind"] == "disk", report.summary
    assert "64 MiB" in report.check("load").message
    assert not list(Path(sandbox.tempfile.gettempdir()).glob(f"{sandbox.FOLDER_PREFIX}{os.getpid()}-*"))


def test_the_child_dies_with_a_killed_grading_parent(tmp_path):
    sub = write(tmp_path, "while True:\n    pass\n")
    code = ("import sys, time\nfrom rnnquiz.drills.grade import make_plan\nfrom rnnquiz.drills.loader import load_drill\n"
            "from rnnquiz.grader import sandbox\nfrom rnnquiz.grader.sandbox import Limits\nfrom pathlib import Path\n"
            "plan = make_plan(load_drill('rnn'), 'numpy')\n"
            f"run = sandbox.start({{'track': 'numpy', 'suites': [plan.suite([Path({str(sub)!r})])]}}, plan.arrays, Limits(timeout_s=60))\n"
            "print(run.proc.pid, run.folder, flush=True)\ntime.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    pid, folder = parent.stdout.readline().split()
    assert _alive(int(pid))
    parent.kill()
    parent.wait()
    for _ in range(100):
        if not _alive(int(pid)):
            break
        time.sleep(0.05)
    assert not _alive(int(pid)), "the grading child outlived its killed parent"
    assert Path(folder).exists()  # a killed parent cannot clean up; the next run does
    assert sandbox.sweep_stale_folders(Path(folder).parent) >= 1
    assert not Path(folder).exists()


def test_sweeping_keeps_folders_of_live_graders(tmp_path):
    live = tmp_path / f"{sandbox.FOLDER_PREFIX}{os.getppid()}-abc"
    mine = tmp_path / f"{sandbox.FOLDER_PREFIX}{os.getpid()}-abc"
    other = tmp_path / "unrelated-99999999"
    for folder in (live, mine, other):
        folder.mkdir()
    assert sandbox.sweep_stale_folders(tmp_path) == 0
    assert live.exists() and mine.exists() and other.exists()
