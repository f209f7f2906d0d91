"""Golden tests of the grader: one folder per scenario, each with the report a learner must see.

    tests/golden/<drill>/<scenario>/submission.py   the learner's file
    tests/golden/<drill>/<scenario>/track           optional: "torch" (default numpy)
    tests/golden/<drill>/<scenario>/expected.json   the verdict that must not change

expected.json pins what a learner sees, not volatile numbers: `passed`, `status`, `outcome`, the
status of every check, the named mistake, the fault kind, the gate-block analysis, and key
phrases that must appear in a check's message (or in "summary" / "output").

Regenerate after an intended change, then review the diff (phrases are kept):
    python tests/test_grader_golden.py --update [substring ...]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")

GOLDEN = Path(__file__).resolve().parent / "golden"
TIMEOUT = {"numpy": 4.0, "torch": 40.0}  # short for numpy, so the infinite loop costs 4 s


def scenarios() -> list[Path]:
    return sorted(p for p in GOLDEN.glob("*/*") if (p / "submission.py").is_file())


def track_of(folder: Path) -> str:
    marker = folder / "track"
    return marker.read_text().strip() if marker.exists() else "numpy"


def grade(folder: Path):
    from rnnquiz.drills.grade import grade_submission
    from rnnquiz.drills.loader import load_drill
    from rnnquiz.grader.sandbox import Limits

    track = track_of(folder)
    return grade_submission(load_drill(folder.parent.name), folder / "submission.py", track,
                            limits=Limits(timeout_s=TIMEOUT[track]))


def verdict(report) -> dict:
    """Return the stable, user-visible part of a report."""
    diag = report.diagnosis
    data = {
        "passed": report.passed,
        "status": report.status,
        "outcome": report.outcome,
        "checks": {c.id: c.status for c in report.checks},
        "mistake": diag.mistake["id"] if diag and diag.mistake else None,
        "fault": report.fault["kind"] if report.fault else None,
    }
    if diag and (diag.block_order or diag.blocks_off is not None):
        data["block_order"] = diag.block_order
        data["blocks_off"] = diag.blocks_off
    return data


def text_of(report, where: str) -> str:
    if where == "summary":
        return report.summary
    if where == "output":
        return report.output
    if where == "notes":
        return "\n".join(report.diagnosis.notes) if report.diagnosis else ""
    check = report.check(where)
    return check.message if check else ""


@pytest.mark.parametrize("folder", scenarios(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden(folder: Path) -> None:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    report = grade(folder)
    phrases = expected.pop("phrases", {})
    got = verdict(report)
    assert got == expected, f"{folder.name}: {json.dumps(got, indent=1)}\n{report.summary}"
    for where, wanted in phrases.items():
        text = text_of(report, where)
        for phrase in wanted:
            assert phrase in text, f"{folder.name}: {phrase!r} not in {where}: {text!r}"
    json.dumps(report.to_json())  # the whole report is JSON-serialisable
    assert report.reproduce or report.outcome in ("passed", "not-started")
    renders_in_chinese(report, folder)


def renders_in_chinese(report, folder: Path) -> None:
    """Every message of the report renders in Chinese (placeholders filled), and the terminal report does too."""
    import io

    from rich.console import Console

    from rnnquiz.cli import drill_view
    from rnnquiz.drills.loader import load_drill
    from rnnquiz.drills.text import Localized, render

    texts = [report.summary, *(c.message for c in report.checks), *(c.title for c in report.checks)]
    texts += list(report.diagnosis.notes) if report.diagnosis else []
    texts += [report.fault["message"]] if report.fault else []
    for text in texts:
        if not text:
            continue
        assert isinstance(text, Localized), f"{folder.name}: not from the catalogue: {text!r}"
        assert render(text, "en") == text
        # only a signature (`rnn_cell(x, h_prev, ...)`) reads the same in every language
        assert render(text, "zh") != text or getattr(text, "key", "") == "grader.signature.ok", f"{folder.name}: {text!r}"
    buffer = io.StringIO()
    drill_view.report(Console(file=buffer, width=100, color_system=None), report, load_drill(folder.parent.name), "zh")
    for english in ("Likely mistake", "Reproduce", "Gate blocks", "FAILED", "PASSED", "an earlier check did not pass"):
        assert english not in buffer.getvalue(), f"{folder.name}: {english!r} in the Chinese report"


def test_every_scenario_has_expectations() -> None:
    missing = [str(p) for p in scenarios() if not (p / "expected.json").exists()]
    assert not missing, f"run `python tests/test_grader_golden.py --update` and review: {missing}"


def _update(filters: list[str]) -> None:
    for folder in scenarios():
        name = f"{folder.parent.name}/{folder.name}"
        if filters and not any(f in name for f in filters):
            continue
        path = folder / "expected.json"
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        report = grade(folder)
        new = {**verdict(report), "phrases": old.get("phrases", {})}
        path.write_text(json.dumps(new, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{name}: {report.summary}")


if __name__ == "__main__":
    if sys.argv[1:2] != ["--update"]:
        sys.exit(__doc__)
    _update(sys.argv[2:])
