"""What `rnnquiz stats` reports, computed from the store's small tables (never from every answer).

Mastery of an item is how long FSRS expects its memory to last (its stability S, in days)
against a three-week target, on a log scale: log(1 + S) / log(1 + 21), capped at 1. One wrong
answer gives about 6%, one right answer about 40%, and an item recalled over a couple of weeks
reaches 100%. A topic's mastery is the mean over the items of it answered so far.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, datetime, time, timedelta, tzinfo

from rnnquiz.progress.records import parse_timestamp, timestamp
from rnnquiz.progress.store import ProgressStore

SUMMARY_VERSION = 1
MASTERY_TARGET_DAYS = 21.0  # Anki calls a card "mature" from a 21-day interval on
WEEKS_SHOWN = 8
MOCKS_SHOWN = 5
WEAKEST_SHOWN = 5


def mastery(stability: float | None) -> float:
    """Return an item's mastery (0..1) from its FSRS stability in days."""
    if not stability or stability <= 0:
        return 0.0
    return min(1.0, math.log1p(stability) / math.log1p(MASTERY_TARGET_DAYS))


def summarize(store: ProgressStore, now: datetime, tz: tzinfo | None = None) -> dict:
    """Return every figure `rnnquiz stats` shows, as JSON-ready data.

    Args:
        store: the open progress database.
        now: the current time (aware).
        tz: the learner's time zone for "today" and weeks; None for this machine's.
    """
    local_now = now.astimezone(tz) if tz is not None else now.astimezone()
    today = local_now.date()
    cards = store.card_rows()
    days = store.day_rows()
    answers = sum(c["reps"] for c in cards)
    recalled = sum(c["recalled"] for c in cards)
    return {
        "summary_version": SUMMARY_VERSION,
        "generated_at": timestamp(now),
        "database": str(store.path),
        "answers": answers,
        "accuracy": _ratio(recalled, answers),
        "items_seen": {**{kind: sum(c["item_type"] == kind for c in cards) for kind in ("question", "drill")},
                       # generated questions are recorded per template, as question items "gen:<template>"
                       "generated": sum(c["item_type"] == "question" and c["item_id"].startswith("gen:") for c in cards)},
        "due": _due(cards, now, local_now),
        "streak": _streak({d["day"] for d in days}, today),
        "topics": _topics(cards, now),
        "weeks": _weeks(days, today),
        "mocks": _mocks(store.recent_mocks(MOCKS_SHOWN)),
        "weakest": _weakest(cards, now),
    }


def _ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def _due(cards: list[dict], now: datetime, local_now: datetime) -> dict:
    end_of_today = datetime.combine(local_now.date() + timedelta(days=1), time(), local_now.tzinfo)
    marks = {"now": timestamp(now), "today": timestamp(end_of_today), "week": timestamp(now + timedelta(days=7))}
    counts = {name: sum(c["due"] <= mark for c in cards) for name, mark in marks.items()}
    later = [c["due"] for c in cards if c["due"] > marks["now"]]
    counts["next"] = min(later) if later else None
    return counts


def _streak(days: set[str], today: date) -> dict:
    # A streak survives until the end of a day with no answer: studying yesterday but not yet
    # today still counts.
    start = today if today.isoformat() in days else today - timedelta(days=1)
    current = 0
    while (start - timedelta(days=current)).isoformat() in days:
        current += 1
    longest = run = 0
    previous: date | None = None
    for day in sorted(date.fromisoformat(d) for d in days):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest, previous = max(longest, run), day
    return {"current": current, "longest": longest, "answered_today": today.isoformat() in days}


def _topics(cards: list[dict], now: datetime) -> list[dict]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for card in cards:
        groups[card["topic"] or "(no topic)"].append(card)
    stamp = timestamp(now)
    rows = []
    for topic, members in groups.items():
        reps = sum(c["reps"] for c in members)
        rows.append({
            "topic": topic,
            "items": len(members),
            "answers": reps,
            "accuracy": _ratio(sum(c["recalled"] for c in members), reps),
            "mastery": round(sum(mastery(c["stability"]) for c in members) / len(members), 4),
            "due": sum(c["due"] <= stamp for c in members),
        })
    return sorted(rows, key=lambda r: (r["mastery"], r["topic"]))


def _weeks(days: list[dict], today: date) -> list[dict]:
    this_monday = today - timedelta(days=today.weekday())
    starts = [this_monday - timedelta(weeks=n) for n in range(WEEKS_SHOWN - 1, -1, -1)]
    totals = {s: [0, 0] for s in starts}
    for row in days:
        day = date.fromisoformat(row["day"])
        monday = day - timedelta(days=day.weekday())
        if monday in totals:
            totals[monday][0] += row["answers"]
            totals[monday][1] += row["recalled"]
    return [
        {"week_start": s.isoformat(), "answers": totals[s][0], "accuracy": _ratio(totals[s][1], totals[s][0])}
        for s in starts
    ]


def _mocks(rows: list[dict]) -> list[dict]:
    return [
        {
            "session_id": m["session_id"],
            "started_at": m["started_at"],
            "duration_s": m["duration_s"],
            "score": m["score"],
            "max_score": m["max_score"],
            "percent": _ratio(m["score"], m["max_score"]),
        }
        for m in rows
    ]


def _weakest(cards: list[dict], now: datetime) -> list[dict]:
    learning = [c for c in cards if mastery(c["stability"]) < 1.0]  # fully mastered items are nobody's weak spot
    ranked = sorted(learning, key=lambda c: (mastery(c["stability"]), -c["lapses"], c["item_type"], c["item_id"]))
    return [
        {
            "item_type": c["item_type"],
            "item_id": c["item_id"],
            "topic": c["topic"],
            "answers": c["reps"],
            "lapses": c["lapses"],
            "accuracy": _ratio(c["recalled"], c["reps"]),
            "mastery": round(mastery(c["stability"]), 4),
            "due": c["due"],
            "overdue": parse_timestamp(c["due"]) <= now,
        }
        for c in ranked[:WEAKEST_SHOWN]
    ]
