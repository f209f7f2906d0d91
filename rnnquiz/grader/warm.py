"""The grading parent's side of the warm worker: a process that has imported numpy/torch, forking a child per grading.

`WarmWorker(track).spawn(...)` gives a child handle that `sandbox.Run` uses like a `Popen`: the
same limits, process group, output cap and kill-after-run as a cold child, in milliseconds
instead of an interpreter start and `import torch`. If the worker dies, the next spawn starts a
new one; a child whose worker died is reported as killed.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading

_START = "import sys\nfrom rnnquiz.grader.zygote import serve\nserve(sys.argv[1], int(sys.argv[2]))\n"
READY_TIMEOUT = 120.0  # seconds for the worker's own imports (torch can take several on a busy machine)


class WorkerError(RuntimeError):
    """The warm worker could not be started or reached."""


class WarmChild:
    """A grading child forked by the worker: `pid`, `wait(timeout)`, `poll()`, `returncode` like a Popen."""

    def __init__(self, pid: int, worker: "WarmWorker"):
        self.pid, self.worker = pid, worker
        self.returncode: int | None = None
        self.done = threading.Event()

    def poll(self) -> int | None:
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if not self.done.wait(timeout):
            raise subprocess.TimeoutExpired(f"grading child {self.pid}", timeout)
        return self.returncode

    def finish(self, code: int) -> None:
        self.returncode = code
        self.done.set()


class WarmWorker:
    """One warm worker per track, started on first use (or by `start()` ahead of time)."""

    def __init__(self, track: str):
        self.track = track
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._sock: socket.socket | None = None
        self._ready = threading.Event()
        self._pending: dict[int, threading.Event] = {}
        self._started: dict[int, int] = {}
        self._children: dict[int, WarmChild] = {}
        self._exited: dict[int, int] = {}
        self._next = 0

    # ------------------------------------------------------------------ the worker process

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> None:
        """Start the worker now (its imports then overlap with whatever the caller does next)."""
        with self._lock:
            self._ensure()

    def _ensure(self) -> None:
        if self._proc is not None and self._proc.poll() is None and self._sock is not None:
            return
        self._drop()
        from rnnquiz.grader.budget import die_with_parent

        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        try:
            self._proc = subprocess.Popen([sys.executable, "-I", "-u", "-B", "-c", _START, self.track, str(child.fileno())],
                                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                          pass_fds=(child.fileno(),), env=env, start_new_session=True,
                                          preexec_fn=die_with_parent())
        finally:
            child.close()
        self._sock = parent
        self._ready = threading.Event()
        threading.Thread(target=self._read, args=(parent, self._ready), daemon=True).start()

    def _read(self, sock: socket.socket, ready: threading.Event) -> None:
        """Dispatch the worker's messages until it goes away; then every child it had is reported killed."""
        while True:
            try:
                data = sock.recv(65536)
            except OSError:
                data = b""
            if not data:
                break
            message = json.loads(data)
            with self._lock:
                if message.get("ready"):
                    ready.set()
                elif "started" in message:
                    self._started[message["id"]] = message["started"]
                    answered = self._pending.pop(message["id"], None)
                    if answered is not None:
                        answered.set()
                elif "exited" in message:
                    child = self._children.pop(message["exited"], None)
                    if child is not None:
                        child.finish(message["code"])
                    else:
                        self._exited[message["exited"]] = message["code"]
        with self._lock:
            for child in self._children.values():
                child.finish(-signal.SIGKILL)
            self._children.clear()
            for event in self._pending.values():
                event.set()
        ready.set()

    def _drop(self) -> None:
        if self._sock is not None:
            self._sock.close()
        if self._proc is not None:
            try:
                os.killpg(self._proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self._proc.wait()
        self._proc = self._sock = None

    def close(self) -> None:
        """Stop the worker (its children die with it)."""
        with self._lock:
            self._drop()

    # ------------------------------------------------------------------ gradings

    def spawn(self, jobdir: str, limits, output_fd: int, results_fd: int) -> WarmChild:
        """Fork a grading child on `jobdir` writing to these pipes; restart the worker if it died.

        Raises:
            WorkerError: the worker does not start or does not answer.
        """
        for attempt in (1, 2):
            with self._lock:
                self._ensure()
                sock, ready, proc = self._sock, self._ready, self._proc
                self._next += 1
                request_id = self._next
                answered = self._pending[request_id] = threading.Event()
            if not ready.wait(READY_TIMEOUT) or proc.poll() is not None:
                self._forget(request_id)
                if attempt == 2:
                    raise WorkerError("the warm grading worker did not start")
                self.close()
                continue
            request = {"id": request_id, "jobdir": jobdir, "mem": limits.memory_mb << 20, "cpu": limits.cpu_s,
                       "fsize": limits.file_mb << 20}
            try:
                socket.send_fds(sock, [json.dumps(request).encode()], [output_fd, results_fd])
            except OSError:
                self._forget(request_id)
                self.close()
                continue
            answered.wait(30)
            with self._lock:
                pid = self._started.pop(request_id, None)
                self._pending.pop(request_id, None)
                if pid is None:
                    continue
                child = WarmChild(pid, self)
                if pid in self._exited:
                    child.finish(self._exited.pop(pid))
                else:
                    self._children[pid] = child
                return child
        raise WorkerError("the warm grading worker stopped answering")

    def _forget(self, request_id: int) -> None:
        with self._lock:
            self._pending.pop(request_id, None)
