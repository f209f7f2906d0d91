"""How well the grader names mistakes: grade a labeled set of learner files and score the names it gives.

A labeled folder holds `<drill>/labels.yaml` and the files it lists (see tests/data/mutants/README.md).
A buggy file is *named* when one reported explanation covers each of its labeled mistakes with
one of the accepted names, *wrong* when any reported explanation is not among them, *missed*
otherwise; a correct file must pass. About 40% of the files, chosen by a hash of `<drill>/<file>`,
form the held-out part.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

HELD_OUT_PERCENT = 40


def held_out(drill_id: str, name: str) -> bool:
    """Return whether a labeled file belongs to the held-out part (by a hash of its drill and name)."""
    digest = hashlib.sha256(f"{drill_id}/{name}".encode()).digest()
    return digest[0] * 100 // 256 < HELD_OUT_PERCENT


@dataclass
class FileResult:
    drill: str
    name: str
    expected: list  # one list of accepted names per mistake ([] for a correct file)
    reported: list  # the ids the grader gave (a pair is "a + b")
    outcome: str  # named, wrong, missed, passed, failed-correct
    held_out: bool


@dataclass
class Coverage:
    """The results per file, with the figures per drill and overall."""

    files: list[FileResult] = field(default_factory=list)

    def figures(self, part: str = "all", drill: str | None = None) -> dict:
        """Return counts of named/wrong/missed buggy files and passing/failing correct ones."""
        rows = [f for f in self.files if (drill is None or f.drill == drill)
                and (part == "all" or (part == "held-out") == f.held_out)]
        count = {k: sum(f.outcome == k for f in rows) for k in ("named", "wrong", "missed", "passed", "failed-correct")}
        buggy = count["named"] + count["wrong"] + count["missed"]
        count["buggy"] = buggy
        count["rate"] = count["named"] / buggy if buggy else 1.0
        return count


_CATALOG_ID = re.compile(r"^([a-z0-9-]+/)?[a-z0-9-]+$")
_MUTANT_ID = re.compile(r"^([a-z0-9-]+/)?([a-z-]+)(:.*)?(@.+)?$", re.S)


def _an_id(part: str) -> bool:
    """Return whether `part` reads as one whole id: a catalogue id (`blend-flipped`, `gru/tanh-gates`) or a
    mutant's (`op:detail@place`, `overwrite@dW_ih`, `mask-after:weights`) whose operator is a known one."""
    from rnnquiz.drills import mutate

    if _CATALOG_ID.match(part):
        return True
    m = _MUTANT_ID.match(part)
    return bool(m) and m.group(2) in mutate.OPERATORS and (m.group(4) is not None or m.group(3) is not None)


def split_pair(explanation: str) -> list[str]:
    """Split a reported explanation into its one or two ids at a " + " outside brackets that leaves a whole id
    on each side, since a mutation id may itself hold one (`drop-factor:(1.0 - hs[t + 1] ** 2)@dz`,
    `swap:max_norm<>total + 1e-06@coef`)."""
    depth, cuts = 0, []
    for i, ch in enumerate(explanation):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth == 0 and explanation.startswith(" + ", i):
            cuts.append(i)
    for i in cuts:
        a, b = explanation[:i].strip(), explanation[i + 3:].strip()
        if _an_id(a) and _an_id(b):
            return [a, b]
    return [explanation.strip()]


def _covers(explanation: str, expected: list) -> bool:
    parts = split_pair(explanation)
    if len(parts) != len(expected):
        return False
    if len(parts) == 1:
        return parts[0] in expected[0]
    a, b = parts
    return (a in expected[0] and b in expected[1]) or (a in expected[1] and b in expected[0])


def score(expected: list, reported: list, passed: bool) -> str:
    """Return the outcome of one file from its labels and what the grader reported."""
    if not expected:
        return "passed" if passed else "failed-correct"
    if passed or not reported:
        return "missed"
    if not all(_covers(r, expected) for r in reported):
        return "wrong"
    return "named"


def load_labels(folder: Path) -> dict[str, dict]:
    """Return {drill id: {file name: list of accepted-name lists}} of a labeled folder."""
    import yaml

    out = {}
    for labels in sorted(Path(folder).glob("*/labels.yaml")):
        data = yaml.safe_load(labels.read_text(encoding="utf-8"))
        out[labels.parent.name] = {name: [list(m) for m in entry.get("mistakes", [])] for name, entry in data["files"].items()}
    return out


def reported_ids(report) -> list[str]:
    """Return every explanation id of a grading report, best first."""
    diag = report.diagnosis
    if diag is None or not diag.mistake:
        return []
    return [diag.mistake["id"], *(m["id"] for m in diag.also)]


def measure(folder: Path, drills: list[str] | None = None, part: str = "all") -> Coverage:
    """Grade the labeled files of one part ("all", "tuning" or "held-out"; one sandbox child per
    batch) and score the names the grader gives. Files of other parts are not graded at all."""
    from rnnquiz.drills.grade import grade_batch
    from rnnquiz.drills.loader import load_drill

    labels = load_labels(folder)
    items, meta = [], []
    for drill_id, files in labels.items():
        if drills and drill_id not in drills:
            continue
        names = sorted(n for n in files if part == "all" or held_out(drill_id, n) == (part == "held-out"))
        items.append((load_drill(drill_id), [Path(folder) / drill_id / n for n in names]))
        meta.append((drill_id, names))
    coverage = Coverage()
    for (drill_id, names), reports in zip(meta, grade_batch("numpy", items)):
        for name, rep in zip(names, reports):
            expected = labels[drill_id][name]
            ids = reported_ids(rep)
            coverage.files.append(FileResult(drill_id, name, expected, ids, score(expected, ids, rep.passed),
                                             held_out(drill_id, name)))
    return coverage
