"""Every message rnnquiz shows, from one catalogue per language (`en.py`, `zh.py`).

Code asks for a message by key: `tr("ask.skipped", lang)`, with `{name}` placeholders filled from
keyword arguments. A key missing from a catalogue is a bug that a test catches; at run time it
falls back to English rather than failing in front of a learner.
"""

from __future__ import annotations

import os
from functools import lru_cache

LANGS = ("en", "zh")


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[str, str]:
    """Return the messages of one language."""
    if lang == "zh":
        from rnnquiz.i18n import zh, zh_class, zh_drills, zh_generated
        return zh.MESSAGES | zh_drills.MESSAGES | zh_generated.MESSAGES | zh_class.MESSAGES
    from rnnquiz.i18n import en, en_class, en_drills, en_generated
    return en.MESSAGES | en_drills.MESSAGES | en_generated.MESSAGES | en_class.MESSAGES


def tr(key: str, lang: str = "en", /, **values: object) -> str:
    """Return the message `key` in `lang`, with its placeholders filled."""
    text = catalogue(lang).get(key) or catalogue("en")[key]
    return text.format(**values) if values else text


def default_lang() -> str:
    """The interface language: RNNQUIZ_LANG when it is a known language, else English."""
    lang = os.environ.get("RNNQUIZ_LANG", "en").strip().lower()
    return lang if lang in LANGS else "en"


class Messages:
    """Messages bound to one language: `t = Messages("zh"); t("ask.skipped")`."""

    def __init__(self, lang: str):
        self.lang = lang if lang in LANGS else "en"

    def __call__(self, key: str, /, **values: object) -> str:
        return tr(key, self.lang, **values)
