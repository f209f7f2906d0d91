"""Render questions, verdicts, rubric feedback and summaries; every bank text goes through `safe()`."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from rnnquiz.bank.grading import LETTERS, Layout, Verdict, format_number
from rnnquiz.bank.model import Question
from rnnquiz.cli.console import safe
from rnnquiz.i18n import Messages
from rnnquiz.quiz.session import Outcome
from rnnquiz.quiz.summary import fmt_time


def kind_help(q: Question, t: Messages) -> str:
    """The one-line instruction of how to answer this kind."""
    if q.kind == "choice":
        return t("kind.choice.many" if len(q.data["correct"]) > 1 else "kind.choice.one")
    return t(f"kind.{q.kind}")


def header(console: Console, q: Question, index: int, total: int, t: Messages, budget_s: int | None = None, follow_up: bool = False) -> None:
    """Print the line above a question: position, topic, kind, difficulty, id, time budget."""
    line = Text(f"\n[{index}/{total}] ", style="bold")
    if follow_up:
        line += Text(t("header.follow-up"), style="bold magenta")
    line += Text(f"{q.topic} · {q.kind} · {'★' * q.difficulty}{'☆' * (3 - q.difficulty)} · ", style="cyan")
    line += safe(q.id, "dim")
    if budget_s is not None:
        line += Text(f"  ⏱ {fmt_time(budget_s)}", style="yellow")
    console.print(line)


def body(console: Console, q: Question, t: Messages, layout: Layout, *, reveal: bool = False) -> None:
    """Print the prompt and the options / items / pairs of a question, in the presented order."""
    lang = t.lang
    console.print(safe(q.prompt[lang], "bold"))
    d = q.data
    if q.kind == "choice":
        many = len(d["correct"]) > 1
        console.print(Text(t("choice.many" if many else "choice.one"), style="dim"))
        order = layout.order or tuple(range(len(d["options"])))
        for k, idx in enumerate(order):
            mark = "✓ " if reveal and idx in d["correct"] else "  "
            console.print(Text(f"{mark}{LETTERS[k]}. ") + safe(d["options"][idx][lang]))
    elif q.kind == "order":
        items = d["items"]
        for k, idx in enumerate(layout.order):
            console.print(Text(f"  {LETTERS[k]}. ") + safe(items[idx][lang]))
    elif q.kind == "match":
        pairs = d["pairs"]
        for i, pair in enumerate(pairs, 1):
            console.print(Text(f"  {i}. ") + safe(pair["left"][lang]))
        console.print(Text(t("match.with"), style="dim"))
        for k, idx in enumerate(layout.order):
            console.print(Text(f"  {LETTERS[k]}. ") + safe(pairs[idx]["right"][lang]))
    elif q.kind == "numeric" and d.get("unit"):
        console.print(safe(t("unit", unit=d["unit"][lang]), "dim"))


def reveal_answer(console: Console, q: Question, t: Messages) -> None:
    """Print the correct answer of a question in the form a reader expects (no input needed)."""
    lang = t.lang
    d = q.data
    if q.kind == "truefalse":
        console.print(Text(t("reveal.answer", answer=t("true" if d["correct"] else "false")), style="green"))
    elif q.kind == "order":
        console.print(Text(t("reveal.order"), style="green"))
        for i, item in enumerate(d["items"], 1):
            console.print(Text(f"  {i}. ") + safe(item[lang]))
    elif q.kind == "match":
        console.print(Text(t("reveal.pairs"), style="green"))
        for pair in d["pairs"]:
            console.print(Text("  ") + safe(pair["left"][lang]) + Text(" ↔ ") + safe(pair["right"][lang]))
    elif q.kind == "numeric":
        tol = f" (± {format_number(d['tolerance'])})" if d.get("tolerance") else ""
        console.print(Text(t("reveal.answer", answer=format_number(d["value"]) + tol), style="green"))
    elif q.kind == "shape":
        from rnnquiz.bank.shapes import format_shape

        console.print(Text(t("reveal.answer", answer=format_shape(d["value"])), style="green"))
    elif q.kind == "open":
        console.print(Text(t("reveal.key-points"), style="green"))
        for p in d["key_points"]:
            console.print(Text("  • ") + safe(p["text"][lang]))
    console.print(Text(t("model-answer"), style="green") + safe(q.answer[lang]))
    console.print(Text(t("source"), style="dim") + safe(q.source, "dim"))


def verdict(console: Console, v: Verdict, t: Messages) -> None:
    if v.correct:
        console.print(Text(t("verdict.correct"), style="bold green"))
    elif v.score > 0:
        console.print(Text(t("verdict.partly", pct=f"{v.score:.0%}", expected=v.expected), style="bold red"))
    else:
        console.print(Text(t("verdict.wrong", expected=v.expected), style="bold red"))


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


UNCHECKED_SHOWN = 3


def judgement(console: Console, j, t: Messages) -> None:  # noqa: ANN001
    """Print which key points an open answer covered (with the learner's words), missed or contradicted."""
    lang = t.lang
    console.print(Text(t("open.covered", n=sum(j.covered), total=len(j.points)), style="bold"))
    for p in j.points:
        if p.covered:
            console.print(Text("  ✓ ", style="green") + safe(p.text[lang]))
            console.print(safe(t("open.evidence", evidence=_quote(p.evidence or "")), "dim"))
        else:
            console.print(Text("  ✗ ", style="red") + safe(p.text[lang]))
            if p.contradicted:
                console.print(safe(t("open.contradicted", evidence=_quote(p.evidence or "")), "red"))
    if j.misconceptions:
        console.print(Text(t("open.misconceptions"), style="bold red"))
        for m in j.misconceptions:
            console.print(safe(t("open.misconception", text=m.text[lang]), "red"))
            console.print(safe(t("open.misconception-evidence", evidence=_quote(m.evidence)), "dim"))
            if m.why:
                console.print(safe(t("open.misconception-why", why=m.why[lang])))
    if j.unchecked and j.suggested_rating > 1:  # what a Hard or Good rests on, and what it does not
        console.print(Text(t("open.unchecked"), style="yellow"))
        for sentence in j.unchecked[:UNCHECKED_SHOWN]:
            console.print(safe(t("open.unchecked-sentence", sentence=_quote(sentence)), "yellow"))
        if len(j.unchecked) > UNCHECKED_SHOWN:
            console.print(Text(t("open.unchecked-more", n=len(j.unchecked) - UNCHECKED_SHOWN), style="dim"))
    if j.truncated:
        from rnnquiz.rubric.judge import MAX_ANSWER_CHARS

        console.print(Text(t("open.truncated", n=f"{MAX_ANSWER_CHARS:,}"), style="dim"))
    console.print(Text(t(f"reason.{j.reason}"), style="bold"))


def timing(console: Console, o: Outcome, t: Messages) -> None:
    if o.budget_s is None:
        return
    style = "red" if o.over_budget else "dim"
    line = t("timing.line", used=fmt_time(o.duration_s), budget=fmt_time(o.budget_s))
    if o.over_budget:
        line += t("timing.over", over=fmt_time(o.duration_s - o.budget_s))
    console.print(Text(line, style=style))


def rating_line(suggestion: int, t: Messages) -> str:
    return t("rating.line", n=suggestion, name=t(f"rating.{suggestion}"))
