"""The light, validated form of a drill that grading works with (no pydantic or YAML needed).

`rnnquiz.drills.spec` validates drill.yaml once; its JSON dump is cached and turned into these
frozen dataclasses, so grading starts in milliseconds. Bilingual texts are plain {"en", "zh"} dicts.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


def arg_kind(shape, value, size) -> str:  # noqa: ANN001
    """Return the kind of an argument from the keys it gives: array, const, size or list."""
    if shape is not None:
        return "array"
    if value is not None:
        return "const"
    return "size" if size is not None else "list"


@dataclass(frozen=True)
class Arg:
    """One argument of the drill's function (see ArgSpec in spec.py for the meaning of each field)."""

    shape: list | None = None
    dtype: str = "float"
    scale: float | None = None
    low: int | str | None = None
    high: int | str | None = None
    of: int | str | None = None
    batch_axis: int | None = None
    value: int | float | None = None
    size: str | None = None
    shapes: list | None = None  # `list:` in YAML

    @property
    def kind(self) -> str:
        """Return array, const, size or list."""
        return arg_kind(self.shape, self.value, self.size)

    @property
    def is_float(self) -> bool:
        return (self.kind == "array" and self.dtype == "float") or self.kind == "list"


@dataclass(frozen=True)
class Ret:
    """One value the function returns."""

    name: str
    shape: list | None = None
    shapes: list | None = None
    dtype: str = "float"
    batch_axis: int | None = None


@dataclass(frozen=True)
class Blocks:
    names: list[str]
    args: list[str]


@dataclass(frozen=True)
class Tolerance:
    atol: float
    rtol: float


@dataclass(frozen=True)
class Mistake:
    id: str
    title: dict
    explain: dict


@dataclass(frozen=True)
class BuiltFrom:
    drill: str
    cell: str
    function: str | None = None


@dataclass(frozen=True)
class Spec:
    """A validated drill.yaml."""

    id: str
    title: dict
    topic: str
    difficulty: int
    function: str
    tracks: list[str]
    statement: dict
    equations: str
    args: dict[str, Arg]
    returns: list[Ret]
    tolerance: Tolerance
    cases: list[dict]
    hints: list[dict]
    grad: bool = False
    blocks: Blocks | None = None
    mistakes: list[Mistake] = ()
    forbidden: tuple[str, ...] = ()
    points: float = 10.0
    weights: dict | None = None  # check id -> weight, over the defaults of rnnquiz.drills.scoring
    built_from: BuiltFrom | None = None

    @property
    def stem(self) -> str:
        """Return the Python file stem of this drill (`lstm-seq` -> `lstm_seq`)."""
        return self.id.replace("-", "_")

    @classmethod
    def from_dict(cls, data: dict) -> "Spec":
        """Build the spec from the JSON dump of a validated DrillSpec (aliases, so shapes are under `list`)."""

        def pick(kind: type, d: dict, **renames: str):
            d = {renames.get(k, k): v for k, v in d.items()}
            return kind(**{f.name: d[f.name] for f in fields(kind) if f.name in d})

        return cls(
            id=data["id"], title=data["title"], topic=data["topic"], difficulty=data["difficulty"],
            function=data["function"], tracks=list(data["tracks"]), statement=data["statement"],
            equations=data["equations"],
            args={name: pick(Arg, a, list="shapes") for name, a in data["args"].items()},
            returns=[pick(Ret, r, list="shapes") for r in data["returns"]],
            tolerance=Tolerance(**data["tolerance"]), cases=data["cases"], hints=data["hints"],
            grad=data.get("grad", False), blocks=Blocks(**data["blocks"]) if data.get("blocks") else None,
            mistakes=[Mistake(**m) for m in data.get("mistakes", [])],
            forbidden=tuple(data.get("forbidden", ())), points=float(data.get("grading", {}).get("points", 10)),
            weights=data.get("grading", {}).get("weights") or None,
            built_from=BuiltFrom(**data["built_from"]) if data.get("built_from") else None,
        )
