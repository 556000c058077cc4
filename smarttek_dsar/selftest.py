"""`smarttek-dsar --self-test`: a smoke check of an installed or frozen application.

It exercises the pieces a broken install loses first: shipped resource files, the Alembic
revision files (loaded from disk), the holiday tables behind the GDPR clock, the embedded PDF
fonts, the Qt platform and image plugins and the compiled translations. Everything happens in
a temporary folder and with temporary window settings; the user's data is never touched.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

LATVIAN_NAME = "Jānis Bērziņš"
LATVIAN_LETTERS = "āčēģīķļņšūž"
# Received on a Thursday; one month later is Saturday 3 October, so GDPR 12(3)'s month ends on
# the next working day, Monday 5 October (Latvian calendar).
RECEIVED_ON = date(2026, 9, 3)
EXPECTED_DUE = date(2026, 10, 5)
PROCLAMATION_DAY = date(2026, 11, 18)

RESOURCE_FILES = (
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/DejaVuSans-Oblique.ttf",
    "fonts/DejaVuSans-BoldOblique.ttf",
    "letters/en/acknowledgement.txt",
    "letters/lv/acknowledgement.txt",
    "register/register.toml",
    "schemas/portability.schema.json",
    "schemas/portal-request.schema.json",
    "sources/demo-sources.toml",
    "icons/app.svg",
)


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"self-test {self.name}: {'ok' if self.ok else 'FAILED'} - {self.detail}"


Check = Callable[[Path], str]


def check_resources(_work: Path) -> str:
    from smarttek_dsar.paths import resources_dir
    from smarttek_dsar.storage.migrate import MIGRATIONS_DIR

    root = resources_dir()
    missing = [name for name in RESOURCE_FILES if not (root / name).is_file()]
    if not list((root / "translations").glob("*.qm")):
        missing.append("translations/*.qm")
    for name in ("env.py", "script.py.mako"):
        if not (MIGRATIONS_DIR / name).is_file():
            missing.append(f"migrations/{name}")
    revisions = list((MIGRATIONS_DIR / "versions").glob("*.py"))
    if not revisions:
        missing.append("migrations/versions/*.py")
    if missing:
        raise AssertionError(f"missing under {root}: {', '.join(missing)}")
    files = sum(1 for path in root.rglob("*") if path.is_file())
    return f"{files} resource files in {root}, {len(revisions)} migration revisions"


def check_database(work: Path) -> str:
    from sqlalchemy import text

    from smarttek_dsar.storage.database import Database, sqlite_url
    from smarttek_dsar.storage.migrate import head_revision

    # A new file is never at head, so this goes through Alembic and the revision files.
    db = Database(sqlite_url(work / "self-test.sqlite3"))
    try:
        with db.engine.connect() as connection:
            stamped = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            tables = connection.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
            ).scalar()
    finally:
        db.dispose()
    head = head_revision()
    if head is None or stamped != head:
        raise AssertionError(f"database stamped {stamped!r}, newest revision is {head!r}")
    return f"new SQLite database migrated to {head} ({tables} tables); {_postgres_driver()}"


def _postgres_driver() -> str:
    # A team server is reached through psycopg with its own libpq: the binary build must load.
    import psycopg

    if getattr(sys, "frozen", False) and psycopg.pq.__impl__ == "python":
        raise AssertionError("the bundle lacks psycopg_binary; it would need the system's libpq")
    libpq = f"{psycopg.pq.__impl__} libpq {psycopg.pq.version()}"
    return f"PostgreSQL driver psycopg {psycopg.__version__} ({libpq})"


def check_deadline(_work: Path) -> str:
    from smarttek_dsar.domain.calendar import LatvianCalendar
    from smarttek_dsar.domain.clock import compute_deadline, receipt_date

    # 22:30 UTC is already the next day in Riga: needs the time-zone data (tzdata on Windows).
    arrived = receipt_date(datetime(2026, 9, 2, 22, 30, tzinfo=UTC))
    if arrived != RECEIVED_ON:
        raise AssertionError(f"an e-mail of 2026-09-02 22:30 UTC counted as {arrived} in Riga")
    calendar = LatvianCalendar()
    due = compute_deadline(arrived, calendar).due_date
    if due != EXPECTED_DUE:
        raise AssertionError(f"received {RECEIVED_ON}, due {due}; expected {EXPECTED_DUE}")
    # The holidays package reads its Latvian names from message catalogues shipped beside it.
    holiday = calendar.holiday_name_lv(PROCLAMATION_DAY) or ""
    if "Proklamēšanas" not in holiday:
        raise AssertionError(f"18 November is named {holiday!r} in Latvian")
    return f"received {RECEIVED_ON.isoformat()} -> due {due.isoformat()}; 18.11. is {holiday}"


def _latvian_package():  # -> PackageContent; imported late so a broken exporter fails one check
    from smarttek_dsar.exporters.content import (
        CategorySection,
        Column,
        CoverLetter,
        PackageContent,
    )

    return PackageContent(
        case_number="DSAR-SELF-TEST",
        language="lv",
        issued_on=RECEIVED_ON,
        subject_name=LATVIAN_NAME,
        subject_address="Ķīšezera iela 12-3\nRīga, LV-1026",
        rights=["Piekļuve (15. pants)"],
        cover=CoverLetter(
            greeting="Labdien!",
            paragraphs=[f"Pārbaude: {LATVIAN_LETTERS}."],
            article15=[("Apstrādes nolūki", "Līguma izpilde.")],
            signature="Ar cieņu\nDatu aizsardzības speciāliste",
        ),
        categories=[
            CategorySection(
                category_id="contact",
                title="Kontaktinformācija",
                columns=[Column("name", "Vārds, uzvārds"), Column("since", "Kopš", "date")],
                rows=[(LATVIAN_NAME, RECEIVED_ON)],
                portable=True,
            )
        ],
    )


def check_pdf(work: Path) -> str:
    from smarttek_dsar.exporters.pdf_package import write_pdf

    path = work / "self-test.pdf"
    write_pdf(_latvian_package(), path)
    size = path.stat().st_size
    try:
        from pypdf import PdfReader
    except ImportError:
        if getattr(sys, "frozen", False):  # the bundle must carry pypdf (encryption needs it)
            raise
        return _pdf_without_reader(path, size)
    reader = PdfReader(path)
    words = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    if LATVIAN_NAME not in words:
        raise AssertionError(f"{LATVIAN_NAME!r} not found in the PDF's text")
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    if not any("DejaVuSans" in font for font in fonts):
        raise AssertionError(f"DejaVu Sans is not embedded (fonts: {sorted(fonts)})")
    return f"{len(reader.pages)} pages, {size} bytes, '{LATVIAN_NAME}' read back with pypdf"


def _pdf_without_reader(path: Path, size: int) -> str:
    # Without a PDF reader, the embedded TrueType font is the evidence the letters print.
    body = path.read_bytes()
    if b"DejaVuSans" not in body or b"/FontFile2" not in body or size < 10_000:
        raise AssertionError(f"PDF of {size} bytes has no embedded DejaVu Sans")
    return f"{size} bytes, DejaVu Sans embedded (pypdf not installed, text not read back)"


def check_xlsx(work: Path) -> str:
    from openpyxl import load_workbook

    from smarttek_dsar.exporters.xlsx_package import write_xlsx

    path = work / "self-test.xlsx"
    write_xlsx(_latvian_package(), path)
    workbook = load_workbook(path, read_only=True)
    try:
        cells = [
            str(value)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        ]
        sheets = len(workbook.worksheets)
    finally:
        workbook.close()
    if LATVIAN_NAME not in cells:
        raise AssertionError(f"{LATVIAN_NAME!r} not found in any cell")
    return f"{sheets} sheets, '{LATVIAN_NAME}' read back with openpyxl"


def _use_offscreen_without_display() -> None:
    # A server, CI or an SSH session has no display; Qt would abort instead of failing a check.
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _application(work: Path) -> QApplication:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _use_offscreen_without_display()
        # The window remembers its layout in QSettings; keep that in the temporary folder.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(work / "settings"))
        app = QApplication([sys.argv[0] if sys.argv else "smarttek-dsar"])
        app.setOrganizationName("SMARTTEK MIXTURE SIA self-test")
        app.setApplicationName("Smarttek DSAR Desk self-test")
    return app  # type: ignore[return-value]


def check_translations(work: Path) -> str:
    from PySide6.QtCore import QTranslator

    from smarttek_dsar.paths import resource_path
    from smarttek_dsar.ui import i18n

    _application(work)
    files = sorted(resource_path("translations").glob("*.qm"))
    if not files:
        raise AssertionError("no compiled translations (*.qm)")
    for file in files:
        translator = QTranslator()
        if not translator.load(str(file)) or translator.isEmpty():
            raise AssertionError(f"{file.name} does not load")
    if i18n.install("lv") != "lv":
        raise AssertionError("Latvian could not be installed")
    return f"{len(files)} files load: {', '.join(file.name for file in files)}"


def check_window(work: Path) -> str:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QIcon

    from smarttek_dsar.paths import resource_path
    from smarttek_dsar.services import Services
    from smarttek_dsar.storage.database import sqlite_url
    from smarttek_dsar.ui.context import AppContext
    from smarttek_dsar.ui.main_window import MainWindow

    app = _application(work)
    if QIcon(str(resource_path("icons", "app.svg"))).pixmap(32, 32).isNull():
        raise AssertionError("the SVG icon does not render (Qt's SVG plugin is missing)")
    services = Services.open(sqlite_url(work / "window.sqlite3"))
    watcher, dialogs = _close_unexpected_dialogs(app)
    try:
        password = secrets.token_urlsafe(24)
        services.users.create_first_admin("selftest", password, "Self-test")
        window = MainWindow(AppContext(services, services.users.login("selftest", password)))
        window.show()
        _settle(app)
        QThreadPool.globalInstance().waitForDone(10_000)  # the lists load in the background
        _settle(app)
        shown, title = window.isVisible(), window.windowTitle()
        window.close()
        _settle(app)
    finally:
        watcher.stop()
        services.db.dispose()
    if dialogs:
        raise AssertionError(f"the window showed an unexpected dialog: {dialogs[0]}")
    if not shown:
        raise AssertionError("the main window did not show")
    # The title ends with the temporary database's path; its first part names the window.
    return f"'{title.split(' — ')[0]}' shown and closed on the {app.platformName()} platform"


def _settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def _close_unexpected_dialogs(app: QApplication) -> tuple[QTimer, list[str]]:
    """An error box would wait for a click forever; note its text and close it instead."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def close_modal() -> None:
        modal = app.activeModalWidget()
        if modal is not None:
            text = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
            seen.append(text)
            modal.close()

    timer = QTimer(app)
    timer.timeout.connect(close_modal)
    timer.start(100)
    return timer, seen


