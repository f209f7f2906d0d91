"""The terminal front end of a quiz session: read answers with line editing, render what the core returns."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from rich.table import Table
from rich.text import Text

from rnnquiz.bank.grading import AnswerFormatError
from rnnquiz.bank.model import Question
from rnnquiz.cli import render
from rnnquiz.cli.console import out, safe
from rnnquiz.i18n import Messages
from rnnquiz.quiz.engine import QUIT_WORDS, SKIP_WORDS, ClosedResult, QuizSession
from rnnquiz.quiz.summary import fmt_score


class QuitSession(Exception):
    """The learner asked to stop (`:q`, Ctrl-D)."""


class SkipQuestion(Exception):
    """The learner typed `:s`."""


def _interactive() -> bool:
    try:
        return os.isatty(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def enable_line_editing() -> None:
    """Give `input()` line editing and history (arrow keys, Ctrl-A/E) where readline exists."""
    if not _interactive():
        return
    try:
        import readline  # noqa: F401  (importing it is what turns line editing on)
    except ImportError:
        pass


class TerminalQuiz:
    """Drive a `QuizSession` from the terminal."""

    def __init__(self, session: QuizSession, lang: str):
        self.session = session
        self.t = Messages(lang)
        self.console = out()
        self.interrupted = False
        self._prompt = ""
        self._timer: threading.Timer | None = None

    # -- input -----------------------------------------------------------------------------------
    def _read(self, prompt: str) -> str:
        self._prompt = prompt
        sys.stdout.flush()
        line = input(prompt)
        word = line.strip().lower()
        if word in QUIT_WORDS:
            raise QuitSession
        if word in SKIP_WORDS:
            raise SkipQuestion
        return line

    def _read_open(self) -> str:
        lines: list[str] = []
        while True:
            line = self._read("… " if lines else "> ")
            if not line.strip():
                if lines:
                    return "\n".join(lines)
                continue
            lines.append(line)

    def _warn_over_budget(self, budget: int) -> None:
        # Printed while the learner types: clear the prompt line, warn, then redraw what they typed.
        text = self.t("timing.live", budget=render.fmt_time(budget))
        typed = ""
        try:
            import readline

            typed = readline.get_line_buffer()
        except ImportError:
            pass
        sys.stdout.write("\r\x1b[K" if _interactive() else "\n")
        self.console.print(Text(text, style="bold yellow"))
        if _interactive():
            sys.stdout.write(self._prompt + typed)
        sys.stdout.flush()

    def _start_timer(self, budget: int | None) -> None:
        self._cancel_timer()
        if budget is not None:
            self._timer = threading.Timer(budget, self._warn_over_budget, args=(budget,))
            self._timer.daemon = True
            self._timer.start()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    # -- the loop --------------------------------------------------------------------------------
    def intro(self, due_count: int | None) -> None:
        s, t = self.session, self.t
        if due_count is not None:
            self.console.print(Text(t("review.counts", due=due_count, new=s.total - due_count), style="bold"))
        if s.mock:
            self.console.print(Text(t("ask.mock-intro", n=s.total, budget=render.fmt_time(s.planned_budget())), style="bold"))
        else:
            self.console.print(Text(t("ask.intro"), style="dim"))

    def run(self, due_count: int | None = None) -> None:
        """Ask every question until done, `:q`, Ctrl-D (summary) or Ctrl-C (summary, exit 130)."""
        enable_line_editing()
        self.intro(due_count)
        try:
            while (shown := self.session.next()) is not None:
                self._ask(shown)
        except (QuitSession, EOFError):
            self.session.quit()
            self.console.print()
        except KeyboardInterrupt:
            self.session.quit()
            self.interrupted = True
            self.console.print()
        finally:
            self._cancel_timer()

    def _ask(self, shown) -> None:  # noqa: ANN001
        q, t = shown.question, self.t
        render.header(self.console, q, shown.index, shown.total, t, shown.budget_s, shown.follow_up)
        render.body(self.console, q, t, shown.layout)
        self.console.print(Text(f"({render.kind_help(q, t)})", style="dim"))
        self._start_timer(shown.budget_s)
        try:
            outcome = self._answer_open(q) if q.kind == "open" else self._answer_closed(q)
        except SkipQuestion:
            self._cancel_timer()
            outcome = self.session.skip()
            self.console.print(Text(t("skipped"), style="yellow"))
            render.reveal_answer(self.console, q, t)
        render.timing(self.console, outcome, t)

    def _answer_closed(self, q: Question):  # noqa: ANN202
        while True:
            raw = self._read("> ")
            if not raw.strip():
                continue
            try:
                result = self.session.submit(raw)
                break
            except AnswerFormatError as exc:
                self.console.print(Text(exc.message(self.t.lang), style="yellow"))
        self._cancel_timer()
        assert isinstance(result, ClosedResult)
        render.verdict(self.console, result.verdict, self.t)
        self.console.print(Text(self.t("why"), style="green") + safe(q.answer[self.t.lang]))
        return result.outcome

    def _answer_open(self, q: Question):  # noqa: ANN202
        answer = self._read_open()
        self._cancel_timer()
        feedback = self.session.submit(answer)
        render.judgement(self.console, feedback.judgement, self.t)
        self.console.print(Text(self.t("model-answer"), style="green") + safe(q.answer[self.t.lang]))
        self.console.print(Text(render.rating_line(feedback.suggested_rating, self.t), style="dim"))
        return self.session.rate(self._read_rating(feedback.suggested_rating))

    def _read_rating(self, suggestion: int) -> int:
        names = {self.t(f"rating.{k}").lower(): k for k in range(1, 5)} | {"again": 1, "hard": 2, "good": 3, "easy": 4}
        while True:
            try:
                raw = self._read("rating> ").strip().lower()
            except SkipQuestion:
                return 1
            if not raw:
                return suggestion
            if raw in names:
                return names[raw]
            if raw in {"1", "2", "3", "4"}:
                return int(raw)
            self.console.print(Text(self.t("rating.invalid"), style="yellow"))

    # -- the end ---------------------------------------------------------------------------------
    def finish(self, report_path: Path | None) -> int:
        """Save a mock's result, print the summary (and report); return the exit code."""
        s, t = self.session, self.t
        s.finish()
        if not s.session.outcomes:
            self.console.print(Text(t("summary.none"), style="dim"))
            return 130 if self.interrupted else 0
        self._summary()
        if s.mock:
            from rnnquiz.quiz.report import mock_report_markdown

            self._print_weakest()
            if report_path is not None:
                report_path.write_text(mock_report_markdown(s.session, t.lang), encoding="utf-8")
                self.console.print(Text(t("report.written", path=report_path), style="bold"))
        if self.interrupted:
            return 130
        return s.exit_code()

    def _summary(self) -> None:
        s, t = self.session.session, self.t
        table = Table(title=t("summary.mock-title" if self.session.mock else "summary.title"), show_edge=False)
        for col in ("topic", "questions", "score", "time"):
            table.add_column(t(f"col.{col}"), justify="left" if col == "topic" else "right")
        for topic, row in s.per_topic().items():
            table.add_row(topic, str(row["count"]), f"{100 * row['score'] / row['count']:.0f}%", render.fmt_time(row["time_s"]))
        self.console.print()
        self.console.print(table)
        line = t("summary.line", score=fmt_score(s.score), n=s.answered, pct=f"{100 * s.score / s.answered:.0f}%",
                 time=render.fmt_time(s.duration_s()))
        if self.session.mock:
            budget = sum(o.budget_s or 0 for o in s.outcomes)
            line += t("summary.budget", budget=render.fmt_time(budget), over=sum(o.over_budget for o in s.outcomes))
        if s.ended_early:
            line += t("summary.ended-early")
        self.console.print(Text(line, style="bold"))

    def _print_weakest(self) -> None:
        t, lang = self.t, self.t.lang
        weak = self.session.session.weakest()
        if not weak:
            return
        self.console.print(Text("\n" + t("weakest.title"), style="bold"))
        for o in weak:
            q = o.question
            missed = [p["text"][lang] for p, hit in zip(q.data.get("key_points", []), o.covered) if not hit]
            self.console.print(Text("• ") + safe(q.prompt[lang], "bold") + Text(f"  ({q.topic}, {q.id})", style="dim"))
            if missed:
                self.console.print(Text(t("weakest.missed")) + safe("; ".join(missed)))
            self.console.print(Text(t("weakest.review")) + safe(f"{q.source} — rnnquiz ask --topic {q.topic}"))
