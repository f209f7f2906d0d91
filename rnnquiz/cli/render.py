"""Render questions, verdicts and summaries; every bank text goes through `safe()`."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from rnnquiz.bank.grading import LETTERS, Layout, Verdict
from rnnquiz.bank.model import Question
from rnnquiz.cli.console import safe
from rnnquiz.quiz.session import RATINGS, Outcome

KIND_HELP = {
    "choice": "type a letter, or several like 'A C'",
    "truefalse": "type t (true) or f (false)",
    "order": "type the letters from first to last, e.g. 'C A B'",
    "match": "type the matching letter for 1, 2, 3 … in order, e.g. 'B A C'",
    "numeric": "type a number",
    "open": "type your answer; finish with an empty line",
}


def fmt_time(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"


def header(console: Console, q: Question, index: int, total: int, budget_s: int | None = None, follow_up: bool = False) -> None:
    """Print the line above a question: position, topic, kind, difficulty, id, time budget."""
    line = Text(f"\n[{index}/{total}] ", style="bold")
    if follow_up:
        line += Text("follow-up · ", style="bold magenta")
    line += Text(f"{q.topic} · {q.kind} · {'★' * q.difficulty}{'☆' * (3 - q.difficulty)} · ", style="cyan")
    line += safe(q.id, "dim")
    if budget_s is not None:
        line += Text(f"  ⏱ {fmt_time(budget_s)}", style="yellow")
    console.print(line)


def body(console: Console, q: Question, lang: str, layout: Layout, *, reveal: bool = False) -> None:
    """Print the prompt and the options / items / pairs of a question."""
    console.print(safe(q.prompt[lang], "bold"))
    d = q.data
    if q.kind == "choice":
        many = len(d["correct"]) > 1
        console.print(Text("(select all that apply)" if many else "(choose one)", style="dim"))
        for i, opt in enumerate(d["options"]):
            mark = "✓ " if reveal and i in d["correct"] else "  "
            console.print(Text(f"{mark}{LETTERS[i]}. ") + safe(opt[lang]))
    elif q.kind == "order":
        items = d["items"]
        for k, idx in enumerate(layout.order):
            console.print(Text(f"  {LETTERS[k]}. ") + safe(items[idx][lang]))
    elif q.kind == "match":
        pairs = d["pairs"]
        for i, pair in enumerate(pairs, 1):
            console.print(Text(f"  {i}. ") + safe(pair["left"][lang]))
        console.print(Text("  with:", style="dim"))
        for k, idx in enumerate(layout.order):
            console.print(Text(f"  {LETTERS[k]}. ") + safe(pairs[idx]["right"][lang]))
    elif q.kind == "numeric" and d.get("unit"):
        console.print(Text("(unit: ", style="dim") + safe(d["unit"][lang], "dim") + Text(")", style="dim"))


def reveal_answer(console: Console, q: Question, lang: str) -> None:
    """Print the correct answer of a question in the form a reader expects (no input needed)."""
    d = q.data
    if q.kind == "truefalse":
        console.print(Text(f"Answer: {'true' if d['correct'] else 'false'}", style="green"))
    elif q.kind == "order":
        console.print(Text("Correct order:", style="green"))
        for i, item in enumerate(d["items"], 1):
            console.print(Text(f"  {i}. ") + safe(item[lang]))
    elif q.kind == "match":
        console.print(Text("Pairs:", style="green"))
        for pair in d["pairs"]:
            console.print(Text("  ") + safe(pair["left"][lang]) + Text(" ↔ ") + safe(pair["right"][lang]))
    elif q.kind == "numeric":
        tol = f" (± {d['tolerance']:g})" if d.get("tolerance") else ""
        console.print(Text(f"Answer: {d['value']:g}{tol}", style="green"))
    elif q.kind == "open":
        console.print(Text("Key points:", style="green"))
        for p in d["key_points"]:
            console.print(Text("  • ") + safe(p["text"][lang]))
    console.print(Text("Model answer: ", style="green") + safe(q.answer[lang]))
    console.print(Text("Source: ", style="dim") + safe(q.source, "dim"))


def verdict(console: Console, v: Verdict) -> None:
    if v.correct:
        console.print(Text("✓ correct", style="bold green"))
    elif v.score > 0:
        console.print(Text(f"✗ partly right ({v.score:.0%}) — answer: {v.expected}", style="bold red"))
    else:
        console.print(Text(f"✗ wrong — answer: {v.expected}", style="bold red"))


def coverage(console: Console, q: Question, lang: str, covered: list[bool]) -> None:
    console.print(Text(f"Key points covered: {sum(covered)}/{len(covered)}", style="bold"))
    for p, hit in zip(q.data["key_points"], covered):
        mark = Text("  ✓ ", style="green") if hit else Text("  ✗ ", style="red")
        console.print(mark + safe(p["text"][lang]))


def timing(console: Console, o: Outcome) -> None:
    if o.budget_s is None:
        return
    style = "red" if o.over_budget else "dim"
    extra = f" — over by {fmt_time(o.duration_s - o.budget_s)}" if o.over_budget else ""
    console.print(Text(f"time {fmt_time(o.duration_s)} of {fmt_time(o.budget_s)}{extra}", style=style))


def rating_line() -> str:
    return "Rate your answer: " + "  ".join(f"{k} {name}" for k, name in RATINGS.items())
