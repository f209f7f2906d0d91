"""Judge an open answer against its question's rubric and suggest an Anki grade from the evidence.

The suggestion is honest before it is kind: a known misconception, or a key point stated the
other way round, makes it Again; so does an answer that states no key point at all, one that
never names what the question is about, or one that is mostly about something else and states a
key point only in passing. Covering
(nearly) every key point is Good; anything in between is Hard. The learner has the last word.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rnnquiz.bank.model import Question
from rnnquiz.rubric.match import concept_hits, judge_claim
from rnnquiz.rubric.text import CJK_RUN, has_cjk, is_hedge, read, says_dont_know

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
MAX_ANSWER_CHARS = 20_000  # longer answers are judged on their start; nobody says more in an interview


@dataclass(frozen=True)
class PointResult:
    """One key point: covered or not, and the learner's words that earned (or contradicted) it."""

    text: dict
    covered: bool
    contradicted: bool = False
    evidence: str | None = None


@dataclass(frozen=True)
class MisconceptionResult:
    """A known wrong claim found in the answer."""

    text: dict
    why: dict | None
    evidence: str


@dataclass
class OpenJudgement:
    """Everything the rubric found in one open answer."""

    points: list[PointResult] = field(default_factory=list)
    misconceptions: list[MisconceptionResult] = field(default_factory=list)
    suggested_rating: int = AGAIN
    reason: str = "empty"  # empty, dont-know, misconception, contradiction, nothing-covered, off-subject, off-topic, partial, complete
    truncated: bool = False
    unchecked: list[str] = field(default_factory=list)  # sentences that earned no key point and matched no misconception

    @property
    def covered(self) -> list[bool]:
        return [p.covered for p in self.points]

    @property
    def contradictions(self) -> list[PointResult]:
        return [p for p in self.points if p.contradicted]


def needed_for_good(n_points: int) -> int:
    """How many of n key points a Good answer covers: all of 1–2, all but one of 3 or more."""
    return n_points if n_points <= 2 else max(n_points - 1, math.ceil(0.66 * n_points))


def rubric_terms(questions) -> set[str]:  # noqa: ANN001
    """Return the Chinese phrasings of these questions' rubrics, to keep whole when cutting answers."""
    terms: set[str] = set()
    for q in questions:
        if q.kind != "open":
            continue
        for claim in [p["claim"] for p in q.data["key_points"]] + [m["claim"] for m in misconceptions_of(q)]:
            for concept in claim:
                for phrasing in concept["zh"] + concept["en"]:
                    terms.update(CJK_RUN.findall(phrasing))
    return terms


def misconceptions_of(q: Question) -> list[dict]:
    """The wrong claims looked for in an answer to q: its own, then the field-wide ones of its banks."""
    return q.data.get("misconceptions", []) + list(q.shared)


def judge_open(q: Question, answer: str) -> OpenJudgement:
    """Judge an open answer: key points stated, contradicted or missed; misconceptions; a grade."""
    points = q.data["key_points"]
    text = answer.strip()
    truncated = len(text) > MAX_ANSWER_CHARS
    text = text[:MAX_ANSWER_CHARS]
    if not text:
        return OpenJudgement([PointResult(p["text"], False) for p in points], reason="empty")
    segment = None
    if has_cjk(text):
        from rnnquiz.rubric import zh

        terms = sorted(rubric_terms([q]))
        segment = lambda run: zh.segment(run, terms)  # noqa: E731
    reading = read(text, segment)
    results = []
    for p in points:
        scope = p.get("scope", "sentence")
        res = judge_claim(reading, p["claim"], scope)
        contradicted, evidence = res.contradicted and not res.stated, res.evidence
        if not res.stated and not contradicted:
            contradicted, evidence = _said_the_other_way(reading, p["claim"], scope) or (False, None)
        results.append(PointResult(p["text"], res.stated, contradicted, evidence))
    wrong = []
    for m in misconceptions_of(q):
        res = judge_claim(reading, m["claim"], m.get("scope", "sentence"), asserted_only=True,
                          supposed=bool(m.get("supposed")), unless=m.get("unless"))
        if res.stated:
            wrong.append(MisconceptionResult(m["text"], m.get("why"), res.evidence or ""))
    judgement = OpenJudgement(results, wrong, truncated=truncated)
    judgement.unchecked = unchecked_sentences(reading, [p.evidence for p in results if p.evidence] + [m.evidence for m in wrong])
    judgement.suggested_rating, judgement.reason = _suggest(judgement, text)
    if judgement.reason in ("partial", "complete") and not names_subject(q, reading, text, segment):
        judgement.suggested_rating, judgement.reason = AGAIN, "off-subject"
    elif judgement.reason == "partial" and not on_topic(q, reading):
        judgement.suggested_rating, judgement.reason = AGAIN, "off-topic"
    return judgement


def opposite_claims(claim: list[dict]) -> list[list[dict]]:
    """A key point's claim said the other way round: each concept that lists an `opposite`, replaced
    by it, the others kept ("Γr ≈ 0 drops the history" → "… keeps the history")."""
    return [claim[:k] + [c["opposite"]] + claim[k + 1:] for k, c in enumerate(claim) if c.get("opposite")]


