"""The grading report: versioned dataclasses that become one JSON object (`rnnquiz drill NAME --json`)."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

REPORT_VERSION = 1

# Every check a report may hold, in the order they run; `gradients` only on the torch track of a
# drill with `grad: true`.
CHECKS = {
    "load": "the file loads",
    "signature": "the function exists with the right signature",
    "implemented": "it is implemented and runs on every case",
    "outputs": "outputs have the right structure, shapes and dtype",
    "finite": "outputs are finite",
    "values": "values match the reference",
    "inputs-unchanged": "inputs are not modified in place",
    "batch-independent": "each batch row depends only on its own inputs",
    "deterministic": "results are deterministic",
    "gradients": "gradients flow to every input and match autograd",
}
STATUSES = ("pass", "fail", "error", "skip")


@dataclass
class Check:
    """The result of one check: pass, fail (a wrong result), error (the code did not run), skip."""

    id: str
    status: str
    message: str = ""
    details: dict = field(default_factory=dict)

    @property
    def title(self) -> str:
        return CHECKS[self.id]


@dataclass
class Diagnosis:
    """What the wrong values most likely come from."""

    mistake: dict | None = None  # {id, title: {en, zh}, explain: {en, zh}} from the drill's catalogue
    block_order: list[str] | None = None  # the gate order the learner's code reads, when it is a permutation
    blocks_off: list[str] | None = None  # gate blocks whose isolated probe disagrees with the reference
    notes: list[str] = field(default_factory=list)


@dataclass
class GradeReport:
    """Everything a learner (or a program) needs to know about one grading run."""

    drill: str
    track: str
    file: str
    function: str
    passed: bool
    status: str  # pass, fail, error
    outcome: str  # passed, not-started, failed, fault
    summary: str
    checks: list[Check]
    seed: int
    case: int | None = None
    reproduce: str = ""
    diagnosis: Diagnosis | None = None
    fault: dict | None = None  # {kind, message}: timeout, cpu, memory, output-flood, file-size, crash, exit, internal
    output: str = ""  # what the learner's code printed (control characters removed, capped)
    output_truncated: bool = False
    seconds: float = 0.0
    version: int = REPORT_VERSION

    def check(self, check_id: str) -> Check | None:
        return next((c for c in self.checks if c.id == check_id), None)

    def to_json(self) -> dict:
        """Return the report as a JSON-ready dict, each check with its title."""
        data = asdict(self)
        for entry, check in zip(data["checks"], self.checks):
            entry["title"] = check.title
        return _strict_json({"version": data.pop("version"), **data})


def _strict_json(value):  # noqa: ANN001, ANN202
    """Replace NaN and infinities (not valid JSON) by null and "inf"/"-inf", recursively."""
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return value
    if isinstance(value, dict):
        return {k: _strict_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_strict_json(v) for v in value]
    return value
