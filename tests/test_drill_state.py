"""Drill state lives in the progress database: imported once from the old state file, never lost by concurrent runs."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from rnnquiz.progress.store import ProgressStore, default_path

ROOT = Path(__file__).resolve().parent.parent
DRILLS = ["rnn", "rnn-seq", "gru-simple", "gru", "lstm", "one-hot", "embedding", "cosine-similarity"]


def rnnquiz(*args: str, home: Path) -> subprocess.Popen:
    env = {**os.environ, "RNNQUIZ_HOME": str(home), "OMP_NUM_THREADS": "1", "RNNQUIZ_LOCK_TIMEOUT": "60"}
    return subprocess.Popen([sys.executable, "-m", "rnnquiz", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def drill_list(run_cli) -> dict[str, dict]:
    result = run_cli("drill", "list", "--json")
    assert result.exit_code == 0, result.output
    return {row["id"]: row for row in json.loads(result.stdout)}


def test_eight_drills_passing_at_once_are_all_kept(run_cli, isolated_home):
    procs = [rnnquiz("drill", d, "--file", str(ROOT / "solutions" / "numpy" / f"{d.replace('-', '_')}.py"), "--json", home=isolated_home)
             for d in DRILLS]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    rows = drill_list(run_cli)
    assert [d for d in DRILLS if rows[d]["status"]["numpy"] != "passed"] == []
    with ProgressStore.open() as store:
        assert sorted(store.seen_ids("drill")) == sorted(DRILLS)
        assert store.count_answers() == len(DRILLS)


def test_eight_hint_requests_at_once_each_count(run_cli, isolated_home):
    procs = [rnnquiz("drill", "lstm" if n % 2 else "gru", "--hint", "--json", home=isolated_home) for n in range(8)]
    shown = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        shown.append(json.loads(out)["hint"])
    rows = drill_list(run_cli)
    assert rows["lstm"]["hints_used"] == 4 and rows["gru"]["hints_used"] == 4
    assert sorted(shown) == [1, 1, 2, 2, 3, 3, 4, 4]  # every run saw its own count, none was overwritten


def test_one_attempt_passing_in_two_runs_at_once_is_recorded_once(isolated_home):
    file = str(ROOT / "solutions" / "numpy" / "rnn.py")
    procs = [rnnquiz("drill", "rnn", "--file", file, "--json", home=isolated_home) for _ in range(4)]
    for proc in procs:
        proc.communicate(timeout=300)
    with ProgressStore.open() as store:
        assert store.count_answers() == 1


def old_state(home: Path) -> Path:
    state = home / "workspace" / "state.json"
    state.parent.mkdir(parents=True)
    state.write_text(json.dumps({"version": 1, "drills": {
        "lstm": {"hints_used": 2, "solution_viewed": True, "status": {"numpy": "passed", "torch": "failed"},
                 "recorded": ["abc123"], "failed_on": "2026-01-02", "started_at": 1.7e9},
        "gru": {"hints_used": 10**30, "status": {"numpy": "weird"}},
        "\x1bbad": "not an entry",
    }}), encoding="utf-8")
    return state


def test_an_old_state_file_is_imported_once_and_kept_as_a_backup(run_cli, isolated_home):
    state = old_state(isolated_home)
    rows = drill_list(run_cli)
    assert (rows["lstm"]["hints_used"], rows["lstm"]["solution_viewed"]) == (2, True)
    assert rows["lstm"]["status"] == {"numpy": "passed", "torch": "failed"}
    assert rows["gru"]["hints_used"] == 0 and rows["gru"]["status"]["numpy"] == "not-started"
    backup = state.with_name("state.json.imported.bak")
    assert not state.exists() and json.loads(backup.read_text())["drills"]["lstm"]["hints_used"] == 2
    state.write_text(json.dumps({"version": 1, "drills": {"lstm": {"hints_used": 0, "status": {}}}}))
    assert drill_list(run_cli)["lstm"]["hints_used"] == 2  # imported once: a file that reappears is not read


def test_a_version_2_database_is_migrated_with_its_answers_and_the_state_file(run_cli, isolated_home):
    from rnnquiz.progress.schema import MIGRATIONS

    path = default_path()
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        for statement in migration:
            conn.execute(statement)
    conn.execute("INSERT INTO answers (uid, item_type, item_id, kind, mode, answered_at, rating, duration_s, day) "
                 "VALUES ('u1', 'drill', 'lstm', 'drill', 'drill', '2026-01-02T00:00:00.000000+00:00', 3, 1.0, '2026-01-02')")
    conn.execute("PRAGMA application_id=1919839857")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    old_state(isolated_home)
    assert drill_list(run_cli)["lstm"]["status"]["numpy"] == "passed"
    assert path.with_name("progress.sqlite3.v2.bak").exists()
    with ProgressStore.open() as store:
        assert store.count_answers() == 1
