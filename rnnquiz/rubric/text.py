"""Read an answer as words: sentences and clauses, stemmed English, segmented Chinese, negation cues.

An answer becomes a list of `Token`s (each with its place in the original text) plus the token
indices where sentences and clauses end. English words are lower-cased and stemmed (Snowball);
Chinese runs are segmented into words by `rnnquiz.rubric.zh`, so a Chinese term only ever matches
whole words. Punctuation and conjunctions that end a clause are boundaries, not tokens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rnnquiz.rubric import notation
from rnnquiz.rubric.clauses import ABSENCE_OPEN, CLAUSE_WORDS_EN, CLAUSE_WORDS_ZH, list_separators

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RUN = re.compile(f"[{_CJK}]+")
RUNS = re.compile(rf"([{_CJK}]+)|([^{_CJK}]+)")
# A word (letters and digits, Greek included), or one symbol that notation uses (c^t, 1-z, W_hh, σ·c).
# Words keep their combining marks (c̃ is not c); symbols include the comparisons and norms of notation.
LATIN_TOKEN = re.compile(
    r"\d+\.\d+|(?:[^\W_][\u0300-\u036f]*)+?(?=n't\b)|n't\b|(?:[^\W_][\u0300-\u036f]*)+|[+\-*/=^_()\[\]<>|~·⊙∘×√∑∂∇→←≤≥≠≈‖∞'∶]"
)
SLICE_COLON = "∶"  # the ":" of a slice (output[-1, :, :H] is not output[-1, :, H:]), a token of its own
_SENTENCE_END = re.compile(r"[.!?;。！？；\n]")
_CLAUSE_END = re.compile(r"[,，、:：—（）]")  # full-width brackets hold asides in Chinese
# Abbreviations whose period does not end a sentence.
_ABBREV = ("e.g.", "i.e.", "etc.", "vs.", "cf.", "al.", "approx.", "resp.", "fig.", "eq.")

NEGATION_EN = frozenset("not no never without cannot neither nor lack lacks lacking none unlike instead rather fail fails failed".split())
NEGATION_ZH = frozenset(
    "不 没 没有 无 未 非 不是 并非 无法 不能 不会 不用 无需 不必 并不 从不 从未 不再 毫无 不需要 不要 别 并没有 不可能 不存在 缺少 缺乏 不可 勿 "
    "没法 没办法 不等价 不带 不能够 不需 无须 不应 不应该 不该 不会被 未能 不曾 没能 不足以 不到 不了 不出 不住 不够 "
    "未必 不一定 不见得 不像 不同于 代替 取代 替代 而非 互不 彼此不 相互不 互相不 从来不 从来没 从来没有 没什么 没啥".split()  # 用 A 代替 B: B is what is not used
)
# Chinese words that begin with a negating character but do not deny what follows.
NOT_NEGATION_ZH = frozenset(
    "不仅 不但 不只 不光 不同 不断 不少 不过 只不过 差不多 不得不 了不起 说不定 不久 不管 不论 不如 不停 不错 不然 不禁 不变 不可或缺 不足 不等 "
    "非常 非线性 非负 无论 无限 无穷 无关 无数 未来 未知 没错 不对称 不平衡 无损".split()
)
_NEGATING_PREFIXES = ("并不", "并没", "从不", "从没", "都不", "也不", "还不", "绝不", "决不", "根本不", "完全不", "互不", "彼此不", "相互不", "互相不", "从来不", "从来没")
# Words that start like a negation but are not one ("not only", "not just", "no matter").
_NOT_NEGATION_AFTER = {
    "not": {"only", "just", "merely", "simply"}, "no": {"matter", "doubt", "wonder", "question"},
    "without": {"doubt", "question"},
}
BE = _BE = frozenset("is are was were be been".split())
ZH_NEGATION_REACH = 4  # words after a Chinese negation that it still denies
# A negation stops at these: 也/就 start a predicate of their own, and 的 closes a modifier
# (没有 bias 的线性层 denies the bias, not the layer).
_ZH_NEW_PREDICATE = frozenset("也 就 才 却 还是 仍然 依然 照样 反而 的".split())
# Words that make their clause hypothetical: a wrong claim inside it is not being asserted
# ("with a matrix per step the parameter count would grow with T").
HYPOTHETICAL = frozenset("would 如果 要是 假如 否则 不然 若是 倘若".split())
# Words that report a belief the learner does not hold ("people sometimes assume X", "f is often
# misread as X", "有人会说 X", "别以为 X"): what follows them in their clause is not asserted.
BELIEF_HOLDERS_EN = frozenset("people some many someone somebody others beginners students folks newcomers".split())
BELIEF_VERBS_EN = frozenset(
    "say says said think thinks thought assume assumes assumed believe believes believed claim claims claimed call calls "
    "expect expects expected suppose supposes imagine imagines confuse confuses conflate conflates mistake mistakes "
    "misread misreads misremember misremembers misunderstand misunderstands describe describes read reads treat treats".split())
BELIEF_PASSIVES_EN = frozenset("said thought believed claimed assumed described called misread misunderstood mistaken "
                               "misremembered misdescribed".split())
BELIEF_NOUNS_EN = frozenset("misconception misconceptions myth myths misreading misunderstanding pitfall".split())
BELIEF_HOLDERS_ZH = frozenset("有人 人 很多 人们 大家 别人 有的人 不少 一些 有些 初学者 新手 就此 常有 容易".split())
BELIEF_VERBS_ZH = frozenset("说 认为 觉得 以为 理解 理解成 当成 看成 称 叫".split())
BELIEF_WORDS_ZH = frozenset("以为 误以为 误认为 误解 误区 要说 别以为 不要以为 误读".split())
# A speaker taking back what they just said ("15%, no wait, 25%", "reset gate — sorry, update gate",
# "15%……呃，不对，应该是 25%"): the words before the cue are withdrawn, not claimed. Each cue opens
# its clause, after any hesitation.
RETRACTIONS = (("sorry",), ("no", "wait"), ("wait", "no"), ("actually", "no"), ("scratch", "that"), ("i", "misspoke"),
               ("不", "对"), ("不对",), ("说错",), ("说错了",), ("口误",), ("哦", "不"), ("不是", "不是"))
HESITATIONS = frozenset("um uh er erm hmm oh ah well 嗯 呃 额 啊 哦 唔".split())
HESITATION_REACH = 3  # hesitations looked past around a cue ("um, uh, no wait")
# A condition makes its whole sentence hypothetical when a consequence follows it
# ("if every step had its own weights, the count would grow"; "如果 … 就 …").
CONDITION = frozenset("if unless 如果 要是 假如 若 若是 倘若 假设".split())
CONSEQUENCE = frozenset("would could might 就 会 将 则 那么".split())
# "I would …", "我会选 …", "应该选 …": the learner's own choice or advice, asserted even after a condition
# ("如果关心低频词，应该选 skip-gram").
CHOOSERS = frozenset("i we you 我 我们 你".split())
ADVICE = frozenset("应该 应当 最好 选 选择 推荐 建议".split())
# 不会 and "pass" say "I don't know" only on their own ("我不会。", "这题不会", "Pass."): in a claim
# they are a negation and a verb ("梯度不会消失", "the gradient can pass through the cell").
_IDK_END = r"(?:了|啊|呢|哦|耶)?\s*(?:[。.!！,，…]|$)"
IDK_PATTERNS = re.compile(
    r"\b(i\s+(do\s+not|don'?t)\s+know|no\s+idea|not\s+sure|i\s+forgot|i\s+have\s+no\s+clue)\b|^\s*pass\b\W*$"
    r"|(?<!并)(?:不知道|不清楚|不太清楚|不记得|不懂|不了解)|忘了|没学过"  # 并不记得 says it of something else
    rf"|(?:^|[我这个题道真也完全实在。.!！,，\s])不会(?:做|答|写|回答)?{_IDK_END}",
)


@dataclass(frozen=True)
class Token:
    """One word or symbol of an answer; `norm` is what matching compares."""

    norm: str
    start: int  # character offsets into the normalised answer
    end: int
    cjk: bool = False
    word: str = ""  # the word as written (lower case), before stemming


@dataclass
class Reading:
    """An answer cut into tokens, with where each sentence and clause begins."""

    text: str  # the normalised answer the offsets refer to
    original: str = ""  # the answer as written
    source_index: list[int] = field(default_factory=list)  # normalised offset -> original offset
    tokens: list[Token] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)  # token index -> sentence number
    clause_of: list[int] = field(default_factory=list)  # token index -> clause number
    aside: list[bool] = field(default_factory=list)  # token index -> inside （…）, a clause of its own
    negation_at: list[bool] = field(default_factory=list)  # token index -> is a negation cue
    opener: dict[int, str] = field(default_factory=dict)  # clause number -> the word or mark that began it
    likened: dict[int, int] = field(default_factory=dict)  # an "instead" / "rather" / "unlike" cue -> the "like" after it
    cache: dict = field(default_factory=dict, repr=False, compare=False)  # what matching found, per concept

    def span_text(self, first: int, last: int) -> str:
        """Return the answer's words from token `first` to token `last`, widened to whole clauses."""
        clause_a, clause_b = self.clause_of[first], self.clause_of[last]
        a = next(i for i in range(len(self.tokens)) if self.clause_of[i] == clause_a)
        b = max(i for i in range(len(self.tokens)) if self.clause_of[i] == clause_b)
        start, end = self.tokens[a].start, self.tokens[b].end
        if self.source_index:
            begin, stop = self.source_index[start], self.source_index[end - 1] + 1
            while stop < len(self.original) and self.original[stop] in "})>":  # brackets of an index: a^{t-1}
                quoted = self.original[begin:stop]
                closer = self.original[stop]
                if quoted.count("{(<"["})>".index(closer)]) <= quoted.count(closer):
                    break
                stop += 1
            return self.original[begin:stop].strip()
        return self.text[start:end].strip()


