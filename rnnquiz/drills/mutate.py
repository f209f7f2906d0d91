"""Mutation operators over a trusted NumPy source: each yields one small, named change of the code.

A `Mutation` names what changed and where (`act:tanh>sigmoid@n`: the operator, its detail, the
variable computed by the statement it hit) and applies itself to a copy of the parsed module.
Two mutations of one module apply together when their nodes do not overlap, so pairs of mistakes
are built the same way as single ones. Only trusted files (references, catalogued mistakes) are
ever mutated; the learner's code is never parsed here.
"""

from __future__ import annotations

import ast
import itertools
from dataclasses import dataclass, field

from rnnquiz.drills.rewrite import RELU, SIGMOID, apply, chain, factor_text, one_minus, rebuild, text  # noqa: F401 - apply, RELU, SIGMOID: used as mutate.*

ACTIVATION_HELPERS = ("_sigmoid", "sigmoid", "_relu", "relu")  # helpers not mutated themselves
_NEW_AXES = (0, 1, 2, -1, -2)
_REDUCTIONS = ("max", "sum", "mean")
OPERATORS = ("act", "drop", "minmax", "move-act", "swap", "flip", "transpose", "drop-term", "drop-factor", "drop-div",
             "overwrite", "shift", "range", "cmp", "step", "axis", "invert", "unmask", "fill", "mask-after", "reverse",
             "name", "couple", "ones", "zeros", "reorder")  # every operator a mutation id may start with


@dataclass(frozen=True)
class Mutation:
    """One change of the module: `targets` index nodes of `ast.walk(tree)`; `values` fill its description."""

    id: str
    op: str
    values: dict = field(hash=False, compare=False)
    targets: tuple = ()
    params: tuple = ()


def _act_name(call: ast.AST) -> str | None:
    """Return tanh, sigmoid, sqrt, maximum, minimum, min or max for a call of one of them."""
    if not isinstance(call, ast.Call):
        return None
    f = call.func
    name = f.attr if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "np" else \
        f.id if isinstance(f, ast.Name) else None
    if name in ("_sigmoid", "sigmoid", SIGMOID):
        return "sigmoid"
    return name if name in ("tanh", "sqrt", "maximum", "minimum", "min", "max", "exp") else None


def _is_neg_inf(node: ast.AST) -> bool:
    return isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and text(node.operand) in ("np.inf", "float('inf')")


def _axis_value(call: ast.Call):
    for kw in call.keywords:
        if kw.arg == "axis":
            try:
                return ast.literal_eval(kw.value)
            except ValueError:
                return None
    return None


def _keepdims(call: ast.Call) -> bool:
    return any(kw.arg == "keepdims" and text(kw.value) == "True" for kw in call.keywords)


class _Index:
    """Parents, enclosing statements and places of every node of one module."""

    def __init__(self, tree: ast.Module, skip: tuple):
        self.tree = tree
        self.nodes = list(ast.walk(tree))
        self.number = {id(n): i for i, n in enumerate(self.nodes)}
        self.parent: dict = {}
        for node in self.nodes:
            for child in ast.iter_child_nodes(node):
                self.parent[id(child)] = node
        self.functions = [f for f in tree.body if isinstance(f, ast.FunctionDef)
                          and f.name not in ACTIVATION_HELPERS and f.name not in skip]

    def statement(self, node: ast.AST) -> ast.stmt:
        while not isinstance(node, ast.stmt):
            node = self.parent[id(node)]
        return node

    def function(self, node: ast.AST) -> ast.FunctionDef:
        while not isinstance(node, ast.FunctionDef):
            node = self.parent[id(node)]
        return node

    def place(self, node: ast.AST) -> str:
        """Return the variable computed by the statement holding `node` (`return`, `for`)."""
        stmt = self.statement(node)
        if isinstance(stmt, ast.Return):
            return "return"
        if isinstance(stmt, ast.For):
            return "for"
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) else getattr(stmt, "target", None)
        while isinstance(target, (ast.Subscript, ast.Attribute, ast.Tuple, ast.Starred)):
            target = target.elts[0] if isinstance(target, ast.Tuple) else target.value
        return target.id if isinstance(target, ast.Name) else "expr"


def _inside_functions(index: _Index):
    for fn in index.functions:
        for stmt in fn.body:
            yield from ast.walk(stmt)


def find_mutations(source: str, *, skip: tuple = ()) -> list[Mutation]:
    """Return every mutation of a module's source, in a stable order (functions named in `skip` untouched)."""
    tree = ast.parse(source)
    index = _Index(tree, skip)
    found: list[Mutation] = []
    for finder in _FINDERS:
        found.extend(finder(index))
    seen: dict[str, int] = {}
    unique = []
    for m in found:  # the same change reached twice (one statement, two routes) is one mutation
        n = seen.get(m.id, 0) + 1
        seen[m.id] = n
        unique.append(m if n == 1 else Mutation(f"{m.id}#{n}", m.op, m.values, m.targets, m.params))
    return unique


