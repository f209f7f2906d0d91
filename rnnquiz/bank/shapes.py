"""Read and write tensor shapes as answers: "(5, 3, 128)", "[5,3,128]", "5 x 3 x 128", "torch.Size([5, 3, 128])"."""

from __future__ import annotations

import re

_WRAPPERS = re.compile(r"^(?:torch\.)?size\s*", re.I)
_SEPARATORS = re.compile(r"\s*(?:,|x|×|\*|\s)\s*", re.I)


def parse_shape(raw: str) -> list[int]:
    """Return the dimensions of a shape written with any brackets and separators.

    Raises:
        ValueError: the text is not a list of whole numbers.
    """
    text = _WRAPPERS.sub("", raw.strip()).strip("()[]{} \t")
    text = text.strip("()[]{} \t").rstrip(",")
    if not text:
        raise ValueError(raw)
    parts = [p for p in _SEPARATORS.split(text) if p]
    if not parts or not all(p.isdigit() for p in parts):
        raise ValueError(raw)
    return [int(p) for p in parts]


def format_shape(shape) -> str:  # noqa: ANN001
    """Show a shape as PyTorch users write it: (5, 3, 128), or (384,) for one dimension."""
    return "(" + ", ".join(str(int(v)) for v in shape) + (",)" if len(shape) == 1 else ")")
