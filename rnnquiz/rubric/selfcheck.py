"""A rubric checked against its own question: each model answer must be judged Good by it."""

from __future__ import annotations

from rnnquiz.bank.model import Question
from rnnquiz.rubric.judge import GOOD, judge_open

LANG_NAMES = {"en": "English", "zh": "Chinese"}


def model_answer_warnings(questions: list[Question]) -> list[str]:
    """Warn about each open question whose rubric does not judge its own model answer Good.

    A rubric that fails its own answer will fail learners who answer as well: a key point phrased
    more narrowly than anyone says it, a misconception that fires on a right claim, or a `subject`
    the answer never names."""
    warnings = []
    for q in questions:
        if q.kind != "open":
            continue
        for lang in ("en", "zh"):
            j = judge_open(q, q.data["answer"][lang])
            if j.suggested_rating >= GOOD:
                continue
            if j.reason == "misconception":
                why = f"the misconception “{j.misconceptions[0].text['en']}” fires on it: narrow that claim"
            elif j.reason == "off-subject":
                why = "it names none of the question's `subject`: add the names it uses"
            elif j.reason == "contradiction":
                why = f"it reads as stating “{j.contradictions[0].text['en']}” the other way round: check its negations"
            else:
                missed = [p.text["en"] for p in j.points if not p.covered]
                why = "it misses " + "; ".join(f"“{m}”" for m in missed) + ": add the phrasings it uses"
            warnings.append(f"{q.origin}: {q.id}: its own {LANG_NAMES[lang]} model answer is suggested "
                            f"{'Again' if j.suggested_rating == 1 else 'Hard'} by its rubric; {why}")
    return warnings
