"""The learner's drill files, and the state kept between runs (hints shown, solution viewed, status).

Layout under data_home()/workspace:
    numpy/<drill_stem>.py, torch/<drill_stem>.py    the learner's copies, created from the stubs
The state lives in the progress database (tables drill_state, drill_status, drill_marks); an
older `state.json` here was imported once and renamed `state.json.imported.bak`.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

from rnnquiz.drills.text import Msg
from rnnquiz.errors import ProgressError
from rnnquiz.paths import data_home

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
    """The learner's per-drill facts (hints, solution viewed, status per track), kept in the progress database.

    Each change is one committed transaction of its own, so drill runs at the same time lose nothing.
    """

    def __init__(self, states: dict[str, dict] | None = None):
        self._states = states  # a snapshot for reading many drills at once (`drill list`)

    @classmethod
    def snapshot(cls) -> "DrillState":
        """Read every drill's state once."""
        with _store() as store:
            return cls(store.drill_states())

    def _entry(self, drill_id: str) -> dict:
        if self._states is not None:
            return self._states.get(drill_id, {})
        with _store() as store:
            return store.drill_states(drill_id).get(drill_id, {})

    def hints_used(self, drill_id: str) -> int:
        return self._entry(drill_id).get("hints_used", 0)

    def solution_viewed(self, drill_id: str) -> bool:
        return bool(self._entry(drill_id).get("solution_viewed", False))

    def status(self, drill_id: str, track: str) -> str:
        """Return not-started, failed or passed for one track."""
        return self._entry(drill_id).get("status", {}).get(track, "not-started")

    def use_hint(self, drill_id: str, available: int) -> int:
        """Count one more hint (up to the number available); return the 1-based hint to show."""
        with _store() as store:
            return store.use_hint(drill_id, available)


def seconds_since_start(entry: dict) -> float:
    """Seconds the current attempt of a drill has lasted (0 when not started; at most a day)."""
    started = entry.get("started_at") or time.time()
    return max(0.0, min(time.time() - started, 24 * 3600.0))


def _store():  # noqa: ANN202
    from rnnquiz.progress.store import ProgressStore

    return ProgressStore.open()
