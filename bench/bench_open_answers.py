"""The open-answer judge against the labeled benchmark, and the speed of `grade-answer`.

    python bench/bench_open_answers.py            # figures on the held-out split (and dev, all)
    python bench/bench_open_answers.py --misses   # also list the dev answers it misjudges

The labeled answers are in tests/data/answers/ (written as candidates speak, half in Chinese);
questions are split once by a hash of their id; the rubrics were tuned on `dev`, and on `tune`
(tests/data/tuning: later writers' answers over all open questions, among them the earlier
held-out sets once they had been reported), never on `test` nor on `fresh` (tests/data/heldout14:
three or four answers each to all 114 open questions, written last by four writers from the
prompts and model answers alone, and judged only to report these figures).
Speed: median of `rnnquiz grade-answer` on an English answer vs `rnnquiz --help`, interleaved.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGETS = {
    "good_suggested_good_or_better": (">=", 0.85),
    "good_suggested_again": ("==", 0.0),
    "wrong_suggested_again": (">=", 0.95),
    "wrong_suggested_good_or_better": ("==", 0.0),
    "off_topic_suggested_again": ("==", 1.0),
    "within_one_grade": (">=", 0.90),
}


def figures() -> dict:
    from rnnquiz.bank.loader import bank_paths, load_banks
    from rnnquiz.rubric.evaluate import evaluate, load_answers

    by_id = load_banks(bank_paths()).by_id()
    data = ROOT / "tests" / "data"
    fresh = load_answers(data / "heldout14", "fresh")
    answers = load_answers(data / "answers") + fresh + load_answers(data / "tuning", "tune")
    scores, misses = evaluate(answers, by_id)
    return {key: s.figures() for key, s in scores.items()}, misses


# An installed rnnquiz has its modules compiled to bytecode (pip does it); a shell that sets
# PYTHONDONTWRITEBYTECODE would make every run recompile them, which no user sees.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    return time.perf_counter() - start


def speed(rounds: int = 15) -> None:
    exe = [sys.executable, "-m", "rnnquiz"]
    answer = "The cell state is updated additively, so the gradient through it is scaled by the forget gate, not squashed."
    cases = {"--help": exe + ["--help"], "grade-answer (en)": exe + ["grade-answer", "lstm-cec", "--answer", answer, "--json"]}
    for cmd in cases.values():
        timed(cmd)  # warm the bank cache and write the bytecode
    runs = {name: [] for name in cases}
    for _ in range(rounds):
        for name, cmd in cases.items():
            runs[name].append(timed(cmd))
    base = statistics.median(runs["--help"])
    for name, values in runs.items():
        med = statistics.median(values)
        print(f"{name:20s} median {med * 1000:6.0f} ms   {med / base:4.2f}× rnnquiz --help")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the misjudged dev answers")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    table, misses = figures()
    for split in ("test", "fresh", "dev", "tune"):
        print(f"\n== {split} ==")
        for lang in ("all", "en", "zh"):
            f = table.get((split, lang))
            if not f:
                continue
            cells = []
            for name, (op, goal) in TARGETS.items():
                value = f[name]
                ok = value is None or (value >= goal if op == ">=" else abs(value - goal) < 1e-9)
                cells.append(f"{name}={'n/a' if value is None else f'{value:.0%}'}{'' if ok else ' ✗'}")
            print(f"{lang:3s} n={f['answers']:3d}  " + "  ".join(cells))
    if args.misses:
        for m in misses:
            if m["split"] == "dev":
                print(f"- {m['question']} [{m['lang']}] {m['label']} → {m['suggested']} ({m['reason']}): {m['text'][:160]}")
    if not args.no_speed:
        print()
        speed()


if __name__ == "__main__":
    main()
