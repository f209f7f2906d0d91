"""`rnnquiz ask` and `rnnquiz review`: interactive questions, scripted reveal, timed mock interviews."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from rnnquiz.cli.helptext import examples
from rnnquiz.cli.options import Lang
from rnnquiz.errors import UsageError

ASK_EPILOG = examples(
    ("rnnquiz ask", "10 questions from every topic"),
    ("rnnquiz ask --topic lstm --topic gru --count 5", "only these topics"),
    ("rnnquiz ask --kind numeric --difficulty 3 --lang zh", "hard numeric questions, in Chinese"),
    ("rnnquiz ask --id lstm-cec --id gru-z-flipped", "exactly these questions"),
    ("rnnquiz ask --mock --count 8 --report interview.md", "a timed mock interview with a report"),
    ("rnnquiz ask --due", "due reviews first, then new ones"),
    ("rnnquiz ask --count 3 --seed 1 --reveal --json", "questions with answers, as JSON"),
    ("rnnquiz ask --generated --count 5", "numeric questions with fresh sizes (parameters, shapes, MACs, memory)"),
    ("rnnquiz ask --mix-generated 0.3", "a normal session, 30% of it generated"),
    note="While answering: ':s' skips, ':q' or Ctrl-D ends the session with a summary, Ctrl-C too (exit 130). "
    "Exit code 1 when any answer was wrong, skipped or rated Again.",
)

TopicOpt = Annotated[list[str], typer.Option("--topic", "-t", help="Only this topic (repeatable; any case).", show_default=False)]
KindOpt = Annotated[list[str], typer.Option("--kind", "-k", help="Only this kind: open, choice, truefalse, order, match, numeric (repeatable).", show_default=False)]
DiffOpt = Annotated[list[int], typer.Option("--difficulty", "-d", min=1, max=3, help="Only this difficulty, 1–3 (repeatable).", show_default=False)]
TagOpt = Annotated[list[str], typer.Option("--tag", help="Only questions with this tag (repeatable).", show_default=False)]
IdOpt = Annotated[list[str], typer.Option("--id", help="Exactly this question (repeatable; asked in the order given).", show_default=False)]
CountOpt = Annotated[Optional[int], typer.Option("--count", "-n", min=1, help="How many questions [default: 10; 8 for --mock].", show_default=False)]
LangOpt = Annotated[Lang, typer.Option("--lang", "-l", envvar="RNNQUIZ_LANG", help="Language of the questions and of every message.")]
SeedOpt = Annotated[Optional[int], typer.Option("--seed", help="Seed for a reproducible selection, order and option layout.")]
BankOpt = Annotated[list[Path], typer.Option("--bank", "-b", help="Also load this bank file or folder (repeatable; see RNNQUIZ_BANKS).", show_default=False)]
NoRecordOpt = Annotated[bool, typer.Option("--no-record", help="Practise without saving answers to your progress.")]
GeneratedOpt = Annotated[bool, typer.Option("--generated", "-g", help="Numeric questions drawn from templates with fresh sizes each time "
                                            "(parameter counts, shapes, MACs, BPTT memory, gate slices); --id takes template ids.")]
MixOpt = Annotated[Optional[float], typer.Option("--mix-generated", min=0.0, max=1.0, metavar="RATIO",
                                                 help="Replace this share (0–1) of the session's questions by generated ones.")]


def register(app: typer.Typer) -> None:
    """Add `ask` and `review` to the root app."""
    app.command("ask", epilog=ASK_EPILOG)(ask)
    app.command("review", epilog=examples(("rnnquiz review --count 20", "up to 20 due or new questions"),
                                          ("rnnquiz review --topic lstm --no-record", "practise what is due without rescheduling")))(review)


def ask(
    topic: TopicOpt = [],
    kind: KindOpt = [],
    difficulty: DiffOpt = [],
    tag: TagOpt = [],
    qid: IdOpt = [],
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
    generated: GeneratedOpt = False,
    mix_generated: MixOpt = None,
) -> None:
    """Ask interview questions: closed ones graded at once, open ones judged against their key points and self-rated."""
    if json_out:
        reveal = True
    if report is not None and not mock:
        raise UsageError("--report goes with --mock (the report is the mock interview's end report)")
    if mock and (reveal or due):
        raise UsageError("--mock cannot be combined with --reveal or --due")
    if due and no_record:
        raise UsageError("--due needs your progress; drop --no-record (or use `rnnquiz review --no-record`)")
    if generated and (due or mix_generated is not None or bank):
        raise UsageError("--generated cannot be combined with --due, --mix-generated or --bank "
                         "(`rnnquiz review` brings back the generated skills that are due)")
    _run(topic, kind, difficulty, tag, qid, count=count, lang=lang.value, seed=seed, reveal=reveal, json_out=json_out,
         mode="mock" if mock else ("review" if due else "ask"), report=report, bank=bank, record=not no_record,
         generated=generated, mix=mix_generated)


def review(
    topic: TopicOpt = [],
    kind: KindOpt = [],
    difficulty: DiffOpt = [],
    tag: TagOpt = [],
    count: CountOpt = None,
    lang: LangOpt = Lang.en,
    seed: SeedOpt = None,
    bank: BankOpt = [],
    no_record: NoRecordOpt = False,
) -> None:
    """Review what is due (spaced repetition) and the drills due, then new questions; same as `rnnquiz ask --due`."""
    _run(topic, kind, difficulty, tag, [], count=count, lang=lang.value, seed=seed, reveal=False, json_out=False,
         mode="review", report=None, bank=bank, record=not no_record)


def _load(topic, kind, difficulty, tag, qid, bank: list[Path]):  # noqa: ANN001, ANN202
    from rnnquiz.bank.select import filter_questions, resolve_filters
    from rnnquiz.cli.bank import load_and_warn, require_bank_paths

    require_bank_paths(bank)
    banks = load_and_warn(bank)
    filters = resolve_filters(banks.questions, topics=topic, kinds=kind, difficulties=difficulty, tags=tag, ids=qid)
    questions = filter_questions(banks.questions, filters)
    if not questions:
        raise UsageError("no question matches these filters; `rnnquiz bank stats` lists what the banks hold")
    if qid:  # asked in the order given
        rank = {i: n for n, i in enumerate(filters.ids)}
        questions.sort(key=lambda q: rank[q.id])
    return banks, questions


def _choose(questions, qid, mode: str, wanted: int, seed, mix, topic, difficulty, lang: str):  # noqa: ANN001, ANN202
    """The questions of an ask or mock session (not review), with generated ones mixed in when asked."""
    from rnnquiz.bank.select import pick, pick_mock

    if mode == "mock":
        chosen = pick_mock(questions, wanted, seed)
    else:
        chosen = questions[:wanted] if qid else pick(questions, wanted, seed)
    if mix:
        from rnnquiz.cli.generated import mix_generated

        chosen = mix_generated(chosen, mix, topic, difficulty, seed, lang)
    return chosen


def _run(topic, kind, difficulty, tag, qid, *, count, lang, seed, reveal, json_out, mode, report, bank, record,
         generated=False, mix=None) -> None:  # noqa: ANN001
    from rnnquiz.bank.select import pick_due_first
    from rnnquiz.i18n import tr

    if generated:
        from rnnquiz.cli.generated import choose_generated, generated_pool

        templates = generated_pool(topic, kind, difficulty, tag, qid)
        wanted = count or (len(templates) if qid else 8 if mode == "mock" else 10)
        questions = choose_generated(templates, mode, wanted, seed, in_order=bool(qid))
        banks, qid = None, [q.id for q in questions]  # drawn already: asked in this order
    else:
        banks, questions = _load(topic, kind, difficulty, tag, qid, bank)
        wanted = count or (len(questions) if qid else 8 if mode == "mock" else 10)
    if count is not None and count > len(questions) and mode != "review":
        from rnnquiz.cli.console import print_warning

        print_warning(tr("ask.count-capped", lang, n=len(questions)))
    if reveal:
        chosen = _choose(questions, qid, "ask", wanted, seed, mix, topic, difficulty, lang)
        _print_revealed(chosen, lang, seed, json_out)
        return

    from rnnquiz.cli.console import out
    from rnnquiz.cli.interview import TerminalQuiz
    from rnnquiz.quiz.engine import QuizSession, utcnow

    store = _open_store() if record or mode == "review" else None
    try:
        due_count = None
        drills_due: list[str] = []
        if mode == "review":
            from rnnquiz.cli.generated import review_instances

            now = utcnow()
            seen = store.seen_ids()
            questions = questions + review_instances(seen, seed)  # due generated skills come back with new sizes
            chosen, due_count = pick_due_first(questions, store.due_ids(now), seen, wanted, seed)
            drills_due = store.due_ids(now, item_type="drill")
        elif generated:
            chosen = questions
        else:
            chosen = _choose(questions, qid, mode, wanted, seed, mix, topic, difficulty, lang)
        _preload_segmenter(chosen, lang)
        if drills_due:
            _print_due_drills(drills_due, lang)
        if not chosen:
            out().print(tr("review.nothing", lang), markup=False)
        session = QuizSession(chosen, by_id=banks.by_id() if banks else {}, mode=mode, seed=seed, store=store if record else None)
        front = TerminalQuiz(session, lang)
        front.run(due_count=due_count)
        code = front.finish(report)
        if mode == "review" and store is not None:
            _say_next_due(store, {q.id for q in questions}, lang)
    finally:
        if store is not None:
            store.close()
    if code:
        raise typer.Exit(code)


def _preload_segmenter(chosen, lang: str) -> None:  # noqa: ANN001
    """In a Chinese session with open questions, load the segmenter while the learner reads and types."""
    if lang == "zh" and any(q.kind == "open" for q in chosen):
        from rnnquiz.rubric import zh

        zh.preload()


def _print_due_drills(ids: list[str], lang: str) -> None:
    from rich.text import Text

    from rnnquiz.cli.console import out, safe
    from rnnquiz.i18n import tr

    out().print(Text(tr("review.drills-due", lang), style="bold"))
    for drill_id in ids:
        out().print(safe(tr("review.drill-item", lang, id=drill_id)))


def _say_next_due(store, served: set[str], lang: str) -> None:  # noqa: ANN001
    """Tell the learner what is still due now, or when the next review falls due."""
    from rich.text import Text

    from rnnquiz.cli.console import out
    from rnnquiz.i18n import tr
    from rnnquiz.quiz.engine import utcnow

    now = utcnow()
    still_due = [i for i in store.due_ids(now) if i in served]
    if still_due:
        out().print(Text(tr("next.now", lang, n=len(still_due)), style="bold"))
        return
    nxt = store.next_due(now)
    if nxt is None:
        out().print(Text(tr("next.none", lang), style="dim"))
    else:
        out().print(Text(tr("next.at", lang, when=f"{nxt:%Y-%m-%d %H:%M}"), style="bold"))


def _open_store():  # noqa: ANN202
    from rnnquiz.progress.store import ProgressStore

    return ProgressStore.open()


def _print_revealed(chosen, lang: str, seed, json_out: bool) -> None:  # noqa: ANN001
    from rnnquiz.bank.grading import layout_for

    layouts = [layout_for(q, seed) for q in chosen]
    if json_out:
        from rnnquiz.bank.present import presented_json
        from rnnquiz.cli.jsonout import print_json

        print_json([presented_json(q, layout) for q, layout in zip(chosen, layouts)])
        return
    from rnnquiz.cli import render
    from rnnquiz.cli.console import out
    from rnnquiz.i18n import Messages

    console, t = out(), Messages(lang)
    for i, (q, layout) in enumerate(zip(chosen, layouts), 1):
        render.header(console, q, i, len(chosen), t)
        render.body(console, q, t, layout, reveal=True)
        render.reveal_answer(console, q, t)
