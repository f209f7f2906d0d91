"""Find a rubric's claims in an answer: concepts by their phrasings, within a sentence or clause.

A phrasing ("feed back", "c^t", "压缩 到") is compiled into chunks of atoms. The atoms of one chunk
must follow each other directly; between chunks up to `MAX_GAP` other words may stand, so "feed
back" matches "feeds the output back". English atoms compare stems (a trailing `*` makes the last
one a prefix); a Chinese atom matches a run of whole segmented words whose characters spell it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rnnquiz.rubric.clauses import CLAUSE_WORDS_EN
from rnnquiz.rubric.text import (
    ADVICE, CHOOSERS, CONDITION, CONSEQUENCE, HYPOTHETICAL, LATIN_TOKEN, RUNS, Reading, negated, normalise, stem,
)

MAX_GAP = 2


@dataclass(frozen=True)
class Atom:
    kind: str  # "word", "prefix" or "cjk"
    value: str


Chunk = tuple[Atom, ...]
Phrase = tuple[Chunk, ...]


@dataclass(frozen=True)
class Hit:
    """Where a concept was found: token span and whether the answer negates it there."""

    first: int
    last: int
    negated: bool


@lru_cache(maxsize=32768)
def compile_phrase(phrase: str) -> Phrase:
    """Compile one phrasing into chunks of atoms (empty if it has no words)."""
    chunks: list[Chunk] = []
    for part in normalise(phrase).split():
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
    return tuple(chunks)


def _last_word(part: str) -> str:
    words = [t.group() for t in LATIN_TOKEN.finditer(part)]
    return words[-1] if words else part


def _match_atom(r: Reading, atom: Atom, i: int) -> int:
    """Return the token index after `atom` matched at token `i`, or -1."""
    toks = r.tokens
    if i >= len(toks):
        return -1
    tok = toks[i]
    if atom.kind == "word":
        return i + 1 if not tok.cjk and tok.norm == atom.value else -1
    if atom.kind == "prefix":
        word = r.text[tok.start : tok.end]
        return i + 1 if not tok.cjk and word.startswith(atom.value) else -1
    # Chinese: consecutive whole words whose characters spell the atom
    spelled = ""
    j = i
    while j < len(toks) and toks[j].cjk and len(spelled) < len(atom.value):
        spelled += toks[j].norm
        j += 1
    return j if spelled == atom.value else -1


def _match_chunk(r: Reading, chunk: Chunk, i: int) -> int:
    for atom in chunk:
        i = _match_atom(r, atom, i)
        if i < 0:
            return -1
    return i


def find_phrase(r: Reading, phrase: Phrase, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """Return (first, last, negated_inside) where the phrase occurs within tokens [lo, hi).

    `negated_inside` is set when a negation word stands in a gap between the phrase's words
    ("the target is *not* reversed" read against "target is reversed").
    """
    spans = []
    for start in range(lo, hi):
        end = _match_chunk(r, phrase[0], start)
        if end < 0 or end > hi:
            continue
        gap_negated = False
        for chunk in phrase[1:]:
            for gap in range(MAX_GAP + 1):
                nxt = _match_chunk(r, chunk, end + gap) if end + gap < hi else -1
                if 0 <= nxt <= hi:
                    gap_negated = gap_negated or any(r.negation_at[end:end + gap])
                    end = nxt
                    break
            else:
                end = -1
            if end < 0:
                break
        if end > 0:
            spans.append((start, end - 1, gap_negated))
    return spans


def concept_hits(r: Reading, concept: dict, lo: int, hi: int) -> list[Hit]:
    """Return every place in tokens [lo, hi) where one of the concept's phrasings occurs."""
    hits = []
    for lang in ("en", "zh"):
        for text in concept[lang]:
            phrase = compile_phrase(text)
            if not phrase:
                continue
            for first, last, inside in find_phrase(r, phrase, lo, hi):
                hits.append(Hit(first, last, inside or negated(r, first, last)))
    return hits


