"""Benchmark: do `rnnquiz stats` and `rnnquiz ask --due` stay fast with a large answer history?

Builds two progress homes in a temporary folder, one empty and one with 100,000 recorded answers
(spread over 120 days, on the real bank's question ids), then times each command as a subprocess
several times and prints the medians and the ratio large/empty. Target: ratio <= 1.5.

    python bench/bench_progress.py            # 100,000 answers, 7 runs per command
    python bench/bench_progress.py --answers 20000 --runs 5
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

COMMANDS = {
    "stats": ["stats"],
    "stats --json": ["stats", "--json"],
    "ask --due --count 1 --seed 1 --reveal --json": ["ask", "--due", "--count", "1", "--seed", "1", "--reveal", "--json"],
    # stdin closed: opens the store, picks due-first, reaches end of input before answering
    "ask --due --count 1 --seed 1 </dev/null": ["ask", "--due", "--count", "1", "--seed", "1"],
}


def question_pool() -> list[tuple[str, str, str]]:
    """Return (id, topic, kind) of the built-in questions, or made-up ones if no bank loads."""
    from rnnquiz.bank.loader import bank_paths, load_banks

    pool = [(q.id, q.topic, q.kind) for q in load_banks(bank_paths()).questions]
    return pool or [(f"bench-q{i}", f"topic-{i % 12}", "choice") for i in range(300)]


def build_history(home: Path, answers: int, seed: int = 1) -> float:
    """Fill the progress database under `home` with `answers` answers; return seconds taken."""
    from rnnquiz.progress.records import new_uid, normalize_answer, timestamp
    from rnnquiz.progress.store import DB_NAME, ProgressStore

    rng = random.Random(seed)
    pool = question_pool()
    now = datetime.now(timezone.utc)
    start = now - timedelta(days=120)
    step = (now - start) / answers
    records = []
    for n in range(answers):
        qid, topic, kind = rng.choice(pool)
        correct = rng.random() < 0.75
        rating = (3 if rng.random() < 0.8 else 4) if correct else 1
        record = {
            "uid": new_uid(), "item_type": "question", "item_id": qid, "kind": kind, "mode": "review",
            "session_id": f"bench-{n // 20}", "topic": topic, "answered_at": timestamp(start + step * n),
            "correct": correct if kind != "open" else None, "rating": rating,
            "duration_s": round(rng.uniform(3, 90), 2), "hints_used": 0, "detail": {"score": float(correct)},
        }
        records.append(normalize_answer(record, None))
    mocks = [
        {"session_id": f"bench-mock-{i}", "started_at": timestamp(start + timedelta(days=4 * i)), "duration_s": 1500.0,
         "score": float(rng.randint(3, 8)), "max_score": 8.0, "per_topic": {}}
        for i in range(30)
    ]
    began = time.perf_counter()
    with ProgressStore.open(home / DB_NAME) as store:
        store.merge(records, mocks)
    return time.perf_counter() - began


def time_command(args: list[str], home: Path, runs: int) -> float | None:
    """Return the median wall time of `rnnquiz ARGS` in seconds, or None if the command fails."""
    env = {**os.environ, "RNNQUIZ_HOME": str(home)}
    cmd = [sys.executable, "-m", "rnnquiz", *args]
    times = []
    for n in range(runs + 1):  # the first run warms caches (bank cache, .pyc, page cache) and is dropped
        began = time.perf_counter()
        proc = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        elapsed = time.perf_counter() - began
        if proc.returncode not in (0, 1):
            print(f"  skipped `rnnquiz {' '.join(args)}`: exit {proc.returncode}: {proc.stderr.decode(errors='replace').strip()[:200]}")
            return None
        if n:
            times.append(elapsed)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000, help="answers in the large history (default 100000)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command (default 7)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rnnquiz-bench-") as tmp:
        empty, large = Path(tmp) / "empty", Path(tmp) / "large"
        empty.mkdir()
        large.mkdir()
        seconds = build_history(large, args.answers)
        size = (large / "progress.sqlite3").stat().st_size / 1e6
        print(f"built {args.answers} answers in {seconds:.1f} s ({size:.1f} MB); {args.runs} runs per command, median")
        print(f"{'command':<48} {'empty':>9} {'large':>9} {'ratio':>6}")
        worst = 0.0
        for label, command in COMMANDS.items():
            base = time_command(command, empty, args.runs)
            big = time_command(command, large, args.runs) if base is not None else None
            if base is None or big is None:
                continue
            worst = max(worst, big / base)
            print(f"{label:<48} {base * 1000:>7.0f}ms {big * 1000:>7.0f}ms {big / base:>5.2f}x")
        print(f"worst ratio {worst:.2f}x (target <= 1.50x)")


if __name__ == "__main__":
    main()
