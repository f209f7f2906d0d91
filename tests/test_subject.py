"""An open question's `subject`: an answer that never names what the question is about answers another one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rnnquiz.bank.loader import bank_paths, load_banks
from rnnquiz.bank.model import Question
from rnnquiz.rubric.evaluate import load_answers, split_of
from rnnquiz.rubric.judge import AGAIN, GOOD, HARD, judge_open

DATA = Path(__file__).parent / "data"


def deep_rnn_question(subject=None):
    data = {
        "id": "t-deep", "topic": "deep-rnn", "kind": "open", "difficulty": 2, "tags": [], "source": "test",
        "prompt": {"en": "Why are RNNs rarely stacked deep?", "zh": "为什么 RNN 很少堆得很深？"},
        "answer": {"en": ".", "zh": "。"}, "follow_ups": [],
        "key_points": [
            {"text": {"en": "each layer is already deep in time", "zh": "每层在时间上已经很深"}, "scope": "sentence",
             "claim": [{"en": ["deep in time", "unrolled", "many time steps"], "zh": ["时间上很深", "展开", "时间步"]}]},
            {"text": {"en": "skip connections ease depth", "zh": "跳跃连接让深层可训"}, "scope": "sentence",
             "claim": [{"en": ["skip connection", "skip connections", "residual"], "zh": ["残差", "跳跃连接"]}]},
        ],
        "misconceptions": [],
    }
    if subject is not None:
        data["subject"] = subject
    return Question.from_dict(data)


RNN_SUBJECT = {"en": ["rnn", "recurrent", "lstm", "gru", "time step", "time steps", "sequence"],
               "zh": ["RNN", "循环", "LSTM", "时间步", "序列"]}
RESNET = ("CNNs can be made very deep thanks to ResNet: skip connections add the input of a block to its output. "
          "Batch normalisation keeps activations well scaled.")


def test_an_answer_about_a_neighbouring_subject_is_again_even_when_it_states_a_key_point():
    j = judge_open(deep_rnn_question(RNN_SUBJECT), RESNET)
    assert j.covered == [False, True]  # the point is found, with its evidence shown …
    assert j.suggested_rating == AGAIN and j.reason == "off-subject"  # … but the answer is not about the question
    without = judge_open(deep_rnn_question(), RESNET)
    assert without.suggested_rating == HARD  # a question without a subject judges as before


@pytest.mark.parametrize("answer", [
    "Each recurrent layer is already deep in time once unrolled, and residual connections help when you do stack them.",
    "Stacked LSTMs beyond a few layers are hard to train; skip connections help, and every layer is unrolled over many steps.",
    "每一层 RNN 在时间上展开后已经很深了，要堆深就得加残差连接。",
    "The recurrence is not what makes it shallow: each layer is unrolled over many steps, and residual links let you stack more.",
])
def test_answers_that_name_the_subject_are_judged_as_before(answer):
    j = judge_open(deep_rnn_question(RNN_SUBJECT), answer)
    assert j.reason != "off-subject" and j.suggested_rating >= HARD


def test_a_denied_mention_of_the_subject_still_names_it():
    j = judge_open(deep_rnn_question(RNN_SUBJECT), "This is not specific to RNNs: residual connections make any deep stack trainable.")
    assert j.reason == "partial" and j.suggested_rating == HARD


def test_grade_answer_reports_off_subject_with_a_reason_and_exit_1(run_cli, tmp_path):
    bank = tmp_path / "deep.yaml"
    bank.write_text(
        "format_version: 2\nquestions:\n"
        "  - id: my-deep-rnn\n    topic: deep-rnn\n    kind: open\n    difficulty: 2\n    source: mine\n"
        "    subject: {en: [rnn, recurrent, lstm], zh: [RNN, 循环]}\n"
        "    prompt: {en: 'Why are RNNs rarely deep?', zh: 为什么 RNN 很少很深？}\n"
        "    answer: {en: 'Each RNN layer is deep in time; residual connections help.', zh: 每层 RNN 在时间上已经很深，残差连接有帮助。}\n"
        "    key_points:\n"
        "      - text: {en: residual connections, zh: 残差连接}\n"
        "        claim: [{en: [residual, skip connection], zh: [残差, 跳跃连接]}]\n",
        encoding="utf-8")
    result = run_cli("grade-answer", "my-deep-rnn", "--answer", RESNET, "--json", "--bank", str(bank))
    doc = json.loads(result.stdout)
    assert result.exit_code == 1 and doc["suggested_rating"] == AGAIN and doc["reason"] == "off-subject"
    assert doc["key_points"][0]["covered"] is True
    text = run_cli("grade-answer", "my-deep-rnn", "--answer", RESNET, "--bank", str(bank))
    assert "never names what the question is about" in text.stdout
    zh = run_cli("grade-answer", "my-deep-rnn", "--answer", "ResNet 靠残差连接把 CNN 堆到一百多层。", "--lang", "zh", "--bank", str(bank))
    assert "没有提到题目问的对象" in zh.stdout and zh.exit_code == 1
    good = run_cli("grade-answer", "my-deep-rnn", "--answer", "Residual connections are what let a deep RNN stack train.", "--json", "--bank", str(bank))
    assert good.exit_code == 0 and json.loads(good.stdout)["reason"] == "complete"


def test_an_empty_subject_is_a_bank_error_that_names_the_file_line_and_field(run_cli, tmp_path):
    bank = tmp_path / "broken.yaml"
    bank.write_text(
        "format_version: 2\nquestions:\n"
        "  - id: my-deep-rnn\n    topic: deep-rnn\n    kind: open\n    difficulty: 2\n    source: mine\n"
        "    subject: {en: [], zh: [循环]}\n"
        "    prompt: {en: 'Why?', zh: 为什么？}\n    answer: {en: 'Because.', zh: 因为。}\n"
        "    key_points:\n      - text: {en: a, zh: 甲}\n        claim: [{en: [residual], zh: [残差]}]\n",
        encoding="utf-8")
    result = run_cli("grade-answer", "my-deep-rnn", "--answer", "residual", "--bank", str(bank))
    assert result.exit_code == 2  # the broken bank is skipped, so the id is unknown
    assert "broken.yaml:8:" in result.output and "subject.en" in result.output and "bank lint" in result.output


def _readable_answers():
    """Model answers, the benchmark's development answers and every tuning answer (never its test split)."""
    answers = [a for a in load_answers(DATA / "answers") if split_of(a["question"]) == "dev"]
    return answers + load_answers(DATA / "tuning", "tune")