def _mut(index: _Index, op: str, detail: str, node: ast.AST, targets: list, params: tuple = (), **values) -> Mutation:
    place = index.place(node)
    head = f"{op}:{detail}" if detail else op
    return Mutation(f"{head}@{place}", op, {"place": place, **values}, tuple(index.number[id(t)] for t in targets), params)


# ---------------------------------------------------------------------------------- finders


def _find_activations(index: _Index):
    for node in _inside_functions(index):
        name = _act_name(node)
        if name is None or not node.args:
            continue
        if name == "tanh":
            yield _mut(index, "act", "tanh>sigmoid", node, [node], ("sigmoid",), old="tanh", new="sigmoid")
            yield _mut(index, "act", "tanh>relu", node, [node], ("relu",), old="tanh", new="relu")
        elif name == "sigmoid":
            yield _mut(index, "act", "sigmoid>tanh", node, [node], ("tanh",), old="sigmoid", new="tanh")
        if name in ("tanh", "sigmoid", "sqrt") and len(node.args) == 1:
            yield _mut(index, "drop", name, node, [node], ("arg", 0), fn=name)
        if name in ("maximum", "minimum", "min", "max") and len(node.args) == 2:
            keep = [i for i, a in enumerate(node.args) if not isinstance(a, ast.Constant) and not (isinstance(a, ast.Name) and a.id.isupper())]
            if len(keep) == 1:
                yield _mut(index, "drop", name, node, [node], ("arg", keep[0]), fn=name)
            other = {"maximum": "minimum", "minimum": "maximum", "min": "max", "max": "min"}[name]
            yield _mut(index, "minmax", f"{name}>{other}", node, [node], ("rename", other), old=name, new=other)


def _find_move_act(index: _Index):
    for node in _inside_functions(index):
        if not isinstance(node, ast.BinOp):
            continue
        for side in ("left", "right"):
            inner = getattr(node, side)
            name = _act_name(inner)
            if name in ("tanh", "sigmoid") and len(inner.args) == 1:
                yield _mut(index, "move-act", name, node, [node], (side,), fn=name)


def _find_swaps(index: _Index):
    for node in _inside_functions(index):
        if isinstance(node, (ast.List, ast.Tuple)) and isinstance(node.ctx, ast.Load) and 2 <= len(node.elts) <= 4:
            parent = index.parent[id(node)]
            if isinstance(parent, ast.Subscript) and parent.slice is node:
                continue  # an index like [:, :H], not a list of values
            for i, j in itertools.combinations(range(len(node.elts)), 2):
                a, b = text(node.elts[i]), text(node.elts[j])
                if a != b and len(a) <= 40 and len(b) <= 40:
                    yield _mut(index, "swap", f"{a}<>{b}", node, [node], ("elts", i, j), a=a, b=b)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Sub, ast.Div)):
            if not isinstance(node.left, ast.Constant) and not isinstance(node.right, ast.Constant):
                a, b = text(node.left), text(node.right)
                yield _mut(index, "swap", f"{a}<>{b}", node, [node], ("operands",), a=a, b=b)
                if isinstance(node.op, ast.Div) and _guarded(node.right) is not None:
                    # a ratio turned upside down keeps its guard (+ eps) in the denominator: b / (a + eps)
                    side = _guarded(node.right)
                    bare = text((node.right.left, node.right.right)[1 - side])
                    m = _mut(index, "swap", f"{a}<>{b}", node, [node], ("operands-guarded", side), a=a, b=bare)
                    yield Mutation(f"{m.id}~guarded", m.op, m.values, m.targets, m.params)


