"""Starting the window: the Qt application, the language, the database (the demo one filled on
first use), signing in or creating the first administrator, then the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.storage.database import DatabaseError
from smarttek_dsar.ui import i18n, preferences
from smarttek_dsar.ui.actions import icon
from smarttek_dsar.ui.plain_text import show_message
from smarttek_dsar.ui.service_messages import message_text
from smarttek_dsar.ui.tasks import run_task

DEMO_CASES = 2000
DEMO_USER = "dpo"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(preferences.ORGANISATION_NAME)
    app.setApplicationName(preferences.APPLICATION_NAME)
    app.setWindowIcon(icon("app"))
    return app


def apply_language() -> str:
    """The chosen language, or the computer's: Latvian on a Latvian system, else English."""
    return i18n.install(preferences.LANGUAGE.get() or i18n.system_language())


def run_window(db_url: str | None, demo: bool) -> int:
    app = create_application()
    apply_language()
    # Dialogs come and go before the main window exists; only closing that one ends the app.
    app.setQuitOnLastWindowClosed(False)
    startup = Startup(db_url, demo)
    QTimer.singleShot(0, startup.begin)
    # Copies of a case's files opened for the system's viewer are personal data: none is
    # left from a window that was killed, none outlives this one.
    _clean_opened_files()
    code = app.exec()
    startup.close_database()
    _clean_opened_files()
    return code


def _clean_opened_files() -> None:
    from smarttek_dsar.ui.attachment_opener import clean_opened_files

    try:
        clean_opened_files()
    except OSError:
        pass  # a viewer may still hold a file open (Windows); the next start removes it


