"""Administration in the window, for the administrator: users and roles, backups, the trusted
signature authorities (ui/trust_anchors_box.py) and the retention purge with its dry run.
Every act runs through the services (which check the role again and write the audit trail);
long ones run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services.administration.users import UserView
from smarttek_dsar.services.closing.retention import PurgeReport
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.service_messages import counted
from smarttek_dsar.ui.tasks import run_task
from smarttek_dsar.ui.today import today_qdate
from smarttek_dsar.ui.trust_anchors_box import TrustAnchorsBox


def role_label(role: Role) -> str:
    return {
        Role.SPECIALIST: QCoreApplication.translate("AdministrationPage", "specialist"),
        Role.MANAGER: QCoreApplication.translate("AdministrationPage", "manager"),
        Role.ADMIN: QCoreApplication.translate("AdministrationPage", "administrator"),
    }[role]


class AddUserDialog(QDialog):
    """A new colleague: name, roles and a first password they change later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add user"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.roles = {role: QCheckBox(role_label(role)) for role in Role}
        self.roles[Role.SPECIALIST].setChecked(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a01818;")
        self.error.setWordWrap(True)
        roles = QHBoxLayout()
        for box in self.roles.values():
            roles.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Full name:"), self.display_name)
        form.addRow(self.tr("Roles:"), roles)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def chosen_roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.roles.items() if box.isChecked())

    def _check(self) -> None:
        # The service checks the name, the roles and the password's length; only the typing
        # mistake a service cannot see is caught here.
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        self.accept()


