"""Mutation operators over a trusted NumPy source: each yields one small, named change of the code.

A `Mutation` names what changed and where (`act:tanh>sigmoid@n`: the operator, its detail, the
variable computed by the statement it hit) and applies itself to a copy of the parsed module.
Two mutations of one module apply together when their nodes do not overlap, so pairs of mistakes
are built the same way as single ones. Only trusted files (references, catalogued mistakes) are
ever mutated; the learner's code is never parsed here.
"""

from __future__ import annotations

import ast
import copy
import itertools
from dataclasses import dataclass, field

ACTIVATION_HELPERS = ("_sigmoid", "sigmoid", "_relu", "relu")  # helpers not mutated themselves
SIGMOID, RELU = "_rnnquiz_sigmoid", "_rnnquiz_relu"  # injected into a mutant's namespace
_NEW_AXES = (0, 1, 2, -1, -2)
_REDUCTIONS = ("max", "sum", "mean")
_SHARED = (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)  # one instance per kind in a parsed tree


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


def _np_call(name: str, args: list) -> ast.Call:
    return ast.Call(ast.Attribute(ast.Name("np", ast.Load()), name, ast.Load()), args, [])


def _helper_call(name: str, arg: ast.AST) -> ast.Call:
    return ast.Call(ast.Name(name, ast.Load()), [arg], [])


def _text(node: ast.AST) -> str:
    return ast.unparse(node)


def _factor_text(node: ast.AST) -> str:
    text = _text(node)
    return f"({text})" if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)) else text


