"""`rnnquiz drill NAME --watch`: the verdict on every save, like rustlings.

A save cancels the grading in progress; the screen is cleared before each verdict (unless
--no-clear or the output is not a terminal) and a status line with the keys stays under it;
`h` shows the next hint and `q` quits, read without Enter; Ctrl-C exits 130.
"""

from __future__ import annotations

import os
import select
import sys
import threading
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def _single_keys(fd: int):  # noqa: ANN201
    """Read keys one by one without Enter (cbreak mode: Ctrl-C still interrupts), restoring the terminal after."""
    import termios
    import tty

    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def _read_keys(fd: int, stop: threading.Event, on_key) -> None:  # noqa: ANN001
    while not stop.is_set():
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            key = os.read(fd, 1)
            if not key:
                return
            on_key(key.decode("utf-8", "replace").lower())


def watch_drill(drill, path: Path, track: str, *, seed: int, case, timeout, reproduce: str, strict: bool, lang: str,
                json_out: bool, clear: bool, show, next_hint) -> None:
    """Watch `path` and show a verdict after every save until q or Ctrl-C."""
    from rnnquiz.cli.console import out
    from rnnquiz.drills.grade import DEFAULT_TIMEOUT
    from rnnquiz.drills.regrade import Regrader
    from rnnquiz.drills.watch import WatchLoop
    from rnnquiz.grader.sandbox import Limits
    from rnnquiz.i18n import Messages

    t = Messages(lang)
    console = out()
    terminal = console.is_terminal and not json_out
    regrader = Regrader(drill, path, track, Limits(timeout_s=timeout or DEFAULT_TIMEOUT[track]), seed=seed, case=case,
                        reproduce=reproduce, strict=strict)
    keys = terminal and sys.stdin.isatty()
    status = t("drill.watch.status-keys" if keys else "drill.watch.status", path=path)
    lock = threading.Lock()

    def on_start() -> None:
        if terminal:
            with lock:
                console.print(t("drill.watch.grading", path=path.name), markup=False, style="dim")

    def on_report(report) -> None:  # noqa: ANN001
        with lock:
            if terminal and clear:
                console.clear()
            show(report)
            if not json_out:
                console.print(status, markup=False, style="dim")

    loop = WatchLoop(regrader, on_report, on_start)

    def on_key(key: str) -> None:
        if key == "q":
            loop.stop.set()
        elif key == "h":
            with lock:
                next_hint()
                console.print(status, markup=False, style="dim")

    if not keys:
        loop.run()
        return
    fd = sys.stdin.fileno()
    with _single_keys(fd):
        reader = threading.Thread(target=_read_keys, args=(fd, loop.stop, on_key), daemon=True)
        reader.start()
        loop.run()
