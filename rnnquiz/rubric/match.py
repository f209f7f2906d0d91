"""Find a rubric's claims in an answer: concepts by their phrasings, within a sentence or clause.

A phrasing ("feed back", "c^t", "压缩 到") is compiled into chunks of atoms. The atoms of one chunk
must follow each other directly; between chunks up to `MAX_GAP` other words may stand, so "feed
back" matches "feeds the output back". English atoms compare stems (a trailing `*` makes the last
one a prefix); a Chinese atom matches a run of whole segmented words whose characters spell it,
or, with two characters or more, the start or end of a longer word, or its English name (the
glossary below). A sentence that opens with a pronoun is also read joined to the one before it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from rnnquiz.rubric import notation
from rnnquiz.rubric.clauses import ABSENCE_OPEN, CLAUSE_WORDS_EN
from rnnquiz.rubric.text import (
    ADVICE, BELIEF_HOLDERS_EN, BELIEF_HOLDERS_ZH, BELIEF_NOUNS_EN, BELIEF_PASSIVES_EN, BELIEF_VERBS_EN, BELIEF_VERBS_ZH,
    BELIEF_WORDS_ZH, CHOOSERS, CONDITION, CONSEQUENCE, CONTINUATION_REACH, HESITATION_REACH, HESITATIONS, HYPOTHETICAL,
    LATIN_TOKEN, NEGATION_ZH, NOT_NEGATION_ZH, RUNS, ZH_LIKENED, ZH_UNLIKE, Reading, Token, compared_standard,
    continues_previous, denied_likening, denies_only, is_pronoun, negated, normalise, retraction_at, slice_colons, stem, BE,
)

MAX_GAP = 2
# One determiner stands for another: "goes into the candidate" is said as "goes into that candidate".
DETERMINERS = frozenset("the a an this that these those".split())


class Atom(NamedTuple):  # a tuple: hashed in C, and atoms are hashed on every lookup of where they start
    kind: str  # "word", "prefix", "cjk", or "exact" (a phrasing that is one determiner: only that word)
    value: str


Chunk = tuple[Atom, ...]
Phrase = tuple[Chunk, ...]


@dataclass(frozen=True)
class Hit:
    """Where a concept was found: token span and whether the answer negates it there. `chars` is the
    span of text it covers, narrower than its tokens when it is part of a Chinese word (梯度 of 梯度消失)."""

    first: int
    last: int
    negated: bool
    chars: tuple[int, int] = (0, 0)
    compared: int = -1  # the "than" / 比 it follows, if it is what a comparison measures against


@lru_cache(maxsize=32768)
def compile_phrase(phrase: str) -> Phrase:
    """Compile one phrasing into chunks of atoms (empty if it has no words)."""
    chunks: list[Chunk] = []
    for part in slice_colons(normalise(phrase)).split():
        atoms: list[Atom] = []
        prefix = part.endswith("*") and len(part) > 1
        part = part.rstrip("*") if prefix else part
        for m in RUNS.finditer(part):
            if m.group(1):
                atoms.append(Atom("cjk", m.group(1)))
            else:
                for t in LATIN_TOKEN.finditer(m.group(2)):
                    word = t.group()
                    if word == "'" or word in CLAUSE_WORDS_EN:
                        continue  # clause words are boundaries in answers too ("forward and backward")
                    if word == "cannot":
                        atoms.append(Atom("word", "can"))
                    atoms.append(Atom("word", "not" if word in ("n't", "cannot") else stem(word)))
        if atoms and prefix and atoms[-1].kind == "word":
            atoms[-1] = Atom("prefix", _last_word(part))
        if atoms:
            chunks.append(tuple(atoms))
    if len(chunks) == 1 and len(chunks[0]) == 1 and chunks[0][0].kind == "word" and chunks[0][0].value in DETERMINERS:
        return ((Atom("exact", chunks[0][0].value),),)  # "these" on its own points back; it is no "the"
    return tuple(chunks)


def _last_word(part: str) -> str:
    words = [t.group() for t in LATIN_TOKEN.finditer(part)]
    return words[-1] if words else part


class _Match(NamedTuple):
    end: int  # token index after the match, -1 if none
    negated: bool = False  # negated inside a word (消失 as the end of 不消失, 解决 in 解决不了)
    head: int = 0  # characters of its first token before the match (消失 in 梯度消失: 2)
    tail: int = 0  # characters of its last token after the match (梯度 in 梯度消失: 2)


_NO_MATCH = _Match(-1)


def _match_atom(r: Reading, atom: Atom, i: int) -> _Match:
    """Match `atom` at token `i`."""
    toks = r.tokens
    if i >= len(toks):
        return _NO_MATCH
    tok = toks[i]
    if atom.kind == "word":
        same = tok.norm == atom.value or (tok.norm in DETERMINERS and atom.value in DETERMINERS)
        return _Match(i + 1) if not tok.cjk and same else _NO_MATCH
    if atom.kind == "exact":
        return _Match(i + 1) if not tok.cjk and tok.norm == atom.value else _NO_MATCH
    if atom.kind == "prefix":
        word = r.text[tok.start : tok.end]
        return _Match(i + 1) if not tok.cjk and word.startswith(atom.value) else _NO_MATCH
    if not tok.cjk:  # an English term in a Chinese sentence fills a Chinese word ("把 output 反馈")
        return _match_english_term(toks, atom.value, i) if _chinese_sentence(r, i) else _NO_MATCH
    return _match_cjk(toks, atom.value, i)


def _chinese_sentence(r: Reading, i: int) -> bool:
    """Whether token i stands in a sentence with Chinese words: only there does an English term
    stand for a Chinese one (in an English answer "cell state" is not the looser 细胞状态)."""
    found = r.cache.get("chinese-sentences")
    if found is None:
        found = r.cache["chinese-sentences"] = {r.sentence_of[k] for k, t in enumerate(r.tokens) if t.cjk}
    return r.sentence_of[i] in found


def _match_cjk(toks, value: str, i: int) -> _Match:  # noqa: ANN001
    """A Chinese atom matches consecutive whole words that spell it; one of two characters or more
    also matches the start of a longer word (梯度 in 梯度消失, or 隐藏状态 in 隐藏 + 状态向量) and
    the end of one (消失 in 梯度消失; in 不消失 it is negated, as 解决 is in 解决不了). A single
    character matches whole words only: 门 never matches inside 遗忘门."""
    spelled = ""
    j = i
    while j < len(toks) and toks[j].cjk and len(spelled) < len(value):
        word = toks[j].norm
        if len(spelled) + len(word) > len(value):
            rest = value[len(spelled) :]
            if len(rest) >= 2 and word.startswith(rest):  # the start of a longer word
                return _Match(j + 1, _denies_before(word[len(rest) :]), 0, len(word) - len(rest))
            break
        if not value.startswith(spelled + word):
            break
        spelled += word
        j += 1
    if spelled == value:
        return _Match(j)
    word = toks[i].norm
    if len(value) >= 2 and len(word) > len(value) and word.endswith(value):
        return _Match(i + 1, _denies_after(word[: -len(value)]), len(word) - len(value), 0)
    return _NO_MATCH


# Terms a Chinese answer often writes in English ("把 output 反馈回去", "forget gate 决定…"): a Chinese
# atom also matches its English name, so a Chinese phrasing of several words still applies.
GLOSSARY = {
    "输出": "output|outputs", "输入": "input|inputs", "隐藏状态": "hidden state|hidden states",
    "隐状态": "hidden state|hidden states", "隐藏层": "hidden layer|hidden layers", "细胞状态": "cell state",
    "单元状态": "cell state", "记忆单元": "memory cell", "记忆": "memory", "遗忘门": "forget gate",
    "输入门": "input gate", "输出门": "output gate", "更新门": "update gate", "重置门": "reset gate",
    "门": "gate|gates", "候选值": "candidate", "梯度": "gradient|gradients", "梯度消失": "vanishing gradient|vanishing gradients",
    "梯度爆炸": "exploding gradient|exploding gradients", "反向传播": "backpropagation|backprop", "权重": "weight|weights",
    "偏置": "bias|biases", "激活函数": "activation function", "注意力": "attention", "编码器": "encoder",
    "解码器": "decoder", "上下文向量": "context vector", "上下文": "context", "词向量": "word vector|word vectors",
    "词嵌入": "word embedding|word embeddings", "嵌入": "embedding|embeddings", "损失": "loss", "交叉熵": "cross entropy",
    "参数": "parameter|parameters", "双向": "bidirectional", "语言模型": "language model", "束搜索": "beam search",
    "教师强制": "teacher forcing", "暴露偏差": "exposure bias", "推理": "inference", "序列": "sequence|sequences",
    "时间步": "time step|time steps|timestep|timesteps", "层": "layer|layers", "矩阵": "matrix", "向量": "vector|vectors",
    "概率": "probability|probabilities", "词表": "vocabulary|vocab", "掩码": "mask", "残差": "residual",
}


@lru_cache(maxsize=1)
def _glossary() -> dict[str, tuple[tuple[str, ...], ...]]:
    return {zh: tuple(tuple(stem(w) for w in name.split()) for name in names.split("|")) for zh, names in GLOSSARY.items()}


def _match_english_term(toks, value: str, i: int) -> _Match:  # noqa: ANN001
    for words in _glossary().get(value, ()):
        end = i + len(words)
        if end <= len(toks) and all(not t.cjk and t.norm == w for t, w in zip(toks[i:end], words)):
            return _Match(end)
    return _NO_MATCH


def _denies_after(head: str) -> bool:
    """Whether the start of a Chinese word denies the ending that matched (不 / 没 / 无 / 未 / 非 …)."""
    return head in NEGATION_ZH or head[-1] in "不没无未非" or head.endswith(("不会", "不能", "没有", "无法", "不再"))


def _denies_before(rest: str) -> bool:
    """Whether the end of a Chinese word denies the start that matched (解决不了, 训不起; not 保持不变)."""
    return rest[0] in "不没" and not rest.startswith(tuple(NOT_NEGATION_ZH))


def _match_chunk(r: Reading, chunk: Chunk, i: int) -> _Match:
    negated_inside, head, tail = False, 0, 0
    for k, atom in enumerate(chunk):
        m = _match_atom(r, atom, i)
        if m.end < 0:
            return _NO_MATCH
        if k == 0:
            head = m.head
        i, tail = m.end, m.tail
        negated_inside = negated_inside or m.negated
    return _Match(i, negated_inside, head, tail)


PREPOSITIONS_EN = (
    "about above across after against along among around at before behind below beneath beside between beyond by "
    "despite down during except for from in inside into near of off on onto out outside over past through "
    "throughout to toward towards under until unlike up upon via with within without"
).split()


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    return frozenset(stem(w) for w in PREPOSITIONS_EN)


def _preposition_in(r: Reading, i: int) -> bool:
    """Whether token i of the answer is an English preposition (a new phrase the words after it belong to)."""
    tok = r.tokens[i]
    return not tok.cjk and tok.norm in _prepositions()


def find_phrase(r: Reading, phrase: Phrase, lo: int, hi: int) -> list[tuple[int, int, bool, tuple[int, int]]]:
    """Return (first, last, negated_inside, chars) where the phrase occurs within tokens [lo, hi).

    `negated_inside` is set when a negation word stands in a gap between the phrase's words
    ("the target is *not* reversed" read against "target is reversed"), or inside a word (不消失).
    After a preposition of the phrase, the words in a gap may not hold another preposition: the
    object of "on" in "tanh on the output gate" is not found past a "before".
    `chars` is the span of the answer's text it covers.
    """
    spans = []
    toks = r.tokens
    for start in _starts(r, phrase[0][0]):
        if not lo <= start < hi:
            continue
        m = _match_chunk(r, phrase[0], start)
        if m.end < 0 or m.end > hi:
            continue
        end, gap_negated, head, tail = m.end, m.negated, m.head, m.tail
        for before, chunk in zip(phrase, phrase[1:]):
            after_preposition = before[-1].kind == "word" and before[-1].value in _prepositions()
            # a phrasing's own denial reaches past an adverb only: "not need clipping" is in "does not
            # strictly need clipping", not in "does not remove the need for clipping"
            denial = before[-1].kind == "word" and before[-1].value in _PHRASE_DENIALS
            for gap in range(MAX_GAP + 1):
                if gap and denial and end + gap - 1 < hi and not _adverb(r.tokens[end + gap - 1]):
                    end = -1
                    break
                if gap and after_preposition and end + gap - 1 < hi and _preposition_in(r, end + gap - 1):
                    end = -1  # "tanh on c before the output gate" is not "tanh on the output gate"
                    break
                if gap and end + gap - 1 < hi and _gap_blocks(r, end + gap - 1):
                    end = -1  # "(n_y, n_a)" is not "(n_y, 2·n_a)"; "is confused" is not "is less confused"
                    break
                nxt = _match_chunk(r, chunk, end + gap) if end + gap < hi else _NO_MATCH
                if 0 <= nxt.end <= hi:
                    gap_negated = gap_negated or nxt.negated or any(r.negation_at[end:end + gap])
                    end, tail = nxt.end, nxt.tail
                    break
            else:
                end = -1
            if end < 0:
                break
        if end > 0 and not _index_goes_on(r, phrase, end):
            spans.append((start, end - 1, gap_negated, (toks[start].start + head, toks[end - 1].end - tail)))
    return spans


_PHRASE_DENIALS = frozenset("not no never without".split())
_ADVERBS = frozenset("even really always actually quite yet ever at all then just".split())


def _adverb(tok: Token) -> bool:
    return not tok.cjk and (tok.word.endswith("ly") or tok.word in _ADVERBS)


# Words a gap between a phrase's words may not hold: a number or operator of a formula, or a word
# that turns the claim round ("less confused", "fewer steps").
_GAP_BLOCKERS = frozenset("less fewer least ^ + - − = · × * / ( ) [ ]".split())


def _gap_blocks(r: Reading, i: int) -> bool:
    tok = r.tokens[i]
    return not tok.cjk and (tok.norm in _GAP_BLOCKERS or tok.word in _GAP_BLOCKERS or tok.norm[:1].isdigit())


def _index_goes_on(r: Reading, phrase: Phrase, end: int) -> bool:
    """Whether a phrase that ends in an index (x_t, a^t) stopped inside a longer one (x_(t+1), a^(t-1))."""
    atoms = phrase[-1]
    if len(atoms) < 2 or atoms[-2].value != "^" or end >= len(r.tokens):
        return False
    nxt = r.tokens[end]
    return not nxt.cjk and nxt.norm in ("+", "-", "−") and nxt.start == r.tokens[end - 1].end


def _starts(r: Reading, atom: Atom) -> list[int]:
    """The tokens where `atom` may begin to match (a superset), in order; computed once per answer."""
    key = ("starts", atom)
    found = r.cache.get(key)
    if found is not None:
        return found
    index = r.cache.get("index")
    if index is None:
        index = r.cache["index"] = {}
        for i, tok in enumerate(r.tokens):
            if tok.cjk:
                for ch in set(tok.norm):
                    index.setdefault(("cjk", ch), []).append(i)
            else:
                index.setdefault(("word", tok.norm), []).append(i)
    if atom.kind == "word" and atom.value in DETERMINERS:
        found = sorted(i for d in DETERMINERS for i in index.get(("word", d), []))
    elif atom.kind in ("word", "exact"):
        found = index.get(("word", atom.value), [])
    elif atom.kind == "prefix":
        found = [i for i, tok in enumerate(r.tokens) if not tok.cjk and r.text[tok.start : tok.end].startswith(atom.value)]
    else:
        english = [i for words in _glossary().get(atom.value, ()) for i in index.get(("word", words[0]), [])]
        found = sorted(set(index.get(("cjk", atom.value[0]), [])) | set(english))
    r.cache[key] = found
    return found


def _has_cjk(r: Reading) -> bool:
    if "cjk" not in r.cache:
        r.cache["cjk"] = any(t.cjk for t in r.tokens)
    return r.cache["cjk"]


@lru_cache(maxsize=32768)
def _split(phrase: Phrase) -> Phrase | None:
    """A Chinese compound of two words ("梯度消失", "长期依赖") also read as the two words with up to
    `MAX_GAP` words between, as a spaced phrasing is: 梯度容易消失, 梯度很快就会消失."""
    chunks: list[Chunk] = []
    changed = False
    for chunk in phrase:
        halves = _halves(chunk[0].value) if len(chunk) == 1 and chunk[0].kind == "cjk" else None
        if halves:
            chunks += [(Atom("cjk", halves[0]),), (Atom("cjk", halves[1]),)]
            changed = True
        else:
            chunks.append(chunk)
    return tuple(chunks) if changed else None


def _halves(word: str) -> tuple[str, str] | None:
    """Cut a Chinese word of four to six characters into two dictionary words of two or more."""
    if not 4 <= len(word) <= 6:
        return None
    from rnnquiz.rubric.zh import is_word

    for k in range(2, len(word) - 1):
        if is_word(word[:k]) and is_word(word[k:]):
            return word[:k], word[k:]
    return None


@lru_cache(maxsize=32768)
def _fused(phrase: Phrase) -> Phrase | None:
    """A Chinese phrasing of several words ("把 上一步 的 输出") also read as one run of characters,
    for when the answer's segmentation keeps the run whole (把 / 上一步的输出)."""
    atoms = [a for chunk in phrase for a in chunk]
    if len(atoms) < 2 or any(a.kind != "cjk" for a in atoms):
        return None
    return ((Atom("cjk", "".join(a.value for a in atoms)),),)


