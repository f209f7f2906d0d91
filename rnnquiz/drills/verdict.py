"""Turn what the child reported into checks, a diagnosis and a report, each message one a learner can act on."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from rnnquiz.drills import compare, diagnose, messages
from rnnquiz.drills.cases import output_shapes
from rnnquiz.drills.references import float_leaves
from rnnquiz.drills.report import Check, Diagnosis, GradeReport
from rnnquiz.grader.protocol import decode
from rnnquiz.textsafe import strip_controls

class _Judge:
    """Builds the checks of one job in order; each method adds one check."""

    def __init__(self, plan, refs, job_id: str, file: Path, run, limits, reproduce: str):
        self.plan, self.spec, self.refs, self.run, self.limits = plan, plan.spec, refs, run, limits
        self.file, self.reproduce = file, reproduce
        jobs = (run.result or {}).get("jobs", [])
        self.job = next((j for j in jobs if j["id"] == job_id), None)
        self.calls = {c["id"]: c for c in (self.job or {}).get("calls", [])}
        self.cases = {c.index: c for c in plan.cases}
        self.checks: list[Check] = []
        self.fault: dict | None = None
        self.not_started = False
        self.got: dict = {}  # case index -> outputs (valid structure)
        self.raised: dict = {}  # case index -> error
        self.wrong: list = []  # (case, mismatch)
        self.diagnosis: Diagnosis | None = None
        self.fault_stage = run.stage.split(" ", 1)[1] if self.job is None and " " in run.stage else run.stage

    # ------------------------------------------------------------------ helpers

    def add(self, check_id: str, status: str, message: str = "", **details) -> None:
        self.checks.append(Check(check_id, status, message, details))

    def set_fault(self, kind: str, stage: str, detail: str = "", error: dict | None = None) -> str:
        crash = messages.crash_lines(self.run.fault_dump, self.file) if kind == "crash" else ""
        message = messages.fault_message(kind, messages.describe_stage(self.plan.cases, stage), self.limits, detail, error, crash)
        self.fault = {"kind": kind, "message": message}
        return message

    def unpack(self, call: dict, case) -> list:
        """Return a call's outputs, one per declared return (raises compare.StructureError)."""
        return compare.unpack(self.spec, call["outputs"], self.run.arrays, output_shapes(self.spec, case), self.plan.track)

    def skip_rest(self, ids: list[str], why: str) -> None:
        for check_id in ids:
            if not any(c.id == check_id for c in self.checks):
                self.add(check_id, "skip", why)

    # ------------------------------------------------------------------ checks

    def check_load(self) -> bool:
        if self.job is None:
            kind = self.run.fault or "internal"
            stage = self.fault_stage if kind != "internal" else "load"
            message = self.set_fault(kind, stage, self.run.detail)
            case = stage.removeprefix("call case")
            details = {"case": int(case)} if case.isdigit() else {}
            self.add("load" if stage == "load" else "implemented", "error", message, **details)
            if stage != "load":
                self.checks.insert(0, Check("load", "pass", "the file loads"))
                self.checks.insert(1, Check("signature", "pass", f"{self.spec.function} is defined"))
            return False
        load = self.job["load"]
        if load["ok"]:
            self.add("load", "pass", "the file loads")
            return True
        error = load["error"]
        if load["status"] in ("exit", "memory"):
            self.add("load", "error", self.set_fault(load["status"], "load", f"SystemExit({error.get('message')})", error))
        elif error["type"] in ("SyntaxError", "IndentationError", "TabError"):
            col = f", column {error['col']}" if error.get("col") else ""
            self.add("load", "error", strip_controls(f"{error['type']} at line {error.get('line')}{col}: {error['message']}\n    {error.get('code', '')}"),
                     line=error.get("line"))
        else:
            hint = ""
            if error["type"] == "ModuleNotFoundError":
                hint = " (the grader offers numpy, torch and the standard library)"
            self.add("load", "error", f"importing your file raised {messages.error_text(error)}{hint}", line=error.get("line"))
        return False

    def check_signature(self) -> bool:
        sig = self.job["signature"]
        fn, names = self.spec.function, list(self.spec.args)
        contract = f"{fn}({', '.join(names)})"
        if sig["ok"]:
            params = sig.get("params")
            note = "" if params in (None, names) else f" (your parameter names differ from {contract}: fine, arguments are passed by position)"
            self.add("signature", "pass", f"{fn}{sig.get('signature') or ''}{note}")
            return True
        if sig["problem"] == "missing":
            found = f"; your file defines {', '.join(sig['names'])}" if sig.get("names") else ""
            self.add("signature", "fail", f"no function named {fn} in {self.file.name}{found}: define `def {contract}:`")
        elif sig["problem"] == "not-callable":
            self.add("signature", "fail", f"{fn} is a {sig['type']}, not a function: define `def {contract}:`")
        else:
            self.add("signature", "fail", f"{fn}{sig['signature']} cannot be called as {contract}: "
                                          f"the grader passes {len(names)} positional arguments")
        return False

    def check_implemented(self) -> bool:
        if self.job.get("calls") is None or self.fault_for_calls():
            return False
        first = self.calls.get(f"case{self.plan.cases[0].index}")
        if first and first["status"] == "not-implemented":
            self.not_started = True
            self.add("implemented", "fail", f"not started: {self.spec.function} still raises NotImplementedError")
            return False
        for c in self.plan.cases:
            call = self.calls.get(f"case{c.index}")
            if call is None:
                continue
            if call["status"] == "ok":
                self.got[c.index] = call
            else:
                self.raised[c.index] = call["error"]
        if not self.raised:
            slowest = max(self.calls[f"case{c.index}"]["seconds"] for c in self.plan.cases)
            self.add("implemented", "pass", f"runs on all {len(self.plan.cases)} cases (slowest {slowest * 1000:.1f} ms)")
            return True
        index, error = next(iter(self.raised.items()))
        case = self.cases[index]
        self.add("implemented", "error", f"raised {messages.error_text(error)} in case {index} ({case.describe()}); "
                                         f"{len(self.raised)} of {len(self.plan.cases)} cases raised{messages.shape_hint(error)}",
                 case=index, line=error.get("line"))
        return bool(self.got)

    def fault_for_calls(self) -> bool:
        """Turn a sys.exit or MemoryError inside a call into a fault."""
        for call_id, call in self.calls.items():
            if call["status"] in ("exit", "memory"):
                error = call["error"]
                detail = f"SystemExit({error.get('message')})" if call["status"] == "exit" else ""
                self.add("implemented", "error", self.set_fault(call["status"], f"call {call_id}", detail, error))
                return True
        return False

    def check_outputs(self) -> None:
        problems = []
        valid = {}
        for index, call in self.got.items():
            try:
                valid[index] = self.unpack(call, self.cases[index])
            except compare.StructureError as exc:
                problems.append((index, str(exc)))
        self.got = valid
        if problems:
            index, text = problems[0]
            case = self.cases[index]
            self.add("outputs", "fail", f"{text} in case {index} ({case.describe()}); {len(problems)} of "
                                        f"{len(problems) + len(valid)} cases", case=index)
        else:
            self.add("outputs", "pass", compare.describe_outputs(self.spec, self.plan.track))

    def check_finite(self) -> None:
        if not self.got:
            self.add("finite", "skip", "no outputs with the right structure")
            return
        bad = [(i, compare.first_nonfinite(self.spec, out)) for i, out in self.got.items()]
        bad = [(i, b) for i, b in bad if b is not None]
        if not bad:
            self.add("finite", "pass", "no NaN or infinity")
            return
        index, (name, where, value) = bad[0]
        case = self.cases[index]
        scaled = {c.index for c in self.plan.cases if c.scale != 1}
        note = ""
        if scaled and {i for i, _ in bad} <= scaled:
            note = (": it happens only with large inputs, so something overflows (np.exp of a large number?); "
                    "use a numerically stable form, e.g. sigmoid(x) = 0.5 * (1 + tanh(x / 2))")
        self.add("finite", "fail", f"{name} has {value} at [{', '.join(map(str, where))}] in case {index} "
                                   f"({case.describe()}); {len(bad)} of {len(self.got)} cases{note}", case=index)

    def check_values(self) -> None:
        if not self.got:
            self.add("values", "skip", "no outputs with the right structure to compare")
            return
        tol = self.spec.tolerance
        for c in self.plan.cases:
            if c.index in self.got:
                m = compare.first_mismatch(self.spec, self.refs.outputs[c.index], self.got[c.index], tol.atol, tol.rtol)
                if m is not None:
                    self.wrong.append((c, m))
        if not self.wrong:
            self.add("values", "pass", f"match the reference on {len(self.got)} cases (atol {tol.atol:g}, rtol {tol.rtol:g})")
            return
        case, m = self.wrong[0]
        compared = len(self.got)
        text = (f"differ from the reference in {len(self.wrong)} of {compared} cases; first in case {case.index} "
                f"({case.describe()}, seed {case.seed}):\n{m.describe()}")
        passing = [c for c in self.plan.cases if c.index in self.got and c not in [w[0] for w in self.wrong]]
        scaled = [c for c, _ in self.wrong if c.scale != 1]
        if passing and len(scaled) == len(self.wrong):
            text += "\nthey agree on ordinary inputs but not on large ones: an overflow or a numerically unstable formula?"
        elif passing:
            kinds = list(dict.fromkeys(c.describe() for c in passing))
            text += "\nthey agree only when " + " or ".join(kinds[:3])
        self.add("values", "fail", text, case=case.index, output=m.name, max_abs_error=m.max_abs,
                 max_rel_error=m.max_rel, index=list(m.index), wrong_cases=[c.index for c, _ in self.wrong])

    def check_inputs_unchanged(self) -> None:
        leaves = []
        for c in self.plan.cases:
            call = self.calls.get(f"case{c.index}")
            if call is None or "inputs_after" not in call:
                continue
            originals = _leaves(c.args)
            for (name, original), key in zip(originals, call["inputs_after"]):
                after = self.run.arrays[key]
                if after.shape != original.shape or not np.array_equal(after, original, equal_nan=True):
                    leaves.append((c, name))
                    break
        if not any(f"case{c.index}" in self.calls and "inputs_after" in self.calls[f"case{c.index}"] for c in self.plan.cases):
            self.add("inputs-unchanged", "skip", "no case ran to the end")
        elif leaves:
            case, name = leaves[0]
            self.add("inputs-unchanged", "fail",
                     f"your function changed its input {name} in place (case {case.index}): write results to new arrays "
                     f"instead of `{name} += ...`, `{name}[...] = ...` or out={name}", argument=name)
        else:
            self.add("inputs-unchanged", "pass", "every input is unchanged after the call")

    def check_batch(self) -> None:
        if self.plan.batch is None:
            self.add("batch-independent", "skip", "no case with a batch of 2 or more")
            return
        case, _, row = self.plan.batch
        call = self.calls.get("batch")
        mine = self.got.get(case.index)
        if call is None or call["status"] != "ok" or mine is None:
            self.add("batch-independent", "skip", "the probe or its case did not produce outputs")
            return
        try:
            probe = self.unpack(call, case)
        except compare.StructureError:
            self.add("batch-independent", "skip", "the probe's outputs have another structure")
            return
        for ret, before, after in zip(self.spec.returns, mine, probe):
            if ret.batch_axis is None or isinstance(before, list):
                continue
            keep = [i for i in range(before.shape[ret.batch_axis]) if i != row]
            a, b = np.take(before, keep, axis=ret.batch_axis), np.take(after, keep, axis=ret.batch_axis)
            same = compare.close(a, b, self.spec.tolerance.atol, self.spec.tolerance.rtol) | (np.isnan(a) & np.isnan(b))
            if not same.all():
                self.add("batch-independent", "fail",
                         f"changing only batch row {row} of the inputs (case {case.index}) changed other rows of {ret.name}: "
                         f"compute each row from its own inputs (no sum/mean/max over the batch axis, no mixing rows)")
                return
        self.add("batch-independent", "pass", f"redrawing batch row {row} leaves the other rows unchanged")

    def check_deterministic(self) -> None:
        first = self.plan.cases[0]
        call = self.calls.get("repeat")
        mine = self.got.get(first.index)
        if call is None or call["status"] != "ok" or mine is None:
            self.add("deterministic", "skip", "case 0 did not produce outputs twice")
            return
        try:
            again = self.unpack(call, first)
        except compare.StructureError:
            again = None
        same, worst = compare.identical(mine, again) if again is not None else (False, float("nan"))
        if same:
            self.add("deterministic", "pass", "the same inputs give the same outputs")
        else:
            self.add("deterministic", "fail", f"two calls with the same inputs gave different outputs (largest "
                                              f"difference {worst:.3g}): remove randomness (np.random, dropout) and "
                                              f"state kept between calls (globals, default arguments)")

    def check_gradients(self) -> None:
        if not self.plan.grad:
            return
        values = next(c for c in self.checks if c.id == "values")
        if values.status != "pass":
            self.add("gradients", "skip", "checked once the values match")
            return
        tol = self.spec.tolerance
        for c in self.plan.cases:
            grad = self.calls[f"case{c.index}"].get("grad", {"status": "disconnected"})
            if grad["status"] == "disconnected":
                self.add("gradients", "fail", "no output is connected to the inputs' autograd graph: keep to torch "
                                              "operations (no .numpy(), .item(), .detach(), torch.tensor(...) of "
                                              "results, or torch.no_grad())")
                return
            if grad["status"] != "ok":
                self.add("gradients", "error", f"backward failed in case {c.index}: {messages.error_text(grad['error'])}")
                return
            names = float_leaves(self.spec, c.args)
            for (name, item), expected, desc in zip(names, self.refs.grads[c.index], grad["grads"]):
                label = name if item is None else f"{name}[{item}]"
                got = decode(desc, self.run.arrays)
                if got is None:
                    if expected is not None and np.any(expected):
                        self.add("gradients", "fail", f"no gradient reaches {label} (case {c.index}): the output must "
                                                      f"be computed from it with torch operations", argument=label)
                        return
                    continue
                m = compare.mismatch(f"d/d{label}", np.zeros_like(got) if expected is None else expected, got, tol.atol, tol.rtol)
                if m is not None:
                    self.add("gradients", "fail", f"the gradient with respect to {label} differs from autograd of the "
                                                  f"reference in case {c.index}:\n{m.describe()}\nthe values are right, so "
                                                  f"part of the computation is probably hidden from autograd (.detach(), "
                                                  f".numpy(), .item(), torch.tensor(...), .data)", argument=label)
                    return
        self.add("gradients", "pass", f"gradients reach every input and match autograd on {len(self.plan.cases)} cases")

    # ------------------------------------------------------------------ diagnosis and report

    def diagnose(self) -> None:
        if not self.wrong and not (self.raised and self.got):
            return
        plan, spec, tol = self.plan, self.spec, self.spec.tolerance
        learner = [self.got.get(c.index, diagnose.RAISED if c.index in self.raised else None) for c in plan.cases]
        diag = Diagnosis(mistake=diagnose.name_mistake(plan.drill, plan.cases, learner, tol))
        if spec.blocks is not None and self.refs.numpy_fn is not None:
            diag.block_order = diagnose.block_order(spec, self.refs.numpy_fn, plan.cases, learner, tol)
            if plan.probes:
                baseline_off, off = diagnose.blocks_off(spec, self.refs.numpy_fn, plan.probes, self._probe_outputs(), tol)
                diag.blocks_off = off if not baseline_off else None
                # a named mistake already says what is wrong beyond the gates' rows
                diag.notes = diagnose.block_notes(spec, diag.block_order, baseline_off and not diag.mistake,
                                                  [] if baseline_off else off)
        if diag.mistake or diag.block_order or diag.notes:
            self.diagnosis = diag

    def _probe_outputs(self) -> dict:
        outs = {}
        for label, _ in self.plan.probes:
            call = self.calls.get(f"block-{label}")
            if call and call["status"] == "ok":
                try:
                    outs[label] = self.unpack(call, self.plan.cases[0])
                except compare.StructureError:
                    pass
        return outs

    def report(self) -> GradeReport:
        order = ["load", "signature", "implemented", "outputs", "finite", "values", "inputs-unchanged",
                 "batch-independent", "deterministic"] + (["gradients"] if self.plan.grad else [])
        if self.check_load() and self.check_signature():
            ran = self.check_implemented()
            if ran:
                self.check_outputs()
                self.check_finite()
                self.check_values()
                self.check_inputs_unchanged()
                self.check_batch()
                self.check_deterministic()
                self.check_gradients()
                self.diagnose()
        why = "not started" if self.not_started else "an earlier check did not pass"
        self.skip_rest(order, why)
        self.checks.sort(key=lambda c: order.index(c.id))
        return self._build()

    def _build(self) -> GradeReport:
        statuses = {c.status for c in self.checks}
        status = "error" if "error" in statuses else "fail" if "fail" in statuses else "pass"
        outcome = ("not-started" if self.not_started else "fault" if self.fault else "passed" if status == "pass" else "failed")
        first = next((c for c in self.checks if c.status in ("fail", "error")), None)
        case = next((c.details.get("case") for c in self.checks if c.details.get("case") is not None), None)
        seed = self.plan.seed
        if outcome == "passed":
            summary = f"passed: all {sum(c.status == 'pass' for c in self.checks)} checks"
        elif outcome == "not-started":
            summary = f"not started: open {self.file} and write the body of {self.spec.function}"
        else:
            summary = f"{first.id}: {first.message.splitlines()[0].rstrip(':')}"
            if self.diagnosis and self.diagnosis.mistake:
                summary += f" — likely mistake: {self.diagnosis.mistake['title']['en']}"
        reproduce = ""
        if outcome not in ("passed", "not-started"):
            case_arg = case if case is not None else self.plan.case_only
            reproduce = self.reproduce + f" --seed {seed}" + (f" --case {case_arg}" if case_arg is not None else "")
        output = strip_controls(self.run.output)
        return GradeReport(
            drill=self.spec.id, track=self.plan.track, file=str(self.file), function=self.spec.function,
            passed=status == "pass", status=status, outcome=outcome, summary=summary, checks=self.checks,
            seed=seed, case=case, reproduce=reproduce, diagnosis=self.diagnosis, fault=self.fault,
            output=output, output_truncated=self.run.output_bytes > len(self.run.output.encode()),
            seconds=round(self.run.seconds, 3),
        )


def _leaves(args: dict) -> list[tuple[str, np.ndarray]]:
    out = []
    for name, value in args.items():
        if isinstance(value, list):
            out.extend((f"{name}[{i}]", v) for i, v in enumerate(value))
        elif isinstance(value, np.ndarray):
            out.append((name, value))
    return out


def judge(plan, refs, job_id: str, file: Path, run, limits, reproduce: str) -> GradeReport:
    """Return the report of one job of a finished run."""
    return _Judge(plan, refs, job_id, file, run, limits, reproduce).report()

