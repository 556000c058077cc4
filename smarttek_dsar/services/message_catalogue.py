"""The services' messages in a language, without Qt: the command line's `--lang lv` reads the
same translations the window loads (the Qt Linguist sources, resources/translations/*_lv.ts,
context "ServiceMessage") and renders through the same code (domain/messages.py)."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from smarttek_dsar.domain.messages import CONTEXT, Message, render
from smarttek_dsar.paths import resource_path

LANGUAGES = ("en", "lv")


@functools.cache
def catalogue(language: str) -> dict[str, str]:
    """English template -> its translation, from every *_<language>.ts file shipped."""
    found: dict[str, str] = {}
    if language == "en":
        return found
    for file in sorted(resource_path("translations").glob(f"*_{language}.ts")):
        root = ET.parse(file).getroot()
        for context in root.findall("context"):
            if context.findtext("name") != CONTEXT:
                continue
            for item in context.findall("message"):
                source, translation = item.findtext("source"), item.find("translation")
                if source and translation is not None and translation.text and \
                        translation.get("type") not in ("unfinished", "obsolete"):
                    found[source] = translation.text
    return found


def message_in(text: Message | str, language: str) -> str:
    """A message rendered in `language` ("en" or "lv")."""
    table = catalogue(language)
    return render(text, language, lambda template: table.get(template, template))


def error_in(error: BaseException, language: str) -> str:
    """What an error says in `language`: its message code rendered, else its own text."""
    said = getattr(error, "message", None)
    if isinstance(said, Message):
        return message_in(said, language)
    return str(error)
