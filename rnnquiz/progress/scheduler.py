"""Spaced-repetition scheduling: Anki's four grades and FSRS cards, with no storage and no terminal.

This module wraps the `fsrs` library (pinned to 6.x in pyproject.toml). It is pure: every function
takes the time it works with, and `fsrs` is imported only when a card is reviewed, so importing the
ratings costs nothing on the `--help` path. Fuzzing is off, which makes a card a function of its
answers alone: replaying the same answers gives the same card on every machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from enum import IntEnum
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fsrs import Card, Scheduler

class Rating(IntEnum):
    """Anki's four grades, with the same values as `fsrs.Rating`."""

    Again = 1  # not recalled (also: "I couldn't answer", solution viewed)
    Hard = 2  # recalled with difficulty: still a pass
    Good = 3  # recalled as usual
    Easy = 4  # recalled without effort


def rating_for_closed(correct: bool) -> Rating:
    """Return the grade of a closed (auto-graded) question: right is Good, wrong is Again."""
    return Rating.Good if correct else Rating.Again


def rating_for_drill(passed: bool, hints_used: int, solution_viewed: bool) -> Rating:
    """Return the grade of a drill: first-try pass Good, pass after hints Hard, fail or solution viewed Again."""
    if solution_viewed or not passed:
        return Rating.Again
    return Rating.Hard if hints_used > 0 else Rating.Good


_RATING_WORDS = {"again": Rating.Again, "hard": Rating.Hard, "good": Rating.Good, "easy": Rating.Easy}


def parse_rating(text: str) -> Rating:
    """Return the grade named by a self-rating: 1-4 or again/hard/good/easy (any case, a prefix will do).

    Raises:
        ValueError: the text names no grade.
    """
    word = text.strip().lower()
    if word in {"1", "2", "3", "4"}:
        return Rating(int(word))
    matches = [r for name, r in _RATING_WORDS.items() if word and name.startswith(word)]
    if len(matches) == 1:
        return matches[0]
    raise ValueError(f"{text!r} is not a grade; answer 1-4 or again, hard, good, easy")


def as_utc(moment: datetime) -> datetime:
    """Return an aware datetime in UTC (`fsrs` insists on `timezone.utc` itself).

    Raises:
        ValueError: the datetime is naive, so its time zone is unknown.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"datetime {moment.isoformat()} has no time zone; pass an aware UTC datetime")
    return moment.astimezone(timezone.utc)


def card_id_for(item_type: str, item_id: str) -> int:
    """Return a stable card id for an item, the same on every machine (fsrs needs an int)."""
    import hashlib  # here, not at the top: it costs 2 ms on every command's start-up

    digest = hashlib.sha256(f"{item_type}:{item_id}".encode()).digest()
    return int.from_bytes(digest[:6], "big")


@lru_cache(maxsize=1)
def scheduler() -> "Scheduler":
    """Return the one FSRS scheduler rnnquiz uses: default weights, 90% retention, no fuzzing."""
    from fsrs import Scheduler

    return Scheduler(enable_fuzzing=False)


def new_card(item_type: str, item_id: str, now: datetime) -> "Card":
    """Return a card never reviewed, due at `now`."""
    from fsrs import Card

    return Card(card_id=card_id_for(item_type, item_id), due=as_utc(now))


def review(card: "Card", rating: int, at: datetime, duration_s: float | None = None) -> "Card":
    """Return the card after one answer graded `rating` at time `at`."""
    from fsrs import Rating as FsrsRating

    duration_ms = None if duration_s is None else int(round(duration_s * 1000))
    updated, _log = scheduler().review_card(card, FsrsRating(int(rating)), as_utc(at), duration_ms)
    return updated


def replay(item_type: str, item_id: str, answers: Iterable[tuple[datetime, int]]) -> "Card":
    """Return the card that a history of (answered_at, rating) pairs produces, replayed oldest first.

    Raises:
        ValueError: there are no answers to replay.
    """
    # Sort on time only: answers given in the same microsecond keep the order they were given in.
    ordered = sorted(((as_utc(at), int(r)) for at, r in answers), key=lambda pair: pair[0])
    if not ordered:
        raise ValueError(f"no answers to replay for {item_type} {item_id!r}")
    card = new_card(item_type, item_id, ordered[0][0])
    for at, rating in ordered:
        card = review(card, rating, at)
    return card


def card_from_json(text: str) -> "Card":
    """Return the fsrs card stored as JSON by `card.to_json()`."""
    from fsrs import Card

    return Card.from_json(text)


def build_queue(due: Sequence[str], seen: set[str], available: Sequence[str], count: int | None = None) -> list[str]:
    """Return what to serve: due items first (in the order given), then items never answered.

    Items not in `available` (say, questions removed from the banks) are never served; their
    history stays in the database. Shuffle `available` beforehand for a random order of new items.
    """
    servable = set(available)
    queue = [item for item in due if item in servable]
    queued = set(queue)
    queue.extend(item for item in available if item not in seen and item not in queued)
    return queue if count is None else queue[:count]


def describe_wait(when: datetime, now: datetime, lang: str = "en") -> str:
    """Return how long until `when` in words: "now", "in 8 min", "in 3 h", "in 2 days" (or 中文)."""
    from rnnquiz.i18n import tr

    seconds = (as_utc(when) - as_utc(now)).total_seconds()
    if seconds <= 0:
        return tr("stats.wait.now", lang)
    if seconds < 3600:
        return tr("stats.wait.minutes", lang, n=max(1, round(seconds / 60)))
    if seconds < 86400:
        return tr("stats.wait.hours", lang, n=round(seconds / 3600))
    days = round(seconds / 86400)
    return tr("stats.wait.day", lang) if days == 1 else tr("stats.wait.days", lang, n=days)