def test_no_good_or_partial_answer_we_can_read_misses_its_questions_subject():
    by_id = load_banks(bank_paths()).by_id()
    with_subject = [q for q in by_id.values() if q.kind == "open" and q.data.get("subject")]
    assert len(with_subject) >= 60, "most open questions name their subject"
    off = [(a["question"], a["lang"], a["text"][:80]) for a in _readable_answers()
           if a["label"] in ("good", "partial") and judge_open(by_id[a["question"]], a["text"]).reason == "off-subject"]
    assert off == []
    for q in with_subject:
        for lang in ("en", "zh"):
            assert judge_open(q, q.data["answer"][lang]).suggested_rating >= GOOD, (q.id, lang)


def test_bank_lint_warns_when_a_rubric_fails_its_own_model_answer(run_cli, tmp_path):
    bank = tmp_path / "mine.yaml"
    bank.write_text(
        "format_version: 2\nquestions:\n"
        "  - id: my-deep-rnn\n    topic: deep-rnn\n    kind: open\n    difficulty: 2\n    source: mine\n"
        "    subject: {en: [stacked rnn], zh: [堆叠 RNN]}\n"
        "    prompt: {en: 'Why are RNNs rarely deep?', zh: 为什么 RNN 很少很深？}\n"
        "    answer: {en: 'Each recurrent layer is deep in time; residual connections help.', zh: 每层 RNN 在时间上已经很深，残差连接有帮助。}\n"
        "    key_points:\n"
        "      - text: {en: residual connections, zh: 残差连接}\n"
        "        claim: [{en: [residual], zh: [残差]}]\n",
        encoding="utf-8")
    assert "model answer" not in run_cli("bank", "lint", str(bank)).stdout  # only when asked: it loads the segmenter
    result = run_cli("bank", "lint", "--rubrics", str(bank))
    assert result.exit_code == 0  # a warning, not a problem: the bank loads
    assert "mine.yaml:3: my-deep-rnn: its own English model answer is suggested Again by its rubric" in result.stdout
    assert "names none of the question's `subject`" in result.stdout
    assert "Chinese model answer" in result.stdout