_CHAR_MAP = {  # NFKC would make （） ASCII, and ˜ a space and a combining tilde
    "\u2212": "-", "\u2013": "-", "\u2019": "'", "\u22c5": "·", "\u2219": "·", "\u2217": "*", "\u02dc": "~", "\u25e6": "∘",
    "（": "（", "）": "）",
}


# "ELMo (a bidirectional LSTM)": a bracket in prose, not notation (f(x), a^(t-1), (1-z_t), (-1, 1)).
# So is one that opens with three words, whatever notation it goes on with ("(the slide drops the
# tanh and writes Γo * c^t)"), and a whole sentence in brackets ("(It has no cell state.)").
_PROSE_BRACKET = re.compile(r"(?<=\s)\(([^\W\d_][^()=^_+*/·|\[\]]*[^\W_][.!?]?|[^\W\d_]{2,}|(?:[^\W\d_][\w']* ){3}[^()]*[^()\s])\)")


def _prose_brackets(text: str) -> str:
    """Write a bracketed aside in prose with full-width brackets, which mark asides (same length)."""
    return _PROSE_BRACKET.sub(lambda m: "（" + m.group(1) + "）", text)


# Text of ASCII and CJK ideographs only (most rubric phrasings) is its own NFKC form, and none of
# its characters is mapped: lower-casing it is all that character-by-character normalising does.
_PLAIN = re.compile(r"[\x00-\x7f\u4e00-\u9fff]*\Z")


def normalise(text: str) -> str:
    """NFKC, lower case, one kind of minus and apostrophe, one way of writing formulas (`notation`)."""
    if _PLAIN.match(text):
        low = text.lower()
        return notation.rewrite(low, list(range(len(low))))[0] if any(c in low for c in notation.TRIGGERS) else low
    return normalise_mapped(text)[0]


def normalise_mapped(text: str) -> tuple[str, list[int]]:
    """Normalise character by character; also return, for each output character, its source index."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        piece = _CHAR_MAP.get(ch) or unicodedata.normalize("NFKC", ch).lower()
        piece = "".join(_CHAR_MAP.get(c, c) for c in piece)
        out.append(piece)
        where.extend([i] * len(piece))
    return notation.rewrite("".join(out), where)


@lru_cache(maxsize=1)
def _stemmer():  # noqa: ANN202
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# Irregular forms Snowball leaves alone ("the output is fed back", "kept", "blown up", "frozen").
# Forms that are also other words are left out: left, hidden, meant, found, bound, lay, lie.
_IRREGULAR = {
    form: base
    for base, forms in {
        "feed": "fed", "keep": "kept", "lead": "led", "grow": "grew grown", "choose": "chose chosen",
        "draw": "drew drawn", "throw": "threw thrown", "shrink": "shrank shrunk", "take": "took taken",
        "give": "gave given", "write": "wrote written", "run": "ran", "begin": "began begun", "send": "sent",
        "spend": "spent", "hold": "held", "build": "built", "fall": "fell fallen", "know": "knew known",
        "see": "saw seen", "make": "made", "get": "got gotten", "bring": "brought", "catch": "caught",
        "teach": "taught", "think": "thought", "tell": "told", "say": "said", "understand": "understood",
        "forget": "forgot forgotten", "break": "broke broken", "do": "did done", "go": "went gone",
        "come": "came", "become": "became", "overcome": "overcame", "lose": "lost", "pay": "paid",
        "seek": "sought", "buy": "bought", "mistake": "mistook mistaken", "overwrite": "overwrote overwritten",
        "rewrite": "rewrote rewritten", "arise": "arose arisen", "drive": "drove driven", "rise": "rose risen",
        "speak": "spoke spoken", "freeze": "froze frozen", "blow": "blew blown", "fly": "flew flown",
        "shake": "shook shaken", "bend": "bent", "spin": "spun", "stick": "stuck", "deal": "dealt",
        "sweep": "swept", "win": "won", "eat": "ate eaten", "hide": "hid", "forbid": "forbade forbidden",
        "undergo": "underwent undergone", "withhold": "withheld", "feel": "felt", "sleep": "slept",
        "weep": "wept", "lend": "lent", "sell": "sold", "stand": "stood", "strike": "struck",
        "wake": "woke woken", "wear": "wore worn", "tear": "tore torn", "swim": "swam swum",
    }.items()
    for form in forms.split()
}
# British spellings read as American ones: normalise / normalize, behaviour / behavior, centre / center.
_ISE = re.compile(r"^([a-z]{4,})is(e|es|ed|ing|ation|ations|er|ers)$")
_ISE_WORDS = frozenset(
    "otherwise likewise clockwise exercise promise premise compromise surprise enterprise expertise advise devise "
    "revise supervise comprise improvise precise concise paradise franchise merchandise chastise despise disguise "
    "treatise televise circumcise tortoise porpoise turquoise mortise anise valise reprise surmise".split()
)
_YSE = re.compile(r"^([a-z]{3,})ys(e|es|ed|ing|er|ers)$")  # analyse, paralyse, catalyse
_OUR = re.compile(r"^(behavi|col|fav|flav|hon|hum|lab|neighb|rum|harb|endeav|vap|arm|sav)our")
_BRITISH = {"centre": "center", "centres": "centers", "metre": "meter", "metres": "meters", "fibre": "fiber",
            "judgement": "judgment", "judgements": "judgments", "grey": "gray", "towards": "toward",
            "artefact": "artifact", "artefacts": "artifacts", "catalogue": "catalog", "analogue": "analog",
            "dialogue": "dialog", "programme": "program", "programmes": "programs"}


def _american(word: str) -> str:
    if word in _BRITISH:
        return _BRITISH[word]
    m = _ISE.match(word)
    if m and not word.endswith("wise") and not any(word.startswith(w[:-1]) for w in _ISE_WORDS):
        return f"{m.group(1)}iz{m.group(2)}"
    m = _YSE.match(word)
    if m:
        return f"{m.group(1)}yz{m.group(2)}"
    return _OUR.sub(lambda m: m.group(1) + "or", word)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return the Snowball stem of an English word (other words are returned unchanged), reading
    irregular forms as their base (fed → feed, blown → blow) and British spellings as American ones."""
    if word.isascii() and word.isalpha() and len(word) > 2:
        if word.endswith("s") and (word in _ACRONYM_PLURALS or not any(c in "aeiou" for c in word[:-1])):
            return word[:-1]  # RNNs, LSTMs, CNNs, GRUs: Snowball keeps the s of a word without a vowel
        word = _IRREGULAR.get(word) or _american(word)
        return _stemmer().stemWord(word)
    return word


_ACRONYM_PLURALS = frozenset("grus gpus cpus tpus".split())


def _dash_kind(chunk: str, at: int, open_dash: bool) -> tuple[str, bool]:
    """A pair of dashes in one sentence holds an aside ("three gates — input, forget and output —
    and two states"); a single dash starts a new clause."""
    if open_dash:
        return "aside-end", False
    end = _SENTENCE_END.search(chunk, at)
    if "—" in chunk[at + 1 : end.start() if end else len(chunk)]:
        return "aside", True
    return "clause", False


def _paired_dash(text: str, at: int) -> bool:
    """Whether a Chinese dash —— ending at `at` has another before or after it in its sentence."""
    end = _SENTENCE_END.search(text, at)
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at - 2)), default=0)
    return "——" in text[at : end.start() if end else len(text)] or "——" in text[start : at - 2]


def _latin_tokens(chunk: str, offset: int, out: list[tuple[str, int, int, bool, str]], text: str = "") -> None:
    pos = 0
    dashes = False  # inside a pair of dashes
    while pos < len(chunk):
        end_match = _SENTENCE_END.search(chunk, pos)
        clause_match = _CLAUSE_END.search(chunk, pos)
        nxt = min((m for m in (end_match, clause_match) if m), key=lambda m: m.start(), default=None)
        stop = nxt.start() if nxt else len(chunk)
        for m in LATIN_TOKEN.finditer(chunk, pos, stop):
            word = m.group()
            if word == "'":
                continue
            a, b = offset + m.start(), offset + m.end()
            if word == "cannot":
                out.append(("can", a, b, False, ""))
                word = "not"
            elif word == "n't":
                word = "not"
            out.append((word, a, b, False, ""))
        if nxt is None:
            break
        kind = {"（": "aside", "）": "aside-end"}.get(nxt.group(), "clause") if nxt is clause_match else "sentence"
        if nxt.group() == "—" and chunk[nxt.end() : nxt.end() + 1] == "—" and not _paired_dash(text, offset + nxt.end() + 1):
            # the Chinese dash ——, alone in its sentence, starts a clause (…并行算——RNN 每一步 …)
            out.append(("", offset + nxt.start(), offset + nxt.end() + 1, False, "clause"))
            pos = nxt.end() + 1
            continue
        if nxt.group() == "—":
            kind, dashes = _dash_kind(chunk, nxt.start(), dashes)
        if kind == "sentence" and nxt.group() == "." and _is_inner_period(chunk, nxt.start()):
            pos = nxt.end()
            digits = _DIGITS.match(chunk, pos)
            if digits and out and out[-1][2] == offset + nxt.start() and out[-1][0].isdigit():
                # 0.5 is one number: "= 0" is not said by "= 0.5"
                out[-1] = (out[-1][0] + "." + digits.group(), out[-1][1], offset + digits.end(), False, "")
                pos = digits.end()
            continue
        if nxt.group() == ":" and _tight_colon(chunk, nxt.start()):
            out.append((SLICE_COLON, offset + nxt.start(), offset + nxt.end(), False, ""))
            pos = nxt.end()  # W[0:H], rows 0:H, 2H:3H: notation, not a clause's end
            continue
        if nxt.group() in ",:" and _in_interval(chunk, nxt.start()):
            pos = nxt.end()  # "(0, 1)", "[-5, 5]", "(−∞, 0]", "[-1, :, :H]": one interval or slice, not clauses
            if nxt.group() == ":" and _in_square_brackets(chunk, nxt.start()):
                out.append((SLICE_COLON, offset + nxt.start(), offset + nxt.end(), False, ""))
            continue
        out.append(("", offset + nxt.start(), offset + nxt.end(), False, kind))
        pos = nxt.end()


