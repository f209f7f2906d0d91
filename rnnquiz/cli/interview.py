"""The interactive question loop: read answers, grade, record, summarise."""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

from rich.table import Table
from rich.text import Text

from rnnquiz.bank.grading import AnswerFormatError, covered_points, grade_closed, layout_for
from rnnquiz.bank.model import Question
from rnnquiz.cli import render
from rnnquiz.cli.console import out, safe
from rnnquiz.quiz.session import RATING_SCORE, RATINGS, Outcome, Session, time_budget

QUIT = {":q", ":quit", ":exit"}
SKIP = {":s", ":skip"}
MAX_FOLLOW_UPS = 3


class QuitSession(Exception):
    """The learner asked to stop."""


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def suggested_rating(covered: list[bool]) -> int:
    """Suggest an Anki grade from key-point coverage (the learner has the last word)."""
    share = sum(covered) / len(covered) if covered else 0.0
    return 3 if share >= 0.75 else 2 if share >= 0.4 else 1


class Interview:
    """One interactive run of questions."""

    def __init__(self, by_id: dict[str, Question], *, lang: str, seed: int | None, store, mock: bool, mode: str):  # noqa: ANN001
        self.by_id = by_id
        self.lang = lang
        self.seed = seed
        self.store = store
        self.mock = mock
        self.session = Session(started_at=utcnow(), mode=mode)
        self.session_id = uuid.uuid4().hex
        self.console = out()
        self.record_failed = False

    # -- input -----------------------------------------------------------------------------------
    def _read(self, prompt: str) -> str:
        line = self.console.input(Text(prompt, style="bold blue"))
        if line.strip().lower() in QUIT:
            raise QuitSession
        return line

    def _read_open(self) -> str:
        lines: list[str] = []
        while True:
            line = self._read("… " if lines else "> ")
            if not line.strip():
                return "\n".join(lines)
            lines.append(line)

    # -- the loop --------------------------------------------------------------------------------
    def run(self, chosen: list[Question], due_count: int | None = None) -> None:
        """Ask every question (and, in a mock interview, follow-ups) until done or the learner quits."""
        if due_count is not None:
            self.console.print(Text(f"{due_count} due for review, {len(chosen) - due_count} new in this session.", style="bold"))
        if self.mock:
            total = sum(time_budget(q) for q in chosen)
            self.console.print(Text(f"Mock interview: {len(chosen)} questions, time budget {render.fmt_time(total)}. "
                                    "Answer as you would aloud; ':s' skips, ':q' ends early.", style="bold"))
        else:
            self.console.print(Text("':s' skips a question, ':q' ends the session.", style="dim"))
        queue = [(q, False) for q in chosen]
        asked: set[str] = set()
        follow_ups = 0
        try:
            while queue:
                q, is_follow = queue.pop(0)
                asked.add(q.id)
                outcome = self.ask_one(q, len(self.session.outcomes) + 1, len(self.session.outcomes) + 1 + len(queue), is_follow)
                self.session.outcomes.append(outcome)
                self._record(outcome)
                if self.mock and follow_ups < MAX_FOLLOW_UPS:
                    for ref in q.follow_ups:
                        if ref in self.by_id and ref not in asked and all(ref != x.id for x, _ in queue):
                            queue.insert(0, (self.by_id[ref], True))
                            follow_ups += 1
                            break
        except (QuitSession, EOFError, KeyboardInterrupt):
            self.session.ended_early = True
            self.console.print()

    def ask_one(self, q: Question, index: int, total: int, follow_up: bool = False) -> Outcome:
        budget = time_budget(q) if self.mock else None
        layout = layout_for(q, self.seed)
        render.header(self.console, q, index, total, budget, follow_up)
        render.body(self.console, q, self.lang, layout)
        self.console.print(Text(f"({render.KIND_HELP[q.kind]})", style="dim"))
        start = time.monotonic()
        if q.kind == "open":
            outcome = self._ask_open(q, start, budget)
        else:
            outcome = self._ask_closed(q, layout, start, budget)
        outcome.follow_up = follow_up
        render.timing(self.console, outcome)
        return outcome

    def _ask_closed(self, q: Question, layout, start: float, budget: int | None) -> Outcome:  # noqa: ANN001
        while True:
            raw = self._read("> ")
            if raw.strip().lower() in SKIP:
                elapsed = time.monotonic() - start
                self.console.print(Text("skipped", style="yellow"))
                render.reveal_answer(self.console, q, self.lang)
                return Outcome(q, 0.0, False, 1, elapsed, budget, skipped=True)
            if not raw.strip():
                continue
            try:
                v = grade_closed(q, raw, layout)
                break
            except AnswerFormatError as exc:
                self.console.print(Text(str(exc), style="yellow"))
        elapsed = time.monotonic() - start
        render.verdict(self.console, v)
        self.console.print(Text("Why: ", style="green") + safe(q.answer[self.lang]))
        return Outcome(q, v.score, v.correct, 3 if v.correct else 1, elapsed, budget)

    def _ask_open(self, q: Question, start: float, budget: int | None) -> Outcome:
        answer = self._read_open()
        elapsed = time.monotonic() - start
        if answer.strip().lower() in SKIP or not answer.strip():
            self.console.print(Text("skipped", style="yellow"))
            render.reveal_answer(self.console, q, self.lang)
            return Outcome(q, 0.0, None, 1, elapsed, budget, covered=[False] * len(q.data["key_points"]), skipped=True)
        covered = covered_points(q, answer)
        render.coverage(self.console, q, self.lang, covered)
        self.console.print(Text("Model answer: ", style="green") + safe(q.answer[self.lang]))
        suggestion = suggested_rating(covered)
        self.console.print(Text(render.rating_line() + f"   [Enter = {suggestion} {RATINGS[suggestion]}]", style="dim"))
        rating = self._read_rating(suggestion)
        return Outcome(q, RATING_SCORE[rating], None, rating, elapsed, budget, covered=covered)

    def _read_rating(self, suggestion: int) -> int:
        names = {name.lower(): k for k, name in RATINGS.items()}
        while True:
            raw = self._read("rating> ").strip().lower()
            if not raw:
                return suggestion
            if raw in names:
                return names[raw]
            if raw in {"1", "2", "3", "4"}:
                return int(raw)
            self.console.print(Text("type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)", style="yellow"))

    # -- progress --------------------------------------------------------------------------------
    def _record(self, o: Outcome) -> None:
        if self.store is None:
            return
        self.store.record_answer(
            item_id=o.question.id,
            item_type="question",
            kind=o.question.kind,
            correct=o.correct,
            rating=o.rating,
            duration_s=round(o.duration_s, 3),
            hints_used=0,
            mode=self.session.mode,
            session_id=self.session_id,
            topic=o.question.topic,
            detail={"score": o.score, "skipped": o.skipped, "covered": o.covered, "follow_up": o.follow_up},
        )

    # -- the end ---------------------------------------------------------------------------------
    def finish(self, report_path: Path | None) -> int:
        """Print the summary (and, for a mock interview, the report); return the exit code."""
        s = self.session
        if not s.outcomes:
            self.console.print(Text("No questions answered.", style="dim"))
            return 0
        self._summary()
        if self.mock:
            from rnnquiz.quiz.report import mock_report_markdown

            markdown = mock_report_markdown(s, self.lang)
            self._print_weakest()
            if report_path is not None:
                report_path.write_text(markdown, encoding="utf-8")
                self.console.print(Text(f"Report written to {report_path}", style="bold"))
            if self.store is not None:
                self.store.record_mock(
                    session_id=self.session_id,
                    started_at=s.started_at,
                    duration_s=s.duration_s(),
                    score=s.score,
                    max_score=float(s.answered),
                    per_topic=s.per_topic(),
                )
        # wrong, skipped and self-rated Again all carry rating 1
        return 1 if any(o.rating == 1 for o in s.outcomes) else 0

    def _summary(self) -> None:
        s = self.session
        table = Table(title="Session summary" if not self.mock else "Mock interview report", show_edge=False)
        for col in ("topic", "questions", "score", "time"):
            table.add_column(col, justify="left" if col == "topic" else "right")
        for topic, row in s.per_topic().items():
            table.add_row(topic, str(row["count"]), f"{100 * row['score'] / row['count']:.0f}%", render.fmt_time(row["time_s"]))
        self.console.print()
        self.console.print(table)
        pct = 100 * s.score / s.answered
        line = f"Score {s.score:.1f}/{s.answered} ({pct:.0f}%), time {render.fmt_time(s.duration_s())}"
        if self.mock:
            budget = sum(o.budget_s or 0 for o in s.outcomes)
            over = sum(o.over_budget for o in s.outcomes)
            line += f" of {render.fmt_time(budget)} budget, over time on {over}"
        if s.ended_early:
            line += " (ended early)"
        self.console.print(Text(line, style="bold"))

    def _print_weakest(self) -> None:
        weak = self.session.weakest()
        if not weak:
            return
        self.console.print(Text("\nWeakest points — review these:", style="bold"))
        for o in weak:
            q = o.question
            missed = [p["text"][self.lang] for p, hit in zip(q.data.get("key_points", []), o.covered) if not hit]
            self.console.print(Text("• ") + safe(q.prompt[self.lang], "bold") + Text(f"  ({q.topic}, {q.id})", style="dim"))
            if missed:
                self.console.print(Text("  missed: ") + safe("; ".join(missed)))
            self.console.print(Text("  review: ") + safe(f"{q.source} — rnnquiz ask --topic {q.topic}"))

    def say_next_due(self) -> None:
        """Tell the learner when the next reviews fall due."""
        if self.store is None:
            return
        nxt = self.store.next_due(utcnow())
        if nxt is None:
            self.console.print(Text("Nothing else is scheduled yet.", style="dim"))
        else:
            self.console.print(Text(f"Next review due {nxt:%Y-%m-%d %H:%M} UTC.", style="bold"))
