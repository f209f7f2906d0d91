"""SQL of the drill state (hints, solution viewed, status per track, recorded marks), inside the caller's transaction.

Each change is one statement that reads and writes in the database (`hints_used = hints_used + 1`,
`INSERT ... ON CONFLICT DO NOTHING`), so runs at the same time cannot overwrite each other's
state the way rewriting a whole JSON file did.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite3 import Connection

STATUSES = ("failed", "passed")


def _ensure(conn: Connection, drill_id: str) -> None:
    conn.execute("INSERT INTO drill_state (drill_id) VALUES (?) ON CONFLICT (drill_id) DO NOTHING", (drill_id,))


def state_of(conn: Connection, drill_id: str | None = None) -> dict[str, dict]:
    """Return {drill_id: {hints_used, solution_viewed, started_at, status: {track: status}}} (one drill or all)."""
    where, args = ("WHERE drill_id = ?", (drill_id,)) if drill_id is not None else ("", ())
    states = {
        d: {"hints_used": h, "solution_viewed": bool(v), "started_at": s, "status": {}}
        for d, h, v, s in conn.execute(f"SELECT drill_id, hints_used, solution_viewed, started_at FROM drill_state {where}", args)
    }
    for d, track, status in conn.execute(f"SELECT drill_id, track, status FROM drill_status {where}", args):
        states.setdefault(d, {"hints_used": 0, "solution_viewed": False, "started_at": None, "status": {}})["status"][track] = status
    return states


def use_hint(conn: Connection, drill_id: str, available: int, now: float) -> int:
    """Count one more hint (up to `available`); start the attempt's clock; return the 1-based hint to show."""
    _ensure(conn, drill_id)
    conn.execute("UPDATE drill_state SET hints_used = MIN(hints_used + 1, ?), started_at = COALESCE(started_at, ?) WHERE drill_id = ?",
                 (available, now, drill_id))
    return conn.execute("SELECT hints_used FROM drill_state WHERE drill_id = ?", (drill_id,)).fetchone()[0]


def set_status(conn: Connection, drill_id: str, track: str, status: str, now: float) -> None:
    """Set a track's status (failed or passed) and start the attempt's clock if it is not running."""
    _ensure(conn, drill_id)
    conn.execute("UPDATE drill_state SET started_at = COALESCE(started_at, ?) WHERE drill_id = ?", (now, drill_id))
    conn.execute("INSERT INTO drill_status (drill_id, track, status) VALUES (?, ?, ?) "
                 "ON CONFLICT (drill_id, track) DO UPDATE SET status = excluded.status", (drill_id, track, status))


def view_solution(conn: Connection, drill_id: str) -> bool:
    """Mark the solution viewed; return whether this is the first time."""
    _ensure(conn, drill_id)
    return conn.execute("UPDATE drill_state SET solution_viewed = 1 WHERE drill_id = ? AND solution_viewed = 0", (drill_id,)).rowcount == 1


def add_mark(conn: Connection, drill_id: str, mark: str) -> bool:
    """Remember that an attempt was recorded; return False when it already was (by this run or another)."""
    return conn.execute("INSERT INTO drill_marks (drill_id, mark) VALUES (?, ?) ON CONFLICT DO NOTHING", (drill_id, mark)).rowcount == 1


def restart_attempt(conn: Connection, drill_id: str) -> None:
    """Stop the attempt's clock (a pass was recorded: the next attempt starts afresh)."""
    conn.execute("UPDATE drill_state SET started_at = NULL WHERE drill_id = ?", (drill_id,))


def import_state_file(conn: Connection, path: Path) -> int:
    """Bring in the drill state of an older rnnquiz's `state.json`; return the drills imported.

    What cannot be read is skipped: the file only held conveniences (hints counted, statuses
    shown by `drill list`); the review history is in the answers table already.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        drills = data["drills"] if isinstance(data, dict) and isinstance(data.get("drills"), dict) else {}
    except (OSError, ValueError, RecursionError):
        return 0
    count = 0
    for drill_id, entry in drills.items():
        if isinstance(drill_id, str) and isinstance(entry, dict) and 0 < len(drill_id) <= 128:
            _import_entry(conn, drill_id, entry)
            count += 1
    return count


def _import_entry(conn: Connection, drill_id: str, entry: dict) -> None:
    hints = entry.get("hints_used")
    hints = hints if isinstance(hints, int) and not isinstance(hints, bool) and 0 <= hints <= 1000 else 0
    started = entry.get("started_at")
    started = float(started) if isinstance(started, (int, float)) and not isinstance(started, bool) and 0 < started < 1e11 else None
    conn.execute("INSERT OR REPLACE INTO drill_state (drill_id, hints_used, solution_viewed, started_at) VALUES (?, ?, ?, ?)",
                 (drill_id, hints, int(entry.get("solution_viewed") is True), started))
    status = entry.get("status") if isinstance(entry.get("status"), dict) else {}
    for track, value in status.items():
        if isinstance(track, str) and value in STATUSES:
            conn.execute("INSERT OR REPLACE INTO drill_status (drill_id, track, status) VALUES (?, ?, ?)", (drill_id, track, value))
    recorded = entry.get("recorded") if isinstance(entry.get("recorded"), list) else []
    marks = [f"pass:{d}" for d in recorded if isinstance(d, str)]
    if isinstance(entry.get("failed_on"), str):
        marks.append(f"fail:{entry['failed_on']}")
    for mark in marks:
        add_mark(conn, drill_id, mark[:80])
