"""A cache of what was derived from a data file (validated banks, drill specs), keyed by its version.

An entry is valid while the file keeps its path, size and modification time and rnnquiz its
version; anything else (a missing, stale, unreadable or read-only cache) just means recomputing.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from rnnquiz import __version__
from rnnquiz.paths import cache_dir


def stamp(source: Path) -> list:
    """The version of `source` a cache entry is valid for; take it before reading the file, so that
    a change while it is being read leaves an entry no later version matches."""
    st = source.stat()
    return [__version__, str(source), st.st_mtime_ns, st.st_size]


def _entry(kind: str, source: Path, key: list | None = None) -> tuple[Path, list]:
    digest = hashlib.sha1(str(source).encode()).hexdigest()[:16]
    return cache_dir() / kind / f"{source.parent.name}-{source.stem}-{digest}.json", key or stamp(source)


def read_cached(kind: str, source: Path):  # noqa: ANN201
    """Return what was cached for this version of `source`, or None."""
    try:
        target, key = _entry(kind, source)
        cached = json.loads(target.read_text(encoding="utf-8"))
        return cached["data"] if cached.get("key") == key else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_cached(kind: str, source: Path, data: object, version: list | None = None) -> None:
    """Cache JSON-serialisable `data` derived from `source` as it was at `version` (its `stamp` taken
    before it was read; by default, now), atomically."""
    try:
        target, key = _entry(kind, source, version)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"key": key, "data": data}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # a read-only cache folder only costs speed
