"""Every JSON output carries no C0/C1 control or bidi character: hostile learner files, banks and names are escaped visibly."""

from __future__ import annotations

import json
import re

import pytest

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
EVIL = "\x1b]52;c;ZXZpbA==\x07\x1b[2J\x9b31m\u202e\u2066"


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def assert_clean(stdout: str) -> dict | list:
    assert not UNSAFE.search(stdout), repr(UNSAFE.search(stdout))
    doc = json.loads(stdout)
    assert not any(UNSAFE.search(s) for s in strings(doc))
    return doc


LEARNER_FILES = {
    "wrong function name": f"def rnn_cell{'_x'}(x):\n    pass\n# {EVIL}\n",
    "exception message": f"def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    raise ValueError({EVIL!r})\n",
    "exception type": f"Bad = type({('E' + EVIL)!r}, (Exception,), {{}})\n\ndef rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    raise Bad('x')\n",
    "sys.exit text": f"import sys\n\ndef rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    sys.exit({EVIL!r})\n",
    "exit at import": f"import sys\nprint({EVIL!r})\nsys.exit({EVIL!r})\n",
    "syntax error": f"def rnn_cell(x:\n    {EVIL}\n",
}


@pytest.mark.parametrize("case", LEARNER_FILES)
def test_drill_report_json_escapes_learner_controls(run_cli, tmp_path, case):
    path = tmp_path / f"cell{EVIL}.py"
    path.write_text(LEARNER_FILES[case], encoding="utf-8")
    result = run_cli("drill", "rnn", "--file", str(path), "--json", "--no-record")
    assert result.exit_code == 1, result.output
    doc = assert_clean(result.stdout)
    assert "\\x1b]52;c;ZXZpbA==\\x07" in doc["file"] and "\\u202e" in doc["reproduce"]
    text = run_cli("drill", "rnn", "--file", str(path), "--no-record")
    assert not UNSAFE.search(text.stdout + text.stderr)


def test_bank_export_stats_reveal_and_grade_answer_json_are_clean(run_cli, tmp_path):
    bank = tmp_path / "evil.yaml"
    e = json.dumps(EVIL)[1:-1]
    bank.write_text(
        "format_version: 2\nquestions:\n  - id: evil-one\n    topic: gru\n    kind: choice\n    difficulty: 1\n"
        f'    source: "{e}"\n    prompt: {{en: "P {e}", zh: "中文 {e}"}}\n    answer: {{en: "A {e}", zh: "答"}}\n'
        f'    options: [{{en: "x {e}", zh: "甲"}}, {{en: "y", zh: "乙"}}]\n    correct: [0]\n', encoding="utf-8")
    for args in (["bank", "export", "--json"], ["bank", "stats", "--json"], ["ask", "--id", "evil-one", "--reveal", "--json"],
                 ["grade-answer", "evil-one", "--answer", f"A {EVIL}", "--json"], ["stats", "--json"]):
        result = run_cli(*args, "--bank", str(bank)) if args[0] != "stats" else run_cli(*args)
        assert result.exit_code in (0, 1), (args, result.output)
        doc = assert_clean(result.stdout)
        if args[0] == "bank" and args[1] == "export":
            [q] = [q for q in doc if q["id"] == "evil-one"]
            assert q["prompt"]["en"] == "P \\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\x9b31m\\u202e\\u2066"


def test_escaping_is_one_function_shared_by_text_and_json():
    from rnnquiz.cli.console import safe
    from rnnquiz.cli.jsonout import dumps_safe
    from rnnquiz.textsafe import escape_controls

    shown = escape_controls(EVIL + "\r\nok\tfine\udcff")
    assert shown == "\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\x9b31m\\u202e\\u2066\nok\tfine\\udcff"
    assert escape_controls(shown) == shown
    assert safe(EVIL).plain == escape_controls(EVIL) == json.loads(dumps_safe([EVIL]))[0]
