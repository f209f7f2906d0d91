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
    ('history-jordan-vs-elman', 'Structurally the two are identical: both feed back the hidden state.'),
    ('history-jordan-vs-elman', 'Jordan 网络把上一时刻隐藏层的状态送回输入端。'),
    ('history-lstm-why', 'The real problem of the old RNNs was overfitting on small datasets.'),
    ('history-lstm-why', '1997 年的 LSTM 就已经有三个门：输入门、遗忘门和输出门。'),
    ('lstm-slide-missing-tanh', 'The tanh on the cell is there to prevent vanishing gradients.'),
    ('lstm-slide-missing-tanh', '对 c^t 加 tanh 是为了避免梯度消失。'),
    ('nlp-challenges-cnn-2d-rnn-1d', 'Word order carries little information; a bag of words already tells you most of the meaning.'),
    ('nlp-challenges-cnn-2d-rnn-1d', 'CNN 只能处理图像这种二维数据。'),
    ('nlp-challenges-long-range', 'The fix is gradient clipping, which keeps the gradient from vanishing.'),
    ('nlp-challenges-long-range', '用 LSTM 的话信息可以永远保存，这个问题就彻底解决了。'),
    ('nlp-challenges-variable-length', 'We truncate every sentence in the batch to the shortest one, which loses no information.'),
    ('nlp-challenges-variable-length', 'RNN 可以并行处理所有时间步，所以很快。'),
    ('rnn-cell-forward-equations', 'The state update is a^t = tanh(W_aa a^t + W_ax x^t + b_a).'),
    ('rnn-cell-forward-equations', 'W_ya 把输入 x^t 直接映射到输出 y^t。'),
    ('rnn-cell-weight-sharing-why', 'Sharing the weights stops the gradients from vanishing.'),
    ('rnn-cell-weight-sharing-why', '因为权重共享，RNN 完全不会过拟合。'),
    ('rnn-cell-why-tanh', 'Switching to ReLU makes no real difference.'),
    ('rnn-cell-why-tanh', '把 tanh 换成 ReLU 效果差不多。'),
    ('rnn-types-one-to-many', 'It always generates a sequence exactly the same length as the training sequences.'),
    ('rnn-types-one-to-many', '一对多就是多个并行的 RNN，每个 RNN 生成一个音符。'),
    ('seq2seq-teacher-forcing', 'Teacher forcing feeds the decoder its own predictions during training.'),
    ('seq2seq-teacher-forcing', '教师强制带来的问题是过拟合。'),
    ('training-bptt-what', 'The error recursion runs forward: δ^t depends on δ^(t-1).'),
    ('training-bptt-what', 'W_aa 在每一步的梯度不需要相加。'),
]


@pytest.fixture(scope="module")
def by_id():
    return load_banks(bank_paths()).by_id()


@pytest.mark.parametrize(("qid", "text"), CASES)
def test_a_named_wrong_claim_is_caught(by_id, qid, text):
    j = judge_open(by_id[qid], text)
    assert j.misconceptions and j.suggested_rating == AGAIN, (qid, text, j.reason)
