"""`rnnquiz progress import` of generated hostile files: a located one-line refusal per problem, exit 3, nothing written."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rnnquiz.errors import ProgressError
from rnnquiz.progress.records import ANSWER_FIELDS
from rnnquiz.progress.store import ProgressStore, default_path
from rnnquiz.progress.transfer import parse_import, plan_import

GOOD = {
    "uid": "3f2a0000000000000000000000000001", "item_type": "question", "item_id": "lstm-cec", "kind": "open",
    "mode": "ask", "session_id": "", "topic": "lstm", "answered_at": "2026-02-28T18:02:11.123456+00:00",
    "day": "2026-02-28", "correct": None, "rating": 3, "duration_s": 12.5, "hints_used": 0, "detail": None,
}
GOOD_MOCK = {"session_id": "mock-1", "started_at": "2026-02-28T18:00:00+00:00", "duration_s": 100.0,
             "score": 1.0, "max_score": 2.0, "per_topic": {"lstm": [1.0, 2.0]}}
CONTROLS = "\x00\x07\x08\x0b\x0c\r\x1b\x7f\x85\x9b\u061c\u200e\u200f\u202a\u202e\u2066\u2069"


def document(answers: list, mocks: list | None = None) -> dict:
    return {"format": "rnnquiz-progress", "format_version": 1, "answers": answers, "cards": [], "mock_sessions": mocks or []}


def extreme_times() -> st.SearchStrategy[str]:
    """Time stamps at datetime's edges, with offsets that push them over when moved to UTC."""
    edges = st.sampled_from([datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59), datetime(1969, 12, 31), datetime(3000, 1, 1)])
    offsets = st.integers(min_value=-23, max_value=23).map(lambda h: timezone(timedelta(hours=h)))
    return st.builds(lambda d, tz: d.replace(tzinfo=tz).isoformat(), edges, offsets)


def huge_ints() -> st.SearchStrategy[int]:
    # Past 4300 digits json.dumps itself refuses: those are written as raw text in the document test.
    return st.one_of(st.integers(min_value=2**63, max_value=10**4000), st.integers(min_value=-(10**4000), max_value=-(2**63)), st.just(10**30))


class Nested:
    """Lists `depth` deep, shown by its depth (printing the lists would exhaust the stack)."""

    def __init__(self, depth: int):
        self.depth = depth

    def __repr__(self) -> str:
        return f"Nested({self.depth})"

    def value(self) -> object:
        value: object = 1
        for _ in range(self.depth):
            value = [value]
        return value


def dumps(doc: object) -> str:
    return json.dumps(doc, ensure_ascii=False, default=lambda o: o.value())


def nested(depth: int) -> Nested:
    return Nested(depth)


HOSTILE_VALUES = st.one_of(
    huge_ints(),
    st.sampled_from([float("nan"), float("inf"), -float("inf"), 1e300, -1.0]),
    st.text(alphabet=st.sampled_from(list(CONTROLS) + ["a", "-", "é"]), min_size=1, max_size=30).filter(
        lambda s: any(c in CONTROLS for c in s)),
    st.sampled_from([[], {}, [1, 2], {"a": 1}, True, "", "x" * 5000]),
    st.integers(min_value=33, max_value=900).map(nested),
    extreme_times(),
)
FIELDS = st.sampled_from([f for f in ANSWER_FIELDS if f not in ("session_id",)])


def import_text(run_cli, text: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile\x1b.json"
        path.write_text(text, encoding="utf-8")
        return run_cli("progress", "import", str(path), "--allow-unknown"), str(path).replace("\x1b", "\\x1b")


def answers_stored() -> int:
    if not default_path().exists():
        return 0
    with ProgressStore.open() as store:
        return store.count_answers()


def assert_refused(result, source: str, before: int = 0) -> None:
    assert result.exit_code == 3, (result.exit_code, result.output[-500:])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert lines and all(line.startswith(f"error: {source}") for line in lines), lines
    assert all(len(line) < 400 for line in lines)
    assert "nothing was imported" in lines[-1]
    assert not any(c in result.stderr for c in CONTROLS if c not in "\n")
    assert result.stdout == ""
    assert answers_stored() == before


def assert_imported_or_refused(run_cli, text: str, new: int) -> None:
    """Either all of the file goes in, or none of it with a located refusal; never a traceback."""
    before = answers_stored()
    result, source = import_text(run_cli, text)
    if result.exit_code == 0:
        assert answers_stored() == before + new and "Traceback" not in result.output
        return
    assert_refused(result, source, before)


_uids = iter(range(10**6))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=FIELDS, value=HOSTILE_VALUES)
def test_a_hostile_value_in_any_answer_field_is_imported_whole_or_refused_whole(run_cli, field, value):
    uid = f"u{next(_uids)}"
    answer = {**GOOD, "uid": uid + "b", field: value}
    text = dumps(document([GOOD | {"uid": uid + "a"}, answer]))
    assert_imported_or_refused(run_cli, text, new=2)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(["session_id", "started_at", "duration_s", "score", "max_score", "per_topic"]), value=HOSTILE_VALUES)
