"""The grading child: load the learner's file, call their function on the parent's inputs, save the results.

Started by `rnnquiz.grader.sandbox` as `python -I -c BOOTSTRAP JOBDIR FD ...` with resource limits
already set. It decides nothing: it reports what happened (exceptions with the learner's line,
returned values, inputs after the call, gradients) on the results pipe FD, and the parent judges.
Everything it needs from numpy, json and os is bound before the learner's code runs, so patching
those modules in the learner's file cannot reach the way results are written. A drill's forbidden
APIs are refused while its submissions load and run (`guard`).
"""

from __future__ import annotations

import faulthandler
import inspect
import io
import json
import os
import sys
import time
import traceback
import types
from pathlib import Path

from rnnquiz.grader import protocol
from rnnquiz.grader.guard import ForbiddenAPI, Guard

_write = os.write
_exit = os._exit
_dumps = json.dumps
_perf = time.perf_counter


_frame = protocol.frame


class _Channel:
    """The results pipe to the parent: stage frames, then a job's arrays and JSON as it ends."""

    def __init__(self, fd: int):
        self.fd = fd

    def send(self, kind: bytes, payload: bytes) -> None:
        view = memoryview(_frame(kind, payload))
        while view:
            view = view[_write(self.fd, view):]

    def __call__(self, text: str) -> None:
        """Record the step being started, so a crash can be placed."""
        self.send(protocol.STAGE, text.encode())


