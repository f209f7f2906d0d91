"""The open-answer judge on labeled candidate answers (tests/data/answers): the figures the README reports.

The questions are split once by a hash of their id; rubrics were tuned on the `dev` part only, and
the floors below are what the held-out `test` part measured (bench/bench_open_answers.py prints
the full table). They keep the judge from getting worse; raising them is the goal.
"""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import DATA
from rnnquiz.bank.loader import bank_paths, load_banks
from rnnquiz.rubric.evaluate import LABEL_GRADE, evaluate, load_answers, split_of


@pytest.fixture(scope="module")
def judged():
    by_id = load_banks(bank_paths()).by_id()
    answers = load_answers(DATA / "answers")
    scores, _ = evaluate(answers, by_id)
    return answers, by_id, {key: s.figures() for key, s in scores.items()}


def test_the_benchmark_is_what_the_issue_asks_for(judged):
    answers, by_id, _ = judged
    assert len(answers) >= 200
    assert all(a["question"] in by_id and by_id[a["question"]].kind == "open" for a in answers)
    assert all(a["label"] in LABEL_GRADE and a["lang"] in ("en", "zh") and a["text"].strip() for a in answers)
    assert len({a["question"] for a in answers}) >= 40
    assert sum(a["lang"] == "zh" for a in answers) >= 0.4 * len(answers)
    good = [a for a in answers if a["label"] == "good"]
    assert sum(bool(a.get("paraphrase")) for a in good) >= len(good) / 2
    labels = Counter(a["label"] for a in answers)
    assert labels["wrong"] >= 40 and labels["off_topic"] >= 15 and labels["partial"] >= 30
    held_out = {a["question"] for a in answers if split_of(a["question"]) == "test"}
    assert 0.3 <= len(held_out) / len({a["question"] for a in answers}) <= 0.5


