"""The `rnnquiz drill` commands: list, show, and grade (`rnnquiz drill NAME` is `rnnquiz drill grade NAME`)."""

from __future__ import annotations

from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from rnnquiz.cli.helptext import examples
from rnnquiz.cli.options import Lang
from rnnquiz.errors import ExitStatus, ProgressError, RnnquizError

GRADE_EPILOG = examples(
    ('rnnquiz drill lstm', 'copy the stub to your workspace (first time), grade it'),
    ('rnnquiz drill lstm --watch', 'regrade on every save (Ctrl-C stops)'),
    ('rnnquiz drill lstm --track torch', 'the PyTorch track: values and autograd gradients'),
    ('rnnquiz drill gru --file my_gru.py', 'grade a file of your own'),
    ('rnnquiz drill gru --hint', 'the next hint (hints used are remembered)'),
    ('rnnquiz drill rnn --json', 'the report as one JSON object'),
    ('rnnquiz drill lstm --seed 0 --case 3', 'only case 3, as printed under "Reproduce"'),
    note='Exit code 0 when every check passes, 1 when one fails (or the drill is not started), 2 for an unknown drill, track or file.',
)

LIST_EPILOG = examples(
    ('rnnquiz drill list', ''),
    ('rnnquiz drill list --json | jq \'.[] | select(.status.numpy != "passed") | .id\'', ''),
)

SHOW_EPILOG = examples(
    ('rnnquiz drill show lstm', ''),
    ('rnnquiz drill show gru --track torch --lang zh', ''),
)


class Track(str, Enum):
    numpy = "numpy"
    torch = "torch"


