"""One message catalogue per language: complete, with matching placeholders, and used by the quiz."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import rnnquiz
from rnnquiz.i18n import catalogue

PACKAGE = Path(rnnquiz.__file__).parent


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_a_translation_with_the_same_placeholders():
    en, zh = catalogue("en"), catalogue("zh")
    assert set(en) == set(zh), f"missing in zh: {sorted(set(en) - set(zh))[:10]}; missing in en: {sorted(set(zh) - set(en))[:10]}"
    for key, text in en.items():
        assert fields(text) == fields(zh[key]), key
        if key.startswith(("rating.", "col.")) or key in ("true", "false"):
            continue
        words = re.sub(r"\{[^}]*\}|`[^`]*`|rnnquiz", "", zh[key])
        assert re.search(r"[\u4e00-\u9fff]", words) or not re.search(r"[A-Za-z]{4,}", words), key


def test_every_key_the_code_asks_for_exists():
    en = catalogue("en")
    used = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in ("tr", "t", "AnswerFormatError"):
                    used.add(node.args[0].value)
    assert used, "no message lookups found"
    missing = sorted(k for k in used if k not in en)
    assert not missing, missing


ENGLISH_UI = ["skips a question", "Key points covered", "Model answer", "Rate your answer", "Session summary",
              "Score ", "correct", "Why:", "type the letter", "due for review"]


def test_a_chinese_session_speaks_chinese(run_cli, mini_bank):
    result = run_cli("ask", "--bank", str(mini_bank), "--id", "fixture-choice", "--id", "fixture-open",
                     "--id", "fixture-numeric", "--seed", "2", "--lang", "zh", "--no-record",
                     input="A\n加法更新\n\n\n84\n")
    out = result.stdout
    for english in ENGLISH_UI:
        assert english not in out, english
    for chinese in ("跳过", "覆盖的要点", "参考答案", "给自己的回答打分", "本次练习小结", "得分"):
        assert chinese in out, chinese


def test_a_chinese_mock_report(run_cli, mini_bank, tmp_path):
    report = tmp_path / "r.md"
    result = run_cli("ask", "--bank", str(mini_bank), "--tag", "fixture", "--mock", "--count", "3", "--seed", "1",
                     "--lang", "zh", "--no-record", "--report", str(report), input=":s\n" * 6)
    assert "模拟面试" in result.stdout
    text = report.read_text(encoding="utf-8")
    assert "# rnnquiz 模拟面试报告" in text and "## 各主题得分" in text and "Score per topic" not in text
