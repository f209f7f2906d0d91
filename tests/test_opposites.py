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
    # group 1
    ('seq2seq-encoder-decoder-overview', 'Once it has the context vector, the decoder emits the entire target sentence in one go.'),
    ('seq2seq-encoder-decoder-overview', '编码器读完源句以后，解码器一次性生成整句译文。'),
    ('seq2seq-context-bottleneck', 'The context-vector bottleneck mostly hurts short sentences: they lose the most information.'),
    ('seq2seq-context-bottleneck', 'With attention the context is computed once per sentence and then reused by the decoder.'),
    ('seq2seq-reverse-source', 'Reversing the source brings its last words closer to the decoder, which is why it helps.'),
    ('seq2seq-reverse-source', '源句倒过来以后，对应词之间的平均距离变小了，这就是它有效的原因。'),
    ('seq2seq-reverse-source', '即使用了注意力，把源句倒序仍然需要。'),
    ('seq2seq-teacher-forcing', '推理时前面生成错的词，误差到后面会互相抵消。'),
    ('seq2seq-scheduled-sampling', 'Mixing in sampled predictions makes exposure bias worse, not better.'),
    ('seq2seq-greedy-vs-beam', 'Greedy search yields the globally optimal sequence.'),
    ('seq2seq-greedy-vs-beam', '束越大，BLEU 就越大越好。'),
    ('seq2seq-length-normalisation', 'The fix is to multiply the beam score by |Y|^α.'),
    ('seq2seq-bleu', 'BLEU is based on n-gram recall against the reference.'),
    ('seq2seq-bleu', 'BLEU 把四个精确率做算术平均。'),
    ('seq2seq-coverage', 'The coverage vector is the maximum of the earlier attention distributions.'),
    ('seq2seq-copy-pointer', 'Rare names are handled by giving the decoder a much larger vocabulary.'),
    ('embeddings-word-vector-definition', 'The numbers in a word vector are hand-crafted from data by linguists.'),
    ('embeddings-lookup-one-hot-matmul', 'Multiplying o_w by E selects the column of word w.'),
    ('embeddings-lookup-one-hot-matmul', '反向传播时整个嵌入矩阵的所有行都会得到梯度更新。'),
    ('embeddings-pretrained-vs-end-to-end', '数据很多的时候应该把嵌入层冻结。'),
    ('embeddings-cbow-vs-skipgram', 'CBOW and skip-gram are deep networks with several hidden layers.'),
    ('embeddings-negative-sampling', 'Negatives are drawn from the unigram distribution raised to the power 1/2.'),
    ('embeddings-contextual', 'ELMo is built on a Transformer, just like BERT.'),
    ('embeddings-distributional-limits', '反义词的向量方向相反，比如 hot 和 cold。'),
    ('embeddings-count-vs-predict', 'Given equally tuned hyperparameters, predictive models still outperform count-based ones.'),
    ('embeddings-ppmi', 'PPMI keeps the negative PMI values and drops the positive ones.'),
    ('embeddings-svd-lsa', 'SVD then keeps the k smallest singular values.'),
    ('embeddings-svd-lsa', 'Car and automobile rarely co-occur, so even after LSA they stay far apart.'),
    ('embeddings-glove-loss', 'GloVe fits the dot product of the word and context vectors to the raw co-occurrence count.'),
    ('embeddings-glove-loss', '权重函数 f 没有上限，次数越多权重越大。'),
    ('embeddings-sgns-shifted-pmi', '这个等式在任意维度下都成立。'),
    ('embeddings-weight-tying', 'Tying the embedding and softmax matrices saves computation.'),
    ('embeddings-weight-tying', '权重绑定通常会让困惑度升高。'),
    ('embeddings-weight-tying', 'Weight tying shares the embedding with the recurrent weights W_hh.'),
    ('embeddings-bias', 'The gender bias comes from the training algorithm, not from what the corpus says.'),
    ('embeddings-ppmi', 'PPMI keeps the negative values and sets the positive ones to zero.'),
    ('embeddings-svd-lsa', 'LSA 保留最小的奇异值。'),
    ('embeddings-bias', '偏见来自训练算法本身，而不是语料。'),
    ('embeddings-distributional-limits', '反义词的向量离得很远。'),
    ('embeddings-weight-tying', '权重绑定把嵌入层和循环权重 W_hh 共享。'),
    ('seq2seq-reverse-source', 'Reversing mainly helps the end of the sentence, where the last words become close.'),
    ('seq2seq-greedy-vs-beam', '束宽几乎不影响计算量，因为 k 个假设是并行算的。'),
    ('seq2seq-length-normalisation', 'α 是在测试集上调的。'),
    ('seq2seq-coverage', 'The coverage vector is the product of the previous attention distributions.'),
    ('embeddings-cbow-vs-skipgram', 'In CBOW the network predicts the surrounding words from the centre word, and it is fast.'),
    ('embeddings-cbow-vs-skipgram', 'skip-gram 根据上下文预测中心词。'),
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
    ('training-compute-memory-scaling', 'BPTT 的激活内存和序列长度无关，只跟 batch 和 H 有关。'),
    ('training-softmax-cost', 'The logits need not be kept after the forward pass, so the output layer costs compute but no activation memory.'),
    ('training-softmax-remedies', 'NCE mainly makes inference faster, since it avoids the full softmax when decoding.'),
    ('training-rnn-sequential', 'With teacher forcing the run time of an epoch no longer grows with the sequence length.'),
    ('attention-soft-vs-hard', 'Soft attention samples a single location per step.'),
    # group 3
    ('nlp-challenges-context-kuaiwanle', '在中国说，这句话的意思是局面要崩溃了。'),
    ('nlp-challenges-context-kuaiwanle', 'Said in Europe, it meant the outbreak was winding down.'),
    ('gru-long-range-agreement', 'In a plain RNN the gradient explodes over many steps, so it cannot learn the agreement.'),
    ('gru-long-range-agreement', '普通 RNN 的梯度经过很多步会爆炸，所以学不到这种依赖。'),
    ('nlp-challenges-cnn-2d-rnn-1d', 'RNN 每一步用不同的权重，所以能处理任意长度。'),
    ('history-transformer-displaced-rnn', '训练时 RNN 可以在时间维度上并行。'),
    ('bidirectional-elmo-vs-bert', 'ELMo is deeply bidirectional, like BERT.'),
    ('bidirectional-elmo-vs-bert', 'BERT is trained to predict the next token, left to right.'),
    ('gru-why-gates-help-gradients', 'With Γu close to 1 the old state is copied, so the gradient flows.'),
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
    ('deep-rnn-ways-to-deepen', 'With a deep transition, several layers inside each step, the gradient through time flows better.'),
    ('rnn-cell-symbol-shapes', '按列向量的记法，输入权重 W_ax 的形状是 (n_x, n_a)。'),
    ('rnn-cell-symbol-shapes', 'W_ya 的形状是 (n_a, n_y)。'),
    ('rnn-cell-unrolling', '展开后每个时间步的副本都有不同的权重。'),
]

