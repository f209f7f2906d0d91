"""`rnnquiz class`: grade a whole class in the strict sandbox, and build a Gradescope autograder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnnquiz.cli.drill import LangOpt, Track, TrackOpt, in_language
from rnnquiz.cli.helptext import examples
from rnnquiz.cli.options import Lang

class_app = typer.Typer(help="For instructors: grade a class's submissions in the strict sandbox; build a Gradescope autograder.",
                        no_args_is_help=True)

DrillsOpt = Annotated[list[str], typer.Option("--drill", "-d", help="A drill to grade (repeat for several; see `rnnquiz drill list`).",
                                              show_default=False)]
SeedOpt = Annotated[int, typer.Option("--seed", help="Seed of the random inputs (the same for every student).")]
TimeoutOpt = Annotated[Optional[float], typer.Option("--timeout", min=0.1, help="Wall-clock limit per submission in seconds [default: 10 numpy, 30 torch].", show_default=False)]

GRADE_EPILOG = examples(
    ("rnnquiz class grade subs/ --drill lstm --out grades/", "every student's lstm.py"),
    ("rnnquiz class grade subs/ -d lstm -d gru --track torch -o grades/", "two drills, PyTorch track"),
    note="CLASS_DIR holds one folder per student (the folder name is the student id) with <drill>.py files; with one "
         "--drill, <student>.py files directly in CLASS_DIR, or a Gradescope 'Export Submissions' folder. Writes "
         "OUT_DIR/grades.csv, junit.xml, report.html and OUT_DIR/<student>/results.json (Gradescope's format) and "
         "feedback.md. Every submission runs in the bubblewrap sandbox (exit 3 without bwrap). A student's failure "
         "is a row, not an error: the exit code is 0 when grading happened. Nothing is recorded in your progress.")
AUTOGRADER_EPILOG = examples(("rnnquiz class autograder --drill lstm --out autograder.zip", "a Gradescope autograder for lstm"),
                             note="Upload the zip as a programming assignment's autograder; students submit lstm.py.")
GRADESCOPE_EPILOG = examples(("rnnquiz class gradescope-run --drill lstm --root /autograder", "what run_autograder calls"))


def register(app: typer.Typer) -> None:
    """Add the class command group to the root app."""
    app.add_typer(class_app, name="class")


@class_app.command("grade", epilog=GRADE_EPILOG)
def grade(
    class_dir: Annotated[Path, typer.Argument(help="The folder of submissions.", show_default=False)],
    drill: DrillsOpt,
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the grades, reports and feedback.", show_default=False)],
    track: TrackOpt = Track.numpy,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Submissions graded at once [default: the number of cores].", show_default=False)] = None,
    seed: SeedOpt = 0,
    timeout: TimeoutOpt = None,
    lang: LangOpt = Lang.en,
) -> None:
    """Grade every student's submission of one or more drills, in parallel, each in the strict sandbox."""
    from rnnquiz.classroom.run import grade_folder
    from rnnquiz.cli.console import err, out as stdout
    from rnnquiz.i18n import Messages

    t = Messages(lang.value)
    progress = _Progress(err(), t("class.grade.progress"))
    with in_language(lang.value), progress:
        summary = grade_folder(class_dir, drill, track.value, out, jobs=jobs or os.cpu_count(), seed=seed, lang=lang.value,
                               timeout=timeout, on_found=progress.start, on_result=lambda _r: progress.advance())
    rows = summary.results
    stdout().print(t("class.grade.done", n=len(rows), students=summary.students, seconds=summary.seconds,
                     passed=sum(r.passed for r in rows), failed=sum(r.status in ("failed", "error") for r in rows),
                     missing=sum(r.status == "missing" for r in rows)), markup=False)
    for drill_id in dict.fromkeys(r.drill for r in rows):
        mine = [r for r in rows if r.drill == drill_id]
        stdout().print(t("class.grade.drill-line", drill=drill_id, passed=sum(r.passed for r in mine), n=len(mine),
                         mean=sum(r.score for r in mine) / len(mine), max=f"{mine[0].max_score:g}"), markup=False)
    stdout().print(t("class.grade.wrote", files=", ".join(summary.files), out=out), markup=False, style="dim")


@class_app.command("autograder", epilog=AUTOGRADER_EPILOG)
def autograder(
    drill: DrillsOpt,
    out: Annotated[Path, typer.Option("--out", "-o", help="The zip to write, e.g. autograder.zip.", show_default=False)],
    track: TrackOpt = Track.numpy,
    seed: SeedOpt = 0,
    timeout: TimeoutOpt = None,
    lang: LangOpt = Lang.en,
) -> None:
    """Build a Gradescope autograder zip (setup.sh, run_autograder and the rnnquiz wheel) for these drills."""
    from rnnquiz.classroom.autograder import build
    from rnnquiz.classroom.run import load_drills
    from rnnquiz.cli.console import out as stdout
    from rnnquiz.i18n import Messages

    with in_language(lang.value):
        load_drills(drill, track.value)  # an unknown drill or track is an error now, not at the first submission
    path = build(out, drill, track.value, seed=seed, lang=lang.value, timeout=timeout)
    stdout().print(Messages(lang.value)("class.autograder.wrote", path=path, size=path.stat().st_size >> 10), markup=False)


@class_app.command("gradescope-run", epilog=GRADESCOPE_EPILOG)
def gradescope_run(
    drill: DrillsOpt,
    root: Annotated[Optional[Path], typer.Option("--root", help="The autograder root [default: $AUTOGRADER_ROOT or /autograder].", show_default=False)] = None,
    track: TrackOpt = Track.numpy,
    seed: SeedOpt = 0,
    timeout: TimeoutOpt = None,
    lang: LangOpt = Lang.en,
) -> None:
    """Grade ROOT/submission and write ROOT/results/results.json (what the bundle's run_autograder calls)."""
    from rnnquiz.classroom.run import gradescope

    base = root or Path(os.environ.get("AUTOGRADER_ROOT") or "/autograder")
    payload = gradescope(base, drill, track.value, seed=seed, lang=lang.value, timeout=timeout)
    typer.echo(f"{payload['score']:g} points; results in {base / 'results' / 'results.json'}")


class _Progress:
    """A progress bar on a terminal; nothing otherwise."""

    def __init__(self, console, label: str):
        self.console, self.label = console, label
        self.bar = None
        self.task = None

    def __enter__(self):
        return self

    def start(self, total: int) -> None:
        if not self.console.is_terminal:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        self.bar = Progress(f"[progress.description]{self.label}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=self.console, transient=True)
        self.bar.start()
        self.task = self.bar.add_task(self.label, total=total)

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
