"""The quiz loop in the core: fair closed questions, exact mock interviews, honest review, recording."""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

from rnnquiz.bank.grading import LETTERS, AnswerFormatError, layout_for
from rnnquiz.bank.loader import bank_paths, load_banks
from rnnquiz.bank.select import pick_mock
from rnnquiz.quiz.engine import ClosedResult, OpenFeedback, QuizSession


@pytest.fixture(scope="module")
def builtin():
    return load_banks(bank_paths(), use_cache=False).questions


def run_closed(session, answer_for):
    while (shown := session.next()) is not None:
        try:
            result = session.submit(answer_for(shown))
        except AnswerFormatError:
            session.skip()
            continue
        if isinstance(result, OpenFeedback):
            session.rate(3)
    return session.session


def test_always_the_same_letter_scores_no_better_than_chance(builtin):
    choice = [q for q in builtin if q.kind == "choice" and len(q.data["correct"]) == 1]
    chance = sum(1 / len(q.data["options"]) for q in choice) / len(choice)
    for letter in "AB":
        scores = []
        for seed in range(40):
            s = run_closed(QuizSession(choice, seed=seed), lambda shown: letter)
            scores.append(s.score / s.answered)
        mean = sum(scores) / len(scores)
        assert mean <= chance + 0.05, f"always {letter}: {mean:.0%} vs chance {chance:.0%}"


def test_always_false_scores_about_half(builtin):
    tf = [q for q in builtin if q.kind == "truefalse"]
    s = run_closed(QuizSession(tf, seed=1), lambda shown: "f")
    assert 0.4 <= s.score / s.answered <= 0.6


def test_choice_layout_is_reproducible_and_maps_back_to_the_bank(builtin):
    q = next(q for q in builtin if q.kind == "choice" and len(q.data["options"]) >= 4)
    assert layout_for(q, 5) == layout_for(q, 5)
    assert len({layout_for(q, s).order for s in range(30)}) > 5
    order = layout_for(q, 5).order
    right = ", ".join(LETTERS[order.index(i)] for i in q.data["correct"])
    result = QuizSession([q], seed=5)
    result.next()
    assert result.submit(right).verdict.correct


@pytest.mark.parametrize("count", [3, 6, 8, 9, 12])
def test_mock_asks_exactly_count_questions_balanced(builtin, count):
    for seed in range(5):
        chosen = pick_mock(builtin, count, seed)
        session = QuizSession(chosen, by_id={q.id: q for q in builtin}, mode="mock", seed=seed)
        s = run_closed(session, lambda shown: "A")
        assert s.answered == count
        cap = math.ceil(count / 3)
        topics = Counter(o.question.topic for o in s.outcomes)
        kinds = Counter(o.question.kind for o in s.outcomes)
        assert max(topics.values()) <= cap and max(kinds.values()) <= cap, (topics, kinds)
        assert [o.follow_up for o in s.outcomes].count(True) <= 3


def test_follow_up_takes_a_waiting_slot(builtin):
    by_id = {q.id: q for q in builtin}
    first = next(q for q in builtin if q.follow_ups and q.follow_ups[0] in by_id and by_id[q.follow_ups[0]].topic == q.topic)
    others = [q for q in builtin if q.topic not in (first.topic,) and q.kind != first.kind][:5]
    session = QuizSession([first] + others, by_id=by_id, mode="mock", seed=1)
    s = run_closed(session, lambda shown: "A")
    assert s.answered == 6 and s.outcomes[1].follow_up and s.outcomes[1].question.id in first.follow_ups


def test_answers_are_recorded_before_the_result_is_returned(builtin):
    class Store:
        def __init__(self):
            self.rows = []

        def record_answer(self, **row):
            self.rows.append(row)

    store = Store()
    q = next(q for q in builtin if q.kind == "numeric")
    session = QuizSession([q], store=store)
    session.next()
    result = session.submit(str(q.data["value"]))
    assert isinstance(result, ClosedResult) and result.verdict.correct
    assert len(store.rows) == 1 and store.rows[0]["item_id"] == q.id and store.rows[0]["rating"] == 3


def test_review_end_to_end_with_a_moving_clock(run_cli, mini_bank, monkeypatch):
    import rnnquiz.quiz.engine as engine

    start = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    clock = {"now": start}
    monkeypatch.setattr(engine, "utcnow", lambda: clock["now"])
    base = ["--bank", str(mini_bank), "--tag", "fixture", "--kind", "truefalse", "--kind", "numeric", "--seed", "1"]
    first = run_cli("review", *base, input="84\nf\n")
    assert first.exit_code == 0, first.output
    assert "0 due for review, 2 new in this session." in first.stdout
    assert "Next review due 2026-12" in first.stdout
    # nothing is due a minute later, and every question has been seen
    clock["now"] = start + timedelta(minutes=1)
    later = run_cli("review", *base, input="")
    assert "Nothing is due" in later.stdout and "-" not in later.stdout.split("due for review")[0][-4:]
    # a month later both are due again: counts are honest, and a wrong answer is due again at once
    clock["now"] = start + timedelta(days=40)
    month = run_cli("review", *base, "--count", "1", input="t\n")
    assert "1 due for review, 0 new in this session." in month.stdout
    assert "more are due now" in month.stdout  # the other one (and the wrong one) are still due


def test_review_no_record_keeps_the_schedule(run_cli, mini_bank):
    base = ["--bank", str(mini_bank), "--tag", "fixture", "--kind", "truefalse"]
    assert run_cli("review", *base, "--no-record", input="f\n").exit_code == 0
    again = run_cli("review", *base, input="f\n")
    assert "0 due for review, 1 new in this session." in again.stdout


def test_due_drills_are_offered_by_review_and_marked_in_drill_list(run_cli, mini_bank):
    from rnnquiz.progress.store import ProgressStore

    with ProgressStore.open() as store:
        store.record_answer(item_id="lstm", item_type="drill", kind="drill", correct=False, rating=1, duration_s=5.0,
                            mode="drill", topic="lstm", answered_at=datetime.now(timezone.utc) - timedelta(days=2))
    listing = run_cli("drill", "list")
    line = next(line for line in listing.stdout.splitlines() if " lstm " in f" {line} " and "LSTM" in line)
    assert "due for review" in line
    review = run_cli("review", "--bank", str(mini_bank), "--tag", "fixture", "--kind", "truefalse", input="f\n")
    assert "Drills due for review" in review.stdout and "rnnquiz drill lstm" in review.stdout
