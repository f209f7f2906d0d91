"""The schema of drill.yaml and index.yaml (pydantic, extra fields forbidden), plus its JSON Schema.

Only validation uses these models; grading uses the light `rnnquiz.drills.model.Spec` built from
the validated dump (cached), so it never imports pydantic.
"""

from __future__ import annotations

import keyword
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from rnnquiz.bank.schema_names import TOPICS
from rnnquiz.drills import sizes
from rnnquiz.drills.model import arg_kind

FORMAT_VERSION = 1
RESERVED_IDS = ("list", "show", "grade", "help")  # subcommands of `rnnquiz drill`

DrillId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$", max_length=40)]
Size = Union[Annotated[int, Field(ge=0)], Annotated[str, Field(min_length=1)]]
Shape = list[Size]
NonEmpty = Annotated[str, Field(min_length=1)]
Number = Union[int, float]


class _Strict(BaseModel):
    # strict: YAML 1.1 reads `no` as False and `1:30` as 90; neither may pass as text or a number.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)


class Text(_Strict):
    """A text in both languages."""

    en: NonEmpty
    zh: NonEmpty

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


def _check_shape(shape: Shape) -> Shape:
    for s in shape:
        sizes.names_in(s)  # raises SizeExprError (a ValueError) for a malformed entry
    return shape


class ArgSpec(_Strict):
    """One argument of the drill's function; which keys are present decides its kind."""

    shape: Optional[Shape] = Field(None, description="Array shape; entries are integers or size expressions (4*H).")
    dtype: Literal["float", "int", "lengths", "bool"] = "float"
    scale: Optional[Annotated[float, Field(gt=0)]] = Field(None, description="float: normal(0,1)*scale*case.scale.")
    low: Optional[Size] = Field(None, description="int: smallest value (inclusive).")
    high: Optional[Size] = Field(None, description="int: largest value (exclusive).")
    of: Optional[Size] = Field(None, description="lengths: the maximum length (every value in [1, of], max == of).")
    batch_axis: Optional[Annotated[int, Field(ge=0)]] = None
    value: Optional[Number] = Field(None, description="A Python constant passed as is.")
    size: Optional[str] = Field(None, description="A Python int taken from the case's sizes.")
    shapes: Optional[list[Shape]] = Field(None, alias="list", description="A Python list of float arrays with these shapes.")

    @field_validator("shape")
    @classmethod
    def _shape_ok(cls, v: Optional[Shape]) -> Optional[Shape]:
        return None if v is None else _check_shape(v)

    @field_validator("shapes")
    @classmethod
    def _list_ok(cls, v):  # noqa: ANN001, ANN206
        if v is not None:
            for shape in v:
                _check_shape(shape)
        return v

    @field_validator("scale", mode="before")
    @classmethod
    def _int_scale(cls, v: object) -> object:
        return float(v) if type(v) is int else v

    @model_validator(mode="after")
    def _one_kind(self) -> "ArgSpec":
        given = [k for k in ("shape", "value", "size", "shapes") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of shape (an array), value (a constant), size (an int from the case) or list (a list of arrays)")
        kind = self.kind
        extra = {
            "array": [],
            "const": ["scale", "low", "high", "of", "batch_axis"],
            "size": ["scale", "low", "high", "of", "batch_axis"],
            "list": ["low", "high", "of", "batch_axis"],
        }[kind]
        if kind != "array" and "dtype" in self.model_fields_set:
            extra.append("dtype")
        if kind == "array":
            allowed = {"float": {"scale"}, "int": {"low", "high"}, "lengths": {"of"}, "bool": set()}[self.dtype]
            extra = [k for k in ("scale", "low", "high", "of") if getattr(self, k) is not None and k not in allowed]
            if self.dtype == "int" and self.high is None:
                raise ValueError("an int array needs high (exclusive) and may give low (default 0)")
            if self.dtype == "lengths" and self.of is None:
                raise ValueError("a lengths array needs of: the maximum length, e.g. of: T")
            if self.batch_axis is not None and self.batch_axis >= len(self.shape or []):
                raise ValueError(f"batch_axis {self.batch_axis} is outside the shape {sizes.describe(self.shape)}")
        bad = [k for k in extra if getattr(self, k) is not None]
        if bad:
            raise ValueError(f"{', '.join(bad)} does not apply to a {kind} argument")
        return self

    @property
    def kind(self) -> str:
        """Return array, const, size or list."""
        return arg_kind(self.shape, self.value, self.size)

    def size_names(self) -> set[str]:
        names: set[str] = set()
        for shape in ([self.shape] if self.shape else []) + (self.shapes or []):
            for s in shape:
                names |= sizes.names_in(s)
        for s in (self.low, self.high, self.of):
            if s is not None:
                names |= sizes.names_in(s)
        if self.size is not None:
            names.add(self.size)
        return names


class ReturnSpec(_Strict):
    """One value the function returns."""

    name: Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
    shape: Optional[Shape] = None
    shapes: Optional[list[Shape]] = Field(None, alias="list")
    dtype: Literal["float", "int", "bool"] = "float"
    batch_axis: Optional[Annotated[int, Field(ge=0)]] = None

    @model_validator(mode="after")
    def _one_kind(self) -> "ReturnSpec":
        if (self.shape is None) == (self.shapes is None):
            raise ValueError("give exactly one of shape (an array; [] for a scalar) or list (a list of arrays)")
        for shape in [self.shape] if self.shape is not None else self.shapes:
            _check_shape(shape)
        if self.batch_axis is not None and (self.shape is None or self.batch_axis >= len(self.shape)):
            raise ValueError("batch_axis must index an axis of shape")
        return self


class Blocks(_Strict):
    """Gate blocks stacked along axis 0 of some weight arguments, named in the packed order."""

    names: list[Annotated[str, Field(min_length=1)]] = Field(min_length=2)
    args: list[str] = Field(min_length=1)


class Tolerance(_Strict):
    atol: Annotated[float, Field(ge=0)]
    rtol: Annotated[float, Field(ge=0)]


DottedName = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
CHECK_WEIGHTS = ("signature", "implemented", "outputs", "finite", "values", "inputs-unchanged", "batch-independent",
                 "deterministic", "gradients")


class Grading(_Strict):
    """How a class grading scores the drill: its points, shared among the checks by weight."""

    points: Annotated[float, Field(gt=0, le=1000)] = 10
    weights: dict[Literal[CHECK_WEIGHTS], Annotated[float, Field(ge=0, le=100)]] = Field(default_factory=dict)  # type: ignore[valid-type]


class Mistake(_Strict):
    """A known wrong implementation, shipped as mistakes/<id with underscores>.py."""

    id: DrillId
    title: Text
    explain: Text


class BuiltFrom(_Strict):
    """The cell drill a drill is built from, and the helper of its reference that computes that cell."""

    drill: DrillId = Field(description="The cell drill (rnn, gru, lstm) whose diagnosis this drill reuses.")
    cell: Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")] = Field(
        description="The helper of the NumPy reference with the cell drill's signature, called once per step.")
    function: Optional[Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]] = Field(
        None, description="Another function of the reference computing the same by calling the helper (default: the drill's).")


