"""Hostile bank files: refused with a located, escaped, one-line problem; skipped with a warning by every command."""

from __future__ import annotations

import json
import resource
from pathlib import Path

import pytest

from rnnquiz.bank.loader import BankFileError, bank_paths, load_bank, load_banks
from rnnquiz.bank.strict_yaml import MAX_DEPTH

HEAD = "format_version: 2\nquestions:\n"


def question(qid: str = "t-one", **extra: str) -> str:
    body = {"id": qid, "topic": "gru", "kind": "truefalse", "difficulty": "1", "source": "test",
            "prompt": '{en: "Is it?", zh: "是吗？"}', "answer": '{en: "Yes.", zh: "是。"}', "correct": "true", **extra}
    lines = [f"    {k}: {v}" for k, v in body.items()]
    return "  - " + "\n".join(lines)[4:] + "\n"


def write(tmp_path: Path, text: str, name: str = "bank.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(BankFileError) as info:
        load_bank(path, use_cache=False)
    return [str(p) for p in info.value.problems]


def billion_laughs() -> str:
    """Nine levels of ten aliases: 10^9 strings if expanded, 1 KB as written."""
    lines = [HEAD + question().rstrip("\n"), '    tags: &l0 ["lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*l{level - 1}"] * 10)
        lines.append(f"    x{level}: &l{level} [{refs}]")
    return "\n".join(lines) + "\n"


def test_aliases_are_refused_at_their_anchor_before_anything_is_built(tmp_path):
    path = write(tmp_path, billion_laughs())
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, hard))  # expansion would need far more than this
    try:
        [msg] = problems(path)
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    assert msg.startswith(f"{path}:11:11: ") and "anchor &l0 is not allowed" in msg


def test_an_alias_of_a_question_is_refused_with_its_place(tmp_path):
    path = write(tmp_path, HEAD + question() + "  - *nothing\n")
    [msg] = problems(path)
    assert msg.startswith(f"{path}:11:") and ("alias" in msg or "anchor" in msg)


def test_a_lone_anchor_is_refused_too(tmp_path):
    path = write(tmp_path, HEAD + question(prompt='&p {en: "Is it?", zh: "是吗？"}'))
    [msg] = problems(path)
    assert msg.startswith(f"{path}:8:13: ") and "anchor &p" in msg


@pytest.mark.parametrize("value, found", [("9" * 4301, "4301 characters"), ("9007199254740993", "out of range"),
                                          ("-0x" + "f" * 20, "out of range")])
def test_huge_integers_are_located_errors(tmp_path, value, found):
    path = write(tmp_path, HEAD + question(difficulty=value))
    [msg] = problems(path)
    assert msg.startswith(f"{path}:6:17: ") and found in msg and len(msg) < 300


@pytest.mark.parametrize("field, value", [("value", ".nan"), ("value", ".inf"), ("value", "-.Inf"), ("value", "1.0e+999"), ("tolerance", ".inf")])
def test_non_finite_numeric_answers_are_located_errors(tmp_path, field, value):
    numeric = {"kind": "numeric", "value": "2", field: value}
    body = question(**numeric).replace("    correct: true\n", "")
    path = write(tmp_path, HEAD + body)
    [msg] = problems(path)
    assert "not a finite number" in msg and msg.startswith(f"{path}:")
    assert not msg.startswith(f"{path}:0")


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 100_000])
def test_deep_nesting_is_a_located_error_not_a_recursion_error(tmp_path, depth):
    path = write(tmp_path, HEAD + question(tags="[" * depth + "]" * depth))
    [msg] = problems(path)
    assert msg.startswith(f"{path}:11:") and "nest" in msg  # ours, or libyaml's own limit met first


