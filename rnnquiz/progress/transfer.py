"""Moving progress between machines: the export file format (version 1) and its strict reader.

An export is one UTF-8 JSON object::

    {
      "format": "rnnquiz-progress",
      "format_version": 1,
      "exported_at": "2026-03-01T09:30:00.000000+00:00",
      "rnnquiz_version": "0.1.0",
      "answers": [
        {"uid": "3f2a...", "item_type": "question", "item_id": "lstm-forget-gate",
         "kind": "choice", "mode": "ask", "session_id": "", "topic": "lstm",
         "answered_at": "2026-02-28T18:02:11.123456+00:00", "day": "2026-02-28",
         "correct": true, "rating": 3, "duration_s": 12.5, "hints_used": 0, "detail": null}
      ],
      "cards": [
        {"item_type": "question", "item_id": "lstm-forget-gate", "topic": "lstm", "kind": "choice",
         "card": {"card_id": 1234, "state": 1, "step": 1, "stability": 2.3, "difficulty": 2.1,
                  "due": "2026-02-28T18:12:11.123456+00:00", "last_review": "2026-02-28T18:02:11.123456+00:00"}}
      ],
      "mock_sessions": [
        {"session_id": "mock-20260228-1800", "started_at": "2026-02-28T18:00:00.000000+00:00",
         "duration_s": 1500.0, "score": 7.5, "max_score": 10.0, "per_topic": {"lstm": [3.0, 4.0]}}
      ]
    }

Fields of an answer: `uid` (unique id, merging key), `item_type` ("question" | "drill"),
`item_id`, `kind`, `mode` ("ask" | "review" | "mock" | "drill"), `session_id`, `topic`,
`answered_at` (ISO 8601 with a time zone), `day` (the learner's calendar date, optional),
`correct` (true | false | null for self-rated answers), `rating` (1 Again, 2 Hard, 3 Good,
4 Easy), `duration_s`, `hints_used`, `detail` (object or null). A mock session's `per_topic`
is free-form JSON keyed by topic.

`cards` are the FSRS cards (py-fsrs 6 `Card.to_dict()`) at export time, for tools that want the
schedule without running FSRS. They are derived data: import rebuilds each card by replaying the
merged answers, so the schedule is the same as if every answer had been given on one machine.

Import merges: answers already present (same `uid`) and mock sessions already present (same
`session_id`) are skipped, so importing a file twice adds nothing. A file is checked completely
before anything is written, and written in one transaction: it is imported whole or not at all.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from rnnquiz import __version__
from rnnquiz.errors import ProgressError
from rnnquiz.progress.records import (
    answer_problems,
    mock_problems,
    normalize_answer,
    normalize_mock,
    show,
    timestamp,
)

FORMAT = "rnnquiz-progress"
FORMAT_VERSION = 1
MAX_PROBLEMS_SHOWN = 10


def build_export(data: dict[str, list[dict]], now: datetime) -> dict:
    """Return the export document for what `ProgressStore.read_all()` returned."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": timestamp(now),
        "rnnquiz_version": __version__,
        "answers": data["answers"],
        "cards": data["cards"],
        "mock_sessions": data["mock_sessions"],
    }


def write_export(document: dict, target: Path) -> None:
    """Write an export document to `target` atomically (a crash leaves the old file or the new one).

    Raises:
        ProgressError: the file cannot be written.
    """
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ProgressError(f"cannot write {target}: {exc.strerror}; check the folder exists and is writable") from None


@dataclass
class ImportPlan:
    """The checked, normalized contents of an import file, ready for `ProgressStore.merge`."""

    answers: list[dict] = field(default_factory=list)
    mock_sessions: list[dict] = field(default_factory=list)
    unknown_ids: dict[str, set[str]] = field(default_factory=dict)  # kept with allow_unknown


def read_import(source: Path) -> object:
    """Return the JSON document of an import file.

    Raises:
        ProgressError: the file cannot be read or is not JSON.
    """
    try:
        text = Path(source).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ProgressError(f"{source}: not UTF-8 text; expected a file written by `rnnquiz progress export`") from None
    except OSError as exc:
        raise ProgressError(f"cannot read {source}: {exc.strerror}") from None
    return parse_import(text, str(source))


class _HugeInt(int):
    """An integer with too many digits to convert: kept as a marker so its field is named in the refusal."""

    def __new__(cls, digits: str) -> "_HugeInt":
        value = super().__new__(cls, 10**40 if not digits.startswith("-") else -(10**40))
        value.digits = len(digits.lstrip("-"))
        return value

    def __repr__(self) -> str:
        return f"an integer of {self.digits} digits"


