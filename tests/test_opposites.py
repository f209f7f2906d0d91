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
    # group 2
    ('training-bptt-what', "BPTT's memory is independent of T, since only the current step is needed."),
    ('training-vanishing-why', 'tanh 的导数可以大于 1，所以梯度会爆炸。'),
    ('training-vanishing-why', 'The gradient shrinks linearly with the distance between the two steps.'),
    ('training-clip-norm-vs-value', 'Value clipping keeps the direction of the gradient, so nothing is distorted.'),
    ('training-clip-norm-vs-value', 'RNN 里通常用按值裁剪。'),
    ('training-tbptt', '每段开始时把隐藏状态重新初始化，再 detach，梯度就不会跨段。'),
    ('training-tbptt', 'Dependencies longer than k can still be learned, because the state is carried over.'),
    ('training-lstm-why-helps', 'The cell state is updated multiplicatively, which keeps the gradient alive.'),
    ('training-lstm-why-helps', '用了 LSTM 以后就不再需要梯度裁剪了。'),
    ('training-layernorm', 'layernorm 是在批维度上做归一化的。'),
    ('training-stateful-batch-layout', 'Shuffling the batches is fine, the state is carried anyway.'),
    ('training-stateful-reset', 'detach 会把状态清零。'),
    ('training-temperature', '把 logits 乘以 T 再做 softmax。'),
    ('training-decoding-strategies', 'top-p 每步保留固定数量的词。'),
    ('training-softmax-cost', 'The logits can be thrown away as soon as the softmax is computed.'),
    ('training-softmax-remedies', '采样 softmax 主要是加快推理时的速度。'),
    ('training-softmax-remedies', 'Hierarchical softmax still costs O(V) per word.'),
    ('training-softmax-remedies', 'Negative sampling gives normalised probabilities, so it works as a language model.'),
    ('training-rnn-speed', '输入投影 W_ih x 只能在循环里逐步算。'),
    ('training-rnn-sequential', 'The wall-clock time is constant in the sequence length.'),
    ('training-rnn-sequential', '训练时间与序列长度无关。'),
    ('attention-mnih-ram', '下一个位置是确定性地算出来的，可以直接求导。'),
    ('attention-bahdanau-vs-luong', 'Bahdanau 用当前时刻的解码器状态打分。'),
    ('attention-bahdanau-vs-luong', 'Luong scores with the previous decoder state s_(t−1).'),
    ('attention-scaled-dot-product-why', '分数太大会让 softmax 变平，梯度变得很小。'),
    ('attention-soft-vs-hard', 'Soft attention picks one position.'),
    ('attention-soft-vs-hard', '硬注意力对所有位置做加权平均。'),
    ('attention-soft-vs-hard', "Mnih et al.'s RAM uses soft attention."),
    ('attention-cross-attention-cost', 'Attention needs only O(T_k) memory, because the weights are discarded after each step.'),
    ('attention-multihead-why', '各个头的输出取平均，再经过输出投影 W^O。'),
    ('attention-multihead-why', 'More heads means more parameters.'),
    ('attention-multihead-why', '参数量随头数增加。'),
    ('attention-rnn-comeback', 'Mamba 和 RWKV 训练时只能串行。'),
]

# Right answers that use an opposite's words of something else, or state the key point as well.
STILL_RIGHT = [
    ('training-compute-memory-scaling', 'Activation memory grows linearly with T because BPTT stores every step; the parameter count is independent of T.'),
    ('training-compute-memory-scaling', 'BPTT 要保存每一步的激活，激活内存随 T 线性增长；参数量跟 T 没关系。'),
    # group 2
    ('training-lstm-why-helps', 'The cell state is updated additively rather than multiplicatively, so the gradient along it is mostly the forget gate; clipping is still needed.'),
    ('training-clip-norm-vs-value', 'Norm clipping rescales the whole gradient and keeps its direction, whereas value clipping changes it.'),
    ('attention-bahdanau-vs-luong', 'Bahdanau 用上一时刻的解码器状态打分，Luong 用当前时刻的状态 h_t。'),
    ('attention-rnn-comeback', 'Mamba and RWKV train in parallel with a scan, but generate step by step with a fixed-size state.'),
    ('attention-soft-vs-hard', 'Soft attention takes a weighted average over all positions, while hard attention picks one position.'),
    ('training-tbptt', 'Carry the state forward but detach it; reset it to zero only at the start of an epoch.'),
    ('training-softmax-remedies', '采样 softmax 只在训练时近似损失，推理时仍要算完整的 softmax。'),
    ('attention-multihead-why', 'The parameter count stays 4·E² + 4·E whatever h is; only the attention-weight memory grows with h.'),
    ('training-rnn-sequential', 'Wall-clock time grows linearly with T; the cost of one step is constant.'),
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
