"""`rnnquiz ask`: scripted reveal, interactive grading of every kind, mock interviews, bad input."""

from __future__ import annotations

import json

import pytest

from rnnquiz.bank.grading import LETTERS, layout_for
from rnnquiz.bank.loader import load_bank


def fixture_q(mini_bank, qid):
    return {q.id: q for q in load_bank(mini_bank, use_cache=False)}[qid]


def ask_one(run_cli, mini_bank, qid, answers, *extra):
    return run_cli(
        "ask", "--bank", str(mini_bank), "--tag", "fixture", "--seed", "3", "--no-record", "--count", "1",
        *_only(qid), *extra, input="\n".join(answers) + "\n")


def _only(qid):
    # narrow the fixture bank to one question by its kind (each kind appears once there)
    kind = qid.removeprefix("fixture-")
    return ["--kind", kind]


def test_reveal_json_is_reproducible_and_complete(run_cli):
    first = run_cli("ask", "--count", "3", "--seed", "7", "--reveal", "--json")
    second = run_cli("ask", "--count", "3", "--seed", "7", "--reveal", "--json")
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout)
    assert data == json.loads(second.stdout) and len(data) == 3
    for q in data:
        assert {"id", "topic", "kind", "prompt", "answer"} <= set(q)
        assert q["prompt"]["en"] and q["prompt"]["zh"] and q["answer"]["en"] and q["answer"]["zh"]
    other = json.loads(run_cli("ask", "--count", "3", "--seed", "8", "--reveal", "--json").stdout)
    assert [q["id"] for q in other] != [q["id"] for q in data]


def test_reveal_text_shows_answers_in_chosen_language(run_cli, mini_bank):
    result = run_cli("ask", "--bank", str(mini_bank), "--tag", "fixture", "--kind", "choice", "--reveal", "--lang", "zh")
    assert result.exit_code == 0
    assert "LSTM 有几个门？" in result.stdout and "三个：输入门" in result.stdout
    assert any(line.startswith("✓ ") and line.endswith(". 三个") for line in result.stdout.splitlines())


def test_reveal_needs_no_stdin(run_cli):
    result = run_cli("ask", "--count", "2", "--reveal", input=None)
    assert result.exit_code == 0 and "Model answer" in result.stdout


def choice_letters(mini_bank, seed=3):
    """The letter of the right option of fixture-choice as `ask --seed` shows it, and a wrong one."""
    q = fixture_q(mini_bank, "fixture-choice")
    order = layout_for(q, seed).order
    right = LETTERS[order.index(1)]
    return right, next(LETTERS[k] for k in range(3) if LETTERS[k] != right)


def test_choice_right_and_wrong(run_cli, mini_bank):
    right, wrong_letter = choice_letters(mini_bank)
    right_run = ask_one(run_cli, mini_bank, "fixture-choice", [right.lower()])
    assert right_run.exit_code == 0 and "✓ correct" in right_run.stdout and "Three: input" in right_run.stdout
    wrong = ask_one(run_cli, mini_bank, "fixture-choice", [wrong_letter])
    assert wrong.exit_code == 1 and f"✗ wrong — answer: {right}" in wrong.stdout


def test_bad_format_asks_again_without_counting(run_cli, mini_bank):
    right, _ = choice_letters(mini_bank)
    result = ask_one(run_cli, mini_bank, "fixture-choice", ["7", "Z", right])
    assert result.exit_code == 0
    assert "answer with letters A–C" in result.stdout and "only options A–C" in result.stdout


@pytest.mark.parametrize(("answer", "code"), [("f", 0), ("错", 0), ("true", 1)])
def test_truefalse(run_cli, mini_bank, answer, code):
    assert ask_one(run_cli, mini_bank, "fixture-truefalse", [answer]).exit_code == code


def test_order_uses_the_shown_letters(run_cli, mini_bank):
    q = fixture_q(mini_bank, "fixture-order")
    layout = layout_for(q, 3)
    assert list(layout.order) != [0, 1, 2]  # never shown already solved
    right = " ".join(LETTERS[layout.order.index(i)] for i in range(3))
    assert ask_one(run_cli, mini_bank, "fixture-order", [right]).exit_code == 0
    wrong = " ".join(reversed(right.split()))
    assert ask_one(run_cli, mini_bank, "fixture-order", [wrong]).exit_code == 1


def test_match_partial_credit_is_still_wrong(run_cli, mini_bank):
    q = fixture_q(mini_bank, "fixture-match")
    layout = layout_for(q, 3)
    right = [LETTERS[layout.order.index(i)] for i in range(3)]
    assert ask_one(run_cli, mini_bank, "fixture-match", [" ".join(right)]).exit_code == 0
    swapped = [right[1], right[0], right[2]]
    result = ask_one(run_cli, mini_bank, "fixture-match", [" ".join(swapped)])
    assert result.exit_code == 1 and "partly right (33%)" in result.stdout


