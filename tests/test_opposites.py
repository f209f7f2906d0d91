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
    # group 4
    ('lstm-peephole', 'Peephole connections feed the cell state into the gates; nowadays PyTorch and Keras ship them turned on by default.'),
    ('lstm-peephole', '窥视孔让门也能看到细胞状态；现在 PyTorch 和 Keras 的 LSTM 都默认开启了它。'),
    ('rnn-cell-forward-equations', 'At every time step the RNN applies different weights, so position 5 and position 50 are handled by separate matrices.'),
    ('rnn-cell-forward-equations', '每个时间步用的是各自的权重，所以不同位置由不同的矩阵处理。'),
    ('rnn-cell-why-tanh', 'Swap tanh for ReLU and the problem is solved: with ReLU the hidden state can neither vanish nor explode.'),
    ('rnn-cell-stacked-form', 'Writing W_a[a^(t-1), x^t] as one matrix multiplication is actually slower than doing the two small products.'),
    ('rnn-cell-stacked-form', '把两个矩阵拼成一个做一次矩阵乘法其实更慢，不如分开算两次。'),
    ('rnn-cell-symbol-shapes', 'With column vectors, the input weight W_ax has shape (n_x, n_a).'),
    ('rnn-cell-symbol-shapes', 'W_ya has shape (n_a, n_y), so it maps the hidden state to the output.'),
    ('rnn-cell-unrolling', 'Unrolling draws T copies of the cell, and each copy has its own weights.'),
    ('rnn-cell-unrolling', '展开以后是 T 个副本，每个副本都有各自的权重。'),
    ('rnn-cell-unrolling', 'In BPTT the gradient of the shared weight is simply averaged over the steps.'),
    ('rnn-types-speech-type', 'Speech recognition is many-to-many with different lengths, and CTC needs frame-level alignment given in the training data.'),
    ('rnn-types-speech-type', '语音识别是长度不同的多对多，CTC 需要逐帧对齐好的标签才能训练。'),
    ('rnn-types-many-to-one-output', 'If the batch is padded, just take output[-1] for every sequence and feed it to the classifier.'),
    ('deep-rnn-why-few-layers', "Extra layers are cheap because a stack's layers are computed fully in parallel across time."),
    ('deep-rnn-why-few-layers', '多加几层不贵，因为各层在时间上可以完全并行计算，计算量几乎不变。'),
    ('deep-rnn-dropout', 'In a stacked LSTM the dropout goes on the horizontal connections from h_(t-1) to h_t.'),
    ('deep-rnn-dropout', 'The dropout argument of nn.LSTM acts on all of its layers, including the last one.'),
    ('deep-rnn-dropout', 'nn.LSTM 的 dropout 参数作用在每一层的输出上，包括最后一层。'),
    ('deep-rnn-ways-to-deepen', 'A deep transition makes the gradient through time easier to propagate, since each step gets more layers.'),
    ('deep-rnn-ways-to-deepen', '深转移在每一步里加了几层，时间方向上的梯度反而更好传。'),
    ('deep-rnn-residual', "A residual connection multiplies a layer's input with its output before passing it up."),
    ('deep-rnn-residual', '残差连接把这一层的输入和输出拼接起来再送到上一层。'),
    ('gru-vs-lstm-coupled-gate', "To get the GRU, the LSTM's output gate becomes the GRU's reset gate."),
    ('gru-vs-lstm-coupled-gate', 'GRU 里 LSTM 的输出门变成了重置门。'),
    ('gru-vs-lstm-coupled-gate', 'Greff et al. found the coupled input-forget gate variant much worse than the vanilla LSTM.'),
    ('gru-vs-lstm-when-to-pick', 'Start with the LSTM: the GRU has more parameters and is slower, so it only pays off with lots of data.'),
    ('gru-vs-lstm-speed', 'Since both are sequential in time, the GRU ends up twice as fast as the LSTM.'),
]

# Right answers that use an opposite's words of something else, or state the key point as well.
STILL_RIGHT = [
    ('training-compute-memory-scaling', 'Activation memory grows linearly with T because BPTT stores every step; the parameter count is independent of T.'),
    ('training-compute-memory-scaling', 'BPTT 要保存每一步的激活，激活内存随 T 线性增长；参数量跟 T 没关系。'),
    # group 4
    ('deep-rnn-dropout', "Dropout goes between the layers, not on the horizontal connections; nn.LSTM's dropout acts on every layer except the last one."),
    ('lstm-peephole', 'Peepholes let the gates see the cell state; PyTorch and Keras do not have peepholes, although some older TensorFlow cells offered them.'),
    ('rnn-cell-unrolling', 'Unrolling gives T copies of the cell that share the same weights; a model with separate weights per step would be a different network.'),
    ('rnn-cell-stacked-form', 'One large matrix multiplication is more efficient than two small ones; two separate calls would be slower.'),
    ('deep-rnn-why-few-layers', 'Compute grows with L × T because each layer is another sequential pass; only the batch dimension runs in parallel.'),
    ('gru-vs-lstm-when-to-pick', 'The GRU has fewer parameters and is faster; the LSTM has more parameters and suits long sequences.'),
    ('deep-rnn-residual', '残差连接把这一层的输入加到输出上，而不是拼接。'),
    ('rnn-types-speech-type', '语音识别是长度不同的多对多，数据里没有帧级对齐；CTC 在损失里对所有可能的对齐求和。'),
    ('rnn-types-speech-type', 'Speech recognition is many-to-many with different lengths; the transcripts give no frame-level alignment, and CTC does not need one.'),
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
