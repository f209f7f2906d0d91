"""Language-neutral messages of the drill side: a catalogue key and its values, rendered at the edge.

A `Msg` is a `str` whose value is the English text, so reports, JSON output and tests that read
`check.message` or `report.summary` see plain English. It also keeps its key and values, so a
front end can show it in any language with `render(msg, lang)`. Values may be messages
themselves (rendered in the same language), numbers (formatted by the catalogue, `{x:.3g}`) or
untrusted text (never interpreted as a template).
"""

from __future__ import annotations

from rnnquiz.i18n import tr


def render(value: object, lang: str = "en") -> object:
    """Return a message in `lang`; any other value unchanged (numbers keep their format specs)."""
    return value.render(lang) if isinstance(value, Localized) else value


class Localized(str):
    """Text that can be shown in another language; as a str it is the English text."""

    def __new__(cls, *args: object, **kwargs: object):  # noqa: ANN204
        self = super().__new__(cls, "")
        self._setup(*args, **kwargs)
        english = super().__new__(cls, self._text("en"))
        english.__dict__.update(self.__dict__)
        return english

    def _setup(self, *args: object, **kwargs: object) -> None:
        raise NotImplementedError

    def _text(self, lang: str) -> str:
        raise NotImplementedError

    def render(self, lang: str = "en") -> str:
        """Return the text in `lang` (English for an unknown language or a missing key)."""
        return str.__str__(self) if lang == "en" else self._text(lang)

    def __deepcopy__(self, memo: dict):  # noqa: ANN204 - immutable: `dataclasses.asdict` may keep it
        return self

    def __copy__(self):  # noqa: ANN204
        return self

    def __reduce__(self):  # noqa: ANN204 - pickles (and copies) as the English text
        return (str, (str.__str__(self),))


class Msg(Localized):
    """The catalogue message `key` with its `{placeholders}` filled from `values`."""

    key: str
    values: dict

    def _setup(self, key: str, /, **values: object) -> None:
        self.key, self.values = key, values

    def _text(self, lang: str) -> str:
        return tr(self.key, lang, **{k: render(v, lang) for k, v in self.values.items()})

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {self.values!r})"


class Concat(Localized):
    """Several pieces, each rendered in the same language, one after the other."""

    parts: tuple

    def _setup(self, *parts: object) -> None:
        self.parts = parts

    def _text(self, lang: str) -> str:
        return "".join(str(render(p, lang)) for p in self.parts)


class Join(Localized):
    """Items joined by the catalogue separator `sep` (`drill.sep.or`: " or " / "或")."""

    sep: str
    items: tuple

    def _setup(self, sep: str, items) -> None:  # noqa: ANN001
        self.sep, self.items = sep, tuple(items)

    def _text(self, lang: str) -> str:
        return tr(self.sep, lang).join(str(render(i, lang)) for i in self.items)


class Pick(Localized):
    """A text given per language in drill data (`{en: ..., zh: ...}`), English when one is missing."""

    texts: dict

    def _setup(self, texts: dict) -> None:
        self.texts = dict(texts)

    def _text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts.get("en", "")


class FirstLine(Localized):
    """The first line of a text, without a trailing colon (the one-line summary of a check)."""

    text: object

    def _setup(self, text: object) -> None:
        self.text = text

    def _text(self, lang: str) -> str:
        lines = str(render(self.text, lang)).splitlines()
        return lines[0].rstrip(":：") if lines and lang != "en" else (lines[0].rstrip(":") if lines else "")
