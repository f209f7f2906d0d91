"""A key point said the other way round — one of its concepts replaced by the `opposite` the bank
lists for it — contradicts the key point: the answer is suggested Again and shown the learner's words.

Each case is a short wrong answer that turns one fact of a key point round in words the question's
misconceptions do not list; the right answers beside them state the key point (or say the opposite
of something else) and are not held against the learner.
"""

from __future__ import annotations

import pytest

from rnnquiz.bank.loader import bank_paths, load_banks
from rnnquiz.rubric.judge import AGAIN, judge_open, opposite_claims

OPPOSITES = [
    ('training-compute-memory-scaling', '激活内存其实跟 T 没关系，因为各个时间步共享同一组权重。'),
    ('training-compute-memory-scaling', 'Activation memory is independent of T, because every step reuses the same weights.'),
]

# Right answers that use an opposite's words of something else, or state the key point as well.
STILL_RIGHT = [
    ('training-compute-memory-scaling', 'Activation memory grows linearly with T because BPTT stores every step; the parameter count is independent of T.'),
    ('training-compute-memory-scaling', 'BPTT 要保存每一步的激活，激活内存随 T 线性增长；参数量跟 T 没关系。'),
]


@pytest.fixture(scope="module")
def by_id():
    return load_banks(bank_paths()).by_id()


@pytest.mark.parametrize(("qid", "text"), OPPOSITES)
def test_a_key_point_said_the_other_way_round_is_caught(by_id, qid, text):
    j = judge_open(by_id[qid], text)
    assert j.contradictions and j.suggested_rating == AGAIN, (qid, text, j.reason)
    assert all(p.evidence and p.evidence in text for p in j.contradictions), [p.evidence for p in j.contradictions]


@pytest.mark.parametrize(("qid", "text"), STILL_RIGHT)
def test_an_opposite_said_of_something_else_is_not_held_against_the_learner(by_id, qid, text):
    j = judge_open(by_id[qid], text)
    assert not j.contradictions, (qid, text, [p.evidence for p in j.contradictions])


def test_opposites_are_written_as_the_claims_they_turn_round(by_id):
    """Every opposite replaces one concept and keeps the rest, so the inverted claim has the key
    point's length; a misconception never carries one (the schema refuses it)."""
    n = 0
    for q in by_id.values():
        if q.kind != "open":
            continue
        for p in q.data["key_points"]:
            for inverted in opposite_claims(p["claim"]):
                n += 1
                assert len(inverted) == len(p["claim"]) and sum(a is not b for a, b in zip(inverted, p["claim"])) == 1
    assert n >= 1


def test_a_misconception_with_an_opposite_is_refused():
    from pydantic import ValidationError

    from rnnquiz.bank.schema import Misconception

    with pytest.raises(ValidationError, match="opposites belong to key points"):
        Misconception.model_validate({"text": {"en": "x", "zh": "x"}, "claim": [
            {"en": ["a"], "zh": ["a"], "opposite": {"en": ["b"], "zh": ["b"]}}]})
