"""Load and validate bank files, reporting every problem as `file:line:col: message`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from rnnquiz.bank.model import Question
from rnnquiz.errors import BankError
from rnnquiz.filecache import read_cached, stamp, write_cached
from rnnquiz.paths import questions_dir
from rnnquiz.textsafe import escape_controls

BANK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bank file, with the place it was found."""

    path: str
    line: int  # 1-based; 0 when unknown
    col: int  # 1-based; 0 when unknown
    message: str
    fatal: bool = True  # False: the bank still loaded (e.g. a dangling follow-up id)

    def __str__(self) -> str:
        """`file:line:col: message`, the place shortened to what is known; controls escaped visibly."""
        where = self.path
        if self.line > 0:
            where += f":{self.line}" + (f":{self.col}" if self.col > 0 else "")
        return escape_controls(f"{where}: {self.message}")


class BankFileError(BankError):
    """A bank file that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class BankContent:
    """What one valid bank file holds: its questions, and its field-wide misconceptions (as dicts)."""

    questions: list[Question]
    misconceptions: list[dict] = field(default_factory=list)


@dataclass
class BankSet:
    """The questions of every bank that loaded, and the problems of those that did not."""

    questions: list[Question] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    misconceptions: list[dict] = field(default_factory=list)  # field-wide: looked for in every open answer

    def by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}


def _read_cache(path: Path) -> list[Question] | None:
    cached = read_cached("banks", path)
    try:
        return None if cached is None else [Question.from_dict(d, origin) for d, origin in cached]
    except (KeyError, TypeError, ValueError):
        return None


def _write_cache(path: Path, content: BankContent, version: list) -> None:
    write_cached("banks", path, [[q.data, q.origin] for q in content.questions], version)
    write_cached("bank-shared", path, content.misconceptions, version)
    write_cached("bank-ids", path, [q.id for q in content.questions], version)


def field_misconceptions(path: Path) -> list[dict]:
    """Return one bank file's field-wide misconceptions, from its cache when it is up to date.

    Raises:
        BankFileError: the file had to be read again and cannot be used.
    """
    path = Path(path).resolve()
    cached = read_cached("bank-shared", path)
    if isinstance(cached, list):
        return cached
    return _load(path, use_cache=True).misconceptions


def with_field(questions: list[Question], shared: list[dict]) -> list[Question]:
    """The questions, each open one carrying the field-wide misconceptions to look for as well."""
    if not shared:
        return questions
    found = tuple(shared)
    return [replace(q, shared=found) if q.kind == "open" else q for q in questions]


def find_question(paths: list[Path], question_id: str) -> tuple[Question | None, list[Problem]]:
    """Return the question with this id from the first bank under `paths` that has it.

    Reads only the small id lists cached beside each validated bank until one has the id, so
    grading one answer does not parse every bank. A file that fails to load is reported and skipped.
    """
    files, problems = discover(paths)
    for f in files:
        ids = read_cached("bank-ids", Path(f).resolve())
        if ids is not None and question_id not in ids:
            continue
        try:
            questions = load_bank(f)
        except BankFileError as exc:
            problems.extend(exc.problems)
            continue
        match = next((q for q in questions if q.id == question_id), None)
        if match is not None:
            shared = []
            for g in files:  # the field's misconceptions, from every bank that loads
                try:
                    shared.extend(field_misconceptions(g))
                except BankFileError as exc:
                    if g != f:
                        problems.extend(p for p in exc.problems if p not in problems)
            return with_field([match], shared)[0], problems
    return None, problems


def load_bank(path: Path, *, use_cache: bool = True) -> list[Question]:
    """Load one bank file and return its questions.

    Raises:
        BankFileError: the file cannot be read, parsed or validated; every problem has a location.
    """
    return _load(Path(path).resolve(), use_cache=use_cache).questions


def _load(path: Path, *, use_cache: bool) -> BankContent:
    if use_cache:
        cached = _read_cache(path)
        shared = read_cached("bank-shared", path) if cached is not None else None
        if cached is not None and isinstance(shared, list):
            return BankContent(cached, shared)
    from rnnquiz.bank.validate import validate_bank_text

    try:
        version = stamp(path)  # before reading: an edit meanwhile must not be cached as this text
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BankFileError([Problem(str(path), 0, 0, f"not UTF-8 text ({exc.reason}); save the file as UTF-8")]) from None
    except OSError as exc:
        raise BankFileError([Problem(str(path), 0, 0, f"cannot read the file: {exc.strerror}")]) from None
    try:
        content = validate_bank_text(text, str(path))
    except (RecursionError, MemoryError, ValueError, OverflowError) as exc:
        # What the strict parser does not foresee still makes this one bank unusable, not the command.
        raise BankFileError([Problem(str(path), 0, 0, f"cannot load this bank ({type(exc).__name__}: {str(exc)[:200]})")]) from None
    if use_cache:
        _write_cache(path, content, version)
    return content


def discover(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand folders into their bank files; report paths that do not exist."""
    files: list[Path] = []
    problems: list[Problem] = []
    for p in paths:
        p = Path(p).expanduser()
        if p.is_dir():
            files.extend(sorted(f for f in p.iterdir() if f.suffix in BANK_SUFFIXES and f.is_file()))
        elif p.is_file():
            files.append(p)
        else:
            problems.append(Problem(str(p), 0, 0, "no such bank file or folder; check the path given with --bank or RNNQUIZ_BANKS"))
    return files, problems


def bank_paths(extra: list[Path] | None = None, *, builtin: bool = True) -> list[Path]:
    """Return the bank locations in use: built-in, then $RNNQUIZ_BANKS, then --bank paths."""
    paths: list[Path] = [questions_dir()] if builtin else []
    env = os.environ.get("RNNQUIZ_BANKS", "")
    paths.extend(Path(p) for p in env.split(os.pathsep) if p.strip())
    paths.extend(Path(p) for p in extra or [])
    return paths


def load_banks(paths: list[Path], *, use_cache: bool = True) -> BankSet:
    """Load every bank under `paths`; a broken file is reported and skipped, the rest loads."""
    files, problems = discover(paths)
    result = BankSet(problems=problems, files=files)
    seen: dict[str, Question] = {}
    for f in files:
        try:
            content = _load(Path(f).resolve(), use_cache=use_cache)
        except BankFileError as exc:
            result.problems.extend(exc.problems)
            continue
        questions = content.questions
        result.misconceptions.extend(content.misconceptions)
        for q in questions:
            if q.id in seen:
                line = int(q.origin.rsplit(":", 1)[-1] or 0)
                result.problems.append(
                    Problem(str(f.resolve()), line, 1, f"duplicate question id {q.id!r}: already used at {seen[q.id].origin}; give it a new id (this copy is skipped)", fatal=False)
                )
                continue
            seen[q.id] = q
            result.questions.append(q)
    result.questions = with_field(result.questions, result.misconceptions)
    for q in result.questions:
        for ref in q.follow_ups:
            if ref not in seen:
                path, _, line = q.origin.rpartition(":")
                result.problems.append(
                    Problem(path, int(line or 0), 1, f"follow-up {ref!r} of {q.id!r} is not a question id in any loaded bank", fatal=False)
                )
    return result
