"""Messages for people as codes with parameters, rendered in the reader's language.

A message keeps its English template (with {named} fields) and the values of those fields. The
template doubles as the message's code and its translation key: the window translates it through
Qt (context "ServiceMessage"), the command line through the same catalogue read without Qt. The
parameters are rendered in the same language: a stage, right or channel by its label, a date as
that language writes it, a nested message translated in turn, a list item by item.

Plurals are written in the template as a format spec on a number field:
`{count} {count:plural:case|cases}`; a Latvian translation gives three forms,
`{count} {count:plural:lieta|lietas|lietu}` (one | other | zero, the CLDR rule below).
Lists are joined with ", " unless the spec says otherwise: `{missing:join:; }`.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from typing import Any

# The Qt translation context every template lives in, and the one the .ts catalogue names.
CONTEXT = "ServiceMessage"

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """An English template and its parameters; str() is the English sentence."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    # A rule that words its answer in both languages itself (domain/clock.py) gives the Latvian
    # sentence here; it is used when the catalogue has no translation of the template.
    latvian: str | None = None

    def __str__(self) -> str:
        return render(self, "en")

    def __contains__(self, text: str) -> bool:
        """Whether the English sentence says `text` (a check that reads it as a string)."""
        return text in str(self)


def message(template: str | Message, /, **params: Any) -> Message:
    """A Message from a template (or an existing Message, kept as it is)."""
    if isinstance(template, Message):
        return template
    return Message(template, dict(params))


def plural_form(count: int, language: str, forms: list[str]) -> str:
    """The form of a noun after `count`. English: one | other. Latvian (CLDR): one for
    1, 21, 31... but not 11; zero for 0, 10-20, 30, 40...; other for the rest (2-9, 22-29...):
    "1 lieta", "2 lietas", "0 lietu", "11 lietu", "21 lieta"."""
    count = abs(int(count))
    if language == "lv" and len(forms) >= 3:
        if count % 10 == 1 and count % 100 != 11:
            return forms[0]
        if count % 10 == 0 or 11 <= count % 100 <= 19:
            return forms[2]
        return forms[1]
    if count == 1 or len(forms) == 1:
        return forms[0]
    return forms[1]


def format_day(day: date, language: str) -> str:
    if language == "lv":
        return f"{day.day:02d}.{day.month:02d}.{day.year}."
    return day.isoformat()


class _Formatter(string.Formatter):
    def __init__(self, language: str, translate: Translate) -> None:
        self.language, self.translate = language, translate

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("plural:"):
            return plural_form(value, self.language, format_spec[len("plural:"):].split("|"))
        if format_spec.startswith("join:"):
            return format_spec[len("join:"):].join(self.word(v) for v in value)
        if format_spec:
            return format(value, format_spec)
        return self.word(value)

    def word(self, value: Any) -> str:
        """A parameter in the reader's language."""
        if isinstance(value, Message):
            return render(value, self.language, self.translate)
        if isinstance(value, Enum) and hasattr(value, "label"):
            if self.language == "lv" and hasattr(value, "label_lv"):
                return str(value.label_lv)
            return str(value.label)
        if isinstance(getattr(value, "en", None), str) and isinstance(
                getattr(value, "lv", None), str):  # a register name kept in both languages
            return value.lv if self.language == "lv" else value.en
        if isinstance(value, datetime):
            return value.isoformat(timespec="seconds")
        if isinstance(value, date):
            return format_day(value, self.language)
        if isinstance(value, (list, tuple, frozenset, set)):
            items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
            return ", ".join(self.word(v) for v in items)
        return str(value)


def render(text: Message | str, language: str = "en", translate: Translate | None = None
           ) -> str:
    """`text` in `language`: the template translated by `translate` (English: as written),
    then filled with the parameters rendered in that language. A translation that does not
    fit its parameters falls back to the English template rather than failing."""
    if not isinstance(text, Message):
        return str(text)
    translate = translate or _same
    template = translate(text.template) if language != "en" else text.template
    if language == "lv" and text.latvian and template == text.template:
        return text.latvian
    if not text.params:  # no fields: braces in the text are literal (e.g. "${name}")
        return template
    formatter = _Formatter(language, translate)
    try:
        return formatter.vformat(template, (), dict(text.params))
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return _Formatter("en", _same).vformat(text.template, (), dict(text.params))


class Messaged:
    """Mixin for exceptions whose text is a Message: `Error(template, **params)`; str() is the
    English sentence, `.message` the code with its parameters for other languages."""

    message: Message

    def _set_message(self, template: str | Message, params: dict[str, Any]) -> str:
        self.message = message(template, **params)
        return str(self.message)


def read_back(stored: str, templates: Iterable[str]) -> Message:
    """English kept as text (a stored reason, a case's receipt proof line) read back to the
    first of `templates` it was written from, its fields as the text they were, so that a
    window can say it in its language; text no template wrote is kept as it is."""
    for template in templates:
        found = _pattern(template).match(stored)
        if found is not None:
            fields = _fields(template)
            return Message(template, {name: _unformatted(value, *fields[name])
                                      for name, value in found.groupdict().items()})
    return Message(stored)


@lru_cache(maxsize=512)
def _fields(template: str) -> dict[str, tuple[str, str | None]]:
    """Each field's format spec and conversion, as its first place in the template has them."""
    fields: dict[str, tuple[str, str | None]] = {}
    for _literal, name, spec, conversion in string.Formatter().parse(template):
        if name is not None and name not in fields:
            fields[name] = (spec or "", conversion)
    return fields


def _unformatted(text: str, spec: str, conversion: str | None) -> Any:
    """A field's text back to the value that renders as it again: `{text!r}` wrote a quoted
    string, `{born:%d.%m.%Y}` a date; anything else is the text itself."""
    if conversion == "r":
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            return text
        return value if isinstance(value, str) else text
    if "%" in spec:
        try:
            moment = datetime.strptime(text, spec)
        except ValueError:
            return text
        return moment if any(f"%{c}" in spec for c in "HIMSf") else moment.date()
    return text


def split_joined(stored: str, templates: Iterable[str], separator: str = " ") -> list[str] | None:
    """Sentences a list template joined (`{problems:join: }`) split back apart, each the text
    of one of `templates`; None when the text is not made of them alone. The whole text is
    tried first, then every place the separator stands, leftmost first."""
    templates = tuple(templates)

    def known(text: str) -> bool:
        return read_back(text, templates).template in templates

    def split(text: str) -> list[str] | None:
        if known(text):
            return [text]
        at = text.find(separator)
        while at > 0:
            head = text[:at]
            if known(head):
                rest = split(text[at + len(separator):])
                if rest is not None:
                    return [head, *rest]
            at = text.find(separator, at + 1)
        return None

    return split(stored) if stored else None


@lru_cache(maxsize=512)
def _pattern(template: str) -> re.Pattern:
    # A field may stand twice in a template: the regex names it once, later ones match alike.
    parts, seen = [], set()
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is None:
            continue
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
        seen.add(name)
    return re.compile("".join(parts) + r"\Z", re.DOTALL)