@dataclass(frozen=True)
class ClaimResult:
    """How an answer relates to one claim."""

    stated: bool  # every concept found with the polarity the claim wants, in one unit
    contradicted: bool  # every concept found in one unit, but at least one with the wrong polarity
    evidence: str | None  # the learner's words that state (or contradict) it


def _units(r: Reading, scope: str) -> list[tuple[int, int]]:
    """Token ranges of each sentence (or clause); a clause an aside interrupted spans the aside."""
    of = r.clause_of if scope == "clause" else r.sentence_of
    span: dict[int, list[int]] = {}
    for i, u in enumerate(of):
        lo_hi = span.setdefault(u, [i, i + 1])
        lo_hi[1] = i + 1
    return sorted((lo, hi) for lo, hi in span.values())


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
        if word in HYPOTHETICAL:
            _hide_clause(r, i, hidden)
        if word in CONDITION:
            conditions.add(r.sentence_of[i])
        elif word in CONSEQUENCE:
            consequences.add(r.sentence_of[i])
    for i in range(len(toks)):
        hidden[i] = hidden[i] or r.sentence_of[i] in conditions & consequences
    return hidden


def _chooses(r: Reading, i: int) -> bool:
    """Whether "would" / 会 at token i states the learner's choice ("I would pick", "会选")."""
    toks = r.tokens
    before = toks[i - 1].word or toks[i - 1].norm if i > 0 else ""
    after = toks[i + 1].word or toks[i + 1].norm if i + 1 < len(toks) else ""
    return toks[i].norm in ("would", "会") and (before in CHOOSERS or after in ADVICE)


def _hide_clause(r: Reading, at: int, hidden: list[bool]) -> None:
    """Hide the clause of the hypothetical word at token `at`, up to an advice word after it."""
    clause = r.clause_of[at]
    advice = False
    for i, tok in enumerate(r.tokens):
        if r.clause_of[i] != clause:
            continue
        advice = advice or (i > at and (tok.word or tok.norm) in ADVICE)
        hidden[i] = hidden[i] or not advice


def _asserted(r: Reading, hit: Hit, lo: int, scope: str, hidden: list[bool]) -> bool:
    """Whether a hit counts towards a misconception: not hypothetical, and in a clause unit not
    inside an aside that interrupts it ("ELMo（双向 LSTM）…", "BERT (a Transformer)" belong to
    their asides, which are units of their own)."""
    if any(hidden[hit.first : hit.last + 1]):
        return False
    return scope != "clause" or r.clause_of[hit.first] == r.clause_of[lo]


def judge_claim(r: Reading, claim: list[dict], scope: str = "sentence", *, asserted_only: bool = False) -> ClaimResult:
    """Decide whether the answer states a claim, contradicts it, or neither.

    With `asserted_only` (misconceptions), words in a hypothetical clause or condition ("would",
    "如果 … 就") do not count: the learner is describing what would go wrong, not claiming it.
    """
    contradiction: str | None = None
    hidden = hypothetical_tokens(r) if asserted_only else None
    for lo, hi in _units(r, scope):
        found: list[list[Hit]] = [concept_hits(r, c, lo, hi) for c in claim]
        if hidden is not None:
            found = [[h for h in hits if _asserted(r, h, lo, scope, hidden)] for hits in found]
        if not all(found):
            continue
        right = [[h for h in hits if h.negated == bool(c.get("negated"))] for c, hits in zip(claim, found)]
        if all(right):
            chosen = [hits[0] for hits in right]
            first = min(h.first for h in chosen)
            last = max(h.last for h in chosen)
            return ClaimResult(True, False, r.span_text(first, last))
        if contradiction is None:
            chosen = [(ok or hits)[0] for ok, hits in zip(right, found)]
            contradiction = r.span_text(min(h.first for h in chosen), max(h.last for h in chosen))
    return ClaimResult(False, contradiction is not None, contradiction)
