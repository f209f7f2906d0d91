"""The checks that run once values are known: inputs unchanged, batch rows independent, determinism, gradients.

A mixin of the verdict's judge: each method reads the child's calls and adds one check.
"""

from __future__ import annotations

import numpy as np

from rnnquiz.drills import compare, messages
from rnnquiz.drills.references import float_leaves
from rnnquiz.drills.text import Join, Msg
from rnnquiz.grader.protocol import decode


def leaves(args: dict) -> list[tuple[str, np.ndarray]]:
    """Return every array argument with its name (`grads[1]` for an item of a list argument)."""
    out = []
    for name, value in args.items():
        if isinstance(value, list):
            out.extend((f"{name}[{i}]", v) for i, v in enumerate(value))
        elif isinstance(value, np.ndarray):
            out.append((name, value))
    return out


class LaterChecks:
    """Checks after the values check; the judge provides plan, spec, calls, got, refs, run, add and unpack."""

    def check_inputs_unchanged(self) -> None:
        changed = []
        for c in self.plan.cases:
            call = self.calls.get(f"case{c.index}")
            if call is None or "inputs_after" not in call:
                continue
            originals = leaves(c.args)
            for (name, original), key in zip(originals, call["inputs_after"]):
                after = self.run.arrays[key]
                if after.shape != original.shape or not np.array_equal(after, original, equal_nan=True):
                    changed.append((c, name))
                    break
        if not any(f"case{c.index}" in self.calls and "inputs_after" in self.calls[f"case{c.index}"] for c in self.plan.cases):
            self.add("inputs-unchanged", "skip", Msg("grader.inputs.skip"))
        elif changed:
            case, name = changed[0]
            self.add("inputs-unchanged", "fail", Msg("grader.inputs.changed", name=name, index=case.index), argument=name)
        else:
            self.add("inputs-unchanged", "pass", Msg("grader.inputs.ok"))

    def check_batch(self) -> None:
        if not self.plan.batch:
            self.add("batch-independent", "skip", Msg("grader.batch.no-batch"))
            return
        case = self.plan.batch[0][0]
        mine = self.got.get(case.index)
        if mine is not None:
            same = compare.repeated_row(self.spec, mine)
            if same is not None:
                self.add("batch-independent", "fail", Msg("grader.batch.broadcast", name=same, index=case.index))
                return
        rows = []
        for case, _, row in self.plan.batch:
            call = self.calls.get(f"batch{row}")
            if call is None or call["status"] != "ok" or mine is None:
                self.add("batch-independent", "skip", Msg("grader.batch.no-outputs"))
                return
            try:
                probe = self.unpack(call, case)
            except compare.StructureError:
                self.add("batch-independent", "skip", Msg("grader.batch.structure"))
                return
            name = compare.rows_changed(self.spec, mine, probe, row)
            if name is not None:
                self.add("batch-independent", "fail", Msg("grader.batch.mixed", row=row, index=case.index, name=name))
                return
            rows.append(str(row))
        self.add("batch-independent", "pass", Msg("grader.batch.ok", rows=Join("drill.sep.and", rows)))

    def check_deterministic(self) -> None:
        first = self.plan.cases[0]
        call = self.calls.get("repeat")
        mine = self.got.get(first.index)
        if call is None or call["status"] != "ok" or mine is None:
            self.add("deterministic", "skip", Msg("grader.deterministic.skip"))
            return
        try:
            again = self.unpack(call, first)
        except compare.StructureError:
            again = None
        same, worst = compare.identical(mine, again) if again is not None else (False, float("nan"))
        if same:
            self.add("deterministic", "pass", Msg("grader.deterministic.ok"))
        else:
            self.add("deterministic", "fail", Msg("grader.deterministic.bad", worst=worst))

    def check_gradients(self) -> None:
        if not self.plan.grad:
            return
        values = next(c for c in self.checks if c.id == "values")
        if values.status != "pass":
            self.add("gradients", "skip", Msg("grader.gradients.skip"))
            return
        tol = self.spec.tolerance
        for c in self.plan.cases:
            if c.zero_rows:
                continue  # at an all-zero vector the gradient of a norm is not defined: only values are judged there
            grad = self.calls[f"case{c.index}"].get("grad", {"status": "disconnected"})
            if grad["status"] == "disconnected":
                self.add("gradients", "fail", Msg("grader.gradients.disconnected"))
                return
            if grad["status"] != "ok":
                self.add("gradients", "error", Msg("grader.gradients.backward-failed", index=c.index, error=messages.error_text(grad["error"])))
                return
            names = float_leaves(self.spec, c.args)
            for (name, item), expected, desc in zip(names, self.refs.grads[c.index], grad["grads"]):
                label = name if item is None else f"{name}[{item}]"
                got = decode(desc, self.run.arrays)
                if got is None:
                    if expected is not None and np.any(expected):
                        self.add("gradients", "fail", Msg("grader.gradients.missing", label=label, index=c.index), argument=label)
                        return
                    continue
                m = compare.mismatch(f"d/d{label}", np.zeros_like(got) if expected is None else expected, got, tol.atol, tol.rtol)
                if m is not None:
                    self.add("gradients", "fail", Msg("grader.gradients.differ", label=label, index=c.index, mismatch=m.describe()),
                             argument=label)
                    return
        self.add("gradients", "pass", Msg("grader.gradients.ok", n=len(self.plan.cases)))
