"""Points for a graded drill: the drill's points shared among its checks by weight, for class grading.

A check earns its share when it passes; a failed, erroring or skipped check earns nothing. Using
an API the drill forbids earns nothing at all. `drill.yaml` may set `grading: {points, weights}`;
the weights below are the default (the values check carries most of the credit). An untouched
stub earns nothing, though its signature is right.
"""

from __future__ import annotations

from dataclasses import dataclass

from rnnquiz.drills.report import GradeReport
from rnnquiz.drills.text import Msg, render

DEFAULT_WEIGHTS = {"signature": 1.0, "implemented": 1.0, "outputs": 1.0, "finite": 1.0, "values": 4.0,
                   "inputs-unchanged": 1.0, "batch-independent": 1.0, "deterministic": 1.0, "gradients": 2.0}


@dataclass(frozen=True)
class TestScore:
    """One check as a scored test (Gradescope's `tests[]`)."""

    check: str
    name: str
    score: float
    max_score: float
    passed: bool
    output: str


def weights(spec, track: str) -> dict[str, float]:
    """Return the weight of every scored check of this drill on this track."""
    table = {**DEFAULT_WEIGHTS, **(spec.weights or {})}
    if not (track == "torch" and spec.grad):
        table.pop("gradients", None)
    return {k: v for k, v in table.items() if v > 0}


def _round(x: float) -> float:
    return round(x + 0.0, 4)  # + 0.0 turns -0.0 into 0.0


def score(report: GradeReport | None, spec, track: str, lang: str = "en", missing: str = "") -> list[TestScore]:
    """Return one scored test per weighted check (all zero for a missing submission or a forbidden API)."""
    table = weights(spec, track)
    total = sum(table.values())
    apis = report.check("apis") if report is not None else None
    refused = apis is not None and apis.status != "pass"
    untouched = report is not None and report.outcome == "not-started"
    tests = []
    for check_id, weight in table.items():
        share = spec.points * weight / total
        check = report.check(check_id) if report is not None else None
        passed = check is not None and check.status == "pass" and not refused and not untouched
        if check is None:
            output = missing
        else:
            output = render(check.message, lang) if check.message else ""
            if refused and check.status == "pass":
                output = render(apis.message, lang)
        title = render(Msg(f"drill.check.{check_id}"), lang)
        tests.append(TestScore(check_id, f"{spec.id}: {title}", share if passed else 0.0, share, passed, str(output)))
    return tests


def totals(tests: list[TestScore]) -> tuple[float, float]:
    """Return (score, max_score) of a list of tests, rounded for display (each test keeps its exact share)."""
    return _round(sum(t.score for t in tests)), _round(sum(t.max_score for t in tests))
