"""Misconceptions of the held-out questions fire on the wrong claims they name, in both languages.

Each case is a short wrong answer an interviewer hears; the rubric must suggest Again for it. The
right claims below deny or explain a misconception in words close to it, and must not trip it.
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
    ('history-jordan-vs-elman', "Today's vanilla RNN comes from Jordan's network."),
    ('history-jordan-vs-elman', 'Jordan 网络比 Elman 网络表达能力更强。'),
    ('history-lstm-why', "LSTM's key idea is attention over the earlier hidden states."),
    ('history-lstm-why', '以前的 RNN 参数太少，记不住长序列。'),
    ('lstm-slide-missing-tanh', 'The standard LSTM computes h_t = tanh(o_t * c_t).'),
    ('lstm-slide-missing-tanh', 'tanh 的作用是把隐藏状态压到 (0, 1) 之间。'),
    ('nlp-challenges-long-range', 'Stacking more layers is the fix for long-range dependencies.'),
    ('nlp-challenges-long-range', '用双向 RNN 就能彻底解决长距离依赖。'),
    ('nlp-challenges-variable-length', 'Zero padding has no effect on the hidden state, so no mask is needed.'),
    ('nlp-challenges-variable-length', 'RNN 会根据句子长度自动调整大小。'),
    ('rnn-cell-forward-equations', 'W_ya is the recurrent weight and W_aa maps a^t to the output.'),
    ('rnn-cell-forward-equations', 'The output is y^t = f(W_ya a^(t-1) + b_y).'),
    ('rnn-cell-why-tanh', 'ReLU 的输出也是有界的，所以不会爆炸。'),
    ('rnn-types-one-to-many', '一对多 RNN 的输出长度由输入的长度决定。'),
    ('seq2seq-teacher-forcing', 'With teacher forcing the encoder is given the ground-truth target sentence.'),
    ('seq2seq-teacher-forcing', '教师强制的缺点是训练变慢。'),
    ('training-bptt-what', 'The gradient of W_aa is the product of the per-step gradients.'),
    ('training-bptt-what', 'W_aa 的梯度等于最后一步的梯度乘以 T。'),    ('rnn-cell-why-tanh', 'ReLU also makes gradients vanish: its derivative is 0 for positive inputs.'),
    ('lstm-slide-missing-tanh', 'The output gate times tanh keeps the hidden state between 0 and 1.'),
    ('lstm-slide-missing-tanh', '这样隐藏状态在 (0, 1) 之间。'),
]


@pytest.fixture(scope="module")
def by_id():
    return load_banks(bank_paths()).by_id()


@pytest.mark.parametrize(("qid", "text"), CASES)
def test_a_named_wrong_claim_is_caught(by_id, qid, text):
    j = judge_open(by_id[qid], text)
    assert j.misconceptions and j.suggested_rating == AGAIN, (qid, text, j.reason)


# Right claims that deny, explain or merely resemble a misconception: none of them is held against the learner.
NOT_WRONG = [
    ('lstm-slide-missing-tanh', 'The standard LSTM does not skip the tanh: it computes h_t = o_t * tanh(c_t).'),
    ('lstm-slide-missing-tanh', '实际的 LSTM 并没有去掉 tanh，而是 h_t = o_t ⊙ tanh(c_t)。'),
    ('nlp-challenges-variable-length', 'Padding alone is not enough: without a mask the model also learns from the pad tokens.'),
    ('nlp-challenges-variable-length', '补齐之后如果不加 mask，pad 的位置也会算进损失。'),
    ('nlp-challenges-cnn-2d-rnn-1d', "A CNN with a fixed window can't handle text of arbitrary length as naturally as an RNN."),
    ('history-jordan-vs-elman', 'Elman 比 Jordan 更强，因为隐藏状态可以存任务需要的任何信息。'),
    ('history-lstm-why', 'LSTM was invented because RNNs trained with backprop could not learn long-range dependencies.'),
    ('rnn-cell-weight-sharing-why', '如果每个位置各学一个矩阵，模型只能处理固定长度的输入。'),
    ('rnn-types-one-to-many', 'Unlike many-to-one, which reads the whole sequence and outputs one label, one-to-many starts from one input.'),
    ('rnn-types-one-to-many', 'At generation time there is no teacher forcing: each sampled note is fed back as the next input.'),
    ('seq2seq-teacher-forcing', 'At test time there is no ground truth, so the model must feed its own predictions.'),
    ('nlp-challenges-variable-length', 'We pad to the longest sentence rather than truncating, and mask the pads.'),
]


@pytest.mark.parametrize(("qid", "text"), NOT_WRONG)
def test_a_right_claim_is_not_taken_for_a_misconception(by_id, qid, text):
    j = judge_open(by_id[qid], text)
    assert not j.misconceptions and not j.contradictions, (qid, text, [m.text["en"] for m in j.misconceptions])
