"""The light, validated form of a question that the quiz path works with (no pydantic needed)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Question:
    """One validated question; `data` holds every field as written in the bank."""

    id: str
    topic: str
    kind: str
    difficulty: int
    tags: tuple[str, ...]
    prompt: dict
    answer: dict
    source: str
    follow_ups: tuple[str, ...]
    data: dict = field(repr=False, compare=False)
    origin: str = ""  # "file:line" where the question starts
    shared: tuple = field(default=(), repr=False, compare=False)  # open: the field-wide misconceptions of the banks loaded with it

    @classmethod
    def from_dict(cls, data: dict, origin: str = "") -> "Question":
        """Build a question from its validated dict form."""
        return cls(
            id=data["id"],
            topic=data["topic"],
            kind=data["kind"],
            difficulty=data["difficulty"],
            tags=tuple(data.get("tags") or ()),
            prompt=data["prompt"],
            answer=data["answer"],
            source=data["source"],
            follow_ups=tuple(data.get("follow_ups") or ()),
            data=data,
            origin=origin,
        )

    def text(self, field_name: str, lang: str) -> str:
        """Return a bilingual field (prompt, answer) in one language."""
        return getattr(self, field_name)[lang]

    def to_json(self) -> dict:
        """Return the exported form: every field of the bank entry."""
        return dict(self.data)
