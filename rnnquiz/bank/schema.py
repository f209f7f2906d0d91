"""The one schema of question banks (pydantic), also exported as JSON Schema for editors."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

FORMAT_VERSION = 2  # 1: open key points were bags of keywords; 2: claims made of concepts, misconceptions

from rnnquiz.bank.schema_names import TOPICS  # noqa: E402

Topic = Literal[TOPICS]  # type: ignore[valid-type]
QuestionId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$", max_length=64)]
NonEmpty = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    # strict: YAML 1.1 turns `no` into False and `1:30` into 90; those must not pass as text.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Text(_Strict):
    """A text in both languages."""

    en: NonEmpty
    zh: NonEmpty


class Keywords(_Strict):
    """Format 1: words and synonyms whose presence in an answer shows a key point was covered."""

    en: list[NonEmpty] = Field(min_length=1)
    zh: list[NonEmpty] = Field(min_length=1)


class KeyPointV1(_Strict):
    text: Text
    keywords: Keywords


class Opposite(_Strict):
    """What says a key point's concept the other way round, in each language."""

    en: list[NonEmpty] = Field(min_length=1, description="English phrasings of the opposite (\"keeps\" for \"drops\").")
    zh: list[NonEmpty] = Field(min_length=1, description="Chinese phrasings of the opposite (\"保留\" for \"丢掉\").")


class Concept(_Strict):
    """One thing a claim must say: its synonyms and paraphrases in each language (either may match)."""

    en: list[NonEmpty] = Field(min_length=1, description="English phrasings; words are stemmed, in order, up to 2 words apart.")
    zh: list[NonEmpty] = Field(min_length=1, description="Chinese phrasings; matched on whole segmented words.")
    negated: bool = Field(False, description="True: the concept must appear negated (\"does not apply tanh\", \"没有 tanh\").")
    opposite: Opposite | None = Field(
        None, description="Key points only: phrasings that say this concept the other way round (\"after the softmax\" for "
        "\"before the softmax\"). An answer that does not state the key point but states it with the opposite in this "
        "concept's place, and the other concepts as they are, contradicts it.")


Scope = Literal["sentence", "clause"]


class KeyPoint(_Strict):
    """A claim a good answer makes: every concept stated, affirmatively, in one sentence (or clause)."""

    text: Text
    claim: list[Concept] = Field(min_length=1, max_length=6)
    scope: Scope = Field("sentence", description="clause: all concepts in one clause, for relations a swap would break.")


class Misconception(_Strict):
    """A wrong claim interviewers hear; found in an answer, it is shown and caps the suggestion at Again."""

    text: Text
    why: Text | None = None
    claim: list[Concept] = Field(min_length=1, max_length=6)
    scope: Scope = "sentence"
    supposed: bool = Field(False, description="The wrong claim is itself about what would happen (\"trained end to end, the "
                           "gradient would vanish in the CNN\"): it counts when said under if / would / 如果 … 就 too, which "
                           "otherwise mark a supposition, not a claim.")
    unless: Concept | None = Field(None, description="Phrasings that, said in the same clause or sentence, mean it speaks of "
                                   "something else (\"truncated\" for \"BPTT's memory does not grow with T\").")

    @field_validator("claim")
    @classmethod
    def _no_opposites(cls, claim: list[Concept]) -> list[Concept]:
        if any(c.opposite is not None for c in claim):
            raise ValueError("a misconception's concept has an `opposite`: opposites belong to key points (list the wrong claim itself instead)")
        return claim


class MatchPair(_Strict):
    left: Text
    right: Text


class _QuestionBase(_Strict):
    id: QuestionId
    topic: Topic
    difficulty: Literal[1, 2, 3]
    tags: list[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]] = Field(default_factory=list)
    prompt: Text
    answer: Text
    source: NonEmpty = Field(description="The seed section it comes from, or the paper/book beyond the seed.")
    follow_ups: list[QuestionId] = Field(default_factory=list)


