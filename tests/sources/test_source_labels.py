"""Column and value labels of a data source (LV/EN), per-column portability and media, and
the readable fallback for a definition written before labels existed."""

from __future__ import annotations

import wave
from decimal import Decimal

import pytest
import sqlalchemy as sa

from smarttek_dsar.demo.media import write_demo_media
from smarttek_dsar.demo.systems_schema import call_recordings, cctv_records
from smarttek_dsar.services.package.data_labels import MediaPlan, labelled_table
from smarttek_dsar.services.review.collection_views import REDACTED, DisclosedTable
from smarttek_dsar.sources.config import SourceLabels, SourcesConfigError, parse_sources_config
from smarttek_dsar.sources.config_file import (
    default_sources_config,
    demo_media_folder,
    parse_sources_text,
    sources_config_text,
)
from smarttek_dsar.storage.database import sqlite_url
from tests.sources.systems_fixtures import build_systems

SQL = "SELECT method, paid_on, fee FROM payments WHERE payer = :customer_no"


def _config(query: dict):
    return parse_sources_config({"sources": [{
        "name": "Billing", "kind": "sql", "url": "sqlite:///x.sqlite3", "media": "/srv/media",
        "queries": [{"category": "billing_payments", "system": "Billing",
                     "system_lv": "Norēķinu sistēma", "sql": SQL, **query}]}]})


def test_labels_values_portability_and_media_are_read_and_written_back():
    config = _config({
        "columns": {"method": {"en": "Payment method", "lv": "Maksājuma veids",
                               "description_en": "How you paid.",
                               "description_lv": "Kā samaksājāt."},
                    "fee": {"en": "Fee", "lv": "Maksa", "portable": False}},
        "values": {"method": {"card": {"en": "Card", "lv": "maksājumu karte"}}},
    })
    labels = config.labels_for("Billing", "billing_payments", SQL, "Billing")
    assert labels.system_lv == "Norēķinu sistēma" and labels.media == "/srv/media"
    assert labels.labels.column("method").lv == "Maksājuma veids"
    assert labels.labels.column("fee").portable is False
    assert labels.labels.value("method", "card", "lv") == "maksājumu karte"
    assert labels.labels.value("method", "cash", "lv") is None
    assert parse_sources_text(sources_config_text(config)) == config


@pytest.mark.parametrize("query, message", [
    ({"values": {"method": {"card": {"en": "Card"}}}}, "needs both en and lv"),
    ({"columns": {"fee": {"en": "Fee", "portable": "no"}}}, "must be true or false"),
    ({"columns": {"fee": {"english": "Fee"}}}, "unknown field 'english'"),
])
def test_bad_labels_are_refused_naming_the_column(query, message):
    with pytest.raises(SourcesConfigError, match=message):
        _config(query)


def test_a_table_without_labels_still_reads_and_redactions_show_their_reason():
    table = DisclosedTable("Old source", "Billing", ("payment_method", "fee"),
                           (("card", "12.50"), (REDACTED, "3.00")), SQL)
    shown = labelled_table(table, SourceLabels(), "lv", MediaPlan("DSAR-2026-0001"))
    assert [c.title for c in shown.columns] == ["Payment method", "Fee"]  # readable fallback
    assert shown.rows[0] == ("card", Decimal("12.50"))
    assert shown.rows[1][0] == "[aizklāts: citas personas dati, VDAR 15. panta 4. punkts]"
    assert all(c.portable for c in shown.columns) and shown.system == "Billing"


def test_demo_media_are_real_files_named_by_the_rows(tmp_path):
    systems_file = tmp_path / "systems.sqlite3"
    build_systems(sqlite_url(systems_file))
    media = demo_media_folder(systems_file)
    written = write_demo_media(sqlite_url(systems_file), media)
    engine = sa.create_engine(sqlite_url(systems_file))
    with engine.connect() as conn:
        calls = conn.execute(sa.select(call_recordings.c.file_ref)).scalars().all()
        stills = conn.execute(sa.select(cctv_records.c.file_ref)).scalars().all()
    engine.dispose()
    assert written == len(calls) + len(stills) and calls
    with wave.open(str(media / calls[0])) as recording:
        assert recording.getnframes() > 0
    for ref in stills:
        assert (media / ref).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    config = default_sources_config(systems_file)
    assert config.sources[0].media == media.resolve().as_posix()
