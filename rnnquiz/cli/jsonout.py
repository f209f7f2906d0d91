"""The one place commands print JSON: every string escaped by `rnnquiz.textsafe`, then dumped.

Imports neither rich nor numpy, so the quiz path's `--json` outputs stay light.
"""

from __future__ import annotations

import json
import sys

from rnnquiz.textsafe import sanitize_tree


def dumps_safe(document: object, *, indent: int | None = 2) -> str:
    """Return `document` as JSON text whose strings carry no control or bidi characters."""
    return json.dumps(sanitize_tree(document), ensure_ascii=False, indent=indent)


def print_json(document: object, *, indent: int | None = 2, flush: bool = False) -> None:
    """Write `document` to stdout as one JSON value and a newline (see `dumps_safe`)."""
    sys.stdout.write(dumps_safe(document, indent=indent) + "\n")
    if flush:
        sys.stdout.flush()
