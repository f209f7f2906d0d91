"""Grade a learner's file: plan the calls, start the sandboxed child, compute references meanwhile, judge.

The parent never imports the learner's file. It generates the inputs, sends them to the child
as .npz, computes the expected values itself (float64, from solutions/), and decides the verdict
from the arrays the child sends back.
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from rnnquiz.drills import apis, policy
from rnnquiz.drills import cases as case_gen
from rnnquiz.drills.loader import Drill
from rnnquiz.drills.references import TrustedCodeError, load_function, run_numpy, run_torch
from rnnquiz.drills.report import GradeReport
from rnnquiz.drills.text import Msg
from rnnquiz.errors import DrillError
from rnnquiz.grader import protocol, sandbox
from rnnquiz.grader.sandbox import Limits

DEFAULT_TIMEOUT = {"numpy": 10.0, "torch": 30.0}  # seconds, imports included (torch alone takes 1-2 s)


@dataclass
class Plan:
    """Every call the child will make, with the inputs behind it."""

    drill: Drill
    track: str
    seed: int
    cases: list
    calls: list[dict] = field(default_factory=list)
    arrays: dict = field(default_factory=dict)
    cotangents: dict = field(default_factory=dict)  # case index -> cotangents (torch track with grad)
    batch: list = field(default_factory=list)  # (case, probe args, redrawn row), one per probed row
    probes: list = field(default_factory=list)  # block probes: (label, args)
    case_only: int | None = None
    prefix: str = "s0"  # keeps array keys and job ids apart when several plans share one child
    trust_caches: bool = True  # False in strict grading: no cache a grading child could have written is read

    @property
    def spec(self):
        return self.drill.spec

    @property
    def grad(self) -> bool:
        return self.track == "torch" and self.spec.grad

    def add_call(self, call_id: str, args: dict, cot: list | None = None, return_inputs: bool = False) -> None:
        key = f"{self.prefix}/{call_id}"
        call = {"id": call_id, "args": [protocol.encode(v, self.arrays, f"{key}.{n}") for n, v in args.items()],
                "return_inputs": return_inputs}
        if cot is not None:
            call["cot"] = [protocol.encode(c, self.arrays, f"{key}.cot{k}") for k, c in enumerate(cot)]
        self.calls.append(call)

    @staticmethod
    def job_id_for(prefix: str, index: int) -> str:
        return f"{prefix}-job{index}"

    def job_id(self, index: int) -> str:
        return self.job_id_for(self.prefix, index)

    def suite(self, files: list[Path], first: int = 0) -> dict:
        """Return this plan's part of a request: its calls, run on each file."""
        return {"id": self.prefix, "function": self.spec.function, "arg_names": list(self.spec.args), "grad": self.grad,
                "jobs": [{"id": self.job_id(first + i), "file": str(f)} for i, f in enumerate(files)], "calls": self.calls}


def make_plan(drill: Drill, track: str, seed: int = 0, case: int | None = None, prefix: str = "s0") -> Plan:
    """Plan the graded cases and the probes (repeat, batch row, gate blocks) for one drill and track."""
    spec = drill.spec
    count = case_gen.case_count(spec)
    if case is not None and not 0 <= case < count:
        raise DrillError(Msg("drill.error.case-range", last=count - 1, id=drill.id))
    plan = Plan(drill, track, seed, case_gen.generate(spec, seed, only=case), case_only=case, prefix=prefix)
    for c in plan.cases:
        cot = case_gen.cotangents(spec, c, case_gen.output_shapes(spec, c)) if plan.grad else None
        if cot is not None:
            plan.cotangents[c.index] = cot
        plan.add_call(f"case{c.index}", c.args, cot, return_inputs=True)
    plan.add_call("repeat", plan.cases[0].args)
    if any(r.batch_axis is not None for r in spec.returns):
        batch_case = next((c for c in plan.cases if case_gen.batch_size(spec, c) >= 2), None)
        if batch_case is not None:
            for row in case_gen.batch_rows(spec, batch_case):
                args, row = case_gen.batch_probe(spec, batch_case, row)
                plan.batch.append((batch_case, args, row))
                plan.add_call(f"batch{row}", args)
    if spec.blocks is not None:
        plan.probes = case_gen.block_probes(spec, plan.cases[0])
        for label, args in plan.probes:
            plan.add_call(f"block-{label}", args)
    return plan


@dataclass
class References:
    """The expected outputs (and gradients) of every case, computed in this process."""

    outputs: dict  # case index -> outputs
    grads: dict  # case index -> one gradient per float leaf (None where the output does not depend on it)
    numpy_fn: object  # the NumPy reference, used by the diagnosis (None for a drill without one)


