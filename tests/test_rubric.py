"""The open-answer judge: claims, negation, relations, Chinese words, misconceptions and the suggestion."""

from __future__ import annotations

import pytest

from rnnquiz.bank.model import Question
from rnnquiz.rubric.judge import AGAIN, GOOD, HARD, judge_open, rubric_terms
from rnnquiz.rubric.match import concept_hits
from rnnquiz.rubric.text import has_cjk, read


def concept(en, zh, negated=False):
    return {"en": en, "zh": zh, "negated": negated}


def open_question(points, misconceptions=()):
    data = {
        "id": "t-open", "topic": "lstm", "kind": "open", "difficulty": 2, "tags": [], "source": "test",
        "prompt": {"en": "?", "zh": "？"}, "answer": {"en": ".", "zh": "。"}, "follow_ups": [],
        "key_points": [{"text": {"en": f"point {i}", "zh": f"要点 {i}"}, "claim": claim, "scope": scope}
                       for i, (claim, scope) in enumerate(points)],
        "misconceptions": [{"text": {"en": f"wrong {i}", "zh": f"错误 {i}"}, "claim": claim, "scope": scope}
                           for i, (claim, scope) in enumerate(misconceptions)],
    }
    return Question.from_dict(data)


def denies(q: Question, text: str) -> bool:
    """Whether the answer names the first key point's only concept, and only ever denies it. A
    one-concept key point is never contradicted (a denial of a bare term is most often about
    something else: "a unidirectional RNN cannot read backwards"), so its reading is checked here."""
    from rnnquiz.rubric import zh

    terms = sorted(rubric_terms([q]))
    r = read(text, (lambda run: zh.segment(run, terms)) if has_cjk(text) else None)
    hits = concept_hits(r, q.data["key_points"][0]["claim"][0], 0, len(r.tokens))
    return bool(hits) and all(h.negated for h in hits)


TANH = concept(["tanh", "squash", "hyperbolic tangent"], ["tanh", "压缩", "双曲正切"])
CELL = concept(["cell state", "memory", "c^t"], ["细胞状态", "记忆"])
BOUND = concept(["between -1 and 1", "(-1, 1)", "bounded"], ["-1 到 1", "有界"])
LSTM_TANH = open_question([([TANH, CELL], "sentence"), ([TANH, BOUND], "sentence")])

JORDAN = concept(["jordan"], ["jordan"])
ELMAN = concept(["elman"], ["elman"])
OUTPUT = concept(["output"], ["输出"])
HIDDEN = concept(["hidden state", "hidden layer"], ["隐藏状态", "隐藏层"])
FEEDBACK = concept(["feed back", "fed back", "loop back"], ["反馈", "送回"])
JORDAN_ELMAN = open_question(
    [([JORDAN, OUTPUT, FEEDBACK], "clause"), ([ELMAN, HIDDEN], "clause")],
    misconceptions=[([JORDAN, HIDDEN], "clause"), ([ELMAN, OUTPUT], "clause")],
)


def test_own_words_with_stemming_and_gaps_earn_the_points():
    j = judge_open(LSTM_TANH, "The memory gets squashed by tanh, so what comes out is bounded.")
    assert j.covered == [True, True] and j.suggested_rating == GOOD
    assert j.points[0].evidence.startswith("The memory gets squashed")  # the learner's own words, as typed


def test_negated_key_point_is_a_contradiction_and_again():
    j = judge_open(LSTM_TANH, "The standard LSTM does NOT apply tanh to the cell state; it is bounded anyway.")
    assert j.covered[0] is False and j.points[0].contradicted
    assert j.suggested_rating == AGAIN and j.reason == "contradiction"


@pytest.mark.parametrize("answer", [
    "The cell state isn't squashed with tanh.",
    "Instead of tanh on the cell state, it uses the identity.",
    "Without tanh the cell state is passed straight through.",
    "The cell state is not squashed by tanh at all.",
])
def test_negations_in_english(answer):
    assert judge_open(LSTM_TANH, answer).points[0].contradicted


def test_not_only_is_not_a_negation():
    j = judge_open(LSTM_TANH, "Not only does tanh squash the cell state, the output gate then scales it.")
    assert j.covered[0]


def test_swapped_relation_does_not_earn_the_point_and_is_a_misconception():
    right = judge_open(JORDAN_ELMAN, "Jordan feeds back the output, while Elman feeds back the hidden state.")
    assert right.covered == [True, True] and not right.misconceptions and right.suggested_rating == GOOD
    swapped = judge_open(JORDAN_ELMAN, "Jordan feeds back the hidden state, and Elman feeds back the output.")
    assert swapped.covered == [False, False]
    assert len(swapped.misconceptions) == 2 and swapped.suggested_rating == AGAIN
    assert swapped.misconceptions[0].evidence == "Jordan feeds back the hidden state"


def test_chinese_is_matched_on_whole_words():
    door = open_question([([concept(["gate"], ["门"])], "sentence")])
    assert not judge_open(door, "我们部门的表格表示遗忘门的作用").covered[0]  # 门 inside 部门 / 遗忘门
    assert judge_open(door, "这个门决定保留多少").covered[0]


def test_chinese_negation_and_paraphrase():
    assert judge_open(LSTM_TANH, "细胞状态先用 tanh 压缩到 -1 到 1 之间再输出").suggested_rating == GOOD
    j = judge_open(LSTM_TANH, "标准 LSTM 没有对细胞状态做 tanh，输出是有界的")
    assert j.points[0].contradicted and j.suggested_rating == AGAIN
    j = judge_open(LSTM_TANH, "细胞状态用 tanh 压缩，而不是直接输出")
    assert j.covered[0]


def test_mixed_language_answer():
    assert judge_open(LSTM_TANH, "cell state 先经过 tanh，所以 hidden state bounded").covered == [True, True]


def test_suggestions_follow_the_evidence():
    assert judge_open(LSTM_TANH, "").reason == "empty"
    assert judge_open(LSTM_TANH, "I don't know").reason == "dont-know"
    assert judge_open(LSTM_TANH, "CNNs use convolutions over images.").suggested_rating == AGAIN
    three = open_question([([TANH], "sentence"), ([CELL], "sentence"), ([BOUND], "sentence"), ([JORDAN], "sentence")])
    assert judge_open(three, "tanh.").suggested_rating == HARD
    assert judge_open(three, "tanh on the memory, bounded.").suggested_rating == GOOD  # 3 of 4


def test_unicode_minus_and_symbols_are_normalised():
    r = read("c^(t−1) is bounded in (−1, 1)")
    assert [t.norm for t in r.tokens][:5] == ["c", "^", "t", "-", "1"]  # the brackets of an index go
    assert judge_open(LSTM_TANH, "tanh keeps h in (−1, 1)").covered[1]


def test_hostile_answers_give_results_not_tracebacks():
    huge = "the cell state is squashed by tanh. " * 4000  # ~140 KB
    j = judge_open(LSTM_TANH, huge)
    assert j.truncated and j.covered[0]
    j = judge_open(LSTM_TANH, "\x1b[2J[bold]tanh[/bold] squashes \x00 the cell state")
    assert j.covered[0]


def test_clause_words_and_negations_are_read_before_stemming():
    assert judge_open(LSTM_TANH, "Unlike tanh on the cell state, identity is used.").points[0].contradicted
    r = read("tanh squashes because the cell state grows")
    assert len(set(r.clause_of)) == 2
    # "X is not sequential" says something about X; "X is not applied" denies it
    assert judge_open(LSTM_TANH, "The tanh on the cell state is not optional.").covered[0]
    assert judge_open(LSTM_TANH, "tanh on the cell state is not applied.").points[0].contradicted


def test_a_negation_inside_a_phrase_gap_negates_the_phrase():
    reversed_target = open_question([([concept(["target is reversed"], ["目标 反转"])], "sentence")])
    assert judge_open(reversed_target, "the target is reversed").covered[0]
    j = judge_open(reversed_target, "the target is not reversed")
    assert not j.covered[0] and not j.contradictions and denies(reversed_target, "the target is not reversed")


def test_chinese_negation_words_jieba_keeps_whole():
    learn = open_question([([concept(["long-range dependency"], ["长期依赖"])], "sentence")])
    assert denies(learn, "普通 RNN 学不到长期依赖")
    assert denies(learn, "普通 RNN 没法学到长期依赖")
    # a describing word that begins with 不 denies nothing after it, and 不 reaches only the next few words
    win = open_question([([concept(["win"], ["胜出"])], "sentence")])
    assert judge_open(win, "短的假设即使不完整也会胜出").covered[0]
    assert judge_open(win, "这些假设不会因为长度短就在最后胜出").covered[0]
    assert denies(win, "这些假设不会胜出")


def test_asides_dashes_and_notation():
    r = read("PyTorch 没有窥视孔（TensorFlow 提供 peephole）")
    assert r.clause_of[-1] != r.clause_of[0]
    r = read("without shrinking — that is the carousel")
    assert r.clause_of[-1] != r.clause_of[0]
    assert [t.norm for t in read("c̃ ≤ 1, T → ∞").tokens] == ["c̃", "≤", "1", "t", "→", "∞"]


def test_chinese_modifiers_and_replacements():
    layer = open_question([([concept(["linear layer"], ["线性层"])], "sentence")])
    assert judge_open(layer, "embedding 层等价于没有 bias 的线性层").covered[0]  # 没有 denies the bias only
    forget = open_question([([concept(["gru"], ["gru"]), concept(["forget gate"], ["遗忘门"])], "sentence")])
    j = judge_open(forget, "GRU 用 (1−Γu) 代替遗忘门")  # what is replaced is not there
    assert not j.covered[0] and j.points[0].contradicted


def test_an_aside_does_not_cut_its_clause():
    assert judge_open(JORDAN_ELMAN, "Jordan 网络（1986）反馈的是输出，Elman 网络（1990）反馈隐藏状态").covered[0]


def test_a_hypothetical_is_not_an_asserted_misconception():
    grow = open_question([([TANH], "sentence")],
                         misconceptions=[([concept(["parameters"], ["参数"]), concept(["grow with length"], ["随长度增长"])], "sentence")])
    assert judge_open(grow, "The parameters grow with length.").misconceptions
    assert not judge_open(grow, "With a matrix per step the parameters would grow with length.").misconceptions
    assert not judge_open(grow, "如果每一步一套矩阵，参数就会随长度增长。").misconceptions


