"""One way of writing formulas, so that a rubric's a^(t-1) matches an answer's h_{t-1}-style notation.

Candidates write the same symbol many ways: a^(t-1), a^{t-1}, a^<t-1>, a^{<t-1>}, a_{t-1}, a_t-1,
a(t-1), a<t-1>; Γo·c, Γo * c, Γo ⊙ c, Γo c; Γ_u and Γu; \\tanh and tanh; c~ and c̃; one-hot and
one hot. Answers and rubric phrasings are both rewritten into one form before they are cut into
words: a sub- or superscript is written `^` and loses its brackets when it is a short index,
a product sign between two operands is dropped, LaTeX commands become the symbols they name, and a
hyphen between two letters is a space. Each rewrite keeps track of where its characters came from,
so evidence is still quoted from the answer as typed.
"""

from __future__ import annotations

import re
import unicodedata

_LETTER = r"[^\W\d_]"
# Stands between two words that notation joins (one-hot, Γo·c): not a word, not a space, so a
# rubric phrasing such as "one-hot" stays one piece whose words must follow each other.
JOIN = "\u2060"
# a short index: t, t-1, t+1, l-1, aa, 0, τ, t - k
_INDEX = r"[^\W_]{1,3}(?:\s?[+\-]\s?[^\W_]{1,3})?"

_LATEX_SYMBOLS = {
    "sigma": "σ", "gamma": "γ", "alpha": "α", "beta": "β", "delta": "δ", "theta": "θ", "tau": "τ",
    "epsilon": "ε", "varepsilon": "ε", "lambda": "λ", "mu": "μ", "omega": "ω", "phi": "φ", "psi": "ψ",
    "odot": "⊙", "cdot": "·", "circ": "∘", "times": "×", "partial": "∂", "nabla": "∇", "sum": "∑",
    "sqrt": "√", "infty": "∞", "to": "→", "rightarrow": "→", "leftarrow": "←", "approx": "≈",
    "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠",
    "tanh": "tanh", "sigmoid": "sigmoid", "exp": "exp", "log": "log", "softmax": "softmax",
}
_LATEX_ACCENTS = {"tilde": "\u0303", "hat": "\u0302", "bar": "\u0304"}
_LATEX_ARROWS = {"overrightarrow": "→", "overleftarrow": "←"}


def _latex(m: re.Match) -> str:
    name, arg = m.group(1), m.group(2)
    if arg is not None:
        if name in _LATEX_ACCENTS:
            return unicodedata.normalize("NFC", arg + _LATEX_ACCENTS[name])
        if name in _LATEX_ARROWS:
            return _LATEX_ARROWS[name] + arg
        return arg  # \mathbf{W}, \text{softmax}, \vec{x}, \operatorname{tanh}
    return _LATEX_SYMBOLS.get(name, m.group(0))


_RULES: list[tuple[re.Pattern, object]] = [
    # \tilde{c} → c̃, \overrightarrow{a} → →a, \mathbf{W} → W
    (re.compile(r"\\(tilde|hat|bar|overrightarrow|overleftarrow|mathbf|mathrm|text|operatorname|vec|boldsymbol)"
                r"\{([^{}\\]{1,12})\}"), _latex),
    (re.compile(r"\\(left|right)(?=[()\[\]|])"), ""),  # \left( … \right)
    (re.compile(r"\\frac\{([^{}]{1,20})\}\{([^{}]{1,20})\}"), lambda m: f"{m.group(1)}/{m.group(2)}"),
    (re.compile(r"\\([a-z]+)(?![a-z])"), lambda m: _LATEX_SYMBOLS.get(m.group(1), m.group(0))),
    # c~ and c˜ are c̃; c~t is c̃^t
    (re.compile(rf"(?<!{_LETTER})({_LETTER})~(t(?![^\W_]))?"), lambda m: m.group(1) + "\u0303" + ("^t" if m.group(2) else "")),
    # a sub- or superscript is one kind of index
    (re.compile(r"_"), "^"),
    # ^(t-1), ^{t-1}, ^<t-1>, ^{<t-1>}: the brackets only group the index
    (re.compile(rf"\^\s?(?:\{{<({_INDEX})>\}}|\(<({_INDEX})>\)|\{{\s?({_INDEX})\s?\}}|\(\s?({_INDEX})\s?\)|<({_INDEX})>)"),
     lambda m: "^" + next(g for g in m.groups() if g).replace(" ", "")),
    # a<t>, h(t-1): a time index without a caret, after a one-letter name
    (re.compile(rf"(?<![^\W_])({_LETTER}[\u0300-\u036f]?)<({_INDEX})>"), lambda m: f"{m.group(1)}^{m.group(2)}"),
    (re.compile(rf"(?<![^\W_])({_LETTER}[\u0300-\u036f]?)\((t(?:\s?[+\-]\s?\d)?)\)"), lambda m: f"{m.group(1)}^{m.group(2)}"),
    # Γ_u, Γ^u: a gate's name is one word, as in Γu
    (re.compile(r"(?<![^\W_])([α-ω])\^([a-z])(?![^\W_])"), lambda m: m.group(1) + m.group(2)),
    # a product sign between two operands: Γo·c, Γo * c, Γo ⊙ c, Γo c (not the `*` that ends a prefix)
    (re.compile(r"(?<=[\w)\]}'\u0300-\u036f])\s?[⊙∘·]\s?(?=[\w(\[{√∂∇∑])"), JOIN),
    (re.compile(r"(?<=[\w)\]}'\u0300-\u036f])(?:\s\*\s?|\*)(?=[\w(\[{√∂∇∑])"), JOIN),
    # one-hot, many-to-one, long-term: a hyphen between words joins them as a space does (t-k is a difference)
    (re.compile(rf"(?<={_LETTER}{_LETTER})-(?={_LETTER}{_LETTER})"), JOIN),
]



TRIGGERS = "\\~^_(<{⊙∘·*-"  # text holding none of these is left as it is by every rule


def rewrite(text: str, where: list[int]) -> tuple[str, list[int]]:
    """Apply the notation rules to normalised text; `where` maps each character to its source index."""
    if not any(c in text for c in TRIGGERS):
        return text, where
    for pattern, repl in _RULES:
        out: list[str] = []
        new_where: list[int] = []
        pos = 0
        for m in pattern.finditer(text):
            a, b = m.span()
            out.append(text[pos:a])
            new_where.extend(where[pos:a])
            piece = repl if isinstance(repl, str) else repl(m)
            out.append(piece)
            span = max(b - a, 1)
            new_where.extend(where[min(a + k * span // max(len(piece), 1), len(where) - 1)] for k in range(len(piece)))
            pos = b
        if pos:
            out.append(text[pos:])
            new_where.extend(where[pos:])
            text, where = "".join(out), new_where
    return text, where