def _learner_error(exc: BaseException, file: str) -> dict:
    """Describe an exception by the learner's frames only (never the grader's)."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if os.path.abspath(f.filename) == file]
    info: dict = {"type": type(exc).__name__, "message": str(exc)[:2000]}
    if isinstance(exc, ForbiddenAPI):
        info["api"] = exc.api
    if isinstance(exc, SyntaxError) and exc.filename and os.path.abspath(exc.filename) == file:
        info.update(line=exc.lineno, col=exc.offset, code=(exc.text or "").rstrip("\n"), message=exc.msg)
        return info
    if frames:
        last = frames[-1]
        info.update(line=last.lineno, code=(last.line or "").strip())
    info["traceback"] = "".join(traceback.format_list(frames[-5:]))[-3000:]
    return info


def _classify(exc: BaseException) -> str:
    if isinstance(exc, ForbiddenAPI):
        return "forbidden"
    if isinstance(exc, NotImplementedError):
        return "not-implemented"
    if isinstance(exc, SystemExit):
        return "exit"
    if isinstance(exc, MemoryError):
        return "memory"
    return "exception"


def _load(file: str):
    # Compiled from the source every time, never from __pycache__: an editor can save twice in
    # one second with the same size, which a cached .pyc would not notice.
    with open(file, "rb") as fh:
        code = compile(fh.read(), file, "exec", dont_inherit=True)
    module = types.ModuleType("submission")
    module.__file__ = file
    sys.modules["submission"] = module
    exec(code, module.__dict__)  # noqa: S102 - this is the sandboxed child; running the file is its job
    return module


def _signature(module, name: str, nargs: int) -> dict:
    fn = getattr(module, name, None)
    if fn is None:
        names = [k for k, v in vars(module).items() if callable(v) and not k.startswith("_") and getattr(v, "__module__", None) == "submission"]
        return {"ok": False, "problem": "missing", "names": names[:20]}
    if not callable(fn):
        return {"ok": False, "problem": "not-callable", "type": type(fn).__name__}
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return {"ok": True, "params": None}
    params = [p.name for p in sig.parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    try:
        sig.bind(*range(nargs))
    except TypeError:
        return {"ok": False, "problem": "arity", "signature": str(sig), "params": params}
    return {"ok": True, "params": params, "signature": str(sig)}


class _Track:
    """Turns the parent's arrays into call arguments and the learner's returns into arrays."""

    def __init__(self, track: str, np):
        self.np = np
        self.torch = None
        if track == "torch":
            import torch

            self.torch = torch
            self.autograd_grad = torch.autograd.grad  # bound before a drill may forbid it to the learner

    def arg(self, desc: dict, arrays: dict, grad: bool):
        t = desc["t"]
        if t == "array":
            a = arrays[desc["key"]].copy()
            if self.torch is None:
                return a
            tensor = self.torch.from_numpy(a)
            if grad and a.dtype.kind == "f":
                tensor.requires_grad_(True)
            return tensor
        if t == "list":
            return [self.arg(d, arrays, grad) for d in desc["items"]]
        return desc["value"]

    def leaves(self, value) -> list:
        """Return the tensors (or arrays) of an argument, in order."""
        if isinstance(value, list):
            return [leaf for v in value for leaf in self.leaves(v)]
        return [] if isinstance(value, (bool, int, float)) else [value]

    def as_array(self, value):
        np = self.np
        if self.torch is not None and isinstance(value, self.torch.Tensor):
            t = value.detach().cpu()
            if t.dtype in (self.torch.bfloat16, self.torch.float16):
                t = t.to(self.torch.float32)
            return t.resolve_conj().resolve_neg().numpy().copy()
        return np.asarray(value).copy()

    def encode(self, value, out: dict, key: str, depth: int = 0) -> dict:
        np, torch = self.np, self.torch
        if torch is not None and isinstance(value, torch.Tensor):
            out[key] = self.as_array(value)
            return {"t": "array", "key": key, "type": "tensor", "dtype": str(value.dtype).removeprefix("torch."),
                    "requires_grad": bool(value.requires_grad)}
        if isinstance(value, np.ndarray) or isinstance(value, np.generic):
            arr = np.asarray(value)
            kind = "ndarray" if isinstance(value, np.ndarray) else "numpy-scalar"
            if arr.dtype.hasobject or arr.dtype.kind not in "biufc":
                return {"t": "other", "type": kind, "dtype": str(arr.dtype)}
            out[key] = arr.copy()
            return {"t": "array", "key": key, "type": kind, "dtype": str(arr.dtype)}
        if isinstance(value, (bool, int, float)):
            return {"t": "const", "value": value, "type": type(value).__name__}
        if isinstance(value, (list, tuple)) and depth < 3 and len(value) <= 64:
            return {"t": type(value).__name__, "items": [self.encode(v, out, f"{key}.{i}", depth + 1) for i, v in enumerate(value)]}
        if value is None:
            return {"t": "none"}
        return {"t": "other", "type": type(value).__name__}

    def grads(self, args: list, outputs, cot_desc: list, arrays: dict, out: dict, key: str) -> dict:
        """Backpropagate sum(out_k * cot_k) and save d/d(every float input)."""
        torch = self.torch
        leaves = [leaf for a in args for leaf in self.leaves(a)]
        wrt = [x for x in leaves if isinstance(x, torch.Tensor) and x.requires_grad]
        outs = outputs if isinstance(outputs, (tuple, list)) else (outputs,)
        terms = []
        for o, d in zip(outs, cot_desc):
            for leaf, c in zip(self.leaves(o) if isinstance(o, list) else [o], self.leaves(protocol.decode(d, arrays))):
                if isinstance(leaf, torch.Tensor) and leaf.requires_grad and tuple(leaf.shape) == c.shape:
                    terms.append((leaf * torch.from_numpy(c)).sum())
        if not terms:
            return {"status": "disconnected"}
        grads = self.autograd_grad(sum(terms), wrt, allow_unused=True)
        descs = []
        for i, g in enumerate(grads):
            if g is None:
                descs.append({"t": "none"})
            else:
                out[f"{key}.{i}"] = g.detach().numpy().copy()
                descs.append({"t": "array", "key": f"{key}.{i}"})
        return {"status": "ok", "grads": descs}


def _call(fn, call: dict, track: _Track, arrays: dict, out: dict, prefix: str, grad: bool) -> dict:
    key = f"{prefix}.{call['id']}"
    args = [track.arg(d, arrays, grad) for d in call["args"]]
    start = _perf()
    try:
        value = fn(*args)
    except BaseException as exc:  # noqa: BLE001 - every learner failure is a result, not a crash
        return {"id": call["id"], "status": _classify(exc), "error": _learner_error(exc, call["file"]),
                "seconds": _perf() - start}
    result = {"id": call["id"], "status": "ok", "seconds": _perf() - start}
    result["outputs"] = track.encode(value, out, f"{key}.out")
    if call.get("return_inputs"):
        # The arrays as the learner's function left them; the parent compares them to the originals.
        leaves = [leaf for a in args for leaf in track.leaves(a)]
        result["inputs_after"] = []
        for i, leaf in enumerate(leaves):
            out[f"{key}.in.{i}"] = track.as_array(leaf)
            result["inputs_after"].append(f"{key}.in.{i}")
    if grad and call.get("cot") is not None:
        try:
            result["grad"] = track.grads(args, value, call["cot"], arrays, out, f"{key}.grad")
        except BaseException as exc:  # noqa: BLE001
            result["grad"] = {"status": _classify(exc), "error": _learner_error(exc, call["file"])}
    return result


def run_job(job: dict, suite: dict, track: _Track, arrays: dict, out: dict, stage: _Channel) -> dict:
    """Load one submission and run every call of its suite on it, its drill's forbidden APIs refused."""
    guard = Guard(suite.get("forbidden", []))
    guard.install()
    try:
        result = _run_job(job, suite, track, arrays, out, stage)
    finally:
        guard.remove()
    if guard.used:
        result["forbidden"] = guard.used
    return result


