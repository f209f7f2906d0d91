"""A small, safe expression language for template formulas, evaluated without `eval`.

Allowed: numbers, strings, True/False, names of the template's parameters and derived values,
arithmetic (+ - * / // % **), comparisons, `and`/`or`/`not`, `a if cond else b`, tuples and lists
(shapes), and the functions in `FUNCTIONS`. Everything else (attributes, subscripts, lambdas,
comprehensions, calls of anything else) is refused when the template is loaded, with the reason.
"""

from __future__ import annotations

import ast
import math
import operator

FUNCTIONS = {"min": min, "max": max, "sum": sum, "len": len, "abs": abs, "ceil": math.ceil, "floor": math.floor, "str": str}
MAX_POWER = 64  # keeps `2 ** 10 ** 9` from taking the machine down

_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Not: operator.not_}
_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
            ast.Gt: operator.gt, ast.GtE: operator.ge}
_SYMBOLS = {ast.Add: "+", ast.Sub: "−", ast.Mult: "·", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "mod", ast.Pow: "^"}


class ExprError(ValueError):
    """An expression that is not allowed, or that fails when evaluated; the message says why."""


class Expr:
    """A checked expression: `Expr("4*H*(D + H)").names` is {"H", "D"}; `.value({...})` evaluates it."""

    def __init__(self, source: str):
        self.source = source
        try:
            self.tree = ast.parse(source.strip(), mode="eval").body
        except SyntaxError as exc:
            raise ExprError(f"cannot parse {source!r}: {exc.msg}") from None
        self.names: set[str] = set()
        self._check(self.tree)

    def _check(self, node: ast.AST) -> None:
        if isinstance(node, ast.Constant):
            if not isinstance(node.value, (int, float, str, bool)):
                raise ExprError(f"{self.source!r}: only numbers, strings and True/False are allowed as constants")
        elif isinstance(node, ast.Name):
            self.names.add(node.id)
        elif isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            self._check(node.left)
            self._check(node.right)
        elif isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
            self._check(node.operand)
        elif isinstance(node, ast.Compare) and all(type(op) in _COMPARE for op in node.ops):
            for part in (node.left, *node.comparators):
                self._check(part)
        elif isinstance(node, ast.BoolOp):
            for part in node.values:
                self._check(part)
        elif isinstance(node, ast.IfExp):
            for part in (node.test, node.body, node.orelse):
                self._check(part)
        elif isinstance(node, (ast.Tuple, ast.List)):
            for part in node.elts:
                self._check(part)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS and not node.keywords:
            for part in node.args:
                self._check(part)
        else:
            raise ExprError(f"{self.source!r}: {type(node).__name__} is not allowed; use arithmetic, comparisons, "
                            f"`a if c else b` and {', '.join(FUNCTIONS)}")

    def value(self, env: dict):  # noqa: ANN201
        """Evaluate with the names bound in `env`.

        Raises:
            ExprError: a name is unbound, or the arithmetic fails (division by zero, a huge power).
        """
        try:
            return _eval(self.tree, env)
        except ExprError:
            raise
        except (ArithmeticError, TypeError, ValueError) as exc:
            raise ExprError(f"{self.source!r}: {exc}") from None

    def filled(self, env: dict) -> str:
        """Return the expression with every name replaced by its value: `4·64·(37 + 64)`."""
        return _show(self.tree, env, symbolic=False)

    def symbolic(self) -> str:
        """Return the expression as a formula: `4·H·(D + H)`."""
        return _show(self.tree, {}, symbolic=True)


def _eval(node: ast.AST, env: dict):  # noqa: ANN202, C901
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in env:
            raise ExprError(f"unknown name {node.id!r}")
        return env[node.id]
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, env), _eval(node.right, env)
        if isinstance(node.op, ast.Pow) and abs(right) > MAX_POWER:
            raise ExprError(f"power {right} is larger than {MAX_POWER}")
        return _BINARY[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp):
        return _UNARY[type(node.op)](_eval(node.operand, env))
    if isinstance(node, ast.Compare):
        left = _eval(node.left, env)
        for op, comp in zip(node.ops, node.comparators):
            right = _eval(comp, env)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.BoolOp):
        values = (_eval(v, env) for v in node.values)
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.IfExp):
        return _eval(node.body if _eval(node.test, env) else node.orelse, env)
    if isinstance(node, (ast.Tuple, ast.List)):
        return [_eval(e, env) for e in node.elts]
    assert isinstance(node, ast.Call)  # the only other node `_check` lets through
    return FUNCTIONS[node.func.id](*(_eval(a, env) for a in node.args))


_PRECEDENCE = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2, ast.FloorDiv: 2, ast.Mod: 2, ast.Pow: 3}


def _show(node: ast.AST, env: dict, *, symbolic: bool, parent: int = 0) -> str:
    if isinstance(node, ast.Name):
        return node.id if symbolic or node.id not in env else _plain(env[node.id])
    if isinstance(node, ast.Constant):
        return _plain(node.value)
    if isinstance(node, ast.BinOp):
        prec = _PRECEDENCE[type(node.op)]
        # a child binding more loosely than its operator needs brackets; so does the right operand of
        # − / // mod at the same level (a − (b − c)), and the left operand of ^ (right-associative)
        left_min = prec + 1 if isinstance(node.op, ast.Pow) else prec
        right_min = prec + 1 if isinstance(node.op, (ast.Sub, ast.Div, ast.FloorDiv, ast.Mod)) else prec
        left = _show(node.left, env, symbolic=symbolic, parent=left_min)
        right = _show(node.right, env, symbolic=symbolic, parent=right_min)
        sym = _SYMBOLS[type(node.op)]
        text = f"{left}{sym}{right}" if isinstance(node.op, (ast.Mult, ast.Pow)) else f"{left} {sym} {right}"
        return f"({text})" if prec < parent else text
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return "−" + _show(node.operand, env, symbolic=symbolic, parent=3)
    if isinstance(node, (ast.Tuple, ast.List)):
        return "(" + ", ".join(_show(e, env, symbolic=symbolic) for e in node.elts) + ")"
    if isinstance(node, ast.Call):
        return f"{node.func.id}(" + ", ".join(_show(a, env, symbolic=symbolic) for a in node.args) + ")"
    if not symbolic:
        return _plain(_eval(node, env))
    return ast.unparse(node)


def _plain(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_plain(v) for v in value) + "]"
    return str(value)
