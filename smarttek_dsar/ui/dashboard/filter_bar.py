"""The dashboard's filters: period of receipt, right, channel and assignee."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.services.administration.dashboard import DashboardFilter, StaffMember
from smarttek_dsar.ui import i18n


class Period(StrEnum):
    ALL = "all"
    THIS_MONTH = "this_month"
    LAST_3_MONTHS = "last_3_months"
    LAST_12_MONTHS = "last_12_months"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"


def period_range(period: Period, today: date) -> tuple[date | None, date | None]:
    """First and last day of receipt the period covers, both included."""
    if period is Period.THIS_MONTH:
        return today.replace(day=1), today
    if period is Period.LAST_3_MONTHS:
        return _months_back(today, 3), today
    if period is Period.LAST_12_MONTHS:
        return _months_back(today, 12), today
    if period is Period.THIS_YEAR:
        return date(today.year, 1, 1), today
    if period is Period.LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


def _months_back(today: date, months: int) -> date:
    # The same day `months` earlier (or the month's last day), plus one: a full span of months.
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    following = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last = (following - timedelta(days=1)).day
    return date(year, month + 1, min(today.day, last)) + timedelta(days=1)


class DashboardFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = QComboBox()
        for period, text in (
            (Period.ALL, self.tr("All time")),
            (Period.THIS_MONTH, self.tr("This month")),
            (Period.LAST_3_MONTHS, self.tr("Last 3 months")),
            (Period.LAST_12_MONTHS, self.tr("Last 12 months")),
            (Period.THIS_YEAR, self.tr("This year")),
            (Period.LAST_YEAR, self.tr("Last year")),
        ):
            self.period.addItem(text, period.value)
        self.right = QComboBox()
        self.right.addItem(self.tr("All rights"), None)
        for right in Right:
            self.right.addItem(i18n.right_label(right), right.value)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel.addItem(i18n.channel_label(channel), channel.value)
        self.assignee = QComboBox()
        self.assignee.addItem(self.tr("Everyone"), None)
        self.assignee.setMinimumContentsLength(12)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Received:")))
        layout.addWidget(self.period)
        layout.addWidget(self.right)
        layout.addWidget(self.channel)
        layout.addWidget(self.assignee)
        layout.addStretch(1)
        for combo in (self.period, self.right, self.channel, self.assignee):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_assignees(self, staff: Sequence[StaffMember]) -> None:
        """Fill the assignee list once it is known, keeping the current choice."""
        chosen = self.assignee.currentData()
        self.assignee.blockSignals(True)
        while self.assignee.count() > 1:
            self.assignee.removeItem(1)
        for member in staff:
            self.assignee.addItem(f"{member.display_name} ({member.username})", member.id)
        index = self.assignee.findData(chosen)
        self.assignee.setCurrentIndex(max(index, 0))
        self.assignee.blockSignals(False)

    def current(self, today: date) -> DashboardFilter:
        period_from, period_to = period_range(Period(self.period.currentData()), today)
        right, channel = self.right.currentData(), self.channel.currentData()
        return DashboardFilter(
            period_from=period_from,
            period_to=period_to,
            rights=(Right(right),) if right else (),
            channels=(Channel(channel),) if channel else (),
            assignee_id=self.assignee.currentData(),
        )

    def assignee_name(self) -> str | None:
        if self.assignee.currentData() is None:
            return None
        text = self.assignee.currentText()
        return text[text.rfind("(") + 1:-1] if text.endswith(")") else text
