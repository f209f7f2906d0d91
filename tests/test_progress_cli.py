"""`rnnquiz progress path|export|import|reset|repair` through CliRunner: happy paths and errors."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from rnnquiz.progress.schema import LATEST
from rnnquiz.progress.store import ProgressStore

NOW = datetime.now(timezone.utc)


def err(result) -> str:
    """Return stderr as one line: messages wrap at the terminal width, paths in tmp are long."""
    return " ".join(result.stderr.replace("error: ", "").split())


def fill(topics=("lstm", "gru"), ids=("fixture-choice", "fixture-truefalse")):
    with ProgressStore.open() as s:
        for n, (item, topic) in enumerate(zip(ids, topics)):
            s.record_answer(item_id=item, item_type="question", kind="choice", correct=True, rating=3, duration_s=3.0,
                            topic=topic, answered_at=NOW - timedelta(minutes=n))
        s.record_mock(session_id="mock1", started_at=NOW, duration_s=60, score=1, max_score=2, per_topic={})


@pytest.fixture
def other_home(tmp_path, monkeypatch):
    """Switch RNNQUIZ_HOME to a second, empty home (another machine)."""

    def switch():
        home = tmp_path / "other-machine"
        home.mkdir()
        monkeypatch.setenv("RNNQUIZ_HOME", str(home))
        return home

    return switch


def test_path_prints_the_database_under_rnnquiz_home(run_cli, isolated_home):
    result = run_cli("progress", "path")
    assert result.exit_code == 0
    assert result.stdout.strip() == str(isolated_home / "progress.sqlite3")


@pytest.mark.parametrize("command", ["path", "export", "import", "reset", "repair"])
def test_every_command_has_help_with_an_example(run_cli, command):
    result = run_cli("progress", command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and f"rnnquiz progress {command}" in result.stdout


def test_progress_without_a_command_shows_help(run_cli):
    result = run_cli("progress")
    assert "export" in result.output and "repair" in result.output


def test_export_then_import_on_another_machine(run_cli, tmp_path, other_home, mini_bank):
    fill()
    file = tmp_path / "moved.json"
    result = run_cli("progress", "export", str(file))
    assert result.exit_code == 0, result.output
    assert "Exported 2 answers, 2 cards, 1 mock interviews" in result.stdout
    assert json.loads(file.read_text(encoding="utf-8"))["format_version"] == 1
    other_home()
    result = run_cli("progress", "import", str(file), "--bank", str(mini_bank))
    assert result.exit_code == 0, result.output
    assert "Imported 2 new answers (0 already present) and 1 mock interviews" in result.stdout
    result = run_cli("progress", "import", str(file), "--bank", str(mini_bank))
    assert "Imported 0 new answers (2 already present) and 0 mock interviews" in result.stdout
    stats = json.loads(run_cli("stats", "--json").stdout)
    assert stats["answers"] == 2 and stats["mocks"][0]["session_id"] == "mock1"


def test_export_to_standard_output(run_cli):
    fill()
    result = run_cli("progress", "export", "-")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["answers"]) == 2


def test_import_from_standard_input(run_cli, tmp_path, other_home, mini_bank):
    fill()
    exported = run_cli("progress", "export", "-").stdout
    other_home()
    result = run_cli("progress", "import", "-", "-b", str(mini_bank), input=exported)
    assert result.exit_code == 0, result.output
    assert "Imported 2 new answers" in result.stdout


def test_import_refuses_bad_json_and_imports_nothing(run_cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run_cli("progress", "import", str(bad))
    assert result.exit_code == 3
    assert "bad.json:1:2: not valid JSON" in err(result) and "nothing was imported" in err(result)


def test_import_refuses_another_format_version(run_cli, tmp_path):
    fill()
    file = tmp_path / "x.json"
    run_cli("progress", "export", str(file))
    doc = json.loads(file.read_text(encoding="utf-8"))
    doc["format_version"] = 7
    file.write_text(json.dumps(doc), encoding="utf-8")
    result = run_cli("progress", "import", str(file))
    assert result.exit_code == 3 and "format_version 7 is not supported" in err(result)


def test_import_refuses_unknown_question_ids_unless_allowed(run_cli, tmp_path, other_home):
    fill(ids=("no-such-question", "fixture-choice"))
    file = tmp_path / "x.json"
    run_cli("progress", "export", str(file))
    other_home()
    result = run_cli("progress", "import", str(file))
    assert result.exit_code == 3
    assert "unknown question id(s)" in err(result) and "no-such-question" in err(result)
    assert json.loads(run_cli("stats", "--json").stdout)["answers"] == 0  # nothing half-imported
    result = run_cli("progress", "import", str(file), "--allow-unknown")
    assert result.exit_code == 0 and "not served" in result.stdout
    assert json.loads(run_cli("stats", "--json").stdout)["answers"] == 2


def test_import_of_a_missing_file(run_cli, tmp_path):
    result = run_cli("progress", "import", str(tmp_path / "nope.json"))
    assert result.exit_code == 3 and "cannot read" in err(result)


def test_reset_asks_first_and_keeps_everything_on_no(run_cli):
    fill()
    result = run_cli("progress", "reset", input="n\n")
    assert result.exit_code == 1
    assert "Delete all 2 answers and every mock interview" in result.stdout and "Nothing deleted." in result.stdout
    assert json.loads(run_cli("stats", "--json").stdout)["answers"] == 2


def test_reset_on_yes_deletes_and_leaves_a_backup(run_cli, isolated_home):
    fill()
    result = run_cli("progress", "reset", input="y\n")
    assert result.exit_code == 0, result.output
    assert "Deleted 2 answers" in result.stdout
    (backup,) = (isolated_home / "backups").iterdir()
    assert len(json.loads(backup.read_text(encoding="utf-8"))["answers"]) == 2
    assert json.loads(run_cli("stats", "--json").stdout)["answers"] == 0
    result = run_cli("progress", "import", str(backup), "--allow-unknown")  # the way back
    assert result.exit_code == 0 and json.loads(run_cli("stats", "--json").stdout)["answers"] == 2


def test_reset_one_topic_with_yes(run_cli):
    fill()
    result = run_cli("progress", "reset", "--topic", "lstm", "--yes")
    assert result.exit_code == 0 and "Deleted 1 answers" in result.stdout
    topics = [t["topic"] for t in json.loads(run_cli("stats", "--json").stdout)["topics"]]
    assert topics == ["gru"]


def test_reset_of_an_unknown_topic_lists_the_known_ones(run_cli):
    fill()
    result = run_cli("progress", "reset", "--topic", "lsmt", "--yes")
    assert result.exit_code == 2
    assert "no answers for topic 'lsmt'" in err(result) and "gru, lstm" in err(result)


def test_reset_with_nothing_recorded(run_cli):
    result = run_cli("progress", "reset")
    assert result.exit_code == 0 and "Nothing to reset" in result.stdout


def test_repair_of_a_healthy_database(run_cli):
    fill()
    result = run_cli("progress", "repair")
    assert result.exit_code == 0 and "healthy; nothing to repair" in result.stdout


def test_repair_keeps_a_corrupt_file_and_starts_afresh(run_cli, isolated_home):
    db = isolated_home / "progress.sqlite3"
    db.write_bytes(b"\x00garbage" * 64)
    assert run_cli("stats").exit_code == 3
    result = run_cli("progress", "repair")
    assert result.exit_code == 0, result.output
    assert "is kept as" in result.stdout and "Restored 0 answers" in result.stdout
    (backup,) = isolated_home.glob("progress.sqlite3.damaged-*")
    assert backup.read_bytes() == b"\x00garbage" * 64
    assert run_cli("stats").exit_code == 0


def test_a_newer_database_is_refused_with_a_clear_message(run_cli, isolated_home):
    fill()
    conn = sqlite3.connect(isolated_home / "progress.sqlite3")
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    for args in (("stats",), ("progress", "export", "-"), ("progress", "repair")):
        result = run_cli(*args)
        assert result.exit_code == 3, args
        assert "newer rnnquiz" in err(result)


def test_a_locked_database_exits_4(run_cli, isolated_home, monkeypatch, tmp_path, mini_bank):
    fill()
    file = tmp_path / "x.json"
    run_cli("progress", "export", str(file))
    monkeypatch.setenv("RNNQUIZ_LOCK_TIMEOUT", "0.2")
    blocker = sqlite3.connect(isolated_home / "progress.sqlite3", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        result = run_cli("progress", "reset", "--yes")
        assert result.exit_code == 4
        assert "locked by another rnnquiz (waited 0.2 s)" in err(result)
        assert run_cli("stats", "--json").exit_code == 0  # reading still works
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
