"""The two jobs of instructor mode: grade a class folder into OUT_DIR, and grade one Gradescope submission."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from rnnquiz.classroom import html_report, outputs, submissions
from rnnquiz.classroom.grading import Result, grade_class
from rnnquiz.drills.loader import load_drill
from rnnquiz.errors import UsageError


@dataclass(frozen=True)
class ClassSummary:
    """What a class grading did, for the command line to say."""

    results: list[Result]
    students: int
    seconds: float
    files: tuple[str, ...]


def load_drills(ids: list[str], track: str) -> dict:
    """Load each drill freshly (no cache a student could have written) and check it offers the track."""
    if not ids:
        raise UsageError("name at least one drill with --drill (see `rnnquiz drill list`)")
    drills = {}
    for drill_id in ids:
        drill = load_drill(drill_id, use_cache=False)
        drill.check_track(track)
        drills[drill.id] = drill
    return drills


def grade_folder(class_dir: Path, drill_ids: list[str], track: str, out_dir: Path, *, jobs: int | None = None,
                 seed: int = 0, lang: str = "en", timeout: float | None = None, on_found=None, on_result=None) -> ClassSummary:
    """Grade every submission in `class_dir` and write grades.csv, junit.xml, report.html and one folder per student."""
    drills = load_drills(drill_ids, track)
    found = submissions.find(class_dir, list(drills.values()), exclude=(out_dir,))  # OUT_DIR may sit inside CLASS_DIR
    if on_found is not None:
        on_found(len(found))
    started = time.perf_counter()
    results = grade_class(found, drills, track, jobs=jobs, seed=seed, lang=lang, timeout=timeout, on_result=on_result)
    seconds = time.perf_counter() - started
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs.write_csv(out_dir / "grades.csv", results)
    outputs.write_junit(out_dir / "junit.xml", results, lang)
    grouped = outputs.by_student(results)
    for student, rows in grouped.items():
        outputs.write_student(out_dir, student, rows, lang)
    (out_dir / "report.html").write_text(html_report.render_page(results, list(drills), track, lang), encoding="utf-8")
    files = ("grades.csv", "junit.xml", "report.html", f"{len(grouped)} × <student>/results.json, feedback.md")
    return ClassSummary(results, len(grouped), seconds, files)


def _find_in_tree(folder: Path, drill, only: bool) -> tuple[Path | None, str]:
    """Find a drill's file anywhere in an uploaded submission (shallowest first)."""
    file, problem = submissions.pick(folder, drill, only)
    if file is not None or problem == "link":
        return file, problem
    names = {f"{drill.spec.stem}.py", f"{drill.id}.py"}
    found = sorted((p for p in folder.rglob("*.py") if p.name in names), key=lambda p: len(p.parts))
    if not found and only:
        found = sorted(folder.rglob("*.py"), key=lambda p: len(p.parts))
        found = found if len(found) == 1 else []
    if not found:
        return None, "missing"
    return (None, "link") if found[0].is_symlink() else (found[0], "")


def gradescope(root: Path, drill_ids: list[str], track: str, *, seed: int = 0, lang: str = "en",
               timeout: float | None = None) -> dict:
    """Grade `root/submission` as one student and write `root/results/results.json`; return what was written.

    When grading cannot start (no sandbox on the autograder's machine), results.json still says why.
    """
    from rnnquiz.grader.strict import StrictUnavailable

    results_dir = root / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    try:
        drills = load_drills(drill_ids, track)
        folder = root / "submission"
        subs = []
        for drill in drills.values():
            file, problem = _find_in_tree(folder, drill, len(drills) == 1) if folder.is_dir() else (None, "missing")
            subs.append(submissions.Submission("submission", drill.id, file, problem))
        payload = outputs.gradescope_results(grade_class(subs, drills, track, jobs=1, seed=seed, lang=lang, timeout=timeout),
                                             lang)
    except StrictUnavailable as exc:
        payload = {"score": 0, "output": f"The autograder could not start its sandbox, so nothing was graded: {exc}. "
                                         "Please tell your instructor.", "tests": [], "visibility": "visible"}
    (results_dir / "results.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return payload
