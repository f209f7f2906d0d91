"""Load template files, reporting every problem as `file:line:col: message`, and cache them validated.

Validation is the banks' (strict YAML, the pydantic schema, located errors) plus what a schema
cannot see: every expression parses into the safe language and uses only names defined before it,
and every `{placeholder}` of a prompt or explanation is a name the template defines.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from pathlib import Path

from rnnquiz.bank.loader import BankFileError, Problem
from rnnquiz.filecache import read_cached, stamp, write_cached
from rnnquiz.paths import questions_dir

ITEM_PREFIX = "gen:"  # the progress store's item id of a template: one card per skill, not per draw
SPECIAL_PLACEHOLDERS = ("formula", "filled", "answer", "tolerance")


@dataclass(frozen=True)
class GenTemplate:
    """One validated template; `data` holds every field as written in the file."""

    id: str
    topic: str
    difficulty: int
    tags: tuple[str, ...]
    quantity: str
    answer_kind: str
    data: dict = field(repr=False, compare=False)
    origin: str = ""

    @property
    def item_id(self) -> str:
        return ITEM_PREFIX + self.id

    @classmethod
    def from_dict(cls, data: dict, origin: str = "") -> "GenTemplate":
        return cls(data["id"], data["topic"], data["difficulty"], tuple(data.get("tags") or ()), data["quantity"],
                   data.get("answer_kind", "number"), data, origin)


@dataclass
class TemplateSet:
    templates: list[GenTemplate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def by_id(self) -> dict[str, GenTemplate]:
        return {t.id: t for t in self.templates}


def templates_dir() -> Path:
    """Return the folder of the built-in templates."""
    return questions_dir() / "generated"


def load_template_file(path: Path, *, use_cache: bool = True) -> list[GenTemplate]:
    """Load one template file.

    Raises:
        BankFileError: the file cannot be read, parsed or validated; every problem has a location.
    """
    path = Path(path).resolve()
    cached = read_cached("generated", path) if use_cache else None
    if cached is not None:
        try:
            return [GenTemplate.from_dict(d, origin) for d, origin in cached]
        except (KeyError, TypeError, ValueError):
            pass
    try:
        version = stamp(path)
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BankFileError([Problem(str(path), 0, 0, f"cannot read the template file: {exc}")]) from None
    templates = validate_template_text(text, str(path))
    if use_cache:
        write_cached("generated", path, [[t.data, t.origin] for t in templates], version)
    return templates


def load_templates(folder: Path | None = None, *, use_cache: bool = True) -> TemplateSet:
    """Load every template file in `folder` (default: the built-in ones); a broken file is reported and skipped."""
    folder = folder or templates_dir()
    result = TemplateSet()
    seen: dict[str, str] = {}
    files = sorted(f for f in folder.glob("*.y*ml") if f.is_file()) if folder.is_dir() else []
    for f in files:
        try:
            loaded = load_template_file(f, use_cache=use_cache)
        except BankFileError as exc:
            result.problems.extend(exc.problems)
            continue
        for t in loaded:
            if t.id in seen:
                path, _, line = t.origin.rpartition(":")
                result.problems.append(Problem(path, int(line or 0), 1, f"duplicate template id {t.id!r}: already used at {seen[t.id]}; rename one"))
                continue
            seen[t.id] = t.origin
            result.templates.append(t)
    return result


def validate_template_text(text: str, path: str) -> list[GenTemplate]:
    """Validate the text of one template file and return its templates.

    Raises:
        BankFileError: listing every problem with its line and column.
    """
    from pydantic import ValidationError

    from rnnquiz.bank.validate import node_at, parse_yaml, validation_problems
    from rnnquiz.generated.schema import TemplateFile

    data, root = parse_yaml(text, path)
    if not isinstance(data, dict) or root is None:
        raise BankFileError([Problem(path, 1, 1, "a template file must be a mapping with `format_version: 1` and a `templates:` list")])
    try:
        parsed = TemplateFile.model_validate(data)
    except ValidationError as exc:
        raise BankFileError(validation_problems(exc, root, path, "the template schema (rnnquiz/generated/schema.py)")) from None
    problems: list[Problem] = []
    templates: list[GenTemplate] = []
    tnodes = node_at(root, ("templates",)).value
    for i, (t, tnode) in enumerate(zip(parsed.templates, tnodes)):
        entry = t.model_dump(mode="json", exclude_none=True)
        for loc, message in semantic_problems(entry):
            node = node_at(root, ("templates", i, *loc))
            problems.append(Problem(path, node.start_mark.line + 1, node.start_mark.column + 1, f"{entry['id']}: {message}"))
        templates.append(GenTemplate.from_dict(entry, f"{path}:{tnode.start_mark.line + 1}"))
    if problems:
        raise BankFileError(problems)
    return templates


def semantic_problems(t: dict) -> list[tuple[tuple, str]]:
    """Return (location, message) for each expression or placeholder the template cannot evaluate."""
    from rnnquiz.generated.expr import Expr, ExprError
    from rnnquiz.generated.schema import NN_MODULES

    problems: list[tuple[tuple, str]] = []
    defined: set[str] = set()

    def check(loc: tuple, source: object) -> None:
        if not isinstance(source, str):
            return
        try:
            unknown = sorted(Expr(source).names - defined)
        except ExprError as exc:
            problems.append((loc, str(exc)))
            return
        if unknown:
            problems.append((loc, f"{source!r} uses {', '.join(unknown)}, not defined before it (params, then let in order)"))

    for name, spec in t["params"].items():
        for key in ("count", "max"):
            if "lengths" in spec:
                check(("params", name, "lengths", key), spec["lengths"][key])
        defined.add(name)
    for name, source in t.get("let", {}).items():
        check(("let", name), source)
        defined.add(name)
    for n, source in enumerate(t.get("require", [])):
        check(("require", n), source)
    for key in ("answer", "tolerance", "probe"):
        check((key,), t.get(key))
    holder = t.get("module") or t.get("composite")
    which = "module" if "module" in t else "composite"
    for key, source in holder["kwargs"].items():
        check((which, "kwargs", key), source)
    if "module" in t and t["module"]["type"] not in defined and t["module"]["type"] not in NN_MODULES:
        problems.append((("module", "type"), f"module type {t['module']['type']!r} is not one of {', '.join(NN_MODULES)} nor a parameter"))
    forward = t.get("forward") or {}
    for key, source in forward.get("inputs", {}).items():
        check(("forward", "inputs", key), source)
    for key in ("lengths", "steps"):
        check(("forward", key), forward.get(key))
    allowed = defined | set(SPECIAL_PLACEHOLDERS)
    for key in ("prompt", "explanation"):
        for lang in ("en", "zh"):
            names = {f for _, f, _, _ in string.Formatter().parse(t[key][lang]) if f is not None}
            bad = sorted(names - allowed)
            if bad:
                problems.append(((key, lang), f"placeholder {{{bad[0]}}} is not a parameter, a let value or one of {', '.join(SPECIAL_PLACEHOLDERS)}"))
    return problems
