"""Strict mode: the grading child inside a bubblewrap sandbox a student cannot talk their way out of.

What the child sees: read-only system libraries, the Python installation with numpy and torch
(rnnquiz's own package hidden under an empty folder), a read-only job folder holding the
request, the inputs and a copy of the worker that carries no reference, solution, bank or cache,
the learner's file at its own path, and a private /tmp capped in size as the only writable
place. What it lacks: network, the parent's processes (its own pid namespace: it cannot signal
or trace the grader), the parent's files and environment (a fresh one, no HOME, no tokens), new
processes (seccomp), and a life after the parent (--die-with-parent). Results leave only through
the pipe the parent created.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

from rnnquiz.drills.text import Msg
from rnnquiz.errors import RnnquizError
from rnnquiz.grader import seccomp

_WORKER_FILES = ("protocol.py", "worker.py", "guard.py")
_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TMPDIR": "/tmp", "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}
SANDBOX_UID = 65534  # nobody: no capabilities inside the sandbox
_NAMESPACES = ("--unshare-all", "--unshare-user", "--disable-userns", "--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID))


class StrictUnavailable(RnnquizError):
    """Strict mode cannot run here (no bubblewrap, no user namespaces, an unknown CPU); never a silent fallback."""


@functools.lru_cache(maxsize=1)
def check() -> str:
    """Return the path of a working bwrap, or raise StrictUnavailable saying how to get one."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        raise StrictUnavailable(Msg("strict.no-bwrap"))
    if not seccomp.supported():
        raise StrictUnavailable(Msg("strict.no-arch", machine=os.uname().machine))
    probe = subprocess.run([bwrap, *_NAMESPACES, *_system_binds(), "--proc", "/proc", "--dev", "/dev", "/usr/bin/true"],
                           capture_output=True, text=True, timeout=30)  # the flags of a real run: an old bwrap fails here
    if probe.returncode != 0:
        why = (probe.stderr or probe.stdout).strip().splitlines()[-1:] or [f"exit {probe.returncode}"]
        raise StrictUnavailable(Msg("strict.no-userns", why=why[0]))
    return bwrap


def worker_copy(folder: Path) -> Path:
    """Copy the worker and the protocol (nothing else of rnnquiz) into `folder/lib`; return that folder."""
    lib = folder / "lib"
    package = lib / "rnnquiz" / "grader"
    package.mkdir(parents=True)
    (lib / "rnnquiz" / "__init__.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    here = Path(__file__).resolve().parent
    for name in _WORKER_FILES:
        shutil.copyfile(here / name, package / name)
    return lib


def _python_roots() -> list[Path]:
    """Return the folders Python, numpy and torch load from, outermost first, none inside another."""
    roots = {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(), Path(sys.executable).resolve().parent.parent}
    roots |= {Path(p).resolve() for p in sys.path if p and ("site-packages" in p or "dist-packages" in p) and Path(p).is_dir()}
    kept: list[Path] = []
    for root in sorted(roots, key=lambda p: len(p.parts)):
        if root != Path("/") and not any(root.is_relative_to(k) for k in kept) and not root.is_relative_to("/usr"):
            kept.append(root)
    return kept


def _hidden_package(roots: list[Path]) -> list[Path]:
    """Return rnnquiz's installed package folder when a bound root holds it (references and banks live there)."""
    package = Path(__file__).resolve().parent.parent
    return [package] if any(package.is_relative_to(r) for r in roots) else []


def _system_binds() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        path = Path("/") / name
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            args += ["--ro-bind", str(path), str(path)]
    if Path("/etc/ld.so.cache").exists():
        args += ["--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    return args


def command(child: list[str], folder: Path, files: list[Path], tmp_bytes: int) -> tuple[list[str], int]:
    """Return the bwrap command line around `child` and the seccomp fd it reads (to pass to the child).

    `folder` (the job folder) and each learner file appear read-only at their own paths, so paths
    in tracebacks need no translation.
    """
    bwrap = check()
    roots = _python_roots()
    args = [bwrap, *_NAMESPACES, "--hostname", "rnnquiz", "--die-with-parent", "--new-session", "--clearenv"]
    for name, value in _ENV.items():
        args += ["--setenv", name, value]
    args += _system_binds()
    # /tmp first: what is bound below may live under it (a venv, the job folder) and must stay visible
    args += ["--size", str(tmp_bytes), "--tmpfs", "/tmp", "--dir", "/tmp/work", "--chdir", "/tmp/work"]
    for root in roots:
        args += ["--ro-bind", str(root), str(root)]
    for package in _hidden_package(roots):
        args += ["--tmpfs", str(package)]
    args += ["--proc", "/proc", "--dev", "/dev", "--ro-bind", str(folder), str(folder)]
    for file in files:
        args += ["--ro-bind", str(file), str(file)]
    args += ["--remount-ro", "/"]  # the sandbox's own root (where mount points were made) is not a second /tmp
    seccomp_fd = seccomp.program_fd()
    args += ["--seccomp", str(seccomp_fd), "--"]
    return args + child, seccomp_fd
