"""Repair: a damaged database is kept as a backup, a new one holds whatever could be read."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from rnnquiz.errors import ProgressError
from rnnquiz.progress.repair import diagnose, repair
from rnnquiz.progress.schema import LATEST
from rnnquiz.progress.store import NewerDatabaseError, ProgressStore

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)


def fill(path, count):
    with ProgressStore.open(path, tz=timezone.utc) as s:
        rows = []
        for n in range(count):
            rows.append(n)
            s.record_answer(item_id=f"q{n % 40}", item_type="question", kind="open", correct=None, rating=1 + n % 4,
                            duration_s=3.0, topic="lstm", answered_at=T0 + timedelta(minutes=n), detail={"n": n, "pad": "x" * 80})
        s.record_mock(session_id="m1", started_at=T0, duration_s=60, score=1, max_score=2, per_topic={})


def test_a_missing_or_healthy_database_is_left_alone(tmp_path):
    path = tmp_path / "progress.sqlite3"
    assert repair(path, now=NOW).healthy
    assert not path.exists()
    fill(path, 5)
    before = sorted(p.name for p in tmp_path.iterdir())
    report = repair(path, now=NOW)
    assert report.healthy and report.backup is None
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_file_that_is_not_sqlite_is_kept_and_replaced(tmp_path):
    path = tmp_path / "progress.sqlite3"
    junk = b"my shopping list\n" * 100
    path.write_bytes(junk)
    assert "not an SQLite file" in diagnose(path)
    report = repair(path, now=NOW)
    assert not report.healthy and "not an SQLite file" in report.problem
    assert report.backup == tmp_path / "progress.sqlite3.damaged-20260310-093000"
    assert report.backup.read_bytes() == junk  # never deleted
    assert report.answers_recovered == 0
    with ProgressStore.open(path) as s:
        assert s.integrity_problems() == [] and s.count_answers() == 0


def test_a_second_repair_the_same_second_does_not_overwrite_the_first_backup(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"first")
    first = repair(path, now=NOW).backup
    path.unlink()
    path.write_bytes(b"second")
    second = repair(path, now=NOW).backup
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")


def test_readable_answers_are_restored_from_a_damaged_database(tmp_path):
    path = tmp_path / "progress.sqlite3"
    fill(path, 1500)
    page_size = raw_page_size(path)
    data = bytearray(path.read_bytes())
    lost_pages = {data.find(f'{{"n": {n}, "pad"'.encode()) // page_size for n in (400, 1100)}  # two pages of answers
    assert len(lost_pages) == 2 and 0 not in lost_pages
    rng = random.Random(3)
    for page in lost_pages:
        data[page * page_size:(page + 1) * page_size] = bytes(rng.randrange(256) for _ in range(page_size))
    path.write_bytes(bytes(data))
    damaged = bytes(data)

    with pytest.raises(ProgressError, match="rnnquiz progress repair"):
        with ProgressStore.open(path) as s:
            s.read_all()
    report = repair(path, now=NOW, tz=timezone.utc)
    assert not report.healthy
    assert report.backup.read_bytes() == damaged
    assert 1400 < report.answers_recovered < 1500  # all but the rows on the two bad pages
    assert report.mocks_recovered == 1
    with ProgressStore.open(path) as s:
        assert s.integrity_problems() == []
        answers = s.read_all()["answers"]
        numbers = {a["detail"]["n"] for a in answers}
        assert len(answers) == report.answers_recovered
        assert 400 not in numbers and 1100 not in numbers and {0, 1499} <= numbers
        assert sum(c["reps"] for c in s.card_rows()) == len(answers)  # cards rebuilt from what was restored


def raw_page_size(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def test_a_newer_database_is_not_repaired(tmp_path):
    path = tmp_path / "progress.sqlite3"
    fill(path, 3)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    with pytest.raises(NewerDatabaseError):
        repair(path, now=NOW)
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []
