"""Grade answers: closed kinds right or wrong at once, open answers against key points."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from rnnquiz.bank.model import Question

LETTERS = "ABCDEFGHI"


class AnswerFormatError(ValueError):
    """The learner's input cannot be read as an answer to this kind; the message says the format."""


@dataclass(frozen=True)
class Layout:
    """How a closed question is presented: the shuffled order of its items or right-hand column."""

    order: tuple[int, ...] = ()


@dataclass(frozen=True)
class Verdict:
    correct: bool
    expected: str  # the right answer, written the way the learner would type it
    score: float  # 0..1


def layout_for(q: Question, seed: int | None) -> Layout:
    """Shuffle the items of order/match questions reproducibly (never left in the solved order)."""
    n = len(q.data["items"]) if q.kind == "order" else len(q.data["pairs"]) if q.kind == "match" else 0
    if n < 2:
        return Layout()
    rng = random.Random(f"{seed}:{q.id}")
    order = list(range(n))
    while order == sorted(order):
        rng.shuffle(order)
    return Layout(tuple(order))


def _letters(raw: str, n: int) -> list[int]:
    tokens = re.findall(r"[A-Za-z]", raw)
    if not tokens or re.search(r"[^A-Za-z,;\s]", raw):
        raise AnswerFormatError(f"answer with letters A–{LETTERS[n - 1]}, e.g. 'B' or 'A, C'")
    picks = [ord(t.upper()) - ord("A") for t in tokens]
    if any(p >= n for p in picks):
        raise AnswerFormatError(f"there are only options A–{LETTERS[n - 1]}")
    return picks


_TRUE = {"t", "true", "y", "yes", "1", "对", "是", "正确", "真"}
_FALSE = {"f", "false", "n", "no", "0", "错", "否", "错误", "假"}


def parse_number(raw: str) -> float:
    """Read a number such as 1056, 1,056, 1_056, 2.5e-3 or 1.2k."""
    text = raw.strip().replace(",", "").replace("_", "").replace(" ", "").lower()
    scale = 1.0
    if text.endswith("k"):
        text, scale = text[:-1], 1e3
    elif text.endswith("m"):
        text, scale = text[:-1], 1e6
    try:
        return float(text) * scale
    except ValueError:
        raise AnswerFormatError("answer with a number, e.g. 1056 or 2.5e-3") from None


def grade_closed(q: Question, raw: str, layout: Layout) -> Verdict:
    """Grade the learner's typed answer to a closed question.

    Raises:
        AnswerFormatError: the input does not have the shape this kind expects.
    """
    d = q.data
    if q.kind == "choice":
        picks = set(_letters(raw, len(d["options"])))
        want = set(d["correct"])
        return Verdict(picks == want, ", ".join(LETTERS[i] for i in sorted(want)), float(picks == want))
    if q.kind == "truefalse":
        word = raw.strip().lower()
        if word not in _TRUE | _FALSE:
            raise AnswerFormatError("answer t (true) or f (false)")
        ok = (word in _TRUE) == d["correct"]
        return Verdict(ok, "true" if d["correct"] else "false", float(ok))
    if q.kind == "order":
        n = len(d["items"])
        picks = _letters(raw, n)
        if sorted(picks) != list(range(n)):
            raise AnswerFormatError(f"give all {n} letters once each, first to last, e.g. '{' '.join(LETTERS[:n])}'")
        # shown letter k is item layout.order[k]; the learner's sequence must be the items in order
        ok = [layout.order[p] for p in picks] == list(range(n))
        expected = " ".join(LETTERS[layout.order.index(i)] for i in range(n))
        return Verdict(ok, expected, float(ok))
    if q.kind == "match":
        n = len(d["pairs"])
        picks = _letters(raw, n)
        if len(picks) != n:
            raise AnswerFormatError(f"give one letter for each of the {n} numbered items, in order, e.g. '{' '.join(LETTERS[:n])}'")
        right = sum(layout.order[p] == i for i, p in enumerate(picks))
        expected = " ".join(LETTERS[layout.order.index(i)] for i in range(n))
        return Verdict(right == n, expected, right / n)
    if q.kind == "numeric":
        got = parse_number(raw)
        ok = abs(got - d["value"]) <= d.get("tolerance", 0.0) + 1e-9 * max(1.0, abs(d["value"]))
        value = d["value"]
        shown = f"{int(value)}" if float(value).is_integer() else f"{value:g}"
        if d.get("tolerance"):
            shown += f" (± {d['tolerance']:g})"
        return Verdict(ok, shown, float(ok))
    raise ValueError(f"{q.kind} questions are not graded automatically")


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def covered_points(q: Question, answer: str) -> list[bool]:
    """Return, for each key point, whether the answer uses one of its words (in either language)."""
    text = _normalise(answer)
    result = []
    for point in q.data.get("key_points", []):
        words = point["keywords"]["en"] + point["keywords"]["zh"]
        hit = False
        for w in words:
            w = _normalise(w)
            if re.fullmatch(r"[a-z0-9 \-]+", w):
                # whole-word match for Latin keywords, so "gate" does not match "aggregate"
                hit = re.search(rf"(?<![a-z0-9]){re.escape(w)}", text) is not None
            else:
                hit = w in text
            if hit:
                break
        result.append(hit)
    return result
