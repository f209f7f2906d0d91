"""Apply mutations to a parsed module: each operator's rewrite, and the small AST helpers the finders share.

`apply` works on a deep copy, so the cached parse of a trusted file is never changed; two mutations
apply together only when their nodes do not overlap.
"""

from __future__ import annotations

import ast
import collections
import copy
import itertools

SIGMOID, RELU = "_rnnquiz_sigmoid", "_rnnquiz_relu"  # injected into a mutant's namespace
_SHARED = (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)  # one instance per kind in a parsed tree


def np_call(name: str, args: list) -> ast.Call:
    return ast.Call(ast.Attribute(ast.Name("np", ast.Load()), name, ast.Load()), args, [])


def helper_call(name: str, arg: ast.AST) -> ast.Call:
    return ast.Call(ast.Name(name, ast.Load()), [arg], [])


def text(node: ast.AST) -> str:
    return ast.unparse(node)


def factor_text(node: ast.AST) -> str:
    out = text(node)
    return f"({out})" if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)) else out


def chain(node: ast.AST, op: type) -> list:
    """Flatten a left-nested chain of one binary operator: a + b + c -> [a, b, c]."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, op):
        return chain(node.left, op) + [node.right]
    return [node]


def rebuild(items: list, op: type) -> ast.AST:
    out = items[0]
    for item in items[1:]:
        out = ast.BinOp(out, op(), item)
    return out


def one_minus(node: ast.AST) -> str | None:
    if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and isinstance(node.left, ast.Constant)
            and node.left.value == 1 and isinstance(node.right, ast.Name)):
        return node.right.id
    return None


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


def _transform(m, nodes: list, parents: dict) -> None:
    from rnnquiz.drills import mutate_bounds

    kind = m.params[0] if m.params else m.op
    targets = [nodes[t] for t in m.targets]
    node = targets[0]
    if mutate_bounds.transform(m, node, parents, np_call):
        return
    if m.op == "act":
        helper = {"sigmoid": SIGMOID, "relu": RELU}.get(m.params[0])
        new = helper_call(helper, node.args[0]) if helper else np_call("tanh", [node.args[0]])
        _replace(parents, node, new)
    elif kind == "arg":
        _replace(parents, node, node.args[m.params[1]])
    elif m.op == "minmax":
        node.func = np_call(m.params[1], []).func if isinstance(node.func, ast.Attribute) else ast.Name(m.params[1], ast.Load())
    elif m.op == "move-act":
        inner = getattr(node, m.params[0])
        setattr(node, m.params[0], inner.args[0])
        _replace(parents, node, ast.Call(inner.func, [node], []))
    elif m.op == "flip":
        name = m.params[0]
        for sub in list(ast.walk(node)):
            if one_minus(sub) == name:
                _replace(parents, sub, ast.Name(name, ast.Load()))
            elif isinstance(sub, ast.Name) and sub.id == name and one_minus(parents[id(sub)]) is None:
                _replace(parents, sub, ast.BinOp(ast.Constant(1.0), ast.Sub(), ast.Name(name, ast.Load())))
    elif kind == "untranspose":
        _replace(parents, node, node.value)
    elif kind == "transpose":
        node.right = ast.Attribute(node.right, "T", ast.Load())
    elif kind == "drop-term":
        terms = chain(node, ast.Add)
        _replace(parents, node, rebuild(terms[:m.params[1]] + terms[m.params[1] + 1:], ast.Add))
    elif kind == "drop-factor":
        factors = chain(node, ast.Mult)
        _replace(parents, node, rebuild(factors[:m.params[1]] + factors[m.params[1] + 1:], ast.Mult))
    elif kind == "keep-first":
        _replace(parents, node, chain(node, ast.Mult)[0])
    elif kind == "drop-div":
        _replace(parents, node, node.left)
    elif kind == "elts":
        _, i, j = m.params
        node.elts[i], node.elts[j] = node.elts[j], node.elts[i]
    elif kind == "operands":
        node.left, node.right = node.right, node.left
    elif kind == "operands-guarded":
        side = m.params[1]
        guard, value = (node.right.right, node.right.left) if side == 1 else (node.right.left, node.right.right)
        node.left, node.right = value, ast.BinOp(node.left, ast.Add(), guard)
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
                            np_call("where", [copy.deepcopy(cond), ast.Name(name, ast.Load()), ast.Constant(0.0)]))
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
        _replace(parents, node, np_call("zeros_like", [node]))
    elif kind == "ones":
        _replace(parents, node, np_call("ones_like", [ast.Name(node.id, ast.Load())]))
    elif kind == "reorder":
        a, b = targets
        body = parents[id(a)].body
        k = body.index(a)
        body[k], body[k + 1] = b, a
    else:  # pragma: no cover - every finder's kind is handled above
        raise ValueError(f"unknown mutation {m.id}")


def _overlap(tree: ast.Module, mutations: list) -> bool:
    """Return whether two mutations touch the same node or one's node holds the other's."""
    nodes = list(ast.walk(tree))
    sets = []
    for m in mutations:
        inside = set()
        for t in m.targets:
            inside |= {id(n) for n in ast.walk(nodes[t]) if not isinstance(n, _SHARED)}  # Load(), Add()... are shared
        sets.append(inside)
    return any(a & b for a, b in itertools.combinations(sets, 2))


def apply(source_tree: ast.Module, mutations: list, fresh=None) -> ast.Module | None:
    """Return a copy of the module with every mutation applied, or None when two of them collide.

    `fresh()`, when given, returns a new parse of the same source: parsing again is many times faster than
    a deep copy of the tree, and it numbers the nodes the same way."""
    if len(mutations) > 1 and _overlap(source_tree, mutations):
        return None
    tree = fresh() if fresh is not None else copy.deepcopy(source_tree)
    nodes, parents = _walk(tree)
    _fill_empty(nodes)
    for m in mutations:
        _transform(m, nodes, parents)
    return ast.fix_missing_locations(tree)


def _walk(tree: ast.AST) -> tuple[list, dict]:
    """Return the nodes in `ast.walk` order (the order mutation targets are numbered in) and each one's parent."""
    nodes, parents = [], {}
    todo = collections.deque([tree])
    while todo:
        node = todo.popleft()
        children = list(ast.iter_child_nodes(node))
        for child in children:
            parents[id(child)] = node
        todo.extend(children)
        nodes.append(node)
    return nodes, parents


def _fill_empty(nodes: list) -> None:
    """Allocate with np.zeros where the reference uses np.empty: a mutant may leave slots unwritten
    (a loop one step short), and those must read 0, as in learners' code, not leftover memory."""
    for node in nodes:
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "np" \
                and node.attr in ("empty", "empty_like"):
            node.attr = node.attr.replace("empty", "zeros")
