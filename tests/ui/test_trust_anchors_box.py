"""Administration › Trusted signature authorities: a real CA certificate file is added, listed
with subject, issuer, validity and fingerprint, and removed only after a confirmation; each
step is in the audit trail and only an administrator gets that far."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from smarttek_dsar.services.errors import PermissionDenied
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.administration_page import AdministrationPage
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.tasks import use_synchronous_tasks
from smarttek_dsar.ui.trust_anchors_box import TrustAnchorsBox, grouped
from tests.fixed_clock import TODAY
from tests.intake.asice_builder import make_pki
from tests.services.intake_files import write


def _rows(box: TrustAnchorsBox) -> list[list[str]]:
    return [[box.table.item(r, c).text() for c in range(box.table.columnCount())]
            for r in range(box.table.rowCount())]


def _box(qtbot, services, actor) -> TrustAnchorsBox:
    page = AdministrationPage(AppContext(services, actor))
    qtbot.addWidget(page)
    page.show()
    return page.trust


def test_add_a_ca_certificate_from_its_file_and_remove_it_after_asking(
        qtbot, services, dpo, tmp_path, monkeypatch):
    pki = make_pki()
    issuing = write(tmp_path, "issuing.pem", pki.intermediate.pem)
    box = _box(qtbot, services, dpo)
    assert box.table.rowCount() == 0 and box.empty.isVisibleTo(box)
    assert not box.remove_button.isEnabled()

    monkeypatch.setattr(box, "ask_certificate_file", lambda: issuing)
    box.add_from_file()
    (anchor,) = services.trust.list(dpo)
    year = TODAY.year
    subject, issuer, valid_from, valid_until, fingerprint = _rows(box)[0]
    assert (subject, issuer) == ("Test eParaksts Issuing CA", "Test eParaksts Root CA")
    assert str(year - 1) in valid_from and str(year + 3) in valid_until
    assert "expired" not in valid_until
    # As CAs publish it, so it can be compared by eye.
    assert fingerprint == grouped(anchor.sha256) and fingerprint.count(":") == 31
    page_message = box.parent().message.text()
    assert "“Test eParaksts Issuing CA” is trusted now" in page_message
    assert not box.empty.isVisibleTo(box)

    # The same certificate again: the service's refusal in its words, nothing added.
    box.add_from_file()
    assert "already trusted" in box.parent().message.text()
    assert box.table.rowCount() == 1
    # A person's certificate is no authority.
    monkeypatch.setattr(box, "ask_certificate_file",
                        lambda: write(tmp_path, "signer.pem", pki.signer.pem))
    box.add_from_file()
    assert "not a certificate authority" in box.parent().message.text()

    box.remove_selected()
    assert "Select an authority first." in box.parent().message.text()
    box.table.selectRow(0)
    box.remove_selected()
    question = box.findChild(QMessageBox, "confirm_trust_removal")
    assert "Test eParaksts Issuing CA" in question.text()
    question.button(QMessageBox.StandardButton.No).click()
    QApplication.processEvents()
    assert len(services.trust.list(dpo)) == 1  # nothing happened
    box.table.selectRow(0)
    box.remove_selected()
    question = box.findChild(QMessageBox, "confirm_trust_removal")
    question.button(QMessageBox.StandardButton.Yes).click()
    QApplication.processEvents()
    assert services.trust.list(dpo) == [] and box.table.rowCount() == 0
    assert "is no longer trusted" in box.parent().message.text()
    actions = [e.action for e in services.audit.recent(dpo) if e.action.startswith("trust")]
    assert sorted(actions) == ["trust_anchor.added", "trust_anchor.removed"]


def test_the_list_loads_on_a_real_thread_pool(qtbot, services, dpo, tmp_path):
    services.trust.add(dpo, write(tmp_path, "root.pem", make_pki().root.pem))
    use_synchronous_tasks(False)
    try:
        box = _box(qtbot, services, dpo)
        qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=10_000)
    finally:
        use_synchronous_tasks(True)
    assert _rows(box)[0][:2] == ["Test eParaksts Root CA", "Test eParaksts Root CA"]


def test_only_an_administrator_lists_or_changes_them(services, janis, manager, dpo, tmp_path):
    root = write(tmp_path, "root.pem", make_pki().root.pem)
    for actor in (janis, manager):
        for attempt in (lambda a: services.trust.list(a), lambda a: services.trust.add(a, root)):
            try:
                attempt(actor)
            except PermissionDenied:
                continue
            raise AssertionError(f"{actor.username} reached the trust anchors")
    assert services.trust.list(dpo) == []


def test_the_box_in_latvian(qtbot, services, dpo):
    i18n.install("lv")
    try:
        box = _box(qtbot, services, dpo)
        assert box.title() == "Uzticamās parakstu sertifikācijas iestādes"
        headers = [box.table.horizontalHeaderItem(c).text()
                   for c in range(box.table.columnCount())]
        assert headers == ["Subjekts", "Izdevējs", "Derīgs no", "Derīgs līdz",
                           "SHA-256 nospiedums"]
        assert box.add_button.text() == "Pievienot no faila…"
    finally:
        i18n.install("en")


def test_every_column_heading_is_whole_in_the_administration_page(qtbot, services, dpo):
    """At the 1280-pixel window's width the box is about 530 pixels wide: the dates and the
    fingerprint's heading were cut ("HA-256 nospiedun") while Subject and Issuer kept room."""
    i18n.install("lv")
    try:
        box = _box(qtbot, services, dpo)
        box.resize(530, 320)
        qtbot.waitUntil(lambda: box.table.width() < 530)
        header = box.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(box.table.columnCount()):
            text = box.table.horizontalHeaderItem(column).text()
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 8, text
        assert header.sectionViewportPosition(4) + header.sectionSize(4) \
            <= box.table.viewport().width()
    finally:
        i18n.install("en")
