"""The bank loader: every class of error is reported with its file, line and column."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rnnquiz.bank.loader import BankFileError, load_bank, load_banks

GOOD_Q = """\
  - id: t-one
    topic: gru
    kind: truefalse
    difficulty: 1
    source: test
    prompt: {en: "Is it?", zh: "是吗？"}
    answer: {en: "Yes.", zh: "是。"}
    correct: true
"""


def write(tmp_path: Path, body: str, name: str = "bank.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(BankFileError) as info:
        load_bank(path, use_cache=False)
    return [str(p) for p in info.value.problems]


def test_valid_bank_loads(tmp_path):
    path = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q)
    [q] = load_bank(path, use_cache=False)
    assert (q.id, q.topic, q.kind, q.data["correct"]) == ("t-one", "gru", "truefalse", True)
    assert q.origin.endswith("bank.yaml:3")


def test_yaml_syntax_error_has_location(tmp_path):
    path = write(tmp_path, "format_version: 1\nquestions:\n  - id: [unclosed\n")
    [msg] = problems(path)
    assert msg.startswith(f"{path}:") and "YAML" in msg
    assert ":4:" in msg or ":3:" in msg


def test_duplicate_key_is_an_error_not_last_wins(tmp_path):
    path = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q + "    difficulty: 2\n")
    [msg] = problems(path)
    assert f"{path}:11:5:" in msg and "duplicate key 'difficulty'" in msg and "line 6" in msg


def test_duplicate_id_in_one_file(tmp_path):
    path = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q + GOOD_Q)
    [msg] = problems(path)
    assert f"{path}:11:5:" in msg and "duplicate question id 't-one'" in msg


def test_duplicate_id_across_files_keeps_the_first(tmp_path):
    a = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q, "a.yaml")
    b = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q, "b.yaml")
    result = load_banks([a, b], use_cache=False)
    assert [q.id for q in result.questions] == ["t-one"]
    assert len(result.problems) == 1 and "b.yaml:3:1" in str(result.problems[0])


def test_unknown_field(tmp_path):
    path = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q + "    hint: oops\n")
    [msg] = problems(path)
    assert ":11:" in msg and "questions.0.hint: unknown field" in msg


@pytest.mark.parametrize(
    ("value", "needle"),
    [("no", "got False"), ("1:30", "got 90"), ("2014-01-01", "valid string")],
)
def test_yaml_11_surprises_are_type_errors(tmp_path, value, needle):
    body = GOOD_Q.replace('zh: "是吗？"', f"zh: {value}")
    path = write(tmp_path, "format_version: 1\nquestions:\n" + body)
    [msg] = problems(path)
    assert ":8:" in msg and "questions.0.prompt.zh" in msg and needle in msg


def test_wrong_type_for_difficulty(tmp_path):
    path = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q.replace("difficulty: 1", "difficulty: hard"))
    [msg] = problems(path)
    assert ":6:17:" in msg and "difficulty" in msg


def test_unknown_topic_lists_the_topics(tmp_path):
    path = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q.replace("topic: gru", "topic: cnn"))
    [msg] = problems(path)
    assert ":4:12:" in msg and "unknown topic 'cnn'" in msg and "seq2seq" in msg


def test_missing_and_wrong_format_version(tmp_path):
    assert "format_version must be 2" in problems(write(tmp_path, "format_version: 3\nquestions:\n" + GOOD_Q))[0]
    assert "format_version must be 2" in problems(write(tmp_path, "questions:\n" + GOOD_Q, "b.yaml"))[0]
    assert "must be a mapping" in problems(write(tmp_path, "- just a list\n", "c.yaml"))[0]


def test_choice_index_out_of_range(tmp_path):
    body = """\
      - id: c-one
        topic: lstm
        kind: choice
        difficulty: 2
        source: test
        prompt: {en: "Pick", zh: "选"}
        answer: {en: "A", zh: "A"}
        options: [{en: a, zh: a}, {en: b, zh: b}]
        correct: [2]
    """
    path = write(tmp_path, "format_version: 1\nquestions:\n" + textwrap.indent(textwrap.dedent(body), "  "))
    [msg] = problems(path)
    assert ":3:5:" in msg and "out of range" in msg


def test_open_question_needs_bilingual_keywords(tmp_path):
    body = """\
      - id: o-one
        topic: lstm
        kind: open
        difficulty: 2
        source: test
        prompt: {en: "Why?", zh: "为什么？"}
        answer: {en: "Because.", zh: "因为。"}
        key_points:
          - text: {en: "a point", zh: "一点"}
            keywords: {en: [additive]}
    """
    path = write(tmp_path, "format_version: 1\nquestions:\n" + textwrap.indent(textwrap.dedent(body), "  "))
    [msg] = problems(path)
    assert ":12:" in msg and "keywords.zh: required field is missing" in msg


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("format_version: 1\n# caf\xe9\n".encode("latin-1"))
    assert "not UTF-8" in problems(path)[0]


def test_unknown_follow_up_and_missing_path(tmp_path):
    path = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q + "    follow_ups: [t-nowhere]\n")
    result = load_banks([path, tmp_path / "missing.yaml"], use_cache=False)
    text = "\n".join(map(str, result.problems))
    assert "follow-up 't-nowhere'" in text and "bank.yaml:3:" in text
    assert "missing.yaml" in text and "no such bank" in text
    assert [q.id for q in result.questions] == ["t-one"]


def test_broken_bank_is_skipped_and_the_rest_loads(tmp_path, mini_bank):
    broken = write(tmp_path, "format_version: 1\nquestions:\n  - id: [\n", "broken.yaml")
    result = load_banks([mini_bank, broken], use_cache=False)
    assert len(result.questions) == 6
    assert len(result.problems) == 1 and "broken.yaml" in str(result.problems[0])


def test_cache_is_used_and_invalidated_on_edit(tmp_path):
    path = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q)
    assert load_bank(path)[0].data["correct"] is True
    import os
    import time

    path.write_text(path.read_text().replace("correct: true", "correct: false"))
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10_000_000))
    assert load_bank(path)[0].data["correct"] is False


def test_a_bank_edited_while_it_is_being_read_is_not_cached_as_the_old_text(tmp_path, monkeypatch):
    """An author saves the bank while rnnquiz is validating it: the next run must see the new text,
    not the old one cached under the new file's size and time."""
    import os
    import time

    from rnnquiz.bank import validate

    path = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q)
    original = validate.validate_bank_text

    def save_meanwhile(text, origin):
        questions = original(text, origin)
        path.write_text(path.read_text().replace("correct: true", "correct: false"))
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 10_000_000))
        return questions

    monkeypatch.setattr(validate, "validate_bank_text", save_meanwhile)
    assert load_bank(path)[0].data["correct"] is True  # what was read
    monkeypatch.setattr(validate, "validate_bank_text", original)
    assert load_bank(path)[0].data["correct"] is False  # what is there now


def test_find_question_reads_only_what_it_needs_and_reports_broken_banks(tmp_path):
    from rnnquiz.bank.loader import find_question

    good = write(tmp_path, "format_version: 1\nquestions:\n" + GOOD_Q, "a.yaml")
    broken = write(tmp_path, "format_version: 1\nquestions: [\n", "b.yaml")
    q, problems = find_question([broken, good], "t-one")
    assert q is not None and q.id == "t-one" and problems and "b.yaml" in problems[0].path
    q, problems = find_question([good], "t-one")  # second time from the cached id list
    assert q.id == "t-one" and not problems
    assert find_question([good], "nowhere")[0] is None