def compute_references(plan: Plan) -> References:
    """Run the trusted references on every case: NumPy values, or on the torch track torch values and grads."""
    drill, spec = plan.drill, plan.spec
    numpy_path = drill.solution_path("numpy")
    numpy_fn = load_function(numpy_path, spec.function) if numpy_path.exists() or plan.track == "numpy" else None
    outputs, grads = {}, {}
    try:
        if plan.track == "torch":
            torch_fn = load_function(drill.solution_path("torch"), spec.function)
            for c in plan.cases:
                outputs[c.index], grads[c.index] = run_torch(torch_fn, spec, c.args, plan.cotangents.get(c.index))
        else:
            for c in plan.cases:
                outputs[c.index] = run_numpy(numpy_fn, spec, c.args)
    except TrustedCodeError:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken reference is the drill's bug, not the learner's
        raise TrustedCodeError(f"the {plan.track} reference of drill {drill.id!r} failed ({type(exc).__name__}: {exc}); "
                               f"this is a bug in the drill: `rnnquiz dev check --drill {drill.id}` shows more") from None
    return References(outputs, grads, numpy_fn)


def default_reproduce(drill: Drill, file: Path, track: str) -> str:
    """Return the command that grades this file again (the case and seed are appended)."""
    cmd = f"rnnquiz drill {drill.id} --file {shlex.quote(str(file))}"
    return cmd + (" --track torch" if track == "torch" else "")


def _check_file(file: Path) -> Path:
    file = Path(file).expanduser()
    if not file.is_file():
        raise DrillError(Msg("drill.error.no-file", file=file))
    return file.resolve()


MAX_SOURCE_BYTES = 1 << 20  # a drill's solution is a few kB; larger files are not read for forbidden APIs


def refused_uses(drill: Drill, file: Path, strict: bool) -> list:
    """Return the forbidden APIs (and, in strict mode, ways around the grader) the file's text uses."""
    try:
        size = file.stat().st_size
        source = file.read_bytes() if size <= MAX_SOURCE_BYTES else b""
    except OSError:
        return []  # unreadable here: the child reports it when it loads the file
    if size > MAX_SOURCE_BYTES:
        return [policy.Violation("dynamic", f"a file of {size >> 10} KiB", 1)] if strict else []
    return policy.scan(source.decode("utf-8", "replace"), policy.forbidden_for(drill.spec), strict=strict)


@dataclass
class Prepared:
    """A plan with its references, computed once and shared by every submission graded against it."""

    plan: Plan
    refs: References
    _inputs: Path | None = None

    def inputs_file(self) -> Path:
        """Return an .npz of the plan's inputs, written once (a run copies it instead of saving the arrays again)."""
        if self._inputs is None or not self._inputs.exists():
            import tempfile

            import numpy as np

            handle, name = tempfile.mkstemp(prefix="rnnquiz-inputs-", suffix=".npz")
            with os.fdopen(handle, "wb") as fh:
                np.savez(fh, **self.plan.arrays)
            self._inputs = Path(name)
        return self._inputs

    def close(self) -> None:
        """Remove the inputs file, if one was written."""
        if self._inputs is not None:
            self._inputs.unlink(missing_ok=True)
            self._inputs = None


def prepare(drill: Drill, track: str, seed: int = 0, case: int | None = None, *, strict: bool = False) -> Prepared:
    """Plan a drill and compute its references, for grading many files against the same cases."""
    plan = make_plan(drill, track, seed, case)
    plan.trust_caches = not strict
    return Prepared(plan, compute_references(plan))


def _suite(plan_suite: dict, drill: Drill, files: list[Path]) -> dict:
    jobs = [{"id": Plan.job_id_for(plan_suite["id"], i), "file": str(f)} for i, f in enumerate(files)]
    return {**plan_suite, "jobs": jobs, "forbidden": policy.forbidden_for(drill.spec)}


def _finish(drill: Drill, plan: Plan, refs: References, file: Path, result, limits: Limits, reproduce: str) -> GradeReport:
    from rnnquiz.drills.verdict import judge

    report = judge(plan, refs, plan.job_id(0), file, result, limits, reproduce)
    job = next((j for j in (result.result or {}).get("jobs", []) if j.get("id") == plan.job_id(0)), {})
    return apis.with_runtime_use(report, [str(api) for api in job.get("forbidden", [])][:5])


