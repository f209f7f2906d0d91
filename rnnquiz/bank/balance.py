"""Checks that a bank cannot be passed by a habit: true/false questions shared fairly between true and false."""

from __future__ import annotations

from collections import defaultdict

from rnnquiz.bank.model import Question

TRUE_SHARE = (0.35, 0.65)
MIN_TRUE_FALSE = 4  # below this a share says little (3 questions cannot be balanced)


def true_false_warnings(questions: list[Question]) -> list[str]:
    """Warn about each bank file whose true/false answers lean one way (answering always 'f' would pay)."""
    per_file: dict[str, list[bool]] = defaultdict(list)
    for q in questions:
        if q.kind == "truefalse":
            per_file[q.origin.rpartition(":")[0]].append(bool(q.data["correct"]))
    warnings = []
    for path, answers in sorted(per_file.items()):
        share = sum(answers) / len(answers)
        if len(answers) >= MIN_TRUE_FALSE and not TRUE_SHARE[0] <= share <= TRUE_SHARE[1]:
            warnings.append(f"{path}: {sum(answers)} of {len(answers)} true/false questions are true ({share:.0%}); "
                            f"keep it between {TRUE_SHARE[0]:.0%} and {TRUE_SHARE[1]:.0%} by rewriting statements, "
                            "or a learner who always answers the same scores well without knowing anything")
    return warnings
