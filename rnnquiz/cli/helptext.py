"""The examples under every command's --help, formatted one command per line."""

from __future__ import annotations


def examples(*rows: tuple[str, str], note: str = "") -> str:
    """Return an epilog listing (command, what it does) rows, then an optional paragraph.

    Click rewraps help paragraphs; the `\\b` line keeps the example block as written.
    """
    width = max(len(cmd) for cmd, _ in rows)
    lines = [f"  {cmd.ljust(width)}   {what}".rstrip() for cmd, what in rows]
    title = "Examples:" if len(rows) > 1 else "Example:"
    text = f"{title}\n\n\b\n" + "\n".join(lines) + "\n"
    return text + (f"\n{note}\n" if note else "")
