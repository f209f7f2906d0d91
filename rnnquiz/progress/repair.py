"""Recovering from a damaged progress database: keep the bad file, start afresh, restore what reads.

Nothing is ever deleted: the damaged file (with its -wal and -shm companions) is renamed to
`progress.sqlite3.damaged-YYYYMMDD-HHMMSS` beside it, rows are read from a copy of it, checked by
the same rules as an import, and merged into a new database at the usual place.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from rnnquiz.errors import DatabaseBusyError, ProgressError
from rnnquiz.progress.records import answer_problems, mock_problems, normalize_answer, normalize_mock
from rnnquiz.progress.salvage import salvage
from rnnquiz.progress.store import NewerDatabaseError, ProgressStore, default_path

_COMPANIONS = ("", "-wal", "-shm")


@dataclass
class RepairReport:
    """What `repair` found and did."""

    path: Path
    healthy: bool  # nothing needed doing
    problem: str = ""  # why the file was set aside
    backup: Path | None = None
    answers_recovered: int = 0
    answers_unreadable: int = 0  # rows read but failing the checks
    mocks_recovered: int = 0


def diagnose(path: Path) -> str:
    """Return what is wrong with the database at `path` ("" when it opens and passes SQLite's check).

    Raises:
        NewerDatabaseError: the file is from a newer rnnquiz (repairing it would lose data).
        DatabaseBusyError: another rnnquiz holds it.
    """
    try:
        with ProgressStore.open(path) as store:
            problems = store.integrity_problems()
    except (NewerDatabaseError, DatabaseBusyError):
        raise
    except ProgressError as exc:
        return str(exc).splitlines()[0]
    return "; ".join(problems[:3])


def repair(path: Path | None = None, *, now: datetime, tz: tzinfo | None = None) -> RepairReport:
    """Set a damaged database aside and start a new one holding every answer that can be read.

    A database that opens and passes SQLite's integrity check is left alone.

    Raises:
        NewerDatabaseError, DatabaseBusyError: as `diagnose`.
        ProgressError: the damaged file cannot be renamed, or the new one cannot be created.
    """
    path = Path(path) if path is not None else default_path()
    if not path.exists():
        return RepairReport(path=path, healthy=True)
    problem = diagnose(path)
    if not problem:
        return RepairReport(path=path, healthy=True)
    backup = _set_aside(path, now)
    answers, mocks = _read_backup(backup)
    report = RepairReport(path=path, healthy=False, problem=problem, backup=backup)
    good_answers = [normalize_answer(a, tz) for a in answers if not answer_problems(a)]
    good_mocks = [normalize_mock(m) for m in mocks if not mock_problems(m)]
    report.answers_unreadable = len(answers) - len(good_answers)
    with ProgressStore.open(path, tz=tz) as store:
        report.answers_recovered, report.mocks_recovered = store.merge(good_answers, good_mocks)
    return report


def _set_aside(path: Path, now: datetime) -> Path:
    stem = f"{path.name}.damaged-{now.strftime('%Y%m%d-%H%M%S')}"
    backup, n = path.with_name(stem), 1
    while any(Path(f"{backup}{suffix}").exists() for suffix in _COMPANIONS):
        n += 1
        backup = path.with_name(f"{stem}-{n}")
    try:
        for suffix in _COMPANIONS:
            source = Path(f"{path}{suffix}")
            if source.exists():
                os.replace(source, f"{backup}{suffix}")
    except OSError as exc:
        raise ProgressError(f"cannot rename {path} to {backup}: {exc.strerror}; nothing was deleted") from None
    return backup


def _read_backup(backup: Path) -> tuple[list[dict], list[dict]]:
    # Read from a copy: opening the backup itself could let SQLite checkpoint its WAL into it.
    with tempfile.TemporaryDirectory(prefix="rnnquiz-repair-") as tmp:
        copy = Path(tmp) / "damaged.sqlite3"
        for suffix in ("", "-wal"):
            source = Path(f"{backup}{suffix}")
            if source.exists():
                shutil.copyfile(source, f"{copy}{suffix}")
        raw_answers, raw_mocks = salvage(copy)
    return [_answer_record(r) for r in raw_answers], [_mock_record(r) for r in raw_mocks]


def _answer_record(row: dict) -> dict:
    record = {key: row.get(key) for key in (
        "uid", "item_type", "item_id", "kind", "mode", "session_id", "topic", "answered_at", "day",
        "correct", "rating", "duration_s", "hints_used",
    )}
    record["day"] = record["day"] or None  # version-1 rows have none
    record["session_id"] = record["session_id"] or ""
    if record["correct"] in (0, 1):
        record["correct"] = bool(record["correct"])
    detail = _json_or_none(row.get("detail"))
    record["detail"] = detail if isinstance(detail, dict) else None
    return record


def _mock_record(row: dict) -> dict:
    record = {key: row.get(key) for key in ("session_id", "started_at", "duration_s", "score", "max_score")}
    record["per_topic"] = _json_or_none(row.get("per_topic"))
    return record


def _json_or_none(text: object) -> object:
    if not isinstance(text, str):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