# Right answers that use an opposite's words of something else, or state the key point as well.
STILL_RIGHT = [
    ('training-compute-memory-scaling', 'Activation memory grows linearly with T because BPTT stores every step; the parameter count is independent of T.'),
    ('training-compute-memory-scaling', 'BPTT 要保存每一步的激活，激活内存随 T 线性增长；参数量跟 T 没关系。'),
    # group 1
    ('embeddings-lookup-one-hot-matmul', 'Only the rows of words in the batch get gradients, so PyTorch can use sparse updates with sparse=True, which is off by default.'),
    ('embeddings-sgns-shifted-pmi', '也可以显式地分解：SPPMI = max(PMI − log k, 0) 再做 SVD，只是误差的加权方式和 SGNS 不同。'),
    ('embeddings-bias', 'Hard debiasing projects the gender direction out of gender-neutral words and equalises pairs like grandmother and grandfather.'),
    ('seq2seq-reverse-source', 'The average distance between corresponding words stays the same, since the last source words move farther away.'),
    ('embeddings-pretrained-vs-end-to-end', 'In Keras pass an (input_dim, output_dim) matrix with Constant(matrix) and set trainable=False to freeze; fine-tune later with a low learning rate.'),
    ('seq2seq-coverage', 'See 等加了覆盖损失，惩罚再次关注已经覆盖过的位置。'),
    ('seq2seq-encoder-decoder-overview', 'The decoder generates the translation word by word; the encoder reads the whole source first, so the two do not run at once.'),
    ('seq2seq-context-bottleneck', 'Short sentences fit into the vector fine, but on long sentences quality drops because early words are lost.'),
    ('seq2seq-reverse-source', 'Reversing does not shorten the average distance; it brings the first words close together, which makes optimisation easier.'),
    ('seq2seq-greedy-vs-beam', '贪心每一步取概率最高的词，但不一定能找到概率最高的序列。'),
    ('seq2seq-bleu', 'BLEU uses clipped n-gram precision rather than recall, and the brevity penalty plays the role recall would play.'),
    ('seq2seq-teacher-forcing', 'Teacher forcing makes training faster and more stable; without it, training is slower.'),
    ('embeddings-lookup-one-hot-matmul', 'Only the rows of the words in the batch get a gradient, not every row of E.'),
    ('embeddings-weight-tying', 'Tying removes V·H parameters and usually lowers perplexity; the softmax computation itself costs the same.'),
    ('embeddings-svd-lsa', 'We keep the k largest singular values and throw the smallest ones away as noise.'),
    ('embeddings-pretrained-vs-end-to-end', '数据少的时候用预训练向量并冻结，数据多的时候可以端到端训练。'),
    ('embeddings-glove-loss', 'GloVe fits w_i·w̃_j + b_i + b̃_j to log X_ij rather than to the raw count.'),
    ('embeddings-contextual', 'ELMo uses a bidirectional LSTM language model, while BERT uses a Transformer encoder.'),
    ('seq2seq-scheduled-sampling', "The probability of feeding the model's own prediction increases over training, which reduces exposure bias."),
    ('seq2seq-encoder-decoder-overview', 'At training time the decoder is fed the reference tokens, so it can be trained in parallel.'),
    ('embeddings-weight-tying', 'Untied models have more parameters and overfit more, so tying usually gives lower perplexity.'),
    ('embeddings-weight-tying', 'Untied models have more parameters and higher perplexity; tying lowers perplexity.'),
    ('embeddings-svd-lsa', 'The columns of U_k are the singular directions; the word vectors are the rows of U_k Σ_k.'),
    ('embeddings-ppmi', 'If two words are independent, their PMI is 0; a positive PMI means they co-occur more often than chance.'),
    ('embeddings-distributional-limits', 'Frequent words get reliable vectors, but a rare word\'s vector is noisy.'),
    ('embeddings-bias', 'Debiasing does not delete the gendered words; it projects the direction out of neutral words.'),
    ('seq2seq-context-bottleneck', 'Cho et al. fed the context vector to every decoder step, and Sutskever et al. reversed the source.'),
    ('seq2seq-reverse-source', 'It makes the first dependencies short, not all of them.'),
    ('seq2seq-coverage', 'GNMT\'s coverage penalty favours hypotheses that cover every source word.'),
    ('embeddings-cbow-vs-skipgram', 'Unlike skip-gram, which predicts the context words, CBOW predicts the centre word.'),
    ('embeddings-cbow-vs-skipgram', 'skip-gram 用中心词预测上下文词，CBOW 则用上下文预测中心词。'),
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
    ('training-softmax-cost', 'The logits must be kept for the backward pass; they can only be freed after backward.'),
    ('training-softmax-remedies', 'Sampled softmax helps only in training; at inference the full softmax is computed.'),
    ('attention-soft-vs-hard', 'Hard attention picks one position, whereas soft attention takes a weighted average of all of them.'),
    # group 3
    ('nlp-challenges-context-kuaiwanle', 'In China it meant the epidemic was nearly over, while in Europe it meant we are doomed.'),
    ('gru-long-range-agreement', 'A GRU learns an update gate; when Γu is near 0 the unit keeps its value and stores the gender until the pronoun.'),
    ('nlp-challenges-long-range', 'Clipping handles exploding gradients but does not fix vanishing ones; gates and attention help with the long range.'),
    ('bidirectional-streaming', '离线转写和翻译编码器可以用双向；流式识别要用单向或有限前瞻的模型。'),
    ('history-lstm-why', 'LSTM fixed this with an additively updated memory cell plus learned multiplicative gates.'),
    ('nlp-challenges-context-kuaiwanle', '在中国是快结束了，在欧洲是要完蛋了；同样的字，意思取决于情境。'),
    ('gru-long-range-agreement', 'A plain RNN overwrites its state at every step and its gradient vanishes; exploding gradients are rarer and clipped.'),
    ('nlp-challenges-variable-length', 'A feed-forward net has different weights for each position, whereas an RNN shares the same weights at every step, so any length works.'),
    ('nlp-challenges-cnn-2d-rnn-1d', 'An RNN reuses the same weights at each step, so any length works; a feed-forward net would need different weights per position.'),
    ('history-transformer-displaced-rnn', 'RNNs are sequential over time; they can only be parallelised across the batch.'),
    ('history-transformer-displaced-rnn', '在训练时 RNN 无法在时间维度上并行，因为第 t 步要等第 t-1 步。'),
    ('bidirectional-elmo-vs-bert', 'ELMo concatenates a forward and a backward LSTM only at the end, so it is shallow; BERT is deeply bidirectional at every layer.'),
    ('bidirectional-elmo-vs-bert', 'BERT is trained with masked language modelling, not by predicting the next token.'),
    ('gru-why-gates-help-gradients', 'With Γu ≈ 0 the old state is copied; with Γu close to 1 the candidate replaces it.'),
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
    ('rnn-cell-unrolling', 'Unrolling gives T copies that share one set of weights; per-step weights would be a different model.'),
    ('gru-vs-lstm-coupled-gate', "Greff et al. (2017) tested this coupled input-and-forget-gate variant and it did about as well as the full LSTM."),
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
