"""Settings: this computer's language, the organisation's settings and extra public holidays
(administrators change those; everyone sees them), and which database is open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.administration.organisation import OrganisationSettings
from smarttek_dsar.ui import i18n, preferences
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.mail_settings_box import MailSettingsBox
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.tasks import run_task
from smarttek_dsar.ui.today import today_qdate

_DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class SettingsPage(QWidget):
    # "", "en" or "lv" chosen; the window switches (and keeps the choice) once nothing unsaved
    # is lost, else show_language_in_use() puts the box back.
    language_changed = Signal(str)
    status_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.admin = context.can(Permission.MANAGE_SETTINGS)
        self._loaded: OrganisationSettings | None = None
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._language_box())
        left.addWidget(self._organisation_box())
        left.addWidget(self._database_box())
        left.addStretch(1)
        right.addWidget(self._holidays_box(), 1)
        self.mail = MailSettingsBox(context)
        self.mail.saved.connect(self._mail_saved)
        self.mail.refused.connect(self._refused_only)
        # Scrolled: the page must still fit a 1280×800 screen with both mail boxes on it.
        mail_area = QScrollArea()
        mail_area.setWidgetResizable(True)
        mail_area.setFrameShape(QScrollArea.Shape.NoFrame)
        mail_area.setWidget(self.mail)
        right.addWidget(mail_area, 2)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.message = plain(QLabel())
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        if not self.admin:
            note = QLabel(self.tr("Organisation settings and holidays are changed by an "
                                  "administrator; you can see them here."))
            note.setStyleSheet("color: #666;")
            layout.addWidget(note)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        context.changed.connect(
            lambda changes: self._load() if changes.organisation and self.isVisible() else None)

    # -- layout ---------------------------------------------------------------------------
    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Same as the computer"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Latviešu", "lv")
        self.show_language_in_use()
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Window &language:"), self.language)
        note = QLabel(self.tr("Letters and exports use the data subject's language, "
                              "set on each case."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form.addRow(note)
        return box

    def _organisation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Organisation"))
        form = QFormLayout(box)
        self.retention = self._spin(self.tr(" years"))
        self.pause_window = self._spin(self.tr(" days"))
        self.attachment_limit = self._spin(self.tr(" MB"))
        self.held_dismissed = self._spin(self.tr(" days"))
        self.held_dismissed.setObjectName("held_dismissed_days")
        self.held_undecided = self._spin(self.tr(" days"))
        self.held_undecided.setObjectName("held_undecided_days")
        form.addRow(self.tr("Keep closed cases for:"), self.retention)
        form.addRow(self.tr("Identity request counts as a pause if sent within:"),
                    self.pause_window)
        form.addRow(self.tr("Largest attachment:"), self.attachment_limit)
        form.addRow(self.tr("Keep dismissed held mail for:"), self.held_dismissed)
        form.addRow(self.tr("Keep undecided held mail for:"), self.held_undecided)
        self.save_button = QPushButton(self.tr("Save organisation settings"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        form.addRow(self.save_button)
        for spin in (self.retention, self.pause_window, self.attachment_limit,
                     self.held_dismissed, self.held_undecided):
            spin.valueChanged.connect(self._settings_edited)
        return box

    def _spin(self, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 1000)  # the service holds the real limits and names them if crossed
        spin.setSuffix(suffix)
        spin.setEnabled(self.admin)
        return spin

    def _database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Database"))
        form = QFormLayout(box)
        self.database = QLineEdit(self.context.database_description)
        self.database.setReadOnly(True)
        form.addRow(self.tr("Open database:"), self.database)
        return box

    def _holidays_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Extra public holidays"))
        column = QVBoxLayout(box)
        explain = QLabel(self.tr(
            "One-off holidays the government declares (beyond the statutory ones) move "
            "deadlines that end on them. Adding or removing one recomputes every open case."))
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #666;")
        self.holidays = QListWidget()
        self.holidays.setObjectName("holidays")
        self.holiday_day = QDateEdit(today_qdate())
        self.holiday_day.setCalendarPopup(True)
        self.holiday_day.setDisplayFormat(i18n.date_format())
        self.holiday_name = QLineEdit()
        self.holiday_name.setPlaceholderText(self.tr("Name, e.g. Ice hockey bronze medal day"))
        self.add_holiday = QPushButton(self.tr("Add"))
        self.remove_holiday = QPushButton(self.tr("Remove selected"))
        row = QHBoxLayout()
        row.addWidget(self.holiday_day)
        row.addWidget(self.holiday_name, 1)
        row.addWidget(self.add_holiday)
        column.addWidget(explain)
        column.addWidget(self.holidays, 1)
        column.addLayout(row)
        column.addWidget(self.remove_holiday)
        for widget in (self.holiday_day, self.holiday_name, self.add_holiday,
                       self.remove_holiday):
            widget.setEnabled(self.admin)
        self.add_holiday.clicked.connect(self._add_holiday)
        self.remove_holiday.clicked.connect(self._remove_holiday)
        return box

    # -- loading --------------------------------------------------------------------------
    def activate(self) -> None:
        self.show_language_in_use()  # a switch refused at the unsaved-edit question left none
        self._load()
        self.mail.load()

    def status_text(self) -> str:
        return ""

    def _load(self) -> None:
        organisation = self.context.services.organisation

        def job() -> tuple[OrganisationSettings, list[tuple[date, str]]]:
            return organisation.settings(), organisation.extra_holidays()

        self._task = run_task(self, job, lambda result: self._show(*result))

    def _show(self, settings: OrganisationSettings, holidays: list[tuple[date, str]]) -> None:
        self._loaded = settings
        for spin, value in ((self.retention, settings.retention_years),
                            (self.pause_window, settings.pause_request_within_days),
                            (self.attachment_limit, settings.max_attachment_mb),
                            (self.held_dismissed, settings.held_dismissed_days),
                            (self.held_undecided, settings.held_undecided_days)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.save_button.setEnabled(False)
        self.holidays.clear()
        for day, name in holidays:
            item = QListWidgetItem(f"{i18n.format_date(day)} — {name}")
            item.setData(_DAY_ROLE, day.isoformat())
            self.holidays.addItem(item)

    # -- changes --------------------------------------------------------------------------
    def _language_chosen(self) -> None:
        self.language_changed.emit(self.language.currentData())

    def show_language_in_use(self) -> None:
        """The box shows the kept choice (a change cancelled at the question is not kept)."""
        with QSignalBlocker(self.language):
            self.language.setCurrentIndex(
                max(0, self.language.findData(preferences.LANGUAGE.get())))

    def _settings_edited(self) -> None:
        self.save_button.setEnabled(self.admin and self._changes() != {})

    def _changes(self) -> dict[str, int]:
        if self._loaded is None:
            return {}
        wanted = {
            "retention_years": self.retention.value(),
            "pause_request_within_days": self.pause_window.value(),
            "max_attachment_mb": self.attachment_limit.value(),
            "held_dismissed_days": self.held_dismissed.value(),
            "held_undecided_days": self.held_undecided.value(),
        }
        return {k: v for k, v in wanted.items() if getattr(self._loaded, k) != v}

    def _save(self) -> None:
        changes = self._changes()
        organisation, actor = self.context.services.organisation, self.context.actor

        def job() -> OrganisationSettings:
            result = self._loaded
            for key, value in changes.items():
                result = organisation.update(actor, key, value)
            return result

        self._task = run_task(self, job, self._saved, on_error=self._refused)

    def _saved(self, _settings: OrganisationSettings) -> None:
        self._say(self.tr("Organisation settings saved."))
        self.context.notify(Changes.of_organisation())
        self._load()

    def _add_holiday(self) -> None:
        qdate = self.holiday_day.date()
        day = date(qdate.year(), qdate.month(), qdate.day())
        name = self.holiday_name.text()
        organisation, actor = self.context.services.organisation, self.context.actor
        self._task = run_task(
            self, lambda: organisation.add_holiday(actor, day, name), self._holidays_changed,
            title=self.tr("Recomputing deadlines…"), on_error=self._refused)

    def _remove_holiday(self) -> None:
        item = self.holidays.currentItem()
        if item is None:
            self._refused(self.tr("Select the holiday to remove."))
            return
        day = date.fromisoformat(item.data(_DAY_ROLE))
        organisation, actor = self.context.services.organisation, self.context.actor
        self._task = run_task(
            self, lambda: organisation.remove_holiday(actor, day), self._holidays_changed,
            title=self.tr("Recomputing deadlines…"), on_error=self._refused)

    def _holidays_changed(self, _result: object) -> None:
        self.holiday_name.clear()
        self._say(self.tr("Holidays changed; open cases' deadlines were recomputed."))
        self.context.notify(Changes.everything())  # every open case's deadline moved
        self._load()

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #1d6b35;")
        self.message.setText(text)

    def _mail_saved(self, text: str) -> None:
        self._say(text)
        self.context.notify(Changes.of_organisation())  # the window's fetch timer follows

    def _refused_only(self, message: str) -> None:
        self.message.setStyleSheet("color: #8b1a1a;")
        self.message.setText(message)

    def _refused(self, message: str) -> None:
        self.message.setStyleSheet("color: #8b1a1a;")
        self.message.setText(message)
        self._load()
