"""Make untrusted text (bank content, learner files and output, imported records) safe to show.

One convention for the terminal and for JSON: every character that could act on a terminal or
reorder what is shown is replaced by its visible escape, written as plain ASCII (`\\x1b`,
`\\x9b`, `\\u202e`). That covers the C0 controls except tab and newline, DEL, the C1 range, the
bidi overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C) and lone
surrogates (file names that are not UTF-8), which no UTF-8 output can carry. Escaping the ESC of
an escape sequence leaves the rest of it as inert text, so `\\x1b]52;...` can neither write the
clipboard nor hide what follows; a key holding a carriage return cannot overwrite its own line.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """Return `text` with control, bidi and surrogate characters escaped visibly; tabs and newlines kept.

    The result holds no character the function would change again, so applying it twice is harmless.
    """
    text = text.replace("\r\n", "\n")
    return _UNSAFE.sub(_visible, text)


def has_unsafe(text: str) -> bool:
    """Return whether `escape_controls` would change `text` (other than a CR LF line end)."""
    return _UNSAFE.search(text.replace("\r\n", "\n")) is not None


def sanitize_tree(value):  # noqa: ANN001, ANN201
    """Return a copy of a JSON-like value with every string, keys included, passed through `escape_controls`."""
    if isinstance(value, str):
        return escape_controls(value)
    if isinstance(value, (list, tuple)):
        return [sanitize_tree(v) for v in value]
    if isinstance(value, dict):
        return {sanitize_tree(k) if isinstance(k, str) else k: sanitize_tree(v) for k, v in value.items()}
    return value