CHECKS: tuple[tuple[str, Check], ...] = (
    ("resources", check_resources),
    ("database", check_database),
    ("deadline", check_deadline),
    ("pdf", check_pdf),
    ("xlsx", check_xlsx),
    ("translations", check_translations),
    ("window", check_window),
)


def run_checks(
    work: Path, checks: Iterable[tuple[str, Check]] | None = None
) -> list[CheckResult]:
    results = []
    for name, check in CHECKS if checks is None else checks:
        try:
            results.append(CheckResult(name, True, check(work)))
        except Exception as exc:  # every failure is reported; the remaining checks still run
            results.append(CheckResult(name, False, f"{type(exc).__name__}: {exc}"))
    return results


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; 0 only when all pass."""
    from smarttek_dsar import __version__

    out = out or sys.stdout
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "Python " + sys.version.split()[0]
    out.write(f"self-test smarttek-dsar {__version__} ({frozen}, {sys.platform})\n")
    with tempfile.TemporaryDirectory(
        prefix="smarttek-dsar-self-test-", ignore_cleanup_errors=True
    ) as work:
        results = run_checks(Path(work))
        for result in results:
            out.write(result.line() + "\n")
            out.flush()
    failed = [result.name for result in results if not result.ok]
    if failed:
        out.write(f"self-test FAILED: {', '.join(failed)}\n")
        return 1
    out.write(f"self-test passed: {len(results)} checks\n")
    return 0
