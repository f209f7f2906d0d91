"""The pure scheduling layer: grades, FSRS cards on a fixed UTC clock, the serving queue."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import fsrs
import pytest

from rnnquiz.progress import scheduler
from rnnquiz.progress.scheduler import Rating, build_queue, describe_wait, parse_rating, rating_for_closed, rating_for_drill

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)


def test_ratings_match_fsrs_and_anki():
    assert [int(r) for r in Rating] == [1, 2, 3, 4]
    assert [r.name for r in Rating] == [r.name for r in fsrs.Rating]


def test_closed_questions_are_rated_from_correctness():
    assert rating_for_closed(True) is Rating.Good
    assert rating_for_closed(False) is Rating.Again


@pytest.mark.parametrize(
    ("passed", "hints", "viewed", "expected"),
    [
        (True, 0, False, Rating.Good),  # first-try pass
        (True, 2, False, Rating.Hard),  # pass after hints
        (False, 0, False, Rating.Again),  # fail
        (True, 0, True, Rating.Again),  # solution viewed, even if it then passed
        (False, 3, True, Rating.Again),
    ],
)
def test_drill_results_map_to_grades(passed, hints, viewed, expected):
    assert rating_for_drill(passed, hints, viewed) is expected


@pytest.mark.parametrize(("text", "expected"), [("1", Rating.Again), ("4", Rating.Easy), ("GOOD", Rating.Good), ("h", Rating.Hard), (" ag ", Rating.Again)])
def test_parse_rating(text, expected):
    assert parse_rating(text) is expected


@pytest.mark.parametrize("text", ["", "5", "0", "great", "x"])
def test_parse_rating_refuses_what_names_no_grade(text):
    with pytest.raises(ValueError, match="again, hard, good, easy"):
        parse_rating(text)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="no time zone"):
        scheduler.as_utc(datetime(2026, 3, 2, 12))


def test_other_time_zones_are_converted_to_utc():
    plus_two = timezone(timedelta(hours=2))
    assert scheduler.as_utc(datetime(2026, 3, 2, 14, tzinfo=plus_two)) == T0
    assert scheduler.as_utc(datetime(2026, 3, 2, 14, tzinfo=plus_two)).tzinfo is timezone.utc


def test_card_ids_are_stable_and_distinct():
    assert scheduler.card_id_for("question", "a") == scheduler.card_id_for("question", "a")
    assert scheduler.card_id_for("question", "a") != scheduler.card_id_for("drill", "a")


def test_first_answers_follow_fsrs_learning_steps():
    new = scheduler.new_card("question", "q", T0)
    assert scheduler.review(new, Rating.Again, T0).due == T0 + timedelta(minutes=1)
    assert scheduler.review(new, Rating.Hard, T0).due == T0 + timedelta(minutes=5.5)
    assert scheduler.review(new, Rating.Good, T0).due == T0 + timedelta(minutes=10)
    easy = scheduler.review(new, Rating.Easy, T0)
    assert easy.state == fsrs.State.Review
    assert easy.due == T0 + timedelta(days=8)  # FSRS-6 default weights: initial stability 8.2956 days


def test_due_dates_move_exactly_as_fsrs_says():
    reference = fsrs.Scheduler(enable_fuzzing=False)
    ref_card = fsrs.Card(card_id=1, due=T0)
    card = scheduler.new_card("question", "q", T0)
    at = T0
    for rating in [Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Easy, Rating.Hard]:
        card = scheduler.review(card, rating, at)
        ref_card, _ = reference.review_card(ref_card, fsrs.Rating(int(rating)), at)
        assert card.due == ref_card.due
        assert card.stability == pytest.approx(ref_card.stability)
        at = card.due  # answer each time exactly when due
    assert card.due - T0 > timedelta(days=20)  # intervals grew


def test_good_answers_push_the_next_review_further_each_time():
    card = scheduler.new_card("question", "q", T0)
    intervals = []
    at = T0
    for _ in range(5):
        card = scheduler.review(card, Rating.Good, at)
        intervals.append(card.due - at)
        at = card.due
    assert intervals == sorted(intervals)
    assert intervals[0] == timedelta(minutes=10)
    assert intervals[-1] >= timedelta(days=10)


def test_replay_equals_answering_live_and_ignores_input_order():
    answers = [(T0, 3), (T0 + timedelta(minutes=10), 3), (T0 + timedelta(days=3), 1), (T0 + timedelta(days=3, minutes=10), 3)]
    live = scheduler.new_card("question", "q", T0)
    for at, rating in answers:
        live = scheduler.review(live, rating, at)
    assert scheduler.replay("question", "q", reversed(answers)).to_json() == live.to_json()


def test_replay_needs_answers():
    with pytest.raises(ValueError, match="no answers"):
        scheduler.replay("question", "q", [])


def test_card_json_round_trips():
    card = scheduler.review(scheduler.new_card("question", "q", T0), Rating.Good, T0)
    assert scheduler.card_from_json(card.to_json()).to_json() == card.to_json()


def test_queue_serves_due_first_then_new_and_never_removed_items():
    available = ["a", "b", "c", "d", "e"]
    queue = build_queue(due=["c", "gone", "a"], seen={"a", "b", "c", "gone"}, available=available)
    assert queue == ["c", "a", "d", "e"]
    assert build_queue(due=["c"], seen={"c"}, available=available, count=2) == ["c", "a"]
    assert build_queue(due=[], seen=set(available), available=available) == []


@pytest.mark.parametrize(
    ("delta", "words"),
    [(timedelta(0), "now"), (timedelta(seconds=-5), "now"), (timedelta(seconds=20), "in 1 min"), (timedelta(minutes=8), "in 8 min"),
     (timedelta(hours=3), "in 3 h"), (timedelta(days=1), "in 1 day"), (timedelta(days=9, hours=2), "in 9 days")],
)
def test_describe_wait(delta, words):
    assert describe_wait(T0 + delta, T0) == words