def _chain(node: ast.AST, op: type) -> list:
    """Flatten a left-nested chain of one binary operator: a + b + c -> [a, b, c]."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, op):
        return _chain(node.left, op) + [node.right]
    return [node]


def _rebuild(items: list, op: type) -> ast.AST:
    out = items[0]
    for item in items[1:]:
        out = ast.BinOp(out, op(), item)
    return out


def _is_neg_inf(node: ast.AST) -> bool:
    return isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and _text(node.operand) in ("np.inf", "float('inf')")


def _axis_value(call: ast.Call):
    for kw in call.keywords:
        if kw.arg == "axis":
            try:
                return ast.literal_eval(kw.value)
            except ValueError:
                return None
    return None


def _keepdims(call: ast.Call) -> bool:
    return any(kw.arg == "keepdims" and _text(kw.value) == "True" for kw in call.keywords)


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
        n = index.number[id(node)]
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
        del n


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
                a, b = _text(node.elts[i]), _text(node.elts[j])
                if a != b and len(a) <= 40 and len(b) <= 40:
                    yield _mut(index, "swap", f"{a}<>{b}", node, [node], ("elts", i, j), a=a, b=b)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Sub, ast.Div)):
            if not isinstance(node.left, ast.Constant) and not isinstance(node.right, ast.Constant):
                a, b = _text(node.left), _text(node.right)
                yield _mut(index, "swap", f"{a}<>{b}", node, [node], ("operands",), a=a, b=b)


def _one_minus(node: ast.AST) -> str | None:
    if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and isinstance(node.left, ast.Constant)
            and node.left.value == 1 and isinstance(node.right, ast.Name)):
        return node.right.id
    return None


def _find_flips(index: _Index):
    for fn in index.functions:
        for stmt in ast.walk(fn):
            if not isinstance(stmt, (ast.Assign, ast.Return, ast.AugAssign)) or stmt.value is None:
                continue
            complements = {_one_minus(n) for n in ast.walk(stmt.value)} - {None}
            for name in sorted(complements):
                bare = [n for n in ast.walk(stmt.value) if isinstance(n, ast.Name) and n.id == name
                        and _one_minus(index.parent[id(n)]) is None]
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
            terms = _chain(node, ast.Add)
            for k, term in enumerate(terms):
                yield _mut(index, "drop-term", _text(term), node, [node], ("drop-term", k), term=_text(term))
        elif isinstance(node.op, ast.Mult):
            factors = _chain(node, ast.Mult)
            for k, factor in enumerate(factors):
                yield _mut(index, "drop-factor", _factor_text(factor), node, [node], ("drop-factor", k), factor=_factor_text(factor))
            if len(factors) >= 3:
                rest = _text(_rebuild(factors[1:], ast.Mult))
                yield _mut(index, "drop-factor", rest, node, [node], ("keep-first",), factor=rest)
        elif isinstance(node.op, ast.Div):
            yield _mut(index, "drop-div", _text(node.right), node, [node], ("drop-div",), den=_text(node.right))


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
    return isinstance(node, ast.Call) and _text(node.func) == "np.where" and len(node.args) == 3


def _find_masks(index: _Index):
    for node in _inside_functions(index):
        if not _is_where(node):
            continue
        cond = _text(node.args[0])
        yield _mut(index, "invert", cond, node, [node], ("invert",), cond=cond)
        yield _mut(index, "unmask", cond, node, [node], ("unmask",), cond=cond)
        if _is_neg_inf(node.args[2]):
            yield _mut(index, "fill", "-inf>0", node, [node.args[2]], ("zero",))
        stmt = index.statement(node)
        if isinstance(stmt, ast.Assign) and stmt.value is node and isinstance(stmt.targets[0], ast.Name) \
                and _text(node.args[1]) == stmt.targets[0].id:
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
        elif node.func.id == "range" and len(node.args) == 3 and _text(node.args[2]) == "-1":
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


_FINDERS = (_find_activations, _find_move_act, _find_flips, _find_transposes, _find_terms, _find_swaps,
            _find_overwrites, _find_shifts, _find_axes, _find_masks, _find_reversals, _find_couplings,
            _find_ones, _find_zeros, _find_reorders, _find_names)


# ---------------------------------------------------------------------------------- applying


def _replace(parents: dict, old: ast.AST, new: ast.AST) -> None:
    parent = parents[id(old)]
    for name, value in ast.iter_fields(parent):
        if value is old:
            setattr(parent, name, new)
            return
        if isinstance(value, list):
            for k, item in enumerate(value):
                if item is old:
                    value[k] = new
                    return


def _transform(m: Mutation, nodes: list, parents: dict) -> None:
    kind = m.params[0] if m.params else m.op
    targets = [nodes[t] for t in m.targets]
    node = targets[0]
    if m.op == "act":
        helper = {"sigmoid": SIGMOID, "relu": RELU}.get(m.params[0])
        new = _helper_call(helper, node.args[0]) if helper else _np_call("tanh", [node.args[0]])
        _replace(parents, node, new)
    elif kind == "arg":
        _replace(parents, node, node.args[m.params[1]])
    elif m.op == "minmax":
        node.func = _np_call(m.params[1], []).func if isinstance(node.func, ast.Attribute) else ast.Name(m.params[1], ast.Load())
    elif m.op == "move-act":
        inner = getattr(node, m.params[0])
        setattr(node, m.params[0], inner.args[0])
        _replace(parents, node, ast.Call(inner.func, [node], []))
    elif m.op == "flip":
        name = m.params[0]
        for sub in list(ast.walk(node)):
            if _one_minus(sub) == name:
                _replace(parents, sub, ast.Name(name, ast.Load()))
            elif isinstance(sub, ast.Name) and sub.id == name and _one_minus(parents[id(sub)]) is None:
                _replace(parents, sub, ast.BinOp(ast.Constant(1.0), ast.Sub(), ast.Name(name, ast.Load())))
    elif kind == "untranspose":
        _replace(parents, node, node.value)
    elif kind == "transpose":
        node.right = ast.Attribute(node.right, "T", ast.Load())
    elif kind == "drop-term":
        terms = _chain(node, ast.Add)
        _replace(parents, node, _rebuild(terms[:m.params[1]] + terms[m.params[1] + 1:], ast.Add))
    elif kind == "drop-factor":
        factors = _chain(node, ast.Mult)
        _replace(parents, node, _rebuild(factors[:m.params[1]] + factors[m.params[1] + 1:], ast.Mult))
    elif kind == "keep-first":
        _replace(parents, node, _chain(node, ast.Mult)[0])
    elif kind == "drop-div":
        _replace(parents, node, node.left)
    elif kind == "elts":
        _, i, j = m.params
        node.elts[i], node.elts[j] = node.elts[j], node.elts[i]
    elif kind == "operands":
        node.left, node.right = node.right, node.left
    elif m.op == "overwrite":
        _replace(parents, node, ast.Assign([node.target], node.value))
    elif kind == "shift":
        op = ast.Add() if m.params[1] > 0 else ast.Sub()
        _replace(parents, node, ast.BinOp(ast.Name(node.id, ast.Load()), op, ast.Constant(1)))
    elif kind == "axis":
        for call in targets:
            for kw in call.keywords:
                if kw.arg == "axis":
                    kw.value = ast.Constant(m.params[1])
    elif kind == "invert":
        node.args[1], node.args[2] = node.args[2], node.args[1]
    elif kind == "unmask":
        _replace(parents, node, node.args[1])
    elif kind == "zero":
        _replace(parents, node, ast.Constant(0.0))
    elif kind == "mask-after":
        stmt, later = targets
        cond = stmt.value.args[0]
        body = parents[id(stmt)].body
        name = m.params[1]
        masked = ast.Assign([ast.Name(name, ast.Store())],
                            _np_call("where", [copy.deepcopy(cond), ast.Name(name, ast.Load()), ast.Constant(0.0)]))
        body.insert(body.index(later) + 1, masked)
        body.remove(stmt)
    elif kind == "unwrap":
        _replace(parents, node, node.args[0])
    elif kind == "backwards":
        stop = node.args[0]
        node.args = [ast.BinOp(copy.deepcopy(stop), ast.Sub(), ast.Constant(1)), ast.Constant(-1), ast.Constant(-1)]
    elif kind == "forwards":
        node.args = [ast.BinOp(node.args[0], ast.Add(), ast.Constant(1))]
    elif kind == "rename":
        for target in targets:
            target.id = m.params[1]
    elif kind == "couple":
        for target in targets:
            _replace(parents, target, ast.BinOp(ast.Constant(1.0), ast.Sub(), ast.Name(m.params[1], ast.Load())))
    elif kind == "zeros":
        _replace(parents, node, _np_call("zeros_like", [node]))
    elif kind == "ones":
        _replace(parents, node, _np_call("ones_like", [ast.Name(node.id, ast.Load())]))
    elif kind == "reorder":
        a, b = targets
        body = parents[id(a)].body
        k = body.index(a)
        body[k], body[k + 1] = b, a
    else:  # pragma: no cover - every finder's kind is handled above
        raise ValueError(f"unknown mutation {m.id}")


def _overlap(tree: ast.Module, mutations: list[Mutation]) -> bool:
    """Return whether two mutations touch the same node or one's node holds the other's."""
    nodes = list(ast.walk(tree))
    sets = []
    for m in mutations:
        inside = set()
        for t in m.targets:
            inside |= {id(n) for n in ast.walk(nodes[t]) if not isinstance(n, _SHARED)}  # Load(), Add()... are shared
        sets.append(inside)
    return any(a & b for a, b in itertools.combinations(sets, 2))


def apply(source_tree: ast.Module, mutations: list[Mutation]) -> ast.Module | None:
    """Return a copy of the module with every mutation applied, or None when two of them collide."""
    if len(mutations) > 1 and _overlap(source_tree, mutations):
        return None
    tree = copy.deepcopy(source_tree)
    nodes = list(ast.walk(tree))
    parents = {id(c): n for n in nodes for c in ast.iter_child_nodes(n)}
    for m in mutations:
        _transform(m, nodes, parents)
    return ast.fix_missing_locations(tree)
