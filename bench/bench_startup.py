"""Start-up benchmark: `rnnquiz --help` and the scripted quiz path against importing typer + rich.

Run:  python bench/bench_startup.py [--runs 21]
Targets (medians, same run): --help <= 1.5x the baseline, ask --reveal --json <= 2.0x.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def median_ms(cmd: list[str], runs: int, env: dict) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-400:]}")
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    exe = shutil.which("rnnquiz") or sys.exit("rnnquiz is not on PATH; install the project first")
    home = tempfile.mkdtemp(prefix="rnnquiz-bench-")
    env = {**os.environ, "RNNQUIZ_HOME": home}
    ask = [exe, "ask", "--count", "1", "--seed", "1", "--reveal", "--json"]
    subprocess.run(ask, stdout=subprocess.DEVNULL, env=env, check=True)  # warm the bank cache, like a second use
    rows = [
        ("baseline: python -c 'import typer, rich.console'", [sys.executable, "-c", "import typer, rich.console"], None),
        ("rnnquiz --help", [exe, "--help"], 1.5),
        ("rnnquiz ask --count 1 --seed 1 --reveal --json", ask, 2.0),
    ]
    # interleave runs so drift on a noisy machine hits every row alike
    samples: dict[str, list[float]] = {name: [] for name, _, _ in rows}
    for _ in range(args.runs):
        for name, cmd, _ in rows:
            samples[name].append(median_ms(cmd, 1, env))
    base = statistics.median(samples[rows[0][0]])
    print(f"{'command':<52} {'median ms':>10} {'ratio':>7} {'target':>7}")
    ok = True
    for name, _, target in rows:
        med = statistics.median(samples[name])
        ratio = med / base
        verdict = "" if target is None else ("ok" if ratio <= target else "SLOW")
        ok &= target is None or ratio <= target
        print(f"{name:<52} {med:>10.1f} {ratio:>6.2f}x {('<= %.1fx' % target) if target else '':>7} {verdict}")
    shutil.rmtree(home, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
