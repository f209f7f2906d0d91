"""Find a class's submissions: one folder per student, flat `<student>.py` files, or a Gradescope export.

Layouts of CLASS_DIR, tried in this order:
- a Gradescope "Export Submissions" folder: `submission_metadata.yml` beside `submission_<n>/`
  folders; the student is the submitter's sid (else email, else name);
- one folder per student (the folder name is the student id) holding `<drill>.py` (the drill's
  file stem, `lstm_seq.py`, or its id, `lstm-seq.py`); with one drill, a folder's only .py file;
- with one drill, `<student>.py` files directly in CLASS_DIR.
A student without a file for a drill is a submission with a problem, never a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rnnquiz.errors import UsageError

METADATA = "submission_metadata.yml"
_SAFE = re.compile(r"[^A-Za-z0-9._@+-]+")


@dataclass(frozen=True)
class Submission:
    """One student's file for one drill, or why there is none (`problem`: missing, unreadable, link)."""

    student: str
    drill: str
    file: Path | None
    problem: str = ""


def safe_id(text: str) -> str:
    """Return a student id usable as a folder name and a CSV cell (no path separators, no leading dot)."""
    cleaned = _SAFE.sub("_", text.strip()).strip("._") or "student"
    return cleaned[:80]


def _candidates(drill) -> list[str]:
    return [f"{drill.spec.stem}.py", f"{drill.id}.py"]


def pick(folder: Path, drill, only_drill: bool) -> tuple[Path | None, str]:
    """Return the file of `drill` in a student folder, or None and why (missing, link)."""
    for name in _candidates(drill):
        path = folder / name
        if path.is_symlink():
            return None, "link"
        if path.is_file():
            return path, ""
    if only_drill:
        files = sorted(p for p in folder.glob("*.py") if p.is_file() or p.is_symlink())
        if len(files) == 1:
            return (None, "link") if files[0].is_symlink() else (files[0], "")
    return None, "missing"


def _readable(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            fh.read(1)
    except OSError:
        return "unreadable"
    return ""


def _gradescope_students(class_dir: Path) -> dict[str, str]:
    """Map each `submission_<n>` folder to its student id, from Gradescope's metadata file."""
    import yaml

    try:
        data = yaml.safe_load((class_dir / METADATA).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{class_dir / METADATA}: cannot read Gradescope's metadata ({exc}); "
                         "export the submissions again or remove the file to grade the folders as student folders") from None
    students = {}
    for folder, entry in (data.items() if isinstance(data, dict) else []):
        entry = entry if isinstance(entry, dict) else {}
        submitters = entry.get(":submitters") or entry.get("submitters") or []
        first = submitters[0] if submitters and isinstance(submitters[0], dict) else {}
        ident = next((str(first[k]) for k in (":sid", "sid", ":email", "email", ":name", "name") if first.get(k)), str(folder))
        students[str(folder)] = safe_id(ident)
    return students


def find(class_dir: Path, drills: list, exclude: tuple[Path, ...] = ()) -> list[Submission]:
    """Return every (student, drill) submission of the class, students sorted by id (`exclude`: e.g. OUT_DIR).

    Raises:
        UsageError: CLASS_DIR is not a folder, holds no submission, or a Gradescope metadata file is broken.
    """
    class_dir = Path(class_dir)
    if not class_dir.is_dir():
        raise UsageError(f"{class_dir}: not a folder; pass the folder holding one folder (or one .py file) per student")
    one = len(drills) == 1
    folders: dict[str, Path] = {}
    if (class_dir / METADATA).is_file():
        for folder, student in _gradescope_students(class_dir).items():
            if (class_dir / folder).is_dir():
                folders[_unique(folders, student)] = class_dir / folder
    else:
        for path in sorted(class_dir.iterdir()):
            if (path.is_dir() and not path.is_symlink() and not path.name.startswith(".")
                    and path.resolve() not in {Path(e).resolve() for e in exclude}):
                folders[_unique(folders, safe_id(path.name))] = path
    found = []
    for student, folder in sorted(folders.items()):
        for drill in drills:
            file, problem = pick(folder, drill, one)
            problem = problem or _readable(file)
            found.append(Submission(student, drill.id, file if not problem else None, problem))
    if one:
        taken = set(folders)
        for path in sorted(class_dir.glob("*.py")):
            student = _unique(taken, safe_id(path.stem))
            taken.add(student)
            problem = "link" if path.is_symlink() else _readable(path)
            found.append(Submission(student, drills[0].id, None if problem else path, problem))
    if not found:
        raise UsageError(f"{class_dir}: no submissions found; expected one folder per student holding "
                         f"{' or '.join(_candidates(drills[0]))}" + (", or <student>.py files" if one else ""))
    return sorted(found, key=lambda s: (s.student, s.drill))


def _unique(taken, student: str) -> str:
    name, n = student, 2
    while name in taken:
        name, n = f"{student}-{n}", n + 1
    return name
