"""Pairs of candidate mistakes: choose the few worth trying, build them, keep those that agree with the learner.

No single candidate agrees with the learner's outputs, so two changes may. Candidates with the same
outputs (a catalogue entry and the mutant that does the same) form one group, named by its
highest-precedence member and built from whichever member combines with the other change. A
first change is one of the groups that moves the outputs towards the learner's; its second, one
that either, added to the first, comes closest to the learner's outputs, or points the same way
as what the first leaves unexplained, or moves the most entries the way the first leaves them to go.
Two changes that touch different outputs are combined without building any code: each output comes
from the change that moved it (where both moved one, from the second: a change that sets an output
outright does not depend on the first).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rnnquiz.drills import agreement
from rnnquiz.drills.mutants import Candidate

FIRSTS = 8  # groups tried as the first change of a pair
SECONDS = 4  # ... each with this many second changes from each of the two rankings
LEAD_SECONDS = 12  # ... and, when no pair agrees, the closest first with this many: its partner may move the outputs away on its own
CATALOGUED = 2  # the leading firsts are also paired with every catalogue entry
SAME = 1e-9  # outputs this close (relative) count as the same


@dataclass
class Match:
    """A candidate (or a pair) that explains the learner's outputs."""

    parts: tuple  # one or two Candidates
    distance: float

    @property
    def id(self) -> str:
        return " + ".join(p.id for p in self.parts)


def precedence(c: Candidate) -> int:
    """Return the rank of a candidate's kind when several explain the same: the catalogue's first."""
    return {"catalog": 0, "cell-catalog": 1, "mutant": 2, "order": 2, "cell-mutant": 3}.get(c.kind, 4)


def groups(bank) -> list[list[int]]:
    """Return the bank's rows grouped by identical outputs, each group best-named member first."""
    keys: dict = {}
    rounded = np.round(np.nan_to_num(bank.values, nan=7.77e7, posinf=8.88e8, neginf=-8.88e8), 8)
    for k in range(len(bank.candidates)):
        keys.setdefault((rounded[k].tobytes(), bank.raised[k].tobytes()), []).append(k)
    return [sorted(g, key=lambda k: (precedence(bank.candidates[k]), k)) for g in keys.values()]


def composable(a: Candidate, b: Candidate, family) -> Candidate | None:
    """Return the candidate with both changes, or None when the two cannot be combined."""
    def own_mutation(c):
        return c.kind == "mutant"

    for x, y in ((a, b), (b, a)):
        if x.kind == "order" and y.kind in ("catalog", "mutant", "cell-catalog", "cell-mutant"):
            return Candidate(f"{x.id} + {y.id}", "pair", y.own, y.cell, x.order)
    if own_mutation(a) and own_mutation(b):
        return Candidate(f"{a.id} + {b.id}", "pair", ("ref", a.own[1] + b.own[1]), None)
    for x, y in ((a, b), (b, a)):
        if x.kind == "catalog" and own_mutation(y) and y.own[1][0] in family.sources[x.own[0]].mutations:
            return Candidate(f"{x.id} + {y.id}", "pair", (x.own[0], y.own[1]), None)
        if x.kind in ("cell-catalog", "cell-mutant") and own_mutation(y):
            return Candidate(f"{x.id} + {y.id}", "pair", ("ref", y.own[1]), x.cell)
        if x.kind == "catalog" and y.kind in ("cell-catalog", "cell-mutant") and family.cell_name(x.own[0]) is not None:
            return Candidate(f"{x.id} + {y.id}", "pair", (x.own[0], ()), y.cell)
    if a.kind == "cell-mutant" and b.kind == "cell-mutant":
        return Candidate(f"{a.id} + {b.id}", "pair", ("ref", ()), ("ref", a.cell[1] + b.cell[1]))
    for x, y in ((a, b), (b, a)):
        if x.kind == "cell-catalog" and y.kind == "cell-mutant" and y.cell[1][0] in family.cell_sources[x.cell[0]].mutations:
            return Candidate(f"{x.id} + {y.id}", "pair", ("ref", ()), (x.cell[0], y.cell[1]))
    return None