def _run_job(job: dict, suite: dict, track: _Track, arrays: dict, out: dict, stage: _Channel) -> dict:
    file = os.path.abspath(job["file"])
    result: dict = {"id": job["id"], "file": file}
    stage(f"{job['id']} load")
    try:
        module = _load(file)
    except BaseException as exc:  # noqa: BLE001
        result["load"] = {"ok": False, "status": _classify(exc), "error": _learner_error(exc, file)}
        return result
    result["load"] = {"ok": True}
    result["signature"] = _signature(module, suite["function"], len(suite["arg_names"]))
    if not result["signature"]["ok"]:
        return result
    fn = getattr(module, suite["function"])
    calls = []
    for call in suite["calls"]:
        stage(f"{job['id']} call {call['id']}")
        outcome = _call(fn, {**call, "file": file}, track, arrays, out, job["id"], suite.get("grad", False))
        calls.append(outcome)
        if outcome["status"] in ("not-implemented", "exit", "memory", "forbidden") and len(calls) == 1:
            break  # an untouched stub, or a process-level failure: the other calls would repeat it
    result["calls"] = calls
    return result


def main(jobdir: str, fd: str) -> None:
    """Run the request in `jobdir`, sending the results on pipe `fd`; always exit through os._exit."""
    folder = Path(jobdir)
    channel = _Channel(int(fd))
    faulthandler.enable(file=channel.fd)  # a crash's dump follows the last frame on the pipe
    request = protocol.read_json(folder / protocol.REQUEST)
    channel("start")
    import numpy as np

    savez = np.savez
    track = _Track(request["track"], np)
    arrays = protocol.load_arrays(folder / protocol.INPUTS)
    pairs = [(suite, job) for suite in request["suites"] for job in suite["jobs"]]
    for suite, job in pairs:
        out: dict = {}
        result = run_job(job, suite, track, arrays, out, channel)
        # Sent as soon as the job ends: the results of earlier jobs survive a crash in a later one.
        buffer = io.BytesIO()
        savez(buffer, **out)
        channel.send(protocol.ARRAYS, buffer.getvalue())
        channel.send(protocol.JOB, _dumps({"version": protocol.VERSION, **result}, default=repr).encode())
    channel("done")
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - the learner may have replaced or closed the streams
            pass
    _exit(0)
