"""`rnnquiz grade-answer`: grade one answer without a session, for scripts, editors and tests."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnnquiz.cli.helptext import examples
from rnnquiz.cli.options import Lang
from rnnquiz.errors import UsageError

MAX_STDIN = 1 << 20  # a megabyte of answer is already far more than anyone says

EPILOG = examples(
    ('rnnquiz grade-answer lstm-cec --answer "the cell state is updated additively, so…"', "judge an open answer"),
    ("rnnquiz grade-answer gru-z-flipped --answer - --lang zh --json < answer.txt", "from stdin, as JSON"),
    ("rnnquiz grade-answer lstm-origin --answer A", "a closed question, letters in the bank's order"),
    note="Exit code 0 when the answer is right or suggested Good/Easy, 1 otherwise, 2 for an unknown id. "
    "Letters of choice, order and match questions refer to the bank's order, or to the layout "
    "`rnnquiz ask --seed S` shows when --seed S is given.",
)


def register(app: typer.Typer) -> None:
    app.command("grade-answer", epilog=EPILOG)(grade_answer)


def grade_answer(
    question_id: Annotated[str, typer.Argument(metavar="QUESTION_ID", help="The question's id (see `rnnquiz bank export --json`).", show_default=False)],
    answer: Annotated[str, typer.Option("--answer", "-a", help="The answer text; '-' reads it from standard input.", show_default=False)],
    lang: Annotated[Lang, typer.Option("--lang", "-l", envvar="RNNQUIZ_LANG", help="Language of the feedback.")] = Lang.en,
    json_out: Annotated[bool, typer.Option("--json", help="Print one JSON object (id, kind, suggested_rating, correct, key_points, misconceptions …).")] = False,
    seed: Annotated[Optional[int], typer.Option("--seed", help="Read letters against the layout `rnnquiz ask --seed SEED` shows.")] = None,
    bank: Annotated[list[Path], typer.Option("--bank", "-b", help="Also load this bank file or folder (repeatable).", show_default=False)] = [],
) -> None:
    """Grade one answer to one question, as `rnnquiz ask` would, without recording it."""
    from rnnquiz.bank.select import did_you_mean
    from rnnquiz.textsafe import escape_controls

    from rnnquiz.cli.bank import require_bank_paths

    require_bank_paths(bank)
    text = _read_answer(answer)
    from rnnquiz.bank.loader import bank_paths, find_question, load_banks

    q, problems = find_question(bank_paths(bank), question_id.strip().lower())
    if problems:
        from rnnquiz.cli.console import print_warning

        for problem in problems:
            print_warning(f"{problem} (this bank is skipped; `rnnquiz bank lint` checks it)")
    if q is None:
        by_id = load_banks(bank_paths(bank)).by_id()  # only to suggest the closest id
        raise UsageError(f"no question has the id '{escape_controls(question_id)}'{did_you_mean(question_id, by_id)}; "
                         "`rnnquiz bank export --json` lists every id")
    layout = None
    if seed is not None:
        from rnnquiz.bank.grading import layout_for

        layout = layout_for(q, seed)
    from rnnquiz.quiz.one_answer import grade_answer as grade

    result = grade(q, escape_controls(text), lang.value, layout)
    if json_out:
        from rnnquiz.cli.jsonout import print_json

        print_json(result.to_json())
    else:
        _render(result, lang.value)
    if not result.passed:
        raise typer.Exit(1)


def _read_answer(answer: str) -> str:
    if answer != "-":
        return answer
    data = sys.stdin.buffer.read(MAX_STDIN + 1) if sys.stdin is not None and hasattr(sys.stdin, "buffer") else b""
    return data[:MAX_STDIN].decode("utf-8", errors="replace")


def _render(result, lang: str) -> None:  # noqa: ANN001
    from rich.text import Text

    from rnnquiz.cli import render
    from rnnquiz.cli.console import out
    from rnnquiz.i18n import Messages

    console, t = out(), Messages(lang)
    console.print(Text(f"{result.question.id} · {result.question.kind}", style="cyan"))
    if result.judgement is not None:
        render.judgement(console, result.judgement, t)
    elif result.format_error is not None:
        console.print(Text(result.format_error.message(lang), style="yellow"))
    elif result.correct:
        console.print(Text(t("grade.closed-right"), style="bold green"))
    else:
        console.print(Text(t("grade.closed-wrong", expected=result.expected), style="bold red"))
    console.print(Text(t("grade.suggested", n=result.suggested_rating, name=t(f"rating.{result.suggested_rating}")), style="bold"))
