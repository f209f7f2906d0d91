"""Render drill reports, the drill list, a drill's statement and hints (all file text through `safe`).

Every message comes from the catalogue (rnnquiz/i18n/en_drills.py, zh_drills.py); report texts are
`Msg` values rendered here in the learner's language.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from rnnquiz.cli.console import safe
from rnnquiz.drills.text import render
from rnnquiz.i18n import Messages

MARKS = {"pass": ("✓", "green"), "fail": ("✗", "red"), "error": ("!", "red"), "skip": ("·", "dim")}
STATUS_MARKS = {"passed": ("✓", "green"), "failed": ("✗", "red"), "not-started": ("·", "dim")}


def stars(difficulty: int) -> str:
    return "★" * difficulty + "☆" * (3 - difficulty)


def report(console: Console, rep, drill, lang: str, *, hints_used: int = 0) -> None:
    """Print a grading report: one line per check, the diagnosis, the learner's output, what to do next."""
    t = Messages(lang)
    head = (Text(f"{drill.id} · ", style="bold") + safe(drill.spec.title.get(lang), "bold")
            + Text(t("drill.report.track", track=rep.track), style="cyan"))
    console.print(head)
    console.print(safe(rep.file, "dim"))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for check in rep.checks:
        mark, style = MARKS[check.status]
        dim = "dim" if check.status == "skip" else ""
        grid.add_row(Text(f" {mark}", style=style), Text(render(check.label, lang), style=style if not dim else dim),
                     safe(render(check.message or check.title, lang), dim))
    console.print(grid)
    _diagnosis(console, rep, lang)
    if rep.output.strip():
        printed = t("drill.report.printed-truncated" if rep.output_truncated else "drill.report.printed")
        console.print(Text(printed, style="bold"))
        for line in rep.output.rstrip("\n").splitlines()[:40]:
            console.print(Text("  │ ", style="dim") + safe(line))
    if rep.reproduce:
        console.print(Text(t("drill.report.reproduce"), style="bold") + safe(rep.reproduce))
    _verdict(console, rep, drill, hints_used, lang)


def _diagnosis(console: Console, rep, lang: str) -> None:
    t = Messages(lang)
    diag = rep.diagnosis
    if diag is None:
        return
    if diag.mistake:
        title, explain = diag.mistake["title"], diag.mistake["explain"]
        console.print(Text(t("drill.report.mistake"), style="bold yellow") + safe(title.get(lang) or title["en"], "yellow"))
        console.print(Text("  ") + safe(explain.get(lang) or explain["en"]))
    for other in diag.also:
        console.print(Text(t("drill.report.also"), style="yellow") + safe(other["title"].get(lang) or other["title"]["en"]))
    if diag.notes:  # one line, however many things the block analysis found
        text = t("drill.sep.semicolon").join(str(render(note, lang)) for note in diag.notes)
        console.print(Text(t("drill.report.blocks"), style="bold yellow") + safe(text))


def _verdict(console: Console, rep, drill, hints_used: int, lang: str) -> None:
    t = Messages(lang)
    if rep.passed:
        console.print(Text(t("drill.report.passed", seconds=rep.seconds), style="bold green")
                      + Text(t("drill.report.see-solution", id=drill.id), style="dim"))
        return
    label = t(f"drill.report.status.{rep.outcome if rep.outcome in ('not-started', 'fault') else 'failed'}")
    console.print(Text(f"{label} ", style="bold red") + safe(render(rep.summary, lang)))
    total = len(drill.spec.hints)
    if hints_used < total:
        console.print(Text(t("drill.report.next-hint", id=drill.id, n=hints_used + 1, total=total), style="dim"))
    else:
        console.print(Text(t("drill.report.hints-done", id=drill.id), style="dim"))


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
            title = safe(row["title"].get(lang) or row["title"]["en"])
            if row.get("due"):
                title += Text("  " + Messages(lang)("drill.list.due"), style="bold magenta")
            table.add_row(status, Text("  ") + safe(row["id"], "bold"), Text(stars(row["difficulty"]), style="yellow"), title)
    console.print(table)
    t = Messages(lang)
    console.print(Text(t("drill.list.legend"), style="dim"))
    console.print(Text(t("drill.list.start"), style="dim"))


def show(console: Console, drill, track: str, lang: str) -> None:
    """Print a drill's statement (Markdown), equations and the stub of one track."""
    from rich.markdown import Markdown
    from rich.panel import Panel
    from rich.syntax import Syntax

    from rnnquiz.textsafe import escape_controls

    t = Messages(lang)
    spec = drill.spec
    console.print(Text(f"{spec.id} · ", style="bold") + safe(spec.title.get(lang), "bold")
                  + Text(t("drill.show.meta", topic=spec.topic, stars=stars(spec.difficulty), tracks=", ".join(spec.tracks)), style="cyan"))
    console.print(Markdown(escape_controls(spec.statement.get(lang)), hyperlinks=False))
    console.print(Panel(safe(spec.equations.rstrip()), title=t("drill.show.equations"), title_align="left", expand=False))
    stub = escape_controls(drill.stub_path(track).read_text(encoding="utf-8"))
    console.print(Panel(Syntax(stub, "python", line_numbers=False, word_wrap=True), title=f"stub_{track}.py", title_align="left"))
    command = spec.id + (" --track torch" if track == "torch" else "")
    console.print(Text(t("drill.show.start", command=command), style="dim"))


def hint(console: Console, drill, number: int, lang: str, *, watching: bool = False) -> None:
    """Print hint `number` (1-based) of a drill (`watching`: the next one is a key press away)."""
    t = Messages(lang)
    hints = drill.spec.hints
    console.print(Text(t("drill.hint.title", n=number, total=len(hints)), style="bold yellow") + safe(hints[number - 1].get(lang)))
    if number < len(hints):
        console.print(Text(t("drill.watch.next-hint" if watching else "drill.hint.next", id=drill.id), style="dim"))
    else:
        console.print(Text(t("drill.hint.last", id=drill.id), style="dim"))

