"""Strict mode against hostile submissions: each attack is refused with a named reason, and the
operating-system layer alone (no syntax scan) still keeps the grader, its files and its secrets
out of reach. Needs bubblewrap: `.ci/run` installs it; elsewhere these tests are skipped unless
RNNQUIZ_REQUIRE_STRICT=1 makes a missing sandbox a failure."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import skip_module_without_strict_sandbox
from rnnquiz.cli.main import app
from rnnquiz.drills.grade import grade_submission, make_plan
from rnnquiz.drills.loader import load_drill
from rnnquiz.grader import sandbox, strict
from rnnquiz.grader.sandbox import Limits
from rnnquiz.paths import solutions_dir

HOSTILE = Path(__file__).parent / "data" / "hostile"
HONEST_LSTM = solutions_dir() / "numpy" / "lstm.py"


skip_module_without_strict_sandbox()


def _hostile_files() -> list[Path]:
    return sorted(p for p in HOSTILE.glob("*.py") if p.name != "probe.py")


@pytest.mark.parametrize("path", _hostile_files(), ids=lambda p: p.stem)
def test_every_attack_is_refused_with_a_named_reason(path: Path, tmp_path: Path) -> None:
    drill_id, track, expected = path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ").split()
    started = time.perf_counter()
    report = grade_submission(load_drill(drill_id, use_cache=False), path, track, strict=True)
    assert time.perf_counter() - started < 60, "the grader must never hang"
    assert not report.passed
    apis = report.check("apis")
    assert apis is not None and apis.status == "fail", report.summary
    assert expected in apis.message, apis.message
    assert f"line {apis.details['line']}" in apis.message


@pytest.mark.parametrize("name", ["nn_lstmcell.py", "torch_lstm_cell_on_numpy.py", "autograd_bptt.py"])
def test_a_learner_gets_the_same_refusal_without_strict_mode(name: str) -> None:
    path = HOSTILE / name
    drill_id, track, expected = path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ").split()
    report = grade_submission(load_drill(drill_id), path, track)
    assert not report.passed and expected in report.check("apis").message
    assert "asks you to write yourself" in report.check("apis").message


GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("drill_id,track,path", [
    ("lstm", "numpy", HONEST_LSTM),
    ("gru-seq", "numpy", solutions_dir() / "numpy" / "gru_seq.py"),
    ("lstm", "torch", GOLDEN / "lstm" / "correct-torch" / "submission.py"),  # the torch references are torch.nn itself
    ("sdpa", "torch", GOLDEN / "sdpa" / "correct-torch" / "submission.py"),
    ("rnn", "torch", GOLDEN / "rnn" / "correct-torch-functional" / "submission.py"),
])
def test_honest_solutions_pass_in_strict_mode(drill_id: str, track: str, path: Path) -> None:
    report = grade_submission(load_drill(drill_id, use_cache=False), path, track, strict=True)
    assert report.passed, (drill_id, track, report.summary)


def _probe(tmp_path: Path, monkeypatch) -> tuple[dict, object]:
    """Run the probe in the strict sandbox directly (no syntax scan) and return what it saw."""
    monkeypatch.setenv("RNNQUIZ_SECRET_TOKEN", "s3cr3t")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "s3cr3t")
    package = Path(strict.__file__).resolve().parent.parent
    looked_for = [str(solutions_dir() / "numpy" / "lstm.py"), str(package / "drills" / "references.py"),
                  str(Path.home() / ".ssh"), str(tmp_path / "secret.txt"), os.environ.get("RNNQUIZ_HOME", "/nonexistent")]
    (tmp_path / "secret.txt").write_text("answers", encoding="utf-8")
    writable = [str(tmp_path), str(Path.cwd()), "/", str(Path(strict.__file__).resolve().parent)]
    probe = tmp_path / "probe.py"
    probe.write_text(f"PROBE_PATHS = {looked_for!r}\nPROBE_WRITABLE = {writable!r}\n"
                     + (HOSTILE / "probe.py").read_text(encoding="utf-8"), encoding="utf-8")
    plan = make_plan(load_drill("rnn"), "numpy")
    suite = {**plan.suite([probe]), "forbidden": []}
    run = sandbox.start({"track": "numpy", "suites": [suite]}, plan.arrays, Limits(timeout_s=30), strict=True)
    result = run.wait()
    line = next(l for l in result.output.splitlines() if l.startswith("PROBE"))
    return json.loads(line.removeprefix("PROBE")), result


def test_the_os_sandbox_alone_keeps_the_grader_out_of_reach(tmp_path: Path, monkeypatch) -> None:
    seen, result = _probe(tmp_path, monkeypatch)
    assert result.fault is None and result.result is not None  # the run completed: nothing stopped the grader
    assert set(seen["pids"]) <= {1, 2}, "the child must not see the grading parent's processes"
    assert seen["fork"] != "forked" and seen["spawn"] != "spawned"
    assert seen["network"] != "connected"
    assert seen["visible"] == [], f"visible from the sandbox: {seen['visible']}"
    assert seen["rnnquiz_drills"] == "hidden"
    assert seen["flood_files"] < 3, "the writable /tmp is capped"
    assert seen["host_writes"] == [] and seen["job_folder"] != "written"
    assert not [k for k in seen["env"] if k.startswith("RNNQUIZ") or "SECRET" in k or k == "HOME"]
    assert not list(Path("/tmp").glob("flood-*.bin")) and not Path("/tmp/planted.txt").exists()
    assert not list(tmp_path.glob("planted.txt"))


def test_nothing_outlives_the_run(tmp_path: Path, monkeypatch) -> None:
    _probe(tmp_path, monkeypatch)
    time.sleep(0.2)
    leftovers = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes()
            except OSError:
                continue
            if b"sleep\x00600" in cmdline or b"bwrap" in cmdline:
                leftovers.append(cmdline)
    assert leftovers == []
    assert not list(Path(sandbox.tempfile.gettempdir()).glob(f"{sandbox.FOLDER_PREFIX}{os.getpid()}-*"))


def test_strict_mode_reads_no_cache_a_student_could_have_poisoned(tmp_path: Path) -> None:
    from rnnquiz.filecache import read_cached, write_cached

    load_drill.cache_clear()
    drill = load_drill("lstm")  # validates drill.yaml and caches it in this test's cache folder
    spec_path = (drill.folder / "drill.yaml").resolve()
    data = read_cached("drills", spec_path)
    assert data is not None
    write_cached("drills", spec_path, {**data, "tolerance": {"atol": 1e9, "rtol": 1e9}})  # what a child could write
    wrong = drill.mistake_path("forget-on-input")
    load_drill.cache_clear()
    try:
        assert grade_submission(load_drill("lstm"), wrong).passed  # the poisoned cache fools the accident sandbox
        assert not grade_submission(load_drill("lstm", use_cache=False), wrong, strict=True).passed
    finally:
        write_cached("drills", spec_path, data)
        load_drill.cache_clear()


def test_strict_without_bubblewrap_refuses_with_exit_3(monkeypatch) -> None:
    strict.check.cache_clear()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    try:
        result = CliRunner().invoke(app, ["drill", "lstm", "--file", str(HONEST_LSTM), "--strict", "--no-record"])
    finally:
        strict.check.cache_clear()
    assert result.exit_code == 3
    assert "apt-get install bubblewrap" in result.output


def test_an_installed_rnnquiz_is_hidden_from_the_sandbox(tmp_path: Path) -> None:
    import io
    import subprocess
    import sys
    import zipfile

    from rnnquiz.classroom.autograder import build_wheel

    site = tmp_path / "lib" / "site-packages"  # where pip would put it: a folder the sandbox binds
    zipfile.ZipFile(io.BytesIO(build_wheel()[1])).extractall(site)
    secret = [str(site / "rnnquiz" / "_data" / "solutions" / "numpy" / "lstm.py"), str(site / "rnnquiz" / "drills" / "references.py")]
    probe = tmp_path / "probe.py"
    probe.write_text("import os\nprint('SEEN', [p for p in %r if os.path.exists(p)])\n"
                     "def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    import numpy as np\n"
                     "    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)\n" % (secret,), encoding="utf-8")
    code = ("import sys; sys.path.insert(0, sys.argv[1])\n"
            "import rnnquiz; assert rnnquiz.__file__.startswith(sys.argv[1]), rnnquiz.__file__\n"
            "from pathlib import Path\nfrom rnnquiz.drills.grade import make_plan\nfrom rnnquiz.drills.loader import load_drill\n"
            "from rnnquiz.grader import sandbox\n"
            "plan = make_plan(load_drill('rnn'), 'numpy')\n"
            "run = sandbox.start({'track': 'numpy', 'suites': [plan.suite([Path(sys.argv[2])])]}, plan.arrays, strict=True)\n"
            "result = run.wait()\nprint(result.fault, result.output)\n")
    proc = subprocess.run([sys.executable, "-c", code, str(site), str(probe)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "RNNQUIZ_HOME": str(tmp_path / "home")})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("None") and "SEEN []" in proc.stdout, proc.stdout