_DIGITS = re.compile(r"\d+")
_INTERVAL = re.compile(r"[(\[]\s*[-+]?[\w.∞]{1,8}\s*,\s*[-+]?[\w.∞]{1,8}\s*[)\]]")


_TUPLE_ITEM = re.compile(r"[-+]?[\w.∞^_{}()+\-*/·'~: ]{1,24}")
_FORMULA_MARK = re.compile(r"[_^+\-*/·:\d]")  # ":" of a slice: output[-1, :, :H]
_TUPLE_REACH = 60  # characters from a bracket to its closing one in a shape or a concatenation


def _unmatched(chunk: str, positions: range, wanted: str, nested: str) -> int:
    """The first position holding a bracket of `wanted` that no bracket of `nested` before it pairs
    with (walking outwards from a comma to the brackets around it), or -1."""
    depth = 0
    for i in positions:
        if chunk[i] in nested:
            depth += 1
        elif chunk[i] in wanted:
            if depth == 0:
                return i
            depth -= 1
    return -1


def _in_interval(chunk: str, at: int) -> bool:
    """Whether the comma at `at` separates the ends of an interval or the items of a shape or a
    concatenation or a slice: (0, 1), [a, b], (-1, +∞), (n_a, n_a + n_x), [a^(t-1), x^t], (h, c), [-1, :, :H]."""
    start = max(chunk.rfind("(", 0, at), chunk.rfind("[", 0, at))
    m = _INTERVAL.match(chunk, start) if start >= 0 and at - start <= 12 else None
    if m is not None and m.start() < at < m.end():
        return True
    open_at = _unmatched(chunk, range(at - 1, max(-1, at - _TUPLE_REACH), -1), "([", ")]")  # past a^(t-1)
    if open_at < 0:
        return False
    close_at = _unmatched(chunk, range(open_at + 1, min(len(chunk), open_at + _TUPLE_REACH)), ")]", "([")
    if close_at < 0:
        return False
    items = [item.strip() for item in chunk[open_at + 1 : close_at].split(",")]
    return (all(_TUPLE_ITEM.fullmatch(item) and len(item.split()) <= 3 for item in items)
            and all(_FORMULA_MARK.search(item) or len(item) == 1 for item in items))


def _in_square_brackets(chunk: str, at: int) -> bool:
    """Whether position `at` lies inside [ … ] (a slice), not ( … )."""
    open_at = _unmatched(chunk, range(at - 1, max(-1, at - _TUPLE_REACH), -1), "([", ")]")
    return open_at >= 0 and chunk[open_at] == "["


def _tight_colon(text: str, at: int) -> bool:
    """Whether the colon at `at` stands between two letters or digits, as in 0:H or 2H:3H."""
    return 0 < at < len(text) - 1 and text[at - 1].isalnum() and text[at + 1].isalnum()


def slice_colons(text: str) -> str:
    """Write the colons of slices in a rubric phrasing ("output[-1, :, :h]", "0:h") as the token
    answers read them as; a colon of prose ("three gates: reset, update") stays punctuation."""
    out, depth = [], 0
    for k, ch in enumerate(text):
        depth += ch == "["
        depth -= ch == "]" and depth > 0
        out.append(SLICE_COLON if ch == ":" and (depth or _tight_colon(text, k)) else ch)
    return "".join(out)


def _is_inner_period(chunk: str, at: int) -> bool:
    """A period inside a number (0.5), a version (2.13) or an abbreviation (e.g.) is not a full stop."""
    before, after = chunk[:at + 1], chunk[at + 1 : at + 2]
    if after and not after.isspace():
        return True
    return any(before.endswith(a) and not before[: -len(a)][-1:].isalpha() for a in _ABBREV)  # "et al." but not "bidirectional."


def read(answer: str, segment=None) -> Reading:  # noqa: ANN001
    """Cut an answer into tokens, sentences and clauses.

    Args:
        answer: the learner's text, in any mix of English and Chinese.
        segment: a function cutting a Chinese run into words (defaults to the shared jieba segmenter,
            which is loaded only when the answer contains Chinese).
    """
    text, where = normalise_mapped(answer)
    text = _prose_brackets(text)
    raw: list[tuple[str, int, int, bool, str]] = []  # (word, start, end, cjk, boundary kind)
    for m in RUNS.finditer(text):
        if m.group(1):
            if segment is None:
                from rnnquiz.rubric.zh import segment as segment
            pos = m.start()
            for word in segment(m.group(1)):
                raw.append((word, pos, pos + len(word), True, ""))
                pos += len(word)
        else:
            _latin_tokens(m.group(2), m.start(), raw, text)
    return _assemble(Reading(text, answer, where), raw)


def _assemble(reading: Reading, raw: list[tuple[str, int, int, bool, str]]) -> Reading:
    sentence = clause = last_clause = 0
    in_list = list_separators(raw, reading.text)
    outer: list[int] = []  # the clauses an aside （…） interrupted: they go on after it
    previous_was_token = False
    opened = ""  # the last boundary or clause word read: what begins the next clause

    def new_clause() -> int:
        nonlocal last_clause
        last_clause += 1
        return last_clause

    for k, (word, start, end, cjk, boundary) in enumerate(raw):
        if not cjk and word == "because" and k + 1 < len(raw) and raw[k + 1][0] == "of":
            continue  # "because of X" is a preposition: X belongs to the clause it explains
        if boundary or (not cjk and word in CLAUSE_WORDS_EN) or (cjk and word in CLAUSE_WORDS_ZH):
            opened = reading.text[start:end] if boundary else word
        if boundary == "aside":
            outer.append(clause)
            clause = new_clause()
            previous_was_token = False
            continue
        if boundary == "aside-end":
            clause = outer.pop() if outer else new_clause()
            continue
        if k in in_list:
            continue  # the items of a list are one clause
        if boundary:
            if previous_was_token:
                clause = new_clause()
                if boundary == "sentence":
                    sentence += 1
                    outer.clear()
            previous_was_token = False
            continue
        norm = word if cjk else stem(word)
        if word in _DENIED_CAUSE and reading.tokens and previous_was_token and reading.tokens[-1].word in _DENYING:
            continue  # "not because X", 不是因为 X: the cause is what is denied
        if (not cjk and word in CLAUSE_WORDS_EN) or (cjk and word in CLAUSE_WORDS_ZH):
            if previous_was_token:
                clause = new_clause()
            previous_was_token = False
            continue
        if cjk and word == "而不是":  # "A 而不是 B": a new clause whose content is negated
            clause = new_clause()
            word = norm = "不是"
            opened = "而不是"
        if clause not in reading.opener and reading.clause_of and reading.clause_of[-1] != clause:
            reading.opener[clause] = opened
        reading.tokens.append(Token(norm, start, end, cjk, word))
        reading.sentence_of.append(sentence)
        reading.clause_of.append(clause)
        reading.aside.append(bool(outer))
        reading.negation_at.append(False)
        previous_was_token = True
    _mark_negations(reading)
    _join_corrections(reading)
    return reading


