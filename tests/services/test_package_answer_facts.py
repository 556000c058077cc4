"""The subject's package states only what the case proves (issue 12, packages): read back as
the subject and a receiving controller would read it, on SQLite and PostgreSQL.

Redactions show their reason category and never the internal note; the Latvian package is
Latvian throughout and the English one English; the portability JSON holds only what the
subject provided or generated and validates against the schema shipped beside it; the
recordings themselves are in the package; the 20(2) transfer is a recorded disclosure.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from pypdf import PdfReader

from smarttek_dsar.demo.media import write_demo_media
from smarttek_dsar.demo.systems_schema import call_recordings, cctv_records, customers
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.package.package_export import package_format
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.sources.config_file import demo_media_folder
from smarttek_dsar.storage.database import sqlite_url
from smarttek_dsar.storage.models import Disclosure, SnapshotRow
from tests.services.package_cases import case_in_review
from tests.sources.systems_fixtures import NEIGHBOUR, NEW_CODE, build_systems, demo_config

NOTE = "phone belongs to a family member"
MISSING_CALL = "zvani/2025/01/01/99999999.wav"  # named by a row, absent from the media folder
# The app's own English labels (column headings, value labels, fixed words of the copy)...
ENGLISH = ("Customer number", "First name", "Last name", "Date of birth", "Payment method",
           "Bank transfer", "Invoice number", "Invoice status", "Monthly fee", "Account status",
           "Two-step sign-in", "Signed in at", "Consent given", "Reported at", "Description",
           "Our employee", "You called us", "redacted", "another person's data", "Yes",
           "Column dictionary", "Records", "copy in this package")
# ...and their Latvian counterparts, which an English package must not show.
LATVIAN = ("Klienta numurs", "Vārds", "Uzvārds", "Dzimšanas datums", "Maksājuma veids",
           "bankas pārskaitījums", "Rēķina numurs", "Rēķina statuss", "Mēneša maksa",
           "Konta statuss", "Divpakāpju pieslēgšanās", "Pieteikts", "Apraksts",
           "Mūsu darbinieks", "Jūs zvanījāt mums", "aizklāts", "citas personas dati", "Jā",
           "Kolonnu vārdnīca", "Ieraksti", "kopija šajā paketē")
# Fields Smarttek created about the subject: never in the portability file (GDPR 20(1)).
COMPANY_CREATED = {"customer_no", "contract_no", "monthly_fee", "invoice_no", "offer_no",
                   "incident_no", "handled_by", "score", "decision", "model_version", "agent",
                   "file_ref", "retained_until", "amount", "vat_amount", "due_on", "issued_on"}


def _add_recordings(url: str, media: Path) -> None:
    """Ilze called twice (one recording kept, one lost) and was filmed once."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        ilze = conn.execute(sa.select(customers.c.id).where(
            customers.c.customer_no == "C-0009031")).scalar_one()
        next_call = (conn.execute(sa.select(sa.func.max(call_recordings.c.id))).scalar() or 0) + 1
        next_still = (conn.execute(sa.select(sa.func.max(cctv_records.c.id))).scalar() or 0) + 1
        conn.execute(call_recordings.insert(), [
            dict(id=next_call, customer_id=ilze, caller_phone="+37126000031",
                 direction="inbound", started_at=datetime(2025, 11, 3, 9, 15), duration_s=140,
                 agent="Inga Saulīte", file_ref="zvani/2025/11/03/ilze-1.wav",
                 retained_until=datetime(2026, 11, 3).date()),
            dict(id=next_call + 1, customer_id=ilze, caller_phone="+37126000031",
                 direction="outbound", started_at=datetime(2025, 1, 1, 12, 0), duration_s=60,
                 agent="Dainis Ķuzis", file_ref=MISSING_CALL,
                 retained_until=datetime(2026, 1, 1).date()),
        ])
        conn.execute(cctv_records.insert().values(
            id=next_still, customer_id=ilze, camera="KAM-01",
            location="Bērzaunes iela 6A, galvenā ieeja", recorded_at=datetime(2025, 12, 1, 10),
            retained_until=datetime(2025, 12, 31).date(), file_ref="cctv/KAM-01/ilze.png"))
    engine.dispose()
    write_demo_media(url, media)
    (media / MISSING_CALL).unlink()


