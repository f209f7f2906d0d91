"""Read a learner's file (never run it) for APIs the drill forbids, and in strict mode for ways around the grader.

A drill lists what would do the work for the learner (`torch.nn.LSTMCell`, `torch.lstm_cell`);
every drill refuses `rnnquiz` (the grader and its reference solutions) and the private torch
modules `torch._C` and `torch._VF`, on both tracks. Names are followed through
aliases (`import torch.nn as nn`, `from torch.nn import LSTMCell as Cell`) and constant `getattr`
names; a forbidden `torch.X.Name` is also found under another path of torch (`torch.nn.modules.rnn.
LSTMCell`). Strict mode also refuses what could reach around the sandboxed worker from inside the
learner's process: dynamic code (`exec`, `eval`, `__import__`, computed `getattr`), modules outside
the arithmetic standard library, and the attributes that lead to frames, globals and builtins.
The grading child enforces the same forbidden list at run time (`rnnquiz.grader.guard`).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

ALWAYS = ("rnnquiz", "torch._C", "torch._VF")
STRICT_MODULES = frozenset({
    "numpy", "torch", "math", "cmath", "typing", "__future__", "functools", "itertools", "collections", "dataclasses",
    "numbers", "abc", "enum", "operator", "statistics", "fractions", "decimal", "string", "re", "warnings",
    "copy", "heapq", "bisect", "random", "array", "contextlib", "textwrap", "time", "typing_extensions",
})
_DYNAMIC_CALLS = frozenset({"exec", "eval", "compile", "__import__", "globals", "locals", "vars", "breakpoint", "open",
                            "input", "memoryview", "setattr", "delattr"})
_ESCAPE_ATTRS = frozenset({
    "__class__", "__bases__", "__base__", "__mro__", "__subclasses__", "__globals__", "__builtins__", "__dict__",
    "__code__", "__closure__", "__func__", "__self__", "__getattribute__", "__reduce__", "__reduce_ex__", "__loader__",
    "__spec__", "__import__", "__traceback__", "__defaults__", "__kwdefaults__", "__wrapped__", "__subclasshook__",
    "tb_frame", "tb_next", "f_back", "f_globals", "f_locals", "f_builtins", "gi_frame", "cr_frame", "ag_frame",
    "os", "sys", "subprocess", "ctypes", "ctypeslib", "importlib", "builtins", "gc", "inspect", "pickle", "marshal",
    "shutil", "socket", "signal", "multiprocessing", "threading", "_thread", "posix", "resource", "mmap",
})
_ESCAPE_NAMES = frozenset({"__builtins__", "__loader__", "__spec__"})


@dataclass(frozen=True)
class Violation:
    """One use the file may not make: `kind` is forbidden, grader, dynamic or module."""

    kind: str
    name: str  # the API, module or construct, as the learner's code reaches it
    line: int


def forbidden_for(spec) -> list[str]:
    """Return every dotted name refused to a submission of this drill (the same on both tracks)."""
    return [*ALWAYS, *spec.forbidden]


def _covers(prefix: str, name: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _matches(api: str, name: str) -> bool:
    """Whether the dotted `name` reaches the forbidden `api` (also by another path inside the same package)."""
    if _covers(api, name):
        return True
    root, _, rest = api.partition(".")
    last = api.rsplit(".", 1)[-1]
    parts = name.split(".")
    return bool(rest) and parts[0] == root and last in parts[1:] and not api.rsplit(".", 1)[0].endswith("._C")


class _Scanner(ast.NodeVisitor):
    def __init__(self, forbidden: list[str], strict: bool):
        self.forbidden, self.strict = forbidden, strict
        self.aliases: dict[str, str] = {}
        self.found: list[Violation] = []

    def flag(self, kind: str, name: str, node: ast.AST) -> None:
        self.found.append(Violation(kind, name, getattr(node, "lineno", 1)))

    def check_name(self, dotted: str, node: ast.AST) -> None:
        api = next((a for a in self.forbidden if _matches(a, dotted)), None)
        if api is not None:
            kind = "grader" if api == "rnnquiz" else "forbidden"
            self.flag(kind, api if kind != "forbidden" else dotted if _covers(api, dotted) else api, node)

    def check_module(self, module: str, node: ast.AST) -> None:
        self.check_name(module, node)
        if self.strict and module.split(".", 1)[0] not in STRICT_MODULES:
            self.flag("module", module, node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.check_module(alias.name, node)
            if alias.asname:
                self.aliases[alias.asname] = alias.name
            else:
                root = alias.name.split(".", 1)[0]
                self.aliases[root] = root

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level or not node.module:
            return  # a relative import fails in the child on its own: the file is not in a package
        self.check_module(node.module, node)
        for alias in node.names:
            if alias.name == "*":
                continue
            dotted = f"{node.module}.{alias.name}"
            self.check_name(dotted, node)
            self.aliases[alias.asname or alias.name] = dotted

    def dotted(self, node: ast.AST) -> str | None:
        """Return the full dotted name of `a.b.c` when `a` is an imported module or name."""
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id in self.aliases:
            return ".".join([self.aliases[node.id], *reversed(parts)])
        return None

    def visit_Attribute(self, node: ast.Attribute) -> None:
        before = len(self.found)
        dotted = self.dotted(node)
        if dotted is not None:
            self.check_name(dotted, node)
        if self.strict and (node.attr in _ESCAPE_ATTRS or (dotted is not None and node.attr.startswith("_")
                                                             and not node.attr.startswith("__"))):
            self.flag("dynamic", node.attr, node)
        if len(self.found) == before:  # `torch._VF.lstm_cell` is one use, not also one of `torch._VF`
            self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in self.aliases and isinstance(node.ctx, ast.Load):
            self.check_name(self.aliases[node.id], node)
        if self.strict and node.id in _ESCAPE_NAMES:
            self.flag("dynamic", node.id, node)

    def visit_Call(self, node: ast.Call) -> None:
        fn = node.func
        if isinstance(fn, ast.Name) and fn.id == "getattr" and len(node.args) >= 2:
            name = node.args[1]
            if isinstance(name, ast.Constant) and isinstance(name.value, str):
                base = self.dotted(node.args[0]) if isinstance(node.args[0], (ast.Attribute, ast.Name)) else None
                if base is not None:
                    self.check_name(f"{base}.{name.value}", node)
                if self.strict and (name.value in _ESCAPE_ATTRS or name.value.startswith("_")):
                    self.flag("dynamic", f"getattr(…, {name.value!r})", node)
            elif self.strict:
                self.flag("dynamic", "getattr", node)
        elif self.strict and isinstance(fn, ast.Name) and fn.id in _DYNAMIC_CALLS:
            self.flag("dynamic", fn.id, node)
        self.generic_visit(node)


def scan(source: str, forbidden: list[str], *, strict: bool = False) -> list[Violation]:
    """Return what the file may not use, in the order it appears (one entry per name and line).

    A file that does not parse gives no violations: loading it in the child reports the syntax error.
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    scanner = _Scanner(list(forbidden), strict)
    try:
        scanner.visit(tree)
    except RecursionError:
        return [Violation("dynamic", "nesting too deep to read", 1)] if strict else []
    seen, unique = set(), []
    for v in sorted(scanner.found, key=lambda v: v.line):
        if (v.kind, v.name, v.line) not in seen:
            seen.add((v.kind, v.name, v.line))
            unique.append(v)
    return unique