def retraction_at(r: Reading, start: int) -> int:
    """The length of a retraction cue opening the clause that begins at token `start`, after any
    hesitation ("um, no wait", "呃，不对"), counted from `start`; 0 when there is none. A Chinese
    不对 retracts only when it is all its clause says ("不对，应该是 25%"), not in "这样是不对的"."""
    toks, sentence = r.tokens, r.sentence_of[start]
    i = start
    while i < min(start + HESITATION_REACH, len(toks)) and r.sentence_of[i] == sentence and (toks[i].word or toks[i].norm) in HESITATIONS:
        i += 1  # "呃，" may be a clause of its own
    if i >= len(toks) or r.sentence_of[i] != sentence:
        return 0
    clause = r.clause_of[i]
    words = [toks[k].word or toks[k].norm for k in range(i, min(i + 2, len(toks))) if r.clause_of[k] == clause]
    for cue in RETRACTIONS:
        if tuple(words[:len(cue)]) == cue:
            end = i + len(cue)
            if toks[i].cjk and cue[0] in ("不", "不对"):
                while end < len(toks) and r.clause_of[end] == clause and (toks[end].word or toks[end].norm) in ("不", "对", "不对"):
                    end += 1  # 不对不对
                if end < len(toks) and r.clause_of[end] == clause:
                    continue
            return end - start
    return 0


def _join_corrections(r: Reading) -> None:
    """Join a correction to the sentence it corrects ("遮住的比例是 15%……不对，应该是 25%"): what the
    correction says belongs to the subject of what it takes back."""
    joined = 0
    for k in range(1, len(r.tokens)):
        starts = r.sentence_of[k] != r.sentence_of[k - 1] + joined  # compared before k-1 was renumbered
        if starts and retraction_at(r, k):
            joined += 1
        r.sentence_of[k] -= joined


_MODALS_EN = frozenset("can ca could should must".split())  # "ca" of "can't"


def _modal_simply(modal: Token | None, word: str) -> bool:
    """Whether a "not" between `modal` and `word` is "cannot simply" ("can't just copy the weights"),
    a denial of what follows, rather than "not only"."""
    return word in ("just", "simply") and modal is not None and not modal.cjk and modal.word in _MODALS_EN
_DENIED_CAUSE = frozenset("because 因为".split())
_DENYING = frozenset("not 不是 并不是 并非 也不是 并不 不".split())


def _mark_negations(r: Reading) -> None:
    toks = r.tokens
    for i, tok in enumerate(toks):
        nxt = toks[i + 1].word if i + 1 < len(toks) and r.clause_of[i + 1] == r.clause_of[i] else ""
        if tok.cjk:
            instead = tok.norm == "不是" and r.opener.get(r.clause_of[i]) == "而" and (not i or r.clause_of[i - 1] != r.clause_of[i])
            r.negation_at[i] = (_negates_zh(tok.norm) and not (tok.norm in _NOT_ONLY_ZH and nxt.startswith(_ONLY_ZH) and not instead)
                                and not (tok.norm == "不是" and _either_or(r, i)))  # 而不是只取最优路径 denies it
        elif tok.word in NEGATION_EN:
            if nxt in _NOT_NEGATION_AFTER.get(tok.word, ()) and not _modal_simply(toks[i - 1] if i else None, nxt):
                continue  # "not just X" says X and more; "can't simply train X" denies training X
            if tok.word in ("instead", "rather") and nxt not in ("of", "than"):
                continue
            if tok.word in ("instead", "rather", "unlike"):
                like = _likens_later(r, i)
                if like >= 0:  # "instead of feeding back the output like Jordan does": Jordan does feed it back
                    r.likened[i] = like
            r.negation_at[i] = True


def _likens_later(r: Reading, i: int) -> int:
    """The "like" with which the clause of token i goes on to compare with someone who does it
    ("… like Jordan does"), or -1."""
    clause = r.clause_of[i]
    j = i + 1
    while j < len(r.tokens) and r.clause_of[j] == clause:
        if not r.tokens[j].cjk and r.tokens[j].word == "like":
            return j
        j += 1
    return -1


_ONLY_EN = frozenset("only just merely solely".split())
_ONLY_ZH = ("只", "仅")
_NOT_ONLY_ZH = frozenset("不 并不 不是 并非".split())


def _either_or(r: Reading, i: int) -> bool:
    """Whether 不是 at token i opens "不是 A 就是 B" (either A or B), which denies neither; not
    "不是 A，而是 B，也就是 C", where 也就是 ("that is") names B."""
    for j in range(i + 1, min(i + 12, len(r.tokens))):
        if r.sentence_of[j] != r.sentence_of[i] or r.opener.get(r.clause_of[j]) in ("而是", "而不是"):
            return False
        if r.tokens[j].norm == "就是" and not (j and r.tokens[j - 1].norm == "也"):
            return True
    return False


def denies_only(cue: Token, word: Token, before: Token | None = None) -> bool:
    """Whether `cue` is a "not" and `word`, right after it, an "only" (not only, 不只能, 不是只能);
    `before` is the token before `cue`, when there is one (a modal turns "not just" into "not simply")."""
    if word.cjk:
        return cue.cjk and cue.norm in _NOT_ONLY_ZH and word.norm.startswith(_ONLY_ZH)
    if _modal_simply(before, word.word):
        return False  # "can't just copy the weights": the "not" denies the copying
    return not cue.cjk and cue.word == "not" and word.word in _ONLY_EN


