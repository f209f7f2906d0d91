"""The end-of-interview report, as Markdown (also the source of the terminal summary)."""

from __future__ import annotations

from rnnquiz.bank.model import Question
from rnnquiz.quiz.session import RATINGS, Session
from rnnquiz.textsafe import strip_controls


def _fmt_time(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def _cell(text: str) -> str:
    # Markdown table cells: one line, no pipes, no control characters.
    return strip_controls(text).replace("\n", " ").replace("|", "\\|")


def what_to_review(q: Question, lang: str, missed_points: list[str]) -> str:
    """Return a one-line pointer to what a weak answer should revisit."""
    if missed_points:
        return "; ".join(missed_points)
    return f"{q.source} — `rnnquiz ask --topic {q.topic}`"


def mock_report_markdown(session: Session, lang: str = "en") -> str:
    """Render the mock-interview report: total, per-topic scores, time, weakest points."""
    total = session.answered
    pct = 100 * session.score / total if total else 0.0
    lines = [
        "# rnnquiz mock interview report",
        "",
        f"- Date: {session.started_at:%Y-%m-%d %H:%M} UTC",
        f"- Score: {session.score:.1f} / {total} ({pct:.0f}%)",
        f"- Time used: {_fmt_time(session.duration_s())}"
        f" (budget {_fmt_time(sum(o.budget_s or 0 for o in session.outcomes))})",
        f"- Over time on {sum(o.over_budget for o in session.outcomes)} of {total} questions",
    ]
    if session.ended_early:
        lines.append("- Ended early by the candidate")
    lines += ["", "## Score per topic", "", "| topic | questions | score | time |", "|---|---:|---:|---:|"]
    for topic, row in session.per_topic().items():
        lines.append(f"| {topic} | {row['count']} | {100 * row['score'] / row['count']:.0f}% | {_fmt_time(row['time_s'])} |")
    lines += ["", "## Questions", "", "| # | id | kind | result | time / budget |", "|---:|---|---|---|---|"]
    for i, o in enumerate(session.outcomes, 1):
        if o.skipped:
            result = "skipped"
        elif o.correct is None:
            result = f"self-rated {RATINGS[o.rating]}, {sum(o.covered)}/{len(o.covered)} key points"
        else:
            result = "correct" if o.correct else "wrong"
        mark = " ⚠" if o.over_budget else ""
        follow = " (follow-up)" if o.follow_up else ""
        lines.append(f"| {i} | {o.question.id}{follow} | {o.question.kind} | {result} | {_fmt_time(o.duration_s)} / {_fmt_time(o.budget_s or 0)}{mark} |")
    weak = session.weakest()
    lines += ["", "## Weakest points and what to review", ""]
    if not weak:
        lines.append("Nothing weak in this set. Try `rnnquiz ask --mock --difficulty 3`.")
    for o in weak:
        q = o.question
        missed = [p["text"][lang] for p, hit in zip(q.data.get("key_points", []), o.covered) if not hit]
        lines.append(f"- **{_cell(q.prompt[lang])}** ({q.topic}, {q.id})")
        lines.append(f"  - Review: {_cell(what_to_review(q, lang, missed))}")
        lines.append(f"  - Model answer: {_cell(q.answer[lang])}")
    return "\n".join(lines) + "\n"
