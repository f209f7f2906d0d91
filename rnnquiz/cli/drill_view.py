"""Render drill reports, the drill list, a drill's statement and hints (all file text through `safe`)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from rnnquiz.cli.console import safe

MARKS = {"pass": ("✓", "green"), "fail": ("✗", "red"), "error": ("!", "red"), "skip": ("·", "dim")}
STATUS_MARKS = {"passed": ("✓", "green"), "failed": ("✗", "red"), "not-started": ("·", "dim")}


def stars(difficulty: int) -> str:
    return "★" * difficulty + "☆" * (3 - difficulty)


def report(console: Console, rep, drill, lang: str, *, hints_used: int = 0) -> None:
    """Print a grading report: one line per check, the diagnosis, the learner's output, what to do next."""
    head = Text(f"{drill.id} · ", style="bold") + safe(drill.spec.title.get(lang), "bold") + Text(f" · {rep.track} track", style="cyan")
    console.print(head)
    console.print(safe(rep.file, "dim"))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for check in rep.checks:
        mark, style = MARKS[check.status]
        dim = "dim" if check.status == "skip" else ""
        grid.add_row(Text(f" {mark}", style=style), Text(check.id, style=style if not dim else dim), safe(check.message or check.title, dim))
    console.print(grid)
    _diagnosis(console, rep, lang)
    if rep.output.strip():
        more = " (truncated)" if rep.output_truncated else ""
        console.print(Text(f"Your code printed{more}:", style="bold"))
        for line in rep.output.rstrip("\n").splitlines()[:40]:
            console.print(Text("  │ ", style="dim") + safe(line))
    if rep.reproduce:
        console.print(Text("Reproduce: ", style="bold") + safe(rep.reproduce))
    _verdict(console, rep, drill, hints_used, lang)


def _diagnosis(console: Console, rep, lang: str) -> None:
    diag = rep.diagnosis
    if diag is None:
        return
    if diag.mistake:
        console.print(Text("Likely mistake: ", style="bold yellow") + safe(diag.mistake["title"][lang], "yellow"))
        console.print(Text("  ") + safe(diag.mistake["explain"][lang]))
    for note in diag.notes:
        console.print(Text("Gate blocks: ", style="bold yellow") + safe(note))


def _verdict(console: Console, rep, drill, hints_used: int, lang: str) -> None:
    if rep.passed:
        console.print(Text(f"PASSED in {rep.seconds:.2f} s", style="bold green")
                      + Text(f" — see the reference with `rnnquiz solve {drill.id}`", style="dim"))
        return
    label = {"not-started": "NOT STARTED", "fault": "ERROR"}.get(rep.outcome, "FAILED")
    summary = rep.summary
    if rep.diagnosis and rep.diagnosis.mistake:  # the report's summary names the mistake in English
        title = rep.diagnosis.mistake["title"]
        summary = summary.replace(title["en"], title[lang])
    console.print(Text(f"{label} ", style="bold red") + safe(summary))
    total = len(drill.spec.hints)
    if hints_used < total:
        console.print(Text(f"Stuck? `rnnquiz drill {drill.id} --hint` shows hint {hints_used + 1} of {total}.", style="dim"))
    else:
        console.print(Text(f"All hints shown; `rnnquiz solve {drill.id}` shows the reference solution.", style="dim"))


def drill_list(console: Console, rows: list[dict], lang: str) -> None:
    """Print the drills grouped by topic, with difficulty, tracks and the learner's status per track."""
    topics: dict[str, list[dict]] = {}
    for row in rows:
        topics.setdefault(row["topic"], []).append(row)
    table = Table.grid(padding=(0, 2))
    id_width = 2 + max(len(row["id"]) for row in rows)
    table.add_column(no_wrap=True, min_width=6)
    table.add_column(no_wrap=True, min_width=id_width)
    table.add_column(no_wrap=True, min_width=3)
    table.add_column(overflow="fold")  # titles wrap; ids and marks are never cut
    for topic, items in topics.items():
        table.add_row("", Text(topic, style="bold cyan"), "", "")
        for row in items:
            status = Text()
            for track in ("numpy", "torch"):
                mark, style = STATUS_MARKS[row["status"][track]] if track in row["tracks"] else (" ", "")
                status += Text(f"{mark}{track[0] if track in row['tracks'] else ' '} ", style=style)
            table.add_row(status, Text("  ") + safe(row["id"], "bold"), Text(stars(row["difficulty"]), style="yellow"),
                          safe(row["title"][lang]))
    console.print(table)
    console.print(Text("✓ passed  ✗ attempted  · not started   (n = NumPy track, t = PyTorch track)", style="dim"))
    console.print(Text("Start one with `rnnquiz drill NAME`; read it first with `rnnquiz drill show NAME`.", style="dim"))


def show(console: Console, drill, track: str, lang: str) -> None:
    """Print a drill's statement (Markdown), equations and the stub of one track."""
    from rich.markdown import Markdown
    from rich.panel import Panel
    from rich.syntax import Syntax

    from rnnquiz.textsafe import strip_controls

    spec = drill.spec
    console.print(Text(f"{spec.id} · ", style="bold") + safe(spec.title.get(lang), "bold")
                  + Text(f" · {spec.topic} · {stars(spec.difficulty)} · tracks: {', '.join(spec.tracks)}", style="cyan"))
    console.print(Markdown(strip_controls(spec.statement.get(lang)), hyperlinks=False))
    console.print(Panel(safe(spec.equations.rstrip()), title="equations", title_align="left", expand=False))
    stub = strip_controls(drill.stub_path(track).read_text(encoding="utf-8"))
    console.print(Panel(Syntax(stub, "python", line_numbers=False, word_wrap=True), title=f"stub_{track}.py", title_align="left"))
    console.print(Text(f"Start: `rnnquiz drill {spec.id}{' --track torch' if track == 'torch' else ''}` copies the stub to your "
                       f"workspace, prints its path and grades it; `--watch` regrades on every save.", style="dim"))


def hint(console: Console, drill, number: int, lang: str) -> None:
    """Print hint `number` (1-based) of a drill."""
    hints = drill.spec.hints
    console.print(Text(f"Hint {number} of {len(hints)}: ", style="bold yellow") + safe(hints[number - 1].get(lang)))
    if number < len(hints):
        console.print(Text(f"`rnnquiz drill {drill.id} --hint` again for the next one.", style="dim"))
    else:
        console.print(Text(f"That was the last hint; `rnnquiz solve {drill.id}` shows the reference solution.", style="dim"))

