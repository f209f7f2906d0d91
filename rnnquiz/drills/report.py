"""The grading report: versioned dataclasses that become one JSON object (`rnnquiz drill NAME --json`).

Messages (a check's `message`, `summary`, the diagnosis' `notes`, a fault's `message`) are
`rnnquiz.drills.text.Msg` values: English as strings (so the JSON is English), shown in the
learner's language by the CLI with `render(text, lang)`.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from rnnquiz.drills.text import Msg

REPORT_VERSION = 1

# Every check a report may hold, in the order they run; `gradients` only on the torch track of a
# drill with `grad: true`. Titles are `drill.check.<id>` in the catalogue.
CHECK_IDS = ("apis", "load", "signature", "implemented", "outputs", "finite", "values", "inputs-unchanged",
             "batch-independent", "deterministic", "gradients")
CHECKS = {check_id: Msg(f"drill.check.{check_id}") for check_id in CHECK_IDS}
STATUSES = ("pass", "fail", "error", "skip")


@dataclass
class Check:
    """The result of one check: pass, fail (a wrong result), error (the code did not run), skip."""

    id: str
    status: str
    message: str = ""  # a Msg: English as a str
    details: dict = field(default_factory=dict)

    @property
    def title(self) -> Msg:
        return CHECKS[self.id]

    @property
    def label(self) -> Msg:
        """The check's short name in the report's first column (its id, in English)."""
        return Msg(f"drill.check-label.{self.id}")


@dataclass
class Diagnosis:
    """What the wrong values most likely come from."""

    mistake: dict | None = None  # {id, title: {en, zh}, explain: {en, zh}} from the drill's catalogue
    block_order: list[str] | None = None  # the gate order the learner's code reads, when it is a permutation
    blocks_off: list[str] | None = None  # gate blocks whose isolated probe disagrees with the reference
    notes: list[str] = field(default_factory=list)  # Msg values
    also: list[dict] = field(default_factory=list)  # other explanations that agree as well (same shape as mistake)


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
