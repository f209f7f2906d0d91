"""`rnnquiz grade-answer`: one answer judged without a session, as JSON or text, with exit codes."""

from __future__ import annotations

import json

import pytest

from rnnquiz.bank.grading import LETTERS, layout_for
from rnnquiz.bank.loader import load_bank


def grade(run_cli, *args, input=None):
    result = run_cli("grade-answer", *args, input=input)
    doc = json.loads(result.stdout) if "--json" in args and result.stdout.strip().startswith("{") else None
    return result, doc


def test_open_answer_json_has_the_contract_fields(run_cli, mini_bank):
    result, doc = grade(run_cli, "fixture-open", "--answer", "The update is additive; the forget gate scales the old cell.",
                        "--json", "--bank", str(mini_bank))
    assert result.exit_code == 0, result.output
    assert {"id", "kind", "suggested_rating", "correct", "key_points", "misconceptions"} <= set(doc)
    assert doc["id"] == "fixture-open" and doc["kind"] == "open" and doc["correct"] is None
    assert doc["suggested_rating"] == 3
    assert all({"text", "covered", "evidence"} <= set(p) for p in doc["key_points"])
    assert doc["key_points"][0]["evidence"] == "The update is additive"


def test_wrong_open_answer_exits_1_and_names_the_misconception(run_cli):
    result, doc = grade(run_cli, "lstm-slide-missing-tanh", "--answer",
                        "The standard LSTM does not apply tanh to the cell state: a = o * c, exactly like the slide.", "--json")
    assert result.exit_code == 1 and doc["suggested_rating"] == 1
    assert doc["misconceptions"] or any(p.get("contradicted") for p in doc["key_points"])


def test_closed_kinds_are_graded_like_ask(run_cli, mini_bank):
    q = {q.id: q for q in load_bank(mini_bank, use_cache=False)}["fixture-choice"]
    right = LETTERS[layout_for(q, 4).order.index(1)]
    result, doc = grade(run_cli, "fixture-choice", "--answer", right, "--seed", "4", "--json", "--bank", str(mini_bank))
    assert result.exit_code == 0 and doc["correct"] is True and doc["suggested_rating"] == 3
    result, doc = grade(run_cli, "fixture-choice", "--answer", "B", "--json", "--bank", str(mini_bank))  # bank order
    assert result.exit_code == 0 and doc["correct"] is True
    result, doc = grade(run_cli, "fixture-numeric", "--answer", "84.5", "--json", "--bank", str(mini_bank))
    assert result.exit_code == 1 and doc["correct"] is False and doc["expected"] == "84"
    result, doc = grade(run_cli, "fixture-truefalse", "--answer", "maybe", "--json", "--bank", str(mini_bank))
    assert result.exit_code == 1 and "t (true) or f (false)" in doc["error"]


def test_unknown_id_exits_2_with_did_you_mean(run_cli):
    result = run_cli("grade-answer", "lstm-slide-misng-tanh", "--answer", "x")
    assert result.exit_code == 2 and "did you mean 'lstm-slide-missing-tanh'" in result.stderr


def test_answer_from_stdin_in_chinese(run_cli, mini_bank):
    result, doc = grade(run_cli, "fixture-open", "--answer", "-", "--lang", "zh", "--json", "--bank", str(mini_bank),
                        input="细胞状态是加法更新，遗忘门决定保留多少")
    assert result.exit_code == 0 and doc["suggested_rating"] == 3 and doc["key_points"][0]["text"] == "加法更新"


@pytest.mark.parametrize("answer", ["", "\x1b]52;c;ZXZpbA==\x07[bold]x[/bold]\x9b31m", "word " * 25_000])
def test_bad_input_gives_a_result(run_cli, mini_bank, answer):
    result, doc = grade(run_cli, "fixture-open", "--answer", answer, "--json", "--bank", str(mini_bank))
    assert result.exit_code == 1 and doc["suggested_rating"] == 1
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout


def test_unknown_language_is_a_usage_error(run_cli):
    result = run_cli("grade-answer", "lstm-cec", "--answer", "x", "--lang", "fr")
    assert result.exit_code == 2


def test_text_output_shows_evidence_and_suggestion(run_cli, mini_bank):
    result = run_cli("grade-answer", "fixture-open", "--answer", "It's additive.", "--bank", str(mini_bank))
    assert result.exit_code == 1
    assert "Key points covered: 1/2" in result.stdout and "you said: “It's additive”" in result.stdout
    assert "Suggested rating: 2 Hard" in result.stdout


def test_ask_id_practises_chosen_questions_in_order(run_cli, mini_bank):
    result = run_cli("ask", "--bank", str(mini_bank), "--id", "fixture-numeric", "--id", "fixture-truefalse",
                     "--no-record", input="84\nf\n")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert "fixture-numeric" in lines[0] and "fixture-truefalse" in lines[1] and len(lines) == 2


def test_a_sentence_the_rubric_cannot_judge_is_shown_as_unchecked(run_cli):
    """A right answer with one extra wrong claim nobody listed is still Good, but the learner is shown
    the sentence the suggestion does not rest on, in JSON and in the text, in both languages."""
    answer = ("tanh is bounded in (−1, 1), zero-centred and has derivative at most 1, so the state cannot grow without limit. "
              "With ReLU the state is unbounded and activations can explode. "
              "Because of that, most RNN libraries store the tanh outputs in half precision by default.")
    result, doc = grade(run_cli, "rnn-cell-why-tanh", "--answer", answer, "--json")
    assert doc["suggested_rating"] == 3
    assert doc["unchecked"] == ["Because of that, most RNN libraries store the tanh outputs in half precision by default"]
    result = run_cli("grade-answer", "rnn-cell-why-tanh", "--answer", answer)
    assert "Not checked" in result.stdout and "half precision" in result.stdout
    zh = "tanh 有界，输出在 (−1, 1)，而且以 0 为中心。ReLU 没有上界，状态可能爆炸。所以大多数框架默认用半精度存 tanh 的输出。"
    result, doc = grade(run_cli, "rnn-cell-why-tanh", "--answer", zh, "--lang", "zh", "--json")
    assert doc["unchecked"] == ["所以大多数框架默认用半精度存 tanh 的输出"]
    assert "未检查" in run_cli("grade-answer", "rnn-cell-why-tanh", "--answer", zh, "--lang", "zh").stdout


def test_sentences_that_earn_a_point_hedge_or_are_short_are_not_unchecked(run_cli):
    answer = ("tanh is bounded in (−1, 1) and zero-centred. ReLU is unbounded, so the state can explode. "
              "Not sure about the rest. That's it.")
    result, doc = grade(run_cli, "rnn-cell-why-tanh", "--answer", answer, "--json")
    assert doc["unchecked"] == [] and doc["suggested_rating"] >= 2
    result = run_cli("grade-answer", "rnn-cell-why-tanh", "--answer", answer)
    assert "Not checked" not in result.stdout