class Startup(QObject):
    def __init__(self, db_url: str | None, demo: bool) -> None:
        super().__init__()
        self.db_url, self.demo = db_url, demo
        self.services: Services | None = None
        self.context = None
        self.window = None

    def _url(self) -> str:
        from smarttek_dsar.paths import demo_database_path
        from smarttek_dsar.storage.database import resolve_url, sqlite_url

        return sqlite_url(demo_database_path()) if self.demo else resolve_url(self.db_url)

    def begin(self) -> None:
        from smarttek_dsar.services.administration.users import is_team_address

        if not self.demo and is_team_address(self._url()):
            # Team mode: nothing can be read before the user's own login opens the database.
            self._team_sign_in()
            return
        # Migrations, or a team server far away, can take a moment: off the UI thread.
        cannot_open = self.tr("Cannot open the database: {0}")

        def job() -> Services:
            try:
                return Services.open(self._url())
            except DatabaseError:
                raise
            except Exception as exc:  # e.g. an unknown driver in the URL: still a plain message
                raise DatabaseError(cannot_open.format(exc)) from exc

        self._task = run_task(None, job, self._opened, title=self.tr("Opening the database…"),
                              on_error=self._cannot_open)

    def _cannot_open(self, message: str) -> None:
        self.cannot_open_notice(message)
        QApplication.exit(1)

    def cannot_open_notice(self, message: str) -> None:
        """Apart from quitting, so the screenshot run can show it."""
        show_message(None, QMessageBox.Icon.Critical, self.tr("Cannot open the database"),
                     message + "\n\n" + self.tr(
            "Check the address given with --db or SMARTTEK_DSAR_DB, that the file exists and "
            "is readable, or that the team server is reachable. Then start again."))

    def _opened(self, services: Services) -> None:
        self.services = services
        if self.demo and not services.users.has_users():
            self._fill_demo()
        else:
            self._sign_in()

    def _fill_demo(self) -> None:
        from smarttek_dsar.demo.setup import fill_demo

        services, text = self.services, self.tr("Creating demo cases…")

        def job(progress) -> None:
            fill_demo(services, DEMO_CASES,
                      progress=lambda done, total: progress.report(done, total, text))

        self._task = run_task(None, job, lambda _r: self._sign_in(),
                              title=self.tr("Preparing the demo database…"),
                              on_error=self._cannot_open, on_cancel=lambda: QApplication.exit(0))

    def sign_in_dialog(self) -> QDialog:
        """The first administrator on an empty database; else signing in, which the demo fills
        in for dpo (Enter signs in) while still offering janis and manager."""
        from smarttek_dsar.ui.sign_in import FirstAdminDialog, SignInDialog

        database = message_text(self.services.db.description())
        if not self.services.users.has_users():
            return FirstAdminDialog(self.services, database)
        if self.demo:
            from smarttek_dsar.demo.setup import DEMO_PASSWORD

            hint = self.tr("Demo users: dpo, janis and manager; the password is "
                           "demo-password.")
            return SignInDialog(self.services, database, user=DEMO_USER, password=DEMO_PASSWORD,
                                hint=hint)
        return SignInDialog(self.services, database, user=preferences.LAST_USER.get())

    def team_sign_in_dialog(self) -> QDialog:
        """Team mode: the user's own database login opens the services (off the UI thread,
        like every sign-in); a wrong password gets the same words as on a local file."""
        from smarttek_dsar.services.administration.users import sign_in_to_team
        from smarttek_dsar.storage.database import described_url
        from smarttek_dsar.ui.sign_in import SignInDialog

        url = self._url()

        def sign_in(username: str, password: str) -> Actor:
            services, actor = sign_in_to_team(url, username, password)
            if self.services is not None:
                self.services.db.dispose()
            self.services = services
            return actor

        return SignInDialog(None, message_text(described_url(url)), user=preferences.LAST_USER.get(),
                            sign_in=sign_in)

    def _team_sign_in(self) -> None:
        dialog = self.team_sign_in_dialog()
        if not dialog.exec() or dialog.actor is None:
            QApplication.exit(0)
            return
        self._show_main(dialog.actor)

    def _sign_in(self) -> None:
        dialog = self.sign_in_dialog()
        if not dialog.exec() or dialog.actor is None:
            QApplication.exit(0)
            return
        self._show_main(dialog.actor)

    def _show_main(self, actor: Actor) -> None:
        from smarttek_dsar.ui.context import AppContext

        if not self.demo:
            preferences.LAST_USER.set(actor.username)
        self.context = AppContext(self.services, actor)
        self._new_window()
        QApplication.instance().setQuitOnLastWindowClosed(True)

    def _new_window(self, page: str | None = None) -> None:
        from smarttek_dsar.ui.main_window import MainWindow

        self.window = MainWindow(self.context)
        self.window.language_changed.connect(self.switch_language)
        self.window.sign_out_requested.connect(self.sign_out)
        if page:
            self.window.show_page(page)
        self.window.show()

    def switch_language(self, code: str) -> None:
        """Live: the window is built again in the new language, on the same page, with the
        same cases open (the case tab that was on screen stays on screen)."""
        i18n.install(code or i18n.system_language())
        old = self.window
        old.save_layout()
        open_cases, current = old.tabs.open_numbers(), old.tabs.current_number()
        self._new_window("settings")
        for number in open_cases:
            self.window.tabs.open_case(number)
        if current is not None:
            self.window.tabs.open_case(current)
        else:
            self.window.tabs.show_home()
        old.close()
        old.deleteLater()

    def sign_out(self) -> None:
        """Another user at the same desk: the window goes, the sign-in comes back; cancelling
        it ends the program."""
        old = self.window
        old.save_layout()
        self.sign_in = self.sign_in_dialog()
        self.sign_in.finished.connect(self._signed_in_again)
        self.sign_in.open()  # shown before the window closes, so the program is not left empty
        old.close()
        old.deleteLater()

    def _signed_in_again(self, _result: int) -> None:
        actor = self.sign_in.actor
        if actor is None:
            QApplication.exit(0)
            return
        self._show_main(actor)

    def close_database(self) -> None:
        if self.services is not None:
            self.services.db.dispose()