def test_control_and_bidi_characters_in_a_key_are_escaped_in_the_problem_line(run_cli, tmp_path):
    key = '"bad\\r0 problems\\x9b2J\\a\\e]52;c;eA==\\a\\u202e\\u2066x"'
    path = write(tmp_path, HEAD + question() + f"    {key}: 1\n", name="evil\u202e.yaml")
    result = run_cli("bank", "lint", str(path))
    assert result.exit_code == 1
    [line] = [ln for ln in result.stdout.splitlines() if "unknown field" in ln]
    assert line.startswith(str(path).replace("\u202e", "\\u202e") + ":11:")
    assert "bad\\x0d0 problems\\x9b2J\\x07\\x1b]52;c;eA==\\x07\\u202e\\u2066x" in line
    for raw in ("\r", "\x9b", "\x07", "\x1b", "\u202e", "\u2066"):
        assert raw not in result.stdout


def test_locations_are_never_zero(run_cli, tmp_path):
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"format_version: 2\n# caf\xe9\n")
    result = run_cli("bank", "lint", str(latin), str(tmp_path / "missing.yaml"))
    assert result.exit_code == 1 and f"{latin}: not UTF-8" in result.stdout
    assert ":0:" not in result.stdout and ":0 " not in result.stdout


def test_the_fast_reading_gives_exactly_what_the_node_tree_gives():
    from rnnquiz.bank import validate

    for path in load_banks(bank_paths(), use_cache=False).files:
        text, name = Path(path).read_text(encoding="utf-8"), str(Path(path).resolve())
        fast = validate.validate_bank_text(text, name)
        data, root = validate.parse_yaml(text, name)
        slow = validate._validate(data, root, name)
        assert [(q.data, q.origin) for q in fast.questions] == [(q.data, q.origin) for q in slow.questions]
        assert fast.misconceptions == slow.misconceptions


def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    write(folder, billion_laughs(), "bomb.yaml")
    write(folder, HEAD + question(difficulty="9" * 4301), "bigint.yaml")
    write(folder, HEAD + question(tags="[" * 5000 + "]" * 5000), "deep.yaml")
    write(folder, HEAD + question() + '    "k\\e[2J\\u202e": 1\n', "controls.yaml")
    (folder / "binary.yaml").write_bytes(b"\xff\xfe\x00garbage")
    write(folder, HEAD + question("t-good"), "zz-good.yaml")  # read last: every hostile file is met first
    return folder


HOSTILE_FILES = ("bomb.yaml", "bigint.yaml", "deep.yaml", "controls.yaml", "binary.yaml")
COMMANDS = [
    ["ask", "--count", "1", "--seed", "1", "--reveal", "--json"],
    ["ask", "--count", "1", "--seed", "1", "--no-record"],
    ["review", "--count", "1", "--seed", "1", "--no-record"],
    ["bank", "stats", "--json"],
    ["bank", "export", "--json"],
    ["bank", "lint"],
    ["grade-answer", "t-good", "--answer", "t", "--json"],
]


@pytest.mark.parametrize("via", ["env", "option"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_every_command_skips_a_hostile_bank_with_a_warning(run_cli, tmp_path, monkeypatch, args, via):
    folder = hostile_folder(tmp_path)
    if via == "env":
        monkeypatch.setenv("RNNQUIZ_BANKS", str(folder))
    elif args[:2] == ["bank", "lint"]:
        args = [*args, str(folder)]
    else:
        args = [*args, "--bank", str(folder)]
    result = run_cli(*args, input="")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    said = result.stdout + result.stderr
    for name in HOSTILE_FILES:
        assert f"{folder / name}" in said, (name, said[-2000:])
    for raw in ("\x1b", "\u202e"):
        assert raw not in said
    if args[-1] == "--json" or "--json" in args:
        json.loads(result.stdout)


def test_a_bank_that_loads_after_a_hostile_one_still_serves(run_cli, tmp_path, monkeypatch):
    folder = hostile_folder(tmp_path)
    monkeypatch.setenv("RNNQUIZ_BANKS", str(folder))
    result = run_cli("ask", "--id", "t-good", "--reveal", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["id"] == "t-good"
