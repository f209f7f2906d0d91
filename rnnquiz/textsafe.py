"""Make untrusted text (bank content, learner output) safe to show in a terminal."""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC
# (ESC P/X/^/_ ... ST), and two-byte escapes. Their 8-bit C1 forms are covered as well.
_ESCAPE_SEQ = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]            # CSI
    | (?:\x1b\]|\x9d).*?(?:\x07|\x1b\\|\x9c)    # OSC, ended by BEL or ST
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f]).*?(?:\x1b\\|\x9c)  # DCS, SOS, PM, APC
    | \x1b[ -/]*[0-~]                           # other ESC sequences
    """,
    re.VERBOSE | re.DOTALL,
)
# Every C0 control except tab and newline, DEL, the C1 range, and a lone ESC left over.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters, keeping tabs and newlines."""
    text = text.replace("\r\n", "\n")
    return _CONTROL.sub("", _ESCAPE_SEQ.sub("", text))


def sanitize_tree(value):  # noqa: ANN001, ANN201
    """Return a copy of a JSON-like value with every string passed through `strip_controls`."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, list):
        return [sanitize_tree(v) for v in value]
    if isinstance(value, dict):
        return {k: sanitize_tree(v) for k, v in value.items()}
    return value
