"""The file contract between the grading parent and its child: JSON plus .npz, versioned, no pickle.

Parent -> child: request.json (what to load and call) and inputs.npz (every input array), in a
folder the child may only read in strict mode.
Child -> parent: frames on a pipe the parent created (never stdout, which learner code shares):
a stage frame as each step starts (to place a crash), then per job n as it ends a job frame (the
job's JSON: what happened, per call) and an arrays frame (an .npz of every returned array, input
arrays after the call, gradients). A frame is one kind byte, a 4-byte big-endian length and the
payload. Anything else on the pipe is faulthandler's dump after a crash (it starts with "Fatal").

Values are described in JSON trees whose array leaves name a key in the .npz:
    {"t": "array", "key": "c0.x"}      {"t": "const", "value": 1.0}
    {"t": "list", "items": [...]}      {"t": "tuple", "items": [...]}
    {"t": "none"}                      {"t": "other", "type": "str"}
Leaves returned by the child also carry "type" (ndarray, tensor, float, ...) and "dtype".

request.json: {"version", "track", "suites": [{"id", "function", "arg_names", "grad",
               "jobs": [{"id", "file"}], "calls": [{"id", "args": [...], "cot": [...]?, "return_inputs"}]}]}
job frame: {"version", "id", "file", "load": {...}, "signature": {...}, "calls": [...]}
Job ids are unique across suites; the child runs every call of a suite on each of its jobs.
"""

from __future__ import annotations

import json
from pathlib import Path

VERSION = 1
REQUEST = "request.json"
INPUTS = "inputs.npz"
STAGE, JOB, ARRAYS = b"s", b"j", b"a"
_HEADER = 5


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


def frame(kind: bytes, payload: bytes) -> bytes:
    """Return one frame of the child's results channel."""
    return kind + len(payload).to_bytes(4, "big") + payload


def parse_frames(data: bytes) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """Split the channel's bytes into frames; return them and whatever follows (a fault dump, a cut frame)."""
    frames, pos = [], 0
    while pos + _HEADER <= len(data) and data[pos:pos + 1] in (STAGE, JOB, ARRAYS):
        size = int.from_bytes(data[pos + 1:pos + _HEADER], "big")
        if pos + _HEADER + size > len(data):
            break
        frames.append((data[pos:pos + 1], data[pos + _HEADER:pos + _HEADER + size]))
        pos += _HEADER + size
    return frames, data[pos:]


def read_job(payload: bytes) -> dict:
    """Decode a job frame and check its version.

    Raises:
        ProtocolError: the payload is not JSON or of another version.
    """
    try:
        data = json.loads(payload.decode("utf-8"))
    except ValueError as exc:
        raise ProtocolError(f"job frame: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ProtocolError("job frame: another protocol version")
    return data


def arrays_from_bytes(payload: bytes) -> dict:
    """Load every array of an .npz held in memory, without pickle."""
    import io

    import numpy as np

    with np.load(io.BytesIO(payload), allow_pickle=False) as npz:
        return {k: npz[k] for k in npz.files}
