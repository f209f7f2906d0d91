"""An answer is committed before its verdict is shown: a session killed with SIGKILL right after keeps it."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rnnquiz.progress.store import ProgressStore

DATA = Path(__file__).resolve().parent / "data"


def session(home: Path, *ids: str) -> subprocess.Popen:
    env = {**os.environ, "RNNQUIZ_HOME": str(home), "PYTHONUNBUFFERED": "1", "COLUMNS": "100"}
    args = [sys.executable, "-m", "rnnquiz", "ask", "--bank", str(DATA / "mini.yaml"), "--seed", "1"]
    for qid in ids:
        args += ["--id", qid]
    return subprocess.Popen(args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def read_until(proc: subprocess.Popen, marker: str, timeout: float = 60.0) -> str:
    """Read the session's output until `marker` appears (then it is on the learner's screen)."""
    seen, deadline = b"", time.monotonic() + timeout
    while marker.encode() not in seen:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"{marker!r} never appeared in: {seen.decode(errors='replace')[-800:]}")
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            raise AssertionError(f"the session ended before {marker!r}: {seen.decode(errors='replace')[-800:]}")
        seen += chunk
    return seen.decode(errors="replace")


def answers(home: Path) -> list[dict]:
    with ProgressStore.open(home / "progress.sqlite3") as store:
        return store.read_all()["answers"]


@pytest.mark.parametrize("qid, typed, verdict", [
    ("fixture-numeric", b"84\n", "correct"),
    ("fixture-truefalse", b"t\n", "wrong"),
    ("fixture-open", b"the additive update of the cell state keeps the gradient\n\n", "Key points covered"),
])
def test_kill_9_right_after_the_verdict_keeps_the_answer(isolated_home, qid, typed, verdict):
    proc = session(isolated_home, qid, "fixture-choice")
    try:
        read_until(proc, "> ")
        proc.stdin.write(typed)
        proc.stdin.flush()
        read_until(proc, verdict)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    [answer] = answers(isolated_home)
    assert answer["item_id"] == qid
    if qid == "fixture-open":
        assert answer["rating"] == answer["detail"]["suggested"] and answer["detail"]["rated"] is False


def test_the_learners_own_rating_replaces_the_suggested_one(isolated_home):
    proc = session(isolated_home, "fixture-open")
    out, err = proc.communicate(b"the additive update of the cell state keeps the gradient\n\n1\n", timeout=120)
    assert proc.returncode == 1, err
    [answer] = answers(isolated_home)
    assert answer["rating"] == 1 and answer["detail"]["rated"] is True and answer["detail"]["score"] == 0.0
    with ProgressStore.open(isolated_home / "progress.sqlite3") as store:
        [card] = store.card_rows()
        assert (card["reps"], card["lapses"], card["last_rating"]) == (1, 1, 1)
