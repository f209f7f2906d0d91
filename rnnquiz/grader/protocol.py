"""The file contract between the grading parent and its child: JSON plus .npz, versioned, no pickle.

Parent -> child: request.json (what to load and call) and inputs.npz (every input array).
Child -> parent, per job n as it ends: job-<n>.json (what happened, per call) and job-<n>.npz
(every returned array, input arrays after the call, gradients); stage.txt (the last step
started, for crashes) and fault.txt (faulthandler's dump after a segfault).

Values are described in JSON trees whose array leaves name a key in the .npz:
    {"t": "array", "key": "c0.x"}      {"t": "const", "value": 1.0}
    {"t": "list", "items": [...]}      {"t": "tuple", "items": [...]}
    {"t": "none"}                      {"t": "other", "type": "str"}
Leaves returned by the child also carry "type" (ndarray, tensor, float, ...) and "dtype".

request.json: {"version", "track", "suites": [{"id", "function", "arg_names", "grad",
               "jobs": [{"id", "file"}], "calls": [{"id", "args": [...], "cot": [...]?, "return_inputs"}]}]}
job-<n>.json: {"version", "id", "file", "load": {...}, "signature": {...}, "calls": [...]}
Job ids are unique across suites; the child runs every call of a suite on each of its jobs.
"""

from __future__ import annotations

import json
from pathlib import Path

VERSION = 1
REQUEST = "request.json"
INPUTS = "inputs.npz"
JOB_RESULT = "job-{}.json"
JOB_OUTPUTS = "job-{}.npz"
STAGE = "stage.txt"
FAULT = "fault.txt"


class ProtocolError(Exception):
    """A message between parent and child that is missing, malformed or of another version."""


def encode(value, arrays: dict, key: str) -> dict:
    """Describe a parent-side value (ndarray, Python scalar, list of arrays), adding its arrays."""
    import numpy as np

    if isinstance(value, np.ndarray):
        arrays[key] = value
        return {"t": "array", "key": key}
    if isinstance(value, (list, tuple)):
        return {"t": "list", "items": [encode(v, arrays, f"{key}.{i}") for i, v in enumerate(value)]}
    if isinstance(value, (bool, int, float)):
        return {"t": "const", "value": value}
    raise TypeError(f"cannot send a {type(value).__name__} to the grading child")


def decode(desc: dict, arrays) -> object:
    """Rebuild a value described by `encode` (or by the child), arrays as NumPy arrays."""
    t = desc["t"]
    if t == "array":
        return arrays[desc["key"]]
    if t in ("list", "tuple"):
        items = [decode(d, arrays) for d in desc["items"]]
        return items if t == "list" else tuple(items)
    if t == "const":
        return desc["value"]
    return None


def write_json(path: Path, payload: dict) -> None:
    """Write a protocol message, stamping its version."""
    path.write_text(json.dumps({"version": VERSION, **payload}, allow_nan=True), encoding="utf-8")


def read_json(path: Path) -> dict:
    """Read a protocol message and check its version.

    Raises:
        ProtocolError: the file is missing, not JSON, or of another version.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ProtocolError(f"{path.name}: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ProtocolError(f"{path.name}: protocol version {data.get('version') if isinstance(data, dict) else '?'} (expected {VERSION})")
    return data


def load_arrays(path: Path) -> dict:
    """Load every array of an .npz without pickle (an absent file gives no arrays)."""
    import numpy as np

    if not path.exists():
        return {}
    with np.load(path, allow_pickle=False) as npz:
        return {k: npz[k] for k in npz.files}
