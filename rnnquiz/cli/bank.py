"""`rnnquiz bank`: lint, stats, export and the JSON Schema of question banks."""

from __future__ import annotations

import json
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnnquiz.cli.helptext import examples
from rnnquiz.errors import ExitStatus

bank_app = typer.Typer(
    name="bank",
    help="Check, count and export question banks; print their JSON Schema.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    """Add the `bank` group to the root app."""
    app.add_typer(bank_app)


def require_bank_paths(paths: list[Path]) -> None:
    """Refuse (exit 2) a `--bank` path that does not exist, instead of a warning that is easy to miss."""
    from rnnquiz.errors import UsageError

    for path in paths:
        if not Path(path).expanduser().exists():
            raise UsageError(f"no such bank file or folder: {path}; check the path given with --bank")


def load_and_warn(extra: list[Path]):  # noqa: ANN201
    """Load the banks in use (built-in, RNNQUIZ_BANKS, `extra`); warn on stderr about each problem."""
    from rnnquiz.bank.loader import bank_paths, load_banks

    banks = load_banks(bank_paths(extra))
    if banks.problems:
        from rnnquiz.cli.console import print_warning  # rich is only imported when there is something to say
    for problem in banks.problems:
        print_warning(f"{problem}" + (" (this bank is skipped; `rnnquiz bank lint` checks it)" if problem.fatal else ""))
    return banks


PathsArg = Annotated[Optional[list[Path]], typer.Argument(help="Bank files or folders [default: the built-in banks and RNNQUIZ_BANKS].", show_default=False)]
BankOpt = Annotated[list[Path], typer.Option("--bank", "-b", help="Also load this bank file or folder (repeatable).", show_default=False)]


@bank_app.command(epilog=examples(("rnnquiz bank lint", "the built-in banks and RNNQUIZ_BANKS"), ("rnnquiz bank lint my-bank.yaml other-banks/", "your own files"),
                                  ("rnnquiz bank lint --rubrics my-bank.yaml", "also judge each model answer by its own rubric")))
def lint(
    paths: PathsArg = None,
    rubrics: Annotated[bool, typer.Option("--rubrics", help="Also judge each open question's model answers (en, zh) by its own rubric and warn where it is not Good.")] = False,
) -> None:
    """Validate banks; print each problem as file:line:col: message and exit 1 if there is any."""
    from rnnquiz.bank.loader import bank_paths, load_banks
    from rnnquiz.cli.console import out, safe
    from rnnquiz.textsafe import escape_controls

    banks = load_banks(list(paths) if paths else bank_paths(), use_cache=False)
    for problem in banks.problems:
        print(str(problem), file=sys.stdout)
    from rnnquiz.bank.balance import true_false_warnings

    warnings = true_false_warnings(banks.questions)
    if rubrics:
        from rnnquiz.rubric.selfcheck import model_answer_warnings

        warnings += model_answer_warnings(banks.questions)
    for warning in warnings:
        print(escape_controls(f"warning: {warning}"), file=sys.stdout)
    files = len(banks.files)
    summary = f"{len(banks.questions)} questions"
    if banks.misconceptions:
        summary += f" and {len(banks.misconceptions)} field-wide misconception{'s' if len(banks.misconceptions) != 1 else ''}"
    summary += f" in {files} file{'s' if files != 1 else ''}: "
    summary += f"{len(banks.problems)} problem{'s' if len(banks.problems) != 1 else ''}"
    out().print(safe(summary, "bold red" if banks.problems else "bold green"))
    if banks.problems:
        raise typer.Exit(int(ExitStatus.FAILED))


@bank_app.command(epilog=examples(("rnnquiz bank stats", "tables"), ("rnnquiz bank stats --json", "the counts as JSON")))
def stats(
    json_out: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
    bank: BankOpt = [],
) -> None:
    """Count questions per topic, kind, difficulty and language."""
    from rnnquiz.cli.console import out

    banks = load_and_warn(bank)
    qs = banks.questions
    counts = {
        "total": len(qs),
        "files": len(banks.files),
        "topic": dict(sorted(Counter(q.topic for q in qs).items())),
        "kind": dict(sorted(Counter(q.kind for q in qs).items())),
        "difficulty": {str(k): v for k, v in sorted(Counter(q.difficulty for q in qs).items())},
        "language": {lang: sum(1 for q in qs if q.prompt.get(lang) and q.answer.get(lang)) for lang in ("en", "zh")},
    }
    if json_out:
        from rnnquiz.cli.jsonout import print_json

        print_json(counts)
        return
    from rich.table import Table

    console = out()
    console.print(f"[bold]{counts['total']}[/] questions in {counts['files']} bank files")
    for key in ("topic", "kind", "difficulty", "language"):
        table = Table(title=f"by {key}", show_edge=False, title_justify="left")
        table.add_column(key)
        table.add_column("questions", justify="right")
        for name, n in counts[key].items():
            table.add_row(str(name), str(n))
        console.print(table)


class AnkiLang(str, Enum):
    en = "en"
    zh = "zh"
    both = "both"


@bank_app.command(epilog=examples(("rnnquiz bank export --json > all-questions.json", ""), ("rnnquiz bank export --json --bank my-bank.yaml", "your bank too"),
                                  ("rnnquiz bank export --anki rnn.apkg --lang both", "an Anki deck, English and Chinese on each card")))
def export(
    json_out: Annotated[bool, typer.Option("--json", help="JSON output (the default).")] = True,
    anki: Annotated[Optional[Path], typer.Option("--anki", help="Write an Anki package (.apkg) here instead; re-importing a newer one updates its notes.", dir_okay=False)] = None,
    lang: Annotated[AnkiLang, typer.Option("--lang", "-l", help="With --anki: the cards' language, or both.")] = AnkiLang.en,
    bank: BankOpt = [],
) -> None:
    """Print every question as a JSON array (the same shape as `rnnquiz ask --reveal --json`), or write an Anki deck."""
    from rnnquiz.cli.jsonout import print_json

    require_bank_paths(bank)
    banks = load_and_warn(bank)
    if anki is not None:
        _export_anki(banks.questions, anki, lang.value)
        return
    print_json([q.to_json() for q in banks.questions])


def _export_anki(questions: list, path: Path, lang: str) -> None:
    from rnnquiz.bank.anki import write_apkg
    from rnnquiz.cli.console import out, safe
    from rnnquiz.errors import UsageError
    from rnnquiz.i18n import tr

    if not path.parent.exists():
        raise UsageError(f"--anki {path}: the folder {path.parent} does not exist; create it or choose another path")
    n = write_apkg(questions, path, lang)
    out().print(safe(tr("anki.written", "zh" if lang == "zh" else "en", n=n, lang=lang, path=path)))


@bank_app.command(epilog=examples(("rnnquiz bank schema > bank.schema.json", ""), note="Then put '# yaml-language-server: $schema=./bank.schema.json' on a bank's first line."))
def schema() -> None:
    """Print the JSON Schema of bank files (for editor validation while typing)."""
    from rnnquiz.bank.schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
