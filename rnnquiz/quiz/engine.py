"""The quiz loop as a plain object: present questions, take answers, grade, record, summarise.

A front end (the terminal, a web page, an editor plugin) drives a `QuizSession`:

    session = QuizSession(chosen, by_id=..., mode="ask")
    while (shown := session.next()) is not None:
        ...show shown.question with shown.layout...
        result = session.submit(text)        # closed: graded and recorded; open: judged
        if isinstance(result, OpenFeedback):
            outcome = session.rate(rating)    # the learner's self-rating records it
    session.finish()

Every answer is committed to the progress store before its result is returned, so whatever the
front end shows has been saved. A mock interview asks exactly the number of questions it was
given: a follow-up takes the place of the last question still waiting, and only when the set stays
balanced (no more than ⌈N/3⌉ questions from one topic or one kind).
"""

from __future__ import annotations

import math
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from rnnquiz.bank.grading import Layout, Verdict, grade_closed, layout_for
from rnnquiz.bank.model import Question
from rnnquiz.quiz.session import RATING_SCORE, Outcome, Session, time_budget

MAX_FOLLOW_UPS = 3
SKIP_WORDS = frozenset({":s", ":skip"})
QUIT_WORDS = frozenset({":q", ":quit", ":exit"})


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Presented:
    """The question on screen and how it is laid out."""

    question: Question
    index: int  # 1-based position in the session
    total: int  # questions in the session, this one included
    layout: Layout
    budget_s: int | None  # the mock interview's time budget, or None
    follow_up: bool = False


@dataclass(frozen=True)
class ClosedResult:
    """A graded (and recorded) closed answer."""

    outcome: Outcome
    verdict: Verdict


@dataclass(frozen=True)
class OpenFeedback:
    """What the rubric found in an open answer; the session waits for the learner's rating."""

    judgement: object  # rnnquiz.rubric.judge.OpenJudgement
    suggested_rating: int


