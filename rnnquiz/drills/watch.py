"""Call back every time one file is saved, including by editors that save by writing a new file and renaming it."""

from __future__ import annotations

from pathlib import Path
from typing import Callable


def watch_file(path: Path, on_save: Callable[[], None], *, stop_event=None, debounce_ms: int = 300) -> None:  # noqa: ANN001
    """Run `on_save()` after each save of `path` until interrupted (or until `stop_event` is set).

    The folder is watched, not the file: vim and others replace the file on save, which ends a
    watch on the file itself. WATCHFILES_FORCE_POLLING=1 helps on WSL and network drives.
    """
    from watchfiles import watch

    target = Path(path).resolve()

    def is_target(_change, changed: str) -> bool:  # noqa: ANN001
        return Path(changed).resolve() == target

    for _ in watch(target.parent, watch_filter=is_target, stop_event=stop_event, debounce=debounce_ms,
                   recursive=False, raise_interrupt=True):
        if target.exists():  # a rename-save briefly removes the file
            on_save()
