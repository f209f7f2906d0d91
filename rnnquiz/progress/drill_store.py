"""The drill-state methods of `ProgressStore` (hints, solution viewed, status per track, recorded marks)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from rnnquiz.progress import drill_tables


class DrillStateMethods:
    """Mixed into ProgressStore: each method is one committed transaction of `drill_tables` SQL."""

    _claim: str | None = None

    def drill_states(self, drill_id: str | None = None) -> dict[str, dict]:
        """Return the state of every drill (or one): hints_used, solution_viewed, started_at, status per track."""
        with self._read() as conn:
            return drill_tables.state_of(conn, drill_id)

    def use_hint(self, drill_id: str, available: int) -> int:
        """Count one more hint of a drill (up to `available`); return the 1-based hint to show."""
        with self._write() as conn:
            return drill_tables.use_hint(conn, drill_id, available, time.time())

    def set_drill_status(self, drill_id: str, track: str, status: str) -> None:
        """Set a drill track's status: "failed" or "passed"."""
        with self._write() as conn:
            drill_tables.set_status(conn, drill_id, track, status, time.time())

    def view_solution(self, drill_id: str) -> bool:
        """Mark a drill's solution viewed; return whether this was the first time."""
        with self._write() as conn:
            return drill_tables.view_solution(conn, drill_id)

    def restart_drill_attempt(self, drill_id: str) -> None:
        """Stop a drill attempt's clock (after a recorded pass)."""
        with self._write() as conn:
            drill_tables.restart_attempt(conn, drill_id)

    @contextmanager
    def claiming(self, mark: str) -> Iterator[None]:
        """Make `record_answer` calls in the block record only if this drill mark is new (see record_answer)."""
        self._claim = mark
        try:
            yield
        finally:
            self._claim = None
