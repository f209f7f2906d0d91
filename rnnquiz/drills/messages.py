"""Messages for what went wrong in the learner's process: faults, exceptions, where they happened."""

from __future__ import annotations

import re
from pathlib import Path

from rnnquiz.textsafe import strip_controls

FAULT_MESSAGES = {
    "timeout": "did not finish within {limit} {where}: look for a loop that never ends (a `while` whose condition "
               "never changes, a `range` that keeps growing); give more time with --timeout if your code is just slow",
    "cpu": "used more than {limit} {where}: look for a loop that never ends",
    "memory": "ran out of memory (limit {limit}) {where}: an array far larger than intended? check the shapes you "
              "allocate and lists that grow without end",
    "output-flood": "printed more than {limit} {where}, so it was stopped: remove print calls inside loops "
                    "(the start of the output is shown below)",
    "file-size": "wrote a file larger than {limit} {where}",
    "crash": "made Python crash ({detail}) {where}: this comes from native code (ctypes, a C extension, or a "
             "broken install); the lines of your file on the stack are shown if known",
    "exit": "ended the process {where} ({detail}): remove sys.exit / exit() / quit() / os._exit and return the "
            "result instead",
    "internal": "the grader itself failed ({detail}); this is a bug in rnnquiz: please report it with this output",
}


def limit_text(kind: str, limits) -> str:
    return {"timeout": f"{limits.timeout_s:g} s", "cpu": f"{limits.cpu_s} s of CPU time",
            "memory": f"{limits.memory_mb} MiB", "output-flood": f"{limits.output_bytes >> 20} MiB of output",
            "file-size": f"{limits.file_mb} MiB"}.get(kind, "")


def error_text(error: dict) -> str:
    """Describe an exception by the learner's line: `ValueError at line 12 (`h = ...`): message`."""
    where = f" at line {error['line']}" if error.get("line") else ""
    code = f" `{error['code']}`" if error.get("code") else ""
    message = error.get("message") or ""
    return strip_controls(f"{error['type']}{where}{code}: {message}".rstrip(": "))


_MATMUL_ERRORS = ("mismatch in its core dimension", "not aligned", "cannot be multiplied", "size of tensor a")


def shape_hint(error: dict) -> str:
    """Add the usual cause of a matrix-product shape error: weights stored (out, in) like PyTorch's."""
    if any(text in error.get("message", "") for text in _MATMUL_ERRORS):
        return ("\nshapes do not fit a matrix product: weights are stored (out_features, in_features) as in PyTorch, "
                "so a batch of row vectors needs x @ W.T")
    return ""


def describe_stage(cases: list, stage: str) -> str:
    """Say where the child was: `while loading the file`, `while running case 3 (B=1, D=2, H=3)`."""
    if stage == "load":
        return "while loading the file"
    call = stage.removeprefix("call ")
    if call.startswith("case"):
        case = next((c for c in cases if f"case{c.index}" == call), None)
        return f"while running case {case.index} ({case.describe()})" if case else "while running a case"
    return {"repeat": "while re-running case 0 (determinism check)",
            "batch": "while running the batch-row probe"}.get(call, "while running a gate-block probe")


def crash_lines(fault_dump: str, file: Path) -> str:
    """Return the learner's lines in faulthandler's dump after a crash: `your file: line 7 in rnn_cell`."""
    found = re.findall(r'File "(.+?)", line (\d+) in (\S+)', fault_dump)
    mine = [f"line {line} in {fn}" for path, line, fn in found if Path(path) == file]
    return ("your file: " + "; ".join(mine[:3])) if mine else ""


def fault_message(kind: str, where: str, limits, detail: str = "", error: dict | None = None, crash: str = "") -> str:
    """Return the message of a fault (timeout, memory, flood, crash, exit...), with the learner's line if known."""
    template = FAULT_MESSAGES[kind]
    if kind == "internal":
        return template.format(detail=detail)
    message = "your code " + template.format(limit=limit_text(kind, limits), where=where, detail=detail)
    if error and error.get("line"):
        message += f" — {error_text(error)}"
    return message + (f" — {crash}" if crash else "")