def _negates_zh(word: str) -> bool:
    """不 / 没有 / 无法 …, and the words jieba keeps whole: 学不到, 做不到, 并不能 (not 不完整: that describes)."""
    if word in NEGATION_ZH:
        return True
    if len(word) < 2 or word.startswith(tuple(NOT_NEGATION_ZH)):  # 不同的, 不断地, 非线性的 …
        return False
    if len(word) == 2 and word[0] == "不" and word[1] in "随跟受依被会能用要需必再太很是在对给让把与和同":
        return True  # 不随, 不受, 不被 …: jieba keeps them whole
    return word.startswith(_NEGATING_PREFIXES) or (len(word) == 3 and word[1] in "不没")


def negated(r: Reading, first: int, last: int) -> bool:
    """Whether the words from token `first` to `last` are negated in their clause.

    A cue before them in the same clause negates them ("does not apply tanh", "没有 tanh",
    "instead of the output"), but not across a comparison ("… without bound like a ReLU state");
    so does a passive "X is not applied" right after them (but not
    "X is not sequential", which says something about X rather than denying X).
    "Not only" denies nothing after it, except a phrase that itself says "only": "CNNs aren't
    only for images" and "CNN 不只能处理图像" deny "only for images", not the images.
    """
    clause = r.clause_of[first]
    before = r.tokens[first - 2] if first > 1 and r.clause_of[first - 2] == clause else None
    if first and r.clause_of[first - 1] == clause and denies_only(r.tokens[first - 1], r.tokens[first], before):
        return True
    if _free_of(r, last):
        return True  # "a bias-free linear layer", "tanh-less": the words are what it lacks
    cues: list[str] = []
    # "X instead of Y is more powerful": "instead of" denies Y, not what is said of X (nor the verb saying it)
    verb_between = not r.tokens[first].cjk and r.tokens[first].word in _VERBS
    i = -1 if _stops_negation(r, first) else first - 1  # "not until X" asserts X
    while i >= 0 and (r.clause_of[i] == clause or (r.aside[i] and not r.aside[first])):
        if r.clause_of[i] != clause:  # an aside inside this clause: look past it
            i -= 1
            continue
        tok = r.tokens[i]
        if not cues and _stops_negation(r, i):
            break  # "not available until the whole input has arrived": the input is not denied
        if not cues and not tok.cjk and (tok.word == "like" or (tok.word == "way" and i and r.tokens[i - 1].word == "the")):
            break  # "growing without bound like a ReLU state could" (or "the way a ReLU state does"): it does grow
        if not cues and not tok.cjk and tok.word == "than" and _comparison_denied(r, i):
            break  # "no more than ordinary backprop": the comparison is denied, not what it compares with
        # a cue reaches the rest of an English clause, but only the next few words in Chinese,
        # where 不 / 没有 bind to the predicate right after them (即使不完整也会胜出)
        if denied_likening(r, i):  # 不会像 X 那样 V: as 不像
            if not _zh_likened_between(r, i, first):
                break  # X, between 像 and 那样, is what does V
            cues.append(r.tokens[i - 1].norm)
            i -= 2
            continue
        if tok.cjk and tok.norm in ZH_UNLIKE:
            if r.negation_at[i] and _zh_likened_between(r, i, first):
                cues.append(tok.norm)  # Elman 不像 Jordan 那样把输出反馈回去: Elman does not feed it back
            i -= 1
            continue  # … but Jordan, between 不像 and 那样, does
        if r.negation_at[i] and (not tok.cjk or first - i <= _zh_reach(r, i, first)):
            opening = tok.word == "without" and (not i or r.clause_of[i - 1] != clause)  # "Without X you would …"
            if not (verb_between and tok.word in _OBJECT_DENIERS and not opening) and not _past_absence_frame(r, i, first):
                cues.append(tok.norm if tok.cjk else tok.word)
        verb_between = verb_between or (not tok.cjk and tok.word in _VERBS)
        if tok.cjk and (tok.norm in _ZH_NEW_PREDICATE or tok.norm[:1] in "就才") and not _not_meaning_before(r, i):
            break  # 即使不完整也会胜出, 没有 bias 的线性层, 并不需要等到说完才能输出 (but 并不意味着 … 就 … denies it all)
        if tok.cjk and tok.norm in _ZH_MODALS and i and not r.negation_at[i - 1]:
            break  # 没有遗忘门细胞状态会一直累加: the cell state does accumulate
        if not tok.cjk and tok.norm[:1].isdigit() and i and r.tokens[i - 1].norm in _ZH_COMPARE:
            break  # 导数不超过 1 连乘下去: the product is not denied
        if _resolves(tok):
            if not cues:
                break  # "does not completely solve long-range dependencies": they are not denied, the solving is
            if all(c in _PLAIN_NEGATIONS for c in cues):
                cues.append("solve")  # "solves the problem that RNNs cannot be parallelised": solving a lack says it is wanted
        if not cues and not tok.cjk and tok.word in ("and", "but", "or") and i + 1 < first and r.tokens[i + 1].word in _AUX:
            break  # "isn't pulled toward a target and can encode whatever it needs": a predicate of its own
        i -= 1
    if cues:
        # two plain negations cancel ("it is not true that tanh is not applied", "并非不用 tanh",
        # "never train without clipping"); "instead of", "unlike", "neither … nor" always deny
        return len(cues) % 2 == 1 or not all(c in _PLAIN_NEGATIONS or c == "solve" for c in cues)
    toks = r.tokens
    j = last + 1
    if j + 2 < len(toks) and r.clause_of[j + 2] == clause and toks[j].word in _BE and toks[j + 1].word == "not":
        return _PASSIVE.fullmatch(toks[j + 2].word) is not None and toks[j + 2].word not in _NOT_PASSIVE_DENIAL
    if j + 1 < len(toks) and r.clause_of[j + 1] == clause and toks[j].word in _BE and toks[j + 1].word in _UNDEFINED_EN:
        return True  # "adding them element-wise is undefined"
    return _said_not_to_exist(r, j, clause)


_UNDEFINED_EN = frozenset("undefined meaningless impossible".split())
_ZH_EXISTS = frozenset("定义 成立 意义 存在".split())  # 没定义, 不成立, 没有意义, 不存在: what comes before is denied
_ZH_DENIED_EXISTS = frozenset("没定义 未定义 无定义 不成立 无意义 没意义 不存在".split())
_ZH_FILLERS = frozenset("根本 压根 是 就 也 都 完全 其实 本身 并".split())


def _said_not_to_exist(r: Reading, j: int, clause: int) -> bool:
    """Whether the words just before token j are said to be undefined or not to exist, in Chinese:
    逐元素加根本没定义, 这种相加不成立, 相加是没有意义的 deny the addition."""
    toks = r.tokens
    while j < len(toks) and r.clause_of[j] == clause and toks[j].cjk and toks[j].norm in _ZH_FILLERS:
        j += 1
    if j >= len(toks) or r.clause_of[j] != clause or not toks[j].cjk:
        return False
    if toks[j].norm in _ZH_DENIED_EXISTS:
        return True
    return (toks[j].norm in ("没", "没有", "不", "无", "未") and j + 1 < len(toks) and r.clause_of[j + 1] == clause
            and toks[j + 1].norm in _ZH_EXISTS)


