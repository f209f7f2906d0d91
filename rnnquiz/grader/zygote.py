"""The warm worker's own process: import numpy (and torch) once, then fork one fresh child per grading.

Started by `rnnquiz.grader.warm` as `python -I -u -B -c "... serve(track, fd)"`. It never runs
learner code itself: each grading is a child forked from this clean state, so nothing one file
imports, patches or leaves in globals reaches the next. Each child gets its own session and
process group, its limits, stdin from /dev/null, stdout/stderr and the results pipe passed by the
grading parent, and dies with the worker (which dies with the grading parent).

Messages on the socket (SOCK_SEQPACKET, one JSON object each): parent -> worker `{"id", "jobdir",
"mem", "cpu", "fsize"}` with two file descriptors attached (output, results); worker -> parent
`{"ready": true}` once, then `{"id", "started": pid}` and `{"exited": pid, "code": exit status}`
(negative: killed by that signal).
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import socket
import sys

from rnnquiz.grader.budget import die_with_parent


def _die_with_parent() -> None:
    arm = die_with_parent()
    if arm is not None:
        arm()


def _cap(which: int, value: int) -> None:
    try:
        resource.setrlimit(which, (value, value))
    except (ValueError, OSError):
        pass


def _child(request: dict, fds: list[int], closing: list[int]) -> None:
    """Become one grading: limits, pipes, folder; run the worker; never return."""
    try:
        os.setsid()
        _die_with_parent()
        for fd in closing:
            os.close(fd)
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        output, results = fds
        os.dup2(output, 1)
        os.dup2(output, 2)
        os.close(output)
        stdin = os.open(os.devnull, os.O_RDONLY)
        os.dup2(stdin, 0)
        os.close(stdin)
        _cap(resource.RLIMIT_AS, int(request["mem"]))
        cpu = int(request["cpu"])
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        _cap(resource.RLIMIT_FSIZE, int(request["fsize"]))
        _cap(resource.RLIMIT_CORE, 0)
        os.chdir(request["jobdir"])
        os.environ["TMPDIR"] = request["jobdir"]
        import tempfile

        tempfile.tempdir = None
        from rnnquiz.grader.worker import main

        main(request["jobdir"], str(results))
    except BaseException:  # noqa: BLE001 - whatever happened, this process must not return into the loop
        import traceback

        traceback.print_exc()
    os._exit(70)


def _send(sock: socket.socket, message: dict) -> None:
    sock.send(json.dumps(message).encode())


def _reap(sock: socket.socket) -> None:
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        _send(sock, {"exited": pid, "code": os.waitstatus_to_exitcode(status)})


def serve(track: str, fd: int) -> None:
    """Import what a grading needs, say ready, then fork a child for every request until the parent goes."""
    _die_with_parent()
    sock = socket.socket(fileno=fd)
    import numpy  # noqa: F401 - imported once here, inherited by every child

    if track == "torch":
        import torch

        torch.set_num_threads(1)  # OpenMP pools do not survive fork: no parallel op runs in this process
    import rnnquiz.grader.worker  # noqa: F401

    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    os.set_blocking(wake_r, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    _send(sock, {"ready": True})
    while True:
        ready, _, _ = select.select([sock, wake_r], [], [])
        if wake_r in ready:
            while True:
                try:
                    if not os.read(wake_r, 512):
                        break
                except BlockingIOError:
                    break
            _reap(sock)
        if sock in ready:
            data, fds, _flags, _addr = socket.recv_fds(sock, 65536, 2)
            if not data:
                os._exit(0)  # the grading parent is gone
            request = json.loads(data)
            pid = os.fork()
            if pid == 0:
                _child(request, fds, [sock.fileno(), wake_r, wake_w])
            for received in fds:
                os.close(received)
            _send(sock, {"id": request["id"], "started": pid})
            _reap(sock)


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]))
