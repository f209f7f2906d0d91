"""Parse bank YAML strictly and validate it against the schema, locating every error."""

from __future__ import annotations

import yaml

from rnnquiz.bank.loader import BankContent, BankFileError, Problem
from rnnquiz.bank.model import Question
from rnnquiz.bank.schema_names import KINDS, TOPICS
from rnnquiz.bank.strict_yaml import NeedsNodes, load_document, load_fast, paused_gc


def parse_yaml(text: str, path: str) -> tuple[object, yaml.Node | None]:
    """Return the data and node tree of one YAML document (see `strict_yaml` for what is refused).

    Raises:
        BankFileError: with the line and column of a syntax error or a refused construct.
    """
    try:
        return load_document(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = " ".join(s for s in (exc.context, exc.problem) if s) or "invalid YAML"
        raise BankFileError([Problem(path, line, col, f"YAML: {message}")]) from None
    except yaml.YAMLError as exc:
        raise BankFileError([Problem(path, 0, 0, f"YAML: {exc}")]) from None


def node_at(root: yaml.Node, loc: tuple) -> yaml.Node:
    """Walk a pydantic error location down the node tree as far as it goes."""
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if getattr(k, "value", None) == str(part)), None)
            if match is None:
                # pydantic puts the union tag (the `kind` value) in the path: stay on this node.
                continue
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
    return node


def _describe(err: dict, loc: list, schema_hint: str) -> str:
    where = ".".join(str(p) for p in loc)
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        msg = f"unknown field; check its spelling against {schema_hint}"
    elif err["type"] == "missing":
        msg = "required field is missing"
    elif err["type"] in ("string_type", "int_type", "float_type", "bool_type") and isinstance(err.get("input"), (bool, int, float)):
        msg += f" (got {err['input']!r}; quote it if it is meant as text: YAML reads no/yes/on/off as booleans and 1:30 as a number)"
    elif err["type"] == "union_tag_invalid":
        ctx = err.get("ctx", {})
        msg = f"{ctx.get('discriminator', 'the tag')} must be one of {ctx.get('expected_tags', '')}"
    elif err["type"] == "literal_error" and loc and loc[-1] == "topic":
        msg = f"unknown topic {err.get('input')!r}; use one of: {', '.join(TOPICS)}"
    return f"{where}: {msg}" if where else msg


# Parts of a pydantic error location that are not keys of the document: union tags (a
# question's `kind` value) and validator wrappers.
_NOT_KEYS = set(KINDS) | {"function-after", "function-before", "function-wrap", "function-plain"}


def validation_problems(exc, root: yaml.Node, path: str, schema_hint: str) -> list[Problem]:  # noqa: ANN001
    """Turn a pydantic ValidationError into problems located at their YAML nodes."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = [p for p in err["loc"] if not (isinstance(p, str) and p in _NOT_KEYS)]
        node = node_at(root, tuple(loc))
        problems.append(Problem(path, node.start_mark.line + 1, node.start_mark.column + 1, _describe(err, loc, schema_hint)))
    return problems


MAX_PROBLEMS = 50  # per file: a bank broken everywhere says so without printing thousands of lines


def _capped(problems: list[Problem], path: str) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    last = problems[MAX_PROBLEMS - 1]
    more = Problem(path, last.line, last.col, f"... and {len(problems) - MAX_PROBLEMS} more problems in this file")
    return problems[:MAX_PROBLEMS] + [more]


def validate_bank_text(text: str, path: str) -> BankContent:
    """Validate the text of one bank file and return its questions and field-wide misconceptions.

    A clean file is read the fast way (no node tree); a file with any problem is read again with
    its node tree, so that every problem gets its line and column.

    Raises:
        BankFileError: listing every problem (up to MAX_PROBLEMS) with its line and column.
    """
    try:
        data, places = load_fast(text, "questions")
        with paused_gc():
            return _validate(data, None, path, places)
    except NeedsNodes:
        pass
    data, root = parse_yaml(text, path)
    with paused_gc():
        return _validate(data, root, path)


def _refuse(root: yaml.Node | None, problems: list[Problem], path: str) -> Exception:
    """The error to raise; without a node tree there is no place to give yet: read again with one."""
    if root is None:
        return NeedsNodes()
    return BankFileError(_capped(problems, path))


def _validate(data: object, root: yaml.Node | None, path: str, places: list[tuple[int, int]] | None = None) -> BankContent:
    from pydantic import ValidationError

    from rnnquiz.bank.schema import FORMAT_VERSION, Bank, BankV1, upgrade_v1_question

    if not isinstance(data, dict) or (root is None and places is None):
        raise _refuse(root, [Problem(path, 1, 1, f"a bank must be a mapping starting with `format_version: {FORMAT_VERSION}` and a `questions:` list")], path)
    version = data.get("format_version")
    if version not in (1, 2) or isinstance(version, bool):
        node = node_at(root, ("format_version",)) if root is not None else None
        raise _refuse(root, [Problem(path, node.start_mark.line + 1, node.start_mark.column + 1,
                                     f"format_version must be {FORMAT_VERSION} (or 1, the older format this rnnquiz still reads)")]
                      if node is not None else [], path)
    model, upgrade = (Bank, None) if version == 2 else (BankV1, upgrade_v1_question)
    try:
        bank = model.model_validate(data)
    except ValidationError as exc:
        raise _refuse(root, validation_problems(exc, root, path, "`rnnquiz bank schema`") if root is not None else [], path) from None
    if root is not None:
        listed = node_at(root, ("questions",)) if "questions" in data else None
        places = [(n.start_mark.line + 1, n.start_mark.column + 1) for n in listed.value] if listed is not None else []
    if len(places) != len(bank.questions):
        raise NeedsNodes  # the questions were not where the fast reading looked for them
    problems = []
    questions = []
    seen: dict[str, int] = {}
    for q, (line, col) in zip(bank.questions, places):
        if q.id in seen:
            problems.append(Problem(path, line, col, f"duplicate question id {q.id!r} (first at line {seen[q.id]}); give it a new id"))
            continue
        seen[q.id] = line
        entry = q.model_dump(mode="json", exclude_none=True)
        questions.append(Question.from_dict(upgrade(entry) if upgrade else entry, f"{path}:{line}"))
    if problems:
        raise _refuse(root, problems, path)
    shared = [m.model_dump(mode="json", exclude_none=True) for m in getattr(bank, "misconceptions", [])]
    return BankContent(questions, shared)
