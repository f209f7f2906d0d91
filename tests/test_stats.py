"""`rnnquiz stats`: the figures (fixed UTC clock) and the command (CliRunner)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from rnnquiz.cli.stats import bar
from rnnquiz.progress.store import ProgressStore
from rnnquiz.progress.summary import WEEKS_SHOWN, mastery, summarize

T0 = datetime(2026, 3, 4, 12, 0, tzinfo=timezone.utc)  # a Wednesday, noon UTC


def err(result) -> str:
    """Return stderr as one line: messages wrap at the terminal width, paths in tmp are long."""
    return " ".join(result.stderr.replace("error: ", "").split())


def record(store, item_id, rating, at, topic="lstm", item_type="question"):
    store.record_answer(item_id=item_id, item_type=item_type, kind="choice", correct=rating > 1, rating=rating,
                        duration_s=2.0, topic=topic, answered_at=at, mode="drill" if item_type == "drill" else "ask")


@pytest.fixture
def store(tmp_path):
    with ProgressStore.open(tmp_path / "p.sqlite3", tz=timezone.utc) as s:
        yield s


# -- the figures ----------------------------------------------------------------------------------


def test_empty_history(store):
    data = summarize(store, T0, timezone.utc)
    assert data["answers"] == 0 and data["accuracy"] is None
    assert data["topics"] == [] and data["weakest"] == [] and data["mocks"] == []
    assert data["streak"] == {"current": 0, "longest": 0, "answered_today": False}
    assert len(data["weeks"]) == WEEKS_SHOWN and all(w["answers"] == 0 for w in data["weeks"])
    assert data["due"] == {"now": 0, "today": 0, "week": 0, "next": None}


def test_mastery_grows_with_stability():
    assert mastery(None) == 0 and mastery(0) == 0
    assert mastery(0.212) == pytest.approx(0.0622, abs=1e-3)  # after one Again
    assert mastery(2.3065) == pytest.approx(0.3869, abs=1e-3)  # after one Good
    assert mastery(21) == 1 and mastery(400) == 1


def test_topics_accuracy_and_mastery(store):
    record(store, "a", 3, T0 - timedelta(days=1))
    record(store, "a", 3, T0 - timedelta(hours=20))
    record(store, "b", 1, T0 - timedelta(hours=1), topic="gru")
    record(store, "lstm", 2, T0 - timedelta(hours=2), item_type="drill")
    data = summarize(store, T0, timezone.utc)
    assert data["answers"] == 4 and data["accuracy"] == 0.75
    assert data["items_seen"] == {"question": 2, "drill": 1, "generated": 0}
    topics = {t["topic"]: t for t in data["topics"]}
    assert topics["lstm"]["items"] == 2 and topics["lstm"]["answers"] == 3 and topics["lstm"]["accuracy"] == 1.0
    assert topics["gru"]["accuracy"] == 0.0
    assert [t["topic"] for t in data["topics"]] == ["gru", "lstm"]  # weakest topic first
    assert data["weakest"][0]["item_id"] == "b" and data["weakest"][0]["lapses"] == 1


def test_due_now_today_and_this_week(store):
    record(store, "again", 1, T0 - timedelta(minutes=5))  # due 1 min after: overdue now
    record(store, "good", 3, T0)  # due in 10 min: today
    record(store, "easy", 4, T0)  # due in 8 days: not this week
    due = summarize(store, T0 + timedelta(minutes=1), timezone.utc)["due"]
    assert (due["now"], due["today"], due["week"]) == (1, 2, 2)
    assert due["next"] == "2026-03-04T12:10:00.000000+00:00"


def test_today_follows_the_learners_time_zone(store):
    record(store, "good", 3, T0)  # due 12:10 UTC
    late_evening = T0 - timedelta(hours=1)
    # In UTC-12 it is 23:00 the day before at `late_evening`, so 12:10 UTC (00:10 there) is tomorrow.
    assert summarize(store, late_evening, timezone(timedelta(hours=-12)))["due"]["today"] == 0
    assert summarize(store, late_evening, timezone.utc)["due"]["today"] == 1


def test_streak_counts_consecutive_days_and_survives_until_tonight(store):
    for days_ago in (0, 1, 2, 5, 6, 7, 8):
        record(store, f"q{days_ago}", 3, T0 - timedelta(days=days_ago))
    assert summarize(store, T0, timezone.utc)["streak"] == {"current": 3, "longest": 4, "answered_today": True}
    tomorrow = summarize(store, T0 + timedelta(days=1), timezone.utc)["streak"]
    assert tomorrow == {"current": 3, "longest": 4, "answered_today": False}  # still alive: answer today to keep it
    assert summarize(store, T0 + timedelta(days=2), timezone.utc)["streak"]["current"] == 0


def test_accuracy_by_week(store):
    record(store, "a", 3, T0)  # week of Monday 2026-03-02
    record(store, "b", 1, T0)
    record(store, "c", 3, T0 - timedelta(days=7))
    record(store, "d", 3, T0 - timedelta(days=70))  # older than the chart
    weeks = summarize(store, T0, timezone.utc)["weeks"]
    assert weeks[-1] == {"week_start": "2026-03-02", "answers": 2, "accuracy": 0.5}
    assert weeks[-2] == {"week_start": "2026-02-23", "answers": 1, "accuracy": 1.0}
    assert weeks[0]["week_start"] == "2026-01-12"
    assert sum(w["answers"] for w in weeks) == 3


def test_recent_mock_scores(store):
    store.record_mock(session_id="m1", started_at=T0 - timedelta(days=2), duration_s=1200, score=3, max_score=8, per_topic={})
    store.record_mock(session_id="m2", started_at=T0, duration_s=1500, score=6, max_score=8, per_topic={})
    mocks = summarize(store, T0, timezone.utc)["mocks"]
    assert [(m["session_id"], m["percent"]) for m in mocks] == [("m2", 0.75), ("m1", 0.375)]


@pytest.mark.parametrize(("fraction", "text"), [(None, "     "), (0, "·····"), (1, "█████"), (0.5, "██▌··"), (0.05, "▎····"), (2, "█████")])
def test_bar(fraction, text):
    assert bar(fraction, 5) == text


# -- the command ----------------------------------------------------------------------------------


def fill_home(tz_now=None):
    now = tz_now or datetime.now(timezone.utc)
    with ProgressStore.open() as s:
        for n in range(6):
            record(s, f"q{n}", 1 if n % 3 == 0 else 3, now - timedelta(hours=n), topic="lstm" if n % 2 else "gru")
        s.record_mock(session_id="mock1", started_at=now - timedelta(days=1), duration_s=1500, score=5, max_score=8, per_topic={})


def test_stats_with_no_answers_is_friendly(run_cli):
    result = run_cli("stats")
    assert result.exit_code == 0
    assert "No answers yet — try `rnnquiz ask`." in result.stdout


def test_stats_shows_every_section(run_cli):
    fill_home()
    result = run_cli("stats")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "6 answers, 67% recalled, 6 questions seen." in out
    assert re.search(r"Streak: [12] days?", out)
    for title in ("Mastery by topic", "Recalled by week", "Recent mock interviews", "Weakest items"):
        assert title in out
    assert "lstm" in out and "gru" in out and "5/8" in out and "█" in out
    assert max(len(line) for line in out.splitlines()) <= 100


def test_stats_json(run_cli):
    fill_home()
    result = run_cli("stats", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["summary_version"] == 1 and data["answers"] == 6
    assert {t["topic"] for t in data["topics"]} == {"lstm", "gru"}
    assert data["mocks"][0]["score"] == 5


def test_stats_json_when_empty_is_still_json(run_cli):
    result = run_cli("stats", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["answers"] == 0


def test_untrusted_text_is_shown_literally(run_cli):
    with ProgressStore.open() as s:
        record(s, "q1", 1, datetime.now(timezone.utc), topic="clean")
        path = s.path
    import sqlite3  # the store refuses such a topic now; an older or hand-edited database may hold one

    conn = sqlite3.connect(path)
    with conn:
        for table in ("answers", "cards"):
            conn.execute(f"UPDATE {table} SET topic = ?", ("[bold red]x[/]\x1b[2J",))
    conn.close()
    result = run_cli("stats")
    assert result.exit_code == 0
    assert "[bold red]x[/]" in result.stdout and "\x1b" not in result.stdout


def test_stats_on_a_corrupt_database_names_it_and_the_way_out(run_cli, isolated_home):
    (isolated_home / "progress.sqlite3").write_bytes(b"garbage" * 100)
    result = run_cli("stats")
    assert result.exit_code == 3
    assert "progress.sqlite3" in err(result) and "rnnquiz progress repair" in err(result)


def test_stats_help_has_an_example(run_cli):
    result = run_cli("stats", "--help")
    assert result.exit_code == 0 and "rnnquiz stats --json" in result.stdout


def test_stats_and_progress_path_stay_light(isolated_home):
    fill_home()
    code = (
        "import sys, json, runpy\n"
        "sys.argv = ['rnnquiz', *sys.argv[1:]]\n"
        "try:\n"
        "    runpy.run_module('rnnquiz', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write('MODULES=' + json.dumps(sorted(sys.modules)))\n"
    )
    for args in (["stats"], ["stats", "--json"], ["stats", "--lang", "zh"], ["progress", "path"]):
        proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60,
                              env={**os.environ, "RNNQUIZ_HOME": str(isolated_home)})
        modules = set(json.loads(proc.stderr.rsplit("MODULES=", 1)[1]))
        heavy = {m for m in modules if m.split(".")[0] in {"fsrs", "numpy", "torch", "yaml", "pydantic"}}
        assert not heavy, f"rnnquiz {' '.join(args)} imported {sorted(heavy)[:5]}"


def test_fully_mastered_items_are_not_among_the_weakest(store):
    for days_ago in (60, 52, 20):
        record(store, "strong", 4, T0 - timedelta(days=days_ago), topic="gru")
    record(store, "weak", 1, T0)
    data = summarize(store, T0, timezone.utc)
    assert {t["topic"]: t["mastery"] for t in data["topics"]}["gru"] == 1.0
    assert [w["item_id"] for w in data["weakest"]] == ["weak"]


# -- languages ------------------------------------------------------------------------------------


def test_stats_in_chinese(run_cli):
    fill_home()
    result = run_cli("stats", "--lang", "zh")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "共答题 6 次，记住 67%，练过 6 道题。" in out
    assert re.search(r"连续学习：[12] 天", out) and "待复习：现在" in out
    for title in ("各主题掌握度", "每周记住率", "最近的模拟面试", "最薄弱的条目"):
        assert title in out
    for column in ("主题", "答题数", "记住率", "掌握度", "到期", "开始时间", "得分", "答错"):
        assert column in out
    for english in ("Mastery by topic", "Recalled by week", "Recent mock interviews", "Weakest items", "answers", "Streak", "Due:"):
        assert english not in out, english
    assert "lstm" in out and "gru" in out and "5/8" in out  # data stays as it is


def test_stats_language_from_the_environment_and_json_unchanged(run_cli, monkeypatch):
    monkeypatch.setenv("RNNQUIZ_LANG", "zh")
    assert "还没有答题记录——试试 `rnnquiz ask`。" in run_cli("stats").stdout
    fill_home()
    data = json.loads(run_cli("stats", "--json").stdout)
    assert data["answers"] == 6 and {t["topic"] for t in data["topics"]} == {"lstm", "gru"}
    assert "Mastery by topic" in run_cli("stats", "--lang", "en").stdout


@pytest.mark.parametrize("delta", [timedelta(0), timedelta(seconds=20), timedelta(minutes=8), timedelta(minutes=59, seconds=50),
                                   timedelta(hours=3), timedelta(hours=23, minutes=50), timedelta(days=1), timedelta(days=2, hours=5)])
def test_waits_read_in_either_language(delta):
    from rnnquiz.progress.scheduler import describe_wait

    assert describe_wait(T0 + delta, T0, "zh") != describe_wait(T0 + delta, T0, "en")