@pytest.mark.parametrize(("answer", "code"), [("84", 0), ("84.0", 0), ("8.4e1", 0), ("85", 1)])
def test_numeric(run_cli, mini_bank, answer, code):
    assert ask_one(run_cli, mini_bank, "fixture-numeric", [answer]).exit_code == code


def test_open_answer_shows_covered_points_and_takes_rating(run_cli, mini_bank):
    result = ask_one(run_cli, mini_bank, "fixture-open", ["The update is additive,", "so gradients flow.", "", "3"])
    assert result.exit_code == 0
    assert "Key points covered: 1/2" in result.stdout
    assert "✓ additive update" in result.stdout and "✗ forget gate controls decay" in result.stdout
    assert "The additive update keeps a gradient path." in result.stdout


def test_open_answer_in_chinese_matches_chinese_keywords(run_cli, mini_bank):
    result = ask_one(run_cli, mini_bank, "fixture-open", ["细胞状态是加法更新，遗忘门决定保留多少", "", ""], "--lang", "zh")
    assert "覆盖的要点：2/2" in result.stdout
    assert result.exit_code == 0  # Enter takes the suggested rating (Good for full coverage)


def test_open_rating_again_fails(run_cli, mini_bank):
    result = ask_one(run_cli, mini_bank, "fixture-open", ["no idea really", "", "again"])
    assert result.exit_code == 1 and "Key points covered: 0/2" in result.stdout


def test_quit_ends_with_summary(run_cli, mini_bank):
    result = run_cli("ask", "--bank", str(mini_bank), "--tag", "fixture", "--kind", "choice", "--kind", "truefalse",
                     "--seed", "1", "--no-record", input=":s\n:q\n")
    assert "Session summary" in result.stdout and "(ended early)" in result.stdout


def test_closed_stdin_ends_cleanly(run_cli, mini_bank):
    result = run_cli("ask", "--bank", str(mini_bank), "--tag", "fixture", "--no-record", input="")
    assert result.exit_code == 0 and "No questions answered." in result.stdout


def test_skip_counts_as_wrong_and_reveals(run_cli, mini_bank):
    result = ask_one(run_cli, mini_bank, "fixture-numeric", [":s"])
    assert result.exit_code == 1 and "skipped" in result.stdout and "Answer: 84" in result.stdout


def test_mock_interview_report(run_cli, mini_bank, tmp_path):
    report = tmp_path / "report.md"
    # enough answers for every question and any follow-up; wrong ones are fine
    result = run_cli("ask", "--bank", str(mini_bank), "--tag", "fixture", "--mock", "--count", "4", "--seed", "2",
                     "--no-record", "--report", str(report), input=":s\n" * 10)
    assert "Mock interview: 4 questions, time budget" in result.stdout
    assert "⏱" in result.stdout and "Mock interview report" in result.stdout
    text = report.read_text(encoding="utf-8")
    for heading in ("# rnnquiz mock interview report", "## Score per topic", "## Weakest points and what to review", "Time used"):
        assert heading in text
    assert text.count("| fixture-") >= 4


def test_mock_asks_follow_ups_within_its_count(run_cli, mini_bank):
    result = run_cli("ask", "--bank", str(mini_bank), "--tag", "fixture", "--kind", "choice", "--kind", "truefalse",
                     "--mock", "--count", "2", "--seed", "1", "--no-record", input=":s\n" * 6)
    asked = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert len(asked) == 2 and all(line.startswith(("[1/2]", "[2/2]")) for line in asked)
    if "fixture-choice" in asked[0]:  # its follow-up takes the second slot
        assert "follow-up" in asked[1] and "fixture-open" in asked[1]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--topic", "cnn"], "cnn"),
        (["--report", "x.md"], "--report goes with --mock"),
        (["--mock", "--reveal"], "cannot be combined"),
        (["--difficulty", "4"], "4"),
        (["--tag", "no-such-tag"], "unknown tag"),
        (["--topic", "lstmm"], "did you mean 'lstm'"),
        (["--bank", "no/such/bank.yaml"], "no such bank file or folder: no/such/bank.yaml"),
        (["--id", "lstm-cecc"], "did you mean 'lstm-cec'"),
    ],
)
def test_usage_errors_exit_2(run_cli, args, needle):
    result = run_cli("ask", *args)
    assert result.exit_code == 2 and needle in result.output


def test_broken_user_bank_is_reported_and_skipped(run_cli, tmp_path, mini_bank):
    broken = tmp_path / "broken.yaml"
    broken.write_text("format_version: 1\nquestions: [\n", encoding="utf-8")
    result = run_cli("ask", "--bank", str(broken), "--bank", str(mini_bank), "--tag", "fixture", "--reveal")
    assert result.exit_code == 0
    assert "broken.yaml:3:1" in result.stderr and "skipped" in result.stderr
    assert "fixture-choice" in result.stdout


