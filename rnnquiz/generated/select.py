"""Choose templates for a session and draw their instances, reproducibly with a seed."""

from __future__ import annotations

import math
import random

from rnnquiz.bank.model import Question
from rnnquiz.generated.draw import KIND_OF_ANSWER, instantiate
from rnnquiz.generated.loader import ITEM_PREFIX, GenTemplate


def _rng(seed: int | None, purpose: str) -> random.Random:
    return random.Random(f"{purpose}:{seed}") if seed is not None else random.Random()


def filter_templates(templates: list[GenTemplate], *, topics=(), kinds=(), difficulties=(), tags=(), ids=()) -> list[GenTemplate]:  # noqa: ANN001
    """Return the templates that pass every filter (ids with or without the `gen:` prefix, in the order given).

    Raises:
        UsageError: an unknown topic, kind, tag or template id, with the closest known one.
    """
    from rnnquiz.bank.select import _resolve
    from rnnquiz.bank.schema_names import TOPICS

    topics = _resolve(topics, set(TOPICS), "topic", "topics: " + ", ".join(TOPICS))
    kinds = _resolve(kinds, set(KIND_OF_ANSWER.values()), "kind of generated question", "kinds: numeric, shape, choice")
    tags = _resolve(tags, {g for t in templates for g in t.tags}, "tag", "`rnnquiz ask --generated --reveal` shows the tags")
    wanted = _resolve([i.removeprefix(ITEM_PREFIX) for i in ids], {t.id for t in templates}, "template id",
                      "`rnnquiz ask --generated --reveal --json` lists them")
    chosen = [t for t in templates
              if (not topics or t.topic in topics) and (not kinds or KIND_OF_ANSWER[t.answer_kind] in kinds)
              and (not difficulties or t.difficulty in difficulties) and (not tags or any(g in t.tags for g in tags))
              and (not wanted or t.id in wanted)]
    if wanted:
        chosen.sort(key=lambda t: wanted.index(t.id))
    return chosen


def draw_session(templates: list[GenTemplate], count: int, seed: int | None, *, in_order: bool = False) -> list[Question]:
    """Draw `count` questions: every template once (shuffled) before any comes back, fresh sizes each time."""
    rng = _rng(seed, "generated")
    chosen: list[Question] = []
    while templates and len(chosen) < count:
        round_ = list(templates)
        if not in_order:
            rng.shuffle(round_)
        chosen.extend(instantiate(t, rng) for t in round_[: count - len(chosen)])
    return chosen


def mock_pool(templates: list[GenTemplate], count: int, seed: int | None) -> list[Question]:
    """Enough instances of every template for a balanced mock interview of `count` questions."""
    per_template = max(1, math.ceil(count / max(1, len(templates))))
    return draw_session(templates, per_template * len(templates), seed)


def mix_in(bank_questions: list[Question], generated: list[Question], ratio: float, seed: int | None) -> list[Question]:
    """Replace round(ratio · N) of a session's N questions by generated ones, spread through the session."""
    n = len(bank_questions)
    k = min(len(generated), round(ratio * n))
    if k == 0:
        return bank_questions
    rng = _rng(seed, "mix")
    slots = set(rng.sample(range(n), k))
    pool = iter(generated)
    return [next(pool) if i in slots else q for i, q in enumerate(bank_questions)]


def instances_for_review(templates: list[GenTemplate], seen_ids: set[str], seed: int | None) -> list[Question]:
    """One fresh instance of every template already practised (review serves those that are due)."""
    practised = [t for t in templates if t.item_id in seen_ids]
    return draw_session(practised, len(practised), seed, in_order=True)
