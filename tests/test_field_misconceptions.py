"""Field-wide misconceptions: wrong claims listed once at a bank's top level and looked for in the
answer to every open question of the banks loaded with it (questions/field.yaml holds the built-in ones)."""

from __future__ import annotations

import json

from rnnquiz.bank.loader import bank_paths, find_question, load_banks

FIELD_BANK = """\
format_version: 2
misconceptions:
  - text: {en: "Dropout is applied at test time too", zh: "测试时也要用 dropout"}
    why: {en: "Dropout is switched off at evaluation.", zh: "评估时关闭 dropout。"}
    scope: clause
    claim:
      - {en: ["dropout"], zh: ["dropout"]}
      - {en: ["at test time too", "also at test time"], zh: ["测试 时 也"]}
"""


def field_bank(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(FIELD_BANK, encoding="utf-8")
    return path


def test_a_users_field_wide_misconception_is_found_in_an_answer_to_a_built_in_question(run_cli, tmp_path):
    path = field_bank(tmp_path)
    answer = "Stack two LSTMs with dropout between the layers; keep the dropout at test time too so the network stays regularised."
    for _ in range(2):  # validating the bank, then from its cache
        result = run_cli("grade-answer", "deep-rnn-dropout", "--answer", answer, "--json", "--bank", str(path))
        doc = json.loads(result.stdout)
        assert result.exit_code == 1 and doc["suggested_rating"] == 1, result.output
        assert [m["text"] for m in doc["misconceptions"]] == ["Dropout is applied at test time too"]
        assert doc["misconceptions"][0]["why"] == "Dropout is switched off at evaluation."
    result = run_cli("grade-answer", "deep-rnn-dropout", "--answer", answer, "--json")
    assert "Dropout is applied at test time too" not in result.stdout  # only with that bank loaded


def test_a_session_and_a_single_grading_see_the_same_field_wide_misconceptions(tmp_path):
    paths = bank_paths([field_bank(tmp_path)])
    banks = load_banks(paths)
    q, problems = find_question(paths, "training-teacher-forcing")
    assert not problems and q is not None
    assert q.shared == banks.by_id()["training-teacher-forcing"].shared
    assert "Dropout is applied at test time too" in [m["text"]["en"] for m in q.shared]
    assert not [x for x in banks.questions if x.kind != "open" and x.shared]  # closed questions need none


def test_a_bank_with_neither_questions_nor_field_wide_misconceptions_is_refused(run_cli, tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("format_version: 2\ntitle: {en: A, zh: A}\n", encoding="utf-8")
    result = run_cli("bank", "lint", str(path))
    assert result.exit_code == 1
    assert "empty.yaml:1" in result.stdout and "at least one question" in result.stdout


def test_lint_counts_field_wide_misconceptions(run_cli, tmp_path):
    result = run_cli("bank", "lint", str(field_bank(tmp_path)))
    assert result.exit_code == 0 and "0 questions and 1 field-wide misconception in 1 file" in result.stdout


def test_a_built_in_field_wide_misconception_is_caught_in_answers_to_different_questions(run_cli):
    claims = {
        "training-teacher-forcing": "Teacher forcing is great: since all inputs are known, the LSTM can compute all its time steps in parallel.",
        "training-rnn-sequential": "With teacher forcing the decoder RNN computes all time steps in parallel during training.",
        "seq2seq-teacher-forcing": "训练时用 teacher forcing，LSTM 的所有时间步可以并行计算，所以很快。",
    }
    for qid, answer in claims.items():
        doc = json.loads(run_cli("grade-answer", qid, "--answer", answer, "--json").stdout)
        assert "Teacher forcing lets an RNN compute its time steps in parallel" in [m["text"] for m in doc["misconceptions"]], (qid, doc)
    right = "Teacher forcing feeds the true previous token, but the RNN still computes its time steps one after another."
    doc = json.loads(run_cli("grade-answer", "training-teacher-forcing", "--answer", right, "--json").stdout)
    assert not doc["misconceptions"], doc