class Subject(_Strict):
    """What an open question is about, in any of its names: an answer that names none of them is
    about something else, even when it shares words with a key point."""

    en: list[NonEmpty] = Field(min_length=1, description="English names of the subject; any one is enough.")
    zh: list[NonEmpty] = Field(min_length=1, description="Chinese names of the subject; any one is enough.")


class OpenQuestion(_QuestionBase):
    kind: Literal["open"]
    subject: Subject | None = Field(
        None, description="What the question is about; an answer that names none of it is off-topic (Again)."
    )
    key_points: list[KeyPoint] = Field(min_length=1, max_length=8)
    misconceptions: list[Misconception] = Field(default_factory=list)


class OpenQuestionV1(_QuestionBase):
    kind: Literal["open"]
    key_points: list[KeyPointV1] = Field(min_length=1)


class ChoiceQuestion(_QuestionBase):
    kind: Literal["choice"]
    options: list[Text] = Field(min_length=2, max_length=8)
    correct: list[Annotated[int, Field(ge=0)]] = Field(min_length=1, description="0-based indices of the correct options.")

    @model_validator(mode="after")
    def _correct_in_range(self) -> "ChoiceQuestion":
        if len(set(self.correct)) != len(self.correct):
            raise ValueError("correct lists an option twice")
        bad = [i for i in self.correct if i >= len(self.options)]
        if bad:
            raise ValueError(f"correct index {bad[0]} is out of range: there are {len(self.options)} options (0-based)")
        return self


class TrueFalseQuestion(_QuestionBase):
    kind: Literal["truefalse"]
    correct: bool


class OrderQuestion(_QuestionBase):
    kind: Literal["order"]
    items: list[Text] = Field(min_length=3, max_length=9, description="The items in their correct order.")


class MatchQuestion(_QuestionBase):
    kind: Literal["match"]
    pairs: list[MatchPair] = Field(min_length=2, max_length=9)


class NumericQuestion(_QuestionBase):
    kind: Literal["numeric"]
    value: Annotated[float, Field(allow_inf_nan=False)]
    tolerance: Annotated[float, Field(ge=0, allow_inf_nan=False)] = 0.0
    unit: Text | None = None

    @field_validator("value", "tolerance", mode="before")
    @classmethod
    def _no_bool(cls, v: object) -> object:
        if isinstance(v, bool):
            raise ValueError("expected a number, not a boolean")
        return v


Question = Annotated[
    Union[OpenQuestion, ChoiceQuestion, TrueFalseQuestion, OrderQuestion, MatchQuestion, NumericQuestion],
    Field(discriminator="kind"),
]


QuestionV1 = Annotated[
    Union[OpenQuestionV1, ChoiceQuestion, TrueFalseQuestion, OrderQuestion, MatchQuestion, NumericQuestion],
    Field(discriminator="kind"),
]


class Bank(_Strict):
    """A question bank file."""

    format_version: Literal[2]
    title: Text | None = None
    misconceptions: list[Misconception] = Field(
        default_factory=list,
        description="Wrong claims about the field, true of no question: looked for in the answers to every open question of the banks loaded with this one.",
    )
    questions: list[Question] = Field(default_factory=list)

    @model_validator(mode="after")
    def _not_empty(self) -> "Bank":
        if not self.questions and not self.misconceptions:
            raise ValueError("a bank needs a `questions:` list with at least one question (or field-wide `misconceptions:`)")
        return self


class BankV1(_Strict):
    """A bank file of format 1 (still read: its keywords become one-concept claims)."""

    format_version: Literal[1]
    title: Text | None = None
    questions: list[QuestionV1] = Field(min_length=1)


def upgrade_v1_question(data: dict) -> dict:
    """Return a validated format-1 question in format 2: each keyword list becomes one concept."""
    if data.get("kind") != "open":
        return data
    points = [{"text": p["text"], "claim": [dict(p["keywords"])], "scope": "sentence"} for p in data["key_points"]]
    return {**data, "key_points": points, "misconceptions": []}


def json_schema() -> dict:
    """Return the bank schema as a JSON Schema (Draft 2020-12) document."""
    schema = Bank.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rnnquiz.dev/schema/bank-v2.json",
        "title": "rnnquiz question bank (format_version 2)",
        **schema,
    }
