"""Record drill results in the progress store (spaced repetition), once per attempt.

A pass is recorded once per passing file version, rated by the hints used and whether the
solution was viewed. A failing run is recorded as a failed review (Again) at most once per drill
and day, so a learner who gives up still sees the drill come back, while the many failing saves of
one sitting (`--watch`) do not each count. Viewing the solution before passing records a failed
attempt once. "Already recorded" is a mark written in the same transaction as the answer, so
runs at the same time record an attempt once, and every run's status is kept.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from rnnquiz.drills.workspace import file_digest, seconds_since_start


def record_grade(drill, report) -> bool:  # noqa: ANN001
    """Update the drill's status and record a new pass or today's first failure; return whether recorded."""
    from rnnquiz.progress.store import ProgressStore

    if report.outcome == "not-started":
        return False
    with ProgressStore.open() as store:
        store.set_drill_status(drill.id, report.track, "passed" if report.passed else "failed")
        if report.passed:
            mark, detail = f"pass:{file_digest(Path(report.file))}", {"track": report.track, "seed": report.seed}
        else:
            today = datetime.now(timezone.utc).date().isoformat()
            mark, detail = f"fail:{today}", {"track": report.track, "seed": report.seed, "outcome": report.outcome}
        with store.claiming(mark):
            recorded = _record(store, drill, passed=report.passed, detail=detail)
        if recorded and report.passed:
            store.restart_drill_attempt(drill.id)  # the next attempt's clock starts afresh
    return recorded


def record_solution_viewed(drill) -> bool:  # noqa: ANN001
    """Mark the solution viewed; before any pass, record the attempt as failed (once). Return whether recorded."""
    from rnnquiz.progress.store import ProgressStore

    with ProgressStore.open() as store:
        first_time = store.view_solution(drill.id)
        status = store.drill_states(drill.id).get(drill.id, {}).get("status", {})
        if first_time and "passed" not in status.values():
            return _record(store, drill, passed=False, detail={"solution_viewed": True})
    return False


def _record(store, drill, *, passed: bool, detail: dict) -> bool:  # noqa: ANN001
    from rnnquiz.progress.scheduler import rating_for_drill

    entry = store.drill_states(drill.id).get(drill.id, {})
    hints, viewed = entry.get("hints_used", 0), bool(entry.get("solution_viewed"))
    return store.record_answer(
        item_id=drill.id, item_type="drill", kind="drill", correct=passed,
        rating=int(rating_for_drill(passed, hints, viewed)), duration_s=seconds_since_start(entry),
        hints_used=hints, mode="drill", topic=drill.spec.topic, detail=detail,
    )
