"""The allowed-APIs check: a file that uses what its drill forbids fails, with the line and the name.

The parent reads the file first (`policy.scan`): a violation fails the drill without running the
file. What only shows at run time (the child's guard refused a forbidden object) fails it after
the run, whatever the values were. A file with no violation has no `apis` check in its report.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rnnquiz.drills.policy import Violation
from rnnquiz.drills.report import CHECK_IDS, Check, GradeReport
from rnnquiz.drills.text import Concat, FirstLine, Msg

_SHOWN = 3


def violation_message(violations: list[Violation]) -> Msg:
    """Return the message of the first few violations, one per line."""
    parts = [Msg(f"grader.apis.{v.kind}", line=v.line, name=v.name) for v in violations[:_SHOWN]]
    message = parts[0]
    for part in parts[1:]:
        message = Concat(message, "\n", part)
    if len(violations) > _SHOWN:
        message = Concat(message, Msg("grader.apis.more", n=len(violations) - _SHOWN))
    return message


def _failed(report: GradeReport, check: Check) -> GradeReport:
    summary = Msg("grader.summary.failed", check=Msg("drill.check-label.apis"), message=FirstLine(check.message))
    status = "error" if report.status == "error" else "fail"
    return replace(report, checks=[check, *report.checks], passed=False, status=status,
                   outcome="fault" if report.outcome == "fault" else "failed", summary=summary)


def refusal_report(drill, track: str, file: Path, violations: list[Violation], seed: int, reproduce: str) -> GradeReport:
    """Return the report of a file refused before it ran: the apis check fails, every other check is skipped."""
    spec = drill.spec
    skipped = [Check(c, "skip", Msg("grader.skip.apis")) for c in CHECK_IDS[1:]
               if c != "gradients" or (track == "torch" and spec.grad)]
    check = Check("apis", "fail", violation_message(violations), {"line": violations[0].line,
                                                                   "names": [v.name for v in violations]})
    report = GradeReport(drill=spec.id, track=track, file=str(file), function=spec.function, passed=False, status="fail",
                         outcome="failed", summary="", checks=skipped, seed=seed, reproduce=f"{reproduce} --seed {seed}")
    return _failed(report, check)


def with_runtime_use(report: GradeReport, used: list[str]) -> GradeReport:
    """Fail a report whose run reached a forbidden API (the child's guard noted it)."""
    if not used:
        return report
    message = Msg("grader.apis.runtime", name=", ".join(used))
    return _failed(report, Check("apis", "fail", message, {"names": list(used)}))
