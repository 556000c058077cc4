"""A sender who writes HTML into an e-mail display name sees it shown literally in the case
header, not rendered (Qt's AutoText would turn it into bold text and an image fetch)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolTip

from smarttek_dsar.ui.plain_text import plain_tip
from tests.intake.mail_builder import RECEIVED_OURS, q_word, raw_mail
from tests.services.intake_files import write
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    make_view,
    store_fixture,
    synchronous_tasks_fixture,
)

HOSTILE = '<b>X</b><img src="file:///etc/passwd">'


def hostile_mail() -> bytes:
    return raw_mail(
        [
            f"Received: {RECEIVED_OURS}",
            f"From: {q_word(HOSTILE, 'utf-8')} <x@example.lv>",
            "To: privacy@smarttek.eu",
            f"Subject: {q_word('<i>Piekļuve</i>', 'utf-8')}",
            "Date: Mon, 02 Sep 2024 10:00:00 +0300",
            "Message-ID: <html-name@example.lv>",
            'Content-Type: text/plain; charset="utf-8"',
        ],
        "Lūdzu sniegt piekļuvi maniem datiem.".encode(),
    )


def width_as(label: QLabel, text_format: Qt.TextFormat) -> int:
    reference = QLabel(label.text())
    reference.setFont(label.font())
    reference.setTextFormat(text_format)
    return reference.sizeHint().width()


def test_html_in_a_display_name_is_shown_literally_in_the_case_header(
        qtbot, store, synchronous_tasks, tmp_path):
    services, dpo, _manager = store
    (result,) = services.imports.import_files(dpo, [write(tmp_path, "x.eml", hostile_mail())])
    assert result.status == "created", result.message
    view = make_view(qtbot, services, dpo, result.case_number)
    label = view.header.subject_label
    assert label.text() == HOSTILE
    assert label.textFormat() is Qt.TextFormat.PlainText
    # The label is as wide as the literal characters, not as a bold "X" with an image.
    assert width_as(label, Qt.TextFormat.RichText) < label.sizeHint().width() \
        == width_as(label, Qt.TextFormat.PlainText)
    for other in (view.header.number_label, view.header.rights_label,
                  view.header.channel_label, view.header.received_label,
                  view.header.repeat_label, view.header.assignee_label,
                  view.banner.text_label):
        assert other.textFormat() is Qt.TextFormat.PlainText


def test_a_tooltip_that_looks_like_html_is_escaped_and_others_are_left_alone():
    assert plain_tip("Līga Ozola\nBrīvības iela 1") == "Līga Ozola\nBrīvības iela 1"
    escaped = plain_tip(HOSTILE + "\nrinda")
    assert "<b>" not in escaped and "&lt;b&gt;X&lt;/b&gt;" in escaped and "<br>" in escaped
    QToolTip.hideText()


def test_data_sources_page_asks_for_a_read_only_login_in_both_languages(
        qtbot, context, tmp_path, monkeypatch):
    from smarttek_dsar.ui import i18n
    from smarttek_dsar.ui.sources_page import SourcesPage

    monkeypatch.setenv("SMARTTEK_DSAR_SOURCES", str(tmp_path / "sources.toml"))
    page = SourcesPage(context)
    qtbot.addWidget(page)
    assert "login that can only read" in page.read_only_hint.text()
    assert page.read_only_hint.isVisibleTo(page)
    i18n.install("lv")
    latvian = SourcesPage(context)
    qtbot.addWidget(latvian)
    assert latvian.read_only_hint.text().startswith(
        "Katram SQL datu avotam izmantojiet datubāzes lietotāju, kuram ir tikai lasīšanas")
