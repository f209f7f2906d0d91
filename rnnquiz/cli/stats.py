"""The `rnnquiz stats` command: mastery per topic, what is due, streak, accuracy by week, mocks.

Every heading, column and sentence comes from the catalogue (`stats.` keys of en_drills.py /
zh_drills.py); `--json` stays language-neutral.
"""

from __future__ import annotations

from typing import Annotated

import typer

from rnnquiz.cli.helptext import examples
from rnnquiz.cli.options import Lang
from rnnquiz.i18n import Messages

BAR_WIDTH = 20
_EIGHTHS = " ▏▎▍▌▋▊▉█"

JsonOpt = Annotated[bool, typer.Option("--json", help="Print the figures as JSON (for scripts) instead of tables.")]
LangOpt = Annotated[Lang, typer.Option("--lang", "-l", envvar="RNNQUIZ_LANG", help="Language of the headings and messages.")]


def stats(json_out: JsonOpt = False, lang: LangOpt = Lang.en) -> None:
    """Show your progress: mastery per topic, what is due, streak, accuracy by week, mock scores, weakest items.

    Reads only small summary tables, so it stays fast however many answers you have recorded.
    """
    from datetime import datetime, timezone

    from rnnquiz.progress.store import ProgressStore
    from rnnquiz.progress.summary import summarize

    with ProgressStore.open() as store:
        data = summarize(store, datetime.now(timezone.utc))
    if json_out:
        from rnnquiz.cli.jsonout import print_json

        print_json(data)
        return
    from rnnquiz.cli.console import out

    render(out(), data, lang.value)


def render(console, data: dict, lang: str = "en") -> None:  # noqa: ANN001
    """Print the stats tables and charts."""
    t = Messages(lang)
    if not data["answers"]:
        console.print(t("stats.empty"), markup=False)
        return
    width = max(5, min(BAR_WIDTH, console.width - 60))  # the topic table fits 80 columns at full width
    _headline(console, data, t)
    _topics(console, data["topics"], width, t)
    _weeks(console, data["weeks"], width, t)
    if data["mocks"]:
        _mocks(console, data["mocks"], width, t)
    if data["weakest"]:
        _weakest(console, data["weakest"], t)


def bar(fraction: float | None, width: int = BAR_WIDTH) -> str:
    """Return a bar of `width` cells filled to `fraction` (eighth-cell steps); blank when None."""
    if fraction is None:
        return " " * width
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, part = divmod(eighths, 8)
    text = "█" * full + (_EIGHTHS[part] if part else "")
    return text + "·" * (width - len(text))


def _style(fraction: float | None) -> str:
    if fraction is None:
        return "dim"
    return "green" if fraction >= 0.8 else "yellow" if fraction >= 0.5 else "red"


def _pct(fraction: float | None) -> str:
    return "–" if fraction is None else f"{100 * fraction:.0f}%"


