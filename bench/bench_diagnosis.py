"""Time grading a failing NumPy submission (diagnosis by mutation search included) against a passing one.

Target (issue 10): the whole grading of a failing NumPy-track submission within 1.5x grading a
passing one of the same drill. The mutants' outputs are cached per drill and seed on first use;
the first round below warms that cache, as `rnnquiz dev check` or a learner's first failure does.

Run: python bench/bench_diagnosis.py [--repeats N] [--json]
Each figure is the median wall time of N fresh `rnnquiz drill` processes (default 7), in rounds
that interleave the commands so background load hits them alike; results are not recorded.
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
LABELED = ROOT / "tests" / "data" / "mutants"
# (drill, failing file, what its diagnosis needs)
FAILING = [
    ("gru", LABELED / "gru" / "course_reset_before_and_flipped.py", "a pair: catalogue entry + mutant"),
    ("gru-seq", LABELED / "gru-seq" / "reset_before_matmul.py", "the gru cell's catalogue, lifted"),
    ("rnn-seq", LABELED / "rnn-seq" / "no_hidden_bias_run_backwards.py", "a pair: cell mutant + sequence mutant"),
    ("lstm", LABELED / "lstm" / "coupled_forget_gate.py", "one mutant"),
]


def grade_cmd(drill: str, file: Path) -> list[str]:
    return [sys.executable, "-m", "rnnquiz", "drill", drill, "--file", str(file), "--no-record"]


def time_once(cmd: list[str], env: dict, want_fail: bool) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    elapsed = time.perf_counter() - start
    if proc.returncode != (1 if want_fail else 0):
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode()[-2000:]}")
    if want_fail and b"Likely mistake" not in proc.stdout:
        raise SystemExit(f"{' '.join(cmd)} named no mistake:\n{proc.stdout.decode()[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="rnnquiz-bench-")
    env = {**os.environ, "RNNQUIZ_HOME": home, "OMP_NUM_THREADS": "1"}
    cmds = {}
    for drill, file, _ in FAILING:
        cmds[f"{drill} passing"] = (grade_cmd(drill, ROOT / "solutions" / "numpy" / f"{drill.replace('-', '_')}.py"), False)
        cmds[f"{drill} failing"] = (grade_cmd(drill, file), True)
    try:
        for cmd, fail in cmds.values():  # warm the page cache, the spec caches and the mutant cache
            time_once(cmd, env, fail)
        times: dict[str, list[float]] = {name: [] for name in cmds}
        for _ in range(args.repeats):
            for name, (cmd, fail) in cmds.items():
                times[name].append(time_once(cmd, env, fail))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    med = {name: statistics.median(ts) for name, ts in times.items()}
    ratios = {drill: med[f"{drill} failing"] / med[f"{drill} passing"] for drill, _, _ in FAILING}
    if args.json:
        print(json.dumps({"medians_s": med, "ratios": ratios, "repeats": args.repeats, "cpus": os.cpu_count()}, indent=2))
        return
    for drill, _, what in FAILING:
        p, f = med[f"{drill} passing"], med[f"{drill} failing"]
        print(f"{drill:10s} passing {p * 1000:6.0f} ms   failing {f * 1000:6.0f} ms   {ratios[drill]:.2f}x   ({what})")
    print(f"worst ratio {max(ratios.values()):.2f}x (target <= 1.5)")


if __name__ == "__main__":
    main()
