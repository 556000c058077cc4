"""Fixtures for the case view tests: a real SQLite case store in tmp_path, the three kinds of
user, realistic Latvian cases, and a way to let queued task results arrive."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.cases import NewCase
from smarttek_dsar.services.views import AttachmentInput, PartyInput
from smarttek_dsar.storage.database import Database, sqlite_url
from smarttek_dsar.ui.case_view import CaseView
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.tasks import use_synchronous_tasks
from tests.fixed_clock import NOW_UTC

PASSWORD = "correct-horse-battery"


def open_services(path: Path) -> Services:
    return Services(Database(sqlite_url(path)))


def make_users(services: Services) -> tuple[Actor, Actor]:
    """The DPO (specialist and admin) and a manager who may not see personal data."""
    services.users.create_first_admin("dace", PASSWORD, "Dace Ozola")
    dpo = services.users.actor_for("dace", reason="test fixture")
    services.users.add(dpo, "maris", PASSWORD, frozenset({Role.MANAGER}), "Māris Kalniņš")
    return dpo, services.users.actor_for("maris", reason="test fixture")


def register_case(
    services: Services, actor: Actor, *, days_ago: int = 0,
    rights: tuple[Right, ...] = (Right.ACCESS, Right.ERASURE),
) -> str:
    received = NOW_UTC - timedelta(days=days_ago, minutes=5)
    summary = services.cases.create(actor, NewCase(
        channel=Channel.EMAIL,
        received_at=received,
        subject=PartyInput(name="Ilze Kalniņa", personal_code="32123456789",
                           email="ilze.kalnina@inbox.lv", phone="+371 2612 3456",
                           address="Brīvības iela 112-7, Rīga, LV-1001"),
        rights=rights,
        request_text="Lūdzu izsniegt visus manus personas datus un dzēst tos, kas nav vajadzīgi.",
        receipt_proof="E-pasta galvenes: Message-ID <a1b2@inbox.lv>",
        attachments=(AttachmentInput("pases_kopija.jpg", b"\xff\xd8 scan", "image/jpeg",
                                     kind="id_document"),
                     AttachmentInput("iesniegums.pdf", b"%PDF-1.7 request", "application/pdf")),
    ))
    return summary.number


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, Latvian letters included (QTest.keyClicks only knows ASCII keys)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def settle() -> None:
    """Synchronous tasks still post their results through queued signals; deliver them (and
    the reloads they start)."""
    for _ in range(8):
        QCoreApplication.processEvents()


def open_message_box(name: str) -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()),
                None)


def confirm(name: str = "confirm_stage_move") -> str:
    """Say yes to the question the window asked before an irreversible step; its text back."""
    box = open_message_box(name)
    assert box is not None, f"the window did not ask ({name})"
    text = box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    settle()
    return text


# Named fixtures: test modules import the *_fixture functions, and their parameters keep the
# short names without shadowing an import.
@pytest.fixture(name="synchronous_tasks")
def synchronous_tasks_fixture() -> Iterator[None]:
    use_synchronous_tasks(True)
    yield
    use_synchronous_tasks(False)


@pytest.fixture(name="store")
def store_fixture(tmp_path: Path) -> Iterator[tuple[Services, Actor, Actor]]:
    services = open_services(tmp_path / "dsar.sqlite3")
    dpo, manager = make_users(services)
    yield services, dpo, manager
    services.db.dispose()


def make_view(qtbot, services: Services, actor: Actor, number: str) -> CaseView:
    context = AppContext(services, actor)
    view = CaseView(context)
    qtbot.addWidget(view)
    view.resize(1280, 900)
    view.show()
    view.show_case(number)
    settle()
    return view