def _said_the_other_way(reading, claim: list[dict], scope: str) -> tuple[bool, str] | None:  # noqa: ANN001
    """An answer that does not state a key point but asserts it with one concept turned round
    contradicts it: the key point's own phrasings, tuned to find it in right answers, find where
    the learner speaks of it. Like a misconception, it must be asserted, not supposed."""
    for inverted in opposite_claims(claim):
        res = judge_claim(reading, inverted, scope, asserted_only=True)
        if res.stated:
            return True, res.evidence or ""
    return None


def _sentence_tokens(reading) -> dict[int, list[int]]:  # noqa: ANN001
    """Each sentence's number, with the indices of its tokens, in order."""
    sentences: dict[int, list[int]] = {}
    for i, s in enumerate(reading.sentence_of):
        sentences.setdefault(s, []).append(i)
    return sentences


UNCHECKED_MIN_WORDS = 4  # shorter sentences ("Not sure.", "That's it.") claim nothing worth checking


def unchecked_sentences(reading, evidence: list[str]) -> list[str]:  # noqa: ANN001
    """Return the answer's sentences that no key point or misconception speaks to, as written.

    The rubric vouches only for what it recognises: a sentence that earned no key point and holds
    no known wrong claim may be a right aside or a wrong claim nobody listed. Shown to the learner
    beside the suggestion, it says what to check against the model answer before accepting Good."""
    sentences = _sentence_tokens(reading)
    spans = []
    for e in evidence:
        found = reading.original.find(e) if e else -1
        if found >= 0:
            spans.append((found, found + len(e)))

    def written(offset: int) -> int:  # an offset into the normalised answer, in the answer as written
        return reading.source_index[offset] if reading.source_index else offset

    out, after = [], 0  # a sentence runs from the end of the one before it: its opening word may be no token
    for idx in sentences.values():
        first, last = reading.tokens[idx[0]], reading.tokens[idx[-1]]
        start, end = after, written(last.end - 1) + 1
        after = end
        if sum(any(ch.isalnum() for ch in reading.tokens[i].norm) for i in idx) < UNCHECKED_MIN_WORDS:
            continue
        if any(a < end and written(first.start) < b for a, b in spans):
            continue
        sentence = reading.original[start:end].strip().lstrip(".!?;。！？；…").strip()
        if not is_hedge(sentence) and not says_dont_know(sentence):
            out.append(sentence)
    return out


def names_subject(q: Question, reading, text: str = "", segment=None) -> bool:  # noqa: ANN001
    """Whether the answer names what the question is about (its `subject`), if the bank says.

    An answer about a neighbouring subject shares words with the key points ("CNNs slide 2-D kernels
    over an image" for a question on why text needs a 1-D sequence model); naming none of the
    question's subject, it answers another question. Any mention counts, even a denied one.
    The subject's Chinese names do not change how the answer is cut for its key points: when the
    first reading finds none of them, a Chinese answer is read once more with them kept whole."""
    subject = q.data.get("subject")
    if not subject:
        return True
    if concept_hits(reading, subject, 0, len(reading.tokens)):
        return True
    if segment is None or not text:
        return False
    from rnnquiz.rubric import zh

    terms = sorted(rubric_terms([q]) | {t for name in subject["zh"] + subject["en"] for t in CJK_RUN.findall(name)})
    again = read(text, lambda run: zh.segment(run, terms))
    return bool(concept_hits(again, subject, 0, len(again.tokens)))


OFF_TOPIC_MIN_SENTENCES = 3  # an answer this long, with at most half of its words about the question, is off-topic
_SENTENCE_MIN_WORDS = 3


def on_topic(q: Question, reading) -> bool:  # noqa: ANN001
    """Whether an answer that covers some key points is about this question at all: an answer of
    several sentences, most of whose words lie in sentences that use none of the rubric's concepts,
    is about something else, even if one of its sentences happens to state a key point ("CNNs share
    kernels across positions. …")."""
    tokens = reading.tokens
    sentences = {s: idx for s, idx in _sentence_tokens(reading).items()  # short ones and hedges ("not sure about the rest") say nothing else
                 if len(idx) >= _SENTENCE_MIN_WORDS and not is_hedge(reading.span_text(idx[0], idx[-1]))}
    if len(sentences) < OFF_TOPIC_MIN_SENTENCES:
        return True
    touched = [False] * len(tokens)
    for item in q.data["key_points"] + q.data.get("misconceptions", []):
        for concept in item["claim"]:
            for hit in concept_hits(reading, concept, 0, len(tokens)):
                touched[hit.first] = True
    about = [idx for idx in sentences.values() if any(touched[i] for i in idx)]
    # by words, not sentences: two long sentences on the question outweigh two short asides after them
    return sum(map(len, about)) * 2 > sum(map(len, sentences.values()))


def _suggest(j: OpenJudgement, text: str) -> tuple[int, str]:
    covered = sum(j.covered)
    if j.misconceptions:
        return AGAIN, "misconception"
    if j.contradictions:
        return AGAIN, "contradiction"
    if covered == 0:
        return AGAIN, "dont-know" if says_dont_know(text) else "nothing-covered"
    if covered >= needed_for_good(len(j.points)):
        return GOOD, "complete"
    return HARD, "partial"
