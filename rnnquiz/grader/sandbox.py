"""The grading parent's side of the sandbox: start the child, cap it, collect its files, kill its group.

The child runs `python -I -u -B -c BOOTSTRAP`: isolated mode (no PYTHONPATH, no cwd on sys.path),
limits set in its first lines (address space, CPU time, file size, no core dumps), one thread for
BLAS, its own process group (killed with SIGKILL after every run so no grandchild outlives it),
stdout and stderr read through a byte budget. None of this stops deliberate attacks; it stops
accidents: infinite loops, memory blow-ups, print floods, crashes, sys.exit.
"""

from __future__ import annotations

import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from rnnquiz.grader import protocol

# Limits are applied before anything else is imported. RLIMIT_AS below ~600 MiB breaks
# `import torch` and makes numpy segfault instead of raising MemoryError (FIELD-NOTES), so the
# cap leaves room for both and still turns a runaway allocation into a MemoryError.
BOOTSTRAP = """\
import resource, sys
def _cap(which, soft, hard):
    try:
        resource.setrlimit(which, (soft, hard))
    except (ValueError, OSError):
        pass
_, jobdir, mem, cpu, fsize = sys.argv
_cap(resource.RLIMIT_AS, int(mem), int(mem))
_cap(resource.RLIMIT_CPU, int(cpu), int(cpu) + 1)
_cap(resource.RLIMIT_FSIZE, int(fsize), int(fsize))
_cap(resource.RLIMIT_CORE, 0, 0)
from rnnquiz.grader.worker import main
main(jobdir)
"""

_CRASH_SIGNALS = {signal.SIGSEGV: "segmentation fault", signal.SIGBUS: "bus error", signal.SIGABRT: "abort",
                  signal.SIGFPE: "floating-point exception", signal.SIGILL: "illegal instruction"}


@dataclass(frozen=True)
class Limits:
    """What the child may use."""

    timeout_s: float = 10.0  # wall clock for the whole child, imports included
    memory_mb: int = 2048  # address space
    output_bytes: int = 1 << 20  # more printed output than this is a flood: the child is stopped
    keep_bytes: int = 4000  # how much of the output is kept to show
    file_mb: int = 64  # largest file the child may write

    @property
    def cpu_s(self) -> int:
        # Above the wall clock, so a busy loop is reported as a timeout; it still stops threads.
        return math.ceil(self.timeout_s) + 2


@dataclass
class RunResult:
    """What one run of the child left behind."""

    fault: str | None  # None, timeout, cpu, memory, output-flood, file-size, crash, exit, internal
    detail: str  # signal name, exit code or internal error text (English)
    stage: str  # the last step the child started: "start", "<job> load", "<job> call <id>", "done"
    output: str  # the start of what the child printed
    output_bytes: int
    result: dict | None  # {"jobs": [...]}: every job-<n>.json written, in order
    arrays: dict = field(default_factory=dict)
    fault_dump: str = ""  # faulthandler's traceback after a crash
    seconds: float = 0.0
    # the detail as a catalogue message, `grader.detail.<key>` with these values (rnnquiz/i18n/en_drills.py)
    detail_key: str = ""
    detail_values: dict = field(default_factory=dict)


class _OutputReader(threading.Thread):
    """Read the child's merged stdout/stderr with a byte budget; stop the child on a flood."""

    def __init__(self, proc: subprocess.Popen, limits: Limits):
        super().__init__(daemon=True)
        self.proc, self.limits = proc, limits
        self.kept = bytearray()
        self.total = 0
        self.flooded = False

    def run(self) -> None:
        fd = self.proc.stdout.fileno()
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            self.total += len(chunk)
            room = self.limits.keep_bytes - len(self.kept)
            if room > 0:
                self.kept += chunk[:room]
            if self.total > self.limits.output_bytes and not self.flooded:
                self.flooded = True
                _kill_group(self.proc)


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


