"""The snapshot's tables as the specialist reviews them, built without a database: category
names from the register, headings and coded values from the source's labels, typed values,
redacted fields carrying only their reason."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from smarttek_dsar.domain.redaction import Redaction, RedactionReason
from smarttek_dsar.services.review.collection_views import (
    RedactedValue,
    SnapshotRowView,
    SnapshotTableView,
    SnapshotView,
)
from smarttek_dsar.services.review.snapshot_tables import category_tables
from smarttek_dsar.sources.column_labels import ColumnLabel, ColumnLabels
from smarttek_dsar.sources.config import SourceLabels
from smarttek_dsar.storage.register_file import load_default_register

LABELS = SourceLabels(ColumnLabels(
    columns=(("issued_on", ColumnLabel(en="Issued on", lv="Izrakstīts")),
             ("amount", ColumnLabel(en="Amount", lv="Summa")),
             ("status", ColumnLabel(en="Status", lv="Statuss"))),
    values=(("status", (("paid", "Paid", "Apmaksāts"),)),)), system_lv="Norēķini")


def _snapshot() -> SnapshotView:
    columns = ("issued_on", "amount", "status", "payer", "note")
    rows = (
        SnapshotRowView(1, {"issued_on": "2024-01-31", "amount": "12.50", "status": "paid",
                            "payer": "Jānis Bērziņš", "note": None}, False, None,
                        {"payer": Redaction(RedactionReason.OTHERS_DATA, "the brother")}),
        SnapshotRowView(2, {"issued_on": "2024-02-29", "amount": "7.00", "status": "open",
                            "payer": "Ilze", "note": "x"}, True, "Not hers", {}),
    )
    table = SnapshotTableView(1, "Billing db", "Billing", "billing_payments", "SELECT 1",
                              columns, rows)
    return SnapshotView("DSAR-2026-0001", 1, datetime(2026, 12, 1, tzinfo=UTC), "anna", True,
                        (), (table,), frozenset({"billing_payments"}))


def test_tables_are_named_labelled_and_typed():
    register = load_default_register()
    [category] = category_tables(_snapshot(), register, lambda *_a: LABELS, "lv")
    assert category.name == register.category("billing_payments").name.lv
    assert category.reviewed and category.row_count == 2
    [table] = category.tables
    assert table.system == "Norēķini"
    assert [(c.title, c.type) for c in table.columns] == [
        ("Izrakstīts", "date"), ("Summa", "decimal"), ("Statuss", "text"),
        ("Payer", "text"), ("Note", "text")]
    first, second = table.rows
    assert first.cells[:3] == (date(2024, 1, 31), Decimal("12.50"), "Apmaksāts")
    assert first.cells[3] == RedactedValue(RedactionReason.OTHERS_DATA)
    assert "Jānis Bērziņš" not in repr(first.cells)
    assert first.cells[4] is None
    assert second.cells[2] == "open"  # a code without a label stays as stored
    assert second.excluded and second.exclusion_reason == "Not hers"
