"""Watch mode's core: grade again on every save, a new save cancelling the grading in progress.

The file's folder is watched, not the file: vim and others replace the file on save, which ends a
watch on the file itself. WATCHFILES_FORCE_POLLING=1 helps on WSL and network drives. Gradings
run in a background thread so the watch (and a front end's keys) stay responsive; only the
verdict of the latest save is reported.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable


def watch_file(path: Path, on_save: Callable[[], None], *, stop_event=None, debounce_ms: int = 50) -> None:  # noqa: ANN001
    """Run `on_save()` after each save of `path` until interrupted (or until `stop_event` is set)."""
    from watchfiles import watch

    target = Path(path).resolve()

    def is_target(_change, changed: str) -> bool:  # noqa: ANN001
        return Path(changed).resolve() == target

    for _ in watch(target.parent, watch_filter=is_target, stop_event=stop_event, debounce=debounce_ms, step=20,
                   recursive=False, raise_interrupt=True):
        if target.exists():  # a rename-save briefly removes the file
            on_save()


class WatchLoop:
    """Grades with `regrader` now and after every save; `on_report(report)` gets each verdict that is still current."""

    def __init__(self, regrader, on_report: Callable, on_start: Callable[[], None] | None = None):
        self.regrader, self.on_report, self.on_start = regrader, on_report, on_start
        self.stop = threading.Event()
        self._report_lock = threading.Lock()

    def kick(self) -> None:
        """Cancel the grading in progress (if any) and start a new one."""
        self.regrader.cancel()
        threading.Thread(target=self._grade, daemon=True).start()

    def _grade(self) -> None:
        if self.on_start is not None:
            self.on_start()
        report = self.regrader.grade()
        if report is not None and not self.stop.is_set():
            with self._report_lock:
                self.on_report(report)

    def run(self) -> None:
        """Grade now, then after every save, until `stop` is set (KeyboardInterrupt passes through)."""
        try:
            self.kick()
            watch_file(self.regrader.file, self.kick, stop_event=self.stop)
        finally:
            self.stop.set()
            self.regrader.close()
