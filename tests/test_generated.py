"""Generated questions: the template language, located errors, drawing, the CLI, progress and review."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone

import pytest

from rnnquiz.bank.grading import AnswerFormatError, grade_closed
from rnnquiz.bank.loader import BankFileError
from rnnquiz.generated.draw import instantiate
from rnnquiz.generated.expr import Expr, ExprError
from rnnquiz.generated.loader import load_templates, validate_template_text


def templates():
    return load_templates(use_cache=False).by_id()


# -- the expression language ----------------------------------------------------------------------

def test_expressions_evaluate_and_show_their_numbers():
    e = Expr("dirs*(4*H*(D + H) + nb*4*H)")
    env = {"dirs": 2, "H": 64, "D": 37, "nb": 2}
    assert e.value(env) == 2 * (4 * 64 * (37 + 64) + 2 * 4 * 64)
    assert e.symbolic() == "dirs·(4·H·(D + H) + nb·4·H)"
    assert e.filled(env) == "2·(4·64·(37 + 64) + 2·4·64)"
    assert Expr("a - (b - c)").filled({"a": 5, "b": 3, "c": 1}) == "5 − (3 − 1)"
    assert Expr("[B, T, H] if batch_first else [T, B, H]").value({"B": 2, "T": 3, "H": 4, "batch_first": False}) == [3, 2, 4]
    assert Expr("sum(lengths)").value({"lengths": [5, 3, 1]}) == 9


@pytest.mark.parametrize("source", ["__import__('os').system('true')", "x.real", "x[0]", "(lambda: 1)()", "open('f')",
                                    "[i for i in x]", "f'{x}'"])
def test_expressions_refuse_anything_but_arithmetic(source):
    with pytest.raises(ExprError, match="not allowed"):
        Expr(source)


def test_expressions_refuse_huge_powers_and_unknown_names():
    with pytest.raises(ExprError, match="larger than"):
        Expr("2 ** 100000").value({})
    with pytest.raises(ExprError, match="unknown name 'H'"):
        Expr("4*H").value({})


# -- template files --------------------------------------------------------------------------------

GOOD = """format_version: 1
templates:
  - id: tiny
    topic: lstm
    difficulty: 1
    source: test
    quantity: parameters
    params:
      H: {range: [2, 4]}
    let:
      rows: "4*H"
    answer: "rows*H"
    module: {type: LSTMCell, kwargs: {input_size: H, hidden_size: H, bias: false}}
    prompt: {en: "H={H}", zh: "H={H}"}
    explanation: {en: "{filled} = {answer}", zh: "{filled} = {answer}"}
