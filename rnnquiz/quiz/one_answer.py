"""Grade one answer to one question, outside any session (`rnnquiz grade-answer`, editors, scripts)."""

from __future__ import annotations

from dataclasses import dataclass

from rnnquiz.bank.grading import AnswerFormatError, Layout, grade_closed
from rnnquiz.bank.model import Question
from rnnquiz.rubric.judge import AGAIN, GOOD, judge_open


@dataclass
class AnswerReport:
    """The verdict on one answer, in the shape `grade-answer --json` prints."""

    question: Question
    lang: str
    suggested_rating: int
    correct: bool | None
    expected: str | None = None
    judgement: object = None  # OpenJudgement for open questions
    format_error: AnswerFormatError | None = None

    @property
    def passed(self) -> bool:
        """Right (closed), or suggested Good or Easy (open)."""
        return self.correct is True if self.correct is not None else self.suggested_rating >= GOOD

    def to_json(self) -> dict:
        from rnnquiz.i18n import tr

        doc: dict = {"id": self.question.id, "kind": self.question.kind, "lang": self.lang,
                     "suggested_rating": self.suggested_rating,
                     "suggested": tr(f"rating.{self.suggested_rating}", "en"), "correct": self.correct,
                     "key_points": [], "misconceptions": []}
        if self.judgement is not None:
            j = self.judgement
            doc["key_points"] = [{"text": p.text[self.lang], "covered": p.covered, "evidence": p.evidence if p.covered else None,
                                  "contradicted": p.contradicted, "contradiction": p.evidence if p.contradicted else None}
                                 for p in j.points]
            doc["misconceptions"] = [{"text": m.text[self.lang], "why": m.why[self.lang] if m.why else None, "evidence": m.evidence}
                                     for m in j.misconceptions]
            doc["unchecked"] = list(j.unchecked)
            doc["reason"] = j.reason
            doc["truncated"] = j.truncated
        else:
            doc["expected"] = self.expected
            if self.format_error is not None:
                doc["error"] = self.format_error.message(self.lang)
        return doc


def grade_answer(q: Question, answer: str, lang: str = "en", layout: Layout | None = None) -> AnswerReport:
    """Grade an answer exactly as `ask` would: closed kinds right or wrong, open ones by the rubric.

    Args:
        layout: how a closed question's options were shown (default: the bank's own order).
    """
    if q.kind == "open":
        j = judge_open(q, answer)
        return AnswerReport(q, lang, j.suggested_rating, None, judgement=j)
    from rnnquiz.bank.grading import bank_layout, expected_letters

    layout = layout or bank_layout(q)
    try:
        v = grade_closed(q, answer, layout)
    except AnswerFormatError as exc:
        expected = expected_letters(q, layout)
        return AnswerReport(q, lang, AGAIN, False, expected=expected, format_error=exc)
    return AnswerReport(q, lang, GOOD if v.correct else AGAIN, v.correct, expected=v.expected)
