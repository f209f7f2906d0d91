"""Reading what is left of a damaged progress database, chunk by chunk (for `rnnquiz progress repair`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

def salvage(path: Path) -> tuple[list[dict], list[dict]]:
    """Return the answer and mock-session rows that can still be read from a damaged database.

    Reads in chunks so one bad page costs its chunk, not the whole history. Rows come back as
    raw dicts; the caller checks them. SQLite may write to `path` (a WAL checkpoint): pass a copy.
    """
    try:
        conn = sqlite3.connect(str(path))
    except sqlite3.Error:
        return [], []
    try:
        return _salvage_table(conn, "answers", "id"), _salvage_table(conn, "mock_sessions", "rowid")
    finally:
        conn.close()


def _salvage_table(conn: sqlite3.Connection, table: str, key: str, chunk: int = 256) -> list[dict]:
    try:
        highest = conn.execute(f"SELECT MAX({key}) FROM {table}").fetchone()[0] or 0
    except sqlite3.Error:
        highest = None
    rows: list[dict] = []
    start = 0
    while highest is None or start <= highest:
        try:
            batch = _select(conn, f"SELECT {key} AS _key, * FROM {table} WHERE {key} > ? ORDER BY {key} LIMIT ?", (start, chunk))
        except sqlite3.Error:
            if highest is None:
                break  # cannot even find the table's end: keep what was read
            # A bad page in this window: fetch its rows one by one, losing only the unreadable ones.
            for rowid in range(start + 1, min(start + chunk, highest) + 1):
                try:
                    rows.extend(_select(conn, f"SELECT {key} AS _key, * FROM {table} WHERE {key} = ?", (rowid,)))
                except sqlite3.Error:
                    continue
            start += chunk
            continue
        if not batch:
            break
        rows.extend(batch)
        start = batch[-1]["_key"]
    return rows


def _select(conn: sqlite3.Connection, sql: str, args: tuple) -> list[dict]:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]
