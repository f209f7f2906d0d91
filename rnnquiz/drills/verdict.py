"""Turn what the child reported into checks, a diagnosis and a report, each message one a learner can act on."""

from __future__ import annotations

from pathlib import Path


from rnnquiz.drills import compare, diagnose, messages
from rnnquiz.drills.cases import output_shapes
from rnnquiz.drills.later_checks import LaterChecks, leaves
from rnnquiz.drills.report import Check, Diagnosis, GradeReport
from rnnquiz.drills.text import Concat, FirstLine, Join, Msg, Pick
from rnnquiz.textsafe import escape_controls


class _Judge(LaterChecks):
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

    def add(self, check_id: str, status: str, message: Msg | str = "", **details) -> None:
        self.checks.append(Check(check_id, status, message, details))

    def set_fault(self, kind: str, stage: str, detail: Msg | str = "", error: dict | None = None) -> Msg:
        crash = messages.crash_lines(self.run.fault_dump, self.file) if kind == "crash" else ""
        message = messages.fault_message(kind, messages.describe_stage(self.plan.cases, stage), self.limits, detail, error, crash)
        self.fault = {"kind": kind, "message": message}
        return message

    def unpack(self, call: dict, case) -> list:
        """Return a call's outputs, one per declared return (raises compare.StructureError)."""
        return compare.unpack(self.spec, call["outputs"], self.run.arrays, output_shapes(self.spec, case), self.plan.track)

    def skip_rest(self, ids: list[str], why: Msg) -> None:
        for check_id in ids:
            if not any(c.id == check_id for c in self.checks):
                self.add(check_id, "skip", why)

    # ------------------------------------------------------------------ checks

    def check_load(self) -> bool:
        if self.job is None:
            kind = self.run.fault or "internal"
            stage = self.fault_stage if kind != "internal" else "load"
            message = self.set_fault(kind, stage, _run_detail(self.run))
            case = stage.removeprefix("call case")
            details = {"case": int(case)} if case.isdigit() else {}
            self.add("load" if stage == "load" else "implemented", "error", message, **details)
            if stage != "load":
                self.checks.insert(0, Check("load", "pass", Msg("grader.load.ok")))
                self.checks.insert(1, Check("signature", "pass", Msg("grader.signature.defined", function=self.spec.function)))
            return False
        load = self.job["load"]
        if load["ok"]:
            self.add("load", "pass", Msg("grader.load.ok"))
            return True
        error = load["error"]
        if load["status"] in ("exit", "memory"):
            self.add("load", "error", self.set_fault(load["status"], "load", f"SystemExit({error.get('message')})", error))
        elif error["type"] in ("SyntaxError", "IndentationError", "TabError"):
            col = Msg("grader.load.column", col=error["col"]) if error.get("col") else ""
            self.add("load", "error", Msg("grader.load.syntax", type=escape_controls(str(error["type"])), line=error.get("line"),
                                          column=col, message=escape_controls(str(error["message"])),
                                          code=escape_controls(str(error.get("code", "")))),
                     line=error.get("line"))
        else:
            hint = Msg("grader.load.module-hint") if error["type"] == "ModuleNotFoundError" else ""
            self.add("load", "error", Msg("grader.load.raised", error=messages.error_text(error), hint=hint), line=error.get("line"))
        return False

    def check_signature(self) -> bool:
        sig = self.job["signature"]
        fn, names = self.spec.function, list(self.spec.args)
        contract = f"{fn}({', '.join(names)})"
        if sig["ok"]:
            params = sig.get("params")
            note = "" if params in (None, names) else Msg("grader.signature.names-differ", contract=contract)
            self.add("signature", "pass", Msg("grader.signature.ok", function=fn, signature=sig.get("signature") or "", note=note))
            return True
        if sig["problem"] == "missing":
            found = Msg("grader.signature.found", names=", ".join(sig["names"])) if sig.get("names") else ""
            self.add("signature", "fail", Msg("grader.signature.missing", function=fn, file=self.file.name, found=found, contract=contract))
        elif sig["problem"] == "not-callable":
            self.add("signature", "fail", Msg("grader.signature.not-callable", function=fn, type=sig["type"], contract=contract))
        else:
            self.add("signature", "fail", Msg("grader.signature.arity", function=fn, signature=sig["signature"],
                                              contract=contract, n=len(names)))
        return False

    def check_implemented(self) -> bool:
        if self.job.get("calls") is None or self.fault_for_calls():
            return False
        first = self.calls.get(f"case{self.plan.cases[0].index}")
        if first and first["status"] == "not-implemented":
            self.not_started = True
            self.add("implemented", "fail", Msg("grader.implemented.not-started", function=self.spec.function))
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
            self.add("implemented", "pass", Msg("grader.implemented.ok", n=len(self.plan.cases), ms=slowest * 1000))
            return True
        index, error = next(iter(self.raised.items()))
        case = self.cases[index]
        self.add("implemented", "error", Msg("grader.implemented.raised", error=messages.error_text(error), index=index,
                                             case=case.describe(), raised=len(self.raised), n=len(self.plan.cases),
                                             hint=messages.shape_hint(error)),
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
                problems.append((index, exc.text))
        self.got = valid
        if problems:
            index, text = problems[0]
            case = self.cases[index]
            self.add("outputs", "fail", Msg("grader.outputs.bad", problem=text, index=index, case=case.describe(),
                                            bad=len(problems), total=len(problems) + len(valid)), case=index)
        else:
            self.add("outputs", "pass", compare.describe_outputs(self.spec, self.plan.track))

    def check_finite(self) -> None:
        if not self.got:
            self.add("finite", "skip", Msg("grader.finite.skip"))
            return
        bad = [(i, compare.first_nonfinite(self.spec, out)) for i, out in self.got.items()]
        bad = [(i, b) for i, b in bad if b is not None]
        if not bad:
            self.add("finite", "pass", Msg("grader.finite.ok"))
            return
        index, (name, where, value) = bad[0]
        case = self.cases[index]
        scaled = {c.index for c in self.plan.cases if c.scale != 1}
        note = ""
        if scaled and {i for i, _ in bad} <= scaled:
            note = Msg("grader.finite.overflow")
        self.add("finite", "fail", Msg("grader.finite.bad", name=name, value=value, where=", ".join(map(str, where)), index=index,
                                       case=case.describe(), bad=len(bad), total=len(self.got), note=note), case=index)

    def check_values(self) -> None:
        if not self.got:
            self.add("values", "skip", Msg("grader.values.skip"))
            return
        tol = self.spec.tolerance
        for c in self.plan.cases:
            if c.index in self.got:
                m = compare.first_mismatch(self.spec, self.refs.outputs[c.index], self.got[c.index], tol.atol, tol.rtol)
                if m is not None:
                    self.wrong.append((c, m))
        if not self.wrong:
            self.add("values", "pass", Msg("grader.values.ok", n=len(self.got), atol=tol.atol, rtol=tol.rtol))
            return
        case, m = self.wrong[0]
        compared = len(self.got)
        passing = [c for c in self.plan.cases if c.index in self.got and c not in [w[0] for w in self.wrong]]
        scaled = [c for c, _ in self.wrong if c.scale != 1]
        extra = ""
        if passing and len(scaled) == len(self.wrong):
            extra = Msg("grader.values.large-only")
        elif passing:
            kinds = list(dict.fromkeys(c.describe() for c in passing))
            extra = Msg("grader.values.agree-only-when", cases=Join("drill.sep.or", kinds[:3]))
        text = Msg("grader.values.differ", wrong=len(self.wrong), compared=compared, index=case.index, case=case.describe(),
                   seed=case.seed, mismatch=m.describe(), extra=extra)
        self.add("values", "fail", text, case=case.index, output=m.name, max_abs_error=m.max_abs,
                 max_rel_error=m.max_rel, index=list(m.index), wrong_cases=[c.index for c, _ in self.wrong])

    # ------------------------------------------------------------------ diagnosis and report

    def diagnose(self) -> None:
        if not self.wrong and not (self.raised and self.got):
            return
        plan, spec, tol = self.plan, self.spec, self.spec.tolerance
        learner = [self.got.get(c.index, diagnose.RAISED if c.index in self.raised else None) for c in plan.cases]
        named = diagnose.name_mistakes(plan.drill, plan.cases, learner, self.refs.outputs, tol, plan.trust_caches)
        diag = Diagnosis(mistake=named[0] if named else None, also=named[1:])
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
        why = Msg("grader.skip.not-started" if self.not_started else "grader.skip.earlier")
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
            summary = Msg("grader.summary.passed", n=sum(c.status == "pass" for c in self.checks))
        elif outcome == "not-started":
            summary = Msg("grader.summary.not-started", file=str(self.file), function=self.spec.function)
        else:
            summary = Msg("grader.summary.failed", check=Msg(f"drill.check-label.{first.id}"), message=FirstLine(first.message))
            if self.diagnosis and self.diagnosis.mistake:
                summary = Concat(summary, Msg("grader.summary.mistake", title=Pick(self.diagnosis.mistake["title"])))
        reproduce = ""
        if outcome not in ("passed", "not-started"):
            case_arg = case if case is not None else self.plan.case_only
            reproduce = self.reproduce + f" --seed {seed}" + (f" --case {case_arg}" if case_arg is not None else "")
        output = escape_controls(self.run.output)
        return GradeReport(
            drill=self.spec.id, track=self.plan.track, file=str(self.file), function=self.spec.function,
            passed=status == "pass", status=status, outcome=outcome, summary=summary, checks=self.checks,
            seed=seed, case=case, reproduce=reproduce, diagnosis=self.diagnosis, fault=self.fault,
            output=output, output_truncated=self.run.output_bytes > len(self.run.output.encode()),
            seconds=round(self.run.seconds, 3),
        )


def _run_detail(run) -> Msg | str:
    """Return what the sandbox saw (signal, exit code, limit) as a message, or its plain detail."""
    key = getattr(run, "detail_key", "")
    if not key:
        return run.detail
    values = dict(getattr(run, "detail_values", {}) or {})
    if key == "crash":
        name = values.get("signal", "")
        values["what"] = Msg(f"grader.signal.{name}" if name in _SIGNAL_NAMES else "grader.signal.other")
    return Msg(f"grader.detail.{key}", **values)


_SIGNAL_NAMES = ("SIGSEGV", "SIGBUS", "SIGABRT", "SIGFPE", "SIGILL")


def judge(plan, refs, job_id: str, file: Path, run, limits, reproduce: str) -> GradeReport:
    """Return the report of one job of a finished run."""
    return _Judge(plan, refs, job_id, file, run, limits, reproduce).report()

