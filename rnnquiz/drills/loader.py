"""Find and load drills: the index, each drill.yaml (validated, errors located), and a drill's files."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rnnquiz.bank.loader import Problem
from rnnquiz.drills.model import Spec
from rnnquiz.drills.text import Join, Msg
from rnnquiz.errors import DrillError, ExitStatus, RnnquizError
from rnnquiz.filecache import read_cached, stamp, write_cached
from rnnquiz.paths import solutions_dir

TRACKS = ("numpy", "torch")


def catalog_dir() -> Path:
    """Return the folder holding index.yaml and one folder per drill."""
    return Path(__file__).resolve().parent / "catalog"


class DrillSpecError(RnnquizError):
    """A drill.yaml or index.yaml that cannot be used; carries every problem found, located."""

    exit_status = ExitStatus.DATA

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def to_json(self) -> list[dict]:
        """Return the problems as JSON-ready dicts (path, line, col, message)."""
        return [{"path": p.path, "line": p.line, "col": p.col, "message": p.message} for p in self.problems]


@dataclass(frozen=True)
class Drill:
    """A validated drill and where its files live."""

    spec: Spec
    folder: Path

    @property
    def id(self) -> str:
        return self.spec.id

    def stub_path(self, track: str) -> Path:
        return self.folder / f"stub_{track}.py"

    def solution_path(self, track: str) -> Path:
        return solutions_dir() / track / f"{self.spec.stem}.py"

    def mistake_path(self, mistake_id: str) -> Path:
        return self.folder / "mistakes" / f"{mistake_id.replace('-', '_')}.py"

    def check_track(self, track: str) -> None:
        """Raise DrillError unless the drill offers this track."""
        if track not in self.spec.tracks:
            tracks = Join("drill.error.no-track-sep", self.spec.tracks)
            raise DrillError(Msg("drill.error.no-track", id=self.id, track=track, tracks=tracks))


def _validate(path: Path, model: type):
    """Parse a YAML file strictly and validate it, raising DrillSpecError with file:line:col."""
    from pydantic import ValidationError

    from rnnquiz.bank.loader import BankFileError
    from rnnquiz.bank.validate import parse_yaml, validation_problems

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DrillSpecError([Problem(str(path), 0, 0, f"cannot read the file ({exc}); check it exists and is UTF-8")]) from None
    try:
        data, root = parse_yaml(text, str(path))
    except BankFileError as exc:
        raise DrillSpecError(exc.problems) from None
    if not isinstance(data, dict) or root is None:
        raise DrillSpecError([Problem(str(path), 1, 1, "expected a mapping starting with `format_version: 1`")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise DrillSpecError(validation_problems(exc, root, str(path), "the drill format (rnnquiz dev schema)")) from None


def load_spec(path: Path, *, use_cache: bool = True) -> Spec:
    """Load and validate one drill.yaml (validated once per file version); its id must be its folder's name.

    Raises:
        DrillSpecError: every problem, located as file:line:col.
    """
    path = Path(path).resolve()
    data = read_cached("drills", path) if use_cache else None
    if data is None:
        from rnnquiz.drills.spec import DrillSpec

        version = stamp(path) if path.exists() else None
        spec = _validate(path, DrillSpec)
        if spec.id != path.parent.name:
            raise DrillSpecError([Problem(str(path), 1, 1, f"id {spec.id!r} differs from the folder name {path.parent.name!r}; a drill's id is its folder name")])
        data = spec.model_dump(mode="json", by_alias=True, exclude_none=True)
        if use_cache:
            write_cached("drills", path, data, version)
    return Spec.from_dict(data)


@lru_cache(maxsize=8)
def load_index(root: Path | None = None, use_cache: bool = True) -> tuple[str, ...]:
    """Return the drill ids of the index, in display order (`use_cache=False` reads and validates the YAML).

    Raises:
        DrillSpecError: index.yaml is missing or invalid.
    """
    path = ((root or catalog_dir()) / "index.yaml").resolve()
    data = read_cached("drills", path) if path.exists() and use_cache else None
    if data is None:
        from rnnquiz.drills.spec import DrillIndex

        version = stamp(path) if path.exists() else None
        data = _validate(path, DrillIndex).model_dump(mode="json")
        if use_cache:
            write_cached("drills", path, data, version)
    return tuple(data["drills"])


@lru_cache(maxsize=64)
def load_drill(drill_id: str, root: Path | None = None, use_cache: bool = True) -> Drill:
    """Return a drill of the index by id; `use_cache=False` (strict grading) trusts no cached validation.

    Raises:
        DrillError: no such drill (the message suggests close ids).
        DrillSpecError: the drill's files are broken.
    """
    ids = load_index(root, use_cache)
    if drill_id not in ids:
        close = difflib.get_close_matches(drill_id, ids, n=3)
        hint = Msg("drill.error.did-you-mean", ids=Join("drill.sep.or", close)) if close else ""
        raise DrillError(Msg("drill.error.unknown", id=drill_id, hint=hint))
    folder = (root or catalog_dir()) / drill_id
    return Drill(load_spec(folder / "drill.yaml", use_cache=use_cache), folder)


def all_drills(root: Path | None = None) -> list[Drill]:
    """Return every drill of the index, in display order."""
    return [load_drill(d, root) for d in load_index(root)]