def _local(stamp: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    from datetime import datetime

    return datetime.fromisoformat(stamp).astimezone().strftime(fmt)


def _headline(console, data: dict, t: Messages) -> None:  # noqa: ANN001
    from datetime import datetime, timezone

    from rnnquiz.progress.scheduler import describe_wait

    from rich.text import Text

    seen, streak, due = data["items_seen"], data["streak"], data["due"]
    questions = seen["question"] - seen.get("generated", 0)
    if seen["drill"]:
        items = t("stats.items-drills", questions=questions, drills=seen["drill"])
    else:
        items = t("stats.items", questions=questions)
    if seen.get("generated"):
        items += t("stats.items-generated", n=seen["generated"])
    console.print(Text(t("stats.headline", answers=data["answers"], recalled=_pct(data["accuracy"]), items=items), style="bold"))
    streak_key = "stats.streak" if streak["current"] == 1 else "stats.streak-days"
    console.print(
        Text(t(streak_key, n=streak["current"]), style="green" if streak["answered_today"] else "yellow")
        + Text(t("stats.longest", n=streak["longest"]), style="dim")
        + Text("" if streak["answered_today"] or not streak["current"] else t("stats.keep-streak"))
    )
    line = t("stats.due", now=due["now"], today=due["today"], week=due["week"])
    if due["next"]:
        line += t("stats.due-next", wait=describe_wait(datetime.fromisoformat(due["next"]), datetime.now(timezone.utc), t.lang))
    console.print(Text(line + t("stats.due-end")))
    if due["now"]:
        console.print(Text(t("stats.review"), style="dim"))


def _table(title: str):  # noqa: ANN202
    from rich.table import Table

    return Table(title=title, title_justify="left", title_style="bold", show_edge=False, pad_edge=False)


def _bar_cell(fraction: float | None, width: int = BAR_WIDTH):  # noqa: ANN202
    from rich.text import Text

    return Text(bar(fraction, width), style=_style(fraction)) + Text(f" {_pct(fraction):>4}")


def _topics(console, topics: list[dict], width: int, t: Messages) -> None:  # noqa: ANN001
    from rnnquiz.cli.console import safe

    table = _table(t("stats.topics.title"))
    for name, justify in (("topic", "left"), ("items", "right"), ("answers", "right"), ("recalled", "right"), ("mastery", "left"), ("due", "right")):
        table.add_column(t(f"stats.col.{name}"), justify=justify, no_wrap=name != "topic", overflow="ellipsis")
    for t in topics:
        table.add_row(safe(t["topic"]), str(t["items"]), str(t["answers"]), _pct(t["accuracy"]), _bar_cell(t["mastery"], width), str(t["due"]))
    console.print()
    console.print(table)


def _weeks(console, weeks: list[dict], width: int, t: Messages) -> None:  # noqa: ANN001
    table = _table(t("stats.weeks.title"))
    for name, justify in (("week", "left"), ("recalled", "left"), ("answers", "right")):
        table.add_column(t(f"stats.col.{name}"), justify=justify)
    first = next((n for n, w in enumerate(weeks) if w["answers"]), len(weeks) - 1)
    for w in weeks[first:]:  # from the first week with answers: a new learner sees no empty rows
        table.add_row(w["week_start"], _bar_cell(w["accuracy"], width), str(w["answers"]))
    console.print()
    console.print(table)


def _mocks(console, mocks: list[dict], width: int, t: Messages) -> None:  # noqa: ANN001
    table = _table(t("stats.mocks.title"))
    for name, justify in (("started", "left"), ("score", "right"), ("result", "left"), ("minutes", "right")):
        table.add_column(t(f"stats.col.{name}"), justify=justify)
    for m in mocks:
        score = f"{m['score']:g}/{m['max_score']:g}"
        table.add_row(_local(m["started_at"]), score, _bar_cell(m["percent"], width), f"{m['duration_s'] / 60:.0f}")
    console.print()
    console.print(table)


def _weakest(console, weakest: list[dict], t: Messages) -> None:  # noqa: ANN001
    from datetime import datetime, timezone

    from rich.text import Text

    from rnnquiz.cli.console import safe
    from rnnquiz.progress.scheduler import describe_wait

    now = datetime.now(timezone.utc)
    table = _table(t("stats.weakest.title"))
    table.add_column(t("stats.col.item"), overflow="ellipsis", no_wrap=True)
    for name in ("answers", "wrong", "mastery"):
        table.add_column(t(f"stats.col.{name}"), justify="right", no_wrap=True)
    table.add_column(t("stats.col.due"), no_wrap=True, min_width=9)
    for w in weakest:
        mark = "stats.drill-mark" if w["item_type"] == "drill" else "stats.generated-mark" if w["item_id"].startswith("gen:") else None
        item = safe(w["item_id"]) + (Text(t(mark), style="dim") if mark else Text(""))
        due = Text(t("stats.wait.now"), style="bold") if w["overdue"] else Text(describe_wait(datetime.fromisoformat(w["due"]), now, t.lang))
        mastery = Text(_pct(w["mastery"]), style=_style(w["mastery"]))
        table.add_row(item, str(w["answers"]), str(w["lapses"]), mastery, due)
    console.print()
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add the stats command to the root app."""
    app.command(
        "stats",
        epilog=examples(("rnnquiz stats", ""), ("rnnquiz stats --json > progress-stats.json", "")),
    )(stats)
