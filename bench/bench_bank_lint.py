"""Benchmark: how long does `rnnquiz bank lint` take on one large bank? Target: under 5 s for 20,000 questions.

Writes one bank of N generated questions (the six kinds in turn, bilingual, short texts: about
600 bytes each, a sixth of the size of the built-in banks' questions) into a temporary folder, then times `rnnquiz bank lint FILE`
as a subprocess several times and prints the median, with the median of linting the built-in
banks in the same run for scale.

    python bench/bench_bank_lint.py                       # 20,000 questions, 5 runs
    python bench/bench_bank_lint.py --questions 5000 --runs 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 5.0


TOPICS = ("rnn-cell", "lstm", "gru", "attention", "training", "seq2seq")


def _text(en: str, zh: str) -> dict:
    return {"en": en, "zh": zh}


def make_question(n: int) -> dict:
    """Return question number `n` of the generated bank: the six kinds in turn, bilingual, short."""
    kind = ("choice", "truefalse", "numeric", "order", "match", "open")[n % 6]
    q = {"id": f"gen-{kind}-{n}", "topic": TOPICS[n % len(TOPICS)], "kind": kind, "difficulty": 1 + n % 3,
         "tags": ["generated"], "source": "bench_bank_lint",
         "prompt": _text(f"Generated {kind} question {n}: what does the forget gate do?", f"生成的第 {n} 题：遗忘门做什么？"),
         "answer": _text(f"Answer {n}: it scales the previous cell state.", f"答案 {n}：它缩放上一时刻的细胞状态。")}
    if kind == "choice":
        q |= {"options": [_text(f"option {i} of {n}", f"第 {n} 题选项 {i}") for i in range(4)], "correct": [n % 4]}
    elif kind == "truefalse":
        q["correct"] = n % 2 == 0
    elif kind == "numeric":
        q |= {"value": 4 * (n % 512 + 1) ** 2, "tolerance": 0.5}
    elif kind == "order":
        q["items"] = [_text(f"step {i} of {n}", f"第 {n} 题步骤 {i}") for i in range(4)]
    elif kind == "match":
        q["pairs"] = [{"left": _text(f"left {i}", f"左 {i}"), "right": _text(f"right {i} of {n}", f"右 {i}")} for i in range(3)]
    else:
        q["key_points"] = [{"text": _text("The forget gate scales the cell state", "遗忘门缩放细胞状态"),
                            "claim": [{"en": ["forget gate"], "zh": ["遗忘门"]}, {"en": ["cell state"], "zh": ["细胞状态"]}]}]
    if n % 10 == 0 and n + 1 < 10**9:
        q["follow_ups"] = [f"gen-{('choice', 'truefalse', 'numeric', 'order', 'match', 'open')[(n + 1) % 6]}-{n + 1}"]
    return q


def write_bank(path: Path, count: int) -> int:
    """Write a format-2 bank of `count` generated questions to `path`; return its size in bytes."""
    import yaml

    questions = [make_question(n) for n in range(count)]
    if questions:
        questions[-1].pop("follow_ups", None)
    text = yaml.dump({"format_version": 2, "questions": questions}, allow_unicode=True, sort_keys=False, width=120,
                     Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper))
    path.write_text(text, encoding="utf-8")
    return path.stat().st_size


def time_lint(args: list[str], env: dict, runs: int) -> tuple[float, str]:
    """Return the median seconds of `rnnquiz bank lint ARGS` and its last summary line."""
    times, last = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "rnnquiz", "bank", "lint", *args], env=env,
                              capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        last = (proc.stdout.strip().splitlines() or [proc.stderr.strip()])[-1]
    return statistics.median(times), last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bank = Path(tmp) / "large.yaml"
        size = write_bank(bank, opts.questions)
        env = {**os.environ, "RNNQUIZ_HOME": str(Path(tmp) / "home"), "RNNQUIZ_CACHE_DIR": str(Path(tmp) / "cache")}
        env.pop("RNNQUIZ_BANKS", None)
        builtin, _ = time_lint([], env, opts.runs)
        large, summary = time_lint([str(bank)], env, opts.runs)
    print(f"bank of {opts.questions} questions, {size / 1e6:.1f} MB: {summary}")
    if not summary.endswith(": 0 problems"):
        print("the generated bank did not lint clean; the timing is not of a full lint")
        return 1
    print(f"bank lint, built-in banks: median {builtin:.2f} s over {opts.runs} runs")
    print(f"bank lint, large bank:     median {large:.2f} s over {opts.runs} runs (target < {TARGET_S:g} s)")
    return 0 if large < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