"""


def test_a_valid_template_file_loads():
    [t] = validate_template_text(GOOD, "t.yaml")
    assert t.id == "tiny" and t.item_id == "gen:tiny" and t.origin == "t.yaml:3"


@pytest.mark.parametrize("change, where, message", [
    (('rows: "4*H"', 'rows: "4*W"'), "t.yaml:11:13", "uses W, not defined"),
    (('answer: "rows*H"', 'answer: "rows.bit_length()"'), "t.yaml:12:13", "Call is not allowed"),
    (('en: "H={H}"', 'en: "H={K}"'), "t.yaml:14:18", "placeholder {K}"),
    (("type: LSTMCell", "type: LSTMCel"), "t.yaml:13:20", "not one of"),
    (("range: [2, 4]", "range: [4, 2]"), "t.yaml:9:18", "is empty"),
    (("range: [2, 4]", "rang: [2, 4]"), "t.yaml:9:10", "a parameter is"),
    (("quantity: parameters", "quantity: params"), "t.yaml:7:15", "quantity"),
])
def test_template_problems_are_located(change, where, message):
    with pytest.raises(BankFileError) as exc:
        validate_template_text(GOOD.replace(*change), "t.yaml")
    text = str(exc.value)
    assert where in text and message in text, text


def test_the_shipped_templates_cover_what_interviewers_ask():
    ts = templates()
    assert len(ts) >= 12
    quantities = {t.quantity for t in ts.values()}
    assert {"parameters", "output_shape", "param_shape", "macs", "activation_bytes", "onehot_ratio", "gate"} <= quantities
    modules = {t.data["module"]["type"] for t in ts.values() if "module" in t.data}
    assert {"RNN", "LSTM", "GRU", "Embedding", "MultiheadAttention"} <= modules
    assert "additive_attention" in {t.data.get("composite", {}).get("type") for t in ts.values()}


def test_an_instance_is_a_question_with_its_formula_filled_in():
    q = instantiate(templates()["lstm-params"], random.Random(3))
    g = q.data["generated"]
    assert q.id == "gen:lstm-params" and q.kind == "numeric" and set(g) == {"template", "module", "quantity", "params"}
    p, kw = g["params"], g["module"]["kwargs"]
    assert g["module"]["type"] == "LSTM" and kw["input_size"] == p["D"] and kw["hidden_size"] == p["H"]
    assert f"input_size={p['D']}" in q.prompt["en"] and f"input_size={p['D']}" in q.prompt["zh"]
    assert f"{q.data['value']:,}" in q.answer["en"] and f"{q.data['value']:,}" in q.answer["zh"]
    assert "·" in q.answer["en"] and "{" not in q.answer["en"]


def test_shape_answers_accept_the_usual_spellings():
    q = instantiate(templates()["rnn-output-shape"], random.Random(1))
    a, b, c = q.data["value"]
    for typed in (f"({a}, {b}, {c})", f"[{a},{b},{c}]", f"{a} x {b} x {c}", f"torch.Size([{a}, {b}, {c}])", f"{a} {b} {c}"):
        assert grade_closed(q, typed, None).correct, typed
    assert not grade_closed(q, f"({b}, {a}, {c})", None).correct
    with pytest.raises(AnswerFormatError):
        grade_closed(q, "three by two", None)


# -- the command line -------------------------------------------------------------------------------

def reveal(run_cli, *args):
    result = run_cli("ask", "--generated", "--reveal", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_generated_reveal_json_is_reproducible_with_a_seed(run_cli):
    first = reveal(run_cli, "--count", "25", "--seed", "4")
    assert first == reveal(run_cli, "--count", "25", "--seed", "4")
    assert first != reveal(run_cli, "--count", "25", "--seed", "5")
    assert len(first) == 25 and len({q["id"] for q in first}) == len(templates())  # each template once before repeats
    for q in first:
        assert q["id"].startswith("gen:") and set(q["generated"]) == {"template", "module", "quantity", "params"}
        assert q["prompt"]["en"] and q["prompt"]["zh"] and q["answer"]["en"] and q["answer"]["zh"]


def test_generated_filters_and_ids(run_cli):
    assert {q["topic"] for q in reveal(run_cli, "--topic", "attention", "--count", "6")} == {"attention"}
    assert {q["difficulty"] for q in reveal(run_cli, "--difficulty", "3", "--count", "5")} == {3}
    assert {q["kind"] for q in reveal(run_cli, "--kind", "shape", "--count", "5")} == {"shape"}
    picked = reveal(run_cli, "--id", "gen:gru-gate-slice", "--id", "lstm-params")
    assert [q["id"] for q in picked] == ["gen:gru-gate-slice", "gen:lstm-params"]
    bad = run_cli("ask", "--generated", "--id", "lstm-parms", "--reveal")
    assert bad.exit_code == 2 and "did you mean 'lstm-params'" in bad.output


@pytest.mark.parametrize("args", [["--generated", "--due"], ["--generated", "--mix-generated", "0.5"], ["--mix-generated", "1.5"]])
def test_generated_usage_errors(run_cli, args):
    assert run_cli("ask", *args, "--count", "1").exit_code == 2


def test_answering_generated_questions_records_one_card_per_template(run_cli):
    shown = reveal(run_cli, "--id", "lstm-params", "--id", "rnn-state-shape", "--seed", "9")
    right = [f"{shown[0]['value']}", "(" + ", ".join(map(str, shown[1]["value"])) + ")"]
    result = run_cli("ask", "--generated", "--id", "lstm-params", "--id", "rnn-state-shape", "--seed", "9", input="\n".join(right) + "\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("✓ correct") == 2
    again = run_cli("ask", "--generated", "--id", "lstm-params", "--seed", "10", input="1\n")
    assert again.exit_code == 1 and "✗ wrong" in again.stdout
    stats = json.loads(run_cli("stats", "--json").stdout)
    assert stats["items_seen"]["generated"] == 2 and stats["answers"] == 3
    assert "gen:lstm-params" in {w["item_id"] for w in stats["weakest"]}
    text = run_cli("stats").stdout
    assert "2 generated templates" in text and "gen:lstm-params (generated)" in text


def test_mix_generated_replaces_a_share_of_the_session(run_cli):
    chosen = json.loads(run_cli("ask", "--count", "10", "--seed", "2", "--mix-generated", "0.3", "--reveal", "--json").stdout)
    assert len(chosen) == 10 and sum(q["id"].startswith("gen:") for q in chosen) == 3
    same = json.loads(run_cli("ask", "--count", "10", "--seed", "2", "--mix-generated", "0.3", "--reveal", "--json").stdout)
    assert same == chosen


def test_a_generated_mock_interview_in_chinese(run_cli, tmp_path):
    report = tmp_path / "mock.md"
    result = run_cli("ask", "--generated", "--mock", "--count", "4", "--seed", "1", "--lang", "zh", "--no-record",
                     "--report", str(report), input=":s\n" * 4)
    assert result.exit_code == 1, result.output
    assert "模拟面试" in result.stdout and result.stdout.count("gen:") >= 4
    assert "How many" not in result.stdout and "gen:" in report.read_text(encoding="utf-8")


def test_review_brings_a_due_template_back_with_new_sizes(run_cli):
    from rnnquiz.progress.store import ProgressStore

    with ProgressStore.open() as store:
        store.record_answer(item_id="gen:cell-params", item_type="question", kind="numeric", correct=False, rating=1,
                            duration_s=3.0, topic="rnn-cell", answered_at=datetime.now(timezone.utc) - timedelta(days=3))
    result = run_cli("review", "--count", "1", "--seed", "1", input=":q\n")
    assert "gen:cell-params" in result.stdout and "1 due for review" in result.stdout


def test_progress_with_generated_answers_moves_to_another_machine(run_cli, tmp_path, monkeypatch):
    run_cli("ask", "--generated", "--id", "cell-params", "--seed", "1", input="1\n")
    exported = tmp_path / "progress.json"
    assert run_cli("progress", "export", str(exported)).exit_code == 0
    monkeypatch.setenv("RNNQUIZ_HOME", str(tmp_path / "other"))
    result = run_cli("progress", "import", str(exported))
    assert result.exit_code == 0, result.output
    assert "Imported 1 new answers" in result.stdout
