"""How close a candidate's outputs are to the learner's: the learner's outputs laid out like the bank's rows,
agreement within tolerance case by case, and a distance for ranking candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rnnquiz.drills import mutants

RAISED = "raised"  # a case where the function raised instead of returning
LOOSEN = 10  # candidates are matched 10x looser than the grading tolerance (they are other code)
CAP = 10.0  # largest per-entry distance counted (so one overflow does not dominate)


@dataclass
class Learner:
    """The learner's outputs in the bank's layout: a flat vector and what happened in each case."""

    values: np.ndarray
    status: list[str]  # per case: "values", "raised" or "skip"


def learner_vector(spec, cases: list, learner: list, bank_bounds: list, shapes: list) -> Learner:
    """Lay the learner's outputs out like the bank's rows (`learner[i]`: outputs, RAISED or None)."""
    total = bank_bounds[-1][1] if bank_bounds else 0
    values = np.full(total, np.nan)
    status = []
    for got, (a, b), sh in zip(learner, bank_bounds, shapes):
        if got is None:
            status.append("skip")
        elif got == RAISED:
            status.append("raised")
        else:
            flat = mutants.flatten(spec, got, sh)
            status.append("skip" if flat is None else "values")
            if flat is not None:
                values[a:b] = flat
    return Learner(values, status)


def close(m: np.ndarray, learner: np.ndarray, atol: float, rtol: float) -> np.ndarray:
    """Return, entry by entry, whether a candidate's outputs agree with the learner's (NaN agrees with NaN)."""
    with np.errstate(invalid="ignore", over="ignore"):
        return (np.abs(m - learner) <= atol + rtol * np.abs(learner)) | (m == learner) | (np.isnan(m) & np.isnan(learner))


def agrees(close_row: np.ndarray, raised_row, learner: Learner, bounds: list) -> bool:
    """Return whether one candidate agrees with the learner on every comparable case, on values at least once."""
    on_values = 0
    for k, (status, (a, b)) in enumerate(zip(learner.status, bounds)):
        if status == "skip":
            continue
        if status == "raised" or raised_row[k]:
            if not (status == "raised" and raised_row[k]):
                return False
            continue
        if not close_row[a:b].all():
            return False
        on_values += 1
    return on_values > 0


def agrees_row(row: np.ndarray, learner: Learner, bounds: list, tol) -> bool:
    """Return whether one row of outputs (no case raised) agrees with the learner within the loosened tolerance."""
    raised = [False] * len(bounds)
    return agrees(close(row, learner.values, tol.atol * LOOSEN, tol.rtol * LOOSEN), raised, learner, bounds)


def value_mask(learner: Learner, bounds: list) -> np.ndarray:
    """Return the entries of a row that belong to cases where the learner returned values."""
    mask = np.zeros(len(learner.values), dtype=bool)
    for status, (a, b) in zip(learner.status, bounds):
        mask[a:b] = status == "values"
    return mask


def distance(rows: np.ndarray, learner: Learner, bounds: list) -> np.ndarray:
    """Return the mean capped distance of each row to the learner over the cases where both have values."""
    mask = value_mask(learner, bounds)
    with np.errstate(invalid="ignore", over="ignore"):
        diff = np.abs(rows[..., mask] - learner.values[mask])
    both_nan = np.isnan(rows[..., mask]) & np.isnan(learner.values[mask])
    diff = np.where(both_nan, 0.0, np.nan_to_num(diff, nan=CAP, posinf=CAP))
    return np.minimum(diff, CAP).mean(axis=-1) if mask.any() else np.full(rows.shape[:-1], CAP)


def case_bounds(shapes: list) -> list:
    """Return each case's slice of a flat row, from the cases' output shapes."""
    bounds, start = [], 0
    for sh in shapes:
        size = int(sum(int(np.prod(s)) for s in sh))
        bounds.append((start, start + size))
        start += size
    return bounds


def pair_agrees(fn, spec, cases: list, shapes: list, learner: Learner, tol) -> np.ndarray | None:
    """Run a built pair case by case, stopping at the first disagreement; return its outputs if it agrees."""
    on_values = 0
    row = np.full(learner.values.shape, np.nan)
    for c, sh, status, (a, b) in zip(cases, shapes, learner.status, case_bounds(shapes)):
        if status == "skip":
            continue
        out = mutants.run_on_case(fn, spec, c.args, sh)
        if status == "raised" or out is None:
            if not (status == "raised" and out is None):
                return None
            continue
        if not close(out, learner.values[a:b], tol.atol * LOOSEN, tol.rtol * LOOSEN).all():
            return None
        row[a:b] = out
        on_values += 1
    return row if on_values else None