def grade_prepared(drill: Drill, prepared: Prepared, file: Path, limits: Limits, reproduce: str, *, strict: bool = False,
                   launcher=None, on_run=None) -> GradeReport:
    """Grade an existing file against a prepared plan (its forbidden-API scan already done).

    `launcher` forks the child from a warm worker; `on_run(run)` sees the run as it starts, so
    another thread can cancel it.
    """
    plan = prepared.plan
    inputs = prepared.inputs_file() if launcher is not None else plan.arrays
    run = sandbox.start({"track": plan.track, "suites": [_suite(plan.suite([]), drill, [file])]},
                        inputs, limits, strict=strict, launcher=launcher)
    if on_run is not None:
        on_run(run)
    return _finish(drill, plan, prepared.refs, file, run.wait(), limits, reproduce)


def grade_submission(drill: Drill, file: Path, track: str = "numpy", *, seed: int = 0, case: int | None = None,
                     limits: Limits | None = None, reproduce: str | None = None, strict: bool = False,
                     prepared: Prepared | None = None) -> GradeReport:
    """Grade one file against a drill and return the report (a learner's mistakes are results, not errors).

    `strict` runs the file in the bubblewrap sandbox and reads no cache a child could have written;
    `prepared` reuses a plan and references computed for other files.

    Raises:
        DrillError: the track is not offered, the file does not exist, or the case is out of range.
        TrustedCodeError: the drill's own reference is broken (`rnnquiz dev check` says how).
        StrictUnavailable: strict mode cannot run on this machine.
    """
    from rnnquiz.drills import plan_cache

    drill.check_track(track)
    file = _check_file(file)
    limits = limits or Limits(timeout_s=DEFAULT_TIMEOUT[track])
    reproduce = reproduce or default_reproduce(drill, file, track)
    if strict:
        from rnnquiz.grader import strict as strict_mode

        strict_mode.check()
    refused = refused_uses(drill, file, strict)
    if refused:
        return apis.refusal_report(drill, track, file, refused, seed, reproduce)
    if prepared is not None or strict:
        return grade_prepared(drill, prepared or prepare(drill, track, seed, case, strict=strict), file, limits, reproduce,
                              strict=strict)
    cached = plan_cache.load(drill, track, seed, case)
    run = None
    if cached is not None:  # start the child first; numpy is imported below, while it starts
        suite, inputs = cached
        run = sandbox.start({"track": track, "suites": [_suite(suite, drill, [file])]}, inputs, limits)
    try:
        plan = make_plan(drill, track, seed, case)
        if run is not None and not plan_cache.matches(plan, *cached):
            run.cancel()
            run = None
        if run is None:
            run = sandbox.start({"track": track, "suites": [_suite(plan.suite([]), drill, [file])]}, plan.arrays, limits)
            plan_cache.save(plan)
        refs = compute_references(plan)  # while the child imports numpy/torch and runs
    except BaseException:
        if run is not None:
            run.cancel()  # a bad --case, a broken reference, Ctrl-C: never leave the child running
        raise
    return _finish(drill, plan, refs, file, run.wait(), limits, reproduce)


def grade_batch(track: str, items: list[tuple[Drill, list[Path]]], *, seed: int = 0,
                limits: Limits | None = None) -> list[list[GradeReport]]:
    """Grade trusted files of several drills on one track in as few children as possible (`rnnquiz dev check`).

    Returns one list of reports per item, in the order of its files. A fault in one file costs a
    new child for the files after it, never a wrong verdict for the others.
    """
    from rnnquiz.drills.verdict import judge

    plans = []
    for n, (drill, files) in enumerate(items):
        drill.check_track(track)
        plans.append((make_plan(drill, track, seed, prefix=f"s{n}"), [_check_file(f) for f in files]))
    arrays = {k: v for plan, _ in plans for k, v in plan.arrays.items()}
    todo = [(plan, i, f) for plan, files in plans for i, f in enumerate(files)]
    limits = limits or Limits(timeout_s=DEFAULT_TIMEOUT[track] + 2 * len(todo))
    refs: dict = {}
    reports: dict = {}
    while todo:
        suites = [plan.suite([f for p, _, f in todo if p is plan], first=min(i for p, i, _ in todo if p is plan))
                  for plan, _ in plans if any(p is plan for p, _, _ in todo)]
        run = sandbox.start({"track": track, "suites": suites}, arrays, limits)
        try:
            for plan, _ in plans:
                if plan.prefix not in refs:
                    refs[plan.prefix] = compute_references(plan)
        except BaseException:
            run.cancel()
            raise
        result = run.wait()
        done = len((result.result or {}).get("jobs", []))
        if result.fault or done == 0:
            done += 1  # the job the child was on when it faulted is judged with that fault
        for plan, index, file in todo[:done]:
            reproduce = default_reproduce(plan.drill, file, track)
            reports[(plan.prefix, index)] = judge(plan, refs[plan.prefix], plan.job_id(index), file, result, limits, reproduce)
        todo = todo[done:]
    return [[reports[(plan.prefix, i)] for i in range(len(files))] for plan, files in plans]
