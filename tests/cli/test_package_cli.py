"""The package, letter and dossier commands, run as a DPO would run them."""

from __future__ import annotations

import hashlib
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from smarttek_dsar.domain.roles import Role
from smarttek_dsar.services import Services
from smarttek_dsar.storage.models import AuditEvent, Disclosure
from tests.cli.cli_runner import Cli
from tests.services.package_cases import collected_case

PW = "a long enough password"


@pytest.fixture
def setup(db_url, tmp_path):
    services = Services.open(db_url)
    services.users.create_first_admin("dpo", PW, "Dace Ozola", also_specialist=False)
    admin = services.users.login("dpo", PW)
    services.users.add(admin, "anna", PW, frozenset({Role.SPECIALIST}), "Anna Kļaviņa")
    services.users.add(admin, "maris", PW, frozenset({Role.MANAGER}), "Māris Liepa")
    case = collected_case(services, services.users.login("anna", PW), tmp_path)
    services.db.dispose()
    return Cli(db_url, tmp_path / "home"), case.number


def test_export_prints_every_file_with_its_sha256(setup, tmp_path):
    cli, number = setup
    result = cli("export", number, "--out", str(tmp_path / "out"), user="anna", password=PW)
    assert result.code == 0, result.err
    assert "100%" in result.err  # progress on stderr
    directory = tmp_path / "out" / number
    listed = {}
    for line in result.out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1].isdigit() and len(parts[2]) == 64:
            listed[parts[0]] = parts[2]
    assert f"{number}_data.pdf" in listed and f"{number}_portability.json" in listed
    for name, digest in listed.items():
        assert hashlib.sha256((directory / name).read_bytes()).hexdigest() == digest
    manifest = json.loads((directory / f"{number}_manifest.json").read_text(encoding="utf-8"))
    assert {f["name"] for f in manifest["files"]} <= set(listed)


def test_export_with_password_file_writes_only_the_encrypted_zip(setup, tmp_path):
    cli, number = setup
    secret = tmp_path / "password.txt"
    secret.write_text("Ezera-iela-5-parole\n", encoding="utf-8")
    result = cli("export", number, "--out", str(tmp_path / "out"), "--lang", "en",
                 "--password-file", str(secret), user="anna", password=PW)
    assert result.code == 0, result.err
    names = {p.name for p in (tmp_path / "out" / number).iterdir()}
    assert names == {f"{number}_package.zip", f"{number}_manifest.json", "SHA256SUMS.txt"}
    assert "Ezera-iela-5-parole" not in result.out + result.err


def test_manager_is_refused_in_one_line(setup, tmp_path):
    cli, number = setup
    result = cli("export", number, "--out", str(tmp_path / "out"), user="maris", password=PW)
    assert result.code == 1 and "may not export" in result.err
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_letter_and_dossier(setup, tmp_path):
    cli, number = setup
    out = tmp_path / "extension.pdf"
    result = cli("letter", number, "extension", "--out", str(out), "--lang", "lv",
                 "--set", "extension_reason=Jāpārskata daudz sistēmu", user="anna", password=PW)
    assert result.code == 0, result.err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Jāpārskata daudz sistēmu" in text and "pagarināts" in text
    missing = cli("letter", number, "extension", "--out", str(tmp_path / "x.pdf"),
                  user="anna", password=PW)
    assert missing.code == 1 and "$extension_reason" in missing.err
    assert not (tmp_path / "x.pdf").exists()
    dossier = tmp_path / "dossier.pdf"
    result = cli("dossier", number, "--out", str(dossier), user="anna", password=PW)
    assert result.code == 0, result.err
    digest = result.out.split()[-1]
    assert hashlib.sha256(dossier.read_bytes()).hexdigest() == digest
    text = "".join(page.extract_text() for page in PdfReader(dossier).pages)
    assert "Notikumu vēsture" in text and "data.collected" in text


def test_export_for_another_controller_writes_the_json_and_records_the_disclosure(setup,
                                                                                   tmp_path):
    cli, number = setup
    result = cli("export", number, "--out", str(tmp_path / "out"), "--for-controller",
                 "Citi  Dati SIA", user="anna", password=PW)
    assert result.code == 0, result.err
    assert "Portability file for Citi Dati SIA" in result.out
    folder = tmp_path / "out" / f"{number}_to_Citi-Dati-SIA"
    names = {p.name for p in folder.iterdir()}
    assert {f"{number}_portability.json", f"{number}_portability.schema.json"} <= names
    assert not any(name.endswith((".pdf", ".xlsx")) for name in names)
    services = Services.open(cli.env["SMARTTEK_DSAR_DB"])
    try:
        with services.db.read() as session:
            disclosure = session.scalars(select(Disclosure)).one()
            assert disclosure.recipient == "Citi Dati SIA"
            assert session.scalar(select(AuditEvent.action).where(
                AuditEvent.action == "portability.transmitted")) is not None
    finally:
        services.db.dispose()
