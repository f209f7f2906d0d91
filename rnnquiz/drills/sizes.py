"""Size expressions of drill shapes (`4*H`, `2*H+1`, `B`), parsed safely and evaluated per case."""

from __future__ import annotations

import ast
import operator
from functools import lru_cache

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.FloorDiv: operator.floordiv}


class SizeExprError(ValueError):
    """A shape entry that is not an integer or an arithmetic expression of size names."""


@lru_cache(maxsize=512)
def _parse(expr: str) -> ast.expr:
    try:
        tree = ast.parse(expr.strip(), mode="eval").body
    except SyntaxError:
        raise SizeExprError(f"{expr!r} is not a size expression; write e.g. 4*H or H+1") from None
    for node in ast.walk(tree):
        if isinstance(node, (ast.BinOp, ast.Name, ast.Load)) or type(node) in _OPS:
            continue
        if isinstance(node, ast.Constant) and type(node.value) is int:
            continue
        raise SizeExprError(f"{expr!r}: only integers, size names and + - * // are allowed")
    return tree


def names_in(size: int | str) -> set[str]:
    """Return the size names an entry uses (none for a plain integer)."""
    if isinstance(size, int):
        return set()
    return {n.id for n in ast.walk(_parse(size)) if isinstance(n, ast.Name)}


def evaluate(size: int | str, sizes: dict[str, int]) -> int:
    """Return the value of one shape entry for a case's sizes.

    Raises:
        SizeExprError: the expression is malformed or uses a name the case does not define.
    """
    if isinstance(size, int):
        return size

    def walk(node: ast.expr) -> int:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            if node.id not in sizes:
                raise SizeExprError(f"size {node.id!r} is not defined by the case {sizes}")
            return sizes[node.id]
        return _OPS[type(node.op)](walk(node.left), walk(node.right))

    return walk(_parse(size))


def shape_of(shape: list[int | str], sizes: dict[str, int]) -> tuple[int, ...]:
    """Return a concrete shape for a case."""
    return tuple(evaluate(s, sizes) for s in shape)


def describe(shape: list[int | str]) -> str:
    """Return a shape as the learner reads it: (B, 4*H)."""
    inner = ", ".join(str(s) for s in shape)
    return f"({inner},)" if len(shape) == 1 else f"({inner})"