class RolesDialog(QDialog):
    """Other roles for one user (in team mode their database login changes with them)."""

    def __init__(self, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roles of {0}").format(user.username))
        # Also inside: a title bar is not always shown (and the checkboxes alone name nobody).
        self.who = plain(QLabel(self.windowTitle()))
        self.roles = {role: QCheckBox(role_label(role)) for role in Role}
        row = QHBoxLayout()
        for role, box in self.roles.items():
            box.setChecked(role in user.roles)
            row.addWidget(box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    def chosen_roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.roles.items() if box.isChecked())


class AdministrationPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._users: list[UserView] = []
        self._due: PurgeReport | None = None

        self.users = QTableWidget(0, 4)
        self.users.setObjectName("users")
        self.users.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Roles"), self.tr("Active")])
        self.users.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users.verticalHeader().hide()
        self.users.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add user…"))
        self.add_button.clicked.connect(self.add_user)
        self.unlock_button = QPushButton(self.tr("Unlock sign-in"))
        self.unlock_button.setToolTip(self.tr(
            "Clear the waiting time after failed sign-ins of the selected user"))
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.roles_button = QPushButton(self.tr("Change roles…"))
        self.roles_button.clicked.connect(self.change_roles)
        self.message = QLabel()
        self.message.setObjectName("admin_message")
        self.message.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.clicked.connect(self.back_up)
        self.due_button = QPushButton(self.tr("List cases due for purge"))
        self.due_button.clicked.connect(self.list_due)
        self.due_list = QListWidget()
        self.due_list.setObjectName("due_for_purge")
        self.due_list.setMaximumHeight(140)
        self.purge_button = QPushButton(self.tr("Purge the listed cases…"))
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.purge)

        users_box = QGroupBox(self.tr("Users and roles"))
        users_layout = QVBoxLayout(users_box)
        users_layout.addWidget(self.users)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.unlock_button)
        row.addWidget(self.roles_button)
        row.addStretch(1)
        users_layout.addLayout(row)
        backup_box = QGroupBox(self.tr("Backup"))
        backup_layout = QVBoxLayout(backup_box)
        note = QLabel(self.tr("A consistent copy of the whole case store, taken while others "
                              "work. Keep it as safely as the case store itself."))
        note.setWordWrap(True)
        backup_layout.addWidget(note)
        backup_layout.addWidget(self.backup_button)
        purge_box = QGroupBox(self.tr("Retention purge"))
        purge_layout = QVBoxLayout(purge_box)
        explain = QLabel(self.tr(
            "Closed cases older than the retention period lose their personal data; the case "
            "number, dates and the audit trail stay. List them first, then purge."))
        explain.setWordWrap(True)
        purge_layout.addWidget(explain)
        purge_layout.addWidget(self.due_button)
        purge_layout.addWidget(self.due_list)
        purge_layout.addWidget(self.purge_button)
        self.trust = TrustAnchorsBox(context)
        self.trust.said.connect(self._say)
        layout = QVBoxLayout(self)
        layout.addWidget(users_box, 2)
        layout.addWidget(self.message)
        layout.addWidget(backup_box)
        # Side by side: two lists would leave each too short on a 1280×800 screen.
        lists = QHBoxLayout()
        lists.addWidget(self.trust, 1)
        lists.addWidget(purge_box, 1)
        layout.addLayout(lists, 1)
        self.refresh()

    # -- users ----------------------------------------------------------------------------
    def refresh(self) -> None:
        services, actor = self.context.services, self.context.actor
        run_task(self, lambda: services.users.list(actor), self._show_users,
                 on_error=self._say)

    def _show_users(self, users: list[UserView]) -> None:
        self._users = users
        self.users.setRowCount(len(users))
        for row, user in enumerate(users):
            roles = ", ".join(sorted(role_label(r) for r in user.roles))
            active = self.tr("yes") if user.active else self.tr("no")
            for column, text in enumerate((user.username, user.display_name, roles, active)):
                self.users.setItem(row, column, QTableWidgetItem(text))

    def selected_user(self) -> UserView | None:
        rows = self.users.selectionModel().selectedRows()
        return self._users[rows[0].row()] if rows else None

    def add_user(self) -> None:
        self.dialog = AddUserDialog(self)
        self.dialog.accepted.connect(self._add_from_dialog)
        self.dialog.open()

    def _add_from_dialog(self) -> None:
        d, services, actor = self.dialog, self.context.services, self.context.actor
        username, name, password, roles = (d.username.text(), d.display_name.text(),
                                           d.password.text(), d.chosen_roles())
        run_task(self, lambda: services.users.add(actor, username, password, roles, name),
                 lambda user: self._done(self.tr("User {0} added.").format(user.username)),
                 on_error=self._say)

    def unlock_selected(self) -> None:
        user = self.selected_user()
        if user is None:
            self._say(self.tr("Select a user first."))
            return
        services, actor = self.context.services, self.context.actor
        run_task(self, lambda: services.users.unlock(actor, user.username),
                 lambda _r: self._done(self.tr("{0} can sign in again.").format(user.username)),
                 on_error=self._say)

    def change_roles(self) -> None:
        user = self.selected_user()
        if user is None:
            self._say(self.tr("Select a user first."))
            return
        self.roles_dialog = RolesDialog(user, self)
        self.roles_dialog.accepted.connect(lambda: self._set_roles(user.username))
        self.roles_dialog.open()

    def _set_roles(self, username: str) -> None:
        roles, services, actor = (self.roles_dialog.chosen_roles(), self.context.services,
                                  self.context.actor)
        run_task(self, lambda: services.users.set_roles(actor, username, roles),
                 lambda user: self._done(self.tr("{0} now has the roles: {1}.").format(
                     user.username, ", ".join(role_label(r) for r in Role if r in user.roles))),
                 on_error=self._say)

    def _done(self, message: str) -> None:
        self._say(message)
        self.context.notify(Changes(audit=True))
        self.refresh()

    def _say(self, message: str) -> None:
        self.message.setText(message)

    # -- backup ---------------------------------------------------------------------------
    def ask_backup_path(self) -> Path | None:
        day = today_qdate().toString("yyyy-MM-dd")
        suffix = "sqlite3" if self.context.services.db.is_sqlite else "dump"
        name = f"smarttek-dsar-backup-{day}.{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the case store"), name)
        return Path(chosen) if chosen else None

    def back_up(self) -> None:
        target = self.ask_backup_path()
        if target is None:
            return
        services, actor = self.context.services, self.context.actor
        run_task(self, lambda: services.backup.backup(actor, target),
                 lambda path: self._done(self.tr("Backup written to {0}.").format(path)),
                 title=self.tr("Backing up…"), on_error=self._say)

    # -- retention purge ------------------------------------------------------------------
    def list_due(self) -> None:
        services, actor = self.context.services, self.context.actor
        run_task(self, lambda: services.retention.purge(actor, dry_run=True), self._show_due,
                 on_error=self._say)

    def _show_due(self, report: PurgeReport) -> None:
        self._due = report
        self.due_list.clear()
        self.due_list.addItems(list(report.numbers))
        # Held mail by count: the list is the administrator's, who has no business reading it.
        if report.held_dismissed:
            self.due_list.addItem(counted("Held mail dismissed long enough ago: {shown}",
                                          report.held_dismissed))
        if report.held_undecided:
            self.due_list.addItem(counted("Held mail nobody decided on in time: {shown}",
                                          report.held_undecided))
        self.purge_button.setEnabled(_anything(report))
        self._say(counted("{shown} {count:plural:case|cases} closed before {cutoff} "
                          "{count:plural:is|are} due for purge.", len(report.numbers),
                          cutoff=i18n.format_datetime(report.cutoff)))

    def purge(self) -> None:
        if not self._due or not _anything(self._due):
            return
        question = counted("Remove the personal data of the {shown} listed "
                           "{count:plural:case|cases}? This cannot be undone.",
                           len(self._due.numbers))
        held = self._due.held_dismissed + self._due.held_undecided
        if held:
            question += " " + counted("{shown} held {count:plural:mail|mails} will be deleted "
                                      "too.", held)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Purge case files"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirm_purge")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Purge"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            confirmed = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
            box.deleteLater()
            if confirmed:
                self._purge_now()

        box.finished.connect(answered)
        box.open()

    def _purge_now(self) -> None:
        services, actor = self.context.services, self.context.actor

        def purged(report: PurgeReport) -> None:
            self.due_list.clear()
            self.purge_button.setEnabled(False)
            self._due = None
            said = counted("{shown} {count:plural:case|cases} purged.", len(report.numbers))
            held = report.held_dismissed + report.held_undecided
            if held:
                said += " " + counted("{shown} held {count:plural:mail|mails} deleted.", held)
            self._say(said)
            self.context.notify(Changes(case_list=True, dashboard=True, audit=True))

        run_task(self, lambda: services.retention.purge(actor), purged,
                 title=self.tr("Purging…"), on_error=self._say)


def _anything(report: PurgeReport) -> bool:
    return bool(report.numbers or report.held_dismissed or report.held_undecided)
