"""Measure the open-answer judge against labeled candidate answers (the benchmark in tests/data/answers).

Each labeled answer expects a grade: good → Good (Hard is within one grade), partial → Hard,
wrong and off_topic → Again. The questions are split once, by a hash of their id, into a part the
rubrics may be tuned on (`dev`) and a held-out part (`test`) whose figures are the ones reported.
Answers in tests/data/tuning were written afterwards by another writer for the held-out questions,
to tune their rubrics on (`tune`) without ever reading the held-out answers.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

LABEL_GRADE = {"good": 3, "partial": 2, "wrong": 1, "off_topic": 1}
TEST_SHARE = 0.4


def split_of(question_id: str) -> str:
    """Return 'test' for the held-out ~40% of questions, 'dev' for the rest (stable across runs)."""
    h = int(hashlib.sha256(question_id.encode()).hexdigest()[:8], 16)
    return "test" if h % 100 < TEST_SHARE * 100 else "dev"


@dataclass
class Scores:
    """Counts of suggested grades per label, for one slice of the benchmark."""

    by_label: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    within_one: int = 0
    total: int = 0

    def add(self, label: str, grade: int) -> None:
        self.by_label[label][grade] += 1
        self.total += 1
        self.within_one += abs(grade - LABEL_GRADE[label]) <= 1

    def share(self, label: str, grades) -> float | None:  # noqa: ANN001
        c = self.by_label.get(label)
        n = sum(c.values()) if c else 0
        return sum(c[g] for g in grades) / n if n else None

    def figures(self) -> dict:
        return {
            "answers": self.total,
            "good_suggested_good_or_better": self.share("good", (3, 4)),
            "good_suggested_again": self.share("good", (1,)),
            "wrong_suggested_again": self.share("wrong", (1,)),
            "wrong_suggested_good_or_better": self.share("wrong", (3, 4)),
            "partial_suggested_hard": self.share("partial", (2,)),
            "off_topic_suggested_again": self.share("off_topic", (1,)),
            "within_one_grade": self.within_one / self.total if self.total else None,
            "counts": {label: dict(sorted(c.items())) for label, c in sorted(self.by_label.items())},
        }


def load_answers(folder: Path, split: str | None = None) -> list[dict]:
    """Read every labeled answer file in `folder` (with `split`, all of them belong to that split)."""
    import yaml

    answers = []
    for path in sorted(folder.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for a in doc["answers"]:
            answers.append({**a, "file": path.name, **({"split": split} if split else {})})
    return answers


def evaluate(answers: list[dict], by_id: dict) -> tuple[dict[tuple[str, str], Scores], list[dict]]:
    """Judge every answer; return scores per (split, lang) — with 'all' rows — and the misjudged ones."""
    from rnnquiz.rubric.judge import judge_open

    scores: dict[tuple[str, str], Scores] = defaultdict(Scores)
    misses = []
    for a in answers:
        q = by_id[a["question"]]
        j = judge_open(q, a["text"])
        split = a.get("split") or split_of(q.id)
        for key in ((split, a["lang"]), (split, "all"), ("all", a["lang"]), ("all", "all")):
            scores[key].add(a["label"], j.suggested_rating)
        if abs(j.suggested_rating - LABEL_GRADE[a["label"]]) >= 1:
            misses.append({**a, "split": split, "suggested": j.suggested_rating, "reason": j.reason,
                           "covered": j.covered, "misconceptions": [m.text["en"] for m in j.misconceptions]})
    return scores, misses
