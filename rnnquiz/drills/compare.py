"""Compare what the learner's function returned with the reference: structure, finiteness, values."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from rnnquiz.drills.sizes import describe as describe_shape
from rnnquiz.drills.text import Join, Msg

_TYPE_WORDS = ("ndarray", "tensor", "numpy-scalar", "float", "int", "bool")  # `grader.type.<word>`


def _type_word(kind, fallback: str | None = None):  # noqa: ANN001, ANN202
    """Return `a NumPy array`, `a Python float`... for a type the child reported."""
    if kind in _TYPE_WORDS:
        return Msg(f"grader.type.{kind}")
    return Msg("grader.type.constant") if fallback is None else fallback


class StructureError(Exception):
    """The learner's return value does not have the declared structure; the message (`text`) says how."""

    def __init__(self, text: Msg):
        super().__init__(text)
        self.text = text


def _leaf(desc: dict, arrays: dict, ret, shape: tuple, track: str, label: str) -> np.ndarray:
    t = desc["t"]
    want = Msg("grader.type.tensor" if track == "torch" else "grader.type.ndarray")
    if t == "none":
        raise StructureError(Msg("grader.struct.none", label=label))
    if t in ("tuple", "list"):
        raise StructureError(Msg("grader.struct.sequence", label=label, type=t, n=len(desc["items"]), want=want, shape=shape))
    if t == "other":
        dtype = Msg("grader.struct.of-dtype", dtype=desc["dtype"]) if desc.get("dtype") else ""
        raise StructureError(Msg("grader.struct.other", label=label, type=desc["type"], dtype=dtype, want=want))
    if t == "const":
        if shape != () or ret.dtype == "bool":
            raise StructureError(Msg("grader.struct.const", label=label, what=_type_word(desc.get("type")), want=want, shape=shape))
        return np.asarray(desc["value"], dtype=np.float64 if ret.dtype == "float" else np.int64)
    kind = desc.get("type")
    if track == "torch" and kind != "tensor":
        raise StructureError(Msg("grader.struct.not-tensor", label=label, what=_type_word(kind, str(kind))))
    if track == "numpy" and kind == "tensor":
        raise StructureError(Msg("grader.struct.tensor-on-numpy", label=label))
    value = arrays[desc["key"]]
    if value.shape != shape:
        hint = Msg("grader.struct.transposed") if value.ndim == 2 and value.shape == shape[::-1] else ""
        raise StructureError(Msg("grader.struct.shape", label=label, got=value.shape, shape=shape, hint=hint))
    dtype = desc.get("dtype", str(value.dtype))
    if ret.dtype == "float" and dtype != "float64":
        raise StructureError(Msg("grader.struct.float-dtype", label=label, dtype=dtype))
    if ret.dtype == "int" and value.dtype.kind not in "iu":
        raise StructureError(Msg("grader.struct.int-dtype", label=label, dtype=dtype))
    if ret.dtype == "bool" and value.dtype.kind != "b":
        raise StructureError(Msg("grader.struct.bool-dtype", label=label, dtype=dtype))
    return value


def unpack(spec, desc: dict, arrays: dict, shapes: list, track: str) -> list:
    """Return the learner's outputs as one array (or list of arrays) per declared return.

    Raises:
        StructureError: the returned value has another structure, type, shape or dtype.
    """
    names = [r.name for r in spec.returns]
    if len(spec.returns) == 1:
        items = [desc]
    else:
        if desc["t"] not in ("tuple", "list"):
            what = Msg("grader.struct.returned-none" if desc["t"] == "none" else "grader.struct.returned-one")
            raise StructureError(Msg("grader.struct.returned", what=what, names=", ".join(names)))
        if len(desc["items"]) != len(names):
            raise StructureError(Msg("grader.struct.count", n=len(desc["items"]), expected=len(names), names=", ".join(names)))
        items = desc["items"]
    out = []
    for ret, item, shape in zip(spec.returns, items, shapes):
        if ret.shapes is None:
            out.append(_leaf(item, arrays, ret, tuple(shape), track, ret.name))
            continue
        if item["t"] not in ("tuple", "list") or len(item["items"]) != len(shape):
            raise StructureError(Msg("grader.struct.list", name=ret.name, n=len(shape)))
        out.append([_leaf(d, arrays, ret, tuple(s), track, f"{ret.name}[{i}]") for i, (d, s) in enumerate(zip(item["items"], shape))])
    return out


