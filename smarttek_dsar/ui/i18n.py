"""The one place for the window's language: which translation files are loaded, which locale
formats dates, and the domain's own Latvian labels for stages, rights and channels."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTimeZone,
    QTranslator,
)

from smarttek_dsar.domain.clock import DeadlineState
from smarttek_dsar.domain.rights import Channel, LegalBasis, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.paths import resource_path

LANGUAGES = ("en", "lv")
_current = "en"
_installed: list[QTranslator] = []


def system_language() -> str:
    return "lv" if QLocale.system().language() == QLocale.Language.Latvian else "en"


def current_language() -> str:
    return _current


def install(language: str) -> str:
    """Load every *_lv.qm file (this window's and other parts', e.g. the case view's) for Latvian,
    or none for English. Widgets built afterwards come up in that language."""
    global _current
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        # Qt's own words first (standard buttons such as Cancel), then ours, which win.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files = [Path(qt_dir) / f"qtbase_{language}.qm"]
        files += sorted(resource_path("translations").glob(f"*_{language}.qm"))
        for file in (f for f in files if f.exists()):
            translator = QTranslator(app)
            if translator.load(str(file)):
                app.installTranslator(translator)
                _installed.append(translator)
    _current = language
    QLocale.setDefault(locale())
    return language


def locale() -> QLocale:
    if _current == "lv":
        return QLocale(QLocale.Language.Latvian, QLocale.Country.Latvia)
    # English words, but the dates and numbers of the country the desk works in.
    return QLocale(QLocale.Language.English, QLocale.Country.Ireland)


def date_format() -> str:
    """The locale's short date with a four-digit year: deadlines span year ends."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", locale().dateFormat(QLocale.FormatType.ShortFormat))


def date_time_format() -> str:
    short = QLocale.FormatType.ShortFormat
    return date_format() + " " + locale().timeFormat(short)


def format_date(day: date | None) -> str:
    if day is None:
        return ""
    return locale().toString(QDate(day.year, day.month, day.day), date_format())


# The company's zone: deadlines, letters and dossiers count in Riga days and print Riga times,
# so the window shows the same times whatever zone the computer (or a server session) is set to.
COMPANY_TIME_ZONE = QTimeZone(b"Europe/Riga")


def format_datetime(moment: datetime | None) -> str:
    """A moment (services hand out UTC) as Riga wall-clock time, like the documents print it."""
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), COMPANY_TIME_ZONE)
    return locale().toString(stamp, date_time_format())


def article_label(article: str) -> str:
    """A GDPR article cited in short as the window's language does: "Art. 15(1)" in English,
    "VDAR 15(1)" in Latvian, like "VDAR 12(3)" elsewhere in the Latvian window."""
    return re.sub(r"\bArt\. ", "VDAR ", article) if _current == "lv" else article


def stage_label(stage: Stage) -> str:
    return stage.label_lv if _current == "lv" else stage.label


def right_label(right: Right) -> str:
    return right.label_lv if _current == "lv" else right.label


def legal_basis_label(basis: LegalBasis) -> str:
    return basis.label_lv if _current == "lv" else basis.label


def channel_label(channel: Channel) -> str:
    return channel.label_lv if _current == "lv" else channel.label


def deadline_state_label(state: DeadlineState) -> str:
    return {
        DeadlineState.ON_TRACK: QCoreApplication.translate("DeadlineState", "On track"),
        DeadlineState.DUE_SOON: QCoreApplication.translate("DeadlineState", "Due within 7 days"),
        DeadlineState.OVERDUE: QCoreApplication.translate("DeadlineState", "Overdue"),
        DeadlineState.PAUSED: QCoreApplication.translate("DeadlineState", "Clock paused"),
    }[state]
