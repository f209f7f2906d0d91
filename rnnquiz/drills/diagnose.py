"""Explain wrong values: name a mistake (catalogue, mutant or pair), a gate-block order, or the gate blocks that are off.

All of it runs trusted code only (the drill's references, mutants of them and mistake files) on the parent's own
inputs, and compares with the outputs the learner's code produced in the child.
"""

from __future__ import annotations

import itertools

from rnnquiz.drills import cases as case_gen
from rnnquiz.drills import mutants, search
from rnnquiz.drills.compare import all_close
from rnnquiz.drills.references import run_numpy
from rnnquiz.drills.search import RAISED
from rnnquiz.drills.text import Msg


def _run_or_raised(fn, spec, args: dict):
    try:
        return run_numpy(fn, spec, args)
    except Exception:  # noqa: BLE001 - a mistake that raises on some shapes (untransposed weights) is a result
        return RAISED


def name_mistakes(drill, cases: list, learner: list, expected: dict, tol, trust_cache: bool = True) -> list[dict]:
    """Return what explains the learner's outputs, best first: catalogue entries, mutants, or pairs of them.

    `learner[i]` is case i's outputs, RAISED when the function raised there, or None when it is
    not comparable (wrong structure); `expected` maps a case index to the reference's outputs.
    Each entry is {id, title: {en, zh}, explain: {en, zh}, source}.
    """
    family = mutants.Family(drill)
    family.on_cases(cases, expected)
    bank = mutants.bank_for(family, cases[0].seed, cases, expected, trust_cache)
    reference = [expected[c.index] for c in cases]
    return [search.explanation(family, m) for m in search.search(family, bank, cases, learner, reference, tol)]


def block_order(spec, reference, cases: list, learner: list, tol) -> list[str] | None:
    """Return the gate order the learner's code reads, when it is a permutation of the packed order."""
    names = spec.blocks.names
    usable = [(c, g) for c, g in zip(cases, learner) if g not in (None, RAISED)]
    if not usable:
        return None
    for perm in itertools.permutations(range(len(names))):
        if perm == tuple(range(len(names))):
            continue
        if all(_agrees(reference, spec, case_gen.permute_blocks(spec, c.args, perm), g, tol) for c, g in usable):
            # reference(args permuted by perm) == learner(args): the learner takes packed block
            # perm[k] for gate k, i.e. it reads position j as gate names[k] where perm[k] == j.
            order = [""] * len(names)
            for k, j in enumerate(perm):
                order[j] = names[k]
            return order
    return None


def _agrees(fn, spec, args: dict, got: list, tol) -> bool:
    theirs = _run_or_raised(fn, spec, args)
    return theirs != RAISED and all_close(spec, theirs, got, tol.atol, tol.rtol)


def blocks_off(spec, reference, probes: list, learner: dict, tol) -> tuple[bool, list[str]]:
    """Compare the learner with the reference on the block probes.

    Returns (whether the all-zero-blocks probe already differs, the blocks whose probe differs).
    """
    off = []
    baseline_off = False
    for label, args in probes:
        got = learner.get(label)
        ok = got not in (None, RAISED) and _agrees(reference, spec, args, got, tol)
        if label == "none":
            baseline_off = not ok
        elif not ok:
            off.append(label)
    return baseline_off, off


def block_notes(spec, order: list[str] | None, baseline_off: bool, off: list[str]) -> list[Msg]:
    """Say in words what the block analysis found (gate names are code: joined with ", " in every language)."""
    packed = ", ".join(spec.blocks.names)
    notes = []
    if order is not None:
        notes.append(Msg("grader.blocks.order", order=", ".join(order), packed=packed))
    if baseline_off:
        notes.append(Msg("grader.blocks.baseline"))
    elif off:
        notes.append(Msg("grader.blocks.off-many" if len(off) > 1 else "grader.blocks.off-one", blocks=", ".join(off)))
    return notes
