"""The schema of template files (`questions/generated/*.yaml`), validated like the banks.

A template is a question with holes: parameters drawn at random (`range`, `choices` or
`lengths`), derived values (`let`, evaluated in order), constraints (`require`), an `answer`
formula, and the `module` (a torch.nn class and its keyword arguments) or `composite` it
describes, with the `forward` pass that `rnnquiz dev check` runs to verify the formula.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, field_validator, model_validator

from rnnquiz.bank.schema import NonEmpty, Text, Topic

FORMAT_VERSION = 1
QUANTITIES = ("parameters", "param_shape", "output_shape", "macs", "activation_bytes", "onehot_ratio", "gate")
ANSWER_KINDS = ("number", "shape", "choice")
NN_MODULES = ("RNN", "LSTM", "GRU", "RNNCell", "LSTMCell", "GRUCell", "Embedding", "MultiheadAttention", "Linear")
COMPOSITES = ("additive_attention",)

Name = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
Scalar = Union[bool, int, float, str]  # a string is an expression; bool first, so True stays a bool


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class RangeParam(_Strict):
    """A whole number drawn uniformly from lo..hi (both included), in steps of `step` from lo."""

    range: list[int] = Field(min_length=2, max_length=2, description="[low, high], both included.")
    step: Annotated[int, Field(ge=1)] = 1

    @field_validator("range")
    @classmethod
    def _ordered(cls, v: list[int]) -> list[int]:
        if v[0] > v[1]:
            raise ValueError(f"range [{v[0]}, {v[1]}] is empty: write [low, high]")
        return v


class ChoiceParam(_Strict):
    """One of the listed values (repeat a value to make it likelier)."""

    choices: list[Union[bool, int, str]] = Field(min_length=1)


class LengthsSpec(_Strict):
    count: NonEmpty = Field(description="Expression: how many sequences (the batch size).")
    max: NonEmpty = Field(description="Expression: the longest length (the first sequence has it).")


class LengthsParam(_Strict):
    """Sequence lengths of a padded batch: `count` lengths in 1..max, the first equal to max."""

    lengths: LengthsSpec


def _param_kind(value: object) -> str | None:
    keys = value if isinstance(value, dict) else getattr(value, "__dict__", {})  # a dict when validating, a model when dumping
    return next((k for k in ("range", "choices", "lengths") if k in keys), None)


Param = Annotated[
    Union[Annotated[RangeParam, Tag("range")], Annotated[ChoiceParam, Tag("choices")], Annotated[LengthsParam, Tag("lengths")]],
    Discriminator(_param_kind, custom_error_type="param_kind",
                  custom_error_message="a parameter is {range: [low, high]}, {choices: [...]} or {lengths: {count: ..., max: ...}}"),
]


class Option(_Strict):
    """A choice answer; `code` names it for the verifier (a gate: i f g o for LSTM, r z n for GRU)."""

    code: Name
    en: NonEmpty
    zh: NonEmpty


class Module(_Strict):
    type: NonEmpty = Field(description="A torch.nn class (one of NN_MODULES) or the name of a parameter holding one.")
    kwargs: dict[Name, Scalar] = Field(default_factory=dict, description="Keyword arguments; strings are expressions.")


class Composite(_Strict):
    type: Literal[COMPOSITES]  # type: ignore[valid-type]
    kwargs: dict[Name, Scalar] = Field(default_factory=dict)


class Forward(_Strict):
    """The forward pass that verifies a shape, MAC count or activation memory."""

    inputs: dict[Name, NonEmpty] = Field(min_length=1, description="Argument name → expression of its shape, e.g. '[T, B, D]'.")
    lengths: NonEmpty | None = Field(None, description="Expression of the sequence lengths: the input is packed.")
    select: NonEmpty = Field("output", description="Which result: output, h_n, c_n, h, c, data, attn_output, attn_weights, scores (or a parameter naming one).")
    steps: NonEmpty | None = Field(None, description="activation_bytes: how many steps the cell is unrolled.")


class Template(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$", max_length=60)]
    topic: Topic
    difficulty: Literal[1, 2, 3]
    tags: list[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]] = Field(default_factory=list)
    source: NonEmpty
    quantity: Literal[QUANTITIES]  # type: ignore[valid-type]
    answer_kind: Literal[ANSWER_KINDS] = "number"  # type: ignore[valid-type]
    params: dict[Name, Param] = Field(min_length=1)
    let: dict[Name, NonEmpty] = Field(default_factory=dict, description="Derived values, each an expression of those before it.")
    require: list[NonEmpty] = Field(default_factory=list, description="Expressions every draw must satisfy (redrawn otherwise).")
    answer: NonEmpty = Field(description="Expression of the answer: a number, a shape '[a, b]' or a 0-based option index.")
    tolerance: NonEmpty | None = Field(None, description="Expression: how far off a number answer may be.")
    unit: Text | None = None
    options: list[Option] = Field(default_factory=list)
    module: Module | None = None
    composite: Composite | None = None
    forward: Forward | None = None
    probe: NonEmpty | None = Field(None, description="Expression: param_shape: the parameter's name; gate: [name, lo, hi], the slice asked about.")
    prompt: Text
    explanation: Text

    @model_validator(mode="after")
    def _consistent(self) -> "Template":
        if (self.module is None) == (self.composite is None):
            raise ValueError("give exactly one of `module` (a torch.nn class) or `composite` (what the verifier builds)")
        if (self.answer_kind == "choice") != bool(self.options):
            raise ValueError("`options` go with `answer_kind: choice`, and a choice needs them")
        if self.quantity in ("output_shape", "macs", "activation_bytes") and self.forward is None:
            raise ValueError(f"quantity {self.quantity} is verified by a forward pass: add `forward:`")
        if self.quantity == "gate" and (self.probe is None or self.answer_kind != "choice"):
            raise ValueError("quantity gate needs `answer_kind: choice` and `probe:` ('[tensor_name, lo, hi]', the slice named)")
        if self.quantity == "param_shape" and (self.probe is None or self.answer_kind != "shape"):
            raise ValueError("quantity param_shape needs `answer_kind: shape` and `probe:` (the parameter's name)")
        return self


class TemplateFile(_Strict):
    """A file of templates."""

    format_version: Literal[1]
    templates: list[Template] = Field(min_length=1)
