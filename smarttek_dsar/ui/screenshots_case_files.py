"""Screenshots of a case's files and data (issue 14), called by ui/screenshots.py for each
language: an imported e-mail in the app's viewer, the subject's data as a table per category
(one field redacted), and the correction dialog. On the screenshot tool's demo database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.case_query import CaseFilter

Save = Callable[[QWidget, Path, str], None]


def _request_mail(folder: Path) -> Path:
    """A request as the mailbox received it yesterday, with a power of attorney attached."""
    received = datetime.now(RIGA) - timedelta(days=1)
    message = EmailMessage()
    message["Received"] = ("from mail.example.lv by mx.smarttek.eu with ESMTPS; "
                           + format_datetime(received))
    message["From"] = "Marta Liepiņa <marta.liepina@example.lv>"
    message["To"] = "privacy@smarttek.eu"
    message["Subject"] = "Pieprasījums izsniegt manus personas datus"
    message["Date"] = format_datetime(received - timedelta(minutes=2))
    message["Message-ID"] = "<screenshot-request@example.lv>"
    message.set_content(
        "Labdien!\n\nSaskaņā ar VDAR 15. pantu lūdzu izsniegt visu personas datu kopiju, ko "
        "SMARTTEK MIXTURE SIA par mani apstrādā, un informāciju par apstrādes nolūkiem.\n\n"
        "Pielikumā pilnvara, jo atbildi lūdzu sūtīt arī manam pārstāvim.\n\nAr cieņu,\n"
        "Marta Liepiņa")
    message.add_alternative("<html><body><p>Labdien!</p><p>Saskaņā ar VDAR 15. pantu lūdzu "
                            "izsniegt visu personas datu kopiju.</p></body></html>",
                            subtype="html")
    message.add_attachment(b"%PDF-1.4 pilnvara", maintype="application", subtype="pdf",
                           filename="pilnvara.pdf")
    path = folder / "pieprasijums-liepina.eml"
    path.write_bytes(message.as_bytes())
    return path


def _wait(ms: int) -> None:
    """Let layouts settle (the tables fit their height after they are shown)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot_case_files(window, services, work: Path, out: Path, language: str,
                     save: Save) -> str | None:
    """Returns the case whose subject's data was collected (the dialogs' run packages it)."""
    actor = window.context.actor
    # The e-mail viewer: a request imported from its .eml file, opened from the Identity tab.
    imported = services.imports.import_file(actor, _request_mail(work))
    # The second language finds the request imported already, as the same case.
    number = imported.case_number or imported.duplicate_of
    if number:
        view = window.tabs.open_case(number)
        view.tabs.setCurrentWidget(view.identity_panel)
        shown: list[QWidget] = []
        view.identity_panel.opener.email_shown.connect(shown.append)
        detail = services.cases.detail(actor, number)
        mail = next(a for a in detail.attachments if a.kind == "evidence")
        view.identity_panel.opener.open(number, mail.id, mail.filename, mail.media_type)
        if shown:
            shown[0].resize(760, 560)
            save(shown[0], out, f"email-viewer-{language}.png")
            shown[0].reject()
        view.identity_panel.correct_subject()
        dialog = view.identity_panel.correction
        dialog.has_representative.setChecked(True)
        dialog.representative_name.setText("Zvērināts advokāts Pēteris Ozols")
        dialog.authority_proof.setText("Pilnvara Nr. 12, notāra apliecināta 01.09.2026")
        save(dialog, out, f"correct-details-{language}.png")
        dialog.reject()

    # The subject's data: a case whose subject the demo systems know, collected and reviewed
    # with one field redacted.
    cases = services.cases.list(actor, CaseFilter(stages=[Stage.REVIEW]), limit=40)
    for summary in cases:
        result = services.collection.run(actor, summary.number)
        if result.total_rows < 8:
            continue
        snapshot = services.snapshot.snapshot(actor, summary.number)
        table = next((t for t in snapshot.tables if t.rows and "email" in t.columns), None)
        if table is not None:
            services.snapshot.redact_field(actor, summary.number, table.rows[0].id, "email",
                                           "Dzīvesbiedra e-pasts")
        view = window.tabs.open_case(summary.number)
        view.tabs.setCurrentWidget(view.data_panel)
        view.data_panel.show_case(summary.number)
        _wait(300)
        window.update()
        _wait(100)
        save(window, out, f"subject-data-tables-{language}.png")
        return summary.number
    return None
