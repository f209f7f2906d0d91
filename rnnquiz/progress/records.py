"""The plain records progress is made of: answers and mock sessions, their checks and time stamps.

Shared by the store (what it writes), the export/import format and repair (what they accept),
so an answer is checked by one set of rules wherever it comes from. No sqlite3, no terminal.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, timezone, tzinfo
from typing import Any

ITEM_TYPES = ("question", "drill")
MODES = ("ask", "review", "mock", "drill")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# The fields of an answer, in export order.
ANSWER_FIELDS = (
    "uid", "item_type", "item_id", "kind", "mode", "session_id", "topic",
    "answered_at", "day", "correct", "rating", "duration_s", "hints_used", "detail",
)
MOCK_FIELDS = ("session_id", "started_at", "duration_s", "score", "max_score", "per_topic")


def timestamp(moment: datetime) -> str:
    """Return the stored form of a time: UTC ISO 8601 with microseconds (fixed width, sorts as time).

    Raises:
        ValueError: the datetime is naive.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"datetime {moment.isoformat()} has no time zone; pass an aware UTC datetime")
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse_timestamp(text: str) -> datetime:
    """Return the aware UTC datetime of a stored or exported time stamp.

    Raises:
        ValueError: not ISO 8601, or without a time zone.
    """
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"time {text!r} has no time zone (expected e.g. 2026-03-01T09:30:00+00:00)")
    return moment.astimezone(timezone.utc)


def calendar_day(moment: datetime, tz: tzinfo | None) -> str:
    """Return the learner's date (YYYY-MM-DD) at `moment` in time zone `tz` (None: this machine's)."""
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return local.date().isoformat()


def new_uid() -> str:
    """Return a fresh answer id (import merges answers on it)."""
    import uuid  # here: the stats and --help paths never need it

    return uuid.uuid4().hex


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _check_id(problems: list[str], record: dict, key: str, *, required: bool = True) -> None:
    value = record.get(key)
    if value in (None, "") and not required:
        return
    if not isinstance(value, str) or not _ID.match(value):
        problems.append(f"{key} must be an id of letters, digits and -_.:/ (got {value!r})")


def _check_text(problems: list[str], record: dict, key: str) -> None:
    value = record.get(key, "")
    if not isinstance(value, str) or len(value) > 200:
        problems.append(f"{key} must be a string of at most 200 characters (got {value!r})")


def _check_time(problems: list[str], record: dict, key: str) -> None:
    try:
        parse_timestamp(record[key])
    except KeyError:
        problems.append(f"{key} is missing")
    except (TypeError, ValueError) as exc:
        problems.append(f"{key}: {exc}")


def answer_problems(record: Any) -> list[str]:
    """Return what is wrong with an answer record (empty when it can be stored)."""
    if not isinstance(record, dict):
        return ["must be an object"]
    problems: list[str] = []
    unknown = sorted(set(record) - set(ANSWER_FIELDS))
    if unknown:
        problems.append(f"unknown field(s) {', '.join(unknown)}")
    for key in ("uid", "item_id"):
        _check_id(problems, record, key)
    _check_id(problems, record, "session_id", required=False)
    for key in ("kind", "topic"):
        _check_text(problems, record, key)
    if record.get("item_type") not in ITEM_TYPES:
        problems.append(f"item_type must be one of {', '.join(ITEM_TYPES)} (got {record.get('item_type')!r})")
    if record.get("mode") not in MODES:
        problems.append(f"mode must be one of {', '.join(MODES)} (got {record.get('mode')!r})")
    _check_time(problems, record, "answered_at")
    day = record.get("day")
    if day is not None and not (isinstance(day, str) and _DAY.match(day) and _valid_date(day)):
        problems.append(f"day must be a date YYYY-MM-DD (got {day!r})")
    if record.get("correct") not in (True, False, None):
        problems.append(f"correct must be true, false or null (got {record.get('correct')!r})")
    rating = record.get("rating")
    if not (isinstance(rating, int) and not isinstance(rating, bool) and 1 <= rating <= 4):
        problems.append(f"rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy) (got {rating!r})")
    if not (_number(record.get("duration_s")) and record["duration_s"] >= 0):
        problems.append(f"duration_s must be a number of seconds >= 0 (got {record.get('duration_s')!r})")
    hints = record.get("hints_used", 0)
    if not (isinstance(hints, int) and not isinstance(hints, bool) and hints >= 0):
        problems.append(f"hints_used must be a whole number >= 0 (got {hints!r})")
    detail = record.get("detail")
    if detail is not None and not isinstance(detail, dict):
        problems.append("detail must be an object or null")
    elif detail is not None and not _json_safe(detail):
        problems.append("detail must hold only JSON values (strings, numbers, booleans, null, lists, objects)")
    return problems


def _json_safe(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


def mock_problems(record: Any) -> list[str]:
    """Return what is wrong with a mock-session record (empty when it can be stored)."""
    if not isinstance(record, dict):
        return ["must be an object"]
    problems: list[str] = []
    unknown = sorted(set(record) - set(MOCK_FIELDS))
    if unknown:
        problems.append(f"unknown field(s) {', '.join(unknown)}")
    _check_id(problems, record, "session_id")
    _check_time(problems, record, "started_at")
    for key in ("duration_s", "score", "max_score"):
        if not (_number(record.get(key)) and record[key] >= 0):
            problems.append(f"{key} must be a number >= 0 (got {record.get(key)!r})")
    if _number(record.get("score")) and _number(record.get("max_score")) and record["score"] > record["max_score"]:
        problems.append("score must not exceed max_score")
    per_topic = record.get("per_topic")
    if not isinstance(per_topic, dict) or not all(isinstance(k, str) for k in per_topic) or not _json_safe(per_topic):
        problems.append("per_topic must be an object keyed by topic, holding only JSON values")
    return problems


def _valid_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def normalize_answer(record: dict, tz: tzinfo | None) -> dict:
    """Return a checked answer record in stored form: every field present, time stamps normalized."""
    at = parse_timestamp(record["answered_at"])
    return {
        "uid": record["uid"],
        "item_type": record["item_type"],
        "item_id": record["item_id"],
        "kind": record.get("kind", ""),
        "mode": record["mode"],
        "session_id": record.get("session_id") or "",
        "topic": record.get("topic", ""),
        "answered_at": timestamp(at),
        "day": record.get("day") or calendar_day(at, tz),
        "correct": record.get("correct"),
        "rating": record["rating"],
        "duration_s": float(record["duration_s"]),
        "hints_used": record.get("hints_used", 0),
        "detail": record.get("detail"),
    }


def normalize_mock(record: dict) -> dict:
    """Return a checked mock-session record in stored form."""
    return {
        "session_id": record["session_id"],
        "started_at": timestamp(parse_timestamp(record["started_at"])),
        "duration_s": float(record["duration_s"]),
        "score": float(record["score"]),
        "max_score": float(record["max_score"]),
        "per_topic": record["per_topic"],
    }