def test_a_hypothetical_hides_only_its_own_clause():
    grow = open_question([([TANH], "sentence")],
                         misconceptions=[([concept(["parameters"], ["参数"]), concept(["grow with length"], ["随长度增长"])], "sentence")])
    # "would" in another clause of the sentence no longer hides the asserted claim
    assert judge_open(grow, "The parameters grow with length, so training would be slow.").misconceptions
    assert judge_open(grow, "参数随长度增长，否则训练会很慢。").misconceptions
    # a condition with its consequence is hypothetical as a whole
    assert not judge_open(grow, "If every step had its own matrix, the parameters would grow with length.").misconceptions
    assert not judge_open(grow, "If the parameters grew with length, training would be slow.").misconceptions
    # "if" without a consequence, and a choice ("I would choose", 应该选), are asserted
    assert judge_open(grow, "If you unroll it, the parameters grow with length.").misconceptions
    rare = open_question([([TANH], "sentence")],
                         misconceptions=[([concept(["cbow"], ["cbow"]), concept(["rare words"], ["低频词"])], "sentence")])
    assert judge_open(rare, "For rare words I would choose CBOW.").misconceptions
    assert judge_open(rare, "如果关心低频词应该选 CBOW。").misconceptions
    assert judge_open(rare, "如果关心低频词，我会选 CBOW。").misconceptions
    # a clause after the consequence that goes on without a consequence word is a claim of its own
    assert judge_open(grow, "如果每一步一套矩阵，那么要存很多份，其实参数随长度增长。").misconceptions
    assert not judge_open(grow, "如果每一步一套矩阵，那么要存很多份，参数也会随长度增长。").misconceptions
    assert not judge_open(grow, "If every step had its own matrix, memory would explode, and the parameters would grow with length.").misconceptions


def test_a_list_is_one_clause():
    gru_output = open_question([([TANH], "sentence")],
                               misconceptions=[([concept(["gru"], ["gru"]), concept(["output gate"], ["输出门"])], "clause")])
    assert judge_open(gru_output, "The GRU has update, reset and output gates.").misconceptions
    assert judge_open(gru_output, "GRU has update, reset, and output gates.").misconceptions
    assert judge_open(gru_output, "GRU 有更新门、重置门和输出门三个门。").misconceptions
    # clauses stay clauses: long pieces, and 、 between predicates
    assert not judge_open(gru_output, "The GRU merges the states, the LSTM keeps a cell and an output gate.").misconceptions
    r = read("error flows back without decaying, plus multiplicative input and output gates")
    assert r.clause_of[0] != r.clause_of[-1]
    r = read("采样温度调高更有创意、调低更稳")
    assert r.clause_of[0] != r.clause_of[-1]
    r = read("In that paper (2019), Wiegreffe and Pinter replied that it depends on the definition.")
    assert r.clause_of[0] != r.clause_of[-1]
    # the commas and colons of a slice are not clause breaks; the comma after it is
    r = read("h_n[0] equals output[-1, :, :H], and h_n[1] equals output[0, :, H:]")
    assert len(set(r.clause_of)) == 2 and r.clause_of[0] == r.clause_of[[t.norm for t in r.tokens].index("output")]


def test_a_misconception_pairs_words_of_one_clause_not_of_its_asides():
    elmo_transformer = open_question([([TANH], "sentence")],
                                     misconceptions=[([concept(["elmo"], ["elmo"]), concept(["transformer"], ["transformer"])], "clause")])
    assert not judge_open(elmo_transformer, "Models such as ELMo (a biLSTM) or BERT (a Transformer) compute it.").misconceptions
    assert not judge_open(elmo_transformer, "上下文词向量（ELMo 用双向 LSTM，BERT 用 Transformer）是动态算出来的").misconceptions
    assert judge_open(elmo_transformer, "ELMo is a Transformer (like BERT).").misconceptions
    # an aside that opens with words is one even when it goes on with notation
    omits = open_question([([TANH], "sentence")], misconceptions=[
        ([concept(["standard lstm"], ["标准 lstm"]), concept(["drops"], ["去掉"]), concept(["tanh"], ["tanh"])], "clause")])
    assert not judge_open(omits, "a^t = Γo * tanh(c^t) in the standard LSTM (the slide drops the tanh and writes Γo * c^t).").misconceptions
    assert judge_open(omits, "The standard LSTM drops the tanh (it writes Γo * c^t).").misconceptions
    # brackets of notation are not asides
    assert [t.norm for t in read("f(x) with (1-z_t)").tokens] == ["f", "(", "x", ")", "with", "(", "1", "-", "z", "^", "t", ")"]


def test_fei_makes_a_compound_and_denies_no_later_word():
    drop = open_question([([concept(["dropout"], ["dropout"]), concept(["between layers"], ["层间"])], "sentence")])
    assert judge_open(drop, "只在非循环连接上加 dropout，也就是层间").covered[0]
    assert judge_open(drop, "不在层间加 dropout").points[0].contradicted


def test_a_time_frame_belongs_to_the_clause_it_introduces():
    own = open_question([([TANH], "sentence")],
                        misconceptions=[([concept(["training"], ["训练"]), concept(["own predictions"], ["自己 的 预测"])], "clause")])
    assert judge_open(own, "训练时，每一步输入模型自己的预测。").misconceptions
    assert judge_open(own, "During training, each step gets its own predictions.").misconceptions
    assert not judge_open(own, "训练时用真实的词，生成时，每一步输入模型自己的预测。").misconceptions


def test_a_pair_of_dashes_holds_an_aside():
    r = read("An LSTM has three gates — input, forget and output — and two states, the cell c and the hidden h.")
    assert r.clause_of[r.tokens.index(next(t for t in r.tokens if t.word == "states"))] == r.clause_of[0]
    assert r.clause_of[r.tokens.index(next(t for t in r.tokens if t.word == "forget"))] != r.clause_of[0]


def test_a_sentence_opening_with_a_pronoun_goes_on_about_the_one_before():
    j = judge_open(LSTM_TANH, "The output applies tanh first. It keeps h between -1 and 1.")
    assert j.covered == [False, True] and j.points[1].evidence == "The output applies tanh first … It keeps h between -1 and 1"
    assert judge_open(LSTM_TANH, "输出前先做 tanh。它让隐藏状态有界。").covered[1]
    assert judge_open(LSTM_TANH, "The output applies tanh first. Then this keeps h bounded.").covered[1]
    # without a pronoun, or with a dummy "it", the sentences stay apart
    assert not judge_open(LSTM_TANH, "The output applies tanh first. The gate keeps h bounded.").covered[1]
    assert not judge_open(LSTM_TANH, "The output applies tanh first. It is the gate that keeps h bounded.").covered[1]
    # a key point stated the other way round is not undone by the sentence after it
    j = judge_open(LSTM_TANH, "The cell state is never squashed with tanh in a standard LSTM. It is squashed by a sigmoid.")
    assert j.points[0].contradicted and j.suggested_rating == AGAIN


def test_a_misconception_is_not_pieced_together_across_sentences():
    grows = open_question([([CELL], "sentence")], misconceptions=[([TANH, concept(["above 1"], ["大于 1"])], "sentence")])
    assert not judge_open(grows, "The cell state is squashed by tanh. It can grow above 1 otherwise.").misconceptions
    assert judge_open(grows, "tanh makes the cell state grow above 1.").misconceptions


GRADIENT_VANISHES = open_question([([concept(["gradient"], ["梯度"]), concept(["vanish"], ["消失"])], "sentence")])


def test_a_chinese_phrasing_matches_the_start_or_end_of_a_longer_word():
    j = judge_open(GRADIENT_VANISHES, "普通 RNN 有梯度消失问题")  # 梯度消失 is one segmented word
    assert j.covered[0] and j.suggested_rating == GOOD and j.points[0].evidence == "普通 RNN 有梯度消失问题"
    solve = open_question([([concept(["solve"], ["解决"])], "sentence")])
    assert judge_open(solve, "这个问题很好解决").covered[0]
    assert denies(solve, "这个问题解决不了")  # the end of the word denies its start
    keep = open_question([([concept(["keep"], ["保持"])], "sentence")])
    assert judge_open(keep, "门控单元让状态保持不变").covered[0]  # 不变 describes, it does not deny


def test_a_part_of_a_chinese_word_does_not_serve_two_concepts():
    own = open_question([([concept(["generation"], ["生成"]), concept(["own output"], ["自己生成"])], "sentence")])
    assert not judge_open(own, "训练时用的是模型自己生成的词").covered[0]
    assert judge_open(own, "生成时模型只能用自己生成的词").covered[0]


def test_negation_scope_until_double_negation_and_set_phrases():
    whole = open_question([([concept(["whole input"], ["整个序列"]), concept(["until", "wait"], ["等到"])], "sentence")])
    assert judge_open(whole, "The output isn't available until the whole input has arrived.").covered[0]
    assert judge_open(whole, "It does not wait for the whole input.").points[0].contradicted
    # two plain negations cancel; "unlike" / "instead of" still deny
    assert judge_open(LSTM_TANH, "细胞状态并非不用 tanh 压缩。").covered[0]
    assert judge_open(LSTM_TANH, "No LSTM works without tanh squashing the cell state.").covered[0]
    assert judge_open(LSTM_TANH, "The cell state is not squashed by tanh.").points[0].contradicted
    assert judge_open(LSTM_TANH, "Unlike the GRU, the cell state is not squashed by tanh.").points[0].contradicted
    assert judge_open(LSTM_TANH, "Without doubt, tanh squashes the cell state.").covered[0]
    assert judge_open(LSTM_TANH, "The cell state is no longer squashed by tanh.").points[0].contradicted


@pytest.mark.parametrize("written", [
    "a^(t-1)", "a^{t-1}", "a^<t-1>", "a^{<t-1>}", "a_{t-1}", "a_t-1", "a(t-1)", "a<t-1>", "a^(t−1)", "a_(t - 1)",
])
def test_every_way_of_writing_a_time_index_is_one(written):
    previous = open_question([([concept(["a^(t-1)", "previous state"], ["上一时刻"])], "sentence")])
    j = judge_open(previous, f"The cell reads {written} and the input.")
    assert j.covered[0] and j.points[0].evidence == f"The cell reads {written}"  # quoted as typed


