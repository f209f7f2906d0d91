"""Grade every submission of a class in strict mode, several at once, each drill planned only once.

The plan and the references of a drill are computed once and shared by every student; each
submission gets its own sandboxed child. Nothing is recorded in anyone's progress.
"""

from __future__ import annotations

import os
import shlex
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from rnnquiz.classroom.submissions import Submission
from rnnquiz.drills import scoring
from rnnquiz.drills.messages import FAULT_KINDS
from rnnquiz.drills.report import GradeReport
from rnnquiz.drills.text import FirstLine, Msg, Pick, render


@dataclass
class Result:
    """One student's outcome on one drill: the report (None when there was no file), scores and the mistake."""

    submission: Submission
    track: str
    report: GradeReport | None
    tests: list = field(default_factory=list)
    score: float = 0.0
    max_score: float = 0.0
    seconds: float = 0.0
    mistake: str = ""  # a catalogued mistake id, a fault kind, forbidden-api, missing, ... ("" when passed)
    mistake_text: str = ""  # the same, said in words

    @property
    def student(self) -> str:
        return self.submission.student

    @property
    def drill(self) -> str:
        return self.submission.drill

    @property
    def passed(self) -> bool:
        return self.report is not None and self.report.passed

    @property
    def status(self) -> str:
        """passed, failed, error (a timeout, a crash: the code did not run to the end) or missing."""
        if self.report is None:
            return "missing"
        return "passed" if self.report.passed else "error" if self.report.status == "error" else "failed"


_PROBLEMS = {"missing": "class.problem.missing", "unreadable": "class.problem.unreadable", "link": "class.problem.link"}


def classify(report: GradeReport | None, problem: str, lang: str) -> tuple[str, str]:
    """Return (mistake, words) for a result: what the class histogram counts."""
    if report is None:
        return problem, render(Msg(_PROBLEMS.get(problem, "class.problem.missing")), lang)
    if report.passed:
        return "", ""
    apis = report.check("apis")
    if apis is not None and apis.status != "pass":
        return "forbidden-api", str(render(FirstLine(apis.message), lang))
    if report.fault:
        kind = report.fault["kind"]
        return kind, render(Msg(f"class.fault.{kind}" if kind in FAULT_KINDS else "class.fault.internal"), lang)
    diagnosis = report.diagnosis
    if diagnosis and diagnosis.mistake:
        return diagnosis.mistake["id"], str(render(Pick(diagnosis.mistake["title"]), lang))
    if diagnosis and diagnosis.block_order:
        return "gate-order", render(Msg("class.mistake.gate-order", order=",".join(diagnosis.block_order)), lang)
    if report.outcome == "not-started":
        return "not-started", render(Msg("class.mistake.not-started"), lang)
    first = next((c for c in report.checks if c.status in ("fail", "error")), None)
    if first is None:
        return "failed", ""
    text = str(render(FirstLine(first.message), lang))
    text = text if len(text) <= 160 else text[:159] + "…"
    return f"unnamed:{first.id}", f"{render(first.label, lang)}: {text}"


def _result(sub: Submission, drill, track: str, report: GradeReport | None, seconds: float, lang: str) -> Result:
    tests = scoring.score(report, drill.spec, track, lang, missing=render(Msg(_PROBLEMS.get(sub.problem, "class.problem.missing")), lang))
    got, out_of = scoring.totals(tests)
    mistake, words = classify(report, sub.problem, lang)
    return Result(sub, track, report, tests, got, out_of, round(seconds, 3), mistake, words)


def grade_class(submissions: list[Submission], drills: dict, track: str, *, jobs: int | None = None, seed: int = 0,
                lang: str = "en", timeout: float | None = None, on_result=None) -> list[Result]:
    """Grade every submission strictly, `jobs` at a time; call `on_result(result)` as each one ends.

    Raises:
        StrictUnavailable: bubblewrap cannot run here (checked before anything is graded).
        TrustedCodeError: a drill's own reference is broken.
    """
    from rnnquiz.drills.grade import DEFAULT_TIMEOUT, grade_submission, prepare
    from rnnquiz.grader.sandbox import Limits
    from rnnquiz.grader.strict import check

    check()
    prepared = {d: prepare(drills[d], track, seed, strict=True) for d in sorted({s.drill for s in submissions})}
    limits = Limits(timeout_s=timeout or DEFAULT_TIMEOUT[track])

    def one(sub: Submission) -> Result:
        drill = drills[sub.drill]
        if sub.file is None:
            result = _result(sub, drill, track, None, 0.0, lang)
        else:
            suffix = " --track torch" if track == "torch" else ""
            reproduce = f"rnnquiz drill {drill.id} --file {shlex.quote(sub.file.name)}{suffix} --strict"
            started = time.perf_counter()
            report = grade_submission(drill, sub.file, track, seed=seed, limits=limits, reproduce=reproduce, strict=True,
                                      prepared=prepared[sub.drill])
            result = _result(sub, drill, track, report, time.perf_counter() - started, lang)
        if on_result is not None:
            on_result(result)
        return result

    with ThreadPoolExecutor(max_workers=max(1, jobs or os.cpu_count() or 1)) as pool:
        return list(pool.map(one, submissions))
