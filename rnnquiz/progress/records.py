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
# Far enough from datetime's limits that moving a time to any zone or adding FSRS's longest
# interval (100 years) cannot overflow.
YEARS = (1970, 2999)
MAX_SECONDS = 1e9  # durations and scores: about 31 years; beyond is a damaged or forged file
MAX_HINTS = 1000
MAX_DEPTH = 32  # nesting of `detail` and `per_topic`

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
    """A finite int or float within ±MAX_SECONDS."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -MAX_SECONDS <= value <= MAX_SECONDS
    return math.isfinite(value) and abs(value) <= MAX_SECONDS


def show(value: Any, limit: int = 60) -> str:
    """Return a short repr of a value for a message (a hostile file may hold megabytes in one field)."""
    if type(value) is int and abs(value) > 10**30:
        try:
            return f"an integer of {len(str(abs(value)))} digits"
        except ValueError:  # beyond Python's int-to-text limit
            return "an integer of thousands of digits"
    text = repr(value) if not isinstance(value, (dict, list)) else type(value).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _check_id(problems: list[str], record: dict, key: str, *, required: bool = True) -> None:
    value = record.get(key)
    if value in (None, "") and not required:
        return
    if not isinstance(value, str) or not _ID.match(value):
        problems.append(f"{key} must be an id of letters, digits and -_.:/ (got {show(value)})")


def _check_text(problems: list[str], record: dict, key: str) -> None:
    from rnnquiz.textsafe import has_unsafe

    value = record.get(key, "")
    if not isinstance(value, str) or len(value) > 200:
        problems.append(f"{key} must be a string of at most 200 characters (got {show(value)})")
    elif has_unsafe(value) or "\n" in value or "\t" in value:
        problems.append(f"{key} must not hold control or bidi characters (got {show(value)})")


def _check_time(problems: list[str], record: dict, key: str) -> None:
    if key not in record:
        problems.append(f"{key} is missing")
        return
    value = record[key]
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError("expected an ISO 8601 time such as 2026-03-01T09:30:00+00:00")
        moment = parse_timestamp(value)
    except (TypeError, ValueError, OverflowError) as exc:
        problems.append(f"{key} {show(value)} is not a time with a zone within years {YEARS[0]}-{YEARS[1]} ({str(exc)[:80]})")
        return
    if not YEARS[0] <= moment.year <= YEARS[1]:
        problems.append(f"{key} {show(value)} is outside the years {YEARS[0]}-{YEARS[1]}")


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
    if not isinstance(record.get("item_type"), str) or record.get("item_type") not in ITEM_TYPES:
        problems.append(f"item_type must be one of {', '.join(ITEM_TYPES)} (got {show(record.get('item_type'))})")
    if not isinstance(record.get("mode"), str) or record.get("mode") not in MODES:
        problems.append(f"mode must be one of {', '.join(MODES)} (got {show(record.get('mode'))})")
    _check_time(problems, record, "answered_at")
    day = record.get("day")
    if day is not None and not (isinstance(day, str) and _DAY.match(day) and _valid_date(day)):
        problems.append(f"day must be a date YYYY-MM-DD (got {show(day)})")
    if record.get("correct") not in (True, False, None) or isinstance(record.get("correct"), (int, float)) and not isinstance(record.get("correct"), bool):
        problems.append(f"correct must be true, false or null (got {show(record.get('correct'))})")
    rating = record.get("rating")
    if not (isinstance(rating, int) and not isinstance(rating, bool) and 1 <= rating <= 4):
        problems.append(f"rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy) (got {show(rating)})")
    if not (_number(record.get("duration_s")) and record["duration_s"] >= 0):
        problems.append(f"duration_s must be a number of seconds from 0 to {MAX_SECONDS:g} (got {show(record.get('duration_s'))})")
    hints = record.get("hints_used", 0)
    if not (isinstance(hints, int) and not isinstance(hints, bool) and 0 <= hints <= MAX_HINTS):
        problems.append(f"hints_used must be a whole number from 0 to {MAX_HINTS} (got {show(hints)})")
    detail = record.get("detail")
    if detail is not None and not isinstance(detail, dict):
        problems.append("detail must be an object or null")
    elif detail is not None and not _json_safe(detail):
        problems.append("detail must hold only JSON values (strings, numbers, booleans, null, lists, objects)")
    return problems


def _json_safe(value: Any) -> bool:
    """JSON values only, finite, nested at most MAX_DEPTH deep, integers within ±2^63."""
    if _depth(value) > MAX_DEPTH:
        return False
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return False
    return _ints_fit(value)


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def _ints_fit(value: Any) -> bool:
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -(2**63) <= value < 2**63
    if isinstance(value, dict):
        return all(_ints_fit(v) for v in value.values())
    if isinstance(value, list):
        return all(_ints_fit(v) for v in value)
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
            problems.append(f"{key} must be a number from 0 to {MAX_SECONDS:g} (got {show(record.get(key))})")
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
