"""`rnnquiz ask` records every answer as it is given, and `--due` / `review` serve what is due."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

from rnnquiz.bank.loader import load_bank
from rnnquiz.bank.select import Filters, filter_questions, pick
from rnnquiz.progress.store import ProgressStore

ANSWERS = {"fixture-choice": "B", "fixture-truefalse": "f", "fixture-numeric": "84"}


def test_answers_are_recorded_with_details(run_cli, mini_bank, isolated_home):
    result = run_cli("ask", "--bank", str(mini_bank), "--tag", "fixture", "--kind", "choice", "--kind", "truefalse",
                     "--seed", "1", input="f\nA\n")
    assert result.exit_code == 1  # the choice answer was wrong
    with ProgressStore.open() as store:
        rows = {r["item_id"]: r for r in store.read_all()["answers"]}
    assert set(rows) == {"fixture-choice", "fixture-truefalse"}
    assert rows["fixture-truefalse"]["correct"] in (True, 1) and rows["fixture-truefalse"]["rating"] == 3
    assert rows["fixture-choice"]["correct"] in (False, 0) and rows["fixture-choice"]["rating"] == 1
    assert rows["fixture-choice"]["topic"] == "lstm" and rows["fixture-choice"]["kind"] == "choice"


def test_no_record_leaves_progress_untouched(run_cli, mini_bank, isolated_home):
    run_cli("ask", "--bank", str(mini_bank), "--tag", "fixture", "--kind", "truefalse", "--no-record", input="f\n")
    assert not (isolated_home / "progress.sqlite3").exists()


def test_due_serves_due_questions_first_then_new(run_cli, mini_bank, isolated_home):
    past = datetime.now(timezone.utc) - timedelta(days=30)
    with ProgressStore.open() as store:
        store.record_answer(item_id="fixture-numeric", item_type="question", kind="numeric", correct=False, rating=1,
                            duration_s=3.0, topic="lstm", answered_at=past)
        store.record_answer(item_id="fixture-choice", item_type="question", kind="choice", correct=True, rating=3,
                            duration_s=3.0, topic="lstm", answered_at=datetime.now(timezone.utc))
    result = run_cli("review", "--bank", str(mini_bank), "--tag", "fixture", "--count", "2", "--kind", "numeric", "--kind", "choice",
                     "--kind", "truefalse", input="84\nf\n")
    out = result.stdout
    assert "1 due for review, 1 new in this session." in out
    assert out.index("fixture-numeric") < out.index("fixture-truefalse")
    assert "fixture-choice" not in out  # seen and not yet due
    assert "Next review due" in out


def test_killed_session_keeps_every_answer_given(mini_bank, isolated_home):
    qs = filter_questions(load_bank(mini_bank, use_cache=False), Filters(kinds=("choice", "truefalse", "numeric")))
    order = [q.id for q in pick(qs, None, 5)]
    env = {**os.environ, "RNNQUIZ_HOME": str(isolated_home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "rnnquiz", "ask", "--bank", str(mini_bank), "--tag", "fixture", "--kind", "choice",
         "--kind", "truefalse", "--kind", "numeric", "--seed", "5"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, text=True,
    )
    try:
        for qid in order[:2]:
            proc.stdin.write(ANSWERS[qid] + "\n")
            proc.stdin.flush()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if (isolated_home / "progress.sqlite3").exists():
                with ProgressStore.open() as store:
                    if store.count_answers() >= 2:
                        break
            time.sleep(0.1)
        assert proc.poll() is None, "the session should still be waiting for the third answer"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    with ProgressStore.open() as store:
        ids = [r["item_id"] for r in store.read_all()["answers"]]
    assert sorted(ids) == sorted(order[:2])


def test_mock_interview_is_recorded(run_cli, mini_bank, isolated_home):
    result = run_cli("ask", "--bank", str(mini_bank), "--tag", "fixture", "--kind", "truefalse", "--kind", "numeric",
                     "--mock", "--count", "2", "--seed", "1", input="f\n84\nf\n84\n")
    assert result.exit_code == 0, result.stdout
    with ProgressStore.open() as store:
        [mock] = store.recent_mocks()
        assert store.count_answers() == 2
    assert mock["score"] == 2 and mock["max_score"] == 2
