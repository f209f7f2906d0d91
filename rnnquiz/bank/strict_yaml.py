"""Parse YAML for banks and drill specs strictly: a hostile file is a located error, never a blow-up.

On top of PyYAML's safe loading (the C parser where it is installed):
- aliases (`*name`) and anchors (`&name`) are refused where they appear, before anything is
  built from them: a few kilobytes of aliases can otherwise expand into gigabytes;
- nesting deeper than `MAX_DEPTH` is refused (deep brackets would exhaust Python's stack);
- duplicate keys are refused instead of the last one winning;
- integers beyond ±2^53 (the range a float, hence JSON, holds exactly) are refused before Python
  converts their digits, and so are non-finite floats (`.nan`, `.inf`, `1e999`).
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterator
from contextlib import contextmanager

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, ScalarNode

MAX_DEPTH = 64
MAX_INT = 2**53
_MAX_INT_CHARS = 40  # digits (or hex, octal, sexagesimal characters) worth converting at all

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictYAMLError(yaml.MarkedYAMLError):
    """A construct banks do not allow, with the place it was found."""


class StrictLoader(Composer, _BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loading without aliases, anchors, deep nesting, duplicate keys, huge or non-finite numbers."""

    def __init__(self, stream: str):
        _BaseLoader.__init__(self, stream)
        Composer.__init__(self)
        self._depth = 0

    # -- composing: Python's composer over the (C) parser's events, so each event can be refused
    def compose_node(self, parent, index):  # noqa: ANN001, ANN201
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise StrictYAMLError(None, None, f"alias *{event.anchor} is not allowed in a bank; write the value out", event.start_mark)
        if event.anchor is not None:
            raise StrictYAMLError(None, None, f"anchor &{event.anchor} is not allowed in a bank; write the value out "
                                  "where it is used instead of an anchor and aliases", event.start_mark)
        if self.check_event(ScalarEvent):
            return self.compose_scalar_node(None)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise StrictYAMLError(None, None, f"nested more than {MAX_DEPTH} levels deep; a bank needs far fewer", event.start_mark)
        try:
            if self.check_event(SequenceStartEvent):
                return self.compose_sequence_node(None)
            if self.check_event(MappingStartEvent):
                return self.compose_mapping_node(None)
        finally:
            self._depth -= 1
        return super().compose_node(parent, index)  # unreachable for a well-formed event stream

    # -- constructing
    def construct_mapping(self, node, deep=False):  # noqa: ANN001, ANN201
        seen: dict = {}
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode):
                key = (key_node.tag, key_node.value)
            else:
                continue  # the base class reports unhashable keys
            if key in seen:
                raise ConstructorError(None, None, f"duplicate key {key_node.value!r} (first at line {seen[key].line + 1}); keep one",
                                       key_node.start_mark)
            seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_int(self, node):  # noqa: ANN001, ANN201
        if len(node.value) > _MAX_INT_CHARS:
            raise StrictYAMLError(None, None, f"integer of {len(node.value)} characters is out of range (at most ±{MAX_INT})", node.start_mark)
        value = super().construct_yaml_int(node)
        if abs(value) > MAX_INT:
            raise StrictYAMLError(None, None, f"integer {value} is out of range (at most ±{MAX_INT}); write a large "
                                  "approximate value as a float such as 1.5e20", node.start_mark)
        return value

    def construct_yaml_float(self, node):  # noqa: ANN001, ANN201
        value = super().construct_yaml_float(node)
        if not math.isfinite(value):
            raise StrictYAMLError(None, None, f"{node.value!r} is not a finite number; banks hold only finite numbers", node.start_mark)
        return value


StrictLoader.add_constructor("tag:yaml.org,2002:int", StrictLoader.construct_yaml_int)
StrictLoader.add_constructor("tag:yaml.org,2002:float", StrictLoader.construct_yaml_float)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large acyclic tree is built.

    Parsing a 20,000-question bank allocates about a million node and value objects, none in a
    cycle; with the collector on, its repeated passes over them cost more than the parse itself.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_document(text: str) -> tuple[object, MappingNode | yaml.Node | None]:
    """Return the data and node tree of one YAML document.

    Raises:
        yaml.YAMLError: a syntax error or a refused construct (MarkedYAMLError carries the place).
    """
    loader = StrictLoader(text)
    try:
        with paused_gc():
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        return data, node
    finally:
        loader.dispose()


class NeedsNodes(Exception):
    """The fast reading met something only the node tree can judge or locate (see `load_fast`)."""


_STR = "tag:yaml.org,2002:str"
_COLLECTION_TAGS = (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def load_fast(text: str, list_key: str) -> tuple[object, list[tuple[int, int]]]:
    """Return a well-formed document's value, built straight from parser events, and item lines.

    The common case, a clean bank, needs no node tree: this skips building one (and PyYAML's
    constructor pass), which halves the time of reading a large bank. It also returns the 1-based
    line and column where each item of the list under the top-level key `list_key` starts.

    Raises:
        NeedsNodes: anything out of the ordinary (an anchor or alias, a tag, a duplicate key, a
            refused number, deep nesting, a syntax error): `load_document` then reads the file
            again and says what and where.
    """
    loader = StrictLoader(text)
    try:
        with paused_gc():
            return _build(loader, list_key)
    except (yaml.YAMLError, NeedsNodes):
        raise NeedsNodes from None
    finally:
        loader.dispose()


def _build(loader: StrictLoader, list_key: str) -> tuple[object, list[tuple[int, int]]]:
    get = loader.get_event
    if not isinstance(get(), yaml.events.StreamStartEvent) or not isinstance(get(), DocumentStartEvent):
        raise NeedsNodes
    stack: list[list] = []  # [container, key waiting for its value (or _NO_KEY)]
    lines: list[tuple[int, int]] = []
    root = None
    while True:
        event = get()
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor is not None:
                raise NeedsNodes
            value = _scalar(loader, event)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or event.tag not in _COLLECTION_TAGS or len(stack) >= MAX_DEPTH:
                raise NeedsNodes
            if len(stack) == 2 and stack[0][1] == list_key and isinstance(stack[1][0], list):
                lines.append((event.start_mark.line + 1, event.start_mark.column + 1))
            stack.append([{} if kind is MappingStartEvent else [], _NO_KEY])
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            value = stack.pop()[0]
        elif kind is DocumentEndEvent and not stack:
            break
        else:
            raise NeedsNodes
        if not stack:
            root = value
            continue
        _attach(stack[-1], value)
    if not isinstance(get(), StreamEndEvent):
        raise NeedsNodes
    return root, lines


_NO_KEY = object()


def _attach(frame: list, value: object) -> None:
    container, key = frame
    if isinstance(container, list):
        container.append(value)
    elif key is _NO_KEY:
        if isinstance(value, (dict, list)):
            raise NeedsNodes
        frame[1] = value
    else:
        if key in container:
            raise NeedsNodes
        container[key] = value
        frame[1] = _NO_KEY


def _scalar(loader: StrictLoader, event: ScalarEvent) -> object:
    tag = event.tag
    if tag is None or tag == "!":
        if not event.implicit[0]:
            return event.value  # quoted: always a string
        tag = loader.resolve(ScalarNode, event.value, event.implicit)
    if tag == _STR:
        return event.value
    construct = type(loader).yaml_constructors.get(tag)
    if construct is None:
        raise NeedsNodes
    return construct(loader, ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style))
