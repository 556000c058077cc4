"""The one renderer of the services' messages in the window: a message code with parameters
(domain/messages.py) translated through Qt in the context "ServiceMessage" and filled with its
parameters in the window's language. Every place that shows a refusal or error goes through
`error_text`, so no English sentence from the services reaches a Latvian window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smarttek_dsar.domain.messages import CONTEXT, Message, render
from smarttek_dsar.ui.i18n import current_language


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def message_text(text: Message | str) -> str:
    """A message in the window's language (a plain string is shown as it is)."""
    return render(text, current_language(), _translate)


def error_text(error: BaseException) -> str:
    """What a refused request or a reportable error says, in the window's language."""
    said = getattr(error, "message", None)
    if isinstance(said, Message):
        return message_text(said)
    return str(error)


def counted(template: str, count: int, **params: object) -> str:
    """A phrase with a count in the window's language, its noun in the right form for that
    count in both languages ("1 case", "2 cases"; "1 lieta", "2 lietas", "10 lietu"): a message
    template with a plural field (domain/messages.py), translated in the "ServiceMessage"
    context like the services' messages. `{shown}` is the count as the locale writes it."""
    from smarttek_dsar.ui.i18n import locale

    return message_text(Message(template, {"count": count, "shown": locale().toString(count),
                                           **params}))
