"""The learner's drill files and the small state kept between runs (hints shown, solution viewed, status).

Layout under data_home()/workspace:
    numpy/<drill_stem>.py, torch/<drill_stem>.py    the learner's copies, created from the stubs
    state.json                                      {"version": 1, "drills": {id: {...}}}
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path

from rnnquiz.drills.text import Msg
from rnnquiz.errors import ProgressError
from rnnquiz.paths import data_home

STATE_VERSION = 1


def workspace_dir() -> Path:
    """Return the folder of the learner's drill files."""
    return data_home() / "workspace"


def workspace_file(drill, track: str) -> Path:
    """Return where the learner's copy of a drill lives."""
    return workspace_dir() / track / f"{drill.spec.stem}.py"


def ensure_workspace_file(drill, track: str) -> tuple[Path, bool]:
    """Return the learner's copy of a drill, creating it from the stub the first time (True when created)."""
    target = workspace_file(drill, track)
    if target.exists():
        return target, False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(drill.stub_path(track), target)
    except OSError as exc:
        raise ProgressError(Msg("drill.error.cannot-create", path=target, reason=exc.strerror)) from None
    return target, True


def file_digest(path: Path) -> str:
    """Return a short content hash of a file (to record a passing version once)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


class DrillState:
    """Per-drill facts remembered between runs; saved atomically."""

    def __init__(self, path: Path | None = None):
        self.path = path or workspace_dir() / "state.json"
        self.data = self._read()

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"version": STATE_VERSION, "drills": {}}
        except (OSError, ValueError) as exc:
            raise ProgressError(Msg("drill.error.state-unreadable", path=self.path, reason=exc)) from None
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION or not isinstance(data.get("drills"), dict):
            raise ProgressError(Msg("drill.error.state-version", path=self.path, version=STATE_VERSION))
        return data

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(self.data, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            raise ProgressError(Msg("drill.error.state-unwritable", path=self.path, reason=exc.strerror)) from None

    def entry(self, drill_id: str) -> dict:
        """Return (creating) the state of one drill."""
        return self.data["drills"].setdefault(drill_id, {"hints_used": 0, "solution_viewed": False, "status": {}})

    def hints_used(self, drill_id: str) -> int:
        return self.data["drills"].get(drill_id, {}).get("hints_used", 0)

    def use_hint(self, drill_id: str, available: int) -> int:
        """Count one more hint (up to the number available); return the 1-based hint to show."""
        entry = self.entry(drill_id)
        entry["hints_used"] = min(entry["hints_used"] + 1, available)
        self.started(drill_id)
        return entry["hints_used"]

    def solution_viewed(self, drill_id: str) -> bool:
        return bool(self.data["drills"].get(drill_id, {}).get("solution_viewed", False))

    def view_solution(self, drill_id: str) -> None:
        self.entry(drill_id)["solution_viewed"] = True

    def status(self, drill_id: str, track: str) -> str:
        """Return not-started, failed or passed for one track."""
        return self.data["drills"].get(drill_id, {}).get("status", {}).get(track, "not-started")

    def started(self, drill_id: str) -> None:
        self.entry(drill_id).setdefault("started_at", time.time())

    def seconds_since_start(self, drill_id: str) -> float:
        started = self.entry(drill_id).get("started_at", time.time())
        return max(0.0, min(time.time() - started, 24 * 3600.0))

    def set_status(self, drill_id: str, track: str, status: str) -> None:
        self.started(drill_id)
        self.entry(drill_id)["status"][track] = status

    def already_recorded(self, drill_id: str, digest: str) -> bool:
        return digest in self.entry(drill_id).get("recorded", [])

    def mark_recorded(self, drill_id: str, digest: str) -> None:
        """Remember a recorded pass (by file content) and start a fresh attempt."""
        entry = self.entry(drill_id)
        entry["recorded"] = (entry.get("recorded", []) + [digest])[-20:]
        entry.pop("started_at", None)

    def fail_recorded_on(self, drill_id: str, day: str) -> bool:
        return self.entry(drill_id).get("failed_on") == day

    def mark_fail_recorded(self, drill_id: str, day: str) -> None:
        """Remember that today's failed attempt is in the progress store (the attempt goes on)."""
        self.entry(drill_id)["failed_on"] = day