def _parse_int(digits: str) -> int:
    return int(digits) if len(digits) <= 30 else _HugeInt(digits)


def parse_import(text: str, source: str) -> object:
    """Return the JSON document in `text`; `source` names it in messages.

    Raises:
        ProgressError: not JSON, or nested too deeply to read (one line, nothing imported).
    """
    try:
        return json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise ProgressError(f"{source}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg}); nothing was imported") from None
    except RecursionError:
        raise ProgressError(f"{source}: JSON nested too deeply to read (an export nests a few levels); nothing was imported") from None
    except ValueError as exc:
        raise ProgressError(f"{source}: not valid JSON ({str(exc)[:120]}); nothing was imported") from None


def plan_import(
    document: object,
    source: str,
    *,
    known_ids: dict[str, set[str]] | None = None,
    allow_unknown: bool = False,
    tz: tzinfo | None = None,
) -> ImportPlan:
    """Check an export document completely and return what to merge.

    Args:
        document: the parsed JSON.
        source: the file name, for messages.
        known_ids: ids that exist, per item type ("question", "drill"); types absent are not checked.
        allow_unknown: keep answers to ids not in `known_ids` (they are kept but never served).
        tz: time zone for the calendar day of answers that carry none.

    Raises:
        ProgressError: the document is not a version-1 rnnquiz export, or a record is invalid,
            or (without allow_unknown) it names unknown ids. The message lists the problems.
    """
    _check_header(document, source)
    problems: list[str] = []
    answers = _section(document, "answers", problems)
    mocks = _section(document, "mock_sessions", problems)
    _section(document, "cards", problems)  # derived data: rebuilt on import, only its shape is checked
    plan = ImportPlan()
    seen_uids: set[str] = set()
    for index, record in enumerate(answers):
        found = answer_problems(record)
        problems.extend(f"answers[{index}]: {p}" for p in found)
        if found:
            continue
        if record["uid"] in seen_uids:
            problems.append(f"answers[{index}]: uid {record['uid']!r} appears twice")
            continue
        seen_uids.add(record["uid"])
        known = (known_ids or {}).get(record["item_type"])
        if known is not None and record["item_id"] not in known:
            plan.unknown_ids.setdefault(record["item_type"], set()).add(record["item_id"])
        plan.answers.append(normalize_answer(record, tz))
    for index, record in enumerate(mocks):
        found = mock_problems(record)
        problems.extend(f"mock_sessions[{index}]: {p}" for p in found)
        if not found:
            plan.mock_sessions.append(normalize_mock(record))
    if problems:
        _refuse(source, problems)
    if plan.unknown_ids and not allow_unknown:
        _refuse_unknown(source, plan.unknown_ids)
    return plan


def _check_header(document: object, source: str) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ProgressError(f"{source}: not an rnnquiz progress export (no \"format\": \"{FORMAT}\"); nothing was imported")
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        hint = "export it again with this rnnquiz, or upgrade rnnquiz" if isinstance(version, int) and version > FORMAT_VERSION else "expected 1"
        raise ProgressError(f"{source}: export format_version {show(version)} is not supported ({hint}); nothing was imported")


def _section(document: dict, key: str, problems: list[str]) -> list:
    value = document.get(key, [])
    if not isinstance(value, list):
        problems.append(f"{key} must be a list")
        return []
    return value


def _refuse(source: str, problems: list[str]) -> None:
    # One self-contained line per problem (file, record, field, what is expected), then the verdict.
    shown = problems[:MAX_PROBLEMS_SHOWN]
    more = len(problems) - len(shown)
    lines = [f"{source}: {p}" for p in shown]
    if more:
        lines.append(f"{source}: ... and {more} more problems")
    lines.append(f"{source}: {len(problems)} problem(s); nothing was imported")
    raise ProgressError("\n".join(lines))


def _refuse_unknown(source: str, unknown: dict[str, set[str]]) -> None:
    parts = []
    for item_type, ids in sorted(unknown.items()):
        listed = sorted(ids)
        shown = ", ".join(listed[:MAX_PROBLEMS_SHOWN]) + (f" and {len(listed) - MAX_PROBLEMS_SHOWN} more" if len(listed) > MAX_PROBLEMS_SHOWN else "")
        parts.append(f"  {len(listed)} unknown {item_type} id(s): {shown}")
    raise ProgressError(
        "\n".join(
            [f"{source}: answers to items that are in no loaded bank; nothing was imported", *parts,
             "Load the banks that have them (--bank or RNNQUIZ_BANKS), or pass --allow-unknown to keep "
             "their history anyway (it is kept but never served)."]
        )
    )
