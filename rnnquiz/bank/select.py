"""Filter questions and pick a reproducible selection: plain, due-first, or a balanced mock set."""

from __future__ import annotations

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
    return (chosen if count is None else chosen[:count]), len(due)


def pick_mock(questions: list[Question], count: int, seed: int | None) -> list[Question]:
    """Return a mock-interview set balanced across topics and kinds.

    Topics are visited round-robin in a seeded order; within a topic the question whose kind has
    been used least so far wins, so the set mixes open and closed questions.
    """
    rng = random.Random(seed)
    by_topic: dict[str, list[Question]] = {}
    for q in questions:
        by_topic.setdefault(q.topic, []).append(q)
    for pool in by_topic.values():
        rng.shuffle(pool)
    topics = list(by_topic)
    rng.shuffle(topics)
    kinds_used: Counter[str] = Counter()
    chosen: list[Question] = []
    while len(chosen) < count and any(by_topic.values()):
        for topic in topics:
            pool = by_topic[topic]
            if not pool or len(chosen) >= count:
                continue
            best = min(pool, key=lambda q: kinds_used[q.kind])
            pool.remove(best)
            kinds_used[best.kind] += 1
            chosen.append(best)
    return chosen
