"""Opening checks and schema migrations of the progress database (see `schema.MIGRATIONS`).

Migrations run in one write transaction after the old file is copied aside. Migration 3 also
brings in the drill state that older rnnquiz kept in `workspace/state.json` beside the database:
read once, inside the same transaction, then the file is renamed `state.json.imported.bak`
(kept, never deleted), so a second open cannot import it twice.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from rnnquiz.errors import ProgressError
from rnnquiz.progress import drill_tables
from rnnquiz.progress.schema import APPLICATION_ID, LATEST, MIGRATIONS

if TYPE_CHECKING:
    from rnnquiz.progress.store import ProgressStore

DRILL_STATE_VERSION = 3  # the migration that moved drill state into the database
SQLITE_HEADER = b"SQLite format 3\x00"


def corrupt_message(path: Path, reason: str) -> str:
    """Return the error text for a progress file that cannot be read, with the ways out."""
    return (
        f"{path} is not a readable rnnquiz progress database ({reason}).\n"
        "Run `rnnquiz progress repair` to keep it as a backup and start afresh with whatever can be "
        "recovered from it, or set RNNQUIZ_HOME to another folder."
    )


def check_location(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProgressError(f"cannot create the progress folder {path.parent}: {exc.strerror}; set RNNQUIZ_HOME to a writable folder") from None
    if path.exists() and not path.is_file():
        raise ProgressError(f"{path} is not a file; move it away or set RNNQUIZ_HOME to another folder")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ProgressError(f"cannot read {path}: {exc.strerror}") from None
    if header and header != SQLITE_HEADER:
        raise ProgressError(corrupt_message(path, "not an SQLite file"))


def legacy_state_file(db_path: Path) -> Path:
    """Return where rnnquiz before migration 3 kept drill state, for this database."""
    return db_path.parent / "workspace" / "state.json"


def prepare(store: ProgressStore) -> None:
    """Check the file is an rnnquiz database this version reads; set WAL and FULL sync; migrate."""
    # one read transaction, so the checks see one snapshot: read one by one, they could straddle the
    # commit of another rnnquiz creating the database (version 0, then its tables) and call it foreign
    store._conn.execute("BEGIN")
    try:
        version, app_id = store._pragma("user_version"), store._pragma("application_id")
        foreign = app_id not in (0, APPLICATION_ID) or (version == 0 and store._pragma("page_count") > 0 and _has_tables(store))
    finally:
        store._conn.execute("COMMIT")
    if foreign:
        raise ProgressError(
            f"{store.path} is an SQLite database but not an rnnquiz progress database.\n"
            "Move it away, or set RNNQUIZ_HOME to another folder."
        )
    if version > LATEST:
        from rnnquiz.progress.store import NewerDatabaseError

        raise NewerDatabaseError(
            f"{store.path} was written by a newer rnnquiz (progress schema version {version}; this one reads up to {LATEST}).\n"
            "Upgrade rnnquiz, or set RNNQUIZ_HOME to another folder. The file was not changed."
        )
    _use_wal(store)
    # FULL: the review history is the learner's only irreplaceable data; one fsync per answer is cheap.
    store._conn.execute("PRAGMA synchronous=FULL")
    if version < LATEST:
        _migrate(store, version)


def _use_wal(store: ProgressStore) -> None:
    """Switch the file to WAL. Two rnnquiz switching a new file at once: SQLite may refuse one of them
    at once rather than wait (to avoid a deadlock), so that one waits here and looks again."""
    deadline = time.monotonic() + store.timeout
    while store._pragma("journal_mode") != "wal":
        try:
            store._conn.execute("PRAGMA journal_mode=WAL")
            return  # switched (or a file system without WAL: it stays as it was, as before)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _has_tables(store: ProgressStore) -> bool:
    return store._conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] > 0


def _migrate(store: ProgressStore, version: int) -> None:
    if version > 0:
        _backup(store, version)
    legacy = legacy_state_file(store.path)
    imported = False
    with store._write() as conn:
        version = store._pragma("user_version")  # another rnnquiz may have migrated meanwhile
        for number in range(version + 1, LATEST + 1):
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            if number == DRILL_STATE_VERSION and legacy.is_file():
                drill_tables.import_state_file(conn, legacy)
                imported = True
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={LATEST}")
    if imported:
        try:
            legacy.replace(legacy.with_name(legacy.name + ".imported.bak"))
        except OSError:
            pass  # left in place: it is never read again, the database is at version 3 now


def _backup(store: ProgressStore, version: int) -> None:
    target = store.path.with_name(f"{store.path.name}.v{version}.bak")
    backup = sqlite3.connect(str(target))
    try:
        store._conn.backup(backup)
    finally:
        backup.close()
