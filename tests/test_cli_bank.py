"""`rnnquiz bank lint|stats|export|schema` and the root command's --version / --help."""

from __future__ import annotations

import json

from conftest import command_paths
from rnnquiz import __version__


def test_version_and_help(run_cli):
    result = run_cli("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"rnnquiz {__version__}"
    result = run_cli("--help")
    assert result.exit_code == 0 and "Exit codes" in result.stdout
    for command in ("ask", "review", "bank"):
        assert command in result.stdout


def test_unknown_command_is_a_usage_error(run_cli):
    assert run_cli("frobnicate").exit_code == 2


def test_lint_builtin_banks_is_clean(run_cli):
    result = run_cli("bank", "lint")
    assert result.exit_code == 0, result.stdout
    assert ": 0 problems" in result.stdout


def test_lint_reports_file_line_col_and_exits_1(run_cli, tmp_path, mini_bank):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 1\nquestions:\n  - id: x-1\n    topic: lstm\n    topic: gru\n", encoding="utf-8")
    result = run_cli("bank", "lint", str(bad), str(mini_bank))
    assert result.exit_code == 1
    assert f"{bad.resolve()}:5:5: YAML: duplicate key 'topic'" in result.stdout
    assert "6 questions in 2 files: 1 problem" in result.stdout


def test_stats_json_counts(run_cli, mini_bank):
    data = json.loads(run_cli("bank", "stats", "--json", "--bank", str(mini_bank)).stdout)
    assert data["total"] >= 226
    assert sum(data["topic"].values()) == data["total"] == sum(data["kind"].values())
    assert data["language"] == {"en": data["total"], "zh": data["total"]}
    text = run_cli("bank", "stats").stdout
    assert "by topic" in text and "by kind" in text and "by difficulty" in text


def test_export_matches_ask_json_shape(run_cli):
    exported = json.loads(run_cli("bank", "export", "--json").stdout)
    asked = json.loads(run_cli("ask", "--count", "2", "--seed", "1", "--reveal", "--json").stdout)
    by_id = {q["id"]: q for q in exported}
    for q in asked:
        # ask shows choice options in their presented order and adds what to type; the rest is the bank entry
        bank = by_id[q["id"]]
        shown = {k: v for k, v in q.items() if k not in ("options", "correct", "letters", "shown")}
        assert shown == {k: v for k, v in bank.items() if k not in ("options", "correct")}
        if q["kind"] == "choice":
            assert sorted(map(json.dumps, q["options"])) == sorted(map(json.dumps, bank["options"]))
            assert {json.dumps(q["options"][i]) for i in q["correct"]} == {json.dumps(bank["options"][i]) for i in bank["correct"]}


def test_schema_is_json_schema_and_matches_the_shipped_file(run_cli):
    from rnnquiz.paths import questions_dir

    schema = json.loads(run_cli("bank", "schema").stdout)
    assert schema["$schema"].startswith("https://json-schema.org/draft/2020-12")
    shipped = json.loads((questions_dir() / "bank.schema.json").read_text(encoding="utf-8"))
    assert schema == shipped, "questions/bank.schema.json is stale: run `rnnquiz bank schema > questions/bank.schema.json`"


def test_every_command_has_help_with_an_example(run_cli):
    for path in command_paths():
        result = run_cli(*path, "--help")
        assert result.exit_code == 0, path
        assert "rnnquiz " in result.stdout.split("Options:")[-1], f"`rnnquiz {' '.join(path)} --help` shows no example"


def test_lint_warns_about_lopsided_true_false(run_cli, tmp_path):
    body = "".join(
        f"  - id: tf-{i}\n    topic: gru\n    kind: truefalse\n    difficulty: 1\n    source: t\n"
        f"    prompt: {{en: \"s{i}\", zh: \"陈述{i}\"}}\n    answer: {{en: \"a\", zh: \"答\"}}\n    correct: false\n"
        for i in range(5)
    )
    bank = tmp_path / "tf.yaml"
    bank.write_text("format_version: 2\nquestions:\n" + body, encoding="utf-8")
    result = run_cli("bank", "lint", str(bank))
    assert result.exit_code == 0
    assert "0 of 5 true/false questions are true (0%)" in result.stdout and "35%" in result.stdout
