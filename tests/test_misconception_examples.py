"""Misconceptions of the held-out questions fire on the wrong claims they name, in both languages.

Each case is a short wrong answer an interviewer hears; the rubric must suggest Again for it.
"""

from __future__ import annotations

import pytest

from rnnquiz.bank.loader import bank_paths, load_banks
from rnnquiz.rubric.judge import AGAIN, judge_open

CASES = [
    ('training-bptt-what', 'Truncated BPTT gives the exact same gradient as full BPTT, only cheaper.'),
    ('training-bptt-what', '截断 BPTT 得到的是完整的梯度，只是更省内存。'),
    ('embeddings-negative-sampling', 'The negative samples are the surrounding words in the context window.'),
    ('embeddings-negative-sampling', '负样本就是窗口里的词，正样本是中心词。'),
    ('history-jordan-vs-elman', 'The modern vanilla RNN cell descends from the Jordan network.'),
    ('history-jordan-vs-elman', '今天的 RNN 单元的祖先是 Jordan 网络。'),
    ('gru-why-gates-help-gradients', 'It is the reset gate that prevents vanishing gradients.'),
    ('gru-why-gates-help-gradients', '重置门可以防止梯度消失。'),
    ('attention-bahdanau-vs-luong', 'Bahdanau attention is local: it only looks at a window.'),
    ('attention-bahdanau-vs-luong', 'Bahdanau 是局部注意力，Luong 是全局注意力。'),
    ('seq2seq-teacher-forcing', 'Teacher forcing speeds up inference.'),
    ('seq2seq-teacher-forcing', '教师强制能让推理更快。'),
    ('nlp-challenges-variable-length', 'The hidden size grows with the sentence length.'),
    ('nlp-challenges-variable-length', '隐藏状态的维度随长度增长。'),
    ('bidirectional-formula', "The backward RNN takes the forward layer's outputs as its input."),
    ('bidirectional-formula', '反向 RNN 以正向的输出为输入。'),
    ('rnn-cell-weight-sharing-why', 'With shared weights the hidden states are all the same.'),
    ('rnn-cell-weight-sharing-why', '共享权重以后每一步的隐藏状态都一样。'),
    ('history-lstm-why', 'LSTM was invented to make training faster.'),
    ('history-lstm-why', 'LSTM 是为了加快训练而提出的。'),
]


@pytest.fixture(scope="module")
def by_id():
    return load_banks(bank_paths()).by_id()


@pytest.mark.parametrize(("qid", "text"), CASES)
def test_a_named_wrong_claim_is_caught(by_id, qid, text):
    j = judge_open(by_id[qid], text)
    assert j.misconceptions and j.suggested_rating == AGAIN, (qid, text, j.reason)
