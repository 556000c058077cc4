"""Letters page: the DPO edits the wording of a letter, the service's refusals show on the page,
the shipped text comes back on reset, specialists read and preview, and every change is in the
audit trail. Edited templates are kept in the test's own folder."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from sqlalchemy import select

from smarttek_dsar.services.letters.letter_templates import TEMPLATE_KINDS
from smarttek_dsar.storage.models import Case
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.letters_page import LettersPage
from smarttek_dsar.ui.main_window import MainWindow
from tests.ui.conftest import type_text

EDIT = "P.S. Our office is closed on Fridays."


@pytest.fixture(autouse=True)
def letters_dir(tmp_path, monkeypatch):
    folder = tmp_path / "letters"
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(folder))
    return folder


@pytest.fixture
def case_number(services) -> str:
    with services.db.unit_of_work() as session:
        return session.scalars(select(Case.number).order_by(Case.id)).first()


def make_page(qtbot, services, actor) -> LettersPage:
    page = LettersPage(AppContext(services, actor))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_at_end(page: LettersPage, text: str) -> None:
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    page.editor.setFocus()
    type_text(page.editor, text)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def cell(page: LettersPage, kind: str, language: str) -> str:
    return page.table.item(TEMPLATE_KINDS.index(kind), 1 + ("lv", "en").index(language)).text()


def test_the_dpo_edits_a_letter_and_every_later_letter_uses_it(
        qtbot, services, dpo, case_number, letters_dir, tmp_path):
    page = make_page(qtbot, services, dpo)
    assert page.table.rowCount() == len(TEMPLATE_KINDS)
    assert page.table.item(0, 0).text() == "Acknowledgement of receipt"
    page.choose("acknowledgement", "en")
    assert page.state.text() == "Shipped text" and cell(page, "acknowledgement", "en") == "shipped"
    assert not page.save_button.isEnabled()  # nothing to save yet
    assert not page.read_only_note.isVisible()

    type_at_end(page, EDIT)
    assert page.state.text() == "Unsaved changes"
    changes = []
    page.context.changed.connect(changes.append)
    click(qtbot, page.save_button)

    assert page.message.text().startswith("Saved."), page.message.text()
    # Organisation wording changed: every view showing organisation data reads it again.
    assert [(c.organisation, c.case_number, c.case_list) for c in changes] == [
        (True, None, False)]
    assert page.state.text().startswith("✎ Edited by the DPO")
    assert cell(page, "acknowledgement", "en") == "✎ edited"
    assert cell(page, "acknowledgement", "lv") == "shipped"  # the other language is untouched
    # Stored in the shared database, not in this user's folder.
    assert EDIT in services.letter_templates.read(dpo, "acknowledgement", "en")
    assert not (letters_dir / "en" / "acknowledgement.txt").exists()
    assert not page.save_button.isEnabled() and page.reset_button.isEnabled()

    # A letter written for a case from now on uses the DPO's wording.
    out = tmp_path / "ack.pdf"
    services.letters.write_pdf(dpo, case_number, "acknowledgement", out, language="en")
    text = pdf_text(out.read_bytes())
    assert EDIT in text and case_number in text

    # The save is in the audit trail, naming the template.
    saved = [e for e in services.audit.recent(dpo) if e.action == "letter_template.saved"]
    assert saved and saved[0].details["template"] == "acknowledgement"
    assert saved[0].details["language"] == "en" and saved[0].username == "dpo"


def test_preview_for_a_case_shows_the_text_being_edited(qtbot, services, dpo, case_number):
    page = make_page(qtbot, services, dpo)
    page.choose("acknowledgement", "en")
    type_at_end(page, EDIT)
    page.case_number.setText(case_number)
    changes = []
    page.context.changed.connect(changes.append)
    click(qtbot, page.preview_button)

    assert page.preview is not None and page.preview.page_count == 1, page.message.text()
    # Only the case's audit trail grew: its timeline and the audit page read again.
    assert [(c.case_number, c.case, c.audit, c.case_list, c.organisation) for c in changes] == [
        (case_number, True, True, False, False)]
    assert page.tabs.currentWidget() is page.preview_tab
    text = pdf_text(page.last_preview)
    assert EDIT in text and case_number in text  # unsaved wording, the case's own values
    assert "audit trail" in page.message.text()
    assert services.letter_templates.info(dpo, "acknowledgement", "en").edited is False
    case_id = services.cases.detail(dpo, case_number).summary.id
    prepared = [e for e in services.audit.case_timeline(dpo, case_id)
                if e.action == "letter.prepared"]
    assert prepared and prepared[-1].details["kind"] == "acknowledgement"


def test_an_unknown_placeholder_is_refused_and_shown(qtbot, services, dpo, letters_dir):
    page = make_page(qtbot, services, dpo)
    page.choose("refusal", "en")
    type_at_end(page, "Your favourite colour: $favourite_colour")
    click(qtbot, page.save_button)

    message = page.message.text()
    assert message.startswith("Not saved:") and "$favourite_colour" in message, message
    assert "$refusal_reasons" in message  # the placeholders it may use are listed
    assert "#8b1a1a" in page.message.styleSheet()  # shown as an error
    assert page.editor.textCursor().selectedText() == "$favourite_colour"
    assert not services.letter_templates.info(dpo, "refusal", "en").edited
    assert page.save_button.isEnabled() and page.state.text() == "Unsaved changes"
    assert "$favourite_colour" in page.editor.toPlainText()  # the typing is not lost

    # A preview is checked the same way: it never shows what could not be saved.
    click(qtbot, page.preview_button)
    assert page.message.text().startswith("No preview:")
    assert "$favourite_colour" in page.message.text() and page.last_preview is None


def test_reset_brings_back_the_shipped_text(qtbot, services, dpo, letters_dir, monkeypatch):
    shipped = services.letter_templates.shipped(dpo, "extension", "lv")
    services.letter_templates.save(dpo, "extension", "lv", shipped + "\nPapildu teikums.\n")
    page = make_page(qtbot, services, dpo)
    page.choose("extension", "lv")
    assert "Papildu teikums." in page.editor.toPlainText()
    assert cell(page, "extension", "lv") == "✎ edited"

    monkeypatch.setattr(page, "_confirm", lambda question: False)
    click(qtbot, page.reset_button)  # the DPO says no: nothing happens
    assert services.letter_templates.info(dpo, "extension", "lv").edited

    questions = []
    monkeypatch.setattr(page, "_confirm", lambda question: questions.append(question) or True)
    click(qtbot, page.reset_button)
    assert "Extension of the time limit" in questions[0]
    assert page.editor.toPlainText() == shipped
    assert not services.letter_templates.info(dpo, "extension", "lv").edited
    assert page.state.text() == "Shipped text" and cell(page, "extension", "lv") == "shipped"
    assert page.message.text() == "The shipped text is in use again."
    assert not page.reset_button.isEnabled()
    assert "letter_template.reset" in [e.action for e in services.audit.recent(dpo)]


def test_unsaved_edits_are_kept_while_browsing_and_can_be_discarded(qtbot, services, dpo,
                                                                   monkeypatch):
    page = make_page(qtbot, services, dpo)
    page.choose("refusal", "lv")
    type_at_end(page, "Melnraksts")
    page.choose("refusal", "en")
    assert "Melnraksts" not in page.editor.toPlainText()
    assert cell(page, "refusal", "lv") == "shipped *"
    page.choose("refusal", "lv")
    assert page.editor.toPlainText().endswith("Melnraksts")
    monkeypatch.setattr(page, "_confirm", lambda question: True)
    click(qtbot, page.reset_button)
    assert page.editor.toPlainText() == services.letter_templates.shipped(dpo, "refusal", "lv")
    assert cell(page, "refusal", "lv") == "shipped"


def test_clicking_a_placeholder_inserts_it_at_the_cursor(qtbot, services, dpo):
    page = make_page(qtbot, services, dpo)
    page.choose("acknowledgement", "en")
    names = [page.placeholder_list.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(page.placeholder_list.count())]
    assert names[0] == "case_number" and "due_date" in names
    assert "refusal_reasons" not in names  # only what this kind can fill
    page.editor.setPlainText("Ref. X")
    cursor = page.editor.textCursor()
    cursor.setPosition(len("Ref. "))
    page.editor.setTextCursor(cursor)
    item = page.placeholder_list.item(0)
    rect = page.placeholder_list.visualItemRect(item)
    QTest.mouseClick(page.placeholder_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    # Followed by a letter, the name is braced so it does not run into the next word.
    assert page.editor.toPlainText() == "Ref. ${case_number}X"


def test_a_specialist_reads_and_previews_but_cannot_edit(qtbot, services, janis, letters_dir):
    page = make_page(qtbot, services, janis)
    page.choose("acknowledgement", "en")
    assert page.editor.isReadOnly()
    assert not page.save_button.isVisible() and not page.reset_button.isVisible()
    assert page.read_only_note.isVisible()
    assert "only an administrator" in page.read_only_note.text()
    before = page.editor.toPlainText()
    page.insert_placeholder(page.placeholder_list.item(0))
    page.save()
    assert page.editor.toPlainText() == before
    assert not services.letter_templates.info(janis, "acknowledgement", "en").edited

    click(qtbot, page.preview_button)  # sample values: no case needed
    assert page.preview.page_count == 1, page.message.text()
    text = pdf_text(page.last_preview)
    assert "Anna Sample" in text and "DSAR-0000-0000" in text and "$" not in text
    assert page.message.text().startswith("Preview with sample values.")


def test_sample_preview_in_latvian_for_every_kind(qtbot, services, dpo):
    i18n.install("lv")
    page = make_page(qtbot, services, dpo)
    assert page.table.item(0, 0).text() == "Pieprasījuma saņemšanas apstiprinājums"
    for kind in TEMPLATE_KINDS:
        page.choose(kind, "lv")
        assert page.case_number.isEnabled() == (kind != "package_cover")
        click(qtbot, page.preview_button)
        assert page.last_preview is not None, (kind, page.message.text())
        text = pdf_text(page.last_preview)
        assert "$" not in text, kind
        if kind == "extension":  # the sample subject, Latvian letters intact
            assert "Anna Paraudziņa" in text and "Parauga iela 1-1" in text


def test_the_page_is_in_the_navigation_for_admins_and_specialists_only(
        qtbot, services, dpo, janis, manager):
    for actor, expected in ((dpo, True), (janis, True), (manager, False)):
        window = MainWindow(AppContext(services, actor))
        qtbot.addWidget(window)
        assert ("letters" in window.pages) is expected, actor.username
    keys = list(MainWindow(AppContext(services, dpo)).pages)
    assert keys.index("letters") == keys.index("sources") + 1