class QuizSession:
    """One run of questions: ask, review or a mock interview.

    Args:
        chosen: the questions to ask, in order.
        by_id: every loaded question (for a mock interview's follow-ups).
        mode: "ask", "review" or "mock".
        seed: makes the layout of closed questions reproducible; None shuffles afresh.
        store: a ProgressStore to record answers in, or None to practise without saving.
        clock: seconds for timing answers (tests pass a fake one).
    """

    def __init__(
        self,
        chosen: list[Question],
        *,
        by_id: dict[str, Question] | None = None,
        mode: str = "ask",
        seed: int | None = None,
        store=None,  # noqa: ANN001
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] | None = None,
    ):
        self.mode = mode
        self.mock = mode == "mock"
        self.seed = seed
        self.store = store
        self.clock = clock
        self.now = now or (lambda: utcnow())  # looked up at call time, so tests can move the clock
        self.by_id = by_id or {q.id: q for q in chosen}
        self.session = Session(started_at=self.now(), mode=mode)
        self.session_id = uuid.uuid4().hex
        self._queue: list[tuple[Question, bool]] = [(q, False) for q in chosen]
        self._asked: set[str] = set()
        self._follow_ups = 0
        self._cap = math.ceil(len(chosen) / 3) if chosen else 0
        self.current: Presented | None = None
        self._started = 0.0
        self._pending: tuple[Presented, object, float] | None = None
        self._pending_uid: str | None = None

    # -- the loop --------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.session.outcomes) + len(self._queue) + (1 if self.current else 0)

    def next(self) -> Presented | None:
        """Present the next question (None when the session is over)."""
        if self.current is not None:
            return self.current
        if not self._queue or self.session.ended_early:
            return None
        q, follow_up = self._queue.pop(0)
        self._asked.add(q.id)
        index = len(self.session.outcomes) + 1
        self.current = Presented(q, index, index + len(self._queue), layout_for(q, self.seed),
                                 time_budget(q) if self.mock else None, follow_up)
        self._started = self.clock()
        return self.current

    def elapsed(self) -> float:
        """Seconds since the current question was shown."""
        return self.clock() - self._started if self.current else 0.0

    def over_budget(self) -> bool:
        """Whether the current question has passed its time budget (mock interviews only)."""
        return bool(self.current and self.current.budget_s is not None and self.elapsed() > self.current.budget_s)

    def submit(self, raw: str) -> ClosedResult | OpenFeedback:
        """Grade an answer to the current question.

        Closed kinds are graded and recorded at once. Open answers are judged against the rubric
        and wait for `rate()`.

        Raises:
            AnswerFormatError: a closed answer that cannot be read; the question stays current.
        """
        shown = self._need_current()
        q = shown.question
        if q.kind == "open":
            from rnnquiz.rubric.judge import judge_open

            judgement = judge_open(q, raw)
            elapsed = self.elapsed()
            # Saved now with the suggested rating, before the judgement is shown; `rate` then
            # changes the rating, so a session killed while the learner reads loses nothing.
            self._pending_uid = self._record(
                Outcome(q, RATING_SCORE[judgement.suggested_rating], None, judgement.suggested_rating, elapsed, shown.budget_s,
                        covered=list(judgement.covered), follow_up=shown.follow_up),
                {"suggested": judgement.suggested_rating, "misconceptions": len(judgement.misconceptions), "rated": False})
            self._pending = (shown, judgement, elapsed)
            return OpenFeedback(judgement, judgement.suggested_rating)
        verdict = grade_closed(q, raw, shown.layout)
        outcome = Outcome(q, verdict.score, verdict.correct, 3 if verdict.correct else 1, self.elapsed(), shown.budget_s)
        detail = {"answer": raw.strip()[:200]}
        if "generated" in q.data:  # one card per template: keep the sizes this answer was about
            detail["params"] = q.data["generated"]["params"]
        return ClosedResult(self._finish_question(outcome, detail), verdict)

    def rate(self, rating: int) -> Outcome:
        """Record the learner's rating (1 Again … 4 Easy) of the open answer just judged."""
        if self._pending is None:
            raise RuntimeError("rate() follows submit() of an open answer")
        shown, judgement, elapsed = self._pending
        self._pending = None
        outcome = Outcome(shown.question, RATING_SCORE[rating], None, rating, elapsed, shown.budget_s,
                          covered=list(judgement.covered))
        uid, self._pending_uid = self._pending_uid, None
        if self.store is not None and uid is not None:
            self.store.rerate_answer(uid, rating, {"score": outcome.score, "rated": True})
        return self._finish_question(outcome, None)

    def skip(self) -> Outcome:
        """Skip the current question (it counts as not known: Again)."""
        shown = self._need_current()
        self._pending = None
        points = len(shown.question.data.get("key_points", [])) if shown.question.kind == "open" else 0
        outcome = Outcome(shown.question, 0.0, False if shown.question.kind != "open" else None, 1,
                          self.elapsed(), shown.budget_s, covered=[False] * points, skipped=True)
        return self._finish_question(outcome, {})

    def quit(self) -> None:
        """End the session early; the current question, if unanswered, is not counted."""
        self.current = None
        self._pending = None
        self.session.ended_early = True

    def planned_budget(self) -> int:
        """Seconds of time budget of the questions still to come (mock interviews)."""
        return sum(time_budget(q) for q, _ in self._queue) + (self.current.budget_s or 0 if self.current else 0)

    @property
    def remaining(self) -> int:
        """Questions still waiting after the current one."""
        return len(self._queue)

    # -- internals -------------------------------------------------------------------------------
    def _need_current(self) -> Presented:
        if self.current is None:
            raise RuntimeError("no question is being asked; call next() first")
        return self.current

    def _finish_question(self, outcome: Outcome, detail: dict | None) -> Outcome:
        """Record the outcome (unless `detail` is None: already recorded) and move on."""
        shown = self._need_current()
        outcome.follow_up = shown.follow_up
        if detail is not None:
            self._record(outcome, detail)  # saved before anyone is shown the result
        self.session.outcomes.append(outcome)
        self.current = None
        if self.mock:
            self._queue_follow_up(outcome.question)
        return outcome

    def _queue_follow_up(self, q: Question) -> None:
        if self._follow_ups >= MAX_FOLLOW_UPS or not self._queue:
            return
        planned = [o.question for o in self.session.outcomes] + [x for x, _ in self._queue[:-1]]
        topics = Counter(x.topic for x in planned)
        kinds = Counter(x.kind for x in planned)
        waiting = {x.id for x, _ in self._queue}
        for ref in q.follow_ups:
            f = self.by_id.get(ref)
            if f is None or f.id in self._asked or f.id in waiting:
                continue
            if topics[f.topic] + 1 > self._cap or kinds[f.kind] + 1 > self._cap:
                continue
            self._queue.pop()  # the follow-up takes the last waiting question's place
            self._queue.insert(0, (f, True))
            self._follow_ups += 1
            return

    def _record(self, o: Outcome, detail: dict) -> str | None:
        """Commit one answer to the store; return its uid (None when practising without saving)."""
        if self.store is None:
            return None
        from rnnquiz.progress.records import new_uid

        uid = new_uid()
        self.store.record_answer(
            item_id=o.question.id, item_type="question", kind=o.question.kind, correct=o.correct,
            rating=o.rating, duration_s=round(o.duration_s, 3), hints_used=0, mode=self.mode,
            session_id=self.session_id, topic=o.question.topic, answered_at=self.now(),
            detail={"score": o.score, "skipped": o.skipped, "covered": o.covered, "follow_up": o.follow_up, **detail}, uid=uid,
        )
        return uid

    def finish(self) -> None:
        """Record a mock interview's result (its answers are already saved)."""
        s = self.session
        if self.mock and self.store is not None and s.outcomes:
            self.store.record_mock(
                session_id=self.session_id, started_at=s.started_at, duration_s=s.duration_s(),
                score=s.score, max_score=float(s.answered), per_topic=s.per_topic(),
            )

    def exit_code(self) -> int:
        """0 when every answer was right (or rated Hard or better), 1 otherwise."""
        return 1 if any(o.rating == 1 for o in self.session.outcomes) else 0
