"""The content check for authors (`rnnquiz dev check`): banks, the drill index, and every drill's files.

It proves what a learner relies on: every bank validates with unique ids; every drill in the
index has its stubs, references, hints and mistake files; every reference agrees with torch.nn
and passes its own grading on each track; every stub is "not started"; every catalogued mistake
is caught and named. Each finding says what to do.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from rnnquiz.drills import cases as case_gen
from rnnquiz.drills.loader import DrillSpecError, TRACKS, catalog_dir, load_drill, load_index
from rnnquiz.drills.references import TrustedCodeError, load_function

NN_TOLERANCE = 1e-10  # references must agree with torch.nn to this in float64


@dataclass(frozen=True)
class Finding:
    """One problem (error) or doubt (warning), located as file[:line]."""

    severity: str
    where: str
    message: str
    drill: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: {self.message}"


@dataclass
class ContentReport:
    """Everything `rnnquiz dev check` found, with what it covered."""

    findings: list[Finding] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    coverage: dict = field(default_factory=dict)  # drill (or "all", "held-out") -> figures of the labeled set

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    def error(self, where, message: str, drill: str = "") -> None:  # noqa: ANN001
        self.findings.append(Finding("error", str(where), message, drill))

    def warning(self, where, message: str, drill: str = "") -> None:  # noqa: ANN001
        self.findings.append(Finding("warning", str(where), message, drill))

    def to_json(self) -> dict:
        return {"ok": self.ok, "counts": self.counts, "coverage": self.coverage, "findings": [asdict(f) for f in self.findings]}


def _line_of(path: Path, needle: str) -> str:
    """Return `path:line` of the first line containing `needle` (just `path` if none does)."""
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if needle in line:
                return f"{path}:{n}"
    except OSError:
        pass
    return str(path)


def check_banks(report: ContentReport) -> None:
    """Validate every bank in use (ids unique across banks)."""
    from rnnquiz.bank.loader import bank_paths, load_banks

    banks = load_banks(bank_paths(), use_cache=False)
    for p in banks.problems:
        report.error(f"{p.path}:{p.line}:{p.col}", p.message)
    report.counts.update(bank_files=len(banks.files), questions=len(banks.questions))


def _check_files(report: ContentReport, drill) -> set[str]:
    """Report missing or stray files; return the tracks whose stub and reference are both usable."""
    spec = drill.spec
    usable = set()
    yaml_path = drill.folder / "drill.yaml"
    for track in TRACKS:
        stub, solution = drill.stub_path(track), drill.solution_path(track)
        if track not in spec.tracks:
            if stub.exists():
                report.warning(stub, f"the drill has no {track} track, so this stub is never used; add {track} to tracks or delete it", drill.id)
            continue
        ok = True
        for path, what in ((stub, "stub"), (solution, "reference")):
            if not path.exists():
                report.error(path, f"missing {what} for the {track} track: write it (same function name, {spec.function}) or drop {track} from tracks", drill.id)
                ok = False
        if solution.exists():
            try:
                load_function(solution, spec.function)
                if track == "torch":
                    load_function(solution, "torch_nn_equivalent")
            except TrustedCodeError as exc:
                report.error(solution, f"{exc}; a torch reference also defines torch_nn_equivalent(...) computing the same with torch.nn", drill.id)
                ok = False
        if ok:
            usable.add(track)
    listed = {m.id.replace("-", "_") for m in spec.mistakes}
    for m in spec.mistakes:
        if not drill.mistake_path(m.id).exists():
            report.error(_line_of(yaml_path, f"id: {m.id}"), f"mistake {m.id!r} has no file {drill.mistake_path(m.id)}: write the wrong implementation there", drill.id)
    for extra in sorted((drill.folder / "mistakes").glob("*.py")):
        if extra.stem not in listed:
            report.error(extra, f"not in the catalogue of {yaml_path.name}: add a `mistakes:` entry with id {extra.stem.replace('_', '-')!r} or delete the file", drill.id)
    return usable


def _check_generation(report: ContentReport, drill) -> bool:
    spec = drill.spec
    yaml_path = drill.folder / "drill.yaml"
    try:
        cases = case_gen.generate(spec, 0)
    except Exception as exc:  # noqa: BLE001 - a size expression that cannot be evaluated, a negative size
        report.error(_line_of(yaml_path, "args:"), f"cannot generate the inputs: {exc}; check the shapes against the cases", drill.id)
        return False
    if spec.blocks is not None:
        n = len(spec.blocks.names)
        for case in cases[: len(spec.cases)]:
            for name in spec.blocks.args:
                rows = case.args[name].shape[0]
                if rows % n:
                    report.error(_line_of(yaml_path, "blocks:"), f"{name} has {rows} rows in case {case.index} ({case.describe()}), "
                                 f"not a multiple of the {n} blocks {spec.blocks.names}", drill.id)
                    return False
    return True


def _flat(values) -> list[np.ndarray]:  # noqa: ANN001
    out = []
    for v in values:
        out.extend(_flat(v) if isinstance(v, (list, tuple)) else [np.asarray(v, dtype=float)])
    return out


def _check_torch_nn(report: ContentReport, drill, tracks: set[str]) -> None:
    """Every reference must agree with torch.nn (the ground truth) on every case, gradients included.

    Skipped for a drill whose solutions/torch file has no torch_nn_equivalent (a NumPy-only drill
    with no torch.nn counterpart); a drill with a torch track must have one (see _check_files).
    """
    spec = drill.spec
    try:
        nn = load_function(drill.solution_path("torch"), "torch_nn_equivalent")
    except TrustedCodeError:
        return  # reported by _check_files when the drill has a torch track
    grad = spec.grad and all(r.shapes is None for r in spec.returns)
    try:
        _compare_with_torch_nn(report, drill, tracks, nn, grad)
    except Exception as exc:  # noqa: BLE001 - a reference that raises is a finding, not a crash of the check
        report.error(drill.folder / "drill.yaml", f"a reference or torch_nn_equivalent raised {type(exc).__name__}: {exc}", drill.id)


def _compare_with_torch_nn(report: ContentReport, drill, tracks: set[str], nn, grad: bool) -> None:
    from rnnquiz.drills.demo import torch_nn_outputs
    from rnnquiz.drills.references import run_numpy, run_torch

    spec = drill.spec
    for case in case_gen.generate(spec, 0):
        cot = case_gen.cotangents(spec, case, case_gen.output_shapes(spec, case)) if grad else None
        nn_values, nn_grads = torch_nn_outputs(nn, spec, case.args, cot)
        candidates = []
        if "numpy" in tracks:
            candidates.append(("numpy", run_numpy(load_function(drill.solution_path("numpy"), spec.function), spec, case.args), None))
        if "torch" in tracks:
            values, grads = run_torch(load_function(drill.solution_path("torch"), spec.function), spec, case.args, cot)
            candidates.append(("torch", values, grads))
        for track, values, grads in candidates:
            diff = max((float(np.max(np.abs(a - b), initial=0.0)) for a, b in zip(_flat(values), _flat(nn_values))), default=0.0)
            if not diff <= NN_TOLERANCE:
                report.error(drill.solution_path(track), f"differs from torch_nn_equivalent by {diff:.3g} in case {case.index} "
                             f"({case.describe()}): the reference must match torch.nn within {NN_TOLERANCE:g}", drill.id)
                return
            if grads is not None and nn_grads is not None:
                # relative to the gradient's size: at an all-zero vector, d(x / max(|x|, eps))/dx is ~1/eps
                gdiff = max(float(np.max(np.abs((0 if g is None else g) - h), initial=0.0)) / max(1.0, float(np.max(np.abs(h), initial=0.0)))
                            for g, h in zip(grads, nn_grads))
                if not gdiff <= NN_TOLERANCE * 100:
                    report.error(drill.solution_path(track), f"autograd gradients differ from torch.nn's by {gdiff:.3g} in case "
                                 f"{case.index}: keep the reference differentiable with torch operations", drill.id)
                    return


def _judge_reference(report: ContentReport, drill, track: str, rep) -> None:
    if not rep.passed:
        report.error(drill.solution_path(track), f"fails its own grading on the {track} track: {rep.summary}", drill.id)


def _judge_stub(report: ContentReport, drill, track: str, rep) -> None:
    if rep.outcome != "not-started":
        report.error(drill.stub_path(track), f"a stub must be graded 'not started' (its function body raises NotImplementedError); "
                     f"it is graded {rep.outcome}: {rep.summary}", drill.id)


def _judge_mistake(report: ContentReport, drill, mistake, rep) -> None:
    path = drill.mistake_path(mistake.id)
    named = rep.diagnosis.mistake["id"] if rep.diagnosis and rep.diagnosis.mistake else None
    if rep.passed:
        report.error(path, "passes the grader: a catalogued mistake must give different values on the drill's cases "
                           "(add a case where it matters, e.g. H ≠ D, B = 1, or large inputs)", drill.id)
    elif named is None:
        report.error(path, f"fails but is not named ({rep.summary}); it must run on the cases (or raise on the same ones "
                           f"a learner's code would) and give the same outputs on every case", drill.id)
    elif named != mistake.id:
        report.error(path, f"is named {named!r} instead of {mistake.id!r}: the two give the same outputs on every case; "
                           f"make them differ on some case or merge the entries", drill.id)


def check_grading(report: ContentReport, drills: list[tuple]) -> None:
    """Grade every reference, stub and mistake file through the real sandbox (one child per track).

    `drills` holds (drill, usable tracks); catalogued mistakes are NumPy and graded on that track.
    """
    from rnnquiz.drills.grade import grade_batch

    for track in TRACKS:
        items, meta = [], []
        for drill, tracks in drills:
            if track not in tracks:
                continue
            files = [drill.solution_path(track), drill.stub_path(track)]
            mistakes = [m for m in drill.spec.mistakes if drill.mistake_path(m.id).exists()] if track == "numpy" else []
            items.append((drill, files + [drill.mistake_path(m.id) for m in mistakes]))
            meta.append((drill, mistakes))
        if not items:
            continue
        for (drill, mistakes), reports in zip(meta, grade_batch(track, items)):
            _judge_reference(report, drill, track, reports[0])
            _judge_stub(report, drill, track, reports[1])
            for mistake, rep in zip(mistakes, reports[2:]):
                _judge_mistake(report, drill, mistake, rep)
        report.counts[f"graded_{track}"] = sum(len(files) for _, files in items)


def labeled_folder() -> Path | None:
    """Return the labeled learner files of a source checkout (tests/data/mutants), or None in an installed wheel."""
    folder = Path(__file__).resolve().parents[2] / "tests" / "data" / "mutants"
    return folder if folder.is_dir() else None


def check_coverage(report: ContentReport, folder: Path, ids: list[str]) -> None:
    """Grade the labeled learner files of these drills and record how many the diagnosis names correctly."""
    from rnnquiz.drills.coverage import measure

    cov = measure(folder, ids)
    for drill_id in sorted({f.drill for f in cov.files}):
        report.coverage[drill_id] = cov.figures(drill=drill_id)
    report.coverage["all"] = cov.figures()
    report.coverage["held-out"] = cov.figures("held-out")
    for f in cov.files:
        where = folder / f.drill / f.name
        if f.outcome == "wrong":
            report.warning(where, f"named {f.reported[0]!r}, which none of its labels {f.expected} accepts", f.drill)
        elif f.outcome == "failed-correct":
            report.warning(where, "a correct file fails its grading: a check or the tolerance is too strict", f.drill)


def check_content(*, only: list[str] | None = None, banks: bool = True, grading: bool = True, root: Path | None = None,
                  labeled: Path | None = None) -> ContentReport:
    """Run the whole content check (or only for some drills) and return what it found."""
    report = ContentReport()
    if banks:
        check_banks(report)
    try:
        ids = list(load_index(root))
    except DrillSpecError as exc:
        for p in exc.problems:
            report.error(f"{p.path}:{p.line}:{p.col}", p.message)
        return report
    folder = root or catalog_dir()
    for extra in sorted(p.name for p in folder.iterdir() if p.is_dir() and p.name not in ids and not p.name.startswith(("_", "."))):
        report.warning(folder / extra, "this drill folder is not in index.yaml, so learners never see it: add its id to `drills:` or remove the folder")
    if only:
        unknown = [d for d in only if d not in ids]
        for d in unknown:
            report.error(folder / "index.yaml", f"drill {d!r} is not in the index")
        ids = [d for d in ids if d in only]
    ready = []
    for drill_id in ids:
        try:
            drill = load_drill(drill_id, root)
        except DrillSpecError as exc:
            for p in exc.problems:
                report.error(f"{p.path}:{p.line}:{p.col}", p.message, drill_id)
            continue
        tracks = _check_files(report, drill)
        if _check_generation(report, drill):
            _check_torch_nn(report, drill, tracks)
            ready.append((drill, tracks))
    report.counts["drills"] = len(ids)
    if grading and ready:
        check_grading(report, ready)
        if labeled is not None:
            check_coverage(report, labeled, [d.id for d, _ in ready])
    return report
