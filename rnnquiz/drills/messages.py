"""Messages for what went wrong in the learner's process: faults, exceptions, where they happened.

Each function returns a `Msg` (English as a str, any language through `render`); the texts are in
rnnquiz/i18n/en_drills.py and zh_drills.py under `grader.`.
"""

from __future__ import annotations

import re
from pathlib import Path

from rnnquiz.drills.text import Concat, Join, Msg
from rnnquiz.textsafe import escape_controls

FAULT_KINDS = ("timeout", "cpu", "memory", "output-flood", "file-size", "disk", "crash", "exit", "internal")


def limit_text(kind: str, limits) -> Msg | str:
    """Return the limit a fault went over: `4 s`, `2048 MiB`, `1 MiB of output`."""
    values = {"timeout": {"seconds": limits.timeout_s}, "cpu": {"seconds": limits.cpu_s},
              "memory": {"mb": limits.memory_mb}, "output-flood": {"mb": limits.output_bytes >> 20},
              "file-size": {"mb": limits.file_mb}, "disk": {"mb": limits.disk_mb}}
    return Msg(f"grader.limit.{kind}", **values[kind]) if kind in values else ""


def error_text(error: dict) -> Msg:
    """Describe an exception by the learner's line: `ValueError at line 12 (`h = ...`): message`."""
    where = Msg("grader.error.at-line", line=error["line"]) if error.get("line") else ""
    code = escape_controls(f" `{error['code']}`") if error.get("code") else ""
    message = escape_controls(error.get("message") or "").rstrip(": ")
    kind = escape_controls(str(error["type"]))
    if message:
        return Msg("grader.error", type=kind, where=where, code=code, message=message)
    return Msg("grader.error.bare", type=kind, where=where, code=code.rstrip(": "))


_MATMUL_ERRORS = ("mismatch in its core dimension", "not aligned", "cannot be multiplied", "size of tensor a")


def shape_hint(error: dict) -> Msg | str:
    """Add the usual cause of a matrix-product shape error: weights stored (out, in) like PyTorch's.

    Only when it can be the cause: a line that already transposes (`.T`, `.transpose`) gets no hint.
    """
    code = error.get("code") or ""
    operands = re.findall(r"@\s*(\w+)(\.T\b)?", code)
    if (operands and all(t for _, t in operands)) or (not operands and ("transpose" in code or ".T" in code)):
        return ""  # every weight on this line is already transposed: another cause
    if any(text in error.get("message", "") for text in _MATMUL_ERRORS):
        return Msg("grader.shape-hint")
    return ""


def describe_stage(cases: list, stage: str) -> Msg:
    """Say where the child was: `while loading the file`, `while running case 3 (B=1, D=2, H=3)`."""
    if stage == "load":
        return Msg("grader.stage.load")
    call = stage.removeprefix("call ")
    if call.startswith("case"):
        case = next((c for c in cases if f"case{c.index}" == call), None)
        return Msg("grader.stage.case", index=case.index, case=case.describe()) if case else Msg("grader.stage.a-case")
    if call.startswith("batch"):
        return Msg("grader.stage.batch")
    return Msg({"repeat": "grader.stage.repeat"}.get(call, "grader.stage.block"))


def crash_lines(fault_dump: str, file: Path) -> Msg | str:
    """Return the learner's lines in faulthandler's dump after a crash: `your file: line 7 in rnn_cell`."""
    found = re.findall(r'File "(.+?)", line (\d+) in (\S+)', fault_dump)
    mine = [Msg("grader.crash.line", line=line, function=fn) for path, line, fn in found if Path(path) == file]
    return Msg("grader.crash.lines", lines=Join("drill.sep.semicolon", mine[:3])) if mine else ""


def fault_message(kind: str, where, limits, detail="", error: dict | None = None, crash="") -> Msg:
    """Return the message of a fault (timeout, memory, flood, crash, exit...), with the learner's line if known."""
    if kind == "internal":
        return Msg("grader.fault.internal", detail=detail)
    message = Msg(f"grader.fault.{kind}", limit=limit_text(kind, limits), where=where, detail=detail)
    parts = [message]
    if error and error.get("line"):
        parts.append(Msg("grader.fault.more", text=error_text(error)))
    if crash:
        parts.append(Msg("grader.fault.more", text=crash))
    return Concat(*parts) if len(parts) > 1 else message