def concept_hits(r: Reading, concept: dict, lo: int, hi: int) -> list[Hit]:
    """Return every place in tokens [lo, hi) where one of the concept's phrasings occurs.

    The whole answer is searched once per concept (a phrase found within [lo, hi) is one found in
    the whole answer that lies inside it); sentences, clauses and joined units then only filter."""
    key = ("hits", id(concept))
    hits = r.cache.get(key)
    if hits is None:
        hits = r.cache[key] = _all_hits(r, concept)
    if lo == 0 and hi >= len(r.tokens):
        return list(hits)
    return [h for h in hits if lo <= h.first and h.last < hi]


_OUTPUT_WORDS = frozenset("output 输出".split())
_HIDDEN_WORDS = frozenset("hidden 隐藏 隐藏层 隐层 隐藏单元 隐状态 隐藏状态".split())
_HIDDEN_ZH = ("隐藏层", "隐层", "隐藏单元", "隐状态", "隐藏状态")
_HIDDEN_NOUNS = frozenset("layer layers unit units state states neuron neurons 层".split())


def _hidden_output(r: Reading, i: int) -> bool:
    """Whether token i is an "output" that belongs to the hidden layer ("the hidden layer's output",
    "the output of the hidden units", "hidden output", 隐藏层的输出, 隐层输出): in a recurrent network
    that is the hidden state, which a phrasing about the network's output must not take."""
    toks = r.tokens
    if toks[i].norm not in _OUTPUT_WORDS:
        return False
    clause = r.clause_of[i]
    j = i - 1
    if j >= 0 and toks[j].norm in ("s", "的"):  # the hidden layer's output, 隐藏层的输出
        j -= 1
    if j >= 0 and r.clause_of[j] == clause and toks[j].norm in _HIDDEN_NOUNS:
        j -= 1  # hidden *layer* output
    if j >= 0 and r.clause_of[j] == clause and (toks[j].norm in _HIDDEN_WORDS or toks[j].norm.endswith(_HIDDEN_ZH)):
        return True  # (反馈的是隐藏层 is one word when a rubric phrasing keeps it whole)
    after = [toks[k].norm for k in range(i + 1, min(i + 4, len(toks))) if r.clause_of[k] == clause]
    return len(after) >= 2 and after[0] == "of" and "hidden" in after[1:3]  # the output of the hidden units