class DrillSpec(_Strict):
    """A drill.yaml file."""

    format_version: Literal[1]
    id: DrillId
    title: Text
    topic: Literal[TOPICS]  # type: ignore[valid-type]
    difficulty: Literal[1, 2, 3]
    function: Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
    tracks: list[Literal["numpy", "torch"]] = Field(min_length=1)
    # modules, functions and classes that would do the drill for the learner (refused on both tracks)
    forbidden: list[DottedName] = Field(default_factory=list)
    grading: Grading = Field(default_factory=Grading)
    statement: Text
    equations: NonEmpty
    args: dict[Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")], ArgSpec] = Field(min_length=1)
    returns: list[ReturnSpec] = Field(min_length=1)
    grad: bool = False
    blocks: Optional[Blocks] = None
    tolerance: Tolerance
    cases: list[dict[str, Number]] = Field(min_length=1)
    hints: list[Text] = Field(min_length=3)
    mistakes: list[Mistake] = Field(default_factory=list)
    built_from: Optional[BuiltFrom] = None

    @field_validator("id")
    @classmethod
    def _not_reserved(cls, v: str) -> str:
        if v in RESERVED_IDS:
            raise ValueError(f"{v!r} is a subcommand of `rnnquiz drill`; choose another id")
        return v

    @field_validator("function")
    @classmethod
    def _not_keyword(cls, v: str) -> str:
        if keyword.iskeyword(v):
            raise ValueError(f"{v!r} is a Python keyword")
        return v

    @field_validator("tracks")
    @classmethod
    def _unique_tracks(cls, v: list) -> list:
        if len(set(v)) != len(v):
            raise ValueError("a track is listed twice")
        return v

    @field_validator("cases")
    @classmethod
    def _case_values(cls, v: list[dict]) -> list[dict]:
        for i, case in enumerate(v):
            for name, value in case.items():
                if name == "scale":
                    if value <= 0:
                        raise ValueError(f"case {i}: scale must be positive")
                elif name == "zero_rows":
                    if type(value) is not int or value < 1:
                        raise ValueError(f"case {i}: zero_rows must be a positive integer (the leading batch rows set to 0)")
                elif type(value) is not int or value < 1:
                    raise ValueError(f"case {i}: size {name} must be a positive integer (got {value!r})")
        return v

    @model_validator(mode="after")
    def _cross_checks(self) -> "DrillSpec":
        for i, case in enumerate(self.cases):
            for arg_name, arg in self.args.items():
                missing = arg.size_names() - set(case)
                if missing:
                    raise ValueError(f"case {i} does not define {', '.join(sorted(missing))}, used by argument {arg_name}")
            for ret in self.returns:
                shapes = [ret.shape] if ret.shape is not None else ret.shapes
                missing = set().union(*(sizes.names_in(s) for shape in shapes for s in shape)) - set(case)
                if missing:
                    raise ValueError(f"case {i} does not define {', '.join(sorted(missing))}, used by return {ret.name}")
        names = [r.name for r in self.returns]
        if len(set(names)) != len(names):
            raise ValueError("two returns share a name")
        if self.blocks is not None:
            for a in self.blocks.args:
                if a not in self.args or self.args[a].kind != "array" or self.args[a].dtype != "float":
                    raise ValueError(f"blocks.args: {a!r} is not a float array argument of this drill")
        ids = [m.id for m in self.mistakes]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"mistake id {sorted(dup)[0]!r} is used twice; give each mistake its own id")
        return self


class DrillIndex(_Strict):
    """The catalogue index: every drill id in display order."""

    format_version: Literal[1]
    drills: list[DrillId] = Field(min_length=1)

    @field_validator("drills")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        seen = set()
        for d in v:
            if d in seen:
                raise ValueError(f"drill {d!r} is listed twice; keep one")
            seen.add(d)
        return v


def json_schema() -> dict:
    """Return the drill.yaml schema as a JSON Schema (Draft 2020-12) document."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rnnquiz.dev/schema/drill-v1.json",
        "title": "rnnquiz drill (format_version 1)",
        **DrillSpec.model_json_schema(),
    }