TrackOpt = Annotated[Track, typer.Option("--track", "-t", help="numpy: NumPy arrays; torch: tensors, gradients checked too.")]
LangOpt = Annotated[Lang, typer.Option("--lang", "-l", envvar="RNNQUIZ_LANG", help="Language of messages, statements, hints and explanations.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def error_text(exc: Exception, lang: str) -> str:
    """Return an error's message in `lang` (the core raises catalogue messages, English as a str)."""
    from rnnquiz.drills.text import render

    return str(render(exc.args[0], lang)) if exc.args else str(exc)


@contextmanager
def in_language(lang: str):  # noqa: ANN201
    """Let the errors the core raises reach the learner in `lang` (the root command prints them)."""
    try:
        yield
    except RnnquizError as exc:
        if lang != "en" and exc.args and hasattr(exc.args[0], "render"):
            exc.args = (error_text(exc, lang),)
        raise


class DrillGroup(TyperGroup):
    """`rnnquiz drill NAME ...` runs `rnnquiz drill grade NAME ...` when NAME is not a subcommand."""

    def resolve_command(self, ctx, args):  # noqa: ANN001, ANN201
        if args and not args[0].startswith("-") and self.get_command(ctx, args[0]) is None:
            return "grade", self.get_command(ctx, "grade"), args
        return super().resolve_command(ctx, args)


drill_app = typer.Typer(
    cls=DrillGroup,
    help="Coding drills: implement RNN/GRU/LSTM cells and more in NumPy or PyTorch; a sandboxed grader checks them.\n\n"
    "`rnnquiz drill NAME` grades your copy of drill NAME (same as `rnnquiz drill grade NAME`).",
    epilog=examples(("rnnquiz drill list", ""), ("rnnquiz drill show lstm", ""), ("rnnquiz drill lstm --watch", "")),
    no_args_is_help=True,
    rich_markup_mode=None,
)


def register(app: typer.Typer) -> None:
    """Add the drill commands to the root app."""
    app.add_typer(drill_app, name="drill")


@drill_app.command("list", epilog=LIST_EPILOG)
def list_drills(json_out: JsonOpt = False, lang: LangOpt = Lang.en) -> None:
    """List the drills grouped by topic, with difficulty and your status on each track."""
    from rnnquiz.drills.loader import all_drills
    from rnnquiz.drills.workspace import DrillState

    with in_language(lang.value):
        state = DrillState.snapshot()
        drills = all_drills()
    due = _due_drills()
    rows = [
        {"id": d.id, "title": dict(d.spec.title), "topic": d.spec.topic, "difficulty": d.spec.difficulty,
         "tracks": list(d.spec.tracks), "function": d.spec.function,
         "status": {t: state.status(d.id, t) for t in d.spec.tracks},
         "hints_used": state.hints_used(d.id), "hints": len(d.spec.hints), "solution_viewed": state.solution_viewed(d.id),
         "due": d.id in due}
        for d in drills
    ]
    if json_out:
        from rnnquiz.cli.jsonout import print_json

        print_json(rows)
        return
    from rnnquiz.cli import drill_view
    from rnnquiz.cli.console import out

    drill_view.drill_list(out(), rows, lang.value)


def _due_drills() -> set[str]:
    """The drills whose review is due now (empty when there is no progress yet)."""
    from datetime import datetime, timezone

    from rnnquiz.progress.store import ProgressStore, default_path

    if not default_path().exists():
        return set()
    with ProgressStore.open() as store:
        return set(store.due_ids(datetime.now(timezone.utc), item_type="drill"))


@drill_app.command("show", epilog=SHOW_EPILOG)
def show(
    name: Annotated[str, typer.Argument(help="The drill id (see `rnnquiz drill list`).", show_default=False)],
    track: TrackOpt = Track.numpy,
    lang: LangOpt = Lang.en,
) -> None:
    """Show a drill: its statement, equations and the stub you start from."""
    from rnnquiz.cli import drill_view
    from rnnquiz.cli.console import out
    from rnnquiz.drills.loader import load_drill

    with in_language(lang.value):
        drill = load_drill(name)
        drill.check_track(track.value)
    drill_view.show(out(), drill, track.value, lang.value)


@drill_app.command("grade", epilog=GRADE_EPILOG)
def grade(
    name: Annotated[str, typer.Argument(help="The drill id (see `rnnquiz drill list`).", show_default=False)],
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Grade this file instead of your workspace copy.", dir_okay=False)] = None,
    track: TrackOpt = Track.numpy,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object (`passed`, every check).")] = False,
    hint: Annotated[bool, typer.Option("--hint", help="Show the next hint instead of grading (hints used are remembered).")] = False,
    watch: Annotated[bool, typer.Option("--watch", "-w", help="Grade again every time the file is saved; Ctrl-C stops.")] = False,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the random inputs (failures print theirs).")] = 0,
    case: Annotated[Optional[int], typer.Option("--case", min=0, help="Grade only this case number (see the report).")] = None,
    timeout: Annotated[Optional[float], typer.Option("--timeout", min=0.1, help="Wall-clock limit in seconds, imports included [default: 10 numpy, 30 torch].", show_default=False)] = None,
    lang: LangOpt = Lang.en,
    no_record: Annotated[bool, typer.Option("--no-record", help="Do not save the result to your progress.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Grade in the bubblewrap sandbox an instructor relies on (needs `bwrap`; exit 3 without it).")] = False,
    clear: Annotated[bool, typer.Option("--clear/--no-clear", help="With --watch: clear the screen before each verdict (on a terminal).")] = True,
) -> None:
    """Grade your solution of drill NAME in a sandboxed child process.

    The first run copies the stub into your workspace and prints its path; edit that file and run
    again (or use --watch). Checks run in order: the file loads, the function and its signature,
    implemented, outputs (structure, shape, dtype), finite, values against the reference on many
    seeded cases, inputs unchanged, batch rows independent, deterministic, and on the torch track
    gradients. Wrong values are compared with a catalogue of known mistakes.
    """
    with in_language(lang.value):
        _grade_command(name, file, track.value, json_out, hint, watch, seed, case, timeout, lang.value, no_record, strict, clear)


def _grade_command(name: str, file: Optional[Path], track: str, json_out: bool, hint: bool, watch: bool, seed: int,
                   case: Optional[int], timeout: Optional[float], lang: str, no_record: bool, strict: bool = False,
                   clear: bool = True) -> None:
    from rnnquiz.cli import drill_view
    from rnnquiz.cli.console import out
    from rnnquiz.drills.loader import load_drill
    from rnnquiz.drills.workspace import DrillState

    drill = load_drill(name, use_cache=not strict)
    drill.check_track(track)
    state = DrillState()
    if hint:
        number = state.use_hint(drill.id, len(drill.spec.hints))
        if json_out:
            text = dict(drill.spec.hints[number - 1])
            from rnnquiz.cli.jsonout import print_json

            print_json({"drill": drill.id, "hint": number, "of": len(drill.spec.hints), "text": text}, indent=None)
        else:
            drill_view.hint(out(), drill, number, lang)
        return
    path, reproduce = _target(drill, track, file, json_out, lang)

    def show(rep) -> None:
        if not no_record:
            _record(drill, rep, lang)  # committed before the verdict is shown
        if json_out:
            from rnnquiz.cli.jsonout import print_json

            print_json(rep.to_json(), indent=None, flush=True)
        else:
            drill_view.report(out(), rep, drill, lang, hints_used=state.hints_used(drill.id))

    reproduce += " --strict" if strict else ""
    if watch:
        from rnnquiz.cli.drill_watch import watch_drill

        def next_hint() -> None:
            drill_view.hint(out(), drill, state.use_hint(drill.id, len(drill.spec.hints)), lang, watching=True)

        watch_drill(drill, path, track, seed=seed, case=case, timeout=timeout, reproduce=reproduce, strict=strict,
                    lang=lang, json_out=json_out, clear=clear, show=show, next_hint=next_hint)
        return
    rep = _grade(drill, path, track, seed, case, timeout, reproduce, strict)
    show(rep)
    raise typer.Exit(int(ExitStatus.OK if rep.passed else ExitStatus.FAILED))


def _target(drill, track: str, file: Optional[Path], quiet: bool, lang: str = "en") -> tuple[Path, str]:
    """Return the file to grade and the command that grades it again."""
    from rnnquiz.cli.console import err
    from rnnquiz.drills.workspace import ensure_workspace_file

    suffix = " --track torch" if track == "torch" else ""
    if file is not None:
        import shlex

        return file, f"rnnquiz drill {drill.id} --file {shlex.quote(str(file))}{suffix}"
    path, created = ensure_workspace_file(drill, track)
    if created and not quiet:
        from rnnquiz.i18n import tr

        err().print(tr("drill.grade.created", lang, path=path, function=drill.spec.function, command=f"{drill.id}{suffix}"),
                    markup=False, style="bold")
    return path, f"rnnquiz drill {drill.id}{suffix}"


def _grade(drill, path: Path, track: str, seed: int, case: Optional[int], timeout: Optional[float], reproduce: str,
           strict: bool = False):
    from rnnquiz.drills.grade import DEFAULT_TIMEOUT, grade_submission
    from rnnquiz.grader.sandbox import Limits

    limits = Limits(timeout_s=timeout or DEFAULT_TIMEOUT[track])
    return grade_submission(drill, path, track, seed=seed, case=case, limits=limits, reproduce=reproduce, strict=strict)


def _record(drill, rep, lang: str = "en") -> None:
    from rnnquiz.cli.console import print_warning
    from rnnquiz.drills.record import record_grade
    from rnnquiz.i18n import tr

    try:
        record_grade(drill, rep)
    except ProgressError as exc:
        print_warning(tr("drill.grade.not-saved", lang, reason=error_text(exc, lang)))