def _guarded(node: ast.AST) -> int | None:
    """Return which side of `x + eps` is the small constant guard (1 for `x + 1e-6`, 0 for `1e-6 + x`), else None."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        for side, other in ((1, node.left), (0, node.right)):
            const = (node.left, node.right)[side]
            if isinstance(const, ast.Constant) and isinstance(const.value, float) and 0 < const.value < 1e-3 \
                    and not isinstance(other, ast.Constant):
                return side
    return None


def _find_flips(index: _Index):
    for fn in index.functions:
        for stmt in ast.walk(fn):
            if not isinstance(stmt, (ast.Assign, ast.Return, ast.AugAssign)) or stmt.value is None:
                continue
            complements = {one_minus(n) for n in ast.walk(stmt.value)} - {None}
            for name in sorted(complements):
                bare = [n for n in ast.walk(stmt.value) if isinstance(n, ast.Name) and n.id == name
                        and one_minus(index.parent[id(n)]) is None]
                if bare:
                    yield _mut(index, "flip", name, stmt.value, [stmt.value], (name,), name=name)


def _find_transposes(index: _Index):
    params = {a.arg for fn in index.functions for a in fn.args.args}
    for node in _inside_functions(index):
        if isinstance(node, ast.Attribute) and node.attr == "T" and isinstance(node.value, ast.Name):
            yield _mut(index, "transpose", node.value.id, node, [node], ("untranspose",), name=node.value.id)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult) and isinstance(node.right, ast.Name) \
                and node.right.id in params:
            yield _mut(index, "transpose", node.right.id, node, [node], ("transpose",), name=node.right.id)


def _in_index(index: _Index, node: ast.AST) -> bool:
    while not isinstance(node, ast.stmt):
        parent = index.parent[id(node)]
        if isinstance(parent, ast.Subscript) and parent.slice is node:
            return True
        node = parent
    return False


def _find_terms(index: _Index):
    for node in _inside_functions(index):
        parent = index.parent.get(id(node))
        if not isinstance(node, ast.BinOp) or (isinstance(parent, ast.BinOp) and type(parent.op) is type(node.op) and parent.left is node):
            continue  # only the top of a chain
        if _in_index(index, node):
            continue  # index arithmetic (t + 1, 2 * H) is the shift operator's
        if isinstance(node.op, ast.Add):
            terms = chain(node, ast.Add)
            for k, term in enumerate(terms):
                yield _mut(index, "drop-term", text(term), node, [node], ("drop-term", k), term=text(term))
        elif isinstance(node.op, ast.Mult):
            factors = chain(node, ast.Mult)
            for k, factor in enumerate(factors):
                yield _mut(index, "drop-factor", factor_text(factor), node, [node], ("drop-factor", k), factor=factor_text(factor))
            if len(factors) >= 3:
                rest = text(rebuild(factors[1:], ast.Mult))
                yield _mut(index, "drop-factor", rest, node, [node], ("keep-first",), factor=rest)
        elif isinstance(node.op, ast.Div):
            yield _mut(index, "drop-div", text(node.right), node, [node], ("drop-div",), den=text(node.right))


def _find_overwrites(index: _Index):
    for node in _inside_functions(index):
        if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
            yield _mut(index, "overwrite", "", node, [node], ())


def _shiftable(node: ast.AST) -> list:
    """Return the Names of an index that a time or id shift can move: `t`, `t + 1`, `ids`."""
    if isinstance(node, ast.Name):
        return [node]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)) and isinstance(node.left, ast.Name) \
            and isinstance(node.right, ast.Constant):
        return [node.left]
    if isinstance(node, ast.Tuple):
        return [n for e in node.elts for n in _shiftable(e)]
    return []


def _find_shifts(index: _Index):
    for node in _inside_functions(index):
        if isinstance(node, ast.Subscript):
            for name in _shiftable(node.slice):
                for delta in (-1, 1):
                    detail = f"{name.id}{delta:+d}"
                    yield _mut(index, "shift", detail, node, [name], ("shift", delta), name=name.id, delta=f"{delta:+d}")


def _find_axes(index: _Index):
    for fn in index.functions:
        groups: dict = {}
        for node in ast.walk(fn):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _REDUCTIONS:
                axis = _axis_value(node)
                if isinstance(axis, int):
                    groups.setdefault((axis, _keepdims(node)), []).append(node)
        for (axis, _), calls in groups.items():
            sums = [c for c in calls if c.func.attr == "sum"]
            anchor = (sums or calls)[0]
            for new in _NEW_AXES:
                if new != axis:
                    yield _mut(index, "axis", f"{axis}>{new}", anchor, calls, ("axis", new), old=str(axis), new=str(new))


def _is_where(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and text(node.func) == "np.where" and len(node.args) == 3


def _find_masks(index: _Index):
    for node in _inside_functions(index):
        if not _is_where(node):
            continue
        cond = text(node.args[0])
        yield _mut(index, "invert", cond, node, [node], ("invert",), cond=cond)
        yield _mut(index, "unmask", cond, node, [node], ("unmask",), cond=cond)
        if _is_neg_inf(node.args[2]):
            yield _mut(index, "fill", "-inf>0", node, [node.args[2]], ("zero",))
        stmt = index.statement(node)
        if isinstance(stmt, ast.Assign) and stmt.value is node and isinstance(stmt.targets[0], ast.Name) \
                and text(node.args[1]) == stmt.targets[0].id:
            body = index.parent[id(stmt)].body
            at = body.index(stmt)
            for later in body[at + 1: at + 5]:
                if isinstance(later, ast.Assign) and isinstance(later.targets[0], ast.Name):
                    name = later.targets[0].id
                    yield Mutation(f"mask-after:{name}", "mask-after", {"place": name, "cond": cond},
                                   (index.number[id(stmt)], index.number[id(later)]), ("mask-after", name))


def _find_reversals(index: _Index):
    for node in _inside_functions(index):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        if node.func.id == "reversed" and len(node.args) == 1:
            yield _mut(index, "reverse", "", node, [node], ("unwrap",))
        elif node.func.id == "range" and len(node.args) == 1:
            yield _mut(index, "reverse", "", node, [node], ("backwards",))
        elif node.func.id == "range" and len(node.args) == 3 and text(node.args[2]) == "-1":
            yield _mut(index, "reverse", "", node, [node], ("forwards",))


def _assigned_before(fn: ast.FunctionDef, stmt: ast.stmt) -> set[str]:
    names = {a.arg for a in fn.args.args}
    for node in ast.walk(fn):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and getattr(node, "lineno", 0) < stmt.lineno:
            names.add(node.id)
    return names


def _simple_statements(index: _Index):
    for fn in index.functions:
        for stmt in ast.walk(fn):
            if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.Return, ast.Expr)) and getattr(stmt, "value", None) is not None:
                yield fn, stmt


def _loads(stmt: ast.stmt, index: _Index) -> dict[str, list]:
    out: dict = {}
    for node in ast.walk(stmt.value):
        parent = index.parent[id(node)]
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id != "np" \
                and not (isinstance(parent, ast.Call) and parent.func is node):
            out.setdefault(node.id, []).append(node)
    return out


def _find_names(index: _Index):
    for fn, stmt in _simple_statements(index):
        known = _assigned_before(fn, stmt)
        for name, nodes in _loads(stmt, index).items():
            for other in sorted(known):
                if other != name and other[0] == name[0] and other not in ("np",):
                    yield _mut(index, "name", f"{name}>{other}", stmt, nodes, ("rename", other), old=name, new=other)


def _sigmoid_gates(fn: ast.FunctionDef) -> list[str]:
    return [s.targets[0].id for s in ast.walk(fn) if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Name)
            and _act_name(s.value) == "sigmoid"]


def _find_couplings(index: _Index):
    for fn, stmt in _simple_statements(index):
        gates = _sigmoid_gates(fn)
        loads = _loads(stmt, index)
        for a, b in itertools.permutations(gates, 2):
            if a in loads and b in loads:
                yield _mut(index, "couple", f"{a}=1-{b}", stmt, loads[a], ("couple", b), gate=a, other=b)


def _find_ones(index: _Index):
    params = {a.arg for fn in index.functions for a in fn.args.args}
    for node in _inside_functions(index):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult) and isinstance(node.right, ast.Name) \
                and node.right.id in params:
            yield _mut(index, "ones", node.right.id, node, [node.right], ("ones",), name=node.right.id)


def _find_zeros(index: _Index):
    """Initial states: a parameter copied into a variable (`h = h0`) or passed, one layer of it, to a helper (`f(h0[0])`)."""
    params = {a.arg for fn in index.functions for a in fn.args.args}
    for node in _inside_functions(index):
        if not (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in params):
            continue
        parent = index.parent[id(node)]
        holder = index.parent.get(id(parent))
        copied = isinstance(parent, ast.Assign) and parent.value is node and isinstance(parent.targets[0], ast.Name)
        in_tuple = isinstance(parent, ast.Tuple) and isinstance(holder, ast.Assign) and holder.value is parent \
            and isinstance(holder.targets[0], ast.Tuple)
        passed = isinstance(parent, ast.Subscript) and parent.value is node and isinstance(parent.slice, ast.Constant) \
            and isinstance(holder, ast.Call) and parent in holder.args
        if copied or in_tuple or passed:
            yield _mut(index, "zeros", node.id, node, [parent if passed else node], ("zeros",), name=node.id)


def _find_reorders(index: _Index):
    for fn in index.functions:
        for block in [fn.body] + [s.body for s in ast.walk(fn) if isinstance(s, ast.For)]:
            for a, b in zip(block, block[1:]):
                if isinstance(a, (ast.Assign, ast.AugAssign)) and isinstance(b, (ast.Assign, ast.AugAssign)):
                    pa, pb = index.place(a), index.place(b)
                    yield Mutation(f"reorder:{pa}<>{pb}", "reorder", {"place": pa, "a": pa, "b": pb},
                                   (index.number[id(a)], index.number[id(b)]), ("reorder",))


from rnnquiz.drills import mutate_bounds  # noqa: E402 - its finders use this module's helpers

_FINDERS = (_find_activations, _find_move_act, _find_flips, _find_transposes, _find_terms, _find_swaps,
            _find_overwrites, _find_shifts, *mutate_bounds.FINDERS, _find_axes, _find_masks, _find_reversals,
            _find_couplings, _find_ones, _find_zeros, _find_reorders, _find_names)
