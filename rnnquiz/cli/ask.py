"""`rnnquiz ask` and `rnnquiz review`: interactive questions, scripted reveal, timed mock interviews."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnnquiz.cli.helptext import examples
from rnnquiz.cli.options import Kind, Lang, Topic
from rnnquiz.errors import UsageError

ASK_EPILOG = examples(
    ("rnnquiz ask", "10 questions from every topic"),
    ("rnnquiz ask --topic lstm --topic gru --count 5", "only these topics"),
    ("rnnquiz ask --kind numeric --difficulty 3 --lang zh", "hard numeric questions, in Chinese"),
    ("rnnquiz ask --mock --count 8 --report interview.md", "a timed mock interview with a report"),
    ("rnnquiz ask --due", "due reviews first, then new ones"),
    ("rnnquiz ask --count 3 --seed 1 --reveal --json", "questions with answers, as JSON"),
    note="While answering: ':s' skips, ':q' (or Ctrl-C / Ctrl-D) ends the session with a summary. "
    "Exit code 1 when any answer was wrong, skipped or rated Again.",
)

TopicOpt = Annotated[list[Topic], typer.Option("--topic", "-t", help="Only this topic (repeatable).", show_default=False)]
KindOpt = Annotated[list[Kind], typer.Option("--kind", "-k", help="Only this kind (repeatable).", show_default=False)]
DiffOpt = Annotated[list[int], typer.Option("--difficulty", "-d", min=1, max=3, help="Only this difficulty, 1–3 (repeatable).", show_default=False)]
TagOpt = Annotated[list[str], typer.Option("--tag", help="Only questions with this tag (repeatable).", show_default=False)]
CountOpt = Annotated[Optional[int], typer.Option("--count", "-n", min=1, help="How many questions [default: 10; 8 for --mock].", show_default=False)]
LangOpt = Annotated[Lang, typer.Option("--lang", "-l", envvar="RNNQUIZ_LANG", help="Language of the questions.")]
SeedOpt = Annotated[Optional[int], typer.Option("--seed", help="Seed for a reproducible selection and order.")]
BankOpt = Annotated[list[Path], typer.Option("--bank", "-b", help="Also load this bank file or folder (repeatable; see RNNQUIZ_BANKS).", show_default=False)]
NoRecordOpt = Annotated[bool, typer.Option("--no-record", help="Practise without saving answers to your progress.")]


def register(app: typer.Typer) -> None:
    """Add `ask` and `review` to the root app."""
    app.command("ask", epilog=ASK_EPILOG)(ask)
    app.command("review", epilog=examples(("rnnquiz review --count 20", "up to 20 due or new questions")))(review)


def ask(
    topic: TopicOpt = [],
    kind: KindOpt = [],
    difficulty: DiffOpt = [],
    tag: TagOpt = [],
    count: CountOpt = None,
    lang: LangOpt = Lang.en,
    seed: SeedOpt = None,
    reveal: Annotated[bool, typer.Option("--reveal", help="Print the questions with their answers; needs no input.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="With --reveal: print a JSON array of the questions.")] = False,
    mock: Annotated[bool, typer.Option("--mock", help="A timed mock interview across topics and kinds, ending with a report.")] = False,
    report: Annotated[Optional[Path], typer.Option("--report", help="With --mock: also write the report to this Markdown file.", dir_okay=False)] = None,
    due: Annotated[bool, typer.Option("--due", help="Serve questions due for review first, then new ones.")] = False,
    bank: BankOpt = [],
    no_record: NoRecordOpt = False,
) -> None:
    """Ask interview questions: closed ones graded at once, open ones checked against key points and self-rated."""
    if json_out:
        reveal = True
    if report is not None and not mock:
        raise UsageError("--report goes with --mock (the report is the mock interview's end report)")
    if mock and (reveal or due):
        raise UsageError("--mock cannot be combined with --reveal or --due")
    filters = _filters(topic, kind, difficulty, tag)
    _run(filters, count=count, lang=lang.value, seed=seed, reveal=reveal, json_out=json_out, mock=mock, report=report, due=due, bank=bank, record=not no_record)


def review(
    topic: TopicOpt = [],
    kind: KindOpt = [],
    difficulty: DiffOpt = [],
    tag: TagOpt = [],
    count: CountOpt = None,
    lang: LangOpt = Lang.en,
    seed: SeedOpt = None,
    bank: BankOpt = [],
) -> None:
    """Review what is due (spaced repetition), then new questions; same as `rnnquiz ask --due`."""
    filters = _filters(topic, kind, difficulty, tag)
    _run(filters, count=count, lang=lang.value, seed=seed, reveal=False, json_out=False, mock=False, report=None, due=True, bank=bank, record=True)


def _filters(topic: list[Topic], kind: list[Kind], difficulty: list[int], tag: list[str]):  # noqa: ANN202
    from rnnquiz.bank.select import Filters

    return Filters(
        topics=tuple(t.value for t in topic),
        kinds=tuple(k.value for k in kind),
        difficulties=tuple(difficulty),
        tags=tuple(tag),
    )


def _load(filters, bank: list[Path]):  # noqa: ANN001, ANN202
    from rnnquiz.bank.select import filter_questions
    from rnnquiz.cli.bank import load_and_warn

    banks = load_and_warn(bank)
    questions = filter_questions(banks.questions, filters)
    if not questions:
        raise UsageError("no question matches these filters; `rnnquiz bank stats` lists what the banks hold")
    return banks, questions


def _run(filters, *, count, lang, seed, reveal, json_out, mock, report, due, bank, record) -> None:  # noqa: ANN001
    from rnnquiz.bank.select import pick, pick_due_first, pick_mock

    banks, questions = _load(filters, bank)
    if reveal:
        chosen = pick(questions, count or 10, seed)
        if json_out:
            from rnnquiz.textsafe import sanitize_tree

            sys.stdout.write(json.dumps([sanitize_tree(q.to_json()) for q in chosen], ensure_ascii=False, indent=2) + "\n")
        else:
            _print_revealed(chosen, lang, seed)
        return

    from rnnquiz.cli.interview import Interview

    store = _open_store() if record else None
    try:
        due_count = 0
        if mock:
            chosen = pick_mock(questions, count or 8, seed)
        elif due:
            from rnnquiz.cli.interview import utcnow

            if store is None:
                raise UsageError("--due needs your progress; drop --no-record")
            chosen, due_count = pick_due_first(questions, store.due_ids(utcnow()), store.seen_ids(), count or 10, seed)
        else:
            chosen = pick(questions, count or 10, seed)
        if not chosen:
            from rnnquiz.cli.console import out

            out().print("Nothing is due and every question has been seen; well done.")
        interview = Interview(banks.by_id(), lang=lang, seed=seed, store=store, mock=mock, mode="review" if due else ("mock" if mock else "ask"))
        interview.run(chosen, due_count=due_count if due else None)
        code = interview.finish(report)
        if due:
            interview.say_next_due()
    finally:
        if store is not None:
            store.close()
    if code:
        raise typer.Exit(code)


def _open_store():  # noqa: ANN202
    from rnnquiz.progress.store import ProgressStore

    return ProgressStore.open()


def _print_revealed(chosen, lang: str, seed) -> None:  # noqa: ANN001
    from rnnquiz.bank.grading import layout_for
    from rnnquiz.cli import render
    from rnnquiz.cli.console import out

    console = out()
    for i, q in enumerate(chosen, 1):
        render.header(console, q, i, len(chosen))
        render.body(console, q, lang, layout_for(q, seed), reveal=True)
        render.reveal_answer(console, q, lang)


def stdin_is_interactive() -> bool:
    """Whether a person can answer prompts (used to decide how to read answers)."""
    try:
        return os.isatty(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):
        return False
