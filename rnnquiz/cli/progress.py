"""The `rnnquiz progress` commands: where it lives, export, import, reset, repair."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from rnnquiz.cli.helptext import examples

progress_app = typer.Typer(
    name="progress",
    help="Your answer history and review schedule: find, move, reset or repair the progress database.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)

FileArg = Annotated[Path, typer.Argument(help="The JSON file; - for standard output/input.", show_default=False)]
BankOpt = Annotated[
    list[Path] | None,
    typer.Option("--bank", "-b", help="Also load this bank file or folder when checking question ids (repeatable)."),
]


def _now():  # noqa: ANN202
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)


@progress_app.command("path", epilog=examples(("rnnquiz progress path", ""), ("RNNQUIZ_HOME=~/sync/rnnquiz rnnquiz progress path", "keep progress elsewhere")))
def path_cmd() -> None:
    """Print where your progress database is; set RNNQUIZ_HOME to a folder to keep it elsewhere."""
    from rnnquiz.progress.store import default_path

    typer.echo(str(default_path()))


@progress_app.command("export", epilog=examples(("rnnquiz progress export ~/rnnquiz-progress.json", ""), ("rnnquiz progress export - > backup.json", "to standard output")))
def export_cmd(file: FileArg) -> None:
    """Write every answer, card and mock interview to a JSON file (format_version 1) to move or back up.

    Bring it into another machine's progress with `rnnquiz progress import FILE`.
    """
    from rnnquiz.progress.store import ProgressStore
    from rnnquiz.progress.transfer import build_export, write_export

    with ProgressStore.open() as store:
        document = build_export(store.read_all(), _now())
    counts = f"{len(document['answers'])} answers, {len(document['cards'])} cards, {len(document['mock_sessions'])} mock interviews"
    if str(file) == "-":
        import json

        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
        typer.echo(f"Exported {counts}.", err=True)
        return
    write_export(document, file)
    typer.echo(f"Exported {counts} to {file}.")


@progress_app.command("import", epilog=examples(("rnnquiz progress import ~/rnnquiz-progress.json", ""), ("rnnquiz progress import old.json --allow-unknown", "keep history of questions no bank has")))
def import_cmd(
    file: FileArg,
    allow_unknown: Annotated[
        bool,
        typer.Option("--allow-unknown", help="Keep answers to questions or drills no loaded bank has (kept, never served)."),
    ] = False,
    bank: BankOpt = None,
) -> None:
    """Merge an exported progress file into yours; answers you already have are not duplicated.

    The file is checked first and merged in one transaction: all of it or, if anything is wrong,
    none of it (the error says what and where).
    """
    from rnnquiz.progress.store import ProgressStore
    from rnnquiz.progress.transfer import parse_import, plan_import, read_import
    from rnnquiz.textsafe import escape_controls

    if str(file) == "-":
        source = "standard input"
        document = parse_import(sys.stdin.read(), source)
    else:
        document, source = read_import(file), escape_controls(str(file))
    plan = plan_import(document, source, known_ids=_known_ids(bank), allow_unknown=allow_unknown)
    with ProgressStore.open() as store:
        added, added_mocks = store.merge(plan.answers, plan.mock_sessions)
    skipped = len(plan.answers) - added
    typer.echo(
        f"Imported {added} new answers ({skipped} already present) and {added_mocks} mock interviews from {source}."
    )
    if plan.unknown_ids:
        total = sum(len(ids) for ids in plan.unknown_ids.values())
        typer.echo(f"History of {total} items in no loaded bank was kept; they are not served.")


def _known_ids(bank: list[Path] | None) -> dict[str, set[str]]:
    from rnnquiz.cli.bank import load_and_warn
    from rnnquiz.errors import RnnquizError

    from rnnquiz.generated.loader import load_templates

    known = {"question": {q.id for q in load_and_warn(bank or []).questions}}
    known["question"] |= {t.item_id for t in load_templates().templates}  # generated questions: one id per template
    try:
        from rnnquiz.drills.loader import load_index

        known["drill"] = set(load_index())
    except (ImportError, RnnquizError):
        pass  # no usable drill index: drill ids are not checked
    return known


@progress_app.command("reset", epilog=examples(("rnnquiz progress reset --topic lstm", "forget one topic (asks first)"), ("rnnquiz progress reset --yes", "forget everything, no question")))
def reset_cmd(
    topic: Annotated[str | None, typer.Option("--topic", "-t", help="Forget only the answers of this topic.")] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask before deleting.")] = False,
) -> None:
    """Forget your answers (all of them, or one topic's) and their review schedule.

    Asks first unless --yes. A backup export is written beside the database before anything is deleted.
    """
    from rnnquiz.errors import UsageError
    from rnnquiz.progress.store import ProgressStore
    from rnnquiz.progress.transfer import build_export, write_export

    now = _now()
    with ProgressStore.open() as store:
        count = store.count_answers(topic)
        if topic is not None and not count:
            topics = sorted({c["topic"] for c in store.card_rows() if c["topic"]})
            raise UsageError(f"no answers for topic {topic!r}; topics with answers: {', '.join(topics) or 'none'}")
        if not count and not store.recent_mocks(1):
            typer.echo("Nothing to reset: no answers recorded yet.")
            return
        what = f"the {count} answers of topic {topic!r}" if topic else f"all {count} answers and every mock interview"
        if not yes and not typer.confirm(f"Delete {what} from {store.path}?", default=False):
            typer.echo("Nothing deleted.")
            raise typer.Exit(1)
        backup = store.path.parent / "backups" / f"progress-before-reset-{now.strftime('%Y%m%d-%H%M%S')}.json"
        backup.parent.mkdir(parents=True, exist_ok=True)
        write_export(build_export(store.read_all(), now), backup)
        deleted = store.reset(topic)
    typer.echo(f"Deleted {deleted} answers. A copy is in {backup}; `rnnquiz progress import {backup}` brings it back.")


@progress_app.command("repair", epilog=examples(("rnnquiz progress repair", "keep the damaged file as a backup, start again with what can be read")))
def repair_cmd() -> None:
    """Fix a damaged progress database: keep it as a backup, start afresh, restore every answer that reads.

    Nothing is deleted; a healthy database is left as it is.
    """
    from rnnquiz.progress.repair import repair

    report = repair(now=_now())
    if report.healthy:
        typer.echo(f"{report.path} is healthy; nothing to repair.")
        return
    typer.echo(f"{report.path} was damaged: {report.problem}")
    typer.echo(f"The damaged file is kept as {report.backup}.")
    line = f"Restored {report.answers_recovered} answers and {report.mocks_recovered} mock interviews into a new database."
    if report.answers_unreadable:
        line += f" {report.answers_unreadable} damaged answers could not be restored."
    typer.echo(line)


def register(app: typer.Typer) -> None:
    """Add the progress commands to the root app."""
    app.add_typer(progress_app)