def test_formula_notation_is_normalised_in_answers_and_rubrics():
    slide = open_question([([concept(["a^t = γo·c^t"], ["a^t = γo·c^t"])], "sentence")],
                          misconceptions=[([concept(["h = o*c"], ["h = o*c"])], "sentence")])
    for written in ["a^t = Γo ⊙ c^t", "a^{<t>} = \\Gamma_o * c^{<t>}", "a_t = Γ_o c_t", "a^t = Γo∘c^t"]:
        assert judge_open(slide, f"The slide writes {written}.").covered[0], written
    assert judge_open(slide, "The slide writes a^t = Γo · tanh(c^t).").covered == [False]
    assert judge_open(slide, "Here h = o · c.").misconceptions
    tilde = open_question([([concept(["c̃^t"], ["c̃^t"]), concept(["tanh"], ["tanh"])], "sentence")])
    for written in ["\\tilde{c}^{<t>} = \\tanh(W_c x)", "c~t = tanh(W_c x)", "c˜^t = tanh(W_c x)", "c̃_t = tanh(Wx)"]:
        assert judge_open(tilde, written).covered[0], written
    one_hot = open_question([([concept(["one-hot"], ["独热"])], "sentence")])
    assert judge_open(one_hot, "Each word is a one hot vector.").covered[0]
    assert not judge_open(one_hot, "Each one is a hot topic.").covered[0]


def test_irregular_forms_and_british_spellings_are_the_same_words():
    feeds = open_question([([JORDAN, OUTPUT, concept(["feed back"], ["反馈"])], "clause")])
    assert judge_open(feeds, "In Jordan's network the output is fed back.").covered[0]
    assert judge_open(feeds, "Jordan's output gets fed back into the context units.").covered[0]
    normalises = open_question([([concept(["normalize"], ["归一化"]), concept(["behavior"], ["行为"])], "sentence")])
    assert judge_open(normalises, "Layer norm normalises each step, so its behaviour does not depend on the batch.").covered[0]
    frozen = open_question([([concept(["freeze the embeddings"], ["冻结"])], "sentence")])
    assert judge_open(frozen, "We froze the embeddings for the first epoch.").covered[0]


def test_an_answer_about_something_else_that_states_a_key_point_in_passing_is_off_topic():
    shares = open_question([
        ([concept(["share", "same weights"], ["共享"]), concept(["position", "positions", "step"], ["位置"])], "sentence"),
        ([concept(["parameters"], ["参数"]), concept(["sequence length"], ["序列长度"])], "sentence"),
    ])
    cnn = ("CNNs share their kernels across image positions, which is why they are translation equivariant. "
           "Pooling then adds a little invariance. ResNets add skip connections so that very deep networks train. "
           "Batch normalisation also helps the optimisation.")
    j = judge_open(shares, cnn)
    assert j.covered == [True, False] and j.suggested_rating == AGAIN and j.reason == "off-topic"
    # the same point, said about the question, is a partial answer
    j = judge_open(shares, "The same weights are used at every step. That way each position is handled alike.")
    assert j.suggested_rating == HARD and j.reason == "partial"
    j = judge_open(shares, "Every step shares the weights. I'm not sure about the rest. I'd have to check the slides.")
    assert j.reason == "partial"  # two of three sentences are filler, but they are short ones


def test_short_asides_after_long_sentences_on_the_question_do_not_make_it_off_topic():
    between = open_question([([concept(["dropout"], ["dropout"]), concept(["between layers"], ["之间"])], "sentence"),
                             ([concept(["recurrent"], ["循环连接"]), concept(["mask"], ["mask"])], "sentence")])
    text = ("dropout 加在层和层之间，还有输入和输出层之前，不加在时间方向上，因为每步都重新采样的话记忆就保不住了。"
            "PyTorch 里 nn.LSTM 的 dropout 参数对除最后一层外每层的输出都生效，单层的话设了也白设。最后一层它不管。另外它只在训练时生效。")
    j = judge_open(between, text)
    assert j.reason == "partial" and j.suggested_rating == HARD


def test_a_denied_word_inside_a_de_phrase_picks_something_out_and_contradicts_nothing():
    rows = open_question([([concept(["rows of the words"], ["出现 的 词", "对应 的 行"]), concept(["gradient"], ["梯度"])], "sentence")])
    j = judge_open(rows, "没出现的词那几行梯度是 0，不用更新。")
    assert not j.contradictions
    tanh = open_question([([concept(["tanh"], ["tanh"]), concept(["cell"], ["细胞状态"])], "sentence")])
    assert not judge_open(tanh, "没有 tanh 的版本是幻灯片上的简化写法，标准 LSTM 会对细胞状态做 tanh。").contradictions
    assert judge_open(tanh, "标准 LSTM 不对细胞状态做 tanh。").contradictions


def test_english_terms_inside_a_chinese_sentence_fill_a_chinese_phrasing():
    feeds_zh = open_question([([JORDAN, concept(["output is fed back"], ["把 输出 反馈"])], "clause")],
                             misconceptions=[([ELMAN, concept(["output is fed back"], ["把 输出 反馈"])], "clause")])
    assert judge_open(feeds_zh, "Jordan 网络把 output 反馈回去").covered[0]
    j = judge_open(feeds_zh, "Elman 网络把 output 反馈回去，Jordan 网络把 hidden state 反馈回去")
    assert j.misconceptions and j.misconceptions[0].evidence == "Elman 网络把 output 反馈回去" and j.suggested_rating == AGAIN
    assert not judge_open(feeds_zh, "Jordan 网络把 outcome 反馈回去").covered[0]


def test_a_longer_condition_before_a_comma_belongs_to_its_clause():
    keeps = open_question([([concept(["keeps"], ["保留"])], "sentence")],
                          misconceptions=[([concept(["γu ≈ 1", "update gate close to 1"], ["γu 接近 1"]),
                                            concept(["keeps the old state", "keeps"], ["保留"])], "clause")])
    assert judge_open(keeps, "更新门 Γu 接近 1 时，它保留旧的记忆。").misconceptions
    assert judge_open(keeps, "When the update gate is close to 1, it keeps the old state.").misconceptions
    assert not judge_open(keeps, "The update gate is close to 1 here, and then the old memory keeps fading.").misconceptions


def test_a_chinese_compound_phrasing_also_matches_its_two_words_apart():
    vanishing = open_question([([concept(["vanishing gradient"], ["梯度消失"])], "sentence")])
    j = judge_open(vanishing, "因为层数多了梯度容易消失，训练很难。")
    assert j.covered[0] and j.points[0].evidence == "层数多了梯度容易消失"  # 因为 opens a clause
    assert denies(vanishing, "LSTM 里梯度不会消失")
    assert not judge_open(vanishing, "梯度很大，模型训练了很久以后才开始消失").covered[0]  # too far apart


def test_the_object_of_a_phrasings_preposition_is_not_found_past_another_preposition():
    on_gate = open_question([([TANH, CELL], "sentence")],
                            misconceptions=[([concept(["tanh on the output gate"], ["对 输出门 做 tanh"])], "sentence")])
    right = judge_open(on_gate, "The slide forgets the tanh on memory before the output gate scales it.")
    assert not right.misconceptions and right.suggested_rating != AGAIN
    wrong = judge_open(on_gate, "They put a tanh on the output gate, not on the cell state.")
    assert wrong.misconceptions and wrong.suggested_rating == AGAIN
    assert judge_open(on_gate, "tanh on the whole output gate").misconceptions  # words without a preposition still fit


def test_an_english_term_stands_for_a_chinese_word_only_in_a_chinese_sentence():
    loose_zh = open_question([([HIDDEN], "sentence")],
                             misconceptions=[([concept(["gru"], ["gru"]), concept(["a separate cell state"], ["细胞状态"])], "clause")])
    assert not judge_open(loose_zh, "The GRU has one state that acts as both cell state and hidden state.").misconceptions
    assert judge_open(loose_zh, "GRU 也有 cell state。").misconceptions


def test_a_word_ending_like_an_abbreviation_still_ends_its_sentence():
    r = read("Its encoder is bidirectional. Luong keeps it simple, as Luong et al. 2015 show.")
    assert len(set(r.sentence_of)) == 2


def test_not_only_in_chinese_is_no_denial():
    depends = open_question([([concept(["depends on the current input"], ["取决于 当前输入"])], "sentence")])
    j = judge_open(depends, "a^t 不只取决于当前输入，还取决于上一时刻的隐藏状态。")
    assert j.covered == [True] and not j.contradictions
    # … but 而不是只 X ("rather than only X") denies X
    best = open_question([([concept(["all paths"], ["所有 可能 的 路径"])], "sentence")],
                         misconceptions=[([concept(["best path"], ["最优 路径"])], "clause")])
    assert not judge_open(best, "CTC 的损失对所有可能的路径求和，而不是只取最优路径。").misconceptions
    assert judge_open(best, "CTC 不是只对一条路径求和，它取最优路径。").misconceptions


def test_a_comparison_with_like_asserts_what_it_compares_with():
    # "instead of doing P like Jordan does" says that Jordan does P; the negation does not reach past "like"
    right = judge_open(JORDAN_ELMAN, "Instead of feeding back the output like Jordan does, Elman feeds back the hidden state.")
    assert right.covered == [True, True] and not right.contradictions and right.suggested_rating == GOOD
    wrong = judge_open(JORDAN_ELMAN, "Instead of feeding back the hidden state like Jordan does, Elman feeds back the output.")
    assert wrong.misconceptions and wrong.suggested_rating == AGAIN
    relu = open_question([([concept(["relu"], ["relu"]), concept(["unbounded", "without bound"], ["无界"])], "sentence")])
    assert judge_open(relu, "Rather than growing without bound like a ReLU state could, tanh stays in (-1, 1).").covered == [True]
    assert judge_open(JORDAN_ELMAN, "Unlike Jordan, Elman feeds back the hidden state.").covered == [False, True]
    # denied of one network and compared with the other: said of the one compared with
    compared = judge_open(JORDAN_ELMAN, "Elman does not feed back the output like Jordan does. Elman feeds back the hidden layer.")
    assert not compared.contradictions and compared.covered == [True, True] and compared.suggested_rating == GOOD


def test_instead_of_p_like_x_says_p_of_x_and_denies_it_of_the_subject():
    # the subject's own predicate, before "instead of", says nothing of the one it is likened to
    right = judge_open(JORDAN_ELMAN, "Elman feeds back the hidden state instead of feeding back the output like Jordan does.")
    assert right.covered == [True, True] and not right.misconceptions and not right.contradictions
    swapped = judge_open(JORDAN_ELMAN, "Jordan feeds back the hidden state instead of feeding back the output like Elman does.")
    assert swapped.misconceptions and swapped.suggested_rating == AGAIN
    # with nobody of the claim after "like", the words after "rather than" stay denied of the subject
    stepwise = open_question([([concept(["attention"], ["注意力"]), concept(["all positions at once"], ["同时"])], "clause")],
                             misconceptions=[([concept(["self-attention"], ["自注意力"]), concept(["step by step"], ["一步一步"])], "clause")])
    j = judge_open(stepwise, "In self-attention all positions are computed at once rather than step by step like an RNN.")
    assert not j.misconceptions and j.suggested_rating == GOOD
    assert judge_open(stepwise, "Self-attention is computed step by step, like an RNN.").misconceptions


