"""Mutation operators on bounds and steps: a loop one step short, a comparison one step off, an index
shifted and kept in range, a final state taken at the wrong step.

These are the off-by-one mistakes that stay in range, so they give values rather than an
IndexError: `range(T - 1)` or `range(1, T)` for `range(T)`, `<=` for `<` in a length mask, and an
index moved by one and then clipped (`np.clip(ids - 1, 0, V - 1)`) or wrapped (`(ids + 1) % V`).
A state a loop stores at every step (`outputs[t] = h`) and returns at the end may be returned
from the first or the last slot of what was stored instead (`outputs[0]`, `outputs[-1]`).
A clipped or wrapped shift is reported under the plain shift's id: to the learner it is the same
mistake, whatever kept the index in range.
"""

from __future__ import annotations

import ast

from rnnquiz.drills import mutate

_STRICTER = {ast.Lt: ("lt", "le"), ast.LtE: ("le", "lt"), ast.Gt: ("gt", "ge"), ast.GtE: ("ge", "gt")}
_SYMBOL = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}
VARIANT = "~"  # separates a mutation's public id from the variant that tells it apart internally


def public_id(mutation_id: str) -> str:
    """Return the id a mutation is reported under (`shift:ids+1@return~clip` -> `shift:ids+1@return`)."""
    return mutation_id.split(VARIANT, 1)[0]


def find_ranges(index):
    """`for t in range(n)` visiting one step too few: `range(n - 1)` or `range(1, n)`."""
    for node in mutate._inside_functions(index):
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Call) and isinstance(node.iter.func, ast.Name) \
                and node.iter.func.id == "range" and len(node.iter.args) == 1:
            call, stop = node.iter, ast.unparse(node.iter.args[0])
            yield mutate._mut(index, "range", "end-1", call, [call], ("range-end",), old=f"range({stop})", new=f"range({stop} - 1)")
            yield mutate._mut(index, "range", "start+1", call, [call], ("range-start",), old=f"range({stop})", new=f"range(1, {stop})")


def find_comparisons(index):
    """A comparison computed into a variable (a length mask) with its strictness flipped: `<=` for `<`."""
    for node in mutate._inside_functions(index):
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _STRICTER \
                and isinstance(index.statement(node), ast.Assign):
            old, new = _STRICTER[type(node.ops[0])]
            yield mutate._mut(index, "cmp", f"{old}>{new}", node, [node], ("cmp", new), old=_SYMBOL[old], new=_SYMBOL[new])


def _loop_names(fn: ast.FunctionDef) -> set[str]:
    return {n.id for loop in ast.walk(fn) if isinstance(loop, ast.For) for n in ast.walk(loop.target) if isinstance(n, ast.Name)}


def find_bounded_shifts(index):
    """An array of indices (`E[ids]`, `out[rows, ids]`, not a loop counter) shifted by one and clipped or wrapped."""
    for fn in index.functions:
        counters = _loop_names(fn)
        for node in ast.walk(fn):
            if not isinstance(node, ast.Subscript):
                continue
            slots = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            for name in slots:
                if not isinstance(name, ast.Name) or name.id in counters:
                    continue
                for delta in (-1, 1):
                    for mode in ("clip", "wrap"):
                        m = mutate._mut(index, "shift", f"{name.id}{delta:+d}", node, [name], ("shift-bound", delta, mode),
                                        name=name.id, delta=f"{delta:+d}")
                        yield mutate.Mutation(f"{m.id}{VARIANT}{mode}", m.op, m.values, m.targets, m.params)


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _stored_per_step(fn: ast.FunctionDef) -> dict[str, str]:
    """Return {state name: array name} for loop statements `array[t] = ...` indexed by the loop counter that store
    the state itself (`outputs[t] = h`) or what the state is built from in this step (`outputs[t] = where(m, h_new, 0)`
    beside `h = where(m, h_new, h)`, with `h_new` a value of the step, not a state carried from the one before)."""
    out: dict = {}
    for loop in ast.walk(fn):
        if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name)):
            continue
        stores = [s for s in loop.body if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Subscript)
                  and isinstance(s.targets[0].value, ast.Name) and ast.unparse(s.targets[0].slice) == loop.target.id]
        states = {s.targets[0].id: s.value for s in loop.body if isinstance(s, ast.Assign) and len(s.targets) == 1
                  and isinstance(s.targets[0], ast.Name)}
        before = mutate._assigned_before(fn, loop)
        fresh = {name for name in states if name not in before}  # computed anew in every step
        for stmt in stores:
            array = stmt.targets[0].value.id
            if isinstance(stmt.value, ast.Name):
                out[stmt.value.id] = array
                continue
            for state, value in states.items():
                if state in before and state not in out and (_names(value) & _names(stmt.value) & fresh) - {state}:
                    out[state] = array
    return out


def find_wrong_steps(index):
    """A returned final state replaced by the first or the last slot the loop stored it in."""
    for fn in index.functions:
        stored = _stored_per_step(fn)
        for ret in (s for s in ast.walk(fn) if isinstance(s, ast.Return) and s.value is not None):
            items = ret.value.elts if isinstance(ret.value, ast.Tuple) else [ret.value]
            for item in items:
                if isinstance(item, ast.Name) and item.id in stored:
                    for slot in (0, -1):
                        new = f"{stored[item.id]}[{slot}]"
                        yield mutate._mut(index, "step", f"{item.id}>{new}", item, [item], ("step", stored[item.id], slot),
                                          old=item.id, new=new)


FINDERS = (find_ranges, find_comparisons, find_bounded_shifts, find_wrong_steps)


def transform(m, node: ast.AST, parents: dict, np_call) -> bool:
    """Apply one of this module's mutations to its node; return False when `m` is not one of them."""
    kind = m.params[0] if m.params else m.op
    if kind == "range-end":
        node.args = [ast.BinOp(node.args[0], ast.Sub(), ast.Constant(1))]
    elif kind == "range-start":
        node.args = [ast.Constant(1), node.args[0]]
    elif kind == "cmp":
        node.ops = [next(op for op, (name, _) in _STRICTER.items() if name == m.params[1])()]
    elif kind == "step":
        _, array, slot = m.params
        new = ast.Subscript(ast.Name(array, ast.Load()), ast.Constant(slot), ast.Load())
        holder = parents[id(node)]
        if isinstance(holder, ast.Tuple):
            holder.elts[holder.elts.index(node)] = new
        else:
            holder.value = new
    elif kind == "shift-bound":
        _, delta, mode = m.params
        holder = parents[id(node)]
        axis = holder.elts.index(node) if isinstance(holder, ast.Tuple) else 0
        array = holder if isinstance(holder, ast.Subscript) else parents[id(holder)]
        size = ast.Subscript(ast.Attribute(array.value, "shape", ast.Load()), ast.Constant(axis), ast.Load())
        moved = ast.BinOp(ast.Name(node.id, ast.Load()), ast.Add() if delta > 0 else ast.Sub(), ast.Constant(1))
        new = np_call("clip", [moved, ast.Constant(0), ast.BinOp(size, ast.Sub(), ast.Constant(1))]) if mode == "clip" \
            else ast.BinOp(moved, ast.Mod(), size)
        _replace_in(holder, node, new)
    else:
        return False
    return True


def _replace_in(parent: ast.AST, old: ast.AST, new: ast.AST) -> None:
    if isinstance(parent, ast.Tuple):
        parent.elts[parent.elts.index(old)] = new
    else:
        parent.slice = new