_FREE_OF = frozenset("free less".split())


def _free_of(r: Reading, last: int) -> bool:
    """Whether token `last` is joined by a hyphen to a "free" / "less" after it (bias-free)."""
    if last + 1 >= len(r.tokens):
        return False
    word, nxt = r.tokens[last], r.tokens[last + 1]
    return not nxt.cjk and nxt.word in _FREE_OF and r.text[word.end : nxt.start] in ("-", notation.JOIN)


def compared_standard(r: Reading, first: int) -> int:
    """If the words from token `first` are what a comparison measures against, the object of "than"
    or of 比 ("skip-gram is better than CBOW", "Luong 比 Bahdanau 参数更少"), return the index of
    that "than" / 比; otherwise -1. The comparison says of them the opposite of what it says of its
    subject, so they are read as denied."""
    i = first - 1
    while i >= 0 and r.clause_of[i] == r.clause_of[first] and not r.tokens[i].cjk and r.tokens[i].word in _ARTICLES:
        i -= 1
    if i < 0 or r.clause_of[i] != r.clause_of[first]:
        return -1
    tok = r.tokens[i]
    if tok.cjk and tok.norm in _ZH_LIGHT_VERBS and i and r.clause_of[i - 1] == r.clause_of[first] and r.tokens[i - 1].norm in COMPARED_ZH:
        i -= 1  # 比做两次小的更快: what is done is what is compared with
        tok = r.tokens[i]
    if tok.cjk:
        denied = i and r.tokens[i - 1].cjk and r.tokens[i - 1].norm in ("不", "并不", "没")  # 不比 X 差
        return i if tok.norm in COMPARED_ZH and not denied else -1
    rather = i and r.tokens[i - 1].word in ("rather", "other")  # "rather than X" denies X
    bound = tok.word == "than" and r.tokens[first].norm[:1].isdigit()  # "more than 1000 steps" is a bound
    return i if tok.word == "than" and not rather and not bound and not _comparison_denied(r, i) else -1


_DENYING_COMPARISON = frozenset("not no nothing never none".split())


def _comparison_denied(r: Reading, i: int) -> bool:
    """Whether the comparison whose "than" is token i is itself denied: "nothing more exotic than
    backprop", "no more than a lookup", "not slower than" deny nothing of what they compare with."""
    j = i - 1
    while j >= 0 and r.clause_of[j] == r.clause_of[i] and i - j <= 4:
        if r.tokens[j].word in _DENYING_COMPARISON:
            return True
        j -= 1
    return False


_ARTICLES = frozenset("the a an".split())
COMPARED_ZH = frozenset("比 比起 比做 比用 比算 比跑".split())  # jieba keeps 比做 whole
_ZH_LIGHT_VERBS = frozenset("做 用 算 跑 去".split())

_NEGATION_STOPS = frozenset("until till before unless except".split())


def _stops_negation(r: Reading, i: int) -> bool:
    """Whether token i ("until", "before" …) shields what follows it from a negation before it;
    not after "wait" ("does not have to wait until the end" denies the wait until the end)."""
    tok = r.tokens[i]
    return not tok.cjk and tok.word in _NEGATION_STOPS and not (i and r.tokens[i - 1].norm == "wait")
_PLAIN_NEGATIONS = frozenset("not no never without none".split()) | (NEGATION_ZH - frozenset("代替 取代 替代 而非".split()))


def denied_likening(r: Reading, i: int) -> bool:
    """Whether token i is a 像 right after a negation (不会像 X 那样, 并不像 …), read as 不像."""
    tok = r.tokens[i]
    return tok.cjk and tok.norm == "像" and i > 0 and r.negation_at[i - 1]


# "不像 X 那样 P": P is denied of the subject and said of X (Transformer 不像 RNN 那样按顺序计算)
ZH_UNLIKE = frozenset("不像 不同于".split())
ZH_LIKENED = frozenset("那样 一样 这样 似的".split())


def _zh_likened_between(r: Reading, lo: int, hi: int) -> bool:
    """Whether a 那样 / 一样 closes the comparison between tokens lo and hi."""
    return any(t.cjk and t.norm in ZH_LIKENED for t in r.tokens[lo + 1 : hi])


def _zh_reach(r: Reading, i: int, first: int) -> int:
    """How many words after the Chinese cue at token i it denies: 非 makes a compound with the next
    word only (非循环连接 denies nothing the sentence goes on to say); 不 / 没有 bind to the predicate
    right after them; 并不, 不是, 不需要 … deny a whole predicate with its object ("并不需要每一步都乘上
    权重矩阵")."""
    cue = r.tokens[i].norm
    if cue == "非":
        return 1
    if cue in _ZH_NOUN_NEGATORS and _modal_after(r, first):
        return 1  # 没有遗忘门梯度会很快消失: 没有 denies the forget gate, and the gradient is the subject of 会
    emphatic = i > 0 and r.tokens[i - 1].cjk and r.tokens[i - 1].norm == "并"  # 并 / 没有
    if cue in ZH_SENTENTIAL or cue.startswith("并") or emphatic:
        return ZH_SENTENTIAL_REACH
    return ZH_NEGATION_REACH


def _modal_after(r: Reading, first: int) -> bool:
    """Whether a modal (会, 能 …) follows token `first` in its clause, starting a predicate of its own."""
    clause = r.clause_of[first]
    j = first + 1
    while j < len(r.tokens) and r.clause_of[j] == clause:
        word = r.tokens[j].norm
        if r.tokens[j].cjk and (word in _ZH_MODALS or word[:1] in "就才也") and not r.negation_at[j - 1]:
            return True
        j += 1
    return False


