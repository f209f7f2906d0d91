"""`rnnquiz drill` and `rnnquiz solve` through the CLI: happy paths, exit codes, workspace, hints, progress, languages."""

from __future__ import annotations

import json
import os
import string
import threading
import time
from pathlib import Path

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")

CORRECT_RNN = "import numpy as np\n\ndef rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)\n"
RELU_RNN = "import numpy as np\n\ndef rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):\n    return np.maximum(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh, 0)\n"


def answers(home: Path) -> list[dict]:
    from rnnquiz.progress.store import ProgressStore

    with ProgressStore.open() as store:
        return store.read_all()["answers"]


def test_list_groups_by_topic_with_status(run_cli):
    result = run_cli("drill", "list")
    assert result.exit_code == 0, result.output
    assert "rnn-cell" in result.output and "lstm" in result.output and "★" in result.output
    rows = json.loads(run_cli("drill", "list", "--json").stdout)
    rnn = next(r for r in rows if r["id"] == "rnn")
    assert rnn["status"] == {"numpy": "not-started", "torch": "not-started"} and rnn["topic"] == "rnn-cell"


def test_show_prints_statement_equations_and_stub(run_cli):
    result = run_cli("drill", "show", "lstm", "--track", "torch")
    assert result.exit_code == 0, result.output
    assert "equations" in result.output and "def lstm_cell" in result.output and "stub_torch.py" in result.output


def test_first_run_creates_the_workspace_file_and_is_not_started(run_cli, isolated_home):
    result = run_cli("drill", "rnn")
    assert result.exit_code == 1
    path = isolated_home / "workspace" / "numpy" / "rnn.py"
    assert path.exists() and "NotImplementedError" in path.read_text()
    assert str(path) in result.stderr and "NOT STARTED" in result.stdout
    path.write_text(CORRECT_RNN)
    again = run_cli("drill", "rnn")
    assert again.exit_code == 0 and "PASSED" in again.stdout
    assert path.read_text() == CORRECT_RNN  # never overwritten


