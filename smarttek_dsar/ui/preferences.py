"""Every option the window remembers on this computer, declared in one place over QSettings.
Organisation-wide settings live in the database instead (OrganisationService)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

ORGANISATION_NAME = "SMARTTEK MIXTURE SIA"
APPLICATION_NAME = "Smarttek DSAR Desk"


def _settings() -> QSettings:
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANISATION_NAME)
        QCoreApplication.setApplicationName(APPLICATION_NAME)
    return QSettings()


class _Option:
    def __init__(self, key: str, kind: type, default: object) -> None:
        self.key, self.kind, self.default = key, kind, default

    def get(self, suffix: str = ""):
        value = _settings().value(self.key + suffix, self.default)
        if self.kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        try:
            return self.kind(value)
        except (TypeError, ValueError):
            return self.default  # a hand-edited or older value never blocks start-up

    def set(self, value, suffix: str = "") -> None:
        settings = _settings()
        settings.setValue(self.key + suffix, value)
        settings.sync()


# "" means: follow the computer's language (Latvian on a Latvian system, otherwise English).
LANGUAGE = _Option("ui/language", str, "")
LAST_USER = _Option("ui/last_user", str, "")
WINDOW_GEOMETRY = _Option("window/geometry", QByteArray, None)
WINDOW_STATE = _Option("window/state", QByteArray, None)
NAVIGATION_SPLITTER = _Option("window/navigation_splitter", QByteArray, None)
# One layout per list (inbox, mine, all): suffixed with the list's name.
CASE_LIST_HEADER = _Option("case_list/header/", QByteArray, None)
DIALOG_GEOMETRY = _Option("dialogs/geometry/", QByteArray, None)
