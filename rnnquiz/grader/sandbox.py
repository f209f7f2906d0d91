"""The grading parent's side of the sandbox: start the child, cap it, collect its results, kill its group.

The child runs `python -I -u -B -c BOOTSTRAP`: isolated mode (no PYTHONPATH, no cwd on sys.path),
limits set in its first lines (address space, CPU time, file size, no core dumps), one thread for
BLAS, its own process group (killed with SIGKILL after every run so no grandchild outlives it, and
killed by the kernel if the parent dies), stdout and stderr read through a byte budget, results
read from a pipe the parent created, and its job folder capped in total size. That stops
accidents: infinite loops, memory blow-ups, print floods, disk floods, crashes, sys.exit. Strict
mode (`strict.py`) adds the OS sandbox that also stops a student who attacks the grader.
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
from rnnquiz.grader.budget import DiskWatch, Drain, die_with_parent

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
_, jobdir, fd, mem, cpu, fsize, lib = sys.argv
_cap(resource.RLIMIT_AS, int(mem), int(mem))
_cap(resource.RLIMIT_CPU, int(cpu), int(cpu) + 1)
_cap(resource.RLIMIT_FSIZE, int(fsize), int(fsize))
_cap(resource.RLIMIT_CORE, 0, 0)
if lib:
    sys.path.insert(0, lib)
from rnnquiz.grader.worker import main
main(jobdir, fd)
"""
FOLDER_PREFIX = "rnnquiz-grade-"
RESULTS_CAP = 256 << 20  # bytes of results a child may send; far above any drill's outputs

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
    disk_mb: int = 128  # everything the child may write, all files together

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


