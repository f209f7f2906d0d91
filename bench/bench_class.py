"""Class-grading throughput: `rnnquiz class grade` against grading the same files one by one with `drill --strict`.

Run: python bench/bench_class.py [--students 40] [--track numpy|torch|both] [--jobs N]
Builds a class of N LSTM submissions (references, learner-style correct files and catalogued
mistakes, in turn), then times, in this one run: (a) N separate `rnnquiz drill lstm --file F
--strict --no-record --json` processes one after another, the way an instructor scripts it today,
and (b) one `rnnquiz class grade` with --jobs (default: the number of cores). Prints both times,
the per-submission medians of (a) and the ratio b/a (target on a 2-core machine: at most 0.7).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RNNQUIZ = [sys.executable, "-m", "rnnquiz"]
GOLDEN = ROOT / "tests" / "golden" / "lstm"


def _sources(track: str) -> list[Path]:
    mistakes = sorted((ROOT / "rnnquiz" / "drills" / "catalog" / "lstm" / "mistakes").glob("*.py"))
    if track == "numpy":
        return [ROOT / "solutions" / "numpy" / "lstm.py", *(GOLDEN / n / "submission.py" for n in ("correct-split", "correct-stable-sigmoid")), *mistakes]
    return [GOLDEN / "correct-torch" / "submission.py", GOLDEN / "torch-numpy-sigmoid" / "submission.py"]


def build_class(folder: Path, track: str, students: int) -> list[Path]:
    sources = _sources(track)
    files = []
    for n in range(students):
        student = folder / f"student{n:03d}"
        student.mkdir(parents=True)
        shutil.copyfile(sources[n % len(sources)], student / "lstm.py")
        files.append(student / "lstm.py")
    return files


def one_by_one(files: list[Path], track: str) -> tuple[float, list[float]]:
    times = []
    started = time.perf_counter()
    for file in files:
        t0 = time.perf_counter()
        subprocess.run([*RNNQUIZ, "drill", "lstm", "--file", str(file), "--track", track, "--strict", "--no-record", "--json"],
                       capture_output=True, check=False)
        times.append(time.perf_counter() - t0)
    return time.perf_counter() - started, times


def whole_class(folder: Path, track: str, jobs: int) -> float:
    out = Path(tempfile.mkdtemp(prefix="rnnquiz-bench-out-"))
    started = time.perf_counter()
    proc = subprocess.run([*RNNQUIZ, "class", "grade", str(folder), "--drill", "lstm", "--track", track, "--out", str(out),
                           "--jobs", str(jobs)], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"class grade failed: {proc.stderr}")
    shutil.rmtree(out, ignore_errors=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--track", choices=("numpy", "torch", "both"), default="both")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    env_home = tempfile.mkdtemp(prefix="rnnquiz-bench-home-")
    os.environ.update(RNNQUIZ_HOME=env_home, OMP_NUM_THREADS="1")
    for track in (("numpy", "torch") if args.track == "both" else (args.track,)):
        folder = Path(tempfile.mkdtemp(prefix="rnnquiz-bench-class-"))
        files = build_class(folder, track, args.students)
        sequential, each = one_by_one(files, track)
        parallel = whole_class(folder, track, args.jobs)
        print(f"{track}: {args.students} submissions; one by one with `drill --strict`: {sequential:.1f} s "
              f"(median {statistics.median(each):.2f} s each); `class grade --jobs {args.jobs}`: {parallel:.1f} s; "
              f"ratio {parallel / sequential:.2f} (target <= 0.70)")
        shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(env_home, ignore_errors=True)


if __name__ == "__main__":
    main()
