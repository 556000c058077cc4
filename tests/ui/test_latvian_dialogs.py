"""The dialogs test_latvian_everywhere.py does not open, in Latvian: held mail and what became
of it, the import result with its notes, sending a letter by e-mail, the late-refusal question,
closing a case, roles, the stored passwords, the annual report and its year question, leaving
a row out, redacting a field, the purge question, a progress dialog and the e-mail viewer. Real widgets offscreen
on the demo database; the same eyes as there (every app English string the translation files
know)."""

# The latvian_window fixture is imported from the walk it extends; a test naming it as a
# parameter is not a redefinition.
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.service_messages import message_text
from tests.ui.test_latvian_everywhere import (  # noqa: F401 - latvian_window is a fixture
    _english,
    english_on,
    latvian_window,
    settle,
)


def english_in_opened(qtbot, trigger: Callable[[], object], accept: int = 0) -> list[str]:
    """Run `trigger`, which opens a dialog or message box (modal with exec(), or shown with
    open()), read every window it opened, then close them. With `accept`, that many dialogs
    in a row are read and accepted (a question that leads to the next), the last rejected."""
    before = set(QApplication.topLevelWidgets())
    seen: list[str] = []
    looked: list[bool] = []

    def look(tries: int = 0) -> None:
        opened = [w for w in QApplication.topLevelWidgets()
                  if w not in before and isinstance(w, QDialog) and w.isVisible()]
        if not opened:
            if tries < 250:
                QTimer.singleShot(20, lambda: look(tries + 1))
            return
        for window in opened:
            seen.extend(f"{type(window).__name__}: {f}" for f in english_on(window))
            if isinstance(window, QMessageBox) and _english(window.informativeText()):
                seen.append(f"message box: {window.informativeText()!r}")
            before.add(window)
            if len(looked) < accept:
                window.accept()
            else:
                window.reject()
        looked.append(True)
        if len(looked) <= accept:
            QTimer.singleShot(0, look)

    QTimer.singleShot(0, look)
    trigger()
    qtbot.waitUntil(lambda: len(looked) > accept, timeout=6000)
    settle()
    return seen


def _case(services, dpo, stage: Stage) -> str:
    return services.cases.list(dpo, CaseFilter(stages=(stage,)), limit=1)[0].number


def test_held_mail_and_what_became_of_it_in_latvian(qtbot, latvian_window, context, tmp_path):
    from smarttek_dsar.ui.held_mail_dialog import REASON, HeldMailDialog
    from smarttek_dsar.ui.import_dialog import RESULT, ImportDialog
    from tests.intake import non_request_mails as mails
    from tests.services.intake_files import mail, write

    files = [write(tmp_path, "bounce.eml", mails.bounce()),
             write(tmp_path, "auto.eml", mails.auto_reply()),
             write(tmp_path, "list.eml", mails.newsletter()),
             write(tmp_path, "pieprasījums.eml", mail())]
    imported = ImportDialog(context, files, latvian_window)
    qtbot.addWidget(imported)
    imported.show()
    qtbot.waitUntil(lambda: len(imported.results) == 4)
    settle()
    assert english_on(imported) == []
    assert imported.table.item(0, RESULT).toolTip().startswith(
        "Aizturēta kā vēstule Nr. ")
    assert "Vēstule ir paziņojums par nepiegādi (RFC 3464)" in \
        imported.table.item(0, RESULT).toolTip()
    assert "Aizturētas 3 vēstules, kas neizskatās pēc pieprasījuma" in imported.summary.text()
    assert "1 jauna lieta; importēti jau agrāk: 0; noraidīti: 0." in imported.summary.text()

    held = HeldMailDialog(context, latvian_window)
    qtbot.addWidget(held)
    held.show()
    settle()
    assert english_on(held) == []
    reasons = [held.table.item(r, REASON).text() for r in range(held.table.rowCount())]
    assert any(r.startswith("Vēstuli nosūtījusi programma (Auto-Submitted: auto-replied)")
               for r in reasons), reasons
    assert any("adresātu saraksta" in r for r in reasons), reasons

    row = next(r for r in range(len(held.held)) if held.held[r].kind == "auto_reply")
    held.table.selectRow(row)
    held.import_selected()
    qtbot.waitUntil(lambda: held.last_result is not None)
    settle()
    shown = held.status.text()
    assert shown.startswith("Izveidota lieta DSAR-"), shown
    assert not any(_english(line) for line in shown.splitlines()), shown
    held.table.selectRow(0)
    held.dismiss_selected()
    assert held.status.text().startswith("Aizturētā vēstule Nr. ")
    assert english_on(held) == []
    held.reject()


def test_every_reason_to_hold_a_mail_is_said_in_latvian(qtbot):
    """Each stored English reason, new or kept from before, is read back to its sentence and
    said in Latvian; a text this version does not know is shown as it is."""
    from smarttek_dsar.intake.non_request import _SENTENCES, reason_message

    i18n.install("lv")
    for sentence in _SENTENCES:
        stored = str(Message(sentence, {"header": "List-Id"}))
        said = message_text(reason_message(stored))
        assert said != stored and not _english(said), stored
        assert "List-Id" in said or "{header}" not in sentence
    assert message_text(reason_message("Something else entirely.")) == "Something else entirely."


def test_letter_dialogs_in_latvian(qtbot, latvian_window, context, services, dpo):
    from smarttek_dsar.ui.letter_dialog import LetterDialog

    letter = LetterDialog(context, services.cases.detail(dpo, _case(services, dpo,
                                                                    Stage.FULFILMENT)),
                          latvian_window)
    qtbot.addWidget(letter)
    letter.show()
    findings = english_in_opened(qtbot, letter.send_by_email)
    findings += english_in_opened(qtbot, letter._confirm_late)
    letter.done(0)
    assert findings == [], "\n".join(findings)


def test_case_questions_in_latvian(qtbot, latvian_window, services, dpo):
    view = latvian_window.tabs.open_case(_case(services, dpo, Stage.INTAKE))
    settle()
    findings = english_in_opened(qtbot, view.header.open_acknowledgement)
    findings += english_in_opened(qtbot, view.header.close_case)
    assert findings == [], "\n".join(findings)


def test_administration_questions_in_latvian(qtbot, latvian_window, services, dpo):
    page = latvian_window.show_page("administration")
    settle()
    page.users.selectRow(1)
    findings = english_in_opened(qtbot, page.change_roles)
    organisation, kept = services.organisation, services.organisation.settings().retention_years
    organisation.update(dpo, "retention_years", 1)
    try:
        page.list_due()
        settle()
        findings += [f"due list: {f}" for f in english_on(page)]
        findings += english_in_opened(qtbot, page.purge)
    finally:
        organisation.update(dpo, "retention_years", kept)
    sources = latvian_window.show_page("sources")
    sources.sources_list.setCurrentRow(0)
    findings += english_in_opened(qtbot, sources._ask_password)
    assert findings == [], "\n".join(findings)


def test_the_mailbox_password_prompt_in_latvian(qtbot, latvian_window, services, dpo):
    services.mailbox.configure(dpo, host="imap.smarttek.eu", user="privacy@smarttek.eu")
    try:
        assert not services.mailbox.stored_password()
        findings = english_in_opened(
            qtbot, lambda: latvian_window.mailbox_fetcher.fetch(interactive=True))
    finally:
        services.mailbox.configure(dpo, host="", user="")
    assert findings == [], "\n".join(findings)


def test_a_progress_dialog_names_its_step_in_latvian(qtbot, latvian_window):
    from smarttek_dsar.ui.tasks import run_task

    labels: list[str] = []

    def job(progress) -> None:
        progress.report(0, 2, Message("Searching {source}…", {"source": "Mārketings"}))
        dialogs = [w for w in latvian_window.findChildren(QProgressDialog)]
        labels.extend(d.labelText() for d in dialogs)

    run_task(latvian_window, job, title=latvian_window.tr("Collect data"))
    settle()
    assert labels and labels[-1] == "Meklē avotā Mārketings…", labels


@pytest.mark.parametrize(("count", "latvian"), [
    (1, "No lēmumiem pievienots 1 uzdevums."), (2, "No lēmumiem pievienoti 2 uzdevumi."),
    (10, "No lēmumiem pievienoti 10 uzdevumu.")])
def test_counts_in_the_window_take_the_right_form(qtbot, count, latvian):
    """What Qt's %n forms said before, from the one catalogue now."""
    from smarttek_dsar.ui.service_messages import counted

    i18n.install("lv")
    assert counted("{shown} {count:plural:task|tasks} added from the decisions.",
                   count) == latvian


def test_a_new_cases_notes_and_receipt_proof_in_latvian(qtbot, latvian_window, context,
                                                        tmp_path):
    """What intake wrote on the case (kept in English, as evidence) is read in Latvian: the
    import's notes and the receipt proof line by line."""
    from smarttek_dsar.ui.import_dialog import RESULT, ImportDialog
    from tests.services.intake_files import mail, write

    imported = ImportDialog(context, [write(tmp_path, "pieprasījums.eml", mail())],
                            latvian_window)
    qtbot.addWidget(imported)
    imported.show()
    qtbot.waitUntil(lambda: len(imported.results) == 1)
    tip = imported.table.item(0, RESULT).toolTip()
    assert "Tiesības noteiktas pēc pieprasījuma vārdiem: Piekļuve (VDAR 15. pants)" in tip, tip
    number = imported.results[0].case_number
    imported.reject()
    view = latvian_window.tabs.open_case(number)
    settle()
    proof = view.identity_panel.details.values["proof"].text()
    lines = proof.splitlines()
    assert lines[0].startswith("Saņemts ") and "pierādījums: pirmā Received galvene" in lines[0]
    assert lines[1].startswith("Oriģinālais fails saglabāts kā pierādījums: pieprasījums.eml")
    assert "Jāpārbauda:" in lines and any(line.startswith("- Tiesības noteiktas")
                                          for line in lines), proof
    assert not any(_english(line) for line in lines), proof


def test_every_sentence_intake_writes_on_a_case_has_its_latvian():
    """The templates kept as module constants (the catalogue test finds only literal ones)."""
    from smarttek_dsar.intake import non_request
    from smarttek_dsar.services.intake import case_words
    from smarttek_dsar.services.message_catalogue import catalogue

    latvian = catalogue("lv")
    written = [value for name, value in vars(case_words).items()
               if name.isupper() and isinstance(value, str)]
    written += [*case_words.UNKNOWN_SENDER.values(), *case_words.NOTES,
                *non_request._SENTENCES, *case_words._evidence()]
    assert len(written) > 30
    assert [t for t in written if t not in latvian] == []


def test_the_email_viewer_in_latvian(qtbot, latvian_window):
    from datetime import UTC, datetime

    from smarttek_dsar.services.intake.attachments import EmailFile, EmailView
    from smarttek_dsar.ui.email_viewer import EmailViewer

    view = EmailView("pieprasijums.eml", "Jānis Bērziņš", "janis@example.lv",
                     "privacy@smarttek.eu", datetime(2026, 11, 3, 7, 15, tzinfo=UTC),
                     "Datu kopija", "Lūdzu sniegt manu datu kopiju.",
                     (EmailFile("pilnvara.pdf", "application/pdf", 17),))
    dialog = EmailViewer(view, latvian_window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    findings = english_on(dialog)
    dialog.reject()
    assert findings == [], "\n".join(findings)


def test_leaving_a_row_out_in_latvian(qtbot, latvian_window, services, dpo):
    view = latvian_window.tabs.open_case(_case(services, dpo, Stage.REVIEW))
    settle()
    findings = english_in_opened(qtbot, view.data_panel._ask_exclude)
    assert findings == [], "\n".join(findings)


def test_redacting_a_field_in_latvian(qtbot, latvian_window, services, dpo, tmp_path,
                                      monkeypatch):
    """The three questions of redacting a collected value: which field, the reason the
    subject is told, the internal note. The demo database has no collected case, so one is
    collected from the test systems (as in test_collection_widgets.py)."""
    from dataclasses import replace

    from smarttek_dsar.domain.rights import Right
    from smarttek_dsar.services.views import PartyInput
    from smarttek_dsar.storage.database import sqlite_url
    from tests.services.case_factory import new_request
    from tests.sources.systems_fixtures import NEW_CODE, build_systems, demo_config

    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "sources.toml"))
    systems = tmp_path / "systems.sqlite3"
    build_systems(sqlite_url(systems))
    services.sources.save(dpo, demo_config(systems))
    request = replace(new_request(rights=[Right.ACCESS]),
                      subject=PartyInput(name="Ilze Kalniņa", personal_code=NEW_CODE))
    number = services.cases.create(dpo, request).number
    view = latvian_window.tabs.open_case(number)
    settle()
    panel = view.data_panel
    panel.collect()
    qtbot.waitUntil(lambda: bool(panel.category_views), timeout=10000)
    settle()
    first = next(iter(panel.category_views.values()))[0]
    assert panel.select_row(first.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1))
    findings = english_in_opened(qtbot, panel._ask_redact, accept=2)
    assert findings == [], "\n".join(findings)


def test_the_annual_report_question_in_latvian(qtbot, latvian_window):
    page = latvian_window.show_page("dashboard")
    settle()
    findings = english_in_opened(qtbot, page.dashboard.exports.ask_year)
    assert findings == [], "\n".join(findings)
