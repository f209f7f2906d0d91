"""The progress store: recording, scheduling queries, migrations, bad files, locks, crashes, concurrency."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from rnnquiz.errors import DatabaseBusyError, ExitStatus, ProgressError
from rnnquiz.progress import scheduler
from rnnquiz.progress.records import parse_timestamp
from rnnquiz.progress.schema import APPLICATION_ID, LATEST
from rnnquiz.progress.store import NewerDatabaseError, ProgressStore, default_path

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)  # a Monday, noon UTC


@pytest.fixture
def store(tmp_path):
    with ProgressStore.open(tmp_path / "progress.sqlite3", tz=timezone.utc) as s:
        yield s


def answer(store, item_id="q1", rating=3, at=T0, *, item_type="question", topic="lstm", correct=None, **extra):
    if correct is None and item_type == "question":
        correct = rating > 1
    store.record_answer(
        item_id=item_id, item_type=item_type, kind=extra.pop("kind", "choice"), correct=correct, rating=rating,
        duration_s=extra.pop("duration_s", 4.0), topic=topic, answered_at=at, **extra,
    )


def raw(path: Path, sql: str, args=()):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


# -- opening ------------------------------------------------------------------------------------


def test_default_path_honours_rnnquiz_home(isolated_home):
    assert default_path() == isolated_home / "progress.sqlite3"
    with ProgressStore.open() as s:
        assert s.path == isolated_home / "progress.sqlite3"
    assert (isolated_home / "progress.sqlite3").is_file()


def test_open_creates_missing_folders_and_a_wal_database_at_the_latest_version(tmp_path):
    path = tmp_path / "deep" / "er" / "progress.sqlite3"
    ProgressStore.open(path).close()
    assert raw(path, "PRAGMA journal_mode") == [("wal",)]
    assert raw(path, "PRAGMA user_version") == [(LATEST,)]
    assert raw(path, "PRAGMA application_id") == [(APPLICATION_ID,)]


def test_reopening_changes_nothing(tmp_path):
    path = tmp_path / "p.sqlite3"
    with ProgressStore.open(path, tz=timezone.utc) as s:
        answer(s)
    with ProgressStore.open(path) as s:
        assert s.count_answers() == 1
    assert not list(tmp_path.glob("*.bak"))


# -- recording and scheduling -------------------------------------------------------------------


def test_an_answer_is_recorded_with_every_field(store):
    answer(store, "q1", 3, T0, hints_used=1, mode="review", session_id="s1", detail={"picked": [1]}, kind="choice", duration_s=7.25)
    (row,) = store.read_all()["answers"]
    assert row["item_id"] == "q1" and row["item_type"] == "question" and row["kind"] == "choice"
    assert row["answered_at"] == "2026-03-02T12:00:00.000000+00:00"
    assert row["day"] == "2026-03-02"
    assert (row["correct"], row["rating"], row["duration_s"], row["hints_used"]) == (True, 3, 7.25, 1)
    assert (row["mode"], row["session_id"], row["topic"], row["detail"]) == ("review", "s1", "lstm", {"picked": [1]})
    assert len(row["uid"]) == 32


def test_a_new_card_follows_fsrs(store):
    answer(store, "q1", rating=3, at=T0)  # Good: learning step 2, due in 10 min
    answer(store, "q2", rating=1, at=T0)  # Again: due in 1 min
    assert store.due_ids(T0) == []
    assert store.next_due(T0) == T0 + timedelta(minutes=1)
    assert store.due_ids(T0 + timedelta(minutes=1)) == ["q2"]
    assert store.due_ids(T0 + timedelta(minutes=30)) == ["q2", "q1"]  # most overdue first
    assert store.seen_ids() == {"q1", "q2"}


def test_due_dates_move_as_fsrs_says_over_a_fortnight(store):
    card = scheduler.new_card("question", "q1", T0)
    at = T0
    for rating in (3, 3, 3, 1, 3, 3):
        answer(store, "q1", rating, at)
        card = scheduler.review(card, rating, at)
        assert store.next_due(at) == card.due
        assert store.due_ids(card.due - timedelta(seconds=1)) == []
        assert store.due_ids(card.due) == ["q1"]
        at = card.due + timedelta(hours=1)
    stored = {c["item_id"]: c for c in store.read_all()["cards"]}["q1"]["card"]
    assert stored == json.loads(card.to_json())


def test_counters_and_days_follow_the_answers(store):
    answer(store, "q1", 3, T0)
    answer(store, "q1", 1, T0 + timedelta(minutes=10))
    answer(store, "q1", 2, T0 + timedelta(days=1))
    (card,) = store.card_rows()
    assert (card["reps"], card["recalled"], card["lapses"], card["last_rating"]) == (3, 2, 1, 2)
    assert [(d["day"], d["answers"], d["recalled"]) for d in store.day_rows()] == [("2026-03-02", 2, 1), ("2026-03-03", 1, 1)]


def test_calendar_day_is_the_learners_local_date(tmp_path):
    tokyo = timezone(timedelta(hours=9))
    with ProgressStore.open(tmp_path / "p.sqlite3", tz=tokyo) as s:
        answer(s, at=datetime(2026, 3, 2, 20, 0, tzinfo=timezone.utc))  # 05:00 next morning in Tokyo
        assert s.day_rows()[0]["day"] == "2026-03-03"


def test_questions_and_drills_have_separate_queues(store):
    answer(store, "lstm", 1, T0)
    answer(store, "lstm", 1, T0, item_type="drill", correct=False, mode="drill")
    later = T0 + timedelta(minutes=5)
    assert store.due_ids(later) == ["lstm"]
    assert store.due_ids(later, "drill") == ["lstm"]
    assert store.seen_ids("drill") == {"lstm"}
    assert store.count_due(later) == 2


def test_an_answer_older_than_the_last_review_replays_the_history(store):
    answer(store, "q1", 3, T0 + timedelta(days=2))
    answer(store, "q1", 1, T0)  # a clock that was set back
    expected = scheduler.replay("question", "q1", [(T0, 1), (T0 + timedelta(days=2), 3)])
    assert store.next_due(T0) == expected.due
    assert store.card_rows()[0]["reps"] == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"rating": 5}, "rating"),
        ({"rating": True}, "rating"),
        ({"item_type": "flashcard"}, "item_type"),
        ({"mode": "exam"}, "mode"),
        ({"item_id": ""}, "item_id"),
        ({"duration_s": -1}, "duration_s"),
        ({"duration_s": float("nan")}, "duration_s"),
        ({"hints_used": -1}, "hints_used"),
        ({"detail": ["not", "a", "dict"]}, "detail"),
        ({"detail": {"when": datetime(2026, 1, 1)}}, "JSON values"),
    ],
)
def test_bad_arguments_are_refused_before_anything_is_written(store, change, message):
    args = dict(item_id="q1", item_type="question", kind="choice", correct=True, rating=3, duration_s=1.0, answered_at=T0)
    args.update(change)
    with pytest.raises(ValueError, match=message):
        store.record_answer(**args)
    assert store.count_answers() == 0


def test_naive_answer_times_are_refused(store):
    with pytest.raises(ValueError, match="time zone"):
        answer(store, at=datetime(2026, 3, 2, 12))


def test_mock_sessions_are_recorded_newest_first(store):
    for n in range(3):
        store.record_mock(session_id=f"m{n}", started_at=T0 + timedelta(days=n), duration_s=600, score=n, max_score=4, per_topic={"lstm": {"count": 2}})
    mocks = store.recent_mocks(2)
    assert [m["session_id"] for m in mocks] == ["m2", "m1"]
    assert mocks[0]["per_topic"] == {"lstm": {"count": 2}}
    with pytest.raises(ValueError, match="exceed"):
        store.record_mock(session_id="bad", started_at=T0, duration_s=1, score=5, max_score=4, per_topic={})


def test_reset_one_topic_keeps_the_others(store):
    answer(store, "q1", 3, T0, topic="lstm")
    answer(store, "q2", 1, T0, topic="gru")
    store.record_mock(session_id="m", started_at=T0, duration_s=1, score=1, max_score=1, per_topic={})
    assert store.reset("lstm") == 1
    assert store.seen_ids() == {"q2"}
    assert [d["answers"] for d in store.day_rows()] == [1]
    assert store.recent_mocks()
    assert store.reset() == 1
    assert store.seen_ids() == set() and not store.recent_mocks() and not store.day_rows()


# -- migrations and files that are not ours -----------------------------------------------------

# Version 1 of the schema exactly as it shipped; never derive it from schema.py.
V1_SCHEMA = """
CREATE TABLE answers (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, item_type TEXT NOT NULL, item_id TEXT NOT NULL,
  kind TEXT NOT NULL, mode TEXT NOT NULL, session_id TEXT NOT NULL DEFAULT '', topic TEXT NOT NULL DEFAULT '',
  answered_at TEXT NOT NULL, correct INTEGER CHECK (correct IN (0, 1)), rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  duration_s REAL NOT NULL, hints_used INTEGER NOT NULL DEFAULT 0, detail TEXT);
