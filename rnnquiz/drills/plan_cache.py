"""Keep a prepared grading request on disk, so the child can start before the parent has imported numpy.

Generating the inputs needs numpy (and numpy.random), about 50 ms that would otherwise delay the
child. A request prepared by an earlier run is started at once; the parent then builds the plan
as usual and checks it is identical to what the child got, restarting the child if not. So the
cache can only save time, never change a verdict.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from rnnquiz import __version__
from rnnquiz.paths import cache_dir


def _paths(drill, track: str, seed: int, case: int | None) -> tuple[Path, Path]:
    stem = cache_dir() / "drills" / "plans" / f"{drill.id}-{track}-s{seed}-c{'all' if case is None else case}"
    return stem.with_suffix(".json"), stem.with_suffix(".npz")


def _key(drill) -> list:
    st = (drill.folder / "drill.yaml").stat()
    return [__version__, st.st_mtime_ns, st.st_size]


def load(drill, track: str, seed: int, case: int | None) -> tuple[dict, Path] | None:
    """Return a prepared suite (without jobs) and its inputs file, or None."""
    meta, npz = _paths(drill, track, seed, case)
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        if data.get("key") != _key(drill) or not npz.exists():
            return None
        return data["suite"], npz
    except (OSError, ValueError, KeyError):
        return None


def save(plan) -> None:
    """Keep the plan's suite and inputs for the next run with the same drill, track, seed and case."""
    import numpy as np

    meta, npz = _paths(plan.drill, plan.track, plan.seed, plan.case_only)
    try:
        meta.parent.mkdir(parents=True, exist_ok=True)
        tmp = npz.with_name(f"{npz.stem}.{os.getpid()}.tmp.npz")
        np.savez(tmp, **plan.arrays)
        os.replace(tmp, npz)
        tmp = meta.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"key": _key(plan.drill), "suite": plan.suite([])}), encoding="utf-8")
        os.replace(tmp, meta)
    except OSError:
        pass  # a read-only cache only costs speed


def matches(plan, suite: dict, npz: Path) -> bool:
    """Return whether a prepared suite and its inputs are exactly what `plan` would send."""
    import numpy as np

    from rnnquiz.grader.protocol import load_arrays

    if json.loads(json.dumps(plan.suite([]))) != suite:
        return False
    try:
        arrays = load_arrays(npz)
    except (OSError, ValueError):
        return False
    return arrays.keys() == plan.arrays.keys() and all(
        arrays[k].dtype == v.dtype and np.array_equal(arrays[k], v) for k, v in plan.arrays.items())
