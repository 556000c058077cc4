"""Pictures of the main screens and every dialog on a fresh demo database, in English and
Latvian, for the documentation and for looking at what was built:
    QT_QPA_PLATFORM=xcb xvfb-run -a python -m smarttek_dsar.ui.screenshots OUTDIR
(the dialogs: ui/screenshots_dialogs.py; docs/screenshots/README.md lists the pictures)

Runs without a display (offscreen) and with its own settings, so the user's are untouched."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1280, 800)  # the smallest laptop screen the desk is used on


def _settle(widget: QWidget) -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
    widget.repaint()


def _save(widget: QWidget, out: Path, name: str) -> None:
    _settle(widget)
    widget.grab().save(str(out / name))
    print(out / name)


def _forms(window, out: Path, language: str, number: str) -> None:
    """The register and the data sources as forms, their Expert text, and a query's Test."""
    register = window.pages["register"]
    window.show_page("register")
    register.pages.setCurrentWidget(register.form)
    register.form.categories.setCurrentRow(1)
    _save(window, out, f"register-form-{language}.png")
    register.form.parts.setCurrentWidget(register.form.recipient_form)
    _save(window, out, f"register-recipients-{language}.png")
    register.form.parts.setCurrentIndex(0)
    register.pages.setCurrentWidget(register.editor)
    _save(window, out, f"register-expert-{language}.png")
    register.pages.setCurrentIndex(0)
    sources = window.pages["sources"]
    window.show_page("sources")
    bar = sources.form.query_test
    sources.form.queries.setCurrentRow(2)
    bar.kind.setCurrentIndex(bar.kind.findData("case"))
    bar.subject.setText(number)
    bar.run()
    _save(window, out, f"sources-form-{language}.png")
    sources.test_connection()
    _save(window, out, f"sources-tested-{language}.png")
    sources.pages.setCurrentWidget(sources.editor)
    _save(window, out, f"sources-expert-{language}.png")
    sources.pages.setCurrentIndex(0)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m smarttek_dsar.ui.screenshots OUTDIR\n")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="smarttek-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))

    from smarttek_dsar.demo.setup import DEMO_PASSWORD, fill_demo
    from smarttek_dsar.services import Services
    from smarttek_dsar.storage.database import sqlite_url
    from smarttek_dsar.ui import i18n
    from smarttek_dsar.ui.context import AppContext
    from smarttek_dsar.ui.launch import create_application
    from smarttek_dsar.ui.main_window import MainWindow
    from smarttek_dsar.ui.new_request_dialog import NewRequestDialog
    from smarttek_dsar.ui.tasks import use_synchronous_tasks

    app = create_application([sys.argv[0]])
    use_synchronous_tasks()
    services = Services.open(sqlite_url(work / "demo.sqlite3"))
    fill_demo(services, 2000)

    def window_for(user: str) -> MainWindow:
        actor = services.users.login(user, DEMO_PASSWORD)
        window = MainWindow(AppContext(services, actor))
        window.resize(*SIZE)
        window.show()
        return window

    for language in ("en", "lv"):
        i18n.install(language)
        window = window_for("dpo")
        # Every page of the navigation, then every tab of an open case.
        for key in window.pages:
            window.show_page(key)
            if key == "audit":
                window.pages["audit"].verify()
            _save(window, out, f"page-{key}-{language}.png")
        window.show_page("all")
        number = window.pages["all"].model.summary(0).number
        _forms(window, out, language, number)
        view = window.tabs.open_case(number)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            _save(window, out, f"case-tab-{index + 1}-{language}.png")
        dialog = NewRequestDialog(window.context, window)
        dialog.show()
        dialog.resize(1060, 720)
        dialog.subject_name.setText("Līga Kalniņa")
        dialog.subject_code.setText("010190-1000")
        dialog.subject_email.setText("liga.kalnina@")
        dialog.rights[next(iter(dialog.rights))].setChecked(True)
        dialog.representative.setChecked(True)
        dialog.rep_name.setText("Zvērināts advokāts Pēteris Ozols")
        _save(dialog, out, f"new-request-{language}.png")
        dialog.done(0)
        from smarttek_dsar.ui.screenshots_case_files import shoot_case_files

        collected = shoot_case_files(window, services, work, out, language, _save)
        from smarttek_dsar.ui.screenshots_dialogs import shoot_dialogs

        shoot_dialogs(window, services, work, out, language, _save, collected=collected)
        window.close()

        manager = window_for("manager")
        manager.show_page("all")
        _save(manager, out, f"manager-view-{language}.png")
        manager.show_page("dashboard")
        _save(manager, out, f"manager-dashboard-{language}.png")
        manager.close()
    services.db.dispose()
    del app
    return 0


if __name__ == "__main__":
    QApplication.setDesktopSettingsAware(False)
    raise SystemExit(main(sys.argv[1:]))
