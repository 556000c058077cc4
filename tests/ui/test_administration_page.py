"""Administration in the window: users and roles, backups, the retention purge with a dry run."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from PySide6.QtWidgets import QApplication, QMessageBox

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.ui.administration_page import AdministrationPage
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.main_window import MainWindow
from tests.fixed_clock import NOW_UTC


def _page(qtbot, services, actor) -> AdministrationPage:
    page = AdministrationPage(AppContext(services, actor))
    qtbot.addWidget(page)
    page.show()
    return page


def test_only_an_administrator_gets_the_page(qtbot, services, dpo, janis, manager):
    for actor, expected in ((dpo, True), (janis, False), (manager, False)):
        window = MainWindow(AppContext(services, actor))
        qtbot.addWidget(window)
        assert ("administration" in window.pages) is expected


def test_add_a_user_and_unlock_one(qtbot, services, dpo):
    page = _page(qtbot, services, dpo)
    names = [page.users.item(r, 0).text() for r in range(page.users.rowCount())]
    assert "janis" in names
    page.add_user()
    dialog = page.dialog
    dialog.username.setText("liga")
    dialog.display_name.setText("Līga Ozola")
    dialog.roles[Role.MANAGER].setChecked(True)
    dialog.roles[Role.SPECIALIST].setChecked(False)
    dialog.password.setText("a long enough password")
    dialog.again.setText("a long enough passwort")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "differ" in dialog.error.text()
    dialog.again.setText("a long enough password")
    dialog.buttons.accepted.emit()
    assert "User liga added." in page.message.text()
    added = {u.username: u for u in services.users.list(dpo)}["liga"]
    assert added.roles == {Role.MANAGER} and added.display_name == "Līga Ozola"
    assert services.users.login("liga", "a long enough password").username == "liga"

    # The service's own refusal is shown in its words, and nothing is added.
    page.add_user()
    page.dialog.username.setText("short")
    page.dialog.password.setText("short")
    page.dialog.again.setText("short")
    page.dialog.buttons.accepted.emit()
    assert "at least 10 characters" in page.message.text()
    assert "short" not in {u.username for u in services.users.list(dpo)}

    row = [page.users.item(r, 0).text() for r in range(page.users.rowCount())].index("janis")
    page.users.selectRow(row)
    page.unlock_selected()
    assert "janis can sign in again." in page.message.text()


def test_change_a_users_roles(qtbot, services, dpo):
    page = _page(qtbot, services, dpo)
    page.change_roles()
    assert "Select a user first." in page.message.text()
    row = [page.users.item(r, 0).text() for r in range(page.users.rowCount())].index("janis")
    page.users.selectRow(row)
    page.change_roles()
    dialog = page.roles_dialog
    assert dialog.roles[Role.SPECIALIST].isChecked()
    dialog.roles[Role.SPECIALIST].setChecked(False)
    dialog.roles[Role.MANAGER].setChecked(True)
    dialog.buttons.accepted.emit()
    assert "janis now has the roles: manager." in page.message.text()
    assert {u.username: u for u in services.users.list(dpo)}["janis"].roles == {Role.MANAGER}
    # No role at all: the service's refusal in its words, nothing changed.
    page.users.selectRow(row)
    page.change_roles()
    page.roles_dialog.roles[Role.MANAGER].setChecked(False)
    page.roles_dialog.buttons.accepted.emit()
    assert "at least one role" in page.message.text()
    assert {u.username: u for u in services.users.list(dpo)}["janis"].roles == {Role.MANAGER}


def test_back_up_to_a_chosen_file(qtbot, services, dpo, tmp_path, monkeypatch):
    page = _page(qtbot, services, dpo)
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(page, "ask_backup_path", lambda: target)
    page.back_up()
    assert str(target) in page.message.text()
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM cases").fetchone()[0] > 0


def test_purge_lists_first_and_asks_before_removing(qtbot, services, dpo, monkeypatch):
    page = _page(qtbot, services, dpo)
    # Ten years on, every closed demo case is past its retention period.
    later = NOW_UTC + timedelta(days=3700)
    real_purge = services.retention.purge
    monkeypatch.setattr(services.retention, "purge",
                        lambda actor, dry_run=False: real_purge(actor, dry_run=dry_run, now=later))
    page.list_due()
    due = [page.due_list.item(i).text() for i in range(page.due_list.count())]
    assert due and page.purge_button.isEnabled()
    assert "due for purge" in page.message.text()
    assert all(services.cases.detail(dpo, n).summary.subject_name for n in due[:3])

    page.purge()
    box = page.findChild(QMessageBox, "confirm_purge")
    box.button(QMessageBox.StandardButton.No).click()
    QApplication.processEvents()
    assert services.cases.detail(dpo, due[0]).summary.subject_name  # nothing happened
    page.purge()
    box = page.findChild(QMessageBox, "confirm_purge")
    box.button(QMessageBox.StandardButton.Yes).click()
    QApplication.processEvents()
    assert f"{len(due)} cases purged." in page.message.text()
    assert page.due_list.count() == 0 and not page.purge_button.isEnabled()
    assert real_purge(dpo, dry_run=True, now=later).numbers == ()


def test_the_dry_run_list_counts_held_mail_and_the_purge_deletes_it(qtbot, services, dpo,
                                                                     monkeypatch, tmp_path):
    from tests.intake import non_request_mails as mails
    from tests.services.intake_files import write

    (held,) = services.imports.import_files(dpo, [write(tmp_path, "b.eml", mails.bounce())])
    page = _page(qtbot, services, dpo)
    # Four months on: the bounce nobody decided on is past its 90 days.
    later = NOW_UTC + timedelta(days=120)
    real_purge = services.retention.purge
    monkeypatch.setattr(services.retention, "purge",
                        lambda actor, dry_run=False: real_purge(actor, dry_run=dry_run, now=later))
    page.list_due()
    due = [page.due_list.item(i).text() for i in range(page.due_list.count())]
    assert due[-1] == "Held mail nobody decided on in time: 1"
    assert not any("Undelivered" in line or "MAILER" in line for line in due)
    page.purge()
    box = page.findChild(QMessageBox, "confirm_purge")
    assert "1 held mail will be deleted too." in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    QApplication.processEvents()
    assert "1 held mail deleted." in page.message.text()
    assert services.held.list(dpo) == []
    assert held.held_id not in [h.id for h in services.held.list(dpo, decided=True)]


def test_the_page_in_latvian(qtbot, services, dpo):
    from PySide6.QtWidgets import QGroupBox

    from smarttek_dsar.ui import i18n

    i18n.install("lv")
    page = _page(qtbot, services, dpo)
    titles = [box.title() for box in page.findChildren(QGroupBox)]
    assert titles == ["Lietotāji un lomas", "Rezerves kopija",
                      "Uzticamās parakstu sertifikācijas iestādes",
                      "Datu dzēšana pēc glabāšanas termiņa"]
    roles = {page.users.item(r, 0).text(): page.users.item(r, 2).text()
             for r in range(page.users.rowCount())}
    assert "administrators" in roles["dpo"] and "speciālists" in roles["dpo"]
