"""The letter dialog: the recipients list (GDPR 19) and the late-refusal confirmation, clicked
through offscreen; what the window does is what `case recipients` and `letter` do."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from smarttek_dsar.domain.rights import Right
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.letter_dialog import LetterDialog
from tests.fixed_clock import TODAY
from tests.services.letter_cases import (
    NAMED_PROCESSOR,
    complete,
    decided_case,
    pdf_text,
    subject_facing,
)
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    settle,
    store_fixture,
    synchronous_tasks_fixture,
    type_text,
)


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def test_recipients_are_confirmed_in_the_dialog_and_the_notice_goes_to_them(
        qtbot, store, synchronous_tasks, tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(tmp_path / "letters"))
    services, dpo, _manager = store
    number = decided_case(services, dpo, Right.ERASURE)
    services.fulfilment.add_task(dpo, number, action="erase", system="CRM",
                                 category_id="contact_details")
    dialog = LetterDialog(AppContext(services, dpo), services.cases.detail(dpo, number))
    qtbot.addWidget(dialog)
    panel = dialog.recipients
    panel.recipient.setCurrentIndex(panel.recipient.findData("it_service_providers"))
    type_text(panel.system, "CRM")
    click(qtbot, panel.confirm_button)
    assert "name the company" in panel.status.text()  # a category is not a named recipient
    type_text(panel.name, NAMED_PROCESSOR)
    click(qtbot, panel.confirm_button)
    assert panel.list.count() == 1 and NAMED_PROCESSOR in panel.list.item(0).text()
    assert "not yet informed" in panel.list.item(0).text()
    assert [r.display_name("lv") for r in services.recipients.list(dpo, number)] == [
        NAMED_PROCESSOR]
    assert dialog.recipient.count() == 2  # "the first not yet informed" and the one recorded

    services.closing.advance(dpo, number)
    complete(services, dpo, number, "erase")
    dialog.kind.setCurrentIndex(dialog.kind.findData("art19_notice"))
    dialog.recipient.setCurrentIndex(1)
    dialog.output.setText(str(tmp_path / "notice.pdf"))
    click(qtbot, dialog.write_button)
    assert (tmp_path / "notice.pdf").is_file(), dialog.status.text()
    assert NAMED_PROCESSOR in pdf_text(tmp_path / "notice.pdf")


def test_a_late_refusal_asks_before_it_is_written(qtbot, store, synchronous_tasks, tmp_path,
                                                  monkeypatch):
    monkeypatch.setenv("SMARTTEK_DSAR_LETTERS", str(tmp_path / "letters"))
    services, dpo, _manager = store
    number = decided_case(services, dpo, Right.ERASURE, granted=(),
                          refused=("billing_payments",), days_ago=60)
    subject_facing(services, number, "billing_payments", Right.ERASURE,
                   reason="Rēķini jāglabā likumā noteikto laiku.")
    detail = services.cases.detail(dpo, number)
    assert detail.deadline.refusal_due < TODAY - timedelta(days=1)
    dialog = LetterDialog(AppContext(services, dpo), detail)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("refusal"))
    out = tmp_path / "refusal.pdf"
    dialog.output.setText(str(out))
    monkeypatch.setattr(dialog, "_today", lambda: TODAY)
    questions = []
    monkeypatch.setattr(dialog, "_confirm_late", lambda: questions.append(1) or False)
    click(qtbot, dialog.write_button)
    assert questions and not out.exists()
    monkeypatch.setattr(dialog, "_confirm_late", lambda: True)
    click(qtbot, dialog.write_button)
    assert out.is_file(), dialog.status.text()


def test_register_page_marks_retention_to_be_confirmed(qtbot, store):
    from smarttek_dsar.ui.register_page import RETENTION_COLUMN, RegisterPage

    services, dpo, _manager = store
    page = RegisterPage(AppContext(services, dpo))
    qtbot.addWidget(page)
    register = services.register.current()
    rows = {page.table.item(row, 0).text(): page.table.item(row, RETENTION_COLUMN).text()
            for row in range(page.table.rowCount())}
    for category in register.categories:
        marked = rows[category.id].startswith("To be confirmed by the DPO")
        assert marked == (not category.retention.confirmed), category.id
    assert rows["cctv_recordings"].startswith("To be confirmed by the DPO")
    assert "CCTV recordings and images" in page.unconfirmed.text()