def describe_outputs(spec, track: str) -> Msg:
    """Return the expected outputs in words: `h (B, H), c (B, H): arrays of the declared dtype`."""
    kind = Msg("grader.outputs.tensors" if track == "torch" else "grader.outputs.arrays")
    parts = [Msg("grader.outputs.item", name=r.name, shape=describe_shape(r.shape)) if r.shape is not None
             else Msg("grader.outputs.item-list", name=r.name, n=len(r.shapes)) for r in spec.returns]
    return Msg("grader.outputs.ok", outputs=Join("drill.sep.comma", parts), kind=kind)


def labelled(spec, outputs: list) -> list[tuple[str, np.ndarray]]:
    """Return every output array with its name (`h`, `grads[1]`)."""
    leaves = []
    for ret, value in zip(spec.returns, outputs):
        if isinstance(value, list):
            leaves.extend((f"{ret.name}[{i}]", v) for i, v in enumerate(value))
        else:
            leaves.append((ret.name, value))
    return leaves


def first_nonfinite(spec, outputs: list) -> tuple[str, tuple, float] | None:
    """Return (output name, index, value) of the first NaN or infinity, or None."""
    for name, value in labelled(spec, outputs):
        if value.dtype.kind == "f":
            bad = np.argwhere(~np.isfinite(value))
            if len(bad):
                index = tuple(int(i) for i in bad[0])
                return name, index, float(value[index] if index else value)
    return None


@dataclass
class Mismatch:
    """Where and by how much one output differs from the expected values."""

    name: str
    max_abs: float
    max_rel: float
    index: tuple
    bad: int
    total: int
    expected: str
    got: str

    rel_count: int = 0  # wrong entries whose expected value is not ~0 (where a relative error is defined)

    def describe(self) -> Msg:
        where = f"[{', '.join(map(str, self.index))}]" if self.index else Msg("grader.mismatch.scalar")
        if math.isnan(self.max_rel) or not self.rel_count:
            rel = Msg("grader.mismatch.rel-na")
        elif self.rel_count < self.bad:
            rel = Msg("grader.mismatch.rel-some", rel=self.max_rel, n=self.rel_count)
        else:
            rel = Msg("grader.mismatch.rel", rel=self.max_rel)
        return Msg("grader.mismatch", name=self.name, bad=self.bad, total=self.total, max_abs=self.max_abs, rel=rel,
                   where=where, expected=self.expected, got=self.got)


def _excerpt(a: np.ndarray, index: tuple) -> str:
    """Return the slice along the last axis from `index`, the first wrong entry (at most 6 values)."""
    if a.ndim == 0:
        return np.array2string(a, precision=5)
    row = a[index[:-1]]
    start = index[-1]
    part = row[start:start + 6]
    text = np.array2string(part, precision=5, suppress_small=True, max_line_width=200)
    lead = "… " if start > 0 else ""
    tail = " …" if start + 6 < row.shape[0] else ""
    return f"{lead}{text}{tail}"


def close(expected: np.ndarray, got: np.ndarray, atol: float, rtol: float) -> np.ndarray:
    """Return the elementwise closeness mask (NaN never close; exact for integers)."""
    if expected.dtype.kind in "iub" and got.dtype.kind in "iub":
        return np.asarray(expected == got)
    with np.errstate(invalid="ignore", over="ignore"):
        return np.asarray(np.abs(got.astype(np.float64) - expected) <= atol + rtol * np.abs(expected))