def test_a_not_only_inside_a_phrasing_denies_its_only():
    slower = open_question([([concept(["future"], ["未来"])], "sentence")],
                           misconceptions=[([concept(["generation"], ["生成"]), concept(["just slower"], ["就 只是 慢"])], "clause")])
    assert not judge_open(slower, "拿来做生成就不只是慢的问题了：未来的词根本还不存在。").misconceptions
    assert judge_open(slower, "拿来做生成其实就只是慢一点。").misconceptions


def test_a_whole_sentence_in_brackets_is_an_aside_that_ends_before_the_next_one():
    # the denial inside "(… doesn't correspond to anything.)" does not reach the sentence after it
    greff = open_question([([concept(["greff"], ["greff"]), concept(["as well"], ["差不多"])], "clause")])
    text = "It has two gates. (The GRU's reset gate doesn't correspond to anything in the LSTM.) Greff et al. found it did about as well."
    j = judge_open(greff, text)
    assert j.covered == [True] and not j.contradictions


def test_buxiang_x_nayang_denies_of_the_subject_and_says_of_x():
    right = judge_open(JORDAN_ELMAN, "Elman 不像 Jordan 那样把输出反馈回去，Elman 用的是隐藏层。")
    assert not right.misconceptions and not right.contradictions and right.covered == [True, True]
    wrong = judge_open(JORDAN_ELMAN, "Jordan 不像 Elman 那样把输出反馈回去。")  # says Elman feeds back the output
    assert wrong.misconceptions and wrong.suggested_rating == AGAIN
    assert judge_open(JORDAN_ELMAN, "Elman 不像 Jordan，Elman 用的是隐藏层。").covered == [False, True]


def test_not_necessarily_in_chinese_denies_the_claim():
    deeper = open_question([([concept(["layers"], ["层"])], "sentence")],
                           misconceptions=[([concept(["more layers are better"], ["更多层 越好", "层数 越多 越好"])], "sentence")])
    assert not judge_open(deeper, "堆更多层未必越好，层数多了训练慢。").misconceptions
    assert not judge_open(deeper, "层数越多不见得越好。").misconceptions
    assert judge_open(deeper, "层数越多越好。").misconceptions


# --- contrasts, relative clauses, pronouns after a colon, comparisons, conditions, negation reach ---

def test_not_a_but_b_states_b_of_the_subject():
    right = judge_open(JORDAN_ELMAN, "Jordan feeds back the output. Elman feeds back not the output but the hidden state.")
    assert right.covered == [True, True] and not right.misconceptions and right.suggested_rating == GOOD
    assert "hidden state" in right.points[1].evidence
    zh = judge_open(JORDAN_ELMAN, "Jordan 反馈的是输出。Elman 反馈的不是输出，而是隐藏层。")
    assert zh.covered == [True, True] and not zh.misconceptions
    # the same contrast with the roles swapped is the misconception, not the key point
    swapped = judge_open(JORDAN_ELMAN, "Jordan feeds back not the output but the hidden state.")
    assert swapped.misconceptions and swapped.suggested_rating == AGAIN
    swapped = judge_open(JORDAN_ELMAN, "Elman 反馈的不是隐藏层，而是输出。Jordan 把输出反馈回去。")
    assert swapped.misconceptions and not swapped.covered[1] and swapped.suggested_rating == AGAIN
    # without a negation before it, "but" joins nothing: the clauses stay apart
    assert not judge_open(JORDAN_ELMAN, "Elman is older, but the hidden state is what matters.").covered[1]


UPDATE = concept(["update gate"], ["更新门"])
RESET = concept(["reset gate"], ["重置门"])
INTO_CANDIDATE = concept(["into the candidate", "inside the candidate"], ["候选值 的计算", "计算 候选值"])
BLENDS = concept(["blends", "mixes"], ["混合"])
GATES = open_question([([RESET, INTO_CANDIDATE], "clause"), ([UPDATE, BLENDS], "clause")],
                      misconceptions=[([UPDATE, INTO_CANDIDATE], "clause"), ([RESET, BLENDS], "clause")])


def test_a_which_clause_or_a_pronoun_after_a_colon_speaks_of_the_noun_before_it():
    right = judge_open(GATES, "It has two gates, the reset gate, which controls what goes into that candidate, "
                              "and the update gate, which blends the old state with it.")
    assert right.covered == [True, True] and not right.misconceptions
    swapped = judge_open(GATES, "It has two gates, the update gate, which controls what goes into the candidate, "
                                "and the reset gate, which blends the old state with it.")
    assert len(swapped.misconceptions) == 2 and swapped.suggested_rating == AGAIN
    assert judge_open(GATES, "The reset gate: it blends the old state with the new one.").misconceptions
    assert judge_open(GATES, "完整的 GRU 多了一个重置门，它把旧状态和候选值混合起来。").misconceptions
    assert judge_open(GATES, "重置门：它参与候选值的计算。").covered[0]
    # a "which" after a whole clause of its own stands for that clause, not for a noun in it
    assert not judge_open(GATES, "Clipping blends nothing, which the reset gate does not change.").misconceptions
    # the clause a pronoun stands for supplies only the subject of the claim
    j = judge_open(JORDAN_ELMAN, "Jordan feeds back the output, and it differs from Elman, which feeds back the hidden state.")
    assert j.covered == [True, True] and not j.misconceptions
    assert not judge_open(JORDAN_ELMAN, "Jordan 网络把输出反馈回去，它和 Elman 不同。").misconceptions
    assert judge_open(JORDAN_ELMAN, "The Jordan network: it feeds back the hidden state.").misconceptions


CBOW = concept(["cbow"], ["cbow"])
SKIPGRAM = concept(["skip-gram"], ["skip-gram"])
RARE = concept(["rare words"], ["低频词"])
BETTER = concept(["better", "suits", "go with"], ["更好", "选"])
RARE_WORDS = open_question([([SKIPGRAM, RARE], "sentence")], misconceptions=[([CBOW, RARE, BETTER], "clause")])


@pytest.mark.parametrize(("answer", "good"), [
    ("Skip-gram is better than CBOW for rare words.", True),
    ("For rare words skip-gram works better than the CBOW model.", True),
    ("CBOW is better than skip-gram for rare words.", False),
    ("对低频词 skip-gram 比 CBOW 更好。", True),
    ("对低频词来说 CBOW 比 skip-gram 更好。", False),
    ("对低频词用 skip-gram 比用 CBOW 更好。", True),  # 比用 / 比做: jieba keeps them whole
    ("对低频词用 CBOW 比用 skip-gram 更好。", False),
])
def test_a_comparison_says_the_opposite_of_what_it_compares_with(answer, good):
    j = judge_open(RARE_WORDS, answer)
    assert (j.suggested_rating == GOOD) == good and bool(j.misconceptions) != good, (answer, j.reason)
    if not good:
        assert j.points[0].contradicted  # skip-gram, after than / 比, is the worse one


def test_a_claim_that_names_the_comparison_takes_what_it_compares_with_as_it_is():
    beats = open_question([([TANH], "sentence")], misconceptions=[(
        [concept(["rnn", "lstm"], ["rnn", "lstm"]), concept(["always better", "always beats"], ["总是 更好", "总是比"]),
         concept(["arima"], ["arima"])], "clause")])
    assert judge_open(beats, "An LSTM is always better than ARIMA.").misconceptions
    assert judge_open(beats, "LSTM 总是比 ARIMA 更好。").misconceptions
    assert not judge_open(beats, "ARIMA is always better than an LSTM on short series.").misconceptions


def test_rather_than_still_denies():
    j = judge_open(LSTM_TANH, "The cell state goes through a sigmoid rather than tanh.")
    assert j.points[0].contradicted


@pytest.mark.parametrize(("answer", "wrong"), [
    ("要是关心低频词，我会选 CBOW。", True),
    ("If you care about rare words, go with CBOW.", True),
    ("要是关心低频词，我会选 skip-gram，CBOW 对高频词更好。", False),
    ("If you care about rare words, go with skip-gram; CBOW is fine for frequent ones.", False),
])
def test_a_condition_and_its_choice_are_one_claim(answer, wrong):
    assert bool(judge_open(RARE_WORDS, answer).misconceptions) == wrong, answer


def test_an_interval_with_a_comma_is_one_clause_and_quoted_whole():
    r = read("tanh maps into (-1, 1), clipping cuts to [-5, 5] and a sigmoid into (0, 1).")
    words = [t.norm for t in r.tokens]
    assert r.clause_of[words.index("tanh")] == r.clause_of[words.index(")")]
    range_ = open_question([([concept(["clip"], ["裁剪"]), concept(["each component"], ["每个分量"])], "clause")])
    j = judge_open(range_, "Clipping by value cuts each component to [-5, 5] on its own.")
    assert j.covered[0] and j.points[0].evidence == "Clipping by value cuts each component to [-5, 5] on its own"
    j = judge_open(range_, "按数值裁剪是把每个分量截到 [-5, 5] 里。")
    assert "[-5, 5]" in j.points[0].evidence
    assert judge_open(LSTM_TANH, "The cell state is squashed by tanh, so h stays in (-1, 1).").suggested_rating == GOOD


WAIT = open_question([([concept(["whole utterance"], ["整句话"]), concept(["wait", "until"], ["等", "等到"])], "sentence")])
MULTIPLY_W = open_question([([concept(["gradient"], ["梯度"]), concept(["weight matrix"], ["权重矩阵"], negated=True)], "sentence")])


def test_how_far_a_chinese_negation_reaches():
    # 并不 / 不是 / 不需要 deny the whole predicate with its object
    assert judge_open(MULTIPLY_W, "沿着细胞状态的梯度并不需要每一步都乘上权重矩阵。").covered[0]
    assert judge_open(MULTIPLY_W, "它的梯度并没有在每一步都乘以权重矩阵。").covered[0]
    assert judge_open(WAIT, "双向 RNN 并不需要等到整句话全部说完才能输出。").points[0].contradicted
    # a plain 不 / 没有 binds to what follows it; a modal or a compared number starts a new predicate
    assert judge_open(GRADIENT_VANISHES, "tanh 的导数不超过 1 连乘下去梯度就消失了。").suggested_rating == GOOD
    assert judge_open(GRADIENT_VANISHES, "没有遗忘门梯度会很快消失。").suggested_rating == GOOD
    assert judge_open(GRADIENT_VANISHES, "有了遗忘门梯度就不会消失。").points[0].contradicted
    # "not because X but because Y" denies X
    lr = open_question([([TANH], "sentence")], misconceptions=[([concept(["learning rate"], ["学习率"])], "clause")])
    assert not judge_open(lr, "不是因为学习率太小，而是因为 tanh 的导数连乘。").misconceptions
    assert not judge_open(lr, "It is not because the learning rate is small but because tanh' multiplies.").misconceptions


