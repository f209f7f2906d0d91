"""Where clauses end: conjunctions and punctuation, except inside a list or after a time frame.

A comma, "and" or 、 usually ends a clause, but not between the items of a list ("update, reset
and an output gate", 更新门、重置门和输出门) nor after a short frame ("训练时，…", "During
training, …"): a claim about the list, or about what happens at that time, stays in one clause.
Items are the raw tuples `(word, start, end, cjk, boundary kind)` that `text.read` collects.
"""

from __future__ import annotations

Raw = list[tuple[str, int, int, bool, str]]

CLAUSE_WORDS_EN = frozenset(
    "and but while whereas because since so which although though however whilst hence thus therefore".split()
)
CLAUSE_WORDS_ZH = frozenset("而 但 但是 因为 所以 而是 并且 而且 然而 因此 虽然 可是 不过 于是 从而 因而".split())
LIST_ITEM_MAX = 3  # words of a short piece between commas that is an item of a list, not a clause
LIST_AND_ZH = frozenset("和 与 及 以及 或 或者 跟".split())


def _is_break(raw: Raw, k: int) -> bool:
    """Whether raw item k ends a clause (punctuation or a conjunction such as "and", 但是)."""
    word, _, _, cjk, boundary = raw[k]
    if boundary:
        return True
    if cjk:
        return word in CLAUSE_WORDS_ZH
    return word in CLAUSE_WORDS_EN and not (word == "because" and k + 1 < len(raw) and raw[k + 1][0] == "of")


def _separator(raw: Raw, k: int, text: str) -> str:
    """'comma', 'enum' (、), 'and' or '' for the break at raw item k (or past the end)."""
    if k >= len(raw):
        return ""
    word, start, end, cjk, boundary = raw[k]
    if boundary == "clause" and text[start:end] in (",", "，"):
        return "comma"
    if boundary == "clause" and text[start:end] == "、":
        return "enum"
    return "and" if not cjk and word == "and" else ""


_FRAME_EN = frozenset("during in at when".split())
FRAME_MAX = 8  # words of a time frame or condition ("更新门 Γu 接近 1 时，…", "when the gate is near 0, …")
_FRAME_ZH = ("时", "时候", "期间", "阶段")


# A short condition before a comma belongs to the choice after it ("要是关心低频词，我会选 CBOW",
# "if it's an RNN, I would clip by norm"): the two are one claim.
ABSENCE_OPEN = frozenset("without 没有 没".split())  # "Without X, …", "没有 X，…"
_CONDITION_OPEN = frozenset("if unless 如果 要是 假如 若是 倘若 假设 若 如".split())
_WHATEVER_OPEN = frozenset("不管 无论 不论 regardless whatever".split())  # "不管序列多长，…": a claim for every case


def _is_frame(piece: Raw) -> bool:
    """Whether a short piece before a comma only sets the time or the condition of what follows
    ("训练时", "at inference", "如果关心低频词")."""
    words = [w for w, _, _, _, boundary in piece if not boundary]
    if not 1 <= len(words) <= FRAME_MAX or len(words) != len(piece):
        return False
    if (words[0] in _CONDITION_OPEN or words[0] in ABSENCE_OPEN or words[0] in _WHATEVER_OPEN
            or words[:2] == ["no", "matter"]) and len(words) >= 2:
        return True  # "如果关心低频词，…"; "Without residuals, …", "没有门控，…": what holds in its absence
    if piece[-1][3]:
        return words[-1].endswith(_FRAME_ZH)
    return words[0] in _FRAME_EN and len(words) >= 2


def _yue(piece: Raw) -> bool:
    """Whether a short Chinese piece holds one 越 (越低, 越大): one half of 越…越…, not a whole pair
    (温度越高越随机)."""
    return 0 < len(piece) <= FRAME_MAX and sum(cjk and word.count("越") for word, _, _, cjk, _ in piece) == 1


def list_separators(raw: Raw, text: str) -> set[int]:
    """Return the breaks that only separate the items of a list ("update, reset and an output gate").

    A list is "X, Y and Z" (any number of short middle items, an Oxford comma allowed) whose last
    item is short too, or "X and Y" of one or two words each ("forward and backward"). A claim
    about the list as a whole then stays in one clause.
    """
    breaks = [k for k in range(len(raw)) if _is_break(raw, k)]
    found: set[int] = set()
    run: list[int] = []  # the commas of the list being read
    for n, k in enumerate(breaks):
        prev = breaks[n - 1] if n else -1
        nxt = breaks[n + 1] if n + 1 < len(breaks) else len(raw)
        before, after = k - prev - 1, nxt - k - 1
        kind, next_kind = _separator(raw, k, text), _separator(raw, nxt, text)
        if kind == "enum":  # 更新门、重置门和输出门 (but not 调高更有创意、调低更稳: clauses)
            item = next((j for j in range(k + 1, nxt) if raw[j][0] in LIST_AND_ZH), nxt) - k - 1
            if item == 1:  # one word: 更稳 in 调低更稳 is a predicate, 重置门 an item
                found.add(k)
            continue
        if kind == "comma" and not run and _is_frame(raw[prev + 1 : k]):
            found.add(k)  # "训练时，…", "During training, …": the frame belongs to its clause
            continue
        if kind == "comma" and _yue(raw[prev + 1 : k]) and _yue(raw[k + 1 : nxt]):
            found.add(k)  # 困惑度越低，模型越好: the two halves of 越…越… are one claim
            continue
        if not run and kind == "comma" and before > LIST_ITEM_MAX + 1:
            continue  # a long clause before the comma is not the first item of a list
        if kind == "comma" and ((1 <= after <= LIST_ITEM_MAX and next_kind) or (run and after == 0 and next_kind == "and")):
            run.append(k)
            continue
        if kind == "and" and after <= LIST_ITEM_MAX + 1:
            if run and before <= LIST_ITEM_MAX:
                found.update(run + [k])
            elif not run and before <= 2 and after <= 2:
                found.add(k)
        run = []
    return found
