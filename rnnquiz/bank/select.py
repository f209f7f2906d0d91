"""Filter questions and pick a reproducible selection: plain, due-first, or a balanced mock set."""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field

from rnnquiz.bank.model import Question


@dataclass(frozen=True)
class Filters:
    """What the learner asked for; empty tuples mean "any"."""

    topics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    difficulties: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    ids: tuple[str, ...] = field(default=())

    def accepts(self, q: Question) -> bool:
        return (
            (not self.topics or q.topic in self.topics)
            and (not self.kinds or q.kind in self.kinds)
            and (not self.difficulties or q.difficulty in self.difficulties)
            and (not self.tags or any(t in q.tags for t in self.tags))
            and (not self.ids or q.id in self.ids)
        )


def did_you_mean(value: str, choices) -> str:  # noqa: ANN001
    """Return ' (did you mean X?)' for the closest choice, or ''."""
    import difflib

    close = difflib.get_close_matches(value.lower(), sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _resolve(values, known: set[str], what: str, listing: str) -> tuple[str, ...]:  # noqa: ANN001
    from rnnquiz.errors import UsageError

    lower = {k.lower(): k for k in known}
    resolved = []
    for v in values:
        key = v.strip().lower().replace("_", "-")
        if key not in lower:
            raise UsageError(f"unknown {what} {v!r}{did_you_mean(key, known)}; {listing}")
        resolved.append(lower[key])
    return tuple(dict.fromkeys(resolved))


def resolve_filters(questions: list[Question], *, topics=(), kinds=(), difficulties=(), tags=(), ids=()) -> Filters:  # noqa: ANN001
    """Check what the learner typed against what the banks hold (any case) and build the filters.

    Raises:
        UsageError: an unknown topic, kind, tag or id, with the closest known one.
    """
    from rnnquiz.bank.schema_names import KINDS, TOPICS

    known_topics = set(TOPICS) | {q.topic for q in questions}
    return Filters(
        topics=_resolve(topics, known_topics, "topic", "topics: " + ", ".join(TOPICS)),
        kinds=_resolve(kinds, set(KINDS), "kind", "kinds: " + ", ".join(KINDS)),
        difficulties=tuple(difficulties),
        tags=_resolve(tags, {t for q in questions for t in q.tags}, "tag", "`rnnquiz bank stats` lists the tags"),
        ids=_resolve(ids, {q.id for q in questions}, "question id", "`rnnquiz bank export --json` lists every id"),
    )


def filter_questions(questions: list[Question], filters: Filters) -> list[Question]:
    """Return the questions that pass every filter, in bank order."""
    return [q for q in questions if filters.accepts(q)]


def pick(questions: list[Question], count: int | None, seed: int | None) -> list[Question]:
    """Return `count` questions in a shuffled order that the same seed reproduces."""
    rng = random.Random(seed)
    chosen = list(questions)
    rng.shuffle(chosen)
    return chosen if count is None else chosen[:count]


def pick_due_first(
    questions: list[Question], due_ids: list[str], seen_ids: set[str], count: int | None, seed: int | None
) -> tuple[list[Question], int]:
    """Return due questions (most overdue first), then new ones; and how many were due.

    Questions that were seen but are not yet due are left out; ids no longer in the banks are ignored.
    """
    by_id = {q.id: q for q in questions}
    due = [by_id[i] for i in due_ids if i in by_id]
    new = pick([q for q in questions if q.id not in seen_ids], None, seed)
    chosen = due + new
    chosen = chosen if count is None else chosen[:count]
    return chosen, min(len(due), len(chosen))


def pick_mock(questions: list[Question], count: int, seed: int | None) -> list[Question]:
    """Return a mock-interview set balanced across topics and kinds.

    Topics are visited round-robin in a seeded order; within a topic the question whose kind has
    been used least so far wins. No topic and no kind gets more than ⌈count/3⌉ questions while the
    pool allows it; only when the filters leave too few topics or kinds is that cap lifted.
    """
    rng = random.Random(seed)
    cap = max(1, math.ceil(count / 3))
    by_topic: dict[str, list[Question]] = {}
    for q in questions:
        by_topic.setdefault(q.topic, []).append(q)
    for pool in by_topic.values():
        rng.shuffle(pool)
    topics = list(by_topic)
    rng.shuffle(topics)
    kinds_used: Counter[str] = Counter()
    topics_used: Counter[str] = Counter()
    chosen: list[Question] = []
    while cap <= count and len(chosen) < count:
        progress = False
        for topic in topics:
            pool = [q for q in by_topic[topic] if kinds_used[q.kind] < cap]
            if not pool or len(chosen) >= count or topics_used[topic] >= cap:
                continue
            best = min(pool, key=lambda q: kinds_used[q.kind])
            by_topic[topic].remove(best)
            kinds_used[best.kind] += 1
            topics_used[topic] += 1
            chosen.append(best)
            progress = True
        if not progress:
            if not any(by_topic.values()):
                break
            cap += 1  # the filters leave too few topics or kinds for the balanced cap
    return chosen
