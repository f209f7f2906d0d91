"""Export and import: the version-1 format, merging without duplicates, refusing bad files whole."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rnnquiz.errors import ProgressError
from rnnquiz.progress import scheduler
from rnnquiz.progress.records import parse_timestamp, timestamp
from rnnquiz.progress.store import ProgressStore
from rnnquiz.progress.summary import summarize
from rnnquiz.progress.transfer import FORMAT_VERSION, build_export, plan_import, read_import, write_export

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
KNOWN = {"question": {"q1", "q2", "q3"}}


def fill(store, offset=timedelta(0)):
    for n, (item, rating, topic) in enumerate([("q1", 3, "lstm"), ("q2", 1, "gru"), ("q1", 3, "lstm"), ("q3", 4, "gru")]):
        store.record_answer(item_id=item, item_type="question", kind="choice", correct=rating > 1, rating=rating,
                            duration_s=5.0 + n, topic=topic, answered_at=T0 + offset + timedelta(minutes=15 * n))
    store.record_answer(item_id="lstm", item_type="drill", kind="drill", correct=True, rating=2, duration_s=300, hints_used=2,
                        mode="drill", topic="lstm", answered_at=T0 + offset + timedelta(hours=2), detail={"track": "numpy"})
    store.record_mock(session_id=f"mock-{offset.days}", started_at=T0 + offset, duration_s=900, score=2.5, max_score=4,
                      per_topic={"lstm": {"count": 2, "score": 2.0}})


def export_doc(store):
    return json.loads(json.dumps(build_export(store.read_all(), T0 + timedelta(days=1))))


def comparable(summary):
    return {k: v for k, v in summary.items() if k not in ("database", "generated_at")}


@pytest.fixture
def source(tmp_path):
    with ProgressStore.open(tmp_path / "a.sqlite3", tz=timezone.utc) as s:
        fill(s)
        yield s


def test_export_is_documented_version_1(source):
    doc = export_doc(source)
    assert doc["format"] == "rnnquiz-progress" and doc["format_version"] == FORMAT_VERSION == 1
    assert len(doc["answers"]) == 5 and len(doc["cards"]) == 4 and len(doc["mock_sessions"]) == 1
    assert set(doc["answers"][0]) == {"uid", "item_type", "item_id", "kind", "mode", "session_id", "topic", "answered_at",
                                      "day", "correct", "rating", "duration_s", "hints_used", "detail"}
    assert set(doc["cards"][0]["card"]) == {"card_id", "state", "step", "stability", "difficulty", "due", "last_review"}


def test_export_then_import_gives_identical_stats(source, tmp_path):
    file = tmp_path / "export.json"
    write_export(export_doc(source), file)
    plan = plan_import(read_import(file), str(file), known_ids=KNOWN | {"drill": {"lstm"}}, tz=timezone.utc)
    with ProgressStore.open(tmp_path / "b.sqlite3", tz=timezone.utc) as target:
        assert target.merge(plan.answers, plan.mock_sessions) == (5, 1)
        now = T0 + timedelta(days=3)
        assert comparable(summarize(target, now, timezone.utc)) == comparable(summarize(source, now, timezone.utc))
        assert target.read_all() == source.read_all()
        for item_type in ("question", "drill"):
            assert target.due_ids(now, item_type) == source.due_ids(now, item_type)


def test_importing_twice_adds_nothing(source, tmp_path):
    plan = plan_import(export_doc(source), "x.json", known_ids=KNOWN)
    with ProgressStore.open(tmp_path / "b.sqlite3") as target:
        assert target.merge(plan.answers, plan.mock_sessions) == (5, 1)
        assert target.merge(plan.answers, plan.mock_sessions) == (0, 0)
        assert target.count_answers() == 5


def test_merging_two_machines_interleaves_the_histories(source, tmp_path):
    with ProgressStore.open(tmp_path / "b.sqlite3", tz=timezone.utc) as other:
        fill(other, offset=timedelta(days=2))
        plan = plan_import(export_doc(other), "other.json", known_ids=KNOWN)
        assert source.merge(plan.answers, plan.mock_sessions) == (5, 1)
    with ProgressStore.open(tmp_path / "one.sqlite3", tz=timezone.utc) as one:  # the same answers given on one machine
        fill(one)
        fill(one, offset=timedelta(days=2))
        assert {c["item_id"]: c["due"] for c in one.card_rows()} == {c["item_id"]: c["due"] for c in source.card_rows()}
    assert source.count_answers() == 10
    assert [c["reps"] for c in source.card_rows()] == [2, 4, 2, 2]


def good_doc(source):
    return export_doc(source)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format_version=2), "format_version 2 is not supported"),
        (lambda d: d.pop("format"), "not an rnnquiz progress export"),
        (lambda d: d.update(answers={}), "answers must be a list"),
        (lambda d: d["answers"][3].update(rating=7), r"answers\[3\]: rating"),
        (lambda d: d["answers"][1].update(answered_at="yesterday"), r"answers\[1\]: answered_at"),
        (lambda d: d["answers"][1].update(answered_at="2026-03-02T12:00:00"), "no time zone"),
        (lambda d: d["answers"][0].update(item_type="card"), "item_type"),
        (lambda d: d["answers"][0].update(surprise=1), "unknown field"),
        (lambda d: d["answers"].append(copy.deepcopy(d["answers"][0])), "appears twice"),
        (lambda d: d["mock_sessions"][0].update(score=9), r"mock_sessions\[0\]: score must not exceed"),
    ],
)
def test_invalid_files_are_refused_whole(source, tmp_path, mutate, message):
    doc = good_doc(source)
    mutate(doc)
    with pytest.raises(ProgressError, match=message) as caught:
        plan_import(doc, "bad.json", known_ids=KNOWN)
    assert "nothing was imported" in str(caught.value)


def test_unknown_question_ids_are_refused_unless_allowed(source):
    doc = good_doc(source)
    with pytest.raises(ProgressError) as caught:
        plan_import(doc, "x.json", known_ids={"question": {"q1"}})
    message = str(caught.value)
    assert "2 unknown question id(s): q2, q3" in message and "--allow-unknown" in message
    plan = plan_import(doc, "x.json", known_ids={"question": {"q1"}}, allow_unknown=True)
    assert plan.unknown_ids == {"question": {"q2", "q3"}}
    assert len(plan.answers) == 5


def test_types_without_known_ids_are_not_checked(source):
    assert len(plan_import(good_doc(source), "x.json", known_ids=KNOWN).answers) == 5  # drill ids unchecked


def test_read_import_reports_bad_json_with_its_place(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "rnnquiz-progress",\n  "answers": [1,]}', encoding="utf-8")
    with pytest.raises(ProgressError, match=r"bad\.json:2:\d+: not valid JSON"):
        read_import(bad)
    with pytest.raises(ProgressError, match="cannot read"):
        read_import(tmp_path / "missing.json")
    (tmp_path / "latin.json").write_bytes(b"\xff\xfe{}")
    with pytest.raises(ProgressError, match="not UTF-8"):
        read_import(tmp_path / "latin.json")


def test_a_failing_merge_writes_nothing(source, tmp_path):
    plan = plan_import(good_doc(source), "x.json", known_ids=KNOWN)
    plan.answers[-1]["rating"] = 9  # slips past the checks: the database's CHECK stops it mid-merge
    with ProgressStore.open(tmp_path / "b.sqlite3") as target:
        with pytest.raises(ProgressError, match="refused a record") as caught:
            target.merge(plan.answers, plan.mock_sessions)
        assert "repair" not in str(caught.value)
        assert target.count_answers() == 0 and target.card_rows() == [] and target.recent_mocks() == []


def test_answers_without_a_day_get_one(source):
    doc = good_doc(source)
    for a in doc["answers"]:
        del a["day"]
    plan = plan_import(doc, "x.json", tz=timezone(timedelta(hours=-15)))
    assert {a["day"] for a in plan.answers} == {"2026-03-01"}


def test_write_export_is_atomic_and_reports_bad_places(source, tmp_path):
    target = tmp_path / "out.json"
    write_export(export_doc(source), target)
    assert json.loads(target.read_text(encoding="utf-8"))["format_version"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    with pytest.raises(ProgressError, match="cannot write"):
        write_export({}, tmp_path / "no" / "such" / "folder.json")


history = st.lists(
    st.tuples(st.sampled_from(["q1", "q2", "q3"]), st.integers(1, 4), st.sampled_from([0, 0, 1, 10, 60, 600, 1440, 4000])),  # item, rating, minutes later (0: same instant)
    min_size=1,
    max_size=25,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history)
def test_any_history_survives_export_and_import_and_matches_a_replay(tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("prop")
    at = T0
    with ProgressStore.open(folder / "a.sqlite3", tz=timezone.utc) as source:
        for item, rating, gap in steps:
            at += timedelta(minutes=gap)
            source.record_answer(item_id=item, item_type="question", kind="open", correct=None, rating=rating,
                                 duration_s=1.0, topic="lstm", answered_at=at)
        plan = plan_import(export_doc(source), "p.json", known_ids=KNOWN)
        with ProgressStore.open(folder / "b.sqlite3", tz=timezone.utc) as target:
            target.merge(plan.answers, plan.mock_sessions)
            assert target.card_rows() == source.card_rows()
        for row in source.card_rows():  # the card built answer by answer is the replay of its history
            answers = [(a["answered_at"], a["rating"]) for a in source.read_all()["answers"] if a["item_id"] == row["item_id"]]
            replayed = scheduler.replay("question", row["item_id"], [(parse_timestamp(t), r) for t, r in answers])
            assert row["due"] == timestamp(replayed.due)
