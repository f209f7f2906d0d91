"""Parse bank YAML strictly and validate it against the schema, locating every error."""

from __future__ import annotations

import yaml

from rnnquiz.bank.loader import BankFileError, Problem
from rnnquiz.bank.model import Question
from rnnquiz.bank.schema_names import KINDS, TOPICS

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loading that refuses duplicate keys instead of keeping the last one."""

    def construct_mapping(self, node, deep=False):  # noqa: ANN001
        seen: dict = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                continue  # the base class reports unhashable keys
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (first at line {seen[key].line + 1}); keep one", key_node.start_mark
                )
            seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str, path: str) -> tuple[object, yaml.Node | None]:
    """Return the data and node tree of one YAML document.

    Raises:
        BankFileError: with the line and column of a syntax error or duplicate key.
    """
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
        return data, node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = " ".join(s for s in (exc.context, exc.problem) if s) or "invalid YAML"
        raise BankFileError([Problem(path, line, col, f"YAML: {message}")]) from None
    except yaml.YAMLError as exc:
        raise BankFileError([Problem(path, 0, 0, f"YAML: {exc}")]) from None
    finally:
        loader.dispose()


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


def validate_bank_text(text: str, path: str) -> list[Question]:
    """Validate the text of one bank file and return its questions.

    Raises:
        BankFileError: listing every problem with its line and column.
    """
    from pydantic import ValidationError

    from rnnquiz.bank.schema import FORMAT_VERSION, Bank, BankV1, upgrade_v1_question

    data, root = parse_yaml(text, path)
    if not isinstance(data, dict) or root is None:
        raise BankFileError([Problem(path, 1, 1, f"a bank must be a mapping starting with `format_version: {FORMAT_VERSION}` and a `questions:` list")])
    version = data.get("format_version")
    if version not in (1, 2) or isinstance(version, bool):
        node = node_at(root, ("format_version",))
        raise BankFileError(
            [Problem(path, node.start_mark.line + 1, node.start_mark.column + 1,
                     f"format_version must be {FORMAT_VERSION} (or 1, the older format this rnnquiz still reads)")]
        )
    model, upgrade = (Bank, None) if version == 2 else (BankV1, upgrade_v1_question)
    try:
        bank = model.model_validate(data)
    except ValidationError as exc:
        raise BankFileError(validation_problems(exc, root, path, "`rnnquiz bank schema`")) from None
    problems = []
    questions = []
    seen: dict[str, int] = {}
    qnodes = node_at(root, ("questions",)).value
    for q, qnode in zip(bank.questions, qnodes):
        line = qnode.start_mark.line + 1
        if q.id in seen:
            problems.append(Problem(path, line, qnode.start_mark.column + 1, f"duplicate question id {q.id!r} (first at line {seen[q.id]}); give it a new id"))
            continue
        seen[q.id] = line
        entry = q.model_dump(mode="json", exclude_none=True)
        questions.append(Question.from_dict(upgrade(entry) if upgrade else entry, f"{path}:{line}"))
    if problems:
        raise BankFileError(problems)
    return questions
