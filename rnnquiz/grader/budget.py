"""What a grading child may spend, watched from the parent: output bytes, disk, and its life after the parent's."""

from __future__ import annotations

import ctypes
import os
import signal
import threading
from pathlib import Path


class Drain(threading.Thread):
    """Read a pipe to its end, keeping its first `keep` bytes; past `budget` bytes, stop the child once."""

    def __init__(self, fd: int, keep: int, budget: int, stop):
        super().__init__(daemon=True)
        self.fd, self.keep, self.budget, self.stop = fd, keep, budget, stop
        self.kept = bytearray()
        self.total = 0
        self.exceeded = False

    def run(self) -> None:
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            self.total += len(chunk)
            room = self.keep - len(self.kept)
            if room > 0:
                self.kept += chunk[:room]
            if self.total > self.budget and not self.exceeded:
                self.exceeded = True
                self.stop()


class DiskWatch(threading.Thread):
    """Stop the child once everything in its job folder adds up to more than the cap."""

    def __init__(self, folder: Path, cap: int, stop, done: threading.Event):
        super().__init__(daemon=True)
        self.folder, self.cap, self.stop, self.done = folder, cap, stop, done
        self.exceeded = False

    def run(self) -> None:
        while not self.done.wait(0.05):
            if _folder_bytes(self.folder) > self.cap:
                self.exceeded = True
                self.stop()
                return


def _folder_bytes(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_blocks * 512
            except OSError:
                pass
    return total


def die_with_parent():  # noqa: ANN202
    """Return a pre-exec function asking the kernel to kill the child when the grading parent dies."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here: the forked child only calls it
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig = 1

    def arm() -> None:
        prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)

    return arm
