# Run in the strict sandbox WITHOUT the syntax scan: every attack at once, reporting what it reached.
import json
import os
import signal
import socket
import subprocess
import sys

seen = {"pid": os.getpid(), "ppid": os.getppid(), "env": sorted(os.environ)}
seen["pids"] = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
for pid in seen["pids"]:
    if pid != os.getpid():
        try:
            os.kill(pid, signal.SIGSTOP)
        except OSError:
            pass
try:
    child = os.fork()
    if child == 0:
        os.setsid()
        signal.pause()
    seen["fork"] = "forked"
except OSError as exc:
    seen["fork"] = exc.errno
try:
    subprocess.Popen(["sleep", "600"])
    seen["spawn"] = "spawned"
except OSError as exc:
    seen["spawn"] = exc.errno
try:
    socket.create_connection(("1.1.1.1", 53), timeout=2)
    seen["network"] = "connected"
except OSError as exc:
    seen["network"] = type(exc).__name__
seen["visible"] = [p for p in json.loads(os.environ.get("PROBE_PATHS", "[]")) + PROBE_PATHS if os.path.exists(p)]
try:
    import rnnquiz.drills  # noqa: F401

    seen["rnnquiz_drills"] = "imported"
except ImportError:
    seen["rnnquiz_drills"] = "hidden"
written = 0
for n in range(20):
    try:
        with open(f"/tmp/flood-{n}.bin", "wb") as fh:
            fh.write(b"\0" * (60 << 20))
        written += 1
    except OSError:
        break
seen["flood_files"] = written
seen["host_writes"] = []
for target in PROBE_WRITABLE:
    try:
        with open(os.path.join(target, "planted.txt"), "w") as fh:
            fh.write("x")
        seen["host_writes"].append(target)
    except OSError:
        pass
try:  # forge the results where the worker of an unsandboxed run would have written them
    with open(os.path.join(sys.argv[1], "job-0.json"), "w") as fh:
        fh.write('{"version": 1}')
    seen["job_folder"] = "written"
except OSError as exc:
    seen["job_folder"] = type(exc).__name__
sys.stdout.write("PROBE" + json.dumps(seen) + "\n")


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    import numpy as np

    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)