def test_env_banks_are_loaded(run_cli, mini_bank, monkeypatch):
    monkeypatch.setenv("RNNQUIZ_BANKS", str(mini_bank))
    result = run_cli("ask", "--tag", "fixture", "--reveal", "--json", "--count", "50")
    assert len(json.loads(result.stdout)) == 6


def test_untrusted_text_is_shown_literally_and_escapes_stripped(run_cli, tmp_path):
    evil = tmp_path / "evil.yaml"
    evil.write_text(
        'format_version: 1\nquestions:\n  - id: evil-one\n    topic: gru\n    kind: truefalse\n    difficulty: 1\n'
        '    tags: [evil]\n    source: "[link=https://evil.example]click[/link]"\n'
        '    prompt: {en: "Beware \\e]52;c;ZXZpbA==\\a[bold]bold?[/bold] \\e[2J", zh: "中文"}\n'
        '    answer: {en: "See https://example.org \\x9b31m", zh: "中文"}\n    correct: true\n',
        encoding="utf-8",
    )
    result = run_cli("ask", "--bank", str(evil), "--tag", "evil", "--reveal")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert "[bold]bold?[/bold]" in out
    assert "[link=https://evil.example]click[/link]" in out and "https://example.org" in out
    data = json.loads(run_cli("ask", "--bank", str(evil), "--tag", "evil", "--reveal", "--json").stdout)
    assert "\x1b" not in json.dumps(data, ensure_ascii=False)


def test_ctrl_c_ends_with_the_summary_and_exit_130(run_cli, mini_bank, monkeypatch):
    answers = iter(["84"])

    def fake_input(prompt=""):
        try:
            return next(answers)
        except StopIteration:
            raise KeyboardInterrupt from None

    monkeypatch.setattr("builtins.input", fake_input)
    result = run_cli("ask", "--bank", str(mini_bank), "--id", "fixture-numeric", "--id", "fixture-choice", "--no-record")
    assert result.exit_code == 130
    assert "Session summary" in result.stdout and "Score 1/1 (100%)" in result.stdout and "(ended early)" in result.stdout


def test_skip_acts_at_once_on_an_open_question(run_cli, mini_bank):
    result = run_cli("ask", "--bank", str(mini_bank), "--id", "fixture-open", "--no-record", input=":s\n")
    assert result.exit_code == 1 and "skipped" in result.stdout and "Key points:" in result.stdout
    assert "…" not in result.stdout.split("skipped")[0].splitlines()[-1]


def test_count_beyond_the_filters_says_how_many_there_are(run_cli, mini_bank):
    result = run_cli("ask", "--bank", str(mini_bank), "--tag", "fixture", "--count", "100000", "--reveal")
    assert result.exit_code == 0 and "Only 6 questions match these filters" in result.stderr


def test_topics_and_kinds_match_in_any_case(run_cli, mini_bank):
    result = run_cli("ask", "--bank", str(mini_bank), "--topic", "LSTM", "--kind", "Numeric", "--tag", "FIXTURE", "--reveal", "--json")
    assert result.exit_code == 0 and [q["id"] for q in json.loads(result.stdout)] == ["fixture-numeric"]


def test_large_numbers_are_shown_exactly_and_fractions_accepted():
    from rnnquiz.bank.grading import format_number, parse_number

    assert format_number(1_010_000) == "1,010,000"
    assert parse_number("1/1024") == 1 / 1024 and parse_number("1,010,000") == 1_010_000 and parse_number("2.5e-3") == 0.0025
    with pytest.raises(Exception):
        parse_number("1/0")


def test_mock_report_and_stats_agree_on_the_score(run_cli, mini_bank, tmp_path):
    from rnnquiz.bank.select import pick_mock
    from rnnquiz.quiz.summary import fmt_score

    ids = ["fixture-open", "fixture-numeric", "fixture-truefalse"]
    bank = {q.id: q for q in load_bank(mini_bank, use_cache=False)}
    answers = {"fixture-open": "additive sum\n\n3", "fixture-numeric": "84", "fixture-truefalse": "t"}  # 0.85 + 1 + 0
    order = [q.id for q in pick_mock([bank[i] for i in ids], 3, 1)]
    report = tmp_path / "r.md"
    result = run_cli("ask", "--bank", str(mini_bank), *[a for i in ids for a in ("--id", i)], "--mock", "--count", "3",
                     "--seed", "1", "--report", str(report), input="\n".join(answers[i] for i in order) + "\n")
    stats = json.loads(run_cli("stats", "--json").stdout)
    score = stats["mocks"][0]["score"]
    assert fmt_score(score) == "1.85"
    assert "Score: 1.85 / 3" in report.read_text(encoding="utf-8") and "Score 1.85/3" in result.stdout