def test_json_report_and_exit_codes(run_cli, tmp_path):
    sub = tmp_path / "mine.py"
    sub.write_text(RELU_RNN)
    result = run_cli("drill", "rnn", "--file", str(sub), "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["passed"] is False and report["version"] == 1
    assert report["diagnosis"]["mistake"]["id"] == "relu-activation"
    assert {c["id"]: c["status"] for c in report["checks"]}["values"] == "fail"
    assert all("message" in c and "title" in c for c in report["checks"])
    assert report["reproduce"].startswith(f"rnnquiz drill rnn --file {sub}") and "--case 0" in report["reproduce"]
    sub.write_text(CORRECT_RNN)
    ok = run_cli("drill", "grade", "rnn", "--file", str(sub), "--json")
    assert ok.exit_code == 0 and json.loads(ok.stdout)["passed"] is True


def test_case_and_seed_options(run_cli, tmp_path):
    sub = tmp_path / "mine.py"
    sub.write_text(RELU_RNN)
    report = json.loads(run_cli("drill", "rnn", "--file", str(sub), "--json", "--seed", "5", "--case", "3").stdout)
    assert report["seed"] == 5 and report["case"] == 3
    assert "--seed 5 --case 3" in report["reproduce"]
    assert run_cli("drill", "rnn", "--file", str(sub), "--case", "99").exit_code == 2


@pytest.mark.parametrize("args, phrase", [
    (["drill", "nope"], "unknown drill"),
    (["drill", "lstn"], "did you mean lstm"),
    (["drill", "rnn", "--file", "/no/such/file.py"], "no such file"),
    (["drill", "rnn", "--track", "jax"], "jax"),
    (["drill", "show", "nope"], "unknown drill"),
    (["solve", "nope"], "unknown drill"),
])
def test_usage_errors_exit_2(run_cli, args, phrase):
    result = run_cli(*args)
    assert result.exit_code == 2, result.output
    assert phrase in result.output


def test_hints_are_progressive_and_remembered(run_cli):
    first = json.loads(run_cli("drill", "lstm", "--hint", "--json").stdout)
    second = json.loads(run_cli("drill", "lstm", "--hint", "--json").stdout)
    assert (first["hint"], second["hint"]) == (1, 2) and first["text"]["en"] != second["text"]["en"]
    text = run_cli("drill", "lstm", "--hint", "--lang", "zh").stdout
    assert "提示 3/" in text and "Hint" not in text
    for _ in range(5):
        last = json.loads(run_cli("drill", "lstm", "--hint", "--json").stdout)
    assert last["hint"] == last["of"]
    rows = json.loads(run_cli("drill", "list", "--json").stdout)
    assert next(r for r in rows if r["id"] == "lstm")["hints_used"] == last["of"]


def test_a_pass_is_recorded_once_with_hints_counted(run_cli, tmp_path, isolated_home):
    sub = tmp_path / "mine.py"
    sub.write_text(RELU_RNN)
    assert run_cli("drill", "rnn", "--file", str(sub)).exit_code == 1
    [failed] = answers(isolated_home)  # a failed attempt is an Again review ...
    assert (failed["correct"], failed["rating"]) == (False, 1)
    assert run_cli("drill", "rnn", "--file", str(sub)).exit_code == 1
    assert len(answers(isolated_home)) == 1  # ... recorded once a day, not on every failing save
    run_cli("drill", "rnn", "--hint")
    sub.write_text(CORRECT_RNN)
    assert run_cli("drill", "rnn", "--file", str(sub)).exit_code == 0
    assert run_cli("drill", "rnn", "--file", str(sub)).exit_code == 0  # same file: not recorded twice
    recorded = answers(isolated_home)
    assert len(recorded) == 2
    a = recorded[-1]
    assert (a["item_id"], a["item_type"], a["mode"], a["topic"], a["correct"], a["hints_used"]) == ("rnn", "drill", "drill", "rnn-cell", True, 1)
    assert a["rating"] == 2  # Hard: passed after a hint
    rows = json.loads(run_cli("drill", "list", "--json").stdout)
    assert next(r for r in rows if r["id"] == "rnn")["status"]["numpy"] == "passed"
    assert run_cli("drill", "rnn", "--file", str(sub), "--no-record").exit_code == 0


def test_solve_shows_code_demo_and_torch_nn_agreement(run_cli, isolated_home):
    result = run_cli("solve", "lstm", "--no-record")
    assert result.exit_code == 0, result.output
    assert "def lstm_cell" in result.output and "agrees with torch.nn" in result.output and "Demo on case 0" in result.output
    data = json.loads(run_cli("solve", "gru", "--track", "torch", "--json").stdout)
    assert data["torch_nn_max_abs_diff"] <= 1e-10 and data["grad_max_abs_diff"] <= 1e-10
    assert data["outputs"]["h"]["shape"] == [3, 5]
    recorded = answers(isolated_home)
    assert [(a["item_id"], a["correct"], a["rating"]) for a in recorded] == [("gru", False, 1)]  # gave up: Again
    run_cli("solve", "gru", "--json")
    assert len(answers(isolated_home)) == 1  # once


def test_every_command_has_help_with_examples(run_cli):
    for args in (["drill"], ["dev"], ["drill", "list"], ["drill", "show"], ["drill", "grade"], ["solve"], ["dev", "check"], ["dev", "schema"]):
        result = run_cli(*args, "--help")
        assert result.exit_code == 0 and "Example" in result.output, args


def test_watch_regrades_on_rename_saves(tmp_path):
    from rnnquiz.drills.watch import watch_file

    target = tmp_path / "mine.py"
    target.write_text("x = 1\n")
    stop = threading.Event()
    seen = []

    def on_save():
        seen.append(target.read_text())
        if len(seen) >= 2:
            stop.set()

    def editor():
        time.sleep(0.5)
        for n in (2, 3):
            tmp = tmp_path / f".mine.py.swp{n}"
            tmp.write_text(f"x = {n}\n")
            os.replace(tmp, target)  # how vim and others save
            time.sleep(0.8)
        (tmp_path / "other.py").write_text("ignored\n")
        time.sleep(0.5)
        stop.set()

    thread = threading.Thread(target=editor)
    thread.start()
    watch_file(target, on_save, stop_event=stop, debounce_ms=100)
    thread.join()
    assert seen == ["x = 2\n", "x = 3\n"]


# -- the Chinese interface --------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
CS231N_ORDER = ROOT / "rnnquiz" / "drills" / "catalog" / "lstm" / "mistakes" / "gate_order_ifog.py"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_drill_message_has_a_chinese_counterpart_with_the_same_placeholders():
    from rnnquiz.i18n import en, en_drills, zh_drills

    en_keys, zh_keys = set(en_drills.MESSAGES), set(zh_drills.MESSAGES)
    assert not en_keys - zh_keys, f"missing in zh_drills: {sorted(en_keys - zh_keys)}"
    assert not zh_keys - en_keys, f"not in en_drills: {sorted(zh_keys - en_keys)}"
    for key, text in en_drills.MESSAGES.items():
        assert placeholders(text) == placeholders(zh_drills.MESSAGES[key]), key
    prefixes = ("drill.", "grader.", "solve.", "stats.", "devcheck.")
    assert all(key.startswith(prefixes) for key in en_keys)
    assert not en_keys & set(en.MESSAGES), "drill keys must not shadow the quiz catalogue"


def test_the_catalogue_merges_both_sides():
    from rnnquiz.i18n import tr

    assert tr("grader.load.ok", "en") == "the file loads" and tr("grader.load.ok", "zh") == "文件能正常加载"
    assert tr("summary.title", "zh") != tr("summary.title", "en")  # the quiz side is still there


def test_report_messages_keep_english_and_render_in_chinese():
    from rnnquiz.drills.text import Concat, FirstLine, Join, Msg, Pick, render

    msg = Msg("grader.values.ok", n=8, atol=1e-6, rtol=1e-5)
    assert msg == "match the reference on 8 cases (atol 1e-06, rtol 1e-05)" and isinstance(msg, str)
    assert render(msg, "zh") == "在 8 个用例上与参考实现一致（atol 1e-06，rtol 1e-05）"
    both = Concat(Msg("grader.summary.failed", check=Msg("drill.check-label.values"), message=FirstLine(msg)),
                  Msg("grader.summary.mistake", title=Pick({"en": "a", "zh": "甲"})))
    assert both == "values: match the reference on 8 cases (atol 1e-06, rtol 1e-05) — likely mistake: a"
    assert render(both, "zh").startswith("数值：") and render(both, "zh").endswith("——可能的错误：甲")
    assert render(Join("drill.sep.or", ["B=1", "B=2"]), "zh") == "B=1 或 B=2"
    assert json.loads(json.dumps({"m": msg})) == {"m": str(msg)}
    assert render(42, "zh") == 42 and render("plain", "zh") == "plain"


def test_a_wrong_lstm_graded_in_chinese_has_no_english_message_left(run_cli):
    from rnnquiz.i18n import en_drills, zh_drills

    result = run_cli("drill", "lstm", "--file", str(CS231N_ORDER), "--lang", "zh", "--no-record")
    assert result.exit_code == 1, result.output
    out = " ".join(result.stdout.split())  # messages wrap at the terminal width
    for english in ("the file loads", "differ", "Likely mistake", "Reproduce", "Gate blocks", "FAILED", "of the declared dtype",
                    "values off", "expected", "Stuck?"):
        assert english not in out, english
    for chinese in ("文件能正常加载", "与参考实现不一致", "可能的错误：", "复现：", "门分块：", "未通过", "门的分块顺序写成了 CS231n 的 i, f, o, g",
                    "期望", "实际", "数值", "卡住了？"):
        assert chinese in out, chinese
    # no phrase (3 words or more) of an English message is left, unless the Chinese message is the same
    shared = set(zh_drills.MESSAGES.values())
    phrases = {" ".join(literal.split()).strip(" :;,.()—") for key, text in en_drills.MESSAGES.items() if text not in shared
               for literal, *_ in string.Formatter().parse(text)}
    phrases = {phrase for phrase in phrases if len(phrase.split()) >= 3}
    assert len(phrases) > 100
    left = sorted(phrase for phrase in phrases if phrase in out)
    assert not left, left


def test_rnnquiz_lang_chooses_the_language_and_json_stays_english(run_cli, monkeypatch):
    monkeypatch.setenv("RNNQUIZ_LANG", "zh")
    text = run_cli("drill", "lstm", "--file", str(CS231N_ORDER), "--no-record")
    assert "可能的错误：" in text.stdout and "Likely mistake" not in text.stdout
    report = json.loads(run_cli("drill", "lstm", "--file", str(CS231N_ORDER), "--no-record", "--json").stdout)
    checks = {c["id"]: c for c in report["checks"]}
    assert checks["load"]["message"] == "the file loads" and checks["load"]["title"] == "the file loads"
    assert checks["values"]["message"].startswith("differ from the reference in 8 of 8 cases")
    assert "likely mistake: gate blocks in CS231n order" in report["summary"]
    assert report["diagnosis"]["notes"][0].startswith("your code reads them in the order i, f, o, g")
    english = run_cli("drill", "lstm", "--file", str(CS231N_ORDER), "--no-record", "--lang", "en")
    assert "Likely mistake: gate blocks in CS231n order i, f, o, g" in english.stdout  # --lang wins over the variable


def test_list_show_hint_and_errors_in_chinese(run_cli):
    listing = run_cli("drill", "list", "--lang", "zh").stdout
    assert "✓ 已通过" in listing and "passed" not in listing and "LSTM 单元（单步）" in listing
    shown = run_cli("drill", "show", "lstm", "--lang", "zh").stdout
    assert "公式" in shown and "版本：numpy, torch" in shown and "equations" not in shown and "Start:" not in shown
    unknown = run_cli("drill", "lstn", "--lang", "zh")
    assert unknown.exit_code == 2 and "没有名为 'lstn' 的练习" in unknown.output and "你是不是想找 lstm" in unknown.output
    bad_case = run_cli("drill", "rnn", "--case", "99", "--lang", "zh")
    assert bad_case.exit_code == 2 and "--case 必须在 0 到 7 之间" in bad_case.output


def test_first_run_in_chinese(run_cli, isolated_home):
    result = run_cli("drill", "rnn", "--lang", "zh")
    assert result.exit_code == 1
    assert "已从模板创建" in result.stderr and "未开始" in result.stdout and "NOT STARTED" not in result.stdout
    (isolated_home / "workspace" / "numpy" / "rnn.py").write_text(CORRECT_RNN)
    passed = run_cli("drill", "rnn", "--lang", "zh").stdout
    assert "通过，用时" in passed and "rnnquiz solve rnn" in passed and "PASSED" not in passed


def test_solve_in_chinese(run_cli):
    result = run_cli("solve", "rnn", "--lang", "zh", "--no-record")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for chinese in ("参考实现，numpy 版", "公式", "在用例 0（B=3, D=4, H=5，seed 0）上的演示", "  输入 x：", "  输出 h：", "与 torch.nn 一致"):
        assert chinese in out, chinese
    for english in ("Demo on case", "reference, numpy track", "equations", "agrees with torch.nn", "  in   ", "  out  "):
        assert english not in out, english
    data = json.loads(run_cli("solve", "rnn", "--lang", "zh", "--json", "--no-record").stdout)
    assert data["case"] == "B=3, D=4, H=5"  # JSON stays language-neutral


def test_every_message_key_the_drill_code_asks_for_exists():
    import ast

    from rnnquiz.drills.messages import FAULT_KINDS
    from rnnquiz.drills.report import CHECK_IDS
    from rnnquiz.i18n import catalogue

    keys = set(catalogue("en"))
    used = set()
    for folder in ("drills", "cli", "grader"):
        for path in (ROOT / "rnnquiz" / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("Msg", "Join") and node.args
                        and isinstance(node.args[0], ast.Constant)):
                    used.add(node.args[0].value)
    assert len(used) > 50  # the scan finds them
    families = [f"grader.fault.{k}" for k in FAULT_KINDS] + [f"grader.limit.{k}" for k in FAULT_KINDS if k not in ("crash", "exit", "internal")]
    families += [f"grader.detail.{k}" for k in FAULT_KINDS] + [f"grader.signal.{s}" for s in ("SIGSEGV", "SIGBUS", "SIGABRT", "SIGFPE", "SIGILL")]
    families += [f"drill.check.{c}" for c in CHECK_IDS] + [f"drill.check-label.{c}" for c in CHECK_IDS]
    families += [f"drill.report.status.{s}" for s in ("failed", "not-started", "fault")]
    families += [f"grader.type.{t}" for t in ("ndarray", "tensor", "numpy-scalar", "float", "int", "bool")]
    assert not sorted((used | set(families)) - keys)