def test_not_having_to_wait_until_the_end_denies_the_wait():
    assert judge_open(WAIT, "It does not have to wait until the whole utterance is spoken.").points[0].contradicted
    assert judge_open(WAIT, "It cannot output anything until the whole utterance has arrived.").covered[0]


@pytest.mark.parametrize(("answer", "reason"), [
    ("我不会。", "dont-know"), ("这题不会", "dont-know"), ("不会，没学过", "dont-know"), ("Pass.", "dont-know"),
    ("梯度不会消失。", "nothing-covered"), ("细胞状态不会被更新。", "nothing-covered"),
    ("The gradient can pass through.", "nothing-covered"),
    ("我不记得了。", "dont-know"), ("注意力每步重新计算，并不记得之前看过哪里。", "nothing-covered"),
])
def test_bu_hui_and_pass_inside_a_claim_are_not_i_dont_know(answer, reason):
    j = judge_open(LSTM_TANH, answer)
    assert j.suggested_rating == AGAIN and j.reason == reason, (answer, j.reason)


def test_not_only_denies_an_only_phrase_but_nothing_else():
    only_images = open_question([([concept(["cnn"], ["CNN"]), concept(["image", "images"], ["图像"])], "sentence")],
                                misconceptions=[([concept(["cnn"], ["CNN"]), concept(["only for images"], ["只能 处理 图像"])], "clause")])
    for right in ("CNNs aren't only for images.", "CNN 不只能处理图像。"):
        j = judge_open(only_images, right)
        assert not j.misconceptions and not j.contradictions, right
    assert judge_open(only_images, "CNNs are only for images.").misconceptions
    assert judge_open(only_images, "CNN 只能处理图像。").misconceptions


def test_a_negated_solve_does_not_deny_what_is_solved():
    long_range = open_question([([concept(["long-range dependencies"], ["长依赖", "长距离依赖"])], "sentence")],
                               misconceptions=[([concept(["lstm", "gating"], ["LSTM", "门控"]), concept(["solve", "eliminate"], ["解决", "彻底解决"]),
                                                 concept(["long-range dependencies"], ["长依赖"])], "sentence")])
    for right in ("Gating does not completely solve long-range dependencies.", "门控并没有彻底解决长依赖，特别长的话还是会忘。"):
        j = judge_open(long_range, right)
        assert not j.misconceptions and not j.contradictions and j.covered == [True], right
    assert judge_open(long_range, "The LSTM completely solves long-range dependencies.").misconceptions
    assert denies(long_range, "There are no long-range dependencies in text.")  # a real denial still counts


def test_solving_a_lack_says_what_is_wanted():
    parallel = open_question([([concept(["gradient"], ["梯度"])], "sentence")],
                             misconceptions=[([concept(["designed to", "proposed to"], ["为了"]), concept(["parallel*"], ["并行"])], "clause")])
    for wrong in ("LSTM was proposed to solve the problem that RNNs cannot be parallelised.", "LSTM 是为了解决 RNN 没法并行的问题而提出的。"):
        assert judge_open(parallel, wrong).misconceptions, wrong
    for right in ("LSTM was not designed to solve the problem that RNNs cannot be parallelised.",
                  "LSTM 并没有解决 RNN 无法并行的问题。"):
        assert not judge_open(parallel, right).misconceptions, right


def test_a_denied_comparison_denies_nothing_of_what_it_compares_with():
    backprop = open_question([([concept(["backprop", "backpropagation"], ["反向传播"]), concept(["unrolled"], ["展开"])], "sentence")])
    for right in ("It's nothing more exotic than backprop on the unrolled graph.", "BPTT is no more than backpropagation on the unrolled network.",
                  "BPTT 不比普通的反向传播复杂，就是在展开的图上做反向传播。"):
        j = judge_open(backprop, right)
        assert j.covered == [True] and not j.contradictions, right
    assert judge_open(backprop, "It is simpler than backpropagation on the unrolled graph.").contradictions  # a comparison still sets its sides apart
    assert judge_open(backprop, "Backprop is not applied to the unrolled graph.").contradictions


def test_a_hyphened_free_or_less_denies_the_word_before_it():
    bias = open_question([([concept(["linear layer"], ["线性层"])], "sentence")],
                         misconceptions=[([concept(["linear layer"], ["线性层"]), concept(["bias"], ["偏置"])], "clause")])
    for right in ("An embedding is a bias-free linear layer.", "It is a linear layer, bias-less."):
        assert not judge_open(bias, right).misconceptions, right
    assert judge_open(bias, "An embedding is a linear layer with a bias.").misconceptions
    assert judge_open(bias, "An embedding is a linear layer with a free bias.").misconceptions  # "free" alone denies nothing


def test_more_than_a_number_is_a_bound_not_a_denial():
    long = open_question([([concept(["1000 steps", "many steps"], ["1000 步"]), concept(["bridge"], ["跨越"])], "sentence")])
    j = judge_open(long, "LSTM could bridge lags of more than 1000 steps, while earlier RNNs failed beyond about ten.")
    assert j.covered == [True] and not j.contradictions


def test_instead_of_denies_its_object_not_the_predicate_after_it():
    flexible = open_question([([concept(["hidden state"], ["隐藏状态"]), concept(["more powerful"], ["更强"])], "sentence")])
    j = judge_open(flexible, "Feeding back the hidden state instead of the output is more powerful.")
    assert j.covered == [True] and not j.contradictions
    assert judge_open(flexible, "Feeding back the output instead of the hidden state is more powerful.").contradictions


def test_does_not_mean_denies_all_that_follows_it():
    clip = open_question([([concept(["clipping"], ["梯度裁剪", "裁剪"]), concept(["needed"], ["需要", "仍然"])], "sentence")])
    for right in ("但这并不意味着 GRU 就不需要梯度裁剪了。", "GRU 仍然需要梯度裁剪。"):
        j = judge_open(clip, right)
        assert j.covered == [True] and not j.contradictions, right
    assert judge_open(clip, "有了门控，GRU 就不需要梯度裁剪了。").contradictions


def test_a_short_without_frame_is_a_condition_not_a_denial():
    bucketing = open_question([([concept(["bucketing", "buckets"], ["分桶"]), concept(["padding"], ["padding", "填充"])], "sentence")])
    for right in ("Without bucketing, a batch wastes compute on padding.", "没有分桶，一个 batch 里会浪费很多 padding。"):
        assert not judge_open(bucketing, right).contradictions, right
    assert judge_open(bucketing, "You do not need bucketing to reduce padding.").contradictions
    assert denies(bucketing, "Without bucketing.")
    plain = open_question([([concept(["layers"], ["层"])], "sentence")],
                          misconceptions=[([concept(["residual"], ["残差"], negated=True), concept(["train fine", "worked fine"], ["训练 得 很好"])], "clause")])
    assert judge_open(plain, "Without residuals, 8 layers worked fine.").misconceptions  # the frame is part of its clause
    state = open_question([([concept(["cell state"], ["细胞状态"]), concept(["grow"], ["增长"])], "sentence")])
    j = judge_open(state, "Without tanh, the cell state can grow large.")
    assert j.covered == [True] and not j.contradictions  # the frame denies tanh, not what follows it


def test_a_gap_holds_no_formula_piece_and_an_index_is_matched_whole():
    current = open_question([([concept(["x_t"], ["x_t"])], "sentence")])
    assert judge_open(current, "The input at step t is x_t.").covered == [True]
    assert judge_open(current, "The input at step t is x_(t+1).").covered == [False]
    assert judge_open(current, "The input at step t is x^{t-1}.").covered == [False]
    shape = open_question([([concept(["(n_y, n_a)"], ["(n_y, n_a)"])], "sentence")])
    assert judge_open(shape, "W_y is (n_y, n_a).").covered == [True]
    assert judge_open(shape, "W_y is (n_y, 2·n_a).").covered == [False]
    confused = open_question([([concept(["model is confused"], ["困惑"])], "sentence")])
    assert judge_open(confused, "Then the model is really confused.").covered == [True]
    assert judge_open(confused, "Then the model is less confused.").covered == [False]


def test_the_two_halves_of_yue_yue_are_one_clause():
    worse = open_question([([concept(["perplexity"], ["困惑度"])], "sentence")],
                          misconceptions=[([concept(["lower perplexity"], ["越低"]), concept(["worse"], ["越差"])], "clause")])
    assert judge_open(worse, "困惑度越低，模型越差。").misconceptions
    for right in ("困惑度越低，模型越好。", "困惑度越低越好，越高越差。"):
        assert not judge_open(worse, right).misconceptions, right


def test_a_which_after_a_long_clause_stands_for_the_words_before_it():
    fresh = open_question([([concept(["dropout"], ["dropout"])], "sentence")],
                          misconceptions=[([concept(["variational dropout"], ["变分 dropout"]), concept(["fresh mask"], ["新 掩码"])], "clause")])
    assert judge_open(fresh, "For the recurrent path you can use variational dropout, which samples a fresh mask at every step.").misconceptions
    assert not judge_open(fresh, "Zaremba's recipe keeps dropout off the recurrent path and uses variational dropout, which a fresh mask would break.").misconceptions
    assert not judge_open(fresh, "Plain dropout on the recurrent path draws a fresh mask per step, which variational dropout avoids.").misconceptions


def test_a_but_clause_with_its_own_predicate_is_not_read_with_the_denial_before_it():
    senses = open_question([([concept(["elmo"], ["ELMo"])], "sentence")],
                           misconceptions=[([concept(["elmo"], ["ELMo"]), concept(["tell the senses apart"], ["区分 词义"], negated=True)], "clause")])
    assert not judge_open(senses, "Static vectors cannot tell the senses apart, but ELMo can.").misconceptions
    assert judge_open(senses, "ELMo cannot tell the senses apart.").misconceptions