class Run:
    """A started child; `wait()` collects it. Between the two the parent is free to work."""

    def __init__(self, request: dict, inputs: dict | Path, limits: Limits):
        self.limits = limits
        self.folder = Path(tempfile.mkdtemp(prefix="rnnquiz-grade-"))
        protocol.write_json(self.folder / protocol.REQUEST, request)
        if isinstance(inputs, Path):
            shutil.copyfile(inputs, self.folder / protocol.INPUTS)  # prepared earlier: no numpy needed here
        else:
            import numpy as np

            np.savez(self.folder / protocol.INPUTS, **inputs)
        env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        cmd = [sys.executable, "-I", "-u", "-B", "-c", BOOTSTRAP, str(self.folder), str(limits.memory_mb << 20),
               str(limits.cpu_s), str(limits.file_mb << 20)]
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     cwd=self.folder, env=env, start_new_session=True)
        self.reader = _OutputReader(self.proc, limits)
        self.reader.start()

    def _stop(self) -> None:
        _kill_group(self.proc)  # also every grandchild the learner's code started
        self.proc.wait()
        self.reader.join(timeout=5)
        self.proc.stdout.close()

    def cancel(self) -> None:
        """Stop the child and forget it (its request was stale, or the parent is interrupted)."""
        self._stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def wait(self) -> RunResult:
        """Wait for the child (killing it at the timeout), then read and remove its files."""
        timed_out = False
        try:
            try:
                remaining = self.limits.timeout_s - (time.perf_counter() - self.started)
                self.proc.wait(timeout=max(remaining, 0.01))
            except subprocess.TimeoutExpired:
                timed_out = True
            finally:
                self._stop()
            return self._collect(timed_out)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _collect(self, timed_out: bool) -> RunResult:
        seconds = time.perf_counter() - self.started
        stage = _last_line(self.folder / protocol.STAGE)
        jobs, arrays, problem = [], {}, ""
        try:
            while (path := self.folder / protocol.JOB_RESULT.format(len(jobs))).exists():
                job = protocol.read_json(path)  # the child writes a job's .npz before its .json
                arrays.update(protocol.load_arrays(self.folder / protocol.JOB_OUTPUTS.format(len(jobs))))
                jobs.append(job)
        except (protocol.ProtocolError, OSError, ValueError) as exc:
            problem = str(exc)  # a job file cut short by a crash: the jobs before it still count
        result = {"jobs": jobs} if jobs else None
        fault, detail, values = self._fault(timed_out, stage, result is not None, problem)
        return RunResult(
            fault=fault, detail=detail, stage=stage, detail_key=fault or "", detail_values=values,
            output=self.reader.kept.decode("utf-8", "replace"), output_bytes=self.reader.total,
            result=result, arrays=arrays, fault_dump=_read(self.folder / protocol.FAULT), seconds=seconds,
        )

    def _fault(self, timed_out: bool, stage: str, has_result: bool, problem: str) -> tuple[str | None, str, dict]:
        """Return the fault kind, its detail in English, and the detail's values (for `grader.detail.<kind>`)."""
        rc = self.proc.returncode
        if self.reader.flooded:
            return "output-flood", f"{self.reader.total} bytes", {"bytes": self.reader.total}
        if timed_out:
            return "timeout", f"{self.limits.timeout_s:g} s", {"seconds": self.limits.timeout_s}
        if rc is not None and rc < 0:
            sig = signal.Signals(-rc)
            if sig == signal.SIGXCPU:
                return "cpu", f"{self.limits.cpu_s} s of CPU", {"seconds": self.limits.cpu_s}
            if sig == signal.SIGXFSZ:
                return "file-size", f"{self.limits.file_mb} MiB", {"mb": self.limits.file_mb}
            if sig == signal.SIGKILL:
                return "memory", "killed by SIGKILL (the system ran out of memory?)", {}
            return "crash", f"{sig.name} ({_CRASH_SIGNALS.get(sig, 'signal')})", {"signal": sig.name}
        if stage in ("", "start"):
            detail = f"the grading child failed before loading the file (exit {rc}). {problem}".strip()
            return "internal", detail, {"code": rc, "problem": f" {problem.strip()}" if problem.strip() else ""}
        if stage != "done" or not has_result:
            return "exit", f"exit code {rc}", {"code": rc}
        return None, "", {}


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[:4000]
    except OSError:
        return ""


def _last_line(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return lines[-1] if lines else ""


def start(request: dict, inputs: dict | Path, limits: Limits | None = None) -> Run:
    """Start the grading child on a request (see `protocol`); call `.wait()` for its results.

    `inputs` is the dict of input arrays, or the path of an .npz holding them already.
    """
    return Run(request, inputs, limits or Limits())