_MODELS = frozenset("rnn cnn lstm gru mlp transformer".split())


def _model_pair(r: Reading, first: int, last: int) -> bool:
    """Whether a one-word hit on a model's name is half of a hyphenated pair that names a hybrid
    (CNN-RNN, CNN-LSTM): the pair is one architecture, not a statement about the RNN alone."""
    if first != last or r.tokens[first].word not in _MODELS:
        return False
    toks = r.tokens
    for a, b in ((first - 1, first), (first, first + 1)):
        if 0 <= a and b < len(toks) and toks[a].word in _MODELS and r.text[toks[a].end : toks[b].start] in ("-", notation.JOIN):
            return True
    return False


_NOT_PLAIN = frozenset("^_·⊙∘*()[]{}<>\\~-=+/|")


@lru_cache(maxsize=32768)
def _lead(text: str) -> Atom | None:
    """The atom a phrasing starts with, from its first word alone (compiling a phrasing costs more
    than looking up where one word occurs), or None when that word alone may not tell it: notation,
    a hyphen or a `*` may join it to what follows, and a lone determiner compiles differently."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not first or any(c in _NOT_PLAIN for c in first):
        return None
    head = compile_phrase(first)
    return head[0][0] if head and head[0][0].kind in ("word", "cjk") else None


def _all_hits(r: Reading, concept: dict) -> list[Hit]:
    hits = []
    n = len(r.tokens)
    for lang in ("en", "zh"):
        for text in concept[lang]:
            lead = _lead(text)
            if lead is not None and (not _has_cjk(r) if lead.kind == "cjk" else not _starts(r, lead)):
                continue  # its first word is nowhere in the answer (a Chinese word, nowhere in an English answer)
            phrase = compile_phrase(text)
            if not phrase:
                continue
            spans = find_phrase(r, phrase, 0, n)
            fused = _fused(phrase)
            if fused is not None:
                spans += find_phrase(r, fused, 0, n)
            split = _split(phrase) if _has_cjk(r) else None
            if split is not None:
                spans += find_phrase(r, split, 0, n)
            for first, last, inside, chars in spans:
                if _hidden_output(r, first) or _hidden_output(r, last):
                    continue  # "the hidden layer's output", 隐藏层的输出: the hidden state, not the output
                if _model_pair(r, first, last):
                    continue
                # 就不只是慢: a "not only" the phrasing's gap skips denies its "only" (就只是慢)
                inside = inside or any(
                    denies_only(r.tokens[k], r.tokens[k + 1], r.tokens[k - 1] if k else None) for k in range(first, last)
                )
                denied = inside != negated(r, first, last)  # 并不意味着 … 不需要 X: two denials
                marker = compared_standard(r, first)
                hits.append(Hit(first, last, denied != (marker >= 0), chars, marker))
    return hits


@dataclass(frozen=True)
class ClaimResult:
    """How an answer relates to one claim."""

    stated: bool  # every concept found with the polarity the claim wants, in one unit
    contradicted: bool  # every concept found in one unit, but at least one with the wrong polarity
    evidence: str | None  # the learner's words that state (or contradict) it


@dataclass(frozen=True)
class Unit:
    """Where one claim is looked for: token ranges, and the clauses a misconception's words may sit in.

    A `continued` unit joins a sentence that opens with a pronoun ("It squashes …", 它先 …) to the
    sentence its pronoun stands for; it can state a claim but not contradict one.
    """

    ranges: tuple[tuple[int, int], ...]
    clauses: frozenset[int]
    continued: bool = False
    joined: bool = False  # a clause read with the one its "but" / "which" / pronoun goes on from
    referent: bool = False  # the first range only names what the second speaks of ("which", a pronoun)


def _spans(of: list[int]) -> dict[int, tuple[int, int]]:
    span: dict[int, list[int]] = {}
    for i, u in enumerate(of):
        lo_hi = span.setdefault(u, [i, i + 1])
        lo_hi[1] = i + 1
    return {u: (lo, hi) for u, (lo, hi) in span.items()}


def _units(r: Reading, scope: str) -> list[Unit]:
    key = ("units", scope)
    if key not in r.cache:
        r.cache[key] = _make_units(r, scope)
    return r.cache[key]


def _make_units(r: Reading, scope: str) -> list[Unit]:
    """Each sentence (or clause) — a clause an aside interrupted spans the aside — and, for sentence
    claims, each sentence that continues an earlier one through a pronoun, joined to it. A clause
    claim (who does what) is never pieced together across sentences."""
    of = r.clause_of if scope == "clause" else r.sentence_of
    units = [Unit(((lo, hi),), frozenset({r.clause_of[lo]})) for lo, hi in sorted(_spans(of).values())]
    if scope == "clause":
        return units + joined_clauses(r)
    sentences = sorted(_spans(r.sentence_of).values())
    for k, (lo, hi) in enumerate(sentences):
        if not k or not continues_previous(r, lo):
            continue
        first = k - 1  # the sentence the pronoun stands for: the nearest one that does not open with one
        while first > 0 and k - first < CONTINUATION_REACH and continues_previous(r, sentences[first][0]):
            first -= 1
        start = sentences[first][0]
        units.append(Unit(((start, hi),), frozenset({r.clause_of[start]}), continued=True))
    return units


# What a clause that goes on from the one before it opens with: a contrast ("not the output but
# the hidden state", 不是输出，而是隐藏状态), a relative clause ("the update gate, which decides …"),
# or a pronoun after a colon or comma ("The reset gate: it decides …", 重置门 Γr，它决定 …).
CONTRAST_OPENERS = frozenset("but 而是".split())
RELATIVE_OPENERS = frozenset(["which"])
PRONOUN_OPENERS = frozenset([":", "：", ",", "，", "so", "and", "because", "since", "所以", "因为"])
CLAUSE_PRONOUNS = frozenset("it its they their 它 它们 它的 它们的 其".split())
# A clause of time before its main clause says one thing with it ("once it is unrolled, the steps are
# independent", 展开之后，各步彼此独立): it opens with one of these, or in Chinese ends with one.
TIME_OPENERS = frozenset("once when whenever after 当 一旦".split())
TIME_CLOSERS_ZH = frozenset("之后 以后 后 时 的时候 时候".split())
ANTECEDENT_WORDS = 4  # a noun phrase before a "which" that it may stand for ("…, the reset gate, which …")


def joined_clauses(r: Reading) -> list[Unit]:
    """Clause units that join a clause to the one it goes on from: after "not A" its "but B"
    (B takes A's place), after a noun its "which" clause, after a colon or comma a clause that
    opens with a pronoun (read with the clause its pronoun chain starts from; that clause supplies
    only the claim's subject). They may state a claim or a misconception, but never contradict one."""
    spans = _spans(r.clause_of)
    units: list[Unit] = []
    source: dict[int, int] = {}  # a pronoun clause -> the clause its pronoun stands for
    for clause, (lo, hi) in sorted(spans.items(), key=lambda kv: kv[1]):
        opener = r.opener.get(clause, "")
        if opener == "," and not r.tokens[lo].cjk and r.tokens[lo].word == "whose":
            opener = "which"  # "Mamba, whose parameters are fixed": like ", which has fixed parameters"
        if not lo or r.aside[lo] or r.sentence_of[lo - 1] != r.sentence_of[lo]:
            continue
        before = r.clause_of[lo - 1]
        b_lo, b_hi = spans[before]
        b_hi = min(b_hi, lo)
        if opener in CONTRAST_OPENERS and any(r.negation_at[b_lo:b_hi]) and not _own_predicate(r, lo, hi):
            units.append(Unit(((b_lo, b_hi), (lo, hi)), frozenset({before, clause}), joined=True))
        elif opener in ("而不是", "而非") or (opener == "而" and r.tokens[lo].norm in ("不是", "非")):
            # 问题是梯度爆炸而不是梯度消失: one claim, its denied half included
            units.append(Unit(((b_lo, b_hi), (lo, hi)), frozenset({before, clause}), joined=True))
        elif opener in RELATIVE_OPENERS and _noun_phrase(r, before, b_lo, b_hi):
            units.append(Unit(((b_lo, b_hi), (lo, hi)), frozenset({before, clause}), joined=True, referent=True))
        elif opener in RELATIVE_OPENERS and _subject_relative(r, lo, hi):
            # "… you can use variational dropout, which samples a fresh mask …": the "which" stands
            # for the last words before it
            n_lo = max(b_lo, b_hi - TRAILING_NOUN_WORDS)
            units.append(Unit(((n_lo, b_hi), (lo, hi)), frozenset({before, clause}), joined=True, referent=True))
        elif (opener == "," and r.tokens[lo].word in _OWN_PREDICATE and r.opener.get(before) == ","
              and b_lo and r.sentence_of[b_lo - 1] == r.sentence_of[lo]):
            # "The whole model, including where to look, is trained …": the verb after an aside
            # between commas goes on from the subject before the aside
            s_lo, s_hi = spans[r.clause_of[b_lo - 1]]
            units.append(Unit(((s_lo, min(s_hi, b_lo)), (lo, hi)), frozenset({r.clause_of[b_lo - 1], clause}), joined=True))
        elif opener in (",", "，") and _time_clause(r, b_lo, b_hi):
            units.append(Unit(((b_lo, b_hi), (lo, hi)), frozenset({before, clause}), joined=True))
        elif opener in PRONOUN_OPENERS and (r.tokens[lo].word or r.tokens[lo].norm) in CLAUSE_PRONOUNS:
            first = source.get(before, before)
            source[clause] = first
            f_lo, f_hi = spans[first]
            units.append(Unit(((f_lo, min(f_hi, lo)), (lo, hi)), frozenset({first, clause}), joined=True, referent=True))
    return units + _topic_units(r, spans)


TOPIC_OPENERS = frozenset("for with in on during at 对于 对 针对 在".split())
# "Said in China at that time, …", "Used for tagging, …": a participle that opens a sentence sets its topic too
PARTICIPLE_OPENERS = frozenset("said spoken heard read written seen used applied trained given viewed run".split())
_SETS_TOPIC = TOPIC_OPENERS | PARTICIPLE_OPENERS
TOPIC_MAX_WORDS = 8
_SUBJECTS = frozenset("i we you they he she".split())


def _topic_units(r: Reading, spans: dict[int, tuple[int, int]]) -> list[Unit]:
    """A sentence that opens with its topic ("For a multi-label video, …", 对于多标签视频，…, "Said in
    China, …") says each of its later clauses of that topic: each is read with the topic too."""
    units: list[Unit] = []
    for clause, (lo, hi) in spans.items():
        if (lo and r.sentence_of[lo - 1] == r.sentence_of[lo]) or hi - lo > TOPIC_MAX_WORDS or hi >= len(r.tokens):
            continue
        tok = r.tokens[lo]
        if (tok.word or tok.norm) not in _SETS_TOPIC or r.opener.get(r.clause_of[hi]) not in (",", "，"):
            continue
        if r.sentence_of[hi] != r.sentence_of[lo] or _own_predicate(r, lo, hi) or any(r.negation_at[lo:hi]):
            continue
        if any(not t.cjk and t.word in _SUBJECTS for t in r.tokens[lo + 2 : hi]):
            continue  # "With plenty of data I'd unfreeze, …": a clause with a subject of its own, not a topic
        for later, (l_lo, l_hi) in spans.items():
            if l_lo >= hi and r.sentence_of[l_lo] == r.sentence_of[lo] and not r.aside[l_lo]:
                units.append(Unit(((lo, hi), (l_lo, l_hi)), frozenset({clause, later}), joined=True))
    return units


def _time_clause(r: Reading, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi are a clause of time ("once it is unrolled", "展开之后")."""
    toks = r.tokens[lo:hi]
    # the word opens the clause, or the "that" clause it introduces ("The upside is that once …");
    # after a verb it belongs to that verb ("The decoder stops when it emits <eos>, …")
    if any((t.word or t.norm) in TIME_OPENERS and (k == 0 or toks[k - 1].word == "that") for k, t in enumerate(toks)):
        return True
    return bool(toks) and toks[-1].cjk and toks[-1].norm in TIME_CLOSERS_ZH


_OWN_PREDICATE = frozenset("can could does do did is are was were will would has have".split())


def _own_predicate(r: Reading, lo: int, hi: int) -> bool:
    """Whether a "but" clause says something of its own subject ("…, but ELMo can"), rather than
    naming what takes the denied thing's place ("not the output but the hidden state")."""
    return any(not t.cjk and t.word in _OWN_PREDICATE for t in r.tokens[lo:hi])


TRAILING_NOUN_WORDS = 3  # the words before a ", which <verb>" that it stands for, after a long clause


def _subject_relative(r: Reading, lo: int, hi: int) -> bool:
    """Whether a "which" clause goes on with a verb of its own ("which samples", "which is"), so the
    "which" is its subject, not its object ("which gating does not address")."""
    word = r.tokens[lo].word  # the "which" itself is the clause's boundary, not a token
    return word in _RELATIVE_VERBS or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))


_RELATIVE_VERBS = frozenset("is are was were can could will would may might must has have had does do did "
                            "keeps makes lets gives takes feeds only also then".split())


def _noun_phrase(r: Reading, clause: int, lo: int, hi: int) -> bool:
    """Whether a clause before a "which" is a short noun phrase the "which" can stand for: a few
    words that open with a determiner or follow a colon or comma ("…, the update gate, which …"),
    not a clause of its own ("Clipping prevents explosions, which gating does not address")."""
    if hi - lo > ANTECEDENT_WORDS:
        return False
    return r.tokens[lo].word in DETERMINERS or r.opener.get(clause, "") in (":", "：", ",", "，", "and")


REASON_OPENERS = frozenset("because since".split())


def hypothetical_tokens(r: Reading) -> list[bool]:
    """Mark the tokens the learner is not asserting: a clause with "would" / 如果 / 否则, and the
    whole sentence of a condition followed by its consequence ("if …, … would …", "如果 … 就 …").

    A condition answered by a choice or advice ("如果关心低频词，我会选 …", "如果 … 应该选 …")
    is the learner's answer, not a hypothesis, and stays asserted.
    """
    toks = r.tokens
    hidden = [False] * len(toks)
    conditions, consequences, advised = set(), set(), set()
    for i, tok in enumerate(toks):
        if _chooses(r, i) or (tok.word or tok.norm) in ADVICE:
            advised.add(r.sentence_of[i])
    for i, tok in enumerate(toks):
        word = tok.word or tok.norm
        if _chooses(r, i) or (word in CONDITION and r.sentence_of[i] in advised):
            continue
        if word in HYPOTHETICAL and not (word == "would" and r.opener.get(r.clause_of[i]) in REASON_OPENERS) and not _else_branch(r, i):
            _hide_clause(r, i, hidden, _standard_of_comparison(r, i))  # but "… because negative values would break SVD" gives a reason, asserted
        if word in CONDITION or (word == "的话" and _denied_before(r, i)):  # 不共享的话，… 会 …: "otherwise"
            conditions.add(r.sentence_of[i])
        elif word in CONSEQUENCE:
            consequences.add(r.sentence_of[i])
    for sentence in conditions & consequences:
        _hide_condition(r, sentence, hidden)
    _hide_denied_acts(r, hidden)
    _hide_reported_beliefs(r, hidden)
    _hide_retracted(r, hidden)
    return hidden


def _hide_condition(r: Reading, sentence: int, hidden: list[bool]) -> None:
    """Hide a sentence's condition and its consequence ("if …, … would …", "如果 …，就 …"), and each
    clause after them that goes on with a consequence word; a later clause without one is a claim of
    its own ("如果每个视频只有一个标签，就取最后一步，多标签时接 sigmoid"). A consequence said before its
    condition hides the whole sentence."""
    toks = r.tokens
    idx = [i for i in range(len(toks)) if r.sentence_of[i] == sentence]
    words = [toks[i].word or toks[i].norm for i in idx]
    cond = next((k for k, w in enumerate(words) if w in CONDITION), len(words))
    cons = next((k for k, w in enumerate(words) if w in CONSEQUENCE and k > cond), None)
    # a claim before a colon or semicolon is made before the condition begins ("… 只取最大的那个位置：
    # 如果这个位置上的词是 w，就 …"): the condition explains it and supposes nothing of it
    opened = r.clause_of[idx[min(cond, len(idx) - 1)]]
    begin = max((c for c, mark in r.opener.items() if mark in (":", ";") and r.clause_of[idx[0]] < c <= opened), default=-1)
    if cons is None:
        for i in idx:
            hidden[i] = hidden[i] or r.clause_of[i] >= begin
        return
    last = r.clause_of[idx[cons]]
    going_on = {r.clause_of[i] for i, w in zip(idx, words) if w in CONSEQUENCE}
    for i in idx:
        clause = r.clause_of[i]
        if (clause <= last or clause in going_on or r.aside[i]) and clause >= begin:
            hidden[i] = True


_MODALS = frozenset("might may could would 'd".split())
_FREQUENCY = frozenset("often sometimes commonly usually wrongly mistakenly frequently also widely easily".split())
_DONT = frozenset("don't dont never".split())


def _reports_belief(r: Reading, i: int) -> bool:
    """Whether token i reports a belief the learner does not hold: "people (often) say", "you might
    think", "is sometimes misread as", "a common misconception", "don't assume"; 有人说, 很多人以为,
    别理解成, 要说, 误以为."""
    toks = r.tokens
    word = toks[i].word or toks[i].norm
    clause = r.clause_of[i]
    before = [toks[k].word or toks[k].norm for k in range(max(0, i - 3), i) if r.clause_of[k] == clause]
    if toks[i].cjk:
        if word in BELIEF_WORDS_ZH:
            return True
        if word in BELIEF_VERBS_ZH:
            return any(w in BELIEF_HOLDERS_ZH for w in before) or (bool(before) and before[-1] in ("别", "不要", "若", "如果"))
        return False
    if word in BELIEF_NOUNS_EN:
        return True
    if word in BELIEF_VERBS_EN:
        if any(w in BELIEF_HOLDERS_EN for w in before) or (before and before[-1] in _DONT) or (before[-2:-1] == ["do"] and before[-1] == "not"):
            return True
        if "you" in before or "one" in before:
            return any(w in _MODALS or w == "if" for w in before)
        if word in BELIEF_PASSIVES_EN and before and (before[-1] in _FREQUENCY or before[-1] in BE):
            return any(w in BE for w in before)
    return word == "tempting"


def _hide_reported_beliefs(r: Reading, hidden: list[bool]) -> None:
    """Hide what a reported belief says, from its cue to the end of its clause: "People sometimes
    assume GNMT was a Transformer, but …" holds no claim that GNMT was one; "有人会说多标签也用
    softmax，其实 …" none that multi-label tagging uses a softmax."""
    toks = r.tokens
    for i in range(len(toks)):
        if _reports_belief(r, i):
            clause, sentence = r.clause_of[i], r.sentence_of[i]
            k = i
            while k < len(toks) and r.sentence_of[k] == sentence and (
                    r.clause_of[k] == clause or (r.clause_of[k] != r.clause_of[k - 1] and r.opener.get(r.clause_of[k]) in ("and", "or"))):
                clause = r.clause_of[k]  # the belief goes on over "and" / "or" ("you might expect 'hot' and 'cold' to end up far apart")
                hidden[k] = True
                k += 1


def _hide_retracted(r: Reading, hidden: list[bool]) -> None:
    """Hide what a speaker takes back, and the cue itself: the words just before a retraction cue,
    from what the correction restates ("BERT masks 15%, no wait, 25%": the 15% is withdrawn, BERT is
    still the subject), or else from the start of their clause."""
    toks = r.tokens
    for start in range(len(toks)):
        if start and r.clause_of[start] == r.clause_of[start - 1]:
            continue
        n = retraction_at(r, start)
        if not n:
            continue
        for k in range(start, start + n):
            hidden[k] = True
        k = start - 1
        while k >= max(0, start - HESITATION_REACH) and (toks[k].word or toks[k].norm) in HESITATIONS:
            k -= 1  # back over "…呃，" to what was said
        if k < 0:
            continue
        begin = k
        while begin > 0 and r.clause_of[begin - 1] == r.clause_of[k]:
            begin -= 1
        for j in range(_replaced_from(r, begin, k, start + n), k + 1):
            hidden[j] = True


_RESTATING = frozenset("i think it's it is was is are 我 记得 应该 是 就是 其实 大概".split()) | HESITATIONS


def _replaced_from(r: Reading, begin: int, end: int, after: int) -> int:
    """Where the words a correction replaces begin, in the clause from `begin` to `end`: a number
    replaces the last number ("BERT masks 15%, no wait, 25%"), a word the last time it was said
    ("the reset gate — sorry, the update gate"); otherwise the whole clause is withdrawn."""
    toks = r.tokens
    k = after
    while k < len(toks) and (toks[k].word or toks[k].norm) in _RESTATING:
        k += 1
    if k >= len(toks):
        return begin
    first = toks[k].word or toks[k].norm
    numeric = first.replace(".", "", 1).isdigit()
    for j in range(end, begin - 1, -1):
        word = toks[j].word or toks[j].norm
        if (numeric and word.replace(".", "", 1).isdigit()) or (not numeric and word == first):
            return j
    return begin


_ZH_ALWAYS = frozenset("永远 从来 一直 始终 完全 总是 老是 根本".split())
_ZH_LEADS_TO = frozenset("会 就会 会让 会把 导致 使 使得 让".split())


def _hide_denied_acts(r: Reading, hidden: list[bool]) -> None:
    """Hide a Chinese clause's opening act that is denied and then the subject of what it leads to
    (永远不重置会把过期的上下文带进来, 不做归一化会导致…): what happens without the act, not a claim
    that it is not done; the English "Never resetting drags …"."""
    toks = r.tokens
    start = 0
    while start < len(toks):
        clause = r.clause_of[start]
        end = start
        while end < len(toks) and r.clause_of[end] == clause:
            end += 1
        i = start
        while i < end and toks[i].cjk and toks[i].norm in _ZH_ALWAYS:
            i += 1
        if i < end and toks[i].cjk and r.negation_at[i] and toks[i].norm in ("不", "从不", "永不", "没", "不去"):
            lead = next((k for k in range(i + 2, end) if toks[k].cjk and toks[k].norm in _ZH_LEADS_TO), -1)
            if lead > 0:
                for k in range(start, lead):
                    hidden[k] = True
        start = end


def _denied_before(r: Reading, i: int) -> bool:
    """Whether a negation comes before token i in its clause (不共享的话, 没有门控的话)."""
    j = i - 1
    while j >= 0 and r.clause_of[j] == r.clause_of[i]:
        if r.negation_at[j]:
            return True
        j -= 1
    return False


def _chooses(r: Reading, i: int) -> bool:
    """Whether "would" / 会 at token i states the learner's choice ("I would pick", "会选")."""
    toks = r.tokens
    before = toks[i - 1].word or toks[i - 1].norm if i > 0 else ""
    after = toks[i + 1].word or toks[i + 1].norm if i + 1 < len(toks) else ""
    return toks[i].norm in ("would", "会") and (before in CHOOSERS or after in ADVICE)


def _else_branch(r: Reading, i: int) -> bool:
    """Whether 否则 / 不然 at token i opens the other case of a definition ("c > r 时 BP = 1，否则 BP = …"):
    a formula in its clause is stated, not supposed."""
    return (r.tokens[i].word or r.tokens[i].norm) in ("否则", "不然") and any(
        t.norm == "=" for k, t in enumerate(r.tokens) if r.clause_of[k] == r.clause_of[i])


def _standard_of_comparison(r: Reading, at: int) -> int:
    """Where the hypothetical part of the clause of "would" at token `at` begins: after a "than", only
    the standard of comparison is supposed ("more likely than their frequency would suggest" states
    the "more likely"); otherwise the whole clause."""
    clause = r.clause_of[at]
    for k in range(at - 1, -1, -1):
        if r.clause_of[k] != clause:
            break
        if r.tokens[k].norm == "than":
            return k
    return 0


def _hide_clause(r: Reading, at: int, hidden: list[bool], start: int = 0) -> None:
    """Hide the clause of the hypothetical word at token `at` from token `start`, up to an advice
    word after it."""
    clause = r.clause_of[at]
    advice = False
    for i, tok in enumerate(r.tokens):
        if r.clause_of[i] != clause or i < start:
            continue
        advice = advice or (i > at and (tok.word or tok.norm) in ADVICE)
        hidden[i] = hidden[i] or not advice


def _asserted(r: Reading, hit: Hit, unit: Unit, scope: str, hidden: list[bool]) -> bool:
    """Whether a hit counts towards a misconception: not hypothetical, and in a clause unit not
    inside an aside that interrupts it ("ELMo（双向 LSTM）…", "BERT (a Transformer)" belong to
    their asides, which are units of their own)."""
    if any(hidden[hit.first : hit.last + 1]):
        return False
    return scope != "clause" or r.clause_of[hit.first] in unit.clauses


def _partial(r: Reading, h: Hit) -> bool:
    """Whether a hit covers only part of a word (梯度 of 梯度消失)."""
    return h.chars != (r.tokens[h.first].start, r.tokens[h.last].end)


def _clash(r: Reading, a: Hit, b: Hit) -> bool:
    """Whether two concepts' hits share text that a part of a word supplied (自己生成 cannot give
    both "generation" and "its own output"; 梯度 and 消失 can both come from 梯度消失). Whole words
    may serve two concepts, as rubrics intend ("is the forget gate" for "is" and "forget gate")."""
    overlap = a.chars[0] < b.chars[1] and b.chars[0] < a.chars[1]
    return overlap and (_partial(r, a) or _partial(r, b))


def _distinct(r: Reading, options: list[list[Hit]], budget: int = 2000) -> list[Hit] | None:
    """Pick one hit per concept such that no part of a word serves two concepts; the first such
    pick, or None."""
    chosen: list[Hit] = []
    steps = 0

    def place(k: int) -> bool:
        nonlocal steps
        if k == len(options):
            return True
        for h in options[k]:
            steps += 1
            if steps > budget:
                return False
            if not any(_clash(r, h, c) for c in chosen):
                chosen.append(h)
                if place(k + 1):
                    return True
                chosen.pop()
        return False

    return list(chosen) if place(0) else None


def _evidence(r: Reading, hits: list[Hit]) -> str:
    """The learner's words from the first to the last hit (whole clauses); across sentences, each
    sentence's part on its own, joined by an ellipsis."""
    hits = sorted(hits, key=lambda h: h.first)
    parts: list[list[Hit]] = []
    for h in hits:
        if parts and r.sentence_of[parts[-1][-1].last] == r.sentence_of[h.first]:
            parts[-1].append(h)
        else:
            parts.append([h])
    return " … ".join(r.span_text(p[0].first, max(h.last for h in p)) for p in parts)


def judge_claim(r: Reading, claim: list[dict], scope: str = "sentence", *, asserted_only: bool = False,
                supposed: bool = False, unless: dict | None = None) -> ClaimResult:
    """Decide whether the answer states a claim, contradicts it, or neither.

    With `asserted_only` (misconceptions), words in a hypothetical clause or condition ("would",
    "如果 … 就") do not count: the learner is describing what would go wrong, not claiming it,
    unless the claim is `supposed`, itself about what would happen. A unit that also says
    `unless` (a concept) speaks of something else ("truncated BPTT's memory does not grow").
    """
    if not all(concept_hits(r, c, 0, len(r.tokens)) for c in claim):
        return ClaimResult(False, False, None)  # a concept said nowhere in the answer: nothing to look for
    contradiction: str | None = None
    if asserted_only and "hidden" not in r.cache:
        r.cache["hidden"] = hypothetical_tokens(r)
    hidden = None
    if asserted_only:  # a supposed claim still belongs to its clause, not to an aside inside it
        hidden = [False] * len(r.tokens) if supposed else r.cache["hidden"]
    for unit in _units(r, scope):
        if unit.continued and (asserted_only or contradiction is not None):
            # a wrong claim is held against the learner only where it is said in full, and a
            # sentence that states a key point the other way round is not undone by the next one
            continue
        if unless is not None and any(concept_hits(r, unless, lo, hi) for lo, hi in unit.ranges):
            continue
        if unit.referent:
            # the clause a "which" or a pronoun stands for supplies the claim's subject, its first
            # concept, and the clause itself the rest ("The reset gate: it blends …"), not the other
            # way round ("Jordan feeds back the output, it differs from Elman")
            (a_lo, a_hi), (b_lo, b_hi) = unit.ranges
            found = [concept_hits(r, c, a_lo, a_hi) if k == 0 else concept_hits(r, c, b_lo, b_hi) for k, c in enumerate(claim)]
        else:
            found = [[h for lo, hi in unit.ranges for h in concept_hits(r, c, lo, hi)] for c in claim]
        found = _as_compared(found)
        found = _as_likened(r, found)
        if hidden is not None:
            found = [[h for h in hits if _asserted(r, h, unit, scope, hidden)] for hits in found]
        if not all(found):
            continue
        right = [[h for h in hits if h.negated == bool(c.get("negated"))] for c, hits in zip(claim, found)]
        chosen = _distinct(r, right) if all(right) else None
        if chosen is not None:
            return ClaimResult(True, False, _evidence(r, chosen))
        mixed = _distinct(r, [ok + [h for h in hits if h not in ok] for ok, hits in zip(right, found)])
        if mixed is not None and _compared(r, mixed, right):
            if not any(c.get("negated") for c in claim):  # what is denied of one side is said of the other
                return ClaimResult(True, False, _evidence(r, mixed))
            continue
        if (contradiction is None and not unit.continued and not unit.joined and mixed is not None
                and _denied_together(r, mixed, right, found)
                and not any(_attributive(r, h) or _absence_frame(r, h) or _denied_condition(r, h) or _denied_gerund(r, h)
                        or _along_a_path(r, h) for h, ok in zip(mixed, right) if h not in ok)):
            contradiction = _evidence(r, mixed)
    return ClaimResult(False, contradiction is not None, contradiction)


def _as_likened(r: Reading, found: list[list[Hit]]) -> list[list[Hit]]:
    """"A does P instead of Q like B does" says Q of B and denies P of B: for a claim with a concept
    after that "like" (B), the words between the cue and the "like" (Q) are asserted, and those
    before the cue (P) say nothing of B. "Elman feeds back the hidden state instead of the output like Jordan
    does" says Jordan feeds back the output; "… at once rather than step by step like an RNN" still
    denies that self-attention goes step by step."""
    if not r.likened:
        return found
    out = [list(hits) for hits in found]
    for cue, like in r.likened.items():
        clause = r.clause_of[cue]
        for k, hits in enumerate(out):
            if not any(o.first > like and r.clause_of[o.first] == clause for j, more in enumerate(out) if j != k for o in more):
                continue
            kept = []
            for h in hits:
                if r.clause_of[h.first] == clause and cue < h.first < like and h.negated:
                    h = replace(h, negated=False)
                elif r.clause_of[h.first] == clause and h.last < cue and not h.negated:
                    continue  # said of A, not of B: no evidence either way about B
                kept.append(h)
            out[k] = kept
    return out


def _denied_together(r: Reading, chosen: list[Hit], right: list[list[Hit]], found: list[list[Hit]]) -> bool:
    """Whether a claim said the other way round denies its concepts where they are said together:
    each denied concept shares a clause with another of the claim's concepts. "a^(t-1) is the
    previous hidden state, not the previous output" and "Without the tanh, c^t can grow …" deny
    something beside the claim, not the claim. A claim of one concept is never contradicted: a
    denied bare term is most often said of something else ("a unidirectional RNN cannot read
    backwards", "without bucketing …")."""
    if len(chosen) < 2:
        return False
    for k, (h, ok) in enumerate(zip(chosen, right)):
        if h in ok:
            continue
        clause = r.clause_of[h.first]
        near = (clause, clause - 1) if _contrasts(r, clause) else (clause,)
        beside = any(r.clause_of[o.first] in near for j, hits in enumerate(found) if j != k for o in hits)
        if not beside and not _refers_back(r, clause):
            return False
    return True


_ABSENCE_FRAME_WORDS = 5  # "Without bucketing, …", "没有门控，…": a short clause that opens its sentence


def _absence_frame(r: Reading, h: Hit) -> bool:
    """Whether a hit is denied by a short "without X," / "没有 X，" that opens its sentence and is
    followed by more of it: a condition ("Without bucketing, a batch wastes compute on padding"),
    saying what happens in X's absence, not that X is absent."""
    start = h.first
    while start and r.sentence_of[start - 1] == r.sentence_of[h.first]:
        start -= 1
    first = r.tokens[start]
    if (first.norm if first.cjk else first.word) not in ABSENCE_OPEN:
        return False
    for i in range(start, min(start + _ABSENCE_FRAME_WORDS, len(r.tokens) - 1)):
        if r.sentence_of[i + 1] != r.sentence_of[start]:
            return False
        if any(c in r.text[r.tokens[i].end : r.tokens[i + 1].start] for c in ",，"):
            return h.last <= i  # the frame ends at this comma: is the hit inside it?
    return False


_GERUND_DENIALS = frozenset("never not no".split())
_GERUND_REACH = 3  # words of the gerund's phrase a hit may lie in: "Never resetting the state …"


def _denied_gerund(r: Reading, h: Hit) -> bool:
    """Whether a hit is denied by a "never" / "not" before a gerund that opens its clause and is its
    subject ("Never resetting drags stale context into the next document", "Not masking the pads
    lets them into the loss"): what happens in the act's absence, not a claim that it is absent."""
    clause = r.clause_of[h.first]
    start = h.first
    while start and r.clause_of[start - 1] == clause:
        start -= 1
    toks = r.tokens
    if toks[start].word not in _GERUND_DENIALS or start + 1 >= len(toks) or r.clause_of[start + 1] != clause:
        return False
    gerund = toks[start + 1].word
    if len(gerund) <= 4 or not gerund.endswith("ing") or h.first > start + 1 + _GERUND_REACH:
        return False
    return h.last + 1 < len(toks) and r.clause_of[h.last + 1] == clause  # the clause goes on: its verb


def _denied_condition(r: Reading, h: Hit) -> bool:
    """Whether a hit is denied inside a condition ("if you don't add positional encodings, …",
    如果不加位置编码，…, 不加位置编码的话，…): what happens without X, not a claim that X is absent."""
    clause = r.clause_of[h.first]
    before = range(h.first - 1, -1, -1)
    after = range(h.last + 1, len(r.tokens))
    for i in before:
        if r.clause_of[i] != clause:
            break
        if (r.tokens[i].word or r.tokens[i].norm) in CONDITION:
            return True
    return any(r.tokens[i].norm == "的话" for i in after if r.clause_of[i] == clause)


_PATH_WORDS = frozenset("along 沿着 沿".split())


def _along_a_path(r: Reading, h: Hit) -> bool:
    """Whether a denial is said along one path ("along the cell the gradient does not vanish",
    沿着记忆单元梯度不会消失): it speaks of that path, the remedy, not of the problem everywhere."""
    clause = r.clause_of[h.first]
    return any(r.clause_of[i] == clause and t.norm in _PATH_WORDS for i, t in enumerate(r.tokens))


_ATTRIBUTIVE_NEGATORS = frozenset("不 没 没有 未 无 无法 不能 不会".split())


def _attributive(r: Reading, h: Hit) -> bool:
    """Whether a Chinese hit is denied inside a 的 phrase that describes a noun: 没出现的词 are "the
    words that did not appear", 没有 tanh 的版本 "the version without tanh"; such a phrase picks
    something out, it does not deny a claim."""
    toks, clause = r.tokens, r.clause_of[h.first]
    cue = next((i for i in range(h.first - 1, max(h.first - 4, -1), -1)
                if r.clause_of[i] == clause and r.negation_at[i]), None)
    if cue is None or toks[cue].norm not in _ATTRIBUTIVE_NEGATORS:
        return False
    for k in range(cue + 1, min(h.last + 3, len(toks) - 1)):
        if toks[k].cjk and toks[k].norm == "的" and r.clause_of[k + 1] == clause and toks[k + 1].norm != "话":
            return True
    return False


DENIAL_OPENERS = frozenset("而不是 而非 不是 rather instead".split())  # a clause that denies against the one before


def _contrasts(r: Reading, clause: int) -> bool:
    """Whether a clause opens by setting itself against the one before ("…，而不是爆炸", ", rather
    than …"): what it denies, it denies of that clause's subject."""
    first = next((t for i, t in enumerate(r.tokens) if r.clause_of[i] == clause), None)
    return first is not None and (first.norm if first.cjk else first.word) in DENIAL_OPENERS


def _refers_back(r: Reading, clause: int) -> bool:
    """Whether a clause speaks of something named before it through a pronoun ("because it does not
    saturate", 因为它的导数恒等于 1)."""
    return any(r.clause_of[i] == clause and is_pronoun(t) for i, t in enumerate(r.tokens))


def _as_compared(found: list[list[Hit]]) -> list[list[Hit]]:
    """A claim that names the comparison before what it compares with ("an RNN | always beats |
    ARIMA") takes the object of its "than" / 比 as it is: the hit right after an earlier concept's
    comparison also counts undenied."""
    out = []
    for k, hits in enumerate(found):
        extra = [Hit(h.first, h.last, not h.negated, h.chars) for h in hits if h.compared >= 0
                 and any(g.last in (h.compared, h.compared - 1) for before in found[:k] for g in before)]
        out.append(hits + extra if extra else hits)
    return out


def _compared(r: Reading, chosen: list[Hit], right: list[list[Hit]]) -> bool:
    """Whether the concepts said the other way round come before a "like" and the rest after it,
    or after a 那样 closing 不像 X: "Elman does not feed back the output like Jordan does" and
    "Elman 不像 Jordan 那样把输出反馈回去" deny it of Elman, not of Jordan."""
    wrong = [h for h, ok in zip(chosen, right) if h not in ok]
    fine = [h for h, ok in zip(chosen, right) if h in ok]
    if not wrong or not fine:
        return False
    lo = max(h.last for h in wrong)
    after = [h.first for h in fine if h.first > lo]  # what is compared with comes after the denial
    between = r.tokens[lo + 1 : min(after)] if after else []
    if any(not t.cjk and (t.word == "like" or (t.word == "way" and k and between[k - 1].word == "the"))
           for k, t in enumerate(between)):
        return True  # "does not vanish like it does in a plain RNN", "… the way it does in …"
    # 不像 Jordan 那样把输出反馈回去, 梯度不会像普通 RNN 那样消失: what stands between 不像 and 那样
    # is what the rest is said of
    after = min(h.first for h in wrong)
    return any(h.last < after and _after_unlike(r, h.first)
               and any(t.cjk and t.norm in ZH_LIKENED for t in r.tokens[h.last + 1 : after]) for h in fine)


def _after_unlike(r: Reading, first: int) -> bool:
    """Whether token `first` comes just after 不像 / 不会像 (a word such as 普通 may stand between)."""
    toks = r.tokens
    for j in range(first - 1, max(first - 3, 0) - 1, -1):
        tok = toks[j]
        if (tok.cjk and tok.norm in ZH_UNLIKE) or denied_likening(r, j):
            return True
    return False
