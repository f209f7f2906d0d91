"""Option types shared by several commands (enums give validation and shell completion)."""

from __future__ import annotations

from enum import Enum

from rnnquiz.bank.schema_names import KINDS, TOPICS

Topic = Enum("Topic", {t.replace("-", "_"): t for t in TOPICS}, type=str)  # type: ignore[misc]
Kind = Enum("Kind", {k: k for k in KINDS}, type=str)  # type: ignore[misc]


class Lang(str, Enum):
    en = "en"
    zh = "zh"
