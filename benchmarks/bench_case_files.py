"""How long the case view takes to show a case's files and data (issue 14):

- the subject's data as tables: `category_tables` (labels, types) plus the Qt model's text of
  every cell, for a snapshot of ROWS rows in 6 categories of 8 columns;
- an e-mail opened in the viewer: `read_email` of an imported request with a 20 MB attachment
  (parse by the intake parser, audit), and `open_file` of that attachment.

    PYTHONPATH=. python benchmarks/bench_case_files.py [rows]

Measured (2 shared cores): 6000 rows / 54000 cells typed and labelled in 230 ms, every
cell's text 806 ms (the view asks only for the visible ones); a 27 MB e-mail read for the
viewer in 684 ms, its 20 MB attachment handed over in 584 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _snapshot(rows: int):
    from smarttek_dsar.domain.redaction import Redaction, RedactionReason
    from smarttek_dsar.services.review.collection_views import (
        SnapshotRowView,
        SnapshotTableView,
        SnapshotView,
    )

    columns = ("customer_no", "first_name", "issued_on", "amount", "created_at", "note",
               "status", "email")
    categories = ("identification", "contact_details", "billing_payments", "contract_data",
                  "service_incidents", "customer_surveys")
    tables = []
    per = rows // len(categories)
    for q, category in enumerate(categories):
        table_rows = tuple(
            SnapshotRowView(q * per + n, {
                "customer_no": f"C-{n:07d}", "first_name": "Ilze", "issued_on": "2024-01-31",
                "amount": f"{n % 500}.25", "created_at": "2021-03-04T05:06:07.123456",
                "note": None if n % 3 else "Piezīme", "status": "paid",
                "email": "ilze@example.lv"}, False, None,
                {"email": Redaction(RedactionReason.OTHERS_DATA, "x")} if n % 10 == 0 else {})
            for n in range(per))
        tables.append(SnapshotTableView(q, "Demo", "CRM", category, "SELECT 1", columns,
                                        table_rows))
    return SnapshotView("DSAR-2026-0001", 1, datetime.now(UTC), "anna", True, (),
                        tuple(tables), frozenset())


def bench_tables(rows: int) -> None:
    from PySide6.QtWidgets import QApplication

    from smarttek_dsar.services.review.snapshot_tables import category_tables
    from smarttek_dsar.sources.config import SourceLabels
    from smarttek_dsar.storage.register_file import load_default_register
    from smarttek_dsar.ui.snapshot_table_model import SnapshotTableModel

    QApplication.instance() or QApplication([])
    snapshot, register = _snapshot(rows), load_default_register()
    started = time.perf_counter()
    shown = category_tables(snapshot, register, lambda *_a: SourceLabels(), "lv")
    built = time.perf_counter()
    cells = 0
    for category in shown:
        for table in category.tables:
            model = SnapshotTableModel(table)
            for r in range(model.rowCount()):
                for c in range(model.columnCount()):
                    model.index(r, c).data()
                    cells += 1
    done = time.perf_counter()
    print(f"tables: {rows} rows, {cells} cells: typed and labelled in "
          f"{(built - started) * 1000:.0f} ms, every cell's text in "
          f"{(done - built) * 1000:.0f} ms")


def bench_email() -> None:
    from smarttek_dsar.services import Services
    from smarttek_dsar.storage.database import sqlite_url

    work = Path(tempfile.mkdtemp(prefix="bench-case-files-"))
    services = Services.open(sqlite_url(work / "cases.sqlite3"))
    services.users.create_first_admin("dpo", "bench password long", "DPO")
    actor = services.users.login("dpo", "bench password long")
    message = EmailMessage()
    message["Received"] = ("from a by mx.smarttek.eu; "
                           + format_datetime(datetime.now(UTC) - timedelta(hours=2)))
    message["From"] = "Ilze <ilze@example.lv>"
    message["To"] = "privacy@smarttek.eu"
    message["Subject"] = "Datu kopija"
    message["Message-ID"] = "<bench@example.lv>"
    message.set_content("Lūdzu datu kopiju.")
    message.add_attachment(os.urandom(20 * 1024 * 1024), maintype="application",
                           subtype="pdf", filename="scan.pdf")
    path = work / "request.eml"
    path.write_bytes(message.as_bytes())
    number = services.imports.import_file(actor, path).case_number
    evidence = next(a for a in services.cases.detail(actor, number).attachments
                    if a.kind == "evidence")
    started = time.perf_counter()
    view = services.attachments.read_email(actor, number, evidence.id)
    read = time.perf_counter()
    found = services.attachments.open_file(actor, number, evidence.id, inner="scan.pdf")
    opened = time.perf_counter()
    print(f"e-mail of {evidence.size / 1048576:.1f} MB: read for the viewer in "
          f"{(read - started) * 1000:.0f} ms ({len(view.attachments)} attachment); its "
          f"{len(found.content) / 1048576:.0f} MB attachment handed over in "
          f"{(opened - read) * 1000:.0f} ms")
    services.db.dispose()


if __name__ == "__main__":
    bench_tables(int(sys.argv[1]) if len(sys.argv) > 1 else 6000)
    bench_email()
