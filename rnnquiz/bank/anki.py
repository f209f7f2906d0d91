"""Write the banks as an Anki package (.apkg) with genanki: one note per question, stable across exports.

Each note's guid is derived from the question id and the language, so importing a newer export
updates the notes it already made instead of adding copies, and an English and a Chinese deck
live side by side. Bank text is plain text: it is HTML-escaped, and formulas written TeX-style
with a one-letter base and a short index (`W_hh`, `a^t`, `c^{t-1}`, `Γ_o`) become MathJax
`\\(W_{hh}\\)`; identifiers such as `batch_first` or `weight_ih_l0` stay as written.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from rnnquiz.bank.grading import LETTERS, format_number, layout_for
from rnnquiz.bank.model import Question
from rnnquiz.i18n import tr

MODEL_IDS = {"en": 1_733_014_401, "zh": 1_733_014_402, "both": 1_733_014_403}  # fixed forever: Anki knows a note type by its id
DECK_IDS = {"en": 1_733_014_410, "zh": 1_733_014_411, "both": 1_733_014_412}
FIELDS = ("Id", "Question", "Options", "Answer", "Explanation", "Source")
LANGS = {"en": ("en",), "zh": ("zh",), "both": ("en", "zh")}

# A one-letter (Latin or Greek) base, then _ or ^ and a short index or a braced one; not inside a longer word.
_INDEX = r"(\{[^{}\s]{1,12}\}|\([^()\s]{1,8}\)|[A-Za-z0-9]{1,3})"
_MATH = re.compile(rf"(?<![\w\\])([A-Za-zΑ-Ωα-ω])([_^]){_INDEX}(?:([_^]){_INDEX})?(?![\w(])")

_CSS = """.card { font-family: -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", sans-serif; font-size: 18px; text-align: left; }
.zh { margin-top: .6em; } ol.options { list-style-type: upper-alpha; } .source { color: #888; font-size: 14px; }"""


def _braced(index: str) -> str:
    """a^(t-1) and c^t read as c^{t-1} and c^{t}: the index in TeX braces."""
    if index.startswith("{"):
        return index
    return "{" + (index[1:-1] if index.startswith("(") else index) + "}"


def to_html(text: str) -> str:
    """Return bank text as HTML: control characters removed, escaped, line breaks kept, TeX-style sub/superscripts as MathJax."""
    from rnnquiz.textsafe import escape_controls

    escaped = html.escape(escape_controls(text), quote=False).replace("\n", "<br>")

    def math(m: re.Match) -> str:
        tail = f"{m.group(4)}{_braced(m.group(5))}" if m.group(4) else ""
        return rf"\({m.group(1)}{m.group(2)}{_braced(m.group(3))}{tail}\)"

    return _MATH.sub(math, escaped)


def _both(texts: dict, langs: tuple[str, ...]) -> str:
    return "".join(f'<div class="{lang}">{to_html(texts[lang])}</div>' for lang in langs)


def _label(key: str, langs: tuple[str, ...]) -> str:
    return " / ".join(tr(key, lang) for lang in langs)


def _options(q: Question, langs: tuple[str, ...]) -> str:
    """The choices a card shows on its front (order and match items in a fixed shuffled layout)."""
    d = q.data
    if q.kind == "choice":
        return '<ol class="options">' + "".join(f"<li>{_both(o, langs)}</li>" for o in d["options"]) + "</ol>"
    layout = layout_for(q, 0)  # seeded: the same layout in every export, never the solved order
    if q.kind == "order":
        return '<ol class="options">' + "".join(f"<li>{_both(d['items'][i], langs)}</li>" for i in layout.order) + "</ol>"
    if q.kind == "match":
        left = "<ol>" + "".join(f"<li>{_both(p['left'], langs)}</li>" for p in d["pairs"]) + "</ol>"
        right = '<ol class="options">' + "".join(f"<li>{_both(d['pairs'][i]['right'], langs)}</li>" for i in layout.order) + "</ol>"
        return left + right
    return ""


def _answer(q: Question, langs: tuple[str, ...]) -> str:
    """The right answer, the way the card's back states it."""
    d = q.data
    if q.kind == "choice":
        return "<br>".join(f"{LETTERS[i]}. {_both(d['options'][i], langs)}" for i in d["correct"])
    if q.kind == "truefalse":
        return _label("anki.true" if d["correct"] else "anki.false", langs)
    if q.kind == "order":
        layout = layout_for(q, 0)
        letters = " ".join(LETTERS[layout.order.index(i)] for i in range(len(d["items"])))
        return f"{letters}<ol>" + "".join(f"<li>{_both(item, langs)}</li>" for item in d["items"]) + "</ol>"
    if q.kind == "match":
        return "<ul>" + "".join(f"<li>{_both(p['left'], langs)} ↔ {_both(p['right'], langs)}</li>" for p in d["pairs"]) + "</ul>"
    if q.kind == "numeric":
        tol = f" (± {format_number(d['tolerance'])})" if d.get("tolerance") else ""
        unit = " " + " / ".join(d["unit"][lang] for lang in langs) if d.get("unit") else ""
        return html.escape(format_number(d["value"]) + tol + unit)
    if q.kind == "open":
        title = _label("anki.key-points", langs)
        return f"<b>{title}</b><ul>" + "".join(f"<li>{_both(p['text'], langs)}</li>" for p in d["key_points"]) + "</ul>"
    return ""


def note_fields(q: Question, lang: str) -> list[str]:
    """Return the note's fields (see FIELDS) for `lang`: "en", "zh" or "both"."""
    langs = LANGS[lang]
    return [html.escape(q.id), _both(q.prompt, langs), _options(q, langs), _answer(q, langs), _both(q.answer, langs),
            html.escape(q.source)]


def note_tags(q: Question) -> list[str]:
    """Anki tags: the topic, the difficulty and the kind (hierarchical, `rnnquiz::topic::lstm`), then the bank's tags."""
    return [f"rnnquiz::topic::{q.topic}", f"rnnquiz::difficulty::{q.difficulty}", f"rnnquiz::kind::{q.kind}",
            *(f"rnnquiz::tag::{t}" for t in q.tags)]


def note_guid(q: Question, lang: str) -> str:
    """The note's stable id: the same question in the same language is the same note in every export."""
    import genanki

    return genanki.guid_for("rnnquiz", lang, q.id)


def _model(lang: str):  # noqa: ANN202
    import genanki

    answer_label = _label("anki.answer", LANGS[lang])
    explain_label = _label("anki.model-answer", LANGS[lang])
    return genanki.Model(
        MODEL_IDS[lang], f"rnnquiz question ({lang})", fields=[{"name": f} for f in FIELDS], css=_CSS,
        templates=[{
            "name": "Question",
            "qfmt": "{{Question}}{{Options}}",
            "afmt": (f"{{{{FrontSide}}}}<hr id=answer><b>{answer_label}</b><br>{{{{Answer}}}}"
                     f"<p><b>{explain_label}</b><br>{{{{Explanation}}}}</p><p class=source>{{{{Source}}}} · {{{{Id}}}}</p>"),
        }],
    )


def write_apkg(questions: list[Question], path: Path, lang: str = "en") -> int:
    """Write `questions` as an Anki deck to `path`; return the number of notes.

    Args:
        questions: the questions to export, in deck order.
        path: the .apkg file to write (replaced if it exists).
        lang: "en", "zh" or "both" (each side shows English then Chinese).
    """
    import genanki

    model = _model(lang)
    deck_name = tr("anki.deck", "zh" if lang == "zh" else "en") + ("" if lang != "both" else " (English / 中文)")
    deck = genanki.Deck(DECK_IDS[lang], deck_name)
    for q in questions:
        deck.add_note(genanki.Note(model=model, fields=note_fields(q, lang), tags=note_tags(q), guid=note_guid(q, lang),
                                   sort_field=q.id))
    genanki.Package(deck).write_to_file(str(path))
    return len(questions)
