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
]

# Right answers that use an opposite's words of something else, or state the key point as well.
STILL_RIGHT = [
    ('training-compute-memory-scaling', 'Activation memory grows linearly with T because BPTT stores every step; the parameter count is independent of T.'),
    ('training-compute-memory-scaling', 'BPTT 要保存每一步的激活，激活内存随 T 线性增长；参数量跟 T 没关系。'),
    # group 1
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
