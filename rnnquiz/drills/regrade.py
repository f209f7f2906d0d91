"""Grade one file again and again (watch mode): plan and references once, children from a warm worker, cancellable.

`Regrader.grade()` is safe to call from a background thread; `cancel()` from another thread stops
the grading in progress (its child is killed at once) and makes that `grade()` return None, so a
new save never waits for the old run's timeout.
"""

from __future__ import annotations

import threading
from pathlib import Path

from rnnquiz.drills import apis
from rnnquiz.drills.grade import Prepared, default_reproduce, grade_prepared, prepare, refused_uses
from rnnquiz.drills.loader import Drill
from rnnquiz.drills.report import GradeReport
from rnnquiz.grader.sandbox import Limits


class Regrader:
    """Grades `file` against `drill` each time `grade()` is called, reusing everything that does not change."""

    def __init__(self, drill: Drill, file: Path, track: str, limits: Limits, *, seed: int = 0, case: int | None = None,
                 reproduce: str | None = None, strict: bool = False):
        from rnnquiz.grader.warm import WarmWorker

        drill.check_track(track)
        self.drill, self.file, self.track, self.limits, self.seed, self.case = drill, Path(file), track, limits, seed, case
        self.reproduce = reproduce or default_reproduce(drill, self.file, track)
        self.strict = strict
        self.worker = None if strict else WarmWorker(track)  # strict grading always starts a fresh sandbox
        if self.worker is not None:
            self.worker.start()  # its imports overlap with planning and the references
        self._prepared: Prepared | None = None
        self._lock = threading.Lock()
        self._run = None
        self._generation = 0

    def prepared(self) -> Prepared:
        if self._prepared is None:
            self._prepared = prepare(self.drill, self.track, self.seed, self.case, strict=self.strict)
        return self._prepared

    def grade(self) -> GradeReport | None:
        """Grade the file as it is now; None when `cancel()` was called meanwhile."""
        with self._lock:
            self._generation += 1
            generation = self._generation
        refused = refused_uses(self.drill, self.file, strict=self.strict)
        if refused:
            return apis.refusal_report(self.drill, self.track, self.file, refused, self.seed, self.reproduce)

        def started(run) -> None:  # noqa: ANN001
            with self._lock:
                if generation != self._generation:
                    run.kill()
                self._run = run

        report = grade_prepared(self.drill, self.prepared(), self.file, self.limits, self.reproduce,
                                strict=self.strict, launcher=self.worker, on_run=started)
        with self._lock:
            self._run = None
            return report if generation == self._generation else None

    def cancel(self) -> None:
        """Stop the grading in progress, if any; its `grade()` returns None."""
        with self._lock:
            self._generation += 1
            run = self._run
        if run is not None:
            run.kill()

    def close(self) -> None:
        """Stop the warm worker and remove the prepared inputs."""
        self.cancel()
        if self.worker is not None:
            self.worker.close()
        if self._prepared is not None:
            self._prepared.close()