def test_a_hostile_value_in_a_mock_session_is_imported_whole_or_refused_whole(run_cli, field, value):
    answer = GOOD | {"uid": f"m{next(_uids)}"}
    assert_imported_or_refused(run_cli, dumps(document([answer], [{**GOOD_MOCK, field: value}])), new=1)


# Values that no field of an answer may hold (an overflowing time stamp is still a valid id, kind or
# topic, so those pairs are left out): each must be refused, naming its record and field.
NEVER_VALID = [10**30, -(2**63), float("nan"), float("inf"), "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00",
               "x\x1b[2J", "\u202eevil", "x" * 5000, nested(200)]
_FIELDS = ["uid", "item_type", "item_id", "kind", "mode", "topic", "answered_at", "day", "correct", "rating", "duration_s",
           "hints_used"]
_TEXT_FIELDS = ("uid", "item_id", "kind", "topic")
NEVER_VALID_PAIRS = [(f, v) for f in _FIELDS for v in NEVER_VALID
                     if not (f in _TEXT_FIELDS and isinstance(v, str) and v.startswith(("9999", "0001")))]


@pytest.mark.parametrize("field,value", NEVER_VALID_PAIRS, ids=lambda v: repr(v)[:20])
def test_never_valid_values_are_refused_naming_the_field(field, value):
    with pytest.raises(ProgressError) as info:
        plan_import(parse_import(dumps(document([GOOD | {field: value}])), "f.json"), "f.json", allow_unknown=True)
    lines = str(info.value).splitlines()
    assert lines[0].startswith(f"f.json: answers[0]: {field}") and lines[-1].endswith("nothing was imported")
    assert all(len(line) < 400 for line in lines)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(
    st.integers(min_value=1000, max_value=200_000).map(lambda n: '{"format": "rnnquiz-progress", "format_version": 1, "answers": ' + "[" * n + "]" * n + "}"),
    st.integers(min_value=1000, max_value=100_000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.integers(min_value=31, max_value=20_000).map(lambda n: '{"format": "rnnquiz-progress", "format_version": 1' + ', "answers": [' + "9" * n + "]}"),
    st.integers(min_value=4301, max_value=50_000).map(lambda n: '{"format": "rnnquiz-progress", "format_version": ' + "7" * n + "}"),
    st.sampled_from(['{"format": "rnnquiz-progress", "format_version": 1, "answers": NaN}', "[1, 2", "\ufeff{}", "null", '"x"']),
))
def test_hostile_documents_are_refused_in_one_line(run_cli, text):
    result, source = import_text(run_cli, text)
    assert_refused(result, source)


def test_the_years_named_in_the_issue_are_refused_with_their_field(run_cli):
    answers = [GOOD | {"uid": f"u{n}", "answered_at": t} for n, t in enumerate(["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00"])]
    answers.append(GOOD | {"uid": "u9", "hints_used": 10**30})
    result, source = import_text(run_cli, dumps(document(answers)))
    assert_refused(result, source)
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"error: {source}: answers[0]: answered_at '9999-12-31T23:59:59-05:00'")
    assert lines[1].startswith(f"error: {source}: answers[1]: answered_at '0001-01-01T00:00:00+05:00'")
    assert lines[2] == f"error: {source}: answers[2]: hints_used must be a whole number from 0 to 1000 (got an integer of 31 digits)"


def test_standard_input_is_checked_the_same_way(run_cli):
    result = run_cli("progress", "import", "-", input="[" * 100_000)
    assert result.exit_code == 3 and result.stderr.startswith("error: standard input:") and len(result.stderr.splitlines()) == 1


def test_a_clean_file_still_imports(run_cli):
    result, _ = import_text(run_cli, dumps(document([GOOD], [GOOD_MOCK])))
    assert result.exit_code == 0, result.output
    with ProgressStore.open() as store:
        assert store.count_answers() == 1