class PairSearch:
    """One learner's pair search over one bank (see the module docstring)."""

    def __init__(self, family, bank, learner, reference: np.ndarray, cases: list, shapes: list, tol):
        self.family, self.bank, self.learner, self.reference = family, bank, learner, reference
        self.cases, self.shapes, self.tol = cases, shapes, tol
        self.groups = groups(bank)
        self.reps = np.array([g[0] for g in self.groups])
        # A block order no catalogue entry names (no known convention reads the blocks so) is not paired: with
        # 4 blocks there are 23 of them, and they would crowd out likelier changes. Alone, it is the gate-block note.
        self.pairable = np.array([any(bank.candidates[k].kind != "order" for k in g) for g in self.groups], dtype=bool)
        self.comparable = agreement.value_mask(learner, bank.bounds)
        self.leaves = self._changed_leaves()

    def _changed_leaves(self) -> np.ndarray:
        """Return (groups, output leaves): which outputs each group's change moves on some case."""
        rows = self.bank.values[self.reps]
        with np.errstate(invalid="ignore"):
            moved = ~(np.abs(rows - self.reference) <= SAME * (1 + np.abs(self.reference)))
        leaf_of = np.concatenate([np.repeat(np.arange(len(sh)), [int(np.prod(s)) for s in sh]) for sh in self.shapes])
        self._leaf_of = leaf_of
        out = np.zeros((len(self.reps), len(self.shapes[0]) if self.shapes else 0), dtype=bool)
        for leaf in range(out.shape[1]):
            out[:, leaf] = moved[:, leaf_of == leaf].any(axis=1)
        return out

    def firsts(self, distances: np.ndarray, base: float) -> list[int]:
        """Return the groups (indices into self.groups) that move the outputs towards the learner's, closest first."""
        d = distances[self.reps]
        return [int(g) for g in np.argsort(d, kind="stable") if d[g] < base and self.pairable[g]][:FIRSTS]

    def seconds(self, first: int, count: int = SECONDS) -> list[int]:
        """Return the groups worth pairing with `first`: the best of two rankings, interleaved."""
        rows = self.bank.values[self.reps]
        moved = rows[first] - self.reference
        combined = agreement.distance(rows + moved, self.learner, self.bank.bounds)
        direction = self._direction(rows, first)
        signs = self._signs(rows, first)
        picked: list[int] = []
        for ranking, n in ((np.argsort(combined, kind="stable"), count), (np.argsort(direction, kind="stable"), count),
                           (np.argsort(-signs, kind="stable"), max(1, count // 2))):
            picked += [int(g) for g in ranking if g != first and int(g) not in picked and self.pairable[g]][:n]
        return picked

    def _signs(self, rows: np.ndarray, first: int) -> np.ndarray:
        """Return, for each group, the share of the moved entries where its change has the sign of what `first`
        leaves unexplained. Unlike a distance or an angle, this survives the first change rescaling the second's
        effect entry by entry (a gate or a blend in between), which is how two changes usually compose."""
        mask = self.comparable
        with np.errstate(invalid="ignore", over="ignore"):
            left = np.nan_to_num(self.learner.values[mask] - rows[first, mask], nan=0.0, posinf=0.0, neginf=0.0)
            change = np.nan_to_num(rows[:, mask] - self.reference[mask], nan=0.0, posinf=0.0, neginf=0.0)
        small = SAME * (1 + np.abs(self.reference[mask]))
        want = np.where(np.abs(left) > small, np.sign(left), 0.0)
        got = np.where(np.abs(change) > small, np.sign(change), 0.0)
        active = (want != 0) | (got != 0)
        return ((want == got) & active).sum(axis=1) / np.maximum(active.sum(axis=1), 1)

    def catalogued(self, first: int) -> list[int]:
        """Return the catalogue's groups: a known mistake is worth pairing with a leading first change whatever it ranks."""
        kinds = ("catalog", "cell-catalog")
        return [g for g, members in enumerate(self.groups) if g != first and self.bank.candidates[members[0]].kind in kinds]

    def _direction(self, rows: np.ndarray, first: int) -> np.ndarray:
        """Return 1 - cos² between each group's change and what `first` leaves unexplained (1 when opposite)."""
        mask = self.comparable
        with np.errstate(invalid="ignore", over="ignore"):
            left = np.nan_to_num(self.learner.values[mask] - rows[first, mask], nan=0.0, posinf=0.0, neginf=0.0)
            change = np.nan_to_num(rows[:, mask] - self.reference[mask], nan=0.0, posinf=0.0, neginf=0.0)
            dots = change @ left
            norms = (change * change).sum(axis=1) * float(left @ left)
            score = 1.0 - np.where(norms > 0, dots * dots / np.where(norms > 0, norms, 1.0), 0.0)
        return np.where(dots > 0, score, 1.0)

    def spliced(self, first: int) -> list[tuple[int, np.ndarray]]:
        """Return the groups whose change, put over `first`'s output by output, agrees with the learner: each output
        comes from the change that moved it, and where both moved one, from the other group (a change that sets an
        output outright, such as a gradient returned as zeros, does not depend on what the first did to it)."""
        found = []
        own = self.leaves[first]
        if not own.any():
            return found
        others = np.flatnonzero(self.leaves.any(axis=1) & self.pairable & (own & ~self.leaves).any(axis=1))
        others = others[others != first]  # each leaves some output of the first change as it is
        if not len(others):
            return found
        rows = self.bank.values[self.reps]
        entries = self.leaves[others][:, self._leaf_of]  # (others, entries): the other change moved that output
        spliced = np.where(entries, rows[others], rows[first])
        loose = agreement.LOOSEN
        close = agreement.close(spliced, self.learner.values, self.tol.atol * loose, self.tol.rtol * loose)
        no_raise = np.zeros(len(self.bank.bounds), dtype=bool)
        for g, row, ok in zip(others, spliced, close):
            if agreement.agrees(ok, no_raise, self.learner, self.bank.bounds):
                found.append((int(g), row))
        return found

    def _name_for(self, row: int) -> int:
        in_cell = self.bank.candidates[row].kind.startswith("cell-")
        group = next(g for g in self.groups if row in g)
        return next(k for k in group if self.bank.candidates[k].kind.startswith("cell-") == in_cell)

    def build(self, first: int, second: int) -> tuple[tuple, np.ndarray | None]:
        """Build the pair from the first members of the two groups that combine.

        Returns the two rows it was built from (they name it: the code that reproduced the outputs)
        and its outputs when they agree with the learner's.
        """
        for a in self.groups[first]:
            for b in self.groups[second]:
                cand = composable(self.bank.candidates[a], self.bank.candidates[b], self.family)
                fn = self.family.function(cand) if cand is not None else None
                if fn is not None:
                    return (a, b), agreement.pair_agrees(fn, self.family.drill.spec, self.cases, self.shapes, self.learner, self.tol)
        return (), None

    def match(self, parts: tuple, distance: float) -> Match:
        """Return the pair of `parts` (two bank rows), each named by the best member of its group at its level.

        A change built inside the cell is named in the cell drill's terms, one of the drill's own code
        in the drill's: the catalogue entry of that level, if one does the same, else the mutant.
        """
        parts = tuple(self._name_for(k) for k in parts)
        a, b = sorted(parts, key=lambda k: (precedence(self.bank.candidates[k]), k))
        return Match((self.bank.candidates[a], self.bank.candidates[b]), distance)


def pair_matches(family, bank, learner, reference: np.ndarray, cases: list, shapes: list, tol) -> list[Match]:
    """Try the pairs worth trying and return those that agree with the learner on every case, closest first."""
    search = PairSearch(family, bank, learner, reference, cases, shapes, tol)
    distances = agreement.distance(bank.values, learner, bank.bounds)
    base = float(agreement.distance(reference[None], learner, bank.bounds)[0])
    found: list[tuple[Match, np.ndarray]] = []
    tried: set = set()

    def keep(parts, row):
        if row is not None and not any(np.allclose(row, r, rtol=SAME, atol=1e-12, equal_nan=True) for _, r in found):
            found.append((search.match(parts, float(agreement.distance(row[None], learner, bank.bounds)[0])), row))

    def try_all(first, seconds):
        for second in seconds:
            if frozenset((first, second)) not in tried:
                tried.add(frozenset((first, second)))
                keep(*search.build(first, second))

    firsts = search.firsts(distances, base)
    for rank, first in enumerate(firsts):
        for second, row in search.spliced(first):
            tried.add(frozenset((first, second)))
            keep((search.reps[first], search.reps[second]), row)
        try_all(first, search.seconds(first) + (search.catalogued(first) if rank < CATALOGUED else []))
    if not found and firsts:  # only then is the wider search around the closest first worth its time
        try_all(firsts[0], search.seconds(firsts[0], LEAD_SECONDS))
    return [m for m, _ in sorted(found, key=lambda mr: mr[0].distance)]

