"""Recording the response as it reached the subject (GDPR 12(3), DOMAIN.md §5): when, how, in
what format, the proof, and the SHA-256 of every file sent, computed off the UI thread by the
service that the command line and the package export use (services/response/delivered_files.py).

Once the response is recorded and no fulfilment task is open, the request is answered (GDPR
12(3): information on the action taken, within the deadline): the form offers to move the case
to "Response sent" at once, through the same `advance` operation as the header's button, after
a confirmation (a case does not move back). With tasks still open it does not ask: the answer
is not complete until they are done (DOMAIN.md §6, "we have erased" only for done tasks)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.response.delivered_files import delivered_files
from smarttek_dsar.services.response.delivery import DeliveredFile
from smarttek_dsar.services.views import CaseDetail, CaseSummary
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.case_view.confirm import confirm_then
from smarttek_dsar.ui.case_view.tables import fill_rows, read_only_table
from smarttek_dsar.ui.case_view.wording import format_date, format_size, label
from smarttek_dsar.ui.tasks import run_task
from smarttek_dsar.ui.today import today_qdate


class DeliveryForm(QGroupBox):
    def __init__(self, actions: CaseActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Response delivered to the subject"))
        self._actions = actions
        self._files: list[DeliveredFile] = []
        self.sent_on = QDateEdit(today_qdate())
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat(i18n.date_format())
        self.sent_on.setMaximumDate(today_qdate())
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label(channel), channel)
        self.format = QComboBox()
        self.format.setEditable(True)
        self.format.addItems(["PDF", "PDF + XLSX", "JSON", self.tr("Letter")])
        self.proof = QLineEdit()
        self.proof.setPlaceholderText(self.tr("e.g. e-mail message ID, registered-post number"))
        self.files_table = read_only_table([self.tr("File"), self.tr("Size"), "SHA-256"])
        self.files_table.setMinimumHeight(80)
        self.files_table.setMaximumHeight(130)
        self.choose_button = QPushButton(self.tr("Choose files…"))
        self.choose_button.clicked.connect(self._choose)
        self.record_button = QPushButton(self.tr("Record delivery"))
        self.record_button.clicked.connect(lambda: actions.trigger("deliver"))
        self.history = read_only_table([
            self.tr("Sent"), self.tr("Channel"), self.tr("Format"), self.tr("Proof"),
            self.tr("Files"),
        ])
        self.history.setMinimumHeight(70)
        self.history.setMaximumHeight(130)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Sent on"), self.sent_on)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Proof of delivery"), self.proof)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files_table, 1)
        files_row.addWidget(self.choose_button)
        form.addRow(self.tr("Files sent"), files_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.history)

    @property
    def files(self) -> list[DeliveredFile]:
        return list(self._files)

    def set_detail(self, detail: CaseDetail) -> None:
        # GDPR 12(3): a request made electronically is answered electronically by default.
        self.channel.setCurrentIndex(self.channel.findData(detail.summary.channel))
        allowed = self._actions.allowed("deliver")
        for widget in (self.sent_on, self.channel, self.format, self.proof, self.choose_button,
                       self.record_button):
            widget.setEnabled(allowed)
        fill_rows(self.history, [
            [format_date(d.sent_on), label(Channel(d.channel)), d.format, d.proof,
             ", ".join(f"{name} ({sha[:12]}…)" for name, sha, _size in d.files)]
            for d in detail.disclosures
        ])
        self.history.setVisible(bool(detail.disclosures))

    def _choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Files sent to the subject"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        paths = list(paths)
        run_task(self, lambda progress: delivered_files(paths, progress), self._hashed,
                 title=self.tr("Computing SHA-256 checksums"))

    def _hashed(self, files: list[DeliveredFile]) -> None:
        known = {f.filename for f in self._files}
        self._files += [f for f in files if f.filename not in known]
        rows = [[f.filename, format_size(f.size), f.sha256] for f in self._files]
        fill_rows(self.files_table, rows)

    def record(self) -> None:
        qdate = self.sent_on.date()
        sent_on = date(qdate.year(), qdate.month(), qdate.day())
        channel, fmt = self.channel.currentData(), self.format.currentText()
        proof = self.proof.text()
        files = tuple(self._files)
        before = self._actions.detail

        def delivered(summary: CaseSummary) -> None:
            self._clear()
            if before is not None:
                self._offer_response_sent(before, summary)

        self._actions.run(
            lambda s, actor, number, version: s.delivery.record_delivery(
                actor, number, sent_on=sent_on, channel=channel, format=fmt, proof=proof,
                files=files, expected_version=version,
            ),
            title=self.tr("Recording the delivery"),
            on_done=delivered,
        )

    def _offer_response_sent(self, before: CaseDetail, delivered: CaseSummary) -> None:
        """Every task done and the response recorded: nothing is missing for 'Response sent',
        so ask whether to move there now (the header's `advance`, confirmed the same way)."""
        open_tasks = any(t.done_at is None for t in before.tasks)
        if (open_tasks or delivered.stage is not Stage.FULFILMENT
                or "advance" not in before.allowed_actions):
            return
        number = delivered.number
        self.confirm_box = confirm_then(
            self, "confirm_response_sent", self.tr("Response sent"),
            self.tr("The response to {number} is recorded and every fulfilment task is done. "
                    "Move the case to 'Response sent' now? A case does not move back."
                    ).format(number=number),
            self.tr("Move to 'Response sent'"),
            # The version the delivery left: the case view may still be reloading.
            lambda: self._actions.run(
                lambda s, actor, n, _version: s.closing.advance(
                    actor, n, expected_version=delivered.version),
                title=self.tr("Moving the case on")))

    def _clear(self) -> None:
        self._files = []
        self.files_table.setRowCount(0)
        self.proof.clear()

