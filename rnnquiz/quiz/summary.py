"""Numbers shown at the end of a session, formatted one way everywhere (summary, report, stats)."""

from __future__ import annotations


def fmt_score(score: float) -> str:
    """Show a score with at most two decimals and no trailing zeros: 7.85, 8, 7.5."""
    text = f"{round(score, 2):.2f}".rstrip("0").rstrip(".")
    return text or "0"


def fmt_time(seconds: float) -> str:
    """Show a duration as m:ss (never negative)."""
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"
