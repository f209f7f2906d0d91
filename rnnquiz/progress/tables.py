"""SQL on an open progress connection, inside the caller's transaction: rows in, cards updated.

Kept apart from store.py (which owns the connection, transactions, errors and migrations) so each
stays small; sqlite3 is imported only for type checking, store.py remaining its one real importer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rnnquiz.progress import scheduler
from rnnquiz.progress.records import parse_timestamp, timestamp

if TYPE_CHECKING:
    from sqlite3 import Connection


def answer_dict(row: dict) -> dict:
    """Return an answers row as its record: correct as a bool, detail parsed."""
    row["correct"] = None if row["correct"] is None else bool(row["correct"])
    row["detail"] = json.loads(row["detail"]) if row["detail"] else None
    return row


def mock_dict(row: tuple) -> dict:
    """Return a mock_sessions row as its record."""
    session_id, started_at, duration_s, score, max_score, per_topic = row
    return {
        "session_id": session_id, "started_at": started_at, "duration_s": duration_s,
        "score": score, "max_score": max_score, "per_topic": json.loads(per_topic),
    }


def insert_answers(conn: Connection, records: list[dict], *, ignore_existing: bool = False) -> int:
    """Insert normalized answers; return how many were new (with ignore_existing, a known uid is skipped)."""
    # ON CONFLICT (uid), not INSERT OR IGNORE: OR IGNORE would also skip rows failing a CHECK.
    skip = " ON CONFLICT (uid) DO NOTHING" if ignore_existing else ""
    return conn.executemany(
        "INSERT INTO answers (uid, item_type, item_id, kind, mode, session_id, topic, answered_at, day, correct, "
        f"rating, duration_s, hints_used, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?){skip}",
        [
            (
                r["uid"], r["item_type"], r["item_id"], r["kind"], r["mode"], r["session_id"], r["topic"],
                r["answered_at"], r["day"], None if r["correct"] is None else int(r["correct"]), int(r["rating"]),
                float(r["duration_s"]), r["hints_used"],
                None if r["detail"] is None else json.dumps(r["detail"], ensure_ascii=False, sort_keys=True),
            )
            for r in records
        ],
    ).rowcount


def insert_mocks(conn: Connection, records: list[dict], *, replace: bool) -> int:
    """Insert mock sessions (replacing or keeping one with the same id); return rows written."""
    update = (
        "started_at = excluded.started_at, duration_s = excluded.duration_s, score = excluded.score, "
        "max_score = excluded.max_score, per_topic = excluded.per_topic"
    )
    action = f"DO UPDATE SET {update}" if replace else "DO NOTHING"
    return conn.executemany(
        "INSERT INTO mock_sessions (session_id, started_at, duration_s, score, max_score, per_topic) "
        f"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) {action}",
        [
            (m["session_id"], m["started_at"], m["duration_s"], m["score"], m["max_score"], json.dumps(m["per_topic"], sort_keys=True))
            for m in records
        ],
    ).rowcount


def _put_card(conn: Connection, key: tuple[str, str], topic: str, kind: str, card: Any, counters: tuple) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO cards (item_type, item_id, topic, kind, due, state, stability, difficulty, last_review, "
        "card_json, reps, recalled, lapses, last_rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            *key, topic, kind, timestamp(card.due), int(card.state), card.stability, card.difficulty,
            timestamp(card.last_review) if card.last_review else None, card.to_json(), *counters,
        ),
    )


def advance_card(conn: Connection, record: dict, at: datetime) -> None:
    """Review the item's card with one new answer and bump its counters."""
    key = (record["item_type"], record["item_id"])
    row = conn.execute(
        "SELECT card_json, last_review, reps, recalled, lapses FROM cards WHERE item_type = ? AND item_id = ?", key
    ).fetchone()
    if row is not None and row[1] is not None and row[1] > record["answered_at"]:
        # An answer older than the card's last review (a clock set back): replay the whole history.
        rebuild_cards(conn, {key})
        return
    card = scheduler.card_from_json(row[0]) if row else scheduler.new_card(*key, at)
    reps, recalled, lapses = row[2:] if row else (0, 0, 0)
    rating = int(record["rating"])
    card = scheduler.review(card, rating, at, record["duration_s"])
    counters = (reps + 1, recalled + (rating > 1), lapses + (rating == 1), rating)
    _put_card(conn, key, record["topic"], record["kind"], card, counters)


def add_to_day(conn: Connection, record: dict) -> None:
    """Count one answer in its calendar day."""
    conn.execute(
        "INSERT INTO days (day, answers, recalled, seconds) VALUES (?, 1, ?, ?) "
        "ON CONFLICT (day) DO UPDATE SET answers = answers + 1, recalled = recalled + excluded.recalled, "
        "seconds = seconds + excluded.seconds",
        (record["day"], int(record["rating"] > 1), float(record["duration_s"])),
    )


def rebuild_cards(conn: Connection, keys: Iterable[tuple[str, str]]) -> None:
    """Recompute the cards of these (item_type, item_id) keys from all their answers; drop those with none."""
    for key in keys:
        rows = conn.execute(
            "SELECT answered_at, rating, topic, kind FROM answers WHERE item_type = ? AND item_id = ? ORDER BY answered_at, id",
            key,
        ).fetchall()
        if not rows:
            conn.execute("DELETE FROM cards WHERE item_type = ? AND item_id = ?", key)
            continue
        card = scheduler.replay(*key, ((parse_timestamp(at), r) for at, r, _, _ in rows))
        ratings = [r for _, r, _, _ in rows]
        counters = (len(ratings), sum(r > 1 for r in ratings), sum(r == 1 for r in ratings), ratings[-1])
        _put_card(conn, key, rows[-1][2], rows[-1][3], card, counters)


def rebuild_days(conn: Connection) -> None:
    """Recompute the per-day table from the answers."""
    conn.execute("DELETE FROM days")
    conn.execute(
        "INSERT INTO days (day, answers, recalled, seconds) "
        "SELECT day, COUNT(*), SUM(rating > 1), SUM(duration_s) FROM answers GROUP BY day"
    )


def rerate(conn: Connection, uid: str, rating: int, detail: dict) -> None:
    """Set a recorded answer's rating (merging `detail` into its own), then replay its card and fix its day."""
    row = conn.execute("SELECT item_type, item_id, rating, day, detail FROM answers WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        raise ValueError(f"no answer has the uid {uid!r}")
    item_type, item_id, old, day, old_detail = row
    merged = {**(json.loads(old_detail) if old_detail else {}), **detail}
    conn.execute("UPDATE answers SET rating = ?, detail = ? WHERE uid = ?", (rating, json.dumps(merged, ensure_ascii=False, sort_keys=True), uid))
    conn.execute("UPDATE days SET recalled = recalled + ? WHERE day = ?", (int(rating > 1) - int(old > 1), day))
    rebuild_cards(conn, [(item_type, item_id)])