def test_not_like_x_says_of_x_what_it_denies_of_the_subject():
    plain = open_question([([concept(["plain rnn", "rnn"], ["普通 RNN", "RNN"]), concept(["gradient"], ["梯度"]), concept(["vanish"], ["消失"])], "sentence")])
    for right in ("有了门控，梯度不会像普通 RNN 那样消失。", "With gates the gradient does not vanish the way it does in a plain RNN.",
                  "With gates the gradient doesn't vanish like it does in a plain RNN."):
        j = judge_open(plain, right)
        assert j.covered == [True] and not j.contradictions, right
    for wrong in ("普通 RNN 的梯度不会消失。", "In a plain RNN the gradient does not vanish."):
        assert judge_open(plain, wrong).contradictions, wrong


def test_a_er_bu_shi_half_is_read_with_the_clause_before_it():
    cause = open_question([([concept(["clipping"], ["裁剪"])], "sentence")],
                          misconceptions=[([concept(["problem"], ["问题"]), concept(["exploding"], ["爆炸"]), concept(["vanishing"], ["消失"], negated=True)], "clause")])
    assert judge_open(cause, "长序列的问题是梯度爆炸而不是梯度消失。").misconceptions
    assert not judge_open(cause, "长序列的问题主要是梯度消失而不是梯度爆炸。").misconceptions


def test_the_hidden_layers_output_is_not_the_networks_output():
    swapped = open_question([([concept(["elman"], ["Elman"])], "sentence")],
                            misconceptions=[([concept(["elman"], ["Elman"]), concept(["feeds back the output", "output back"], ["反馈 的 是 输出", "把 输出 送 回去"])], "clause")])
    for right in ("Elman 网络反馈的是隐藏层的输出。", "Elman 把隐藏层的输出送回去。", "Elman feeds back the hidden layer's output.",
                  "Elman feeds back the output of the hidden units."):
        assert not judge_open(swapped, right).misconceptions, right
    for wrong in ("Elman 网络反馈的是输出。", "Elman feeds back the output.", "Elman 把输出送回去。"):
        assert judge_open(swapped, wrong).misconceptions, wrong


def test_a_denial_along_one_path_speaks_of_that_path():
    problem = open_question([([concept(["gradient"], ["梯度"]), concept(["vanish"], ["消失"])], "sentence")])
    for right in ("Along the cell the gradient does not vanish.", "沿着记忆单元梯度不会消失。"):
        assert not judge_open(problem, right).contradictions, right
    for wrong in ("In a plain RNN the gradient does not vanish.", "普通 RNN 的梯度不会消失。"):
        assert judge_open(problem, wrong).contradictions, wrong


def test_a_contradiction_needs_its_denied_words_beside_the_claims_others():
    output_from_state = open_question([([concept(["output", "y^t"], ["输出"]), concept(["hidden state", "a^t"], ["隐藏状态"])], "sentence")])
    j = judge_open(output_from_state, "a^(t-1) is the previous hidden state, not the previous output.")
    assert not j.contradictions and j.suggested_rating == AGAIN and j.reason == "nothing-covered"
    assert judge_open(output_from_state, "The output is not computed from the hidden state.").contradictions
    relu = open_question([([concept(["relu"], ["ReLU"]), concept(["explode"], ["爆炸"])], "sentence")])
    assert judge_open(relu, "换成 ReLU 会更严重地梯度消失，而不是爆炸。").contradictions  # 而不是 sets it against the clause before


def test_a_negated_condition_ending_in_de_hua_is_hypothetical():
    grows = open_question([([concept(["shared"], ["共享"])], "sentence")],
                          misconceptions=[([concept(["parameters grow with length"], ["参数量 随 序列长度 增长"])], "sentence")])
    assert not judge_open(grows, "不共享的话，参数量会随序列长度增长。").misconceptions
    assert judge_open(grows, "共享之后参数量还是会随序列长度增长。").misconceptions


def test_bu_shi_a_jiu_shi_b_is_either_or_and_denies_neither():
    vanish = open_question([([concept(["vanish"], ["几乎为零", "消失"]), concept(["explode"], ["炸了", "爆炸"])], "sentence")])
    j = judge_open(vanish, "误差十几步以后不是几乎为零就是炸了。")
    assert j.covered == [True] and not j.contradictions
    near_zero = open_question([([concept(["vanish"], ["几乎为零"])], "sentence")])
    assert denies(near_zero, "误差不是几乎为零。")  # without 就是, 不是 still denies
    assert not denies(near_zero, "误差不是几乎为零就是炸了。")
    # 也就是 ("that is") after a 而是 clause names B; it does not make 不是 either/or
    own = open_question([([concept(["own samples"], ["自己 采 的 词"])], "sentence")])
    assert denies(own, "不是喂自己采的词，而是真实的词，也就是 teacher forcing。")


POSITIONS = open_question([([concept(["self-attention", "attention"], ["自注意力", "注意力"]),
                             concept(["positional encoding", "positional encodings"], ["位置编码"]),
                             concept(["add", "added", "needs", "need"], ["加", "加上", "需要"])], "sentence")])


@pytest.mark.parametrize("right", [
    "Self-attention is order-blind: if you don't add positional encodings, attention is a bag of words.",
    "自注意力本身不感知顺序，不加位置编码的话，注意力就跟词袋差不多。",
    "自注意力本身不感知顺序，如果不加位置编码，就跟词袋差不多。",
])
def test_a_denial_inside_a_condition_says_what_happens_without_it(right):
    assert not judge_open(POSITIONS, right).points[0].contradicted


@pytest.mark.parametrize("wrong", ["Self-attention does not need positional encodings.", "自注意力不需要加位置编码。"])
def test_a_plain_denial_still_contradicts(wrong):
    assert judge_open(POSITIONS, wrong).points[0].contradicted


def test_no_matter_how_opens_a_claim_for_every_case():
    never = open_question([([concept(["clip"], ["裁剪"])], "sentence")],
                          misconceptions=[([concept(["how long"], ["多长"]), concept(["never vanish", "never vanishes"], ["都 不会 消失"])], "clause")])
    for wrong in ("不管序列多长，GRU 的梯度都不会消失。", "No matter how long the sequence is, a GRU's gradient never vanishes."):
        assert judge_open(never, wrong).misconceptions, wrong


def test_a_phrasing_of_one_determiner_is_only_that_word():
    """"these" on its own points back to something; it must not match every "the" ("the gate"),
    while in a longer phrasing a determiner still stands for any ("this gate" in "these gates")."""
    r = read("The gate is applied after the matrix product; these gates differ.")
    assert [h.first for h in concept_hits(r, concept(["these"], []), 0, len(r.tokens))] == [8]
    assert 8 in [h.first for h in concept_hits(r, concept(["this gate"], []), 0, len(r.tokens))]  # these gates


def test_hu_bu_denies_what_follows():
    shares = open_question([([concept(["rnn"], ["rnn"])], "sentence")],
                           misconceptions=[([concept(["share weights"], ["共享 参数", "共享 权重"])], "clause")])
    for right in ("两条互不共享参数的循环链。", "两个方向的 RNN 彼此不共享权重。"):
        assert not judge_open(shares, right).misconceptions, right
    assert judge_open(shares, "两个方向的 RNN 共享权重。").misconceptions


@pytest.mark.parametrize(("text", "clauses"), [("W_aa is (n_a, n_a + n_x) and it is square.", 2),
                                               ("We concatenate [a^(t-1), x^t] first.", 1), ("tanh is in (-1, 1).", 1)])
def test_a_comma_inside_a_shape_or_a_concatenation_ends_no_clause(text, clauses):
    assert len(set(read(text).clause_of)) == clauses


def test_a_comma_between_prose_items_in_brackets_still_ends_a_clause():
    r = read("Gated models (e.g., LSTM, GRU) help.")
    assert len(set(r.clause_of)) > 1


def test_a_phrasings_own_denial_reaches_past_an_adverb_only():
    no_clip = open_question([([concept(["gru"], ["gru"])], "sentence")],
                            misconceptions=[([concept(["does not need clipping"], ["不需要 裁剪"])], "sentence")])
    for wrong in ("A GRU does not need clipping.", "A GRU does not really need clipping.", "A GRU does not strictly need clipping."):
        assert judge_open(no_clip, wrong).misconceptions, wrong
    assert not judge_open(no_clip, "Gating does not remove the need for clipping.").misconceptions


@pytest.mark.parametrize("right", ["The tanh does not stop the cell state from growing.", "tanh 并不能阻止细胞状态变大。"])
def test_a_denied_stop_denies_the_stopping_not_what_it_would_stop(right):
    from rnnquiz.bank.loader import bank_paths, load_banks

    q = load_banks(bank_paths()).by_id()["lstm-slide-missing-tanh"]
    j = judge_open(q, right)
    assert not j.contradictions and not j.misconceptions, right


def test_cong_lai_bu_denies_what_follows():
    whole = open_question([([concept(["ram"], ["ram"])], "sentence")],
                          misconceptions=[([concept(["looks at the whole image"], ["看 整张图"])], "clause")])
    assert not judge_open(whole, "RAM 从来不看整张图，只看几个小块。").misconceptions
    assert not judge_open(whole, "RAM 从来没看过整张图。").misconceptions
    assert judge_open(whole, "RAM 每一步都看整张图。").misconceptions


def test_the_fast_normalising_of_plain_text_gives_what_normalising_each_character_gives():
    """Rubric phrasings of plain ASCII or CJK text take a short cut; it must read them the same way."""
    from rnnquiz.bank.loader import bank_paths, load_banks
    from rnnquiz.rubric.text import normalise, normalise_mapped

    banks = load_banks(bank_paths())
    items = [item for q in banks.questions if q.kind == "open" for item in q.data["key_points"] + q.data.get("misconceptions", [])]
    texts = {p for item in items + banks.misconceptions for concept in item["claim"] for lang in ("en", "zh") for p in concept[lang]}
    texts |= {"Γo·c^t", "a_{t-1}", "One-Hot", "LSTM（长短期记忆）", "ΑΣ", "ｆｕｌｌ　ｗｉｄｔｈ", "\\tanh(c)"}
    assert len(texts) > 5000
    assert [t for t in texts if normalise(t) != normalise_mapped(t)[0]] == []


UNROLLED = concept(["unrolled", "unrolling"], ["展开"])
PARALLEL = concept(["independent", "in parallel"], ["彼此独立", "并行"])
UNROLLED_PARALLEL = open_question([([UNROLLED], "sentence")], misconceptions=[([UNROLLED, PARALLEL], "clause")])


