"""Build a Gradescope autograder bundle: setup.sh and run_autograder at the top, and the rnnquiz wheel they install.

The wheel is written from the running rnnquiz itself (its package files plus the banks and
solutions), so a bundle can be built from a checkout or from an installed copy alike; its
metadata (dependencies, entry point) comes from the installed distribution.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shlex
import zipfile
from pathlib import Path

from rnnquiz import __version__
from rnnquiz.paths import questions_dir, solutions_dir

TORCH_INDEX = "https://download.pytorch.org/whl/cpu"  # the CPU build: PyPI's Linux wheel pulls CUDA (gigabytes)
TORCH_VERSION = "2.13.0"
VENV = "/opt/rnnquiz"
_SKIP = {"__pycache__", ".pytest_cache"}

SETUP = """#!/usr/bin/env bash
# Gradescope runs this once while it builds the autograder image.
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q bubblewrap python3 python3-venv python3-pip
python3 -m venv {venv}
{venv}/bin/pip install -q --upgrade pip
{venv}/bin/pip install -q --index-url {index} torch=={torch}
{venv}/bin/pip install -q ./{wheel}
{venv}/bin/rnnquiz --version
"""

RUN = """#!/usr/bin/env bash
# Gradescope runs this for every submission: it grades $AUTOGRADER_ROOT/submission (default /autograder)
# in rnnquiz's strict sandbox and writes $AUTOGRADER_ROOT/results/results.json.
set -uo pipefail
ROOT="${{AUTOGRADER_ROOT:-/autograder}}"
RNNQUIZ="${{RNNQUIZ:-{venv}/bin/rnnquiz}}"
if [ ! -x "$RNNQUIZ" ]; then RNNQUIZ="$(command -v rnnquiz)"; fi
exec "$RNNQUIZ" class gradescope-run --root "$ROOT" {drills} --track {track} --seed {seed} --lang {lang}{timeout}
"""


def _hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def _package_files() -> list[tuple[str, Path]]:
    """Return (path in the wheel, file) for the package, its banks and its solutions."""
    package = Path(__file__).resolve().parent.parent
    files = []
    for path in sorted(package.rglob("*")):
        if path.is_file() and not _SKIP & set(path.relative_to(package).parts) and path.suffix != ".pyc":
            files.append((f"rnnquiz/{path.relative_to(package).as_posix()}", path))
    if not (package / "_data").is_dir():  # a checkout: the data lives beside the package
        for name, folder in (("questions", questions_dir()), ("solutions", solutions_dir())):
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not _SKIP & set(path.parts) and path.suffix != ".pyc":
                    files.append((f"rnnquiz/_data/{name}/{path.relative_to(folder).as_posix()}", path))
    return files


def _metadata() -> str:
    from importlib import metadata

    try:
        text = metadata.metadata("rnnquiz").as_string()
    except metadata.PackageNotFoundError:
        text = f"Metadata-Version: 2.1\nName: rnnquiz\nVersion: {__version__}\n"
    lines = [line for line in text.splitlines() if not line.startswith("Version:")]
    lines.insert(1, f"Version: {__version__}")
    return "\n".join(lines) + "\n"


def build_wheel() -> tuple[str, bytes]:
    """Return the wheel's file name and bytes (pure Python, any platform)."""
    dist = f"rnnquiz-{__version__}.dist-info"
    entries = [(name, path.read_bytes()) for name, path in _package_files()]
    entries += [(f"{dist}/METADATA", _metadata().encode()),
                (f"{dist}/WHEEL", b"Wheel-Version: 1.0\nGenerator: rnnquiz\nRoot-Is-Purelib: true\nTag: py3-none-any\n"),
                (f"{dist}/entry_points.txt", b"[console_scripts]\nrnnquiz = rnnquiz.cli.main:main\n")]
    record = "".join(f"{name},{_hash(data)},{len(data)}\n" for name, data in entries) + f"{dist}/RECORD,,\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as wheel:
        for name, data in [*entries, (f"{dist}/RECORD", record.encode())]:
            _add(wheel, name, data)
    return f"rnnquiz-{__version__}-py3-none-any.whl", buffer.getvalue()


def _add(zf: zipfile.ZipFile, name: str, data: bytes | str, mode: int = 0o644) -> None:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # a fixed date: the same inputs give the same zip
    info.external_attr = (0o100000 | mode) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, data)


def build(out: Path, drills: list[str], track: str, *, seed: int = 0, lang: str = "en", timeout: float | None = None) -> Path:
    """Write the autograder zip to `out` and return its path."""
    wheel_name, wheel = build_wheel()
    drill_args = " ".join(f"--drill {shlex.quote(d)}" for d in drills)
    run = RUN.format(venv=VENV, drills=drill_args, track=track, seed=seed, lang=lang,
                     timeout=f" --timeout {timeout:g}" if timeout else "")
    setup = SETUP.format(venv=VENV, index=TORCH_INDEX, torch=TORCH_VERSION, wheel=wheel_name)
    config = {"rnnquiz": __version__, "drills": drills, "track": track, "seed": seed, "lang": lang, "timeout": timeout}
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        _add(zf, "setup.sh", setup, 0o755)
        _add(zf, "run_autograder", run, 0o755)
        _add(zf, wheel_name, wheel)
        _add(zf, "rnnquiz-autograder.json", json.dumps(config, indent=1) + "\n")
    return out
