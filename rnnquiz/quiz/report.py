"""The end-of-interview report, as Markdown (also the source of the terminal summary)."""

from __future__ import annotations

from rnnquiz.bank.model import Question
from rnnquiz.i18n import Messages
from rnnquiz.quiz.session import Session
from rnnquiz.quiz.summary import fmt_score, fmt_time
from rnnquiz.textsafe import escape_controls


def _cell(text: str) -> str:
    # Markdown table cells: one line, no pipes, no control characters.
    return escape_controls(text).replace("\n", " ").replace("|", "\\|")


def what_to_review(q: Question, lang: str, missed_points: list[str]) -> str:
    """Return a one-line pointer to what a weak answer should revisit."""
    if missed_points:
        return "; ".join(missed_points)
    return f"{q.source} — `rnnquiz ask --topic {q.topic}`"


def mock_report_markdown(session: Session, lang: str = "en") -> str:
    """Render the mock-interview report: total, per-topic scores, time, weakest points."""
    t = Messages(lang)
    total = session.answered
    pct = 100 * session.score / total if total else 0.0
    budget = fmt_time(sum(o.budget_s or 0 for o in session.outcomes))
    lines = [
        f"# {t('md.title')}",
        "",
        f"- {t('md.date')}: {session.started_at:%Y-%m-%d %H:%M} UTC",
        f"- {t('md.score')}: {fmt_score(session.score)} / {total} ({pct:.0f}%)",
        f"- {t('md.time-used')}: {fmt_time(session.duration_s())} ({t('md.budget')} {budget})",
        f"- {t('md.over', over=sum(o.over_budget for o in session.outcomes), n=total)}",
    ]
    if session.ended_early:
        lines.append(f"- {t('md.ended-early')}")
    cols = [t("col.topic"), t("col.questions"), t("col.score"), t("col.time")]
    lines += ["", f"## {t('md.per-topic')}", "", "| " + " | ".join(cols) + " |", "|---|---:|---:|---:|"]
    for topic, row in session.per_topic().items():
        lines.append(f"| {topic} | {row['count']} | {100 * row['score'] / row['count']:.0f}% | {fmt_time(row['time_s'])} |")
    cols = ["#", t("md.col-id"), t("md.col-kind"), t("md.col-result"), t("md.col-time")]
    lines += ["", f"## {t('md.questions')}", "", "| " + " | ".join(cols) + " |", "|---:|---|---|---|---|"]
    for i, o in enumerate(session.outcomes, 1):
        if o.skipped:
            result = t("md.skipped")
        elif o.correct is None:
            result = t("md.self-rated", rating=t(f"rating.{o.rating}"), covered=sum(o.covered), total=len(o.covered))
        else:
            result = t("md.correct" if o.correct else "md.wrong")
        mark = " ⚠" if o.over_budget else ""
        follow = f" {t('md.follow-up')}" if o.follow_up else ""
        lines.append(f"| {i} | {o.question.id}{follow} | {o.question.kind} | {result} | {fmt_time(o.duration_s)} / {fmt_time(o.budget_s or 0)}{mark} |")
    weak = session.weakest()
    lines += ["", f"## {t('md.weakest')}", ""]
    if not weak:
        lines.append(t("md.nothing-weak"))
    for o in weak:
        q = o.question
        missed = [p["text"][lang] for p, hit in zip(q.data.get("key_points", []), o.covered) if not hit]
        lines.append(f"- **{_cell(q.prompt[lang])}** ({q.topic}, {q.id})")
        lines.append(f"  - {t('md.review')}: {_cell(what_to_review(q, lang, missed))}")
        lines.append(f"  - {t('md.model-answer')}: {_cell(q.answer[lang])}")
    return "\n".join(lines) + "\n"