def test_a_clause_of_time_goes_with_the_clause_it_opens():
    wrong = ["Once it is unrolled, all T steps are independent nodes of the graph.",
             "The upside is that once it is unrolled, all T steps are independent.",
             "展开之后，所有时间步就彼此独立了。"]
    for text in wrong:
        assert judge_open(UNROLLED_PARALLEL, text).misconceptions, text
    # a "when" after the verb belongs to that verb, not to the clause after the comma
    assert not judge_open(UNROLLED_PARALLEL, "The graph is unrolled when training starts, and the GPU runs the batch in parallel.").misconceptions


RAM_WHOLE = concept(["the whole model"], ["整个 模型"])
END_TO_END = concept(["end to end"], ["端到端"])
WHOLE_END_TO_END = open_question([([RAM_WHOLE], "sentence")], misconceptions=[([RAM_WHOLE, END_TO_END], "clause")])


def test_a_verb_after_an_aside_between_commas_goes_on_from_the_subject_before_it():
    j = judge_open(WHOLE_END_TO_END, "The whole model, including where to look, is trained end to end with backpropagation.")
    assert j.misconceptions and j.suggested_rating == AGAIN
    # a clause of its own after the aside has its own subject
    assert not judge_open(WHOLE_END_TO_END, "The whole model, including where to look, has two parts; the classifier is trained end to end.").misconceptions


MULTI_LABEL = concept(["multi-label"], ["多标签"])
ONE_SOFTMAX = concept(["single softmax", "one softmax"], ["一个 softmax"])
SOFTMAX_TAGS = open_question([([MULTI_LABEL], "sentence")], misconceptions=[([MULTI_LABEL, ONE_SOFTMAX], "clause")])


def test_a_sentence_that_opens_with_its_topic_says_each_later_clause_of_it():
    for text in ["For a multi-label video, where several tags can apply, take the last state and put a single softmax over the tags.",
                 "对于多标签的视频，取最后的状态，再接一个 softmax。"]:
        assert judge_open(SOFTMAX_TAGS, text).misconceptions, text
    # a topic denied, or a sentence of its own after it, is not the claim
    assert not judge_open(SOFTMAX_TAGS, "For a multi-label video, use sigmoids. A single softmax suits one tag per video.").misconceptions
    assert not judge_open(SOFTMAX_TAGS, "For a video that is not multi-label, a single softmax is fine.").misconceptions


SVD = concept(["svd"], ["svd"])
NON_NEGATIVE = concept(["non-negative matrices", "non-negative input"], ["非负矩阵"])
SVD_NON_NEGATIVE = open_question([([SVD], "sentence")], misconceptions=[([SVD, NON_NEGATIVE], "sentence")])


def test_a_would_in_a_reason_is_asserted():
    j = judge_open(SVD_NON_NEGATIVE, "We clip mainly because negative values would break SVD, which only works on non-negative matrices.")
    assert j.misconceptions and j.suggested_rating == AGAIN
    # a hypothesis of its own is still not a claim
    assert not judge_open(SVD_NON_NEGATIVE, "Someone might think SVD would only work on non-negative matrices, but it works on any.").misconceptions


def test_the_standard_of_a_comparison_is_all_that_would_supposes():
    sharpen = open_question([([TANH], "sentence")],
                            misconceptions=[([concept(["frequent words"], ["高频词"]), concept(["more likely"], ["更 可能"])], "sentence")])
    j = judge_open(sharpen, "The 3/4 power makes frequent words even more likely to be drawn than their raw frequency would suggest.")
    assert j.misconceptions and j.suggested_rating == AGAIN
    # "would" with no "than" before it still supposes its whole clause
    assert not judge_open(sharpen, "Without the power, frequent words would be more likely to be drawn.").misconceptions


def test_otherwise_before_a_formula_is_the_other_case_of_a_definition():
    bp = open_question([([TANH], "sentence")],
                       misconceptions=[([concept(["bp = exp(1 - c/r)"], ["bp = exp(1 - c/r)"])], "sentence")])
    j = judge_open(bp, "候选长度 c 大于参考长度 r 时 BP = 1，否则 BP = exp(1 − c/r)。")
    assert j.misconceptions and j.suggested_rating == AGAIN
    # 否则 before a consequence is still what would happen
    slow = open_question([([TANH], "sentence")],
                         misconceptions=[([concept(["training is slow"], ["训练 很 慢"])], "sentence")])
    assert not judge_open(slow, "要做梯度裁剪，否则训练很慢。").misconceptions


def test_a_supposed_misconception_counts_under_if_and_would():
    vanish = [concept(["end to end", "end-to-end"], ["端到端"]), concept(["gradient vanishes", "gradients vanish"], ["梯度 消失"])]
    plain = open_question([([TANH], "sentence")], misconceptions=[(vanish, "sentence")])
    supposed = open_question([([TANH], "sentence")], misconceptions=[(vanish, "sentence")])
    supposed.data["misconceptions"][0]["supposed"] = True
    for text in ("如果跟 LSTM 一起端到端反传，梯度就会消失。",
                 "If you trained it end to end, the gradients would vanish before they reach the CNN."):
        assert not judge_open(plain, text).misconceptions, text
        j = judge_open(supposed, text)
        assert j.misconceptions and j.suggested_rating == AGAIN, text
    # denied, it is still not said
    assert not judge_open(supposed, "Trained end to end, the gradients do not vanish.").misconceptions


def test_a_claim_before_a_colon_is_not_supposed_by_the_condition_after_it():
    top = open_question([([TANH], "sentence")],
                        misconceptions=[([concept(["only the highest"], ["只 取 注意力 权重 最大"])], "sentence")])
    assert judge_open(top, "复制部分只取注意力权重最大的那个源位置：如果这个位置上的词是 w，就把它的权重给 w。").misconceptions
    assert judge_open(top, "The copy term takes only the highest-weighted position; if its word is w, w would get that weight.").misconceptions
    # with no colon, the condition and its consequence still suppose the whole sentence
    assert not judge_open(top, "如果只取注意力权重最大的那个位置，就会丢掉其他位置的权重。").misconceptions


GNMT_TRANSFORMER = open_question([([TANH], "sentence")], misconceptions=[
    ([concept(["gnmt"], ["gnmt"]), concept(["transformer"], ["transformer"])], "clause"),
    ([concept(["multi-label"], ["多标签"]), concept(["softmax"], ["softmax"])], "clause")])


@pytest.mark.parametrize("text", [
    "People sometimes assume GNMT was a Transformer, but it was an LSTM encoder-decoder.",
    "You might think GNMT was a Transformer; it was not.",
    "GNMT is often said to be a Transformer, which is wrong.",
    "A common misconception is that GNMT was a Transformer.",
    "Don't assume GNMT was a Transformer.",
    "有人会说多标签也用 softmax，其实每个标签接一个 sigmoid。",
    "很多人以为多标签也用 softmax。",
    "别理解成多标签也用 softmax：每个标签各自一个 sigmoid。",
    "要说多标签也用 softmax，那就错了。",
    "You might expect the authors and GNMT to be a Transformer, but it was an LSTM.",  # the belief goes on over "and"
])
def test_a_reported_belief_is_not_the_learners_claim(text):
    assert not judge_open(GNMT_TRANSFORMER, text).misconceptions, text


@pytest.mark.parametrize("text", [
    "GNMT was a Transformer, people say.",  # said first, then attributed: still said
    "I think GNMT was a Transformer.",
    "I'd say GNMT was a Transformer.",
    "我认为多标签也用 softmax。",
    "People sometimes assume it was an RNN, but GNMT was a Transformer.",  # the claim after the contrast is the learner's
])
def test_the_learners_own_belief_is_still_a_claim(text):
    assert judge_open(GNMT_TRANSFORMER, text).misconceptions, text


def test_bu_yiding_denies_what_follows_it():
    beats = open_question([([TANH], "sentence")], misconceptions=[
        ([concept(["lstm"], ["lstm"]), concept(["beats"], ["超过", "优于"]), concept(["arima"], ["arima"])], "sentence")])
    assert judge_open(beats, "LSTM 一定能稳定超过 ARIMA。").misconceptions
    assert not judge_open(beats, "LSTM 不一定能稳定超过 ARIMA。").misconceptions  # "not necessarily"
    assert not judge_open(beats, "LSTM 不一定优于 ARIMA，要看数据量。").misconceptions


def test_a_misconception_unless_another_subject_is_named_in_its_unit():
    bptt = [concept(["bptt"], ["bptt"]), concept(["memory does not grow"], ["显存 不 随"])]
    q = open_question([([TANH], "sentence")], misconceptions=[(bptt, "clause")])
    q.data["misconceptions"][0]["unless"] = concept(["truncat*"], ["截断"])
    assert judge_open(q, "Full BPTT is fine because its memory does not grow with T.").misconceptions
    assert judge_open(q, "BPTT 的显存不随 T 增长。").misconceptions
    assert not judge_open(q, "Truncated BPTT's memory does not grow with T, which is why we use it.").misconceptions
    assert not judge_open(q, "截断的 BPTT 显存不随 T 增长。").misconceptions
    # named in another clause, it does not excuse the claim
    assert judge_open(q, "BPTT's memory does not grow with T, so nobody needs truncation.").misconceptions


MASK_RATE = open_question([([TANH], "sentence")], misconceptions=[
    ([concept(["bert"], ["bert"]), concept(["25%", "25 %"], ["25%", "25 %"])], "sentence")])


@pytest.mark.parametrize("text", [
    "BERT masks, I think, 25%... no wait, 15% of the tokens.",
    "BERT masks 25% — sorry, 15% — of the tokens.",
    "BERT 遮住的比例我记得是 25%……呃，不对，应该是 15%。",
    "BERT 遮住 25%，嗯，不对不对，15%。",
])
def test_what_a_speaker_takes_back_is_not_claimed(text):
    assert not judge_open(MASK_RATE, text).misconceptions, text


@pytest.mark.parametrize("text", [
    "BERT masks 15%, no wait, 25% of the tokens.",  # the correction is the claim
    "BERT 遮住 15%，不对，应该是 25%。",
    "BERT 遮住的比例我记得是 15%……呃，不对，应该是 25%。",  # after "……" the correction keeps its subject
    "BERT masks 15%... no wait, 25% of the tokens.",
    "说 15% 是不对的，BERT 遮住的是 25%。",  # 不对 inside a clause judges, it does not retract
])
def test_the_correction_is_still_claimed(text):
    assert judge_open(MASK_RATE, text).misconceptions, text


RELU = concept(["relu"], ["relu"])
SOLVES = concept(["solves", "fixes"], ["解决"])
VANISHING = concept(["vanishing gradient"], ["梯度消失"])
RELU_SOLVES = open_question([([VANISHING], "sentence")], misconceptions=[([RELU, SOLVES, VANISHING], "clause")])


