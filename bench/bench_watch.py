"""Save-to-verdict in `rnnquiz drill --watch`, against `python -c "import numpy"` / `"import torch"` in the same run.

Run: python bench/bench_watch.py [--saves 15] [--track numpy|torch|both]
After: a real `rnnquiz drill rnn --watch --json` process; the benchmark rewrites the file and
times until the verdict's JSON line arrives (file-watch latency included), median of --saves.
Before: what watch mode did per save until the warm worker, one `grade_submission` (a fresh
interpreter and imports in the child), in this process. Targets: after ≤ 1.0× import numpy on the
NumPy track, ≤ 0.15× import torch on the torch track.
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {"numpy": ROOT / "solutions" / "numpy" / "rnn.py", "torch": ROOT / "tests" / "golden" / "rnn" / "correct-torch" / "submission.py"}


def import_time(module: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def before(track: str, file: Path, saves: int) -> float:
    from rnnquiz.drills.grade import grade_submission
    from rnnquiz.drills.loader import load_drill

    drill = load_drill("rnn")
    grade_submission(drill, file, track)  # warm the plan cache, as a watch session would
    times = []
    for _ in range(saves):
        start = time.perf_counter()
        grade_submission(drill, file, track)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _next_verdict(proc: subprocess.Popen, selector, timeout: float = 120.0) -> dict:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if selector.select(timeout=deadline - time.perf_counter()):
            line = proc.stdout.readline()
            if not line:
                raise SystemExit("the watch process ended")
            return json.loads(line)
    raise SystemExit("no verdict in time")


def after(track: str, file: Path, saves: int) -> float:
    cmd = [sys.executable, "-m", "rnnquiz", "drill", "rnn", "--file", str(file), "--track", track, "--watch", "--json", "--no-record"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    try:
        _next_verdict(proc, selector)
        source = file.read_text(encoding="utf-8")
        times = []
        for n in range(saves):
            time.sleep(0.3)  # a learner saves, reads, saves again: not a burst the watcher would merge
            start = time.perf_counter()
            file.write_text(source + f"\n# save {n}\n", encoding="utf-8")
            verdict = _next_verdict(proc, selector)
            times.append(time.perf_counter() - start)
            assert verdict["passed"], verdict["summary"]
        return statistics.median(times)
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=15)
    parser.add_argument("--track", choices=("numpy", "torch", "both"), default="both")
    args = parser.parse_args()
    os.environ.setdefault("RNNQUIZ_HOME", tempfile.mkdtemp(prefix="rnnquiz-bench-home-"))
    os.environ["OMP_NUM_THREADS"] = "1"
    for track in (("numpy", "torch") if args.track == "both" else (args.track,)):
        folder = Path(tempfile.mkdtemp(prefix="rnnquiz-bench-watch-"))
        file = folder / "rnn.py"
        file.write_text(SOURCES[track].read_text(encoding="utf-8"), encoding="utf-8")
        module = "numpy" if track == "numpy" else "torch"
        base = import_time(module, 7)
        old = before(track, file, args.saves)
        new = after(track, file, args.saves)
        target = 1.0 if track == "numpy" else 0.15
        print(f"{track}: `python -c 'import {module}'` {base * 1000:.0f} ms; save to verdict before {old * 1000:.0f} ms "
              f"({old / base:.2f}×), after {new * 1000:.0f} ms ({new / base:.2f}×; target ≤ {target}×)")


if __name__ == "__main__":
    main()