@pytest.fixture
def reviewed(services, specialist, tmp_path):
    """Ilze's access and portability case: collected, one field redacted with an internal
    note, an old-style (free text) redaction on another row, reviewed and decided."""
    systems_file = tmp_path / "systems.sqlite3"
    systems = build_systems(sqlite_url(systems_file))
    _add_recordings(systems.url, demo_media_folder(systems_file))
    config = demo_config(systems_file)
    number = case_in_review(services, specialist, name="Ilze Kalniņa", code=NEW_CODE,
                            email=systems.ilze.email)
    services.collection.collect_all(specialist, number, config=config)
    view = services.snapshot.snapshot(specialist, number)
    incidents = next(t for t in view.tables if t.category_id == "service_incidents")
    neighbour = next(r for r in incidents.rows if NEIGHBOUR in str(r.values["description"]))
    services.snapshot.redact_field(specialist, number, neighbour.id, "description", NOTE,
                                   reason="others_data")
    other = next(r for r in incidents.rows if r.id != neighbour.id)
    with services.db.unit_of_work() as session:
        # A redaction stored before reason categories existed: field -> free text.
        session.get(SnapshotRow, other.id).redactions = json.dumps({"handled_by": "old note"})
    services.snapshot.mark_reviewed(specialist, number)
    register = services.register.current()
    decisions = [DecisionInput(c, Right.ACCESS, Outcome.GRANT, "Art. 15")
                 for c in view.category_ids]
    decisions += [DecisionInput(c, Right.PORTABILITY, Outcome.GRANT, "Art. 20")
                  if register.category(c).portable
                  else DecisionInput(c, Right.PORTABILITY, Outcome.NOT_APPLICABLE, "Art. 20(1)")
                  for c in view.category_ids]
    services.decisions.record_decisions(specialist, number, decisions)
    return number, config