def test_instead_of_denies_its_object_not_the_verb_after_it():
    j = judge_open(RELU_SOLVES, "Using ReLU instead of tanh solves the vanishing gradient problem.")
    assert j.misconceptions and j.suggested_rating == AGAIN
    # what "instead of" names is still denied
    assert not judge_open(RELU_SOLVES, "Gating, instead of ReLU, solves the vanishing gradient problem.").misconceptions
    assert not judge_open(RELU_SOLVES, "The gated path instead of ReLU solves the vanishing gradient problem.").misconceptions


INTERPRETABLE = concept(["interpretable"], ["可解释"])
NEXT_WORD = concept(["next-word objective", "next word"], ["下一个词"])
DENIALS = open_question([([NEXT_WORD], "sentence")], misconceptions=[([INTERPRETABLE], "clause"), ([NEXT_WORD], "clause")])


def test_meishenme_and_cannot_simply_deny():
    assert not judge_open(DENIALS, "每一维没什么可解释的含义。").misconceptions
    assert not judge_open(DENIALS, "BERT can't simply train a next-word objective in both directions.").misconceptions
    assert not judge_open(DENIALS, "BERT cannot just use a next word loss.").misconceptions
    # "not just" still says the thing and more
    assert judge_open(DENIALS, "Each dimension is not just interpretable, it is a topic.").misconceptions


RESET = concept(["reset", "resetting"], ["重置"])
BOUNDARY = concept(["document boundary", "document boundaries", "stale context"], ["文档边界"])
RESET_AT_BOUNDARIES = open_question([([RESET, BOUNDARY], "sentence")])


def test_a_denied_gerund_that_opens_its_clause_is_its_subject_not_a_denial():
    j = judge_open(RESET_AT_BOUNDARIES, "Never resetting drags stale context into the next text.")
    assert not j.contradictions
    assert not judge_open(RESET_AT_BOUNDARIES, "Not resetting at a document boundary leaks context.").contradictions
    # the same words denying the act itself still contradict
    assert judge_open(RESET_AT_BOUNDARIES, "You never reset at document boundaries.").contradictions
    assert judge_open(RESET_AT_BOUNDARIES, "The state is not reset at document boundaries.").contradictions


def test_a_single_chinese_dash_starts_a_clause_and_a_pair_holds_an_aside():
    parallel = open_question([([concept(["attention"], ["注意力"])], "sentence")],
                             misconceptions=[([concept(["rnn"], ["rnn"]), concept(["in parallel"], ["并行"])], "clause")])
    assert not judge_open(parallel, "注意力的分数都能并行算——RNN 每一步只是一次乘法。").misconceptions
    assert judge_open(parallel, "注意力很好——RNN 也能并行算。").misconceptions
    sigmoid = open_question([([concept(["gates"], ["三个 门"]), concept(["sigmoid"], ["sigmoid"])], "clause")])
    assert judge_open(sigmoid, "三个门——输入门、遗忘门、输出门——都用 sigmoid。").covered == [True]


def test_without_inside_a_clause_denies_its_object_not_the_predicate_after_it():
    short = open_question([([concept(["attention"], ["注意力"]), concept(["long sentences"], ["长句"])], "clause")],
                          misconceptions=[([concept(["short sentences"], ["短句"])], "clause")])
    assert judge_open(short, "The encoder-decoder without attention struggled mainly on short sentences.").misconceptions
    assert not judge_open(short, "You can train it without attention on short sentences.").misconceptions


def test_a_slice_keeps_where_its_colon_stands():
    # output[-1, :, :H] is the forward half of the last step, output[-1, :, H:] the backward half
    forward = open_question([([concept(["h_n[0]"], ["h_n[0]"]), concept(["output[-1, :, :H]"], ["output[-1, :, :H]"])], "clause")],
                            misconceptions=[([concept(["h_n[1]"], ["h_n[1]"]), concept(["output[-1, :, H:]"], ["output[-1, :, H:]"])], "clause")])
    right = judge_open(forward, "h_n[0] equals output[-1, :, :H], and h_n[1] equals output[0, :, H:].")
    assert right.covered == [True] and not right.misconceptions
    assert judge_open(forward, "h_n[1] equals output[-1, :, H:].").misconceptions
    assert judge_open(forward, "h_n[0] equals output[-1, :, H:].").covered == [False]
    rows = open_question([([concept(["input gate"], ["输入门"]), concept(["0:H"], ["0:H"])], "clause")])
    assert judge_open(rows, "The input gate is rows 0:H of W_ih.").covered == [True]
    assert judge_open(rows, "The input gate is W_ih[0:H].").covered == [True]
    assert judge_open(rows, "The input gate is W_ih[H:2H].").covered == [False]


def test_a_decimal_is_one_number():
    zero = open_question([([concept(["forget gate"], ["遗忘门"])], "sentence")],
                         misconceptions=[([concept(["γf = 0", "σ(0) = 0"], ["γf = 0", "σ(0) = 0"])], "clause")])
    assert not judge_open(zero, "σ(0) = 0.5, so the forget gate starts by keeping half.").misconceptions
    assert not judge_open(zero, "σ(0)=0.5 就是说遗忘门一开始只保留一半。").misconceptions
    assert judge_open(zero, "At the start Γf = 0, so the forget gate erases everything.").misconceptions
    half = open_question([([concept(["0.25"], ["0.25"])], "sentence")])
    assert judge_open(half, "The sigmoid's derivative is at most 0.25.").covered == [True]
    assert judge_open(half, "The sigmoid's derivative is at most 0.").covered == [False]


def test_a_whose_clause_speaks_of_the_noun_before_it():
    fixed = open_question([([concept(["selective"], ["选择性"])], "sentence")],
                          misconceptions=[([concept(["mamba"], ["mamba"]), concept(["parameters are fixed"], ["参数 固定"])], "clause")])
    assert judge_open(fixed, "Good examples are S4 and Mamba, whose parameters are fixed.").misconceptions
    assert not judge_open(fixed, "Mamba, whose parameters depend on the input, is selective; S4's parameters are fixed.").misconceptions


def test_a_participle_that_opens_a_sentence_is_its_topic():
    china_doomed = open_question([([concept(["context"], ["语境"])], "sentence")],
                                 misconceptions=[([concept(["china"], ["中国"]), concept(["done for"], ["完蛋"])], "clause")])
    assert judge_open(china_doomed, "Said in China at that time, the sentence meant 'we are done for'.").misconceptions
    assert not judge_open(china_doomed, "Said in China, it meant almost over; in Europe people took it as 'we are done for'.").misconceptions


def test_a_denied_act_that_leads_to_something_in_chinese_is_its_subject_not_a_claim():
    never_reset = open_question([([RESET, BOUNDARY], "sentence")],
                                misconceptions=[([concept(["never reset"], ["永远 不 重置"])], "clause")])
    assert not judge_open(never_reset, "永远不重置会把过期的上下文带进无关文本。").misconceptions
    assert judge_open(never_reset, "隐藏状态应该永远不重置。").misconceptions
    assert judge_open(never_reset, "状态永远不重置，这样上下文会一直保留。").misconceptions


BEFORE_SOFTMAX = concept(["before the softmax", "on the scores"], ["softmax 之前"])
BEFORE_SOFTMAX["opposite"] = {"en": ["after the softmax", "on the weights"], "zh": ["softmax 之后"]}
MINUS_INF = concept(["-inf", "minus infinity", "large negative"], ["负无穷"])
MASK = open_question([([MINUS_INF, BEFORE_SOFTMAX], "sentence"), ([concept(["padding"], ["padding"])], "sentence")])


def test_a_key_point_said_with_an_opposite_is_a_contradiction_unless_it_is_also_stated():
    j = judge_open(MASK, "Padding is masked: you set the masked scores to -inf after the softmax.")
    assert j.suggested_rating == AGAIN and j.reason == "contradiction"
    assert j.points[0].contradicted and j.points[0].evidence and "after the softmax" in j.points[0].evidence
    # stated as well, the other sentence is about something else
    assert not judge_open(MASK, "Set padding scores to -inf before the softmax; after the softmax nothing at -inf remains.").contradictions
    # supposed, not asserted
    assert not judge_open(MASK, "Padding: if you put -inf after the softmax it would break, so it goes on the scores.").contradictions
    # the opposite alone, without the claim's other concept, says nothing of the key point
    assert not judge_open(MASK, "Padding positions get zero weight after the softmax.").contradictions


def test_a_hyphenated_pair_of_models_names_the_hybrid_not_either_part():
    rnn_encodes = open_question([([concept(["cnn"], ["CNN"]), concept(["encoder"], ["编码器"])], "clause")],
                                misconceptions=[([concept(["rnn"], ["RNN"]), concept(["is the encoder", "as the encoder"], ["当 编码器", "是 编码器"])], "clause")])
    for right in ("A CNN-RNN captioner uses the CNN as the encoder.", "CNN-RNN 就是前面一个 CNN 当编码器。"):
        assert not judge_open(rnn_encodes, right).misconceptions, right
    for wrong in ("In a CNN-RNN captioner the RNN is the encoder.", "CNN-RNN 里 RNN 当编码器。"):
        assert judge_open(rnn_encodes, wrong).misconceptions, wrong


def test_cant_just_after_a_modal_means_cannot_simply():
    not_equivalent = open_question([([concept(["these", "weights"], ["权重"]), concept(["not transferable", "not interchangeable"], ["不能 互换"])], "sentence")])
    j = judge_open(not_equivalent, "These aren't two spellings of one function, so you can't just transfer trained weights.")
    assert j.covered == [True] and not j.contradictions
    # "not just" without a modal still denies only an "only"
    assert denies(open_question([([concept(["forget"], ["遗忘"])], "sentence")]), "It does not forget.")
    assert not judge_open(not_equivalent, "The weights are not just transferable, they are identical.").covered[0]


def test_an_opening_clause_with_a_subject_of_its_own_is_not_a_topic_for_later_clauses():
    freeze_big = open_question([([concept(["data"], ["数据"])], "sentence")],
                               misconceptions=[([concept(["freeze", "frozen"], ["冻结"]), concept(["plenty of data"], ["数据 很多"])], "clause")])
    right = "With plenty of data I'd unfreeze, usually in two stages: train the rest with the embeddings frozen."
    assert not judge_open(freeze_big, right).misconceptions
    for wrong in ("With plenty of data, freeze the embeddings.", "With plenty of data I would keep the embeddings frozen."):
        assert judge_open(freeze_big, wrong).misconceptions, wrong
