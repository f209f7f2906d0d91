"""Outcomes of a quiz session and the numbers the summary and report are made of."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from rnnquiz.bank.model import Question

# The share of credit an open answer earns with each of Anki's four grades (names: rnnquiz.i18n, "rating.N").
RATING_SCORE = {1: 0.0, 2: 0.5, 3: 0.85, 4: 1.0}
_BUDGET_S = {"open": 150, "choice": 45, "truefalse": 30, "order": 60, "match": 75, "numeric": 90, "shape": 90}


def time_budget(q: Question) -> int:
    """Return the seconds a mock interview allows for a question (harder ones get more)."""
    return int(_BUDGET_S[q.kind] * (1 + 0.25 * (q.difficulty - 1)))


@dataclass
class Outcome:
    """What happened with one question."""

    question: Question
    score: float  # 0..1
    correct: bool | None  # None for open questions (self-rated)
    rating: int  # Anki grade 1..4
    duration_s: float
    budget_s: int | None = None
    covered: list[bool] = field(default_factory=list)
    skipped: bool = False
    follow_up: bool = False

    @property
    def over_budget(self) -> bool:
        return self.budget_s is not None and self.duration_s > self.budget_s


@dataclass
class Session:
    """Every outcome of one `rnnquiz ask` run."""

    started_at: datetime
    mode: str = "ask"
    outcomes: list[Outcome] = field(default_factory=list)
    ended_early: bool = False

    @property
    def score(self) -> float:
        """Points earned (rounded to hundredths, so the summary, the report and stats agree)."""
        return round(sum(o.score for o in self.outcomes), 2)

    @property
    def answered(self) -> int:
        return len(self.outcomes)

    def duration_s(self) -> float:
        return sum(o.duration_s for o in self.outcomes)

    def per_topic(self) -> dict[str, dict]:
        """Return score, count and time per topic, topics in first-asked order."""
        table: dict[str, dict] = {}
        for o in self.outcomes:
            row = table.setdefault(o.question.topic, {"score": 0.0, "count": 0, "time_s": 0.0})
            row["score"] += o.score
            row["count"] += 1
            row["time_s"] += o.duration_s
        return table

    def weakest(self, limit: int = 5) -> list[Outcome]:
        """Return the lowest-scoring outcomes (ties: slowest first)."""
        weak = [o for o in self.outcomes if o.score < 0.85]
        return sorted(weak, key=lambda o: (o.score, -o.duration_s))[:limit]
