"""The progress database: every answer, one FSRS card per item, mock sessions (SQLite, WAL).

With its helpers `migrate.py` and `salvage.py`, the only module of rnnquiz that imports sqlite3.
Each write is one `BEGIN IMMEDIATE` transaction, committed before the call returns, so a killed process loses nothing already recorded and two
rnnquiz processes writing at once wait for each other (up to `timeout` seconds) instead of
overwriting each other's cards. Cards, per-card counters and the per-day table are derived from
the answers and can always be rebuilt from them (import and repair do).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone, tzinfo
from pathlib import Path
from typing import Any

from rnnquiz.errors import DatabaseBusyError, ProgressError
from rnnquiz.paths import data_home
from rnnquiz.progress import drill_tables, scheduler, tables
from rnnquiz.progress.drill_store import DrillStateMethods
from rnnquiz.progress.migrate import check_location, corrupt_message
from rnnquiz.progress.records import (
    answer_problems,
    calendar_day,
    mock_problems,
    new_uid,
    normalize_mock,
    parse_timestamp,
    timestamp,
)


DB_NAME = "progress.sqlite3"
DEFAULT_TIMEOUT = 5.0  # seconds a write waits for another rnnquiz before giving up

_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_CARD_COLUMNS = "item_type, item_id, topic, kind, due, state, stability, difficulty, last_review, reps, recalled, lapses, last_rating"


class NewerDatabaseError(ProgressError):
    """The database was written by a newer rnnquiz; it is left untouched."""


def default_path() -> Path:
    """Return where the progress database lives: data_home()/progress.sqlite3."""
    return data_home() / DB_NAME


def lock_timeout() -> float:
    """Return how long a write waits for another rnnquiz: $RNNQUIZ_LOCK_TIMEOUT seconds, else 5."""
    try:
        return max(0.0, float(os.environ.get("RNNQUIZ_LOCK_TIMEOUT", DEFAULT_TIMEOUT)))
    except ValueError:
        return DEFAULT_TIMEOUT


class ProgressStore(DrillStateMethods):
    """An open progress database; also a context manager that closes it."""

    def __init__(self, conn: sqlite3.Connection, path: Path, timeout: float, tz: tzinfo | None):
        self._conn = conn
        self.path = path
        self.timeout = timeout
        self.tz = tz  # the learner's time zone for calendar days; None: this machine's
        self._claim: str | None = None

    @classmethod
    def open(cls, path: Path | None = None, *, timeout: float | None = None, tz: tzinfo | None = None) -> "ProgressStore":
        """Open (creating or upgrading as needed) the progress database.

        Args:
            path: the database file; default data_home()/progress.sqlite3.
            timeout: seconds to wait for another rnnquiz holding the database; default
                $RNNQUIZ_LOCK_TIMEOUT, else 5.
            tz: time zone of the learner's calendar days; None for this machine's.

        Raises:
            ProgressError: the file is not an rnnquiz database, is damaged, or is from a newer rnnquiz.
            DatabaseBusyError: another rnnquiz held the database for longer than `timeout`.
        """
        path = Path(path) if path is not None else default_path()
        timeout = lock_timeout() if timeout is None else timeout
        check_location(path)
        try:
            conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise ProgressError(f"cannot open {path}: {exc}; set RNNQUIZ_HOME to a writable folder") from None
        store = cls(conn, path, timeout, tz)
        try:
            with store._guard():
                store._prepare()
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        """Close the database (everything recorded is already committed)."""
        self._conn.close()

    def __enter__(self) -> "ProgressStore":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- connection, errors, migrations -------------------------------------------------------

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise self._translate(exc) from None

    def _translate(self, exc: sqlite3.Error) -> ProgressError:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in _BUSY_CODES or "locked" in str(exc):
            return DatabaseBusyError(
                f"{self.path} is locked by another rnnquiz (waited {self.timeout:g} s).\n"
                "Finish or close the other session (another terminal?), then try again."
            )
        if isinstance(exc, sqlite3.IntegrityError):
            return ProgressError(f"{self.path}: the database refused a record ({exc}); nothing was written")
        if isinstance(exc, sqlite3.OperationalError) and code not in (11, 26):  # not CORRUPT / NOTADB
            return ProgressError(f"{self.path}: {exc}; check the disk and the file's permissions")
        return ProgressError(corrupt_message(self.path, str(exc)))

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """Run a block as one write transaction, taking the write lock up front."""
        with self._guard():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """Run a block of reads on one consistent snapshot."""
        with self._guard():
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._conn.execute("COMMIT")

    def _pragma(self, name: str) -> Any:
        return self._conn.execute(f"PRAGMA {name}").fetchone()[0]

    def _prepare(self) -> None:
        from rnnquiz.progress.migrate import prepare

        prepare(self)

    # -- recording ------------------------------------------------------------------------------

    def record_answer(
        self,
        *,
        item_id: str,
        item_type: str,
        kind: str,
        correct: bool | None,
        rating: int,
        duration_s: float,
        hints_used: int = 0,
        mode: str = "ask",
        session_id: str = "",
        topic: str = "",
        answered_at: datetime | None = None,
        detail: dict | None = None,
        uid: str | None = None,
    ) -> bool:
        """Record one answer and update its item's FSRS card, in one committed transaction; return True.

        Inside `with store.claiming(drill_id_mark):` the answer is recorded only if the mark is new,
        in the same transaction (False otherwise), so two runs cannot record one attempt twice.

        Args:
            item_id: the question id or drill id.
            item_type: "question" or "drill".
            kind: the question kind (or drill kind), kept for the record.
            correct: right or wrong for graded answers; None for self-rated ones.
            rating: 1 Again, 2 Hard, 3 Good, 4 Easy (see scheduler.rating_for_closed / rating_for_drill).
            duration_s: seconds taken.
            hints_used: hints shown before answering.
            mode: "ask", "review", "mock" or "drill".
            session_id: groups the answers of one session (a mock interview's id, say).
            topic: the item's topic; stats group mastery by it.
            answered_at: aware time of the answer; default now.
            detail: any extra JSON-able facts (the choice picked, the test that failed...).
            uid: the answer's id (to re-rate it later with `rerate_answer`); default a fresh one.

        Raises:
            ValueError: an argument is out of range (a bug in the caller).
            DatabaseBusyError, ProgressError: the database could not be written.
        """
        at = scheduler.as_utc(answered_at or datetime.now(timezone.utc))
        record = {
            "uid": uid or new_uid(), "item_type": item_type, "item_id": item_id, "kind": kind, "mode": mode,
            "session_id": session_id, "topic": topic, "answered_at": timestamp(at), "day": calendar_day(at, self.tz),
            "correct": correct, "rating": rating if isinstance(rating, bool) or not isinstance(rating, int) else int(rating),
            "duration_s": duration_s, "hints_used": hints_used, "detail": detail,
        }
        problems = answer_problems(record)
        if problems:
            raise ValueError(f"cannot record answer to {item_type} {item_id!r}: " + "; ".join(problems))
        with self._write() as conn:
            if self._claim is not None and not drill_tables.add_mark(conn, item_id, self._claim):
                return False  # another run recorded this attempt first
            tables.insert_answers(conn, [record])
            tables.advance_card(conn, record, at)
            tables.add_to_day(conn, record)
        return True

    def rerate_answer(self, uid: str, rating: int, detail: dict) -> None:
        """Change the rating of a recorded answer (an open answer saved with its suggested rating), replaying its card."""
        if not (isinstance(rating, int) and 1 <= rating <= 4):
            raise ValueError(f"rating must be 1..4, not {rating!r}")
        with self._write() as conn:
            tables.rerate(conn, uid, rating, detail)

    def record_mock(self, *, session_id: str, started_at: datetime, duration_s: float, score: float, max_score: float, per_topic: dict) -> None:
        """Record the result of one mock interview (its answers go through record_answer, mode "mock").

        Raises:
            ValueError: an argument is out of range.
            DatabaseBusyError, ProgressError: the database could not be written.
        """
        record = {
            "session_id": session_id, "started_at": timestamp(started_at), "duration_s": duration_s,
            "score": score, "max_score": max_score, "per_topic": per_topic,
        }
        problems = mock_problems(record)
        if problems:
            raise ValueError(f"cannot record mock session {session_id!r}: " + "; ".join(problems))
        with self._write() as conn:
            tables.insert_mocks(conn, [normalize_mock(record)], replace=True)

    # -- scheduling queries ----------------------------------------------------------------------

    def due_ids(self, now: datetime, item_type: str = "question") -> list[str]:
        """Return the ids of items due at `now`, most overdue first."""
        with self._guard():
            rows = self._conn.execute(
                "SELECT item_id FROM cards WHERE item_type = ? AND due <= ? ORDER BY due, item_id",
                (item_type, timestamp(now)),
            ).fetchall()
        return [r[0] for r in rows]

    def seen_ids(self, item_type: str = "question") -> set[str]:
        """Return the ids of every item answered at least once."""
        with self._guard():
            rows = self._conn.execute("SELECT item_id FROM cards WHERE item_type = ?", (item_type,)).fetchall()
        return {r[0] for r in rows}

    def next_due(self, now: datetime, item_type: str = "question") -> datetime | None:
        """Return when the next item falls due after `now` (None if nothing is scheduled later)."""
        with self._guard():
            row = self._conn.execute(
                "SELECT MIN(due) FROM cards WHERE item_type = ? AND due > ?", (item_type, timestamp(now))
            ).fetchone()
        return parse_timestamp(row[0]) if row[0] else None

    def count_due(self, until: datetime, item_type: str | None = None) -> int:
        """Return how many items are due at or before `until` (all item types when None)."""
        sql, args = "SELECT COUNT(*) FROM cards WHERE due <= ?", [timestamp(until)]
        if item_type is not None:
            sql, args = sql + " AND item_type = ?", args + [item_type]
        with self._guard():
            return self._conn.execute(sql, args).fetchone()[0]

    # -- reading for stats and export ----------------------------------------------------------

    def card_rows(self) -> list[dict]:
        """Return every card's scheduling state and counters (one row per item answered)."""
        with self._guard():
            cur = self._conn.execute(f"SELECT {_CARD_COLUMNS} FROM cards ORDER BY item_type, item_id")
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]

    def day_rows(self, since_day: str = "") -> list[dict]:
        """Return per-day totals (answers, recalled, seconds) from `since_day` (YYYY-MM-DD) on, oldest first."""
        with self._guard():
            rows = self._conn.execute(
                "SELECT day, answers, recalled, seconds FROM days WHERE day >= ? ORDER BY day", (since_day,)
            ).fetchall()
        return [{"day": d, "answers": a, "recalled": r, "seconds": s} for d, a, r, s in rows]

    def recent_mocks(self, limit: int = 5) -> list[dict]:
        """Return the latest mock sessions, newest first."""
        with self._guard():
            rows = self._conn.execute(
                "SELECT session_id, started_at, duration_s, score, max_score, per_topic FROM mock_sessions "
                "ORDER BY started_at DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [tables.mock_dict(row) for row in rows]

    def count_answers(self, topic: str | None = None) -> int:
        """Return how many answers are recorded (for one topic when given)."""
        with self._guard():
            if topic is None:
                return self._conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
            return self._conn.execute("SELECT COUNT(*) FROM answers WHERE topic = ?", (topic,)).fetchone()[0]

    def read_all(self) -> dict[str, list[dict]]:
        """Return every answer, card and mock session, read from one snapshot (for export)."""
        with self._read() as conn:
            cur = conn.execute(
                "SELECT uid, item_type, item_id, kind, mode, session_id, topic, answered_at, day, correct, rating, "
                "duration_s, hints_used, detail FROM answers ORDER BY answered_at, id"
            )
            names = [d[0] for d in cur.description]
            answers = [tables.answer_dict(dict(zip(names, row))) for row in cur]
            cards = [
                {"item_type": t, "item_id": i, "topic": topic, "kind": kind, "card": json.loads(card_json)}
                for t, i, topic, kind, card_json in conn.execute(
                    "SELECT item_type, item_id, topic, kind, card_json FROM cards ORDER BY item_type, item_id"
                )
            ]
            mocks = [
                tables.mock_dict(row)
                for row in conn.execute(
                    "SELECT session_id, started_at, duration_s, score, max_score, per_topic FROM mock_sessions ORDER BY started_at"
                )
            ]
        return {"answers": answers, "cards": cards, "mock_sessions": mocks}

    # -- bulk changes ----------------------------------------------------------------------------

    def merge(self, answers: Iterable[dict], mocks: Iterable[dict] = ()) -> tuple[int, int]:
        """Add checked, normalized answers and mock sessions not already present, in one transaction.

        Answers merge on their uid and mock sessions on their session_id, so merging the same
        records twice adds nothing. Cards of the items that gained answers are rebuilt by replaying
        all their answers. Returns (answers added, mock sessions added).
        """
        answers, mocks = list(answers), list(mocks)
        added = added_mocks = 0
        touched: set[tuple[str, str]] = set()
        with self._write() as conn:
            for answer in answers:
                if tables.insert_answers(conn, [answer], ignore_existing=True):
                    added += 1
                    touched.add((answer["item_type"], answer["item_id"]))
            for mock in mocks:
                added_mocks += tables.insert_mocks(conn, [mock], replace=False)
            if added:
                tables.rebuild_cards(conn, touched)
                tables.rebuild_days(conn)
        return added, added_mocks

    def reset(self, topic: str | None = None) -> int:
        """Delete every answer (and mock session), or only the answers of one topic; return answers deleted."""
        with self._write() as conn:
            if topic is None:
                deleted = conn.execute("DELETE FROM answers").rowcount
                for table in ("cards", "days", "mock_sessions"):
                    conn.execute(f"DELETE FROM {table}")
                return deleted
            touched = set(conn.execute("SELECT DISTINCT item_type, item_id FROM answers WHERE topic = ?", (topic,)).fetchall())
            touched |= set(conn.execute("SELECT item_type, item_id FROM cards WHERE topic = ?", (topic,)).fetchall())
            deleted = conn.execute("DELETE FROM answers WHERE topic = ?", (topic,)).rowcount
            tables.rebuild_cards(conn, touched)
            tables.rebuild_days(conn)
            return deleted

    def integrity_problems(self) -> list[str]:
        """Return what SQLite's integrity check finds wrong (empty when the file is sound)."""
        with self._guard():
            rows = [r[0] for r in self._conn.execute("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows
