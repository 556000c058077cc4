"""The window in Latvian shows none of the app's own English strings: every page, the case tabs
of cases in every stage, the dialogs, and the message box of a refused action. Real widgets
offscreen on the demo database; the English strings are the sources of the app's translation
files (window strings and the services' message templates)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from smarttek_dsar.demo.setup import DEMO_USERS
from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.paths import resource_path
from smarttek_dsar.services.actor import SYSTEM
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.tasks import run_task

ROWS_LOOKED_AT = 5  # table cells: the first rows carry every kind of app word a column has


def _catalogue() -> tuple[set[str], list[re.Pattern], set[str]]:
    """English sources whose Latvian differs (so an untranslated one shows), as exact texts and
    as patterns for those with fields; and every Latvian translation (never a finding)."""
    exact, patterns, latvian = set(), [], set()
    for file in resource_path("translations").glob("*_lv.ts"):
        for message in ET.parse(file).getroot().iter("message"):
            source = (message.findtext("source") or "").strip()
            translation = (message.findtext("translation") or "").strip()
            latvian.add(_plain(translation))
            if not source or _plain(source) == _plain(translation):
                continue
            exact.add(_plain(source))
            pattern = _pattern(source)
            if pattern is not None:
                patterns.append(pattern)
    return exact, patterns, latvian


_FIELD = re.compile(r"\{[^{}]*\}|%\d|%n")


def _pattern(source: str) -> re.Pattern | None:
    """A template with fields as a pattern, when its fixed words alone say it is English."""
    pieces = _FIELD.split(_plain(source))
    if len(pieces) < 2 or sum(len(re.findall(r"[A-Za-z]{3,}", p)) for p in pieces) < 3:
        return None
    return re.compile(".+?".join(re.escape(p) for p in pieces) + r"\Z", re.DOTALL)


def _plain(text: str) -> str:
    """Without accelerator marks and surrounding space: what a reader sees."""
    return re.sub(r"&(?=\w)", "", text).strip()


# Qt's own English (its file dialog), which qtbase_lv.qm does not cover in Qt 6.
QT_ENGLISH = {"Look in:", "Files of type:"}
# Not app words: user names in the audit trail (the demo's users, the system account and the
# demo generator; data that happens to equal words such as "manager" or "system"), and each
# language named in itself in the language chooser ("English", "Latviešu").
NOT_WORDS = ({name for name, _display, _roles in DEMO_USERS}
             | {SYSTEM.username, "demo", "English"})


EXACT, PATTERNS, LATVIAN = _catalogue()


def _english(text: str) -> bool:
    shown = _plain(text)
    if not shown or shown in LATVIAN or shown in NOT_WORDS:
        return False
    return shown in EXACT or shown in QT_ENGLISH or any(p.match(shown) for p in PATTERNS)


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a reader can see on a widget, its tooltip included."""
    name = f"{type(widget).__name__}({widget.objectName()})"
    if widget.isWindow():
        yield f"{name} title", widget.windowTitle()
    yield f"{name} tooltip", widget.toolTip()
    if isinstance(widget, QLabel):
        yield name, widget.text()
    elif isinstance(widget, QAbstractButton):
        yield name, widget.text()
    elif isinstance(widget, QGroupBox):
        yield name, widget.title()
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield f"{name} placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for row in range(widget.count()):
            yield f"{name} item", widget.itemText(row)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield f"{name} tab", widget.tabText(index)
            yield f"{name} tab tip", widget.tabToolTip(index)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, top = widget.model(), QModelIndex()
        try:
            columns = model.columnCount(top)
        except TypeError:  # a list model: one column, its count not public in PySide
            columns = 1
        headers = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                   for column in range(columns)]
        for heading in headers:
            yield f"{name} header", heading
        # A column for the English wording (a form's "Heading (English)") holds English data.
        shown = [c for c in range(columns) if not headers[c].endswith("(angliski)")]
        for row in range(min(model.rowCount(top), ROWS_LOOKED_AT)):
            for column in shown:
                index = model.index(row, column)
                yield f"{name} cell", str(model.data(index) or "")
                yield f"{name} cell tip", str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")


def english_on(top: QWidget) -> list[str]:
    """Every app English string visible on `top` and its visible children, with where."""
    found = []
    widgets = [top] + [w for w in top.findChildren(QWidget) if w.isVisibleTo(top)]
    for widget in widgets:
        for where, text in _texts(widget):
            if text and _english(text):
                found.append(f"{where}: {text!r}")
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            for item in [action] + (action.menu().actions() if action.menu() else []):
                if _english(item.text()):
                    found.append(f"menu: {item.text()!r}")
    return found


def settle() -> None:
    for _ in range(8):
        QCoreApplication.processEvents()


def english_in_modal(trigger: Callable[[], None]) -> list[str]:
    """Run `trigger`, which opens a modal window (a message box, a dialog run with exec()),
    read that window, then close it."""
    seen: list[list[str]] = []

    def read_and_close() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(english_on(modal))
        if isinstance(modal, QMessageBox):
            seen[-1] += [f"message box: {modal.text()!r}"] if _english(modal.text()) else []
        modal.close() if not isinstance(modal, QDialog) else modal.reject()

    QTimer.singleShot(0, read_and_close)
    trigger()
    settle()
    assert seen, "no modal window opened"
    return seen[0]


@pytest.fixture
def latvian_window(qtbot, context):
    from smarttek_dsar.ui.main_window import MainWindow

    i18n.install("lv")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


def test_every_page_in_latvian(latvian_window):
    findings = []
    for key in latvian_window.pages:
        latvian_window.show_page(key)
        settle()
        findings += [f"page {key}: {f}" for f in english_on(latvian_window)]
    assert findings == [], "\n".join(findings)


def test_every_case_tab_in_every_stage_in_latvian(latvian_window, services, dpo):
    findings, opened = [], 0
    for stage in Stage:
        cases = services.cases.list(dpo, CaseFilter(stages=(stage,)), limit=1)
        if not cases:
            continue
        view = latvian_window.tabs.open_case(cases[0].number)
        settle()
        opened += 1
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            settle()
            findings += [f"{stage.value} tab {index}: {f}" for f in english_on(latvian_window)]
    assert opened >= 5
    assert findings == [], "\n".join(findings)


def test_dialogs_in_latvian(qtbot, latvian_window, context, services, empty_services):
    from smarttek_dsar.ui.help_dialog import HelpDialog
    from smarttek_dsar.ui.new_request_dialog import NewRequestDialog
    from smarttek_dsar.ui.service_messages import message_text
    from smarttek_dsar.ui.sign_in import FirstAdminDialog, SignInDialog

    database = message_text(services.db.description())
    dialogs = [NewRequestDialog(context, latvian_window), HelpDialog(latvian_window),
               SignInDialog(services, database, user="dpo"),
               FirstAdminDialog(empty_services, database)]
    findings = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        findings += [f"{type(dialog).__name__}: {f}" for f in english_on(dialog)]
        dialog.reject()
    findings += english_in_modal(latvian_window.about)
    assert "lokālais fails" in database
    assert findings == [], "\n".join(findings)


def test_case_dialogs_in_latvian(qtbot, latvian_window, context, services, dpo):
    from smarttek_dsar.ui.case_view.acknowledgement_dialog import AcknowledgementDialog
    from smarttek_dsar.ui.letter_dialog import DossierDialog, LetterDialog
    from smarttek_dsar.ui.package_dialog import PackageDialog

    number = services.cases.list(dpo, CaseFilter(stages=(Stage.FULFILMENT,)), limit=1)[0].number
    detail = services.cases.detail(dpo, number)
    findings = []
    for dialog in (PackageDialog(context, detail, latvian_window),
                   LetterDialog(context, detail, latvian_window),
                   DossierDialog(context, detail, latvian_window),
                   AcknowledgementDialog(detail, latvian_window)):
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        findings += [f"{type(dialog).__name__}: {f}" for f in english_on(dialog)]
        dialog.reject()
    assert findings == [], "\n".join(findings)


def test_import_results_in_latvian(qtbot, latvian_window, context, tmp_path):
    from smarttek_dsar.ui.import_dialog import ImportDialog
    from tests.services.intake_files import mail, write

    files = [write(tmp_path, "pieprasījums.eml", mail()),
             write(tmp_path, "bojāts.json", b'{"request_id": '),
             write(tmp_path, "tukšs.eml", b"")]
    dialog = ImportDialog(context, files, latvian_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3 and all(
        dialog.table.item(r, 1) is not None for r in range(3)))
    settle()
    findings = english_on(dialog)
    assert findings == [], "\n".join(findings)
    shown = " ".join(dialog.table.item(r, c).text() for r in range(3)
                     for c in range(dialog.table.columnCount()) if dialog.table.item(r, c))
    assert "fails ir tukšs" in shown, shown


def test_a_refused_action_is_reported_in_latvian(latvian_window, services, dpo):
    closed = services.cases.list(dpo, CaseFilter(stages=(Stage.CLOSED,)), limit=1)[0]
    texts: list[str] = []

    def refuse() -> None:
        run_task(latvian_window, lambda: services.closing.advance(dpo, closed.number))

    def read() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, read)
            return
        texts.append(box.text())
        box.close()

    QTimer.singleShot(0, read)
    refuse()
    settle()
    assert texts == ["Lietu posmā 'Slēgts' nevar virzīt uz priekšu."]
    assert not _english(texts[0])


def test_the_same_walk_finds_english_in_the_english_window(qtbot, context):
    """The walk reads what a reader sees: in English the same pages are full of findings."""
    from smarttek_dsar.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle()
    assert len(english_on(window)) > 20


def test_the_check_finds_english(qtbot):
    """The test's own eyes: an English source string and an English template are found, a
    Latvian translation and data are not."""
    assert _english("Wrong user name or password.")
    assert _english("No case numbered 'DSAR-2026-0042'. Case numbers look like DSAR-2026-0001.")
    assert not _english("Nepareizs lietotājvārds vai parole.")
    assert not _english("DSAR-2026-0042") and not _english("Ilze Kalniņa")


def test_qt_file_dialog_speaks_latvian(qtbot, latvian_window):
    """Qt's own words (qtbase_lv.qm, shipped in the PySide6 wheel) are loaded with ours: the
    file dialog's labels are Latvian."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(latvian_window, "Importēt")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    labels = {_plain(label.text()) for label in dialog.findChildren(QLabel)
              if label.isVisibleTo(dialog)}
    # Qt 6 asks for "&Look in:" and "Files of &type:", which its Latvian file lacks: ours adds them.
    assert {"Meklēt:", "Datnes ar tipu:", "Datnes nosaukums:"} <= labels, labels
    assert english_on(dialog) == []
    dialog.reject()


def test_audit_details_are_words_in_latvian(qtbot):
    from smarttek_dsar.ui.audit_details import details_text

    i18n.install("lv")
    shown = details_text({"from": "review", "to": "fulfilment", "channel": "email",
                          "file": "pase.jpg", "demo": True})
    assert shown == ("no: Juridiskā izvērtēšana · uz: Izpilde · kanāls: "
                     f"{Channel.EMAIL.label_lv} · fails: pase.jpg · demonstrācija: jā")
    assert details_text({"file": "pase.jpg"}, hide_personal=True) == "fails: (paslēpts)"


def test_sign_in_refusals_in_latvian(qtbot, services):
    from smarttek_dsar.services.administration.users import FREE_ATTEMPTS
    from smarttek_dsar.ui.sign_in import SignInDialog
    from tests.ui.conftest import PASSWORD

    i18n.install("lv")
    dialog = SignInDialog(services, "x", user="janis")
    qtbot.addWidget(dialog)
    dialog.show()

    def sign_in(password: str) -> None:
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    sign_in("not-the-password")
    assert dialog.error.text() == "Nepareizs lietotājvārds vai parole."
    for _ in range(FREE_ATTEMPTS):
        sign_in("not-the-password")
    sign_in(PASSWORD)
    assert dialog.actor is None
    assert dialog.error.text().startswith("Pārāk daudz mēģinājumu; mēģiniet vēlreiz pēc ")
    assert re.search(r"pēc \d+ (sekundes|sekundēm)\.$", dialog.error.text())


def test_the_manager_window_in_latvian(qtbot, services, manager):
    """A manager sees other pages and neutral words in place of personal data."""
    from smarttek_dsar.ui.context import AppContext
    from smarttek_dsar.ui.main_window import MainWindow

    i18n.install("lv")
    window = MainWindow(AppContext(services, manager))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    settle()
    findings = []
    for key in window.pages:
        window.show_page(key)
        settle()
        findings += [f"page {key}: {f}" for f in english_on(window)]
    number = services.cases.list(manager, CaseFilter(stages=(Stage.REVIEW,)), limit=1)[0].number
    view = window.tabs.open_case(number)
    settle()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle()
        findings += [f"case tab {index}: {f}" for f in english_on(window)]
    assert findings == [], "\n".join(findings)


def test_every_window_string_has_a_latvian_translation(tmp_path):
    """Qt's own scanner (pyside6-lupdate) over the window's code: every tr() string has its
    Latvian in one of the *_lv.ts files. Strings lupdate cannot place in a class (a tr helper
    inside a function) need a translation in some context."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    ui = Path(__file__).resolve().parents[2] / "smarttek_dsar" / "ui"
    scanned = tmp_path / "scanned.ts"
    subprocess.run([lupdate, *map(str, sorted(ui.rglob("*.py"))), "-ts", str(scanned)],
                   check=True, capture_output=True, timeout=300)
    translated: dict[str, set[str]] = {}
    for file in resource_path("translations").glob("*_lv.ts"):
        for context in ET.parse(file).getroot().findall("context"):
            for item in context.findall("message"):
                translation = item.find("translation")
                if translation is not None and translation.text and \
                        translation.get("type") not in ("unfinished", "obsolete"):
                    translated.setdefault(context.findtext("name"), set()).add(
                        item.findtext("source"))
    anywhere = set().union(*translated.values())
    missing = []
    for context in ET.parse(scanned).getroot().findall("context"):
        name = context.findtext("name") or ""
        for item in context.findall("message"):
            source = item.findtext("source")
            known = translated.get(name, set()) if name else anywhere
            if source not in known:
                missing.append(f"{name}: {source}")
    assert missing == [], "\n".join(missing)


@pytest.mark.parametrize(("count", "english", "latvian"), [
    (0, "0 cases", "0 lietu"), (1, "1 case", "1 lieta"), (2, "2 cases", "2 lietas"),
    (10, "10 cases", "10 lietu"), (11, "11 cases", "11 lietu"), (21, "21 cases", "21 lieta")])
def test_counted_phrases_take_the_right_form(qtbot, count, english, latvian):
    """The case list's count ("1 cases", "1 lietas" before): the noun's form follows the count."""
    from smarttek_dsar.ui.service_messages import counted

    i18n.install("en")
    assert counted("{shown} {count:plural:case|cases}", count) == english
    i18n.install("lv")
    assert counted("{shown} {count:plural:case|cases}", count) == latvian


def test_a_refused_correction_says_why_in_latvian(qtbot, latvian_window, services, dpo):
    """A user error from the domain (an invalid personal code) shown in the dialog that caused
    it, in Latvian, with the dialog's own words Latvian too."""
    from PySide6.QtWidgets import QDialogButtonBox

    number = services.cases.list(dpo, CaseFilter(stages=(Stage.REVIEW,)), limit=1)[0].number
    view = latvian_window.tabs.open_case(number)
    settle()
    view.identity_panel.correct_subject()
    settle()
    dialog = view.identity_panel.correction
    assert english_on(dialog) == []
    dialog.code.setText("010190-12344")  # the check digit does not match
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Datu subjekts: Personas kods 010190-12344 nav derīgs: kontrolcipars nesakrīt. Lūdzu, "
        "pārbaudiet, vai kodā nav drukas kļūdas.")
    dialog.reject()


def test_the_add_user_dialog_and_its_refusal_in_latvian(qtbot, latvian_window):
    page = latvian_window.show_page("administration")
    settle()
    page.add_user()
    settle()
    dialog = page.dialog
    assert english_on(dialog) == []
    dialog.reject()
