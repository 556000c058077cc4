"""Opened cases, one closable tab each, beside the fixed first tab with the lists and pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain

_NUMBER = "case_number"


def _case_view(context: AppContext, number: str, parent: QWidget) -> QWidget:
    # The case view is its own piece of work; imported when first needed so start-up stays
    # fast, with a plain note in its place should this build lack it.
    try:
        from smarttek_dsar.ui.case_view import CaseView
    except ImportError:
        text = QCoreApplication.translate("CaseTabs",
                                          "Case %1 — the case view is not part of this build.")
        note = plain(QLabel(text.replace("%1", number), parent))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return note
    view = CaseView(context, parent)
    view.show_case(number)
    return view


class CaseTabs(QTabWidget):
    def __init__(self, context: AppContext, home: QWidget, home_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.addTab(home, home_title)
        # The lists cannot be closed; only opened cases can.
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.RightSide, None)
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.LeftSide, None)
        self.tabCloseRequested.connect(self.close_case)

    def open_case(self, number: str) -> QWidget:
        for index in range(1, self.count()):
            if self.widget(index).property(_NUMBER) == number:
                self.setCurrentIndex(index)
                return self.widget(index)
        view = _case_view(self.context, number, self)
        view.setProperty(_NUMBER, number)
        index = self.addTab(view, number)
        self.setTabToolTip(index, number)
        self.setCurrentIndex(index)
        return view

    def open_numbers(self) -> list[str]:
        return [self.widget(i).property(_NUMBER) for i in range(1, self.count())]

    def current_number(self) -> str | None:
        """The case on screen, or None when the lists are."""
        index = self.currentIndex()
        return self.widget(index).property(_NUMBER) if index > 0 else None

    def close_case(self, index: int) -> None:
        if index > 0:
            widget = self.widget(index)
            self.removeTab(index)
            widget.deleteLater()

    def close_current_case(self) -> None:
        self.close_case(self.currentIndex())

    def show_home(self) -> None:
        self.setCurrentIndex(0)
