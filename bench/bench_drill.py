"""Time grading a correct LSTM through the real CLI, against the cost of importing what it needs.

Targets (issue "coding drills"): the NumPy track within 3x `python -c "import typer, rich.console,
numpy"`, the torch track within 1.5x `python -c "import torch"`; medians of one run of this script.

Run: python bench/bench_drill.py [--repeats N] [--json]
Each figure is the median wall time of N fresh processes (default 7), measured in rounds that
interleave the four commands, so background load hits them alike. The submissions are the
shipped references of drill `lstm` (correct LSTMs); grading results are not recorded
(--no-record, and a throwaway RNNQUIZ_HOME).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RNNQUIZ = [sys.executable, "-m", "rnnquiz"]


def commands() -> dict[str, list[str]]:
    solutions = ROOT / "solutions"
    return {
        "import typer, rich.console, numpy": [sys.executable, "-c", "import typer, rich.console, numpy"],
        "import torch": [sys.executable, "-c", "import torch"],
        "grade lstm, numpy track": RNNQUIZ + ["drill", "lstm", "--file", str(solutions / "numpy" / "lstm.py"), "--no-record"],
        "grade lstm, torch track": RNNQUIZ + ["drill", "lstm", "--file", str(solutions / "torch" / "lstm.py"), "--track", "torch", "--no-record"],
    }


def time_once(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="rnnquiz-bench-")
    env = {**os.environ, "RNNQUIZ_HOME": home}
    try:
        cmds = commands()
        for cmd in cmds.values():  # warm the page cache and the bank/spec caches once
            time_once(cmd, env)
        times: dict[str, list[float]] = {name: [] for name in cmds}
        for _ in range(args.repeats):
            for name, cmd in cmds.items():
                times[name].append(time_once(cmd, env))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    med = {name: statistics.median(ts) for name, ts in times.items()}
    ratios = {
        "numpy": med["grade lstm, numpy track"] / med["import typer, rich.console, numpy"],
        "torch": med["grade lstm, torch track"] / med["import torch"],
    }
    if args.json:
        print(json.dumps({"medians_s": med, "ratios": ratios, "repeats": args.repeats, "cpus": os.cpu_count()}, indent=2))
        return
    for name, value in med.items():
        print(f"{name:36s} median {value * 1000:7.0f} ms   (min {min(times[name]) * 1000:.0f}, max {max(times[name]) * 1000:.0f})")
    print(f"numpy track: {ratios['numpy']:.2f}x the typer+rich+numpy import (target <= 3)")
    print(f"torch track: {ratios['torch']:.2f}x the torch import (target <= 1.5)")


if __name__ == "__main__":
    main()
