"""Grade answers: closed kinds right or wrong at once, open answers against key points."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

from rnnquiz.bank.model import Question

LETTERS = "ABCDEFGHI"


class AnswerFormatError(ValueError):
    """The learner's input cannot be read as an answer to this kind; the message says the format.

    `key` and `values` name the message in the catalogue, so a front end can show it in any language.
    """

    def __init__(self, key: str, **values: object):
        from rnnquiz.i18n import tr

        self.key, self.values = key, values
        super().__init__(tr(key, "en", **values))

    def message(self, lang: str) -> str:
        from rnnquiz.i18n import tr

        return tr(self.key, lang, **self.values)


@dataclass(frozen=True)
class Layout:
    """How a closed question is presented: the shuffled order of its items or right-hand column."""

    order: tuple[int, ...] = ()


@dataclass(frozen=True)
class Verdict:
    correct: bool
    expected: str  # the right answer, written the way the learner would type it
    score: float  # 0..1


def _layout_size(q: Question) -> int:
    return {"order": len(q.data.get("items", ())), "match": len(q.data.get("pairs", ())),
            "choice": len(q.data.get("options", ()))}.get(q.kind, 0)


def layout_for(q: Question, seed: int | None) -> Layout:
    """Shuffle the options, items or right-hand column of a closed question.

    The same seed gives the same layout; without a seed every presentation is shuffled afresh.
    Order and match questions are never shown in their solved order; a choice question may keep
    its bank order by chance, like any other permutation.
    """
    n = _layout_size(q)
    if n < 2:
        return Layout()
    rng = random.Random(f"{seed}:{q.id}") if seed is not None else random.Random()
    order = list(range(n))
    rng.shuffle(order)
    while q.kind != "choice" and order == sorted(order):
        rng.shuffle(order)
    return Layout(tuple(order))


def bank_layout(q: Question) -> Layout:
    """The layout that shows a question in its bank order (letters as `bank export` lists them)."""
    n = _layout_size(q)
    return Layout(tuple(range(n))) if n >= 2 else Layout()


def expected_letters(q: Question, layout: Layout) -> str | None:
    """What to type for a closed question laid out this way ("B", "A, C", "C A B"); None for other kinds."""
    d = q.data
    if q.kind == "choice":
        order = layout.order or tuple(range(len(d["options"])))
        return ", ".join(LETTERS[k] for k in sorted(order.index(i) for i in d["correct"]))
    if q.kind in ("order", "match"):
        n = len(d["items"] if q.kind == "order" else d["pairs"])
        order = layout.order or tuple(range(n))
        return " ".join(LETTERS[order.index(i)] for i in range(n))
    if q.kind == "truefalse":
        return "t" if d["correct"] else "f"
    return None


def _letters(raw: str, n: int) -> list[int]:
    tokens = re.findall(r"[A-Za-z]", raw)
    if not tokens or re.search(r"[^A-Za-z,;\s]", raw):
        raise AnswerFormatError("format.letters", last=LETTERS[n - 1])
    picks = [ord(t.upper()) - ord("A") for t in tokens]
    if any(p >= n for p in picks):
        raise AnswerFormatError("format.letter-range", last=LETTERS[n - 1])
    return picks


_TRUE = {"t", "true", "y", "yes", "1", "对", "是", "正确", "真"}
_FALSE = {"f", "false", "n", "no", "0", "错", "否", "错误", "假"}


_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?")


def parse_number(raw: str) -> float:
    """Read a number: 1056, 1,056, 1 056, 1_056, 2.5e-3, 1.2k, 3M, a fraction like 1/1024, or 2^10.

    Raises:
        AnswerFormatError: the text is not a number in any of these forms.
    """
    text = raw.strip().lower().replace("\u2212", "-").replace("×", "x")
    text = re.sub(r"(?<=\d)[,_ \u00a0\u202f](?=\d{3}\b)", "", text)
    text = text.replace(" ", "")
    try:
        if "/" in text:
            num, _, den = text.partition("/")
            value = _plain_number(num) / _plain_number(den)
        elif "^" in text:
            base, _, exp = text.partition("^")
            value = _plain_number(base) ** _plain_number(exp)
        else:
            value = _plain_number(text)
    except (ValueError, ZeroDivisionError, OverflowError):
        raise AnswerFormatError("format.number") from None
    if not math.isfinite(value):
        raise AnswerFormatError("format.number")
    return value


def _plain_number(text: str) -> float:
    scale = {"k": 1e3, "m": 1e6, "b": 1e9, "g": 1e9}.get(text[-1:], 1.0) if text else 1.0
    if scale != 1.0:
        text = text[:-1]
    if not _NUMBER.fullmatch(text):
        raise ValueError(text)
    return float(text) * scale


def format_number(value: float) -> str:
    """Show a number exactly as a person writes it: 1,010,000, 0.00390625, 2.5e-12."""
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:.12g}"


def grade_closed(q: Question, raw: str, layout: Layout) -> Verdict:
    """Grade the learner's typed answer to a closed question.

    Raises:
        AnswerFormatError: the input does not have the shape this kind expects.
    """
    d = q.data
    if q.kind == "choice":
        order = layout.order or tuple(range(len(d["options"])))
        picks = {order[p] for p in _letters(raw, len(d["options"]))}
        want = set(d["correct"])
        return Verdict(picks == want, expected_letters(q, layout), float(picks == want))
    if q.kind == "truefalse":
        word = raw.strip().lower()
        if word not in _TRUE | _FALSE:
            raise AnswerFormatError("format.truefalse")
        ok = (word in _TRUE) == d["correct"]
        return Verdict(ok, "true" if d["correct"] else "false", float(ok))
    if q.kind == "order":
        n = len(d["items"])
        picks = _letters(raw, n)
        if sorted(picks) != list(range(n)):
            raise AnswerFormatError("format.order", n=n, example=" ".join(LETTERS[:n]))
        # shown letter k is item layout.order[k]; the learner's sequence must be the items in order
        ok = [layout.order[p] for p in picks] == list(range(n))
        return Verdict(ok, expected_letters(q, layout), float(ok))
    if q.kind == "match":
        n = len(d["pairs"])
        picks = _letters(raw, n)
        if len(picks) != n:
            raise AnswerFormatError("format.match", n=n, example=" ".join(LETTERS[:n]))
        right = sum(layout.order[p] == i for i, p in enumerate(picks))
        return Verdict(right == n, expected_letters(q, layout), right / n)
    if q.kind == "numeric":
        got = parse_number(raw)
        ok = abs(got - d["value"]) <= d.get("tolerance", 0.0) + 1e-9 * max(1.0, abs(d["value"]))
        shown = format_number(d["value"])
        if d.get("tolerance"):
            shown += f" (± {format_number(d['tolerance'])})"
        return Verdict(ok, shown, float(ok))
    if q.kind == "shape":
        from rnnquiz.bank.shapes import format_shape, parse_shape

        try:
            ok = parse_shape(raw) == [int(v) for v in d["value"]]
        except ValueError:
            raise AnswerFormatError("format.shape") from None
        return Verdict(ok, format_shape(d["value"]), float(ok))
    raise ValueError(f"{q.kind} questions are not graded automatically")
