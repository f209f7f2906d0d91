"""Record drill results in the progress store (spaced repetition), once per attempt.

A pass is recorded once per passing file version, rated by the hints used and whether the
solution was viewed. A failing run is recorded as a failed review (Again) at most once per drill
and day, so a learner who gives up still sees the drill come back, while the many failing saves of
one sitting (`--watch`) do not each count. Viewing the solution before passing records a failed
attempt once.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from rnnquiz.drills.workspace import DrillState, file_digest


def record_grade(drill, report, state: DrillState) -> bool:
    """Update the drill's status and record a new pass in the progress store; return whether recorded."""
    if report.outcome == "not-started":
        return False
    state.set_status(drill.id, report.track, "passed" if report.passed else "failed")
    recorded = False
    if report.passed:
        digest = file_digest(Path(report.file))
        if not state.already_recorded(drill.id, digest):
            _record(drill, state, passed=True, detail={"track": report.track, "seed": report.seed})
            state.mark_recorded(drill.id, digest)
            recorded = True
    else:
        today = datetime.now(timezone.utc).date().isoformat()
        if not state.fail_recorded_on(drill.id, today):
            _record(drill, state, passed=False, detail={"track": report.track, "seed": report.seed, "outcome": report.outcome})
            state.mark_fail_recorded(drill.id, today)
            recorded = True
    state.save()
    return recorded


def record_solution_viewed(drill, state: DrillState) -> bool:
    """Mark the solution viewed; before any pass, record the attempt as failed (once). Return whether recorded."""
    first_time = not state.solution_viewed(drill.id)
    state.view_solution(drill.id)
    passed = any(state.status(drill.id, t) == "passed" for t in drill.spec.tracks)
    recorded = False
    if first_time and not passed:
        _record(drill, state, passed=False, detail={"solution_viewed": True})
        recorded = True
    state.save()
    return recorded


def _record(drill, state: DrillState, *, passed: bool, detail: dict) -> None:
    from rnnquiz.progress.scheduler import rating_for_drill
    from rnnquiz.progress.store import ProgressStore

    hints = state.hints_used(drill.id)
    viewed = state.solution_viewed(drill.id)
    with ProgressStore.open() as store:
        store.record_answer(
            item_id=drill.id, item_type="drill", kind="drill", correct=passed,
            rating=int(rating_for_drill(passed, hints, viewed)), duration_s=state.seconds_since_start(drill.id),
            hints_used=hints, mode="drill", topic=drill.spec.topic, detail=detail,
        )