def mismatch(name: str, expected: np.ndarray, got: np.ndarray, atol: float, rtol: float) -> Mismatch | None:
    """Compare one output; return the details of a disagreement, or None."""
    ok = close(expected, got, atol, rtol)
    if ok.all():
        return None
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        diff = np.abs(got.astype(np.float64) - expected.astype(np.float64))
        # relative error only over the wrong entries whose expected value is not ~0 (else a division by ~0)
        scale = np.abs(expected.astype(np.float64))
        defined = ~ok & (scale > max(atol, 1e-300))
        rel = np.where(defined, diff / np.where(defined, scale, 1.0), np.nan)
    bad = np.argwhere(~ok)
    index = tuple(int(i) for i in bad[0]) if expected.ndim else ()
    if not defined.any():
        max_rel = float("nan")
    else:
        max_rel = float(np.nanmax(rel)) if np.isfinite(rel[defined]).any() else float("inf")
    return Mismatch(name, float(np.nanmax(diff)) if np.isfinite(diff).any() else float("inf"), max_rel,
                    index, int((~ok).sum()), int(ok.size), _excerpt(expected, index), _excerpt(got, index),
                    int(defined.sum()))


def first_mismatch(spec, expected: list, got: list, atol: float, rtol: float) -> Mismatch | None:
    """Return the first output (in return order) that differs, or None when all agree."""
    for (name, e), (_, g) in zip(labelled(spec, expected), labelled(spec, got)):
        m = mismatch(name, np.asarray(e), np.asarray(g), atol, rtol)
        if m is not None:
            return m
    return None


def all_close(spec, expected: list, got: list, atol: float, rtol: float) -> bool:
    """Return whether every output agrees within the tolerance."""
    return first_mismatch(spec, expected, got, atol, rtol) is None


def identical(a: list, b: list) -> tuple[bool, float]:
    """Return whether two outputs are bit-for-bit equal (NaN equal to NaN), and the largest difference."""
    worst = 0.0
    same = True
    for x, y in zip(_flatten(a), _flatten(b)):
        if x.shape != y.shape or not np.array_equal(x, y, equal_nan=x.dtype.kind == "f"):
            same = False
            if x.shape == y.shape:
                with np.errstate(invalid="ignore"):
                    worst = max(worst, float(np.nan_to_num(np.abs(x.astype(float) - y.astype(float))).max(initial=0)))
    return same, worst


def _flatten(values: list) -> list[np.ndarray]:
    out = []
    for v in values:
        out.extend(_flatten(v) if isinstance(v, list) else [np.asarray(v)])
    return out


def rows_changed(spec, before: list, after: list, row: int) -> str | None:
    """Return the first output whose rows other than `row` changed between two calls (None if none did)."""
    tol = spec.tolerance
    for ret, a, b in zip(spec.returns, before, after):
        if ret.batch_axis is None or isinstance(a, list):
            continue
        keep = [i for i in range(a.shape[ret.batch_axis]) if i != row]
        x, y = np.take(a, keep, axis=ret.batch_axis), np.take(b, keep, axis=ret.batch_axis)
        same = close(x, y, tol.atol, tol.rtol) | (np.isnan(x) & np.isnan(y))
        if not same.all():
            return ret.name
    return None


def repeated_row(spec, outputs: list) -> str | None:
    """Return the first batch output whose rows are all equal (one row computed and repeated), or None.

    Only floats are looked at: with random inputs, two rows of a float output are never equal.
    """
    for ret, value in zip(spec.returns, outputs):
        if ret.batch_axis is None or isinstance(value, list) or value.dtype.kind != "f":
            continue
        rows = np.moveaxis(value, ret.batch_axis, 0)
        constant = value.size and np.all(value == value.flat[0])  # e.g. all zeros: wrong, but not one row repeated
        if rows.shape[0] >= 2 and rows[0].size and not constant and all(np.array_equal(rows[0], r, equal_nan=True) for r in rows[1:]):
            return ret.name
    return None
