"""The `rnnquiz solve` command: the reference solution, explained and run on a demo input."""

from __future__ import annotations

from typing import Annotated

import typer

from rnnquiz.cli.drill import LangOpt, Track, TrackOpt
from rnnquiz.cli.helptext import examples
from rnnquiz.cli.options import Lang

SOLVE_EPILOG = examples(
    ("rnnquiz solve lstm", "NumPy reference, run on a demo input, compared with torch.nn.LSTMCell"),
    ("rnnquiz solve gru --track torch", "PyTorch reference; gradients compared with torch.nn.GRUCell's too"),
    ("rnnquiz solve rnn --json", "code and demo figures as JSON"),
    note="Viewing a solution before passing the drill is remembered: your next pass is scheduled as a "
    'lapse ("again"), so the drill comes back soon.',
)


def register(app: typer.Typer) -> None:
    """Add the solve command to the root app."""
    app.command("solve", epilog=SOLVE_EPILOG)(solve)


def solve(
    name: Annotated[str, typer.Argument(help="The drill id (see `rnnquiz drill list`).", show_default=False)],
    track: TrackOpt = Track.numpy,
    json_out: Annotated[bool, typer.Option("--json", help="Print the code and the demo as JSON.")] = False,
    lang: LangOpt = Lang.en,
    no_record: Annotated[bool, typer.Option("--no-record", help="Do not remember that you viewed the solution.")] = False,
) -> None:
    """Show the reference solution of drill NAME, run it on a demo input, and check it against torch.nn."""
    from rnnquiz.cli.drill import in_language
    from rnnquiz.drills.demo import run_demo
    from rnnquiz.drills.loader import load_drill

    with in_language(lang.value):
        drill = load_drill(name)
        drill.check_track(track.value)
    path = drill.solution_path(track.value)
    code = path.read_text(encoding="utf-8")
    demo = run_demo(drill, track.value)
    if not no_record:
        _remember(drill, lang.value)
    if json_out:
        payload = {
            "drill": drill.id, "track": track.value, "solution": str(path), "code": code, "case": demo.case,
            "inputs": demo.inputs, "outputs": {k: _as_json(v) for k, v in demo.outputs.items()},
            "torch_nn": demo.nn_source, "torch_nn_max_abs_diff": demo.nn_max_diff,
            "grad_max_abs_diff": demo.grad_max_diff, "notes": demo.notes,
        }
        from rnnquiz.cli.jsonout import print_json

        print_json(payload, indent=None)
        return
    from rnnquiz.cli.console import out

    _render(out(), drill, track.value, path, code, demo, lang.value)


def _as_json(value):  # noqa: ANN001, ANN202
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    return {"shape": list(value.shape), "values": value.tolist()}


def _remember(drill, lang: str = "en") -> None:
    from rnnquiz.cli.console import print_warning
    from rnnquiz.cli.drill import error_text
    from rnnquiz.drills.record import record_solution_viewed
    from rnnquiz.errors import ProgressError
    from rnnquiz.i18n import tr

    try:
        record_solution_viewed(drill)
    except ProgressError as exc:
        print_warning(tr("solve.not-saved", lang, reason=error_text(exc, lang)))


def _render(console, drill, track: str, path, code: str, demo, lang: str) -> None:  # noqa: ANN001
    import numpy as np
    from rich.panel import Panel
    from rich.syntax import Syntax
    from rich.text import Text

    from rnnquiz.cli.console import safe
    from rnnquiz.drills.text import render
    from rnnquiz.i18n import Messages
    from rnnquiz.textsafe import escape_controls

    t = Messages(lang)
    spec = drill.spec
    console.print(Text(f"{spec.id} · ", style="bold") + safe(spec.title.get(lang), "bold") + Text(t("solve.title", track=track), style="cyan"))
    console.print(Panel(safe(spec.equations.rstrip()), title=t("solve.equations"), title_align="left", expand=False))
    console.print(Panel(Syntax(escape_controls(code), "python", line_numbers=True, word_wrap=True), title=str(path), title_align="left"))
    console.print(Text(t("solve.demo", case=render(demo.case, lang)), style="bold"))
    for arg, desc in demo.inputs.items():
        console.print(Text(t("solve.input", name=arg, desc=render(desc, lang)), style="dim"))
    indent = t("solve.value-indent")
    with np.printoptions(precision=4, suppress=True, threshold=40, edgeitems=3, linewidth=100):
        for name, value in demo.outputs.items():
            for label, v in ([(name, value)] if not isinstance(value, list) else [(f"{name}[{i}]", x) for i, x in enumerate(value)]):
                console.print(Text(t("solve.output", name=label, dtype=v.dtype, shape=v.shape), style="bold"))
                console.print(Text(indent + str(v).replace("\n", "\n" + indent)))
    if demo.nn_max_diff is not None:
        ok = demo.nn_max_diff <= 1e-10
        mark = Text("✓ " if ok else "✗ ", style="green" if ok else "red")
        console.print(mark + Text(t("solve.nn-agrees", diff=demo.nn_max_diff)) + safe(f"({demo.nn_source})", "dim"))
        if demo.grad_max_diff is not None:
            ok = demo.grad_max_diff <= 1e-10
            console.print(Text("✓ " if ok else "✗ ", style="green" if ok else "red")
                          + Text(t("solve.grad-agrees", diff=demo.grad_max_diff)))
    for note in demo.notes:
        console.print(safe(render(note, lang), "dim"))
