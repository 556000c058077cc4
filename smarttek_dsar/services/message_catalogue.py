"""The services' messages in a language, without Qt: the command line's `--lang lv` reads the
same translations the window loads (the Qt Linguist sources, resources/translations/*_lv.ts,
context "ServiceMessage") and renders through the same code (domain/messages.py). Documents
read other contexts the same way: the dossier's timeline words the audit trail with the
window's translations of domain/audit_words.py (contexts "TimelinePanel", "AuditDetails")."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable

from smarttek_dsar.domain.messages import CONTEXT, Message, render
from smarttek_dsar.paths import resource_path

LANGUAGES = ("en", "lv")


@functools.cache
def catalogue(language: str, context: str = CONTEXT) -> dict[str, str]:
    """English source -> its translation in the Qt context `context` (the services' message
    templates unless told), from every *_<language>.ts file shipped."""
    found: dict[str, str] = {}
    if language == "en":
        return found
    for file in sorted(resource_path("translations").glob(f"*_{language}.ts")):
        root = ET.parse(file).getroot()
        for element in root.findall("context"):
            if element.findtext("name") != context:
                continue
            for item in element.findall("message"):
                source, translation = item.findtext("source"), item.find("translation")
                if source and translation is not None and translation.text and \
                        translation.get("type") not in ("unfinished", "obsolete"):
                    found[source] = translation.text
    return found


def translator(language: str) -> Callable[[str, str], str]:
    """translate(context, english) for `language`, as Qt's QCoreApplication.translate is for
    the window: the English itself where no translation is shipped."""
    def translate(context: str, english: str) -> str:
        return catalogue(language, context).get(english, english)

    return translate


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