CREATE INDEX answers_by_item ON answers (item_type, item_id, answered_at);
CREATE TABLE cards (item_type TEXT NOT NULL, item_id TEXT NOT NULL, topic TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '',
  due TEXT NOT NULL, state INTEGER NOT NULL, stability REAL, difficulty REAL, last_review TEXT, card_json TEXT NOT NULL,
  PRIMARY KEY (item_type, item_id)) WITHOUT ROWID;
CREATE INDEX cards_by_due ON cards (item_type, due);
PRAGMA application_id = 1919839857;  -- "rnnq"
PRAGMA user_version = 1;
"""


def make_v1_database(path: Path) -> scheduler.Card:
    history = [(T0, 3), (T0 + timedelta(minutes=10), 3), (T0 + timedelta(days=2), 1)]
    card = scheduler.replay("question", "q1", history)
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    for n, (at, rating) in enumerate(history):
        conn.execute(
            "INSERT INTO answers (uid, item_type, item_id, kind, mode, topic, answered_at, correct, rating, duration_s) "
            "VALUES (?, 'question', 'q1', 'choice', 'ask', 'lstm', ?, ?, ?, 3.0)",
            (f"uid{n}", at.isoformat(timespec="microseconds"), int(rating > 1), rating),
        )
    conn.execute(
        "INSERT INTO cards VALUES ('question', 'q1', 'lstm', 'choice', ?, ?, ?, ?, ?, ?)",
        (card.due.isoformat(timespec="microseconds"), int(card.state), card.stability, card.difficulty,
         card.last_review.isoformat(timespec="microseconds"), card.to_json()),
    )
    conn.commit()
    conn.close()
    return card


def test_a_version_1_database_is_upgraded_in_place(tmp_path):
    path = tmp_path / "progress.sqlite3"
    card = make_v1_database(path)
    with ProgressStore.open(path, tz=timezone.utc) as s:
        (row,) = s.card_rows()
        assert (row["reps"], row["recalled"], row["lapses"], row["last_rating"]) == (3, 2, 1, 1)
        assert row["due"] == card.due.isoformat(timespec="microseconds")
        assert s.next_due(T0 + timedelta(days=2)) == card.due
        assert sum(d["answers"] for d in s.day_rows()) == 3
        assert all(a["day"] for a in s.read_all()["answers"])
        answer(s, "q1", 3, card.due)  # and it keeps working
        assert s.count_answers() == 4
    assert raw(path, "PRAGMA user_version") == [(LATEST,)]
    backup = tmp_path / "progress.sqlite3.v1.bak"
    assert raw(backup, "PRAGMA user_version") == [(1,)]
    assert raw(backup, "SELECT COUNT(*) FROM answers") == [(3,)]


def test_a_newer_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "progress.sqlite3"
    ProgressStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as caught:
        ProgressStore.open(path)
    message = str(caught.value)
    assert str(path) in message and "newer rnnquiz" in message and "Upgrade rnnquiz" in message
    assert caught.value.exit_status == ExitStatus.DATA
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"this is not a database\n" * 50, b"\x00" * 4096, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_file_that_is_not_a_database_is_refused_with_a_way_out(tmp_path, content):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(content)
    with pytest.raises(ProgressError) as caught:
        with ProgressStore.open(path) as s:
            s.card_rows()
    message = str(caught.value)
    assert str(path) in message and "rnnquiz progress repair" in message
    assert path.read_bytes() == content  # never silently deleted or changed


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "progress.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(ProgressError, match="not an rnnquiz progress database"):
        ProgressStore.open(path)
    assert raw(path, "SELECT name FROM sqlite_master") == [("notes",)]


def test_a_folder_where_the_file_should_be_is_refused(tmp_path):
    (tmp_path / "progress.sqlite3").mkdir()
    with pytest.raises(ProgressError, match="not a file"):
        ProgressStore.open(tmp_path / "progress.sqlite3")


# -- locks, crashes and two sessions at once ----------------------------------------------------


def test_a_locked_database_waits_then_says_so(tmp_path):
    path = tmp_path / "p.sqlite3"
    with ProgressStore.open(path, timeout=0.3) as s:
        blocker = sqlite3.connect(path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        began = time.monotonic()
        with pytest.raises(DatabaseBusyError) as caught:
            answer(s)
        assert time.monotonic() - began >= 0.25
        assert "locked by another rnnquiz" in str(caught.value) and str(path) in str(caught.value)
        assert caught.value.exit_status == ExitStatus.BUSY
        blocker.execute("ROLLBACK")
        blocker.close()
        answer(s)  # works again once the other one lets go
        assert s.count_answers() == 1


def test_reads_are_not_blocked_by_a_writer(tmp_path):
    path = tmp_path / "p.sqlite3"
    with ProgressStore.open(path, timeout=0.1, tz=timezone.utc) as s:
        answer(s)
        blocker = sqlite3.connect(path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            assert s.due_ids(T0 + timedelta(hours=1)) == ["q1"]
            assert len(s.card_rows()) == 1
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()


WRITER = """
import sys, time
from pathlib import Path
from rnnquiz.progress.store import ProgressStore
path, name, count, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
with ProgressStore.open(path, timeout=30) as store:
    while not go.exists():
        time.sleep(0.005)
    for i in range(count):
        store.record_answer(item_id=f"q-{i % 5}", item_type="question", kind="choice", correct=i % 4 != 0,
                            rating=3 if i % 4 else 1, duration_s=1.0, session_id=name, topic="lstm", detail={"n": i})
        print(i, flush=True)
