"""Where built-in data, user data and caches live."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    # An installed wheel carries the data inside the package; a checkout has it beside the package.
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def questions_dir() -> Path:
    """Return the folder of the built-in question banks."""
    return _data_dir("questions")


def solutions_dir() -> Path:
    """Return the folder of the reference solutions."""
    return _data_dir("solutions")


def data_home() -> Path:
    """Return the folder for progress data: $RNNQUIZ_HOME or the platform's user data folder."""
    env = os.environ.get("RNNQUIZ_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("rnnquiz", appauthor=False)


def cache_dir() -> Path:
    """Return the folder for caches: $RNNQUIZ_CACHE_DIR, else under $RNNQUIZ_HOME, else the platform's."""
    env = os.environ.get("RNNQUIZ_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    home = os.environ.get("RNNQUIZ_HOME")
    if home:
        return Path(home).expanduser() / "cache"
    import platformdirs

    return platformdirs.user_cache_path("rnnquiz", appauthor=False)
