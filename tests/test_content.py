"""The built-in banks: valid, large enough, bilingual, and covering every item of the seed slides."""

from __future__ import annotations

from collections import Counter

import pytest

from rnnquiz.bank.loader import load_banks
from rnnquiz.bank.schema_names import KINDS, TOPICS
from rnnquiz.paths import questions_dir


@pytest.fixture(scope="module")
def banks():
    return load_banks([questions_dir()], use_cache=False)


def corpus(banks, lang=None) -> str:
    parts = []
    for q in banks.questions:
        for field in (q.prompt, q.answer):
            parts += [field[lang]] if lang else list(field.values())
        for key in ("options", "items"):
            for t in q.data.get(key, []):
                parts += list(t.values())
        for pair in q.data.get("pairs", []):
            parts += list(pair["left"].values()) + list(pair["right"].values())
        for p in q.data.get("key_points", []):
            parts += list(p["text"].values())
    return "\n".join(parts)


def test_every_bank_is_valid(banks):
    assert not banks.problems, "\n".join(map(str, banks.problems))


def test_counts(banks):
    assert len(banks.questions) >= 220
    per_topic = Counter(q.topic for q in banks.questions)
    assert set(per_topic) == set(TOPICS)
    assert min(per_topic.values()) >= 10, per_topic
    per_kind = Counter(q.kind for q in banks.questions)
    assert set(per_kind) == set(KINDS), per_kind


def test_every_topic_mixes_kinds_and_difficulties(banks):
    for topic in TOPICS:
        qs = [q for q in banks.questions if q.topic == topic]
        assert len({q.kind for q in qs}) >= 3, topic
        assert len({q.difficulty for q in qs}) >= 2, topic


def test_bilingual_everywhere(banks):
    import re

    han = re.compile(r"[\u4e00-\u9fff]")
    for q in banks.questions:
        assert han.search(q.prompt["zh"]) and han.search(q.answer["zh"]), f"{q.origin}: zh text has no Chinese"
        for p in q.data.get("key_points", []) + q.data.get("misconceptions", []):
            assert han.search(p["text"]["zh"]), q.origin
            for concept in p["claim"]:
                assert concept["en"] and concept["zh"], q.origin


def test_files_carry_the_schema_modeline_and_version():
    for path in sorted(questions_dir().glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "# yaml-language-server: $schema=./bank.schema.json", path.name
        assert "format_version: 2" in lines[:4], path.name
        topic = path.stem
        if topic == "field":  # the field-wide misconceptions: no questions, so no topic
            assert "questions:" not in path.read_text(encoding="utf-8")
            continue
        assert topic in TOPICS, f"{path.name}: file names are topic ids"


def test_open_questions_recognise_their_own_model_answer(banks):
    """Each model answer, in each language, is judged Good and trips none of its own misconceptions."""
    from rnnquiz.rubric.judge import GOOD, judge_open

    failures = []
    for q in banks.questions:
        if q.kind != "open":
            continue
        for lang in ("en", "zh"):
            j = judge_open(q, q.answer[lang])
            if j.suggested_rating < GOOD:
                failures.append(f"{q.id} ({lang}): {j.reason}, covers {sum(j.covered)}/{len(j.covered)}, "
                                f"misconceptions {[m.text['en'] for m in j.misconceptions]}")
    assert not failures, "\n".join(failures)


def test_open_questions_have_rubrics_worth_the_name(banks):
    opens = [q for q in banks.questions if q.kind == "open"]
    assert all(2 <= len(q.data["key_points"]) <= 6 for q in opens)
    with_misconceptions = sum(bool(q.data.get("misconceptions")) for q in opens)
    assert with_misconceptions >= 0.8 * len(opens), f"only {with_misconceptions}/{len(opens)} open questions list misconceptions"


def test_true_false_is_balanced(banks):
    tf = [q for q in banks.questions if q.kind == "truefalse"]
    share = sum(q.data["correct"] for q in tf) / len(tf)
    assert 0.4 <= share <= 0.6, f"{share:.0%} of {len(tf)} true/false questions are true"


def test_enough_questions(banks):
    assert len(banks.questions) >= 330


SEED_FACTS = [
    # history
    "Hopfield", "1982", "Jordan", "1986", "Elman", "1990", "Hochreiter", "1997", "Schuster", "Paliwal", "BERT", "2018",
    "Seq2Seq", "2014",
    # why RNNs, NLP challenges
    "我们这边快完了", "我们好多了", "1-D", "分词", "新词",
    # applications
    "speech recognition", "machine translation", "image caption", "video",
    # cells
    "W_aa", "W_ya", "Γu", "Γf", "Γo", "小明", "ICDAR", "2009", "tanh(c",
    # bidirectional, deep
    "W_y", "bidirectional", "stack",
    # embeddings: the fruit table and its numbers, one-hot problems, Keras
    "one-hot", "Keras", "苹果", "香蕉", "橙子", "葡萄", "0.99", "0.98", "0.95", "0.12",
    # the four RNN types with their applications
    "one-to-many", "many-to-one", "情绪", "文档分类", "金融", "时间序列", "音乐", "诗歌", "机器翻译",
    # attention and its reference
    "Mnih", "Heess", "Graves", "Recurrent Models of Visual Attention", "2204", "Bahdanau", "Luong",
    # beyond the slides
    "teacher forcing", "beam search", "Transformer", "exploding", "clipping", "BPTT",
]


@pytest.mark.parametrize("fact", SEED_FACTS)
def test_seed_item_is_asked_about(banks, fact):
    assert fact.lower() in corpus(banks).lower(), f"no question mentions {fact!r}"


def test_follow_ups_resolve(banks):
    ids = {q.id for q in banks.questions}
    for q in banks.questions:
        for ref in q.follow_ups:
            assert ref in ids, f"{q.origin}: follow-up {ref} does not exist"