"""


def test_two_sessions_at_once_lose_nothing(tmp_path):
    path, go = tmp_path / "p.sqlite3", tmp_path / "go"
    ProgressStore.open(path).close()
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, "120", str(go)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("left", "right")
    ]
    go.touch()
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with ProgressStore.open(path) as s:
        data = s.read_all()
        assert len(data["answers"]) == 240
        assert {a["session_id"] for a in data["answers"]} == {"left", "right"}
        for row in s.card_rows():  # no lost update: every card is exactly the replay of its answers
            history = [(parse_timestamp(a["answered_at"]), a["rating"]) for a in data["answers"] if a["item_id"] == row["item_id"]]
            assert row["reps"] == len(history) == 48
            assert row["due"] == scheduler.replay("question", row["item_id"], history).due.isoformat(timespec="microseconds")


def test_killing_a_session_mid_run_loses_no_answer_already_given(tmp_path):
    path, go = tmp_path / "p.sqlite3", tmp_path / "go"
    go.touch()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "killed", "100000", str(go)], stdout=subprocess.PIPE, text=True)
    acknowledged = []
    for line in proc.stdout:
        acknowledged.append(int(line))
        if len(acknowledged) == 40:
            os.kill(proc.pid, signal.SIGKILL)
            break
    rest, _ = proc.communicate(timeout=30)
    acknowledged += [int(x) for x in rest.split()]
    assert proc.returncode == -signal.SIGKILL
    with ProgressStore.open(path) as s:
        assert s.integrity_problems() == []
        recorded = {a["detail"]["n"] for a in s.read_all()["answers"]}
        assert set(acknowledged) <= recorded  # every answer the session confirmed is there
        assert len(recorded) <= max(acknowledged) + 2  # at most the one in flight besides
        assert sum(c["reps"] for c in s.card_rows()) == len(recorded)


def _open_once(path: str, results) -> None:  # noqa: ANN001
    try:
        with ProgressStore.open(Path(path), timeout=20):
            results.put("ok")
    except Exception as exc:  # noqa: BLE001 - the test reports what went wrong
        results.put(f"{type(exc).__name__}: {exc}")


def test_eight_rnnquiz_creating_one_database_at_once_all_open_it(tmp_path):
    """Eight processes opening a database that does not exist yet (the first run of a class's drills,
    or `drill --hint` started twice): none calls the half-made file foreign or gives up on the lock."""
    ctx = multiprocessing.get_context("fork")
    failures = []
    for round_ in range(20):
        path = str(tmp_path / f"round{round_}" / "progress.sqlite3")
        results = ctx.Queue()
        procs = [ctx.Process(target=_open_once, args=(path, results)) for _ in range(8)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(60)
        failures += [r for r in (results.get(timeout=10) for _ in procs) if r != "ok"]
    assert failures == []