def _kill_group(proc: subprocess.Popen) -> None:
    # The process itself too: a child forked by the warm worker may not have made its group yet.
    for kill in (os.killpg, os.kill):
        try:
            kill(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_swept = threading.Event()


def sweep_stale_folders(tmp: Path | None = None) -> int:
    """Remove job folders left by grading parents that were killed; return how many were removed."""
    removed = 0
    base = Path(tmp or tempfile.gettempdir())
    for path in base.glob(FOLDER_PREFIX + "*"):
        pid = path.name.removeprefix(FOLDER_PREFIX).split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    return removed


class Run:
    """A started child; `wait()` collects it. Between the two the parent is free to work."""

    def __init__(self, request: dict, inputs: dict | Path, limits: Limits, strict: bool = False, launcher=None):
        self.limits, self.strict = limits, strict
        if not _swept.is_set():
            _swept.set()
            sweep_stale_folders()
        self.folder = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-"))
        try:
            self._start(request, inputs, launcher)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def _start(self, request: dict, inputs: dict | Path, launcher) -> None:
        limits = self.limits
        protocol.write_json(self.folder / protocol.REQUEST, request)
        if isinstance(inputs, Path):
            shutil.copyfile(inputs, self.folder / protocol.INPUTS)  # prepared earlier: no numpy needed here
        else:
            import numpy as np

            np.savez(self.folder / protocol.INPUTS, **inputs)
        output_r, output_w = os.pipe()
        results_r, results_w = os.pipe()
        self.started = time.perf_counter()
        try:
            if launcher is not None:  # a warm worker forks the child (never in strict mode)
                self.proc = launcher.spawn(str(self.folder), limits, output_w, results_w)
            else:
                self.proc = self._popen(request, output_w, results_w)
        except BaseException:
            os.close(output_r)
            os.close(results_r)
            raise
        finally:
            os.close(output_w)
            os.close(results_w)
        stop = lambda: _kill_group(self.proc)  # noqa: E731
        self.output = Drain(output_r, limits.keep_bytes, limits.output_bytes, stop)
        self.results = Drain(results_r, RESULTS_CAP, RESULTS_CAP, stop)
        self._done = threading.Event()
        self.disk = DiskWatch(self.folder, limits.disk_mb << 20, stop, self._done)
        for thread in (self.output, self.results, self.disk):
            thread.start()

    def _popen(self, request: dict, output_w: int, results_w: int) -> subprocess.Popen:
        limits = self.limits
        lib = ""
        if self.strict:
            from rnnquiz.grader import strict

            lib = str(strict.worker_copy(self.folder))
        child = [sys.executable, "-I", "-u", "-B", "-c", BOOTSTRAP, str(self.folder), str(results_w),
                 str(limits.memory_mb << 20), str(limits.cpu_s), str(limits.file_mb << 20), lib]
        extra_fds: list[int] = []
        if self.strict:
            files = [Path(job["file"]) for suite in request["suites"] for job in suite["jobs"]]
            cmd, seccomp_fd = strict.command(child, self.folder, files, limits.disk_mb << 20)
            extra_fds.append(seccomp_fd)
            env, preexec = {"PATH": "/usr/bin:/bin"}, None
        else:
            cmd, preexec = child, die_with_parent()
            env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                   "TMPDIR": str(self.folder)}  # temporary files land in the capped, removed folder
        try:
            return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=output_w, stderr=output_w, cwd=self.folder,
                                    env=env, start_new_session=True, pass_fds=(results_w, *extra_fds), preexec_fn=preexec)
        finally:
            for fd in extra_fds:
                os.close(fd)

    def _stop(self) -> None:
        _kill_group(self.proc)  # also every grandchild the learner's code started
        try:
            self.proc.wait(timeout=30)  # a killed child ends at once; this only bounds the unforeseen
        except subprocess.TimeoutExpired:
            pass
        self._done.set()
        # A grandchild that escaped the group may still hold the pipes: stop reading after a moment.
        for thread in (self.output, self.results):
            thread.join(timeout=5)
        for thread in (self.output, self.results):
            try:
                os.close(thread.fd)
            except OSError:
                pass

    def kill(self) -> None:
        """Kill the child's process group now (from any thread); `wait()` then returns at once."""
        _kill_group(self.proc)

    def cancel(self) -> None:
        """Stop the child and forget it (its request was stale, or the parent is interrupted)."""
        self._stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def wait(self) -> RunResult:
        """Wait for the child (killing it at the timeout), then read its results and remove its folder."""
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
        frames, rest = protocol.parse_frames(bytes(self.results.kept))
        stage, jobs, arrays, problem, pending = "", [], {}, "", None
        try:
            for kind, payload in frames:
                if kind == protocol.STAGE:
                    stage = payload.decode("utf-8", "replace")
                elif kind == protocol.ARRAYS:
                    pending = protocol.arrays_from_bytes(payload)
                else:
                    jobs.append(protocol.read_job(payload))
                    arrays.update(pending or {})
                    pending = None
        except (protocol.ProtocolError, OSError, ValueError) as exc:
            problem = str(exc)  # a frame cut short by a crash: the jobs before it still count
        result = {"jobs": jobs} if jobs else None
        fault, detail, values = self._fault(timed_out, stage, result is not None, problem)
        return RunResult(
            fault=fault, detail=detail, stage=stage, detail_key=fault or "", detail_values=values,
            output=self.output.kept.decode("utf-8", "replace"), output_bytes=self.output.total,
            result=result, arrays=arrays, fault_dump=rest[:4000].decode("utf-8", "replace"), seconds=seconds,
        )

    def _fault(self, timed_out: bool, stage: str, has_result: bool, problem: str) -> tuple[str | None, str, dict]:
        """Return the fault kind, its detail in English, and the detail's values (for `grader.detail.<kind>`)."""
        rc = self.proc.returncode
        if self.output.exceeded or self.results.exceeded:
            total = self.output.total if self.output.exceeded else self.results.total
            return "output-flood", f"{total} bytes", {"bytes": total}
        if self.disk.exceeded:
            return "disk", f"more than {self.limits.disk_mb} MiB", {"mb": self.limits.disk_mb}
        if timed_out:
            return "timeout", f"{self.limits.timeout_s:g} s", {"seconds": self.limits.timeout_s}
        if rc is not None and rc < 0:
            return self._signal_fault(-rc)
        if self.strict and rc is not None and rc > 128 and stage not in ("", "start", "done"):
            # bwrap reports its child's death by a signal as exit 128 + signal
            return self._signal_fault(rc - 128)
        if stage in ("", "start"):
            detail = f"the grading child failed before loading the file (exit {rc}). {problem}".strip()
            return "internal", detail, {"code": rc, "problem": f" {problem.strip()}" if problem.strip() else ""}
        if stage != "done" or not has_result:
            return "exit", f"exit code {rc}", {"code": rc}
        return None, "", {}

    def _signal_fault(self, number: int) -> tuple[str, str, dict]:
        try:
            sig = signal.Signals(number)
        except ValueError:
            return "exit", f"exit code {number + 128}", {"code": number + 128}
        if sig == signal.SIGXCPU:
            return "cpu", f"{self.limits.cpu_s} s of CPU", {"seconds": self.limits.cpu_s}
        if sig == signal.SIGXFSZ:
            return "file-size", f"{self.limits.file_mb} MiB", {"mb": self.limits.file_mb}
        if sig == signal.SIGKILL:
            return "memory", "killed by SIGKILL (the system ran out of memory?)", {}
        return "crash", f"{sig.name} ({_CRASH_SIGNALS.get(sig, 'signal')})", {"signal": sig.name}


def start(request: dict, inputs: dict | Path, limits: Limits | None = None, *, strict: bool = False, launcher=None) -> Run:
    """Start the grading child on a request (see `protocol`); call `.wait()` for its results.

    `inputs` is the dict of input arrays, or the path of an .npz holding them already. `strict`
    runs it in the bubblewrap sandbox (raises `strict.StrictUnavailable` where that cannot run);
    `launcher` (a `warm.WarmWorker`) forks it from a worker that has imported numpy/torch already.
    """
    if strict and launcher is not None:
        raise ValueError("strict grading always starts a fresh sandbox")
    return Run(request, inputs, limits or Limits(), strict, launcher)