# What the held-out questions measured (bench/bench_open_answers.py), a little below so that noise
# in a rewording does not fail the build; the issue's targets are in the comments.
HELD_OUT_FLOORS = {
    # language: (good → Good or better ≥ [85%], good → Again ≤ [0%], wrong → Again ≥ [95%], off-topic → Again ≥ [100%])
    # measured: en 24/24 good Good, 0 Again, 17/18 wrong Again, 10/10 off-topic Again;
    #           zh 23/24 good Good, 1 Again, 17/18 wrong Again, 2/2 off-topic Again
    "en": (1.00, 0.00, 0.94, 1.00),
    "zh": (0.95, 0.05, 0.94, 1.00),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_held_out_figures_do_not_get_worse(judged, lang):
    _, _, figures = judged
    f = figures[("test", lang)]
    good, good_again, wrong, off_topic = HELD_OUT_FLOORS[lang]
    assert f["good_suggested_good_or_better"] >= good, f
    assert f["good_suggested_again"] <= good_again, f
    assert f["wrong_suggested_again"] >= wrong, f
    assert f["off_topic_suggested_again"] >= off_topic, f
    # the two that must hold outright: a wrong answer is never suggested Good, and the suggestion
    # is within one grade of the label for nearly every answer
    assert f["wrong_suggested_good_or_better"] == 0, f
    assert f["within_one_grade"] >= 0.95, f


# The eleventh held-out set (tests/data/heldout14, sets 14A–14D): 358 answers over all 114 open questions,
# written last by four writers who saw only the prompts and model answers, committed before it was
# judged, and judged once to report how the judge does on answers nobody tuned on. For every question a
# good answer and two wrong ones, one per language: one right but for ONE wrong claim (type A), one
# turning two or three facts round (type B); an off-topic answer for every sixth question; about a
# third of the answers spoken (hedges, fillers, self-corrections). (The earlier held-out sets are tuning
# data now: tests/data/tuning/set-q, set-x, set-y, set-x2, set-y2, set-w1..w4, set-v1..v4, set-6a..6d,
# set-7a..7d, set-8a..8d, set-9a..9d, set-10a..10d.)
# What it measures, per language: (good → Good or better, good → Again, wrong → Again, wrong → Good
# or better, off-topic → Again, within one grade).
FRESH_FLOORS = {
    # measured: en 53/58 good Good, 3/58 Again, 101/114 wrong Again, 12/114 Good, 8/8 off-topic Again, 91.7%
    "en": (53 / 58, 3 / 58, 101 / 114, 12 / 114, 1.0, 0.91),
    # measured: zh 52/56 good Good, 3/56 Again, 98/114 wrong Again, 15/114 Good, 8/8 off-topic Again, 89.9%
    "zh": (52 / 56, 3 / 56, 98 / 114, 15 / 114, 1.0, 0.89),
}
# wrong → Again by type, both languages: type A 87/114 (26 suggested Good), type B 112/114 (1 Good).
# The judge as it stood at the start of the session that wrote it measured wrong → Again 198/228
# (28 Good; type A 86/114, type B 112/114), good → Again 7/114, off-topic Again 16/16
FRESH_BY_TYPE = {"type a": (87 / 114, 26 / 114), "type b": (112 / 114, 1 / 114)}


FRESH_SET, FRESH_COUNT, FRESH_QUESTIONS = "heldout14", 358, 114


def _fresh_answers():
    answers = load_answers(DATA / FRESH_SET, "fresh")
    assert len(answers) == FRESH_COUNT and len({a["question"] for a in answers}) == FRESH_QUESTIONS
    for q in {a["question"] for a in answers}:
        mine = [a for a in answers if a["question"] == q]
        assert sum(a["label"] == "good" for a in mine) == 1, q
        wrong = [a for a in mine if a["label"] == "wrong"]
        assert sorted(a["lang"] for a in wrong) == ["en", "zh"], q
        assert sorted(a["note"][:6].lower() for a in wrong) == ["type a", "type b"], q
    return answers


@pytest.fixture(scope="module")
def fresh():
    """The latest held-out sets, judged once for the tests below: figures by language and by kind."""
    by_id = load_banks(bank_paths()).by_id()
    answers = _fresh_answers()
    by_lang = evaluate(answers, by_id)[0]
    by_kind = {kind: evaluate([a for a in answers if a["label"] == "wrong" and a["note"][:6].lower() == kind], by_id)[0]
               for kind in FRESH_BY_TYPE}
    return by_lang, by_kind


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_latest_held_out_sets_keep_their_figures(fresh, lang):
    f = fresh[0][("fresh", lang)].figures()
    good, good_again, wrong, wrong_good, off_topic, within = FRESH_FLOORS[lang]
    assert f["good_suggested_good_or_better"] >= good - 1e-9 and f["good_suggested_again"] <= good_again + 1e-9, f
    assert f["wrong_suggested_again"] >= wrong - 1e-9 and f["wrong_suggested_good_or_better"] <= wrong_good + 1e-9, f
    assert f["off_topic_suggested_again"] >= off_topic - 1e-9 and f["within_one_grade"] >= within, f


@pytest.mark.parametrize("kind", sorted(FRESH_BY_TYPE))
def test_the_latest_held_out_sets_keep_their_figures_by_kind_of_wrong_answer(fresh, kind):
    f = fresh[1][kind][("fresh", "all")].figures()
    again, good = FRESH_BY_TYPE[kind]
    assert f["answers"] == FRESH_QUESTIONS and f["wrong_suggested_again"] >= again - 1e-9 and f["wrong_suggested_good_or_better"] <= good + 1e-9, f


def test_the_tuning_split_stays_right(judged):
    _, _, figures = judged
    f = figures[("dev", "all")]
    assert f["good_suggested_again"] == 0 and f["wrong_suggested_good_or_better"] == 0
    assert f["good_suggested_good_or_better"] >= 0.95 and f["wrong_suggested_again"] >= 0.95


# Later tuning sets, each written from the prompts alone and labeled before it was judged: the
# figures their rubrics reached (answers, Chinese answers, wrong → Again ≥, wrong → Good or better ≤).
# Its remaining misses are wrong claims its rubrics do not name in the learner's words, and one
# stated against the convention of the learner's own formula.
LATER_SETS = {
    "set-g.yaml": (84, 42, 44 / 48, 1 / 48),
    "set-j.yaml": (96, 43, 34 / 36, 0),
    "set-k.yaml": (96, 39, 35 / 36, 0),  # two of its questions' tuning withdrawn (test_set_k_is_judged_as_labeled)
    "set-n.yaml": (64, 32, 31 / 32, 1 / 32),  # sets N–P: facts of a right answer inverted, 8 questions each
    "set-o.yaml": (64, 34, 1.0, 0),
    "set-p.yaml": (64, 32, 1.0, 0),
    "set-r.yaml": (64, 36, 1.0, 0),  # sets R–T: a second round of less obvious inversions on the same questions
    "set-s.yaml": (64, 32, 1.0, 0),
    "set-t.yaml": (64, 35, 1.0, 0),
    "set-u.yaml": (64, 32, 1.0, 0),  # sets U–W: a third round, rambling wrong answers and good ones easy to misread
    "set-v.yaml": (64, 35, 1.0, 0),
    "set-w.yaml": (64, 32, 31 / 32, 0),
    "set-q.yaml": (132, 66, 1.0, 0),  # the second held-out set, tuning data since a third replaced it
    "set-z1.yaml": (60, 24, 35 / 36, 1 / 36),  # sets Z: right answers with one wrong claim around the question
    "set-z2.yaml": (60, 28, 1.0, 0),
    "set-o1.yaml": (80, 40, 1.0, 0),  # sets O1–O3: the open questions no labeled answer had touched
    "set-o2.yaml": (76, 38, 37 / 38, 1 / 38),
    "set-o3.yaml": (76, 38, 1.0, 0),
    "set-o4.yaml": (64, 32, 1.0, 0),  # sets O4–O5: the benchmark's dev questions
    "set-o5.yaml": (64, 32, 1.0, 0),
    "set-o6.yaml": (90, 45, 59 / 60, 0),  # sets O6–O8: a second round on those 90 questions, new writers
    "set-o7.yaml": (90, 45, 59 / 60, 1 / 60),
    "set-o8.yaml": (90, 45, 1.0, 0),
    "set-x.yaml": (66, 33, 19 / 24, 4 / 24),  # sets X, Y: the third held-out set, tuning data once reported
    "set-y.yaml": (66, 33, 21 / 24, 2 / 24),
    "set-x2.yaml": (90, 45, 42 / 45, 1 / 45),  # sets X2, Y2: the held-out set over the rest of the bank, likewise
    "set-y2.yaml": (90, 45, 39 / 45, 6 / 45),
    "set-w1.yaml": (91, 45, 57 / 58, 1 / 58),  # sets W1–W4: the fourth held-out set, tuning data once reported
    "set-w2.yaml": (91, 45, 1.0, 0),
    "set-w3.yaml": (88, 44, 1.0, 0),
    "set-w4.yaml": (88, 44, 1.0, 0),
    "set-t1.yaml": (58, 29, 57 / 58, 1 / 58),  # sets T1–T4: one wrong claim in a right answer, two per question
    "set-t2.yaml": (58, 29, 1.0, 0),
    "set-t3.yaml": (56, 28, 54 / 56, 2 / 56),
    "set-t4.yaml": (56, 28, 1.0, 0),
    "set-v1.yaml": (91, 45, 1.0, 0),  # sets V1–V4: the fifth held-out set, tuning data once reported
    "set-v2.yaml": (91, 45, 1.0, 0),
    "set-v3.yaml": (88, 44, 1.0, 0),
    "set-v4.yaml": (88, 44, 55 / 56, 1 / 56),
    "set-6a.yaml": (92, 45, 1.0, 0),  # sets 6A–6D: the sixth held-out set, likewise
    "set-6b.yaml": (92, 45, 57 / 58, 1 / 58),
    "set-6c.yaml": (89, 44, 1.0, 0),
    "set-6d.yaml": (89, 44, 1.0, 0),
    "set-7a.yaml": (89, 44, 54 / 56, 2 / 56),  # sets 7A–8D: the seventh and eighth held-out sets, likewise
    "set-7b.yaml": (89, 44, 1.0, 0),
    "set-7c.yaml": (99, 50, 61 / 62, 1 / 62),
    "set-7d.yaml": (86, 43, 53 / 54, 1 / 54),
    "set-8a.yaml": (89, 44, 1.0, 0),
    "set-8b.yaml": (89, 44, 1.0, 0),
    "set-8c.yaml": (98, 48, 59 / 62, 3 / 62),
    "set-8d.yaml": (85, 42, 47 / 54, 6 / 54),
    "set-9a.yaml": (88, 44, 1.0, 0),  # sets 9A–9D: the ninth held-out set, likewise
    "set-9b.yaml": (88, 44, 1.0, 0),
    "set-9c.yaml": (76, 38, 1.0, 0),
    "set-9d.yaml": (85, 43, 1.0, 0),
    "set-11a.yaml": (87, 43, 1.0, 0),  # sets 11A–11D: one wrong claim, twice per question, and good answers easy to misread
    "set-11b.yaml": (87, 43, 1.0, 0),
    "set-11c.yaml": (84, 42, 1.0, 0),
    "set-11d.yaml": (84, 42, 1.0, 0),
    "set-12a.yaml": (96, 48, 1.0, 0),  # sets 12A–12D: one wrong claim about a detail, and off-topic answers on a neighbouring topic
    "set-12b.yaml": (96, 47, 1.0, 0),
    "set-12c.yaml": (93, 46, 1.0, 0),
    "set-12d.yaml": (93, 46, 1.0, 0),
    "set-10a.yaml": (91, 45, 1.0, 0),  # sets 10A–10D: the tenth held-out set, likewise
    "set-10b.yaml": (91, 45, 1.0, 0),
    "set-10c.yaml": (88, 44, 1.0, 0),
    "set-10d.yaml": (88, 44, 1.0, 0),
    "set-13a.yaml": (94, 46, 57 / 58, 1 / 58),  # sets 13A–13D: spoken answers (hedges, fillers, self-corrections)
    "set-13b.yaml": (94, 47, 1.0, 0),
    "set-13c.yaml": (91, 45, 1.0, 0),
    "set-13d.yaml": (91, 45, 1.0, 0),
}
NOT_YET_TUNED: tuple[str, ...] = ()  # sets judged once but not yet tuned on: pinned alone, outside the totals
# The one good answer of the later sets still suggested Again, a right claim the judge reads the other
# way round: set 7C's "with characters there are no segmentation errors to propagate" denies, to its
# reader, that segmentation errors propagate (the key point, said of words).
GOOD_AGAIN_ALLOWED = {"set-7c.yaml": 1}
# Later sets whose good answers are suggested Good less often than 94%: the rest are Hard.
GOOD_FLOORS = {"set-7c.yaml": 29 / 31, "set-8a.yaml": 25 / 28, "set-8b.yaml": 25 / 28, "set-8c.yaml": 29 / 31,
               "set-11a.yaml": 27 / 29, "set-12b.yaml": 27 / 29, "set-12c.yaml": 26 / 28, "set-12d.yaml": 24 / 28,
               "set-13b.yaml": 26 / 29}


def _good_again(f: dict) -> int:
    return f["counts"].get("good", {}).get(1, 0)


PROBE_SETS = ("set-i.yaml", "set-l.yaml", "set-m.yaml")  # probes of the matcher and rubrics, pinned on their own


def test_the_tuning_sets_stay_right():
    """The answers the held-out rubrics were tuned on (tests/data/tuning): no good one is Again,
    every wrong one of sets C–F is Again, set F (written from the prompts alone) keeps its figures,
    and the later sets keep theirs. Set I probes the matcher over both parts; it keeps what it
    measured (no good answer Again, no wrong one Good, 16 of its 19 wrong ones Again: the other
    three are claims no rubric names). Set L probes the matcher's known limits (contrasts, "which"
    clauses and pronouns after a colon, comparisons, a condition and its choice, negation reach,
    不会, commas inside intervals) and keeps what it measured, now with no good answer Again. Set M,
    60 good answers written from the prompts to probe for right claims read as wrong, has none Again
    (5 were, before the rules and rubrics they showed wrong were fixed)."""
    by_id = load_banks(bank_paths()).by_id()
    answers = load_answers(DATA / "tuning", "tune")
    probes = [a for a in answers if a["file"] in PROBE_SETS]
    scores, _ = evaluate([a for a in answers if a not in probes and a["file"] not in NOT_YET_TUNED], by_id)
    f = scores[("tune", "all")].figures()
    assert _good_again(f) <= sum(n for name, n in GOOD_AGAIN_ALLOWED.items() if name not in NOT_YET_TUNED), f["counts"]
    assert f["good_suggested_good_or_better"] >= 0.95 and f["within_one_grade"] >= 0.99, f
    earlier = [a for a in answers if a["file"] not in LATER_SETS and a not in probes]
    f = evaluate(earlier, by_id)[0][("tune", "all")].figures()
    assert f["wrong_suggested_again"] == 1.0, f
    set_f = [a for a in answers if a["file"] == "set-f.yaml"]
    assert len(set_f) == 144 and sum(a["lang"] == "zh" for a in set_f) == 72
    set_l = [a for a in probes if a["file"] == "set-l.yaml"]
    f = evaluate(set_l, by_id)[0][("tune", "all")].figures()
    assert len(set_l) == 62 and sum(a["lang"] == "zh" for a in set_l) == 34, f
    assert f["good_suggested_again"] == 0 and f["good_suggested_good_or_better"] >= 24 / 30, f
    assert f["wrong_suggested_again"] >= 30 / 32 and f["wrong_suggested_good_or_better"] <= 1 / 32, f
    set_m = [a for a in probes if a["file"] == "set-m.yaml"]
    f = evaluate(set_m, by_id)[0][("tune", "all")].figures()
    assert len(set_m) == 60 and {a["label"] for a in set_m} == {"good"} and sum(a["lang"] == "zh" for a in set_m) == 36
    assert f["good_suggested_again"] == 0 and f["good_suggested_good_or_better"] >= 52 / 60, f
    probes = [a for a in probes if a["file"] == "set-i.yaml"]
    scores, _ = evaluate(probes, by_id)
    f = scores[("tune", "all")].figures()
    assert len(probes) == 62 and f["good_suggested_again"] == 0 and f["wrong_suggested_good_or_better"] == 0, f
    assert f["wrong_suggested_again"] >= 16 / 19 and f["good_suggested_good_or_better"] >= 28 / 33, f
    assert f["off_topic_suggested_again"] == 1.0 and f["within_one_grade"] == 1.0, f
    for name, (count, zh, wrong_again, wrong_good) in LATER_SETS.items():
        part = [a for a in answers if a["file"] == name]
        assert len(part) == count and sum(a["lang"] == "zh" for a in part) == zh, name
        f = evaluate(part, by_id)[0][("tune", "all")].figures()
        if any(a["label"] == "good" for a in part):  # sets T1–T4 hold wrong answers only
            assert _good_again(f) <= GOOD_AGAIN_ALLOWED.get(name, 0), (name, f)
            assert f["good_suggested_good_or_better"] >= GOOD_FLOORS.get(name, 0.94) - 1e-9, (name, f)
        assert f["wrong_suggested_again"] >= wrong_again - 1e-9, (name, f)
        assert f["wrong_suggested_good_or_better"] <= wrong_good + 1e-9, (name, f)


def test_set_h_is_judged_as_labeled():
    """Set H (12 held-out questions, written from the prompts alone): for every question 2 English and
    2 Chinese wrong answers, a good one in each language and a partial one; every wrong answer is
    Again, every good one Good and every partial one Hard."""
    by_id = load_banks(bank_paths()).by_id()
    set_h = [a for a in load_answers(DATA / "tuning", "tune") if a["file"] == "set-h.yaml"]
    per_question = Counter((a["question"], a["label"], a["lang"]) for a in set_h)
    assert len({a["question"] for a in set_h}) == 12 and len(set_h) == 84
    for q in {a["question"] for a in set_h}:
        assert per_question[(q, "wrong", "en")] == per_question[(q, "wrong", "zh")] == 2, q
        assert per_question[(q, "good", "en")] == per_question[(q, "good", "zh")] == 1, q
        assert per_question[(q, "partial", "en")] + per_question[(q, "partial", "zh")] == 1, q
    scores, misses = evaluate(set_h, by_id)
    f = scores[("tune", "all")].figures()
    assert f["wrong_suggested_again"] == 1.0 and f["good_suggested_again"] == 0, f
    assert not misses, [(m["question"], m["lang"], m["label"], m["suggested"]) for m in misses]


def test_set_j_is_judged_as_labeled():
    """Set J (12 held-out questions, written from the prompts alone, with an off-topic answer per
    question): for every question 3 wrong answers in both languages, a good English one and two good
    Chinese ones, a partial one and an off-topic one. All wrong answers but two are Again and none is
    Good, no good one is Again and all but one are Good, 9 of the 12 off-topic ones are Again, and
    every suggestion is within one grade of its label."""
    by_id = load_banks(bank_paths()).by_id()
    set_j = [a for a in load_answers(DATA / "tuning", "tune") if a["file"] == "set-j.yaml"]
    per_question = Counter((a["question"], a["label"], a["lang"]) for a in set_j)
    assert len({a["question"] for a in set_j}) == 12 and len(set_j) == 96
    for q in {a["question"] for a in set_j}:
        assert per_question[(q, "wrong", "en")] >= 1 and per_question[(q, "wrong", "zh")] >= 1, q
        assert per_question[(q, "wrong", "en")] + per_question[(q, "wrong", "zh")] == 3, q
        assert per_question[(q, "good", "en")] == 1 and per_question[(q, "good", "zh")] == 2, q
        assert per_question[(q, "partial", "en")] + per_question[(q, "partial", "zh")] == 1, q
        assert per_question[(q, "off_topic", "en")] + per_question[(q, "off_topic", "zh")] == 1, q
    f = evaluate(set_j, by_id)[0][("tune", "all")].figures()
    assert f["wrong_suggested_again"] >= 34 / 36 - 1e-9 and f["wrong_suggested_good_or_better"] == 0, f
    assert f["good_suggested_again"] == 0 and f["good_suggested_good_or_better"] >= 35 / 36 - 1e-9, f
    assert f["off_topic_suggested_again"] >= 9 / 12 - 1e-9 and f["within_one_grade"] == 1.0, f
def test_set_k_is_judged_as_labeled():
    """Set K (12 held-out questions, written from the prompts alone): for every question 3 wrong
    answers (English and Chinese), 3 good ones (2 of them Chinese), a partial and an off-topic one;
    every wrong answer but one is Again, every partial one Hard, every good one Good but two, none
    Again. The rubrics of two of its questions (history-jordan-vs-elman, history-lstm-why) are as they
    were before set K: their tuning on it made right answers to them Again in the held-out benchmark,
    so it was withdrawn, and one wrong answer to them is Hard again. Two off-topic answers stay Hard:
    a restated prompt and the LSTM's equations in the vanilla cell's notation each earn one key point
    in the question's own words."""
    by_id = load_banks(bank_paths()).by_id()
    set_k = [a for a in load_answers(DATA / "tuning", "tune") if a["file"] == "set-k.yaml"]
    per_question = Counter((a["question"], a["label"]) for a in set_k)
    assert len({a["question"] for a in set_k}) == 12 and len(set_k) == 96
    for q in {a["question"] for a in set_k}:
        assert per_question[(q, "wrong")] == per_question[(q, "good")] == 3, q
        assert per_question[(q, "partial")] == per_question[(q, "off_topic")] == 1, q
        langs = {a["lang"] for a in set_k if a["question"] == q and a["label"] == "wrong"}
        assert langs == {"en", "zh"}, q
        assert sum(a["lang"] == "zh" for a in set_k if a["question"] == q and a["label"] == "good") == 2, q
    scores, misses = evaluate(set_k, by_id)
    f = scores[("tune", "all")].figures()
    assert f["wrong_suggested_again"] >= 35 / 36 and f["good_suggested_again"] == 0, f
    assert f["wrong_suggested_good_or_better"] == 0, f
    assert f["good_suggested_good_or_better"] >= 34 / 36 and f["partial_suggested_hard"] == 1.0, f
    assert f["off_topic_suggested_again"] >= 10 / 12, f
    assert all(m["suggested"] == 2 for m in misses), misses