_ZH_NOUN_NEGATORS = frozenset("没有 没 无 缺少 缺乏 不带".split())
ZH_SENTENTIAL = frozenset("不是 并非 不需要 无需 无须 不必 不用 不需 用不着".split())
ZH_SENTENTIAL_REACH = 8
# After the object of a negation a modal starts a predicate of its own (没有 tanh 隐藏状态会无界), and
# a comparison with a number is complete (导数不超过 1 连乘下去就消失了).
_ZH_MODALS = frozenset("会 能 能够 可以 可能 将 便".split())
# Verbs whose object a negation does not deny: "not solve X", 没有彻底解决 X still say X is there.
_RESOLVE_EN = frozenset(
    "solve solves solved fix fixes fixed eliminate eliminates eliminated remove removes removed avoid avoids avoided "
    "prevent prevents prevented cure cures cured overcome overcomes resolve resolves resolved address addresses addressed "
    "stop stops stopped".split()
)
_RESOLVE_ZH = ("解决", "消除", "避免", "克服", "防止", "根治", "杜绝", "阻止")  # also 彻底解决, 完全消除 …
_RESOLVE_ZH_UNABLE = frozenset("解决不了 消除不了 避免不了".split())
def _past_absence_frame(r: Reading, i: int, first: int) -> bool:
    """Whether the cue at token i opens a "Without X," / "没有 X，" frame that ends before token
    `first`: the frame denies X only ("Without tanh, the cell state grows": the state is there)."""
    tok = r.tokens[i]
    if (tok.norm if tok.cjk else tok.word) not in ABSENCE_OPEN:
        return False
    if i and r.sentence_of[i - 1] == r.sentence_of[i]:
        return False
    return any(c in r.text[r.tokens[i].end : r.tokens[first].start] for c in ",，")


_MEANS_ZH = frozenset("意味着 意味 代表 说明".split())


def _not_meaning_before(r: Reading, i: int) -> bool:
    """Whether a "does not mean" (并不意味着, 不代表) opens the clause of token i before it: it denies
    all that follows, 就 … included ("这并不意味着 GRU 就不需要裁剪了": clipping is still needed)."""
    clause = r.clause_of[i]
    for j in range(i - 1, 0, -1):
        if r.clause_of[j] != clause:
            return False
        tok = r.tokens[j]
        if tok.cjk and (tok.norm in _MEANS_ZH and r.negation_at[j - 1] or tok.norm in ("不代表", "不意味着")):
            return True
    return False


# They deny their object, not the predicate after it: "Using ReLU instead of tanh solves …", "The
# encoder-decoder without attention struggled on long sentences" (a sentence-opening "Without X, …"
# is a frame of its own).
_OBJECT_DENIERS = frozenset("instead rather unlike without".split())
_AUX = frozenset("can could will would may might must should does do did is are was were has have".split())
# Verbs that say something of the subject before them: "Using ReLU instead of tanh solves the vanishing
# gradient" denies tanh, not the solving.
_PREDICATE_VERBS = frozenset("solves fixes helps makes keeps gives lets causes avoids prevents removes improves "
                             "works needs requires reduces increases allows means leads".split())
_VERBS = _AUX | _PREDICATE_VERBS | frozenset("becomes struggles struggled performs performed suffers suffered".split())
_ZH_COMPARE = frozenset("超过 大于 小于 高于 低于 等于 多于 少于 不到".split())


def _resolves(tok: Token) -> bool:
    if tok.cjk:
        return tok.norm.endswith(_RESOLVE_ZH) or tok.norm in _RESOLVE_ZH_UNABLE
    return tok.word in _RESOLVE_EN


_PASSIVE = re.compile(r"[a-z]+(ed|en)|used|done|put|set|kept|cut|fed|applied")
# Passives that say how X is handled, not whether it is there: "isn't pulled toward a target".
_NOT_PASSIVE_DENIAL = frozenset("pulled pushed driven forced tied trained supervised affected influenced constrained limited".split())


# A sentence that opens with a pronoun goes on about the subject of the one before ("The standard
# LSTM applies tanh to the cell. It squashes c into (−1, 1) …"; "…。它先用 tanh …"): its claims are
# also read together with that sentence. 其实 / 这么 are not pronouns; a leading "then", 另外 … is skipped.
PRONOUNS_EN = frozenset("it its they their them this these that those such".split())
PRONOUNS_ZH = frozenset("它 它们 它的 它们的 其 其中 该 此 此时 这 这个 这些 这样 这种 这时 这里 这就 这也 这是 这让 这使 这使得 这一".split())
_LEADING_ADVERBS = frozenset(
    "then also thereby here now finally moreover furthermore additionally similarly likewise "
    "然后 同时 另外 此外 而且 于是 也 还 就 则 再".split()
)
CONTINUATION_REACH = 3  # sentences a pronoun reaches back, counting its own


def is_pronoun(tok: Token) -> bool:
    """Whether a word stands for something named before it (it, this, 它, 这 …)."""
    return tok.norm in PRONOUNS_ZH if tok.cjk else tok.word in PRONOUNS_EN


def continues_previous(r: Reading, first: int) -> bool:
    """Whether the sentence whose first token is `first` opens with a pronoun (after an adverb such as
    "then", 另外) and so continues the sentence before it. A cleft or dummy "it" ("It is the reset
    gate that …", "It is easy to …") stands for nothing before it."""
    toks = r.tokens
    sentence = r.sentence_of[first]
    i = first
    if (toks[i].word or toks[i].norm) in _LEADING_ADVERBS and i + 1 < len(toks) and r.sentence_of[i + 1] == sentence:
        i += 1
    tok = toks[i]
    if not is_pronoun(tok):
        return False
    if tok.cjk:
        return True
    if tok.word == "it" and i + 1 < len(toks) and toks[i + 1].word in _BE_OR_S:
        clause = r.clause_of[i]
        rest = [t.word for t, c in zip(toks[i + 2 :], r.clause_of[i + 2 :]) if c == clause]
        if "that" in rest or "who" in rest or "to" in rest:
            return False
    return True


_BE_OR_S = frozenset("is was s seems turns".split())


HEDGES = re.compile(
    r"\b(not\s+sure|not\s+certain|no\s+idea|(do\s+not|don'?t|can'?t|cannot)\s+(know|remember|recall)|forgot|"
    r"have\s+to\s+(check|look)|need\s+to\s+(check|look)|that'?s\s+all|off\s+the\s+top\s+of\s+my\s+head)\b"
    r"|不确定|不清楚|记不清|记不太清|忘了|不记得|不太懂|不太会|没学过|就这些|只记得|得查一下|要查一下",
)


def is_hedge(sentence: str) -> bool:
    """Whether a sentence only hedges ("I'm not sure about the rest", "其他的记不清了")."""
    return HEDGES.search(normalise(sentence).replace("n't", " not")) is not None


def says_dont_know(answer: str) -> bool:
    """Whether a short answer is some form of "I don't know"."""
    text = normalise(answer).strip().replace("n't", " not")
    return len(text) < 60 and IDK_PATTERNS.search(text) is not None


def has_cjk(text: str) -> bool:
    """Whether the text contains Chinese characters (and so needs the segmenter)."""
    return re.search(f"[{_CJK}]", text) is not None