def _pdf(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _cells(path: Path) -> list[str]:
    workbook = load_workbook(path)
    texts = [ws.title for ws in workbook.worksheets]
    texts += [str(c.value) for ws in workbook.worksheets for row in ws.iter_rows() for c in row
              if c.value is not None]
    return texts


def _words_in(text: str, words) -> list[str]:
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


@pytest.mark.parametrize("language", ["lv", "en"])
def test_package_speaks_one_language_and_never_the_internal_note(services, specialist,
                                                                 reviewed, tmp_path, language):
    number, config = reviewed
    result = services.exports.export_all(specialist, number, tmp_path / language,
                                         language=language, config=config)
    folder = result.directory
    pdf = _pdf(folder / f"{number}_data.pdf")
    cells = _cells(folder / f"{number}_data.xlsx")
    xlsx = " ".join(" ".join(cells).split())
    portability = (folder / f"{number}_portability.json").read_text(encoding="utf-8")
    for text in (pdf, xlsx, portability):
        assert NOTE not in text and "old note" not in text and NEIGHBOUR not in text
    # GDPR 15(4): the redaction mark and its reason category, in the copy's language.
    mark = ("[aizklāts: citas personas dati, VDAR 15. panta 4. punkts]" if language == "lv"
            else "[redacted: another person's data, GDPR 15(4)]")
    assert mark in cells
    assert pdf.count(mark.split(":")[0]) >= 2  # the new redaction and the old-style one
    foreign = ENGLISH if language == "lv" else LATVIAN
    assert _words_in(pdf, foreign) == []
    assert _words_in(xlsx, foreign) == []
    own = LATVIAN if language == "lv" else ENGLISH
    assert len(_words_in(pdf + " " + xlsx, own)) >= 10  # the list is the copy's own words
    # System names and coded values in the copy's language.
    if language == "lv":
        assert "Zvanu centrs" in pdf and "Jūs zvanījāt mums" in xlsx
    else:
        assert "Call centre" in pdf and "You called us" in xlsx


def test_portability_file_holds_only_what_the_subject_provided_and_matches_its_schema(
        services, specialist, reviewed, tmp_path):
    number, config = reviewed
    result = services.exports.export_all(specialist, number, tmp_path / "out", config=config)
    document = json.loads((result.directory / f"{number}_portability.json")
                          .read_text(encoding="utf-8"))
    schema = json.loads((result.directory / f"{number}_portability.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["categories"]
    for category in document["categories"]:
        keys = {column["key"] for column in category["columns"]}
        assert not keys & COMPANY_CREATED, category["id"]
        for record in category["records"]:
            assert set(record) == keys
    assert "offer_data" not in {c["id"].split("-")[0] for c in document["categories"]}
    contact = next(c for c in document["categories"] if c["id"].startswith("contact_details"))
    assert contact["records"][0]["email"] == "ilze.kalnina@pasts.example"
    # The Art. 15 copy keeps the company's own fields: only the JSON leaves them out.
    workbook = load_workbook(result.directory / f"{number}_data.xlsx")
    headings = {c.value for ws in workbook.worksheets for c in next(ws.iter_rows())}
    assert "Klienta numurs" in headings and "Pieteikuma numurs" in headings


def test_recordings_are_copied_into_the_package_or_said_how_they_are_provided(
        services, specialist, reviewed, tmp_path):
    number, config = reviewed
    result = services.exports.export_all(specialist, number, tmp_path / "out", language="en",
                                         config=config)
    folder = result.directory
    call, still = folder / f"{number}_media_ilze-1.wav", folder / f"{number}_media_ilze.png"
    assert call.read_bytes()[:4] == b"RIFF" and still.read_bytes()[:4] == b"\x89PNG"
    manifest = json.loads((folder / f"{number}_manifest.json").read_text(encoding="utf-8"))
    assert {call.name, still.name} <= {entry["name"] for entry in manifest["files"]}
    assert {call.name, still.name} <= {f.path.name for f in result.files}
    pdf = _pdf(folder / f"{number}_data.pdf")
    assert f"copy in this package: {call.name}" in " ".join(_cells(folder / f"{number}_data.xlsx"))
    assert "not in this package: we will send you this copy separately" in pdf
    assert MISSING_CALL not in pdf and "ilze-1.wav" in pdf
    # The delivery record names what was sent, recordings included.
    assert package_format(result) == "PDF + XLSX + JSON + 2 recording(s)/image(s)"


def test_package_with_a_password_carries_the_recordings_inside_the_archive(
        services, specialist, reviewed, tmp_path):
    import py7zr

    number, config = reviewed
    result = services.exports.export_all(specialist, number, tmp_path / "out",
                                         password="Ezera-iela-5-parole", config=config)
    with py7zr.SevenZipFile(result.directory / f"{number}_package.7z",
                            password="Ezera-iela-5-parole") as archive:
        names = archive.getnames()
    assert f"{number}_media_ilze-1.wav" in names
    assert f"{number}_portability.schema.json" in names


def test_export_for_another_controller_is_a_recorded_disclosure(services, specialist, reviewed,
                                                                 tmp_path):
    number, config = reviewed
    package = services.exports.export_all(specialist, number, tmp_path / "pkg", config=config)
    sent = services.exports.export_for_controller(specialist, number, tmp_path / "out",
                                                  "Citi Dati SIA", config=config)
    data = sent.directory / f"{number}_portability.json"
    jsonschema.validate(json.loads(data.read_text(encoding="utf-8")), json.loads(
        (sent.directory / f"{number}_portability.schema.json").read_text(encoding="utf-8")))
    ours = json.loads((package.directory / f"{number}_portability.json").read_text("utf-8"))
    theirs = json.loads(data.read_text(encoding="utf-8"))
    assert theirs["categories"] == ours["categories"]  # the same data, a separate file
    with services.db.read() as session:
        disclosures = session.scalars(sa.select(Disclosure)).all()
        assert [(d.recipient, sorted(f.filename for f in d.files)) for d in disclosures] == [
            ("Citi Dati SIA", sorted(f.path.name for f in sent.files))]
    assert services.cases.detail(specialist, number).summary.stage.value != "responded"
    case_id = services.cases.detail(specialist, number).summary.id
    actions = [e.action for e in services.audit.case_timeline(specialist, case_id)]
    assert "portability.transmitted" in actions
    with pytest.raises(ServiceError, match="Name the controller"):
        services.exports.export_for_controller(specialist, number, tmp_path / "x", "  ",
                                               config=config)


def test_transfer_needs_the_portability_right(services, specialist, tmp_path):
    systems_file = tmp_path / "systems.sqlite3"
    systems = build_systems(sqlite_url(systems_file))
    number = case_in_review(services, specialist, rights=(Right.ACCESS,), name="Ilze Kalniņa",
                            code=NEW_CODE, email=systems.ilze.email)
    config = demo_config(systems_file)
    services.collection.collect_all(specialist, number, config=config)
    services.snapshot.mark_reviewed(specialist, number)
    with pytest.raises(ServiceError, match="does not ask for data portability"):
        services.exports.export_for_controller(specialist, number, tmp_path / "out",
                                               "Citi Dati SIA", config=config)


def test_a_partly_withheld_category_gives_the_subject_reason_never_the_internal_note(
        services, specialist, reviewed, tmp_path):
    number, config = reviewed
    internal = "Vadītājs teica neizsniegt Jāņa Ozola sūdzību"
    addressed = "Daļa ierakstu satur citu personu datus, tāpēc tie ir aizklāti."
    services.decisions.record_decisions(specialist, number, [
        DecisionInput("service_incidents", Right.ACCESS, Outcome.PARTIAL, "Art. 15(4)",
                      internal, subject_reason=addressed)])
    result = services.exports.export_all(specialist, number, tmp_path / "out", config=config)
    pdf = _pdf(result.directory / f"{number}_data.pdf")
    assert addressed in pdf
    assert internal not in pdf and "Jāņa Ozola" not in pdf
