"""The subject's package as the export service writes it, read back the way the subject and an
auditor would: the PDF's text, the spreadsheet's cells, the JSON against its schema, the hashes."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal

import jsonschema
import py7zr
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from smarttek_dsar.domain.progress import CallbackProgress, Cancelled
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.exporters.portability_json import schema_path
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.services.review.collection_views import REDACTED
from smarttek_dsar.storage.database import sqlite_url
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request
from tests.services.package_cases import (
    EXCLUDED_REASON,
    REDACTED_REASON,
    case_in_review,
    collected_case,
    to_fulfilment,
)
from tests.sources.systems_fixtures import NEIGHBOUR, NEW_CODE, build_systems, demo_config

PASSWORD = "Ezera-iela-5-parole"


def _pdf_text(path, password=None) -> list[str]:
    reader = PdfReader(path)
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def _actions(services, actor, number) -> list:
    case_id = services.cases.detail(actor, number).summary.id
    return services.audit.case_timeline(actor, case_id)


@pytest.fixture
def ilze(services, specialist, tmp_path):
    return collected_case(services, specialist, tmp_path)


def test_package_holds_letter_art15_every_category_and_redaction_notes(services, specialist,
                                                                        ilze, tmp_path):
    result = services.exports.export_all(specialist, ilze.number, tmp_path / "out")
    names = sorted(f.path.name for f in result.files)
    assert names == sorted([f"{ilze.number}_data.pdf", f"{ilze.number}_data.xlsx",
                            f"{ilze.number}_portability.json",
                            f"{ilze.number}_portability.schema.json",
                            f"{ilze.number}_manifest.json", "SHA256SUMS.txt"])
    pages = _pdf_text(result.directory / f"{ilze.number}_data.pdf")
    text = "\n".join(pages)
    assert "Ilze Kalniņa" in text and "Ezera" not in text.split("Ilze Kalniņa")[0]
    # Art. 15(1)(a)-(h) and 15(2), in Latvian with the letters intact.
    for heading in ("Apstrādes nolūki un tiesiskais pamats", "Saņēmēji", "Glabāšanas termiņi",
                    "Tiesības iesniegt sūdzību", "Datu avots", "Automatizēta lēmumu pieņemšana",
                    "Nodošana ārpus ES/EEZ"):
        assert heading in text
    assert "Datu valsts inspekcija" in text and "Apstiprinām, ka apstrādājam" in text
    register = services.register.current()
    for category in ("identification", "contact_details", "bank_account", "service_incidents",
                     "customer_surveys"):
        assert register.category(category).name.lv in text, category
    # GDPR 15(4): the redaction is said, with its reason category; the name is not there, nor
    # the specialist's internal notes.
    flat = " ".join(text.split())
    assert NEIGHBOUR not in text and "[aizklāts: citas personas dati" in flat
    assert "Iemesls: citas personas dati, VDAR 15. panta 4. punkts" in flat
    assert REDACTED_REASON not in flat and EXCLUDED_REASON not in flat
    assert "neattiecas uz Jums, tāpēc nav iekļauti: 1" in flat
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"{number}. lapa no {total}" in page


def test_spreadsheet_cells_are_typed_and_never_formulas(services, specialist, ilze, tmp_path):
    result = services.exports.export_all(specialist, ilze.number, tmp_path / "out", language="en")
    workbook = load_workbook(result.directory / f"{ilze.number}_data.xlsx")
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
    typed = [cell.value for ws in workbook.worksheets for row in ws.iter_rows() for cell in row]
    assert "329999-12345" in typed  # a personal code stays text, hyphen and all
    assert any(isinstance(v, datetime) and v.year == 1990 for v in typed)  # birth date
    assert any(isinstance(v, int) and not isinstance(v, bool) and v == 10 for v in typed)  # NPS


def test_json_is_valid_and_holds_exactly_the_portable_categories(services, specialist, ilze,
                                                                 tmp_path):
    result = services.exports.export_all(specialist, ilze.number, tmp_path / "out")
    document = json.loads((result.directory / f"{ilze.number}_portability.json")
                          .read_text(encoding="utf-8"))
    jsonschema.validate(document, json.loads(schema_path().read_text(encoding="utf-8")))
    register = services.register.current()
    exported = {c["id"].split("-")[0] for c in document["categories"]}
    reviewed = services.snapshot.reviewed_snapshot(specialist, ilze.number).categories
    # GDPR 20(1): exactly the reviewed categories the register marks portable.
    assert exported == {c.category_id for c in reviewed
                        if register.category(c.category_id).portable}
    assert exported
    assert "service_incidents" not in exported  # Smarttek's records: not Art. 20 data
    contact = next(c for c in document["categories"] if c["id"].startswith("contact_details"))
    assert contact["records"][0]["email"] == "ilze.kalnina@pasts.example"


def test_manifest_hashes_match_and_delivery_is_recorded(services, specialist, ilze, tmp_path):
    result = services.exports.export_all(specialist, ilze.number, tmp_path / "out")
    manifest = json.loads(result.manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        data = (result.directory / entry["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["size"]
    to_fulfilment(services, specialist, ilze.number)
    services.exports.record_delivery_from_package(
        specialist, ilze.number, result, channel=Channel.EMAIL, sent_on=TODAY,
        proof="Message-ID <pkg@smarttek.eu>")
    detail = services.cases.detail(specialist, ilze.number)
    delivered = {name: sha for name, sha, _size in detail.disclosures[0].files}
    assert delivered == {f.path.name: f.sha256 for f in result.files}
    assert detail.disclosures[0].format == "PDF + XLSX + JSON"
    events = _actions(services, specialist, ilze.number)
    exported = next(e for e in events if e.action == "package.exported")
    assert {name for name, _sha, _size in exported.details["files"]} == set(delivered)
    sent = next(e for e in events if e.action == "response.delivered")
    assert sorted(sha for _name, sha in sent.details["files"]) == sorted(delivered.values())


def test_changed_file_is_not_recorded_as_delivered(services, specialist, ilze, tmp_path):
    result = services.exports.export_all(specialist, ilze.number, tmp_path / "out")
    to_fulfilment(services, specialist, ilze.number)
    (result.directory / "SHA256SUMS.txt").write_text("edited\n", encoding="utf-8")
    with pytest.raises(ServiceError, match="changed after the export"):
        services.exports.record_delivery_from_package(
            specialist, ilze.number, result, channel=Channel.EMAIL, sent_on=TODAY)


def test_encrypted_package_is_unreadable_without_the_password(services, specialist, ilze,
                                                              tmp_path):
    result = services.exports.export_all(specialist, ilze.number, tmp_path / "out",
                                         password=PASSWORD)
    archive_path = result.directory / f"{ilze.number}_package.7z"
    assert {f.path.name for f in result.files} == {archive_path.name, "SHA256SUMS.txt",
                                                   f"{ilze.number}_manifest.json"}
    with pytest.raises(py7zr.PasswordRequired):
        py7zr.SevenZipFile(archive_path).getnames()
    with py7zr.SevenZipFile(archive_path, password=PASSWORD) as archive:
        archive.extract(tmp_path / "opened", targets=[f"{ilze.number}_data.pdf"])
    inner = tmp_path / "opened" / f"{ilze.number}_data.pdf"
    assert PdfReader(inner).is_encrypted
    assert "Ilze Kalniņa" in "".join(_pdf_text(inner, PASSWORD))
    # The password is nowhere in the audit trail or the package's own files.
    events = _actions(services, specialist, ilze.number)
    assert PASSWORD not in json.dumps([e.details for e in events])
    for path in result.directory.iterdir():
        assert PASSWORD.encode() not in path.read_bytes()
    to_fulfilment(services, specialist, ilze.number)
    services.exports.record_delivery_from_package(
        specialist, ilze.number, result, channel=Channel.EMAIL, sent_on=TODAY)
    assert services.cases.detail(specialist, ilze.number).disclosures[0].format == (
        "7z (AES-256): PDF + XLSX + JSON")


def test_case_without_collection_cannot_be_exported(services, specialist, tmp_path):
    number = case_in_review(services, specialist, rights=(Right.ACCESS,))
    with pytest.raises(ServiceError, match="no collected data: search the company's systems"):
        services.exports.export_all(specialist, number, tmp_path / "out", language="en")
    assert not (tmp_path / "out").exists()


def test_subject_found_nowhere_gets_the_negative_answer_without_data_tables(
        services, specialist, tmp_path):
    systems_file = tmp_path / "systems.sqlite3"
    systems = build_systems(sqlite_url(systems_file))
    stranger = systems.stranger
    number = case_in_review(services, specialist, rights=(Right.ACCESS,), name=stranger.full_name,
                            code=None, email=stranger.email)
    services.collection.collect_all(specialist, number, config=demo_config(systems_file))
    result = services.exports.export_all(specialist, number, tmp_path / "out", language="en")
    names = {f.path.name for f in result.files}
    assert names == {f"{number}_data.pdf", f"{number}_data.xlsx", f"{number}_manifest.json",
                     "SHA256SUMS.txt"}
    workbook = load_workbook(result.directory / f"{number}_data.xlsx")
    assert [ws.title for ws in workbook.worksheets] == ["Summary", "Column dictionary"]


def test_unreviewed_data_blocks_the_export(services, specialist, tmp_path):
    systems = build_systems(sqlite_url(tmp_path / "systems.sqlite3"))
    number = case_in_review(services, specialist, name="Ilze Kalniņa", code=NEW_CODE,
                            email=systems.ilze.email)
    services.collection.collect_all(specialist, number,
                                    config=demo_config(tmp_path / "systems.sqlite3"))
    with pytest.raises(ServiceError, match="nobody has reviewed"):
        services.exports.write(specialist, number, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_manager_and_admin_may_not_export(services, specialist, manager, admin, tmp_path):
    number = case_in_review(services, specialist)
    for who in (manager, admin):
        with pytest.raises(PermissionDenied):
            services.exports.write(who, number, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_short_password_and_wrong_stage_are_refused(services, specialist, tmp_path):
    number = case_in_review(services, specialist)
    with pytest.raises(ServiceError, match="at least 12 characters"):
        services.exports.write(specialist, number, tmp_path / "out", password="eleven-char")
    assert not (tmp_path / "out").exists()
    early = services.cases.create(specialist, new_request())
    with pytest.raises(ServiceError, match="during review or fulfilment"):
        services.exports.write(specialist, early.number, tmp_path / "out")


def test_cancelled_export_leaves_nothing_and_is_not_audited(services, specialist, ilze,
                                                            tmp_path):
    def cancel_after_the_first_report(done: int, total: int, message: str) -> None:
        progress.cancel()  # the user presses Cancel as soon as the bar appears

    progress = CallbackProgress(cancel_after_the_first_report)
    with pytest.raises(Cancelled):
        services.exports.write(specialist, ilze.number, tmp_path / "out", progress=progress)
    out = tmp_path / "out"
    assert not out.exists() or not any(p.name == ilze.number for p in out.iterdir())
    actions = [e.action for e in _actions(services, specialist, ilze.number)]
    assert "package.exported" not in actions


def test_decimal_and_dates_are_typed_for_json_and_xlsx():
    from smarttek_dsar.services.package.disclosed_columns import typed_table

    columns, rows = typed_table(
        ("code", "amount", "on", "at", "n", "paid", "note"),
        [("010190-10001", "12.50", "2024-01-31", "2024-01-31 10:00:00.000000", 3, True, None),
         ("020202-20202", REDACTED, None, "2024-02-01T08:00:00+00:00", 4, False, "x")],
    )
    assert [c.type for c in columns] == ["text", "decimal", "date", "datetime", "int", "bool",
                                         "text"]
    assert rows[0][1] == Decimal("12.50") and rows[1][1] == REDACTED
    assert rows[0][2] == date(2024, 1, 31) and rows[0][0] == "010190-10001"
