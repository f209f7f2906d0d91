"""A question as it is presented: closed questions' options and items in the shuffled order shown."""

from __future__ import annotations

from rnnquiz.bank.grading import LETTERS, Layout, expected_letters
from rnnquiz.bank.model import Question


def presented_json(q: Question, layout: Layout) -> dict:
    """Return the exported form of a question laid out as `ask` shows it.

    Choice questions list `options` in the presented order with `correct` pointing into it; order
    and match questions keep their bank fields (the solution) and add `shown`, the items or right-hand
    column in the presented order. Every closed kind gets `letters`: what to type to be right.
    """
    data = q.to_json()
    if q.kind == "choice" and layout.order:
        data["options"] = [q.data["options"][i] for i in layout.order]
        data["correct"] = sorted(layout.order.index(i) for i in q.data["correct"])
    elif q.kind == "order" and layout.order:
        data["shown"] = [{"letter": LETTERS[k], **q.data["items"][i]} for k, i in enumerate(layout.order)]
    elif q.kind == "match" and layout.order:
        data["shown"] = [{"letter": LETTERS[k], **q.data["pairs"][i]["right"]} for k, i in enumerate(layout.order)]
    letters = expected_letters(q, layout)
    if letters is not None:
        data["letters"] = letters
    return data
