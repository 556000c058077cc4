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
from tests.fixed_clock import TODAY
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
    assert names == {f"{number}_package.7z", f"{number}_manifest.json", "SHA256SUMS.txt"}
    assert "Ezera-iela-5-parole" not in result.out + result.err


def test_a_short_password_file_is_refused_in_one_line(setup, tmp_path):
    cli, number = setup
    secret = tmp_path / "password.txt"
    secret.write_text("eleven-char\n", encoding="utf-8")
    result = cli("export", number, "--out", str(tmp_path / "out"), "--password-file",
                 str(secret), user="anna", password=PW)
    assert result.code == 1 and "at least 12 characters" in result.err
    assert "--generate-password" in result.err
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_generate_password_prints_it_once_and_it_opens_the_archive(setup, tmp_path):
    import py7zr

    cli, number = setup
    result = cli("export", number, "--out", str(tmp_path / "out"), "--generate-password",
                 user="anna", password=PW)
    assert result.code == 0, result.err
    lines = [line for line in result.out.splitlines() if line.startswith("Password: ")]
    assert len(lines) == 1
    generated = lines[0].removeprefix("Password: ")
    assert len(generated) >= 12 and result.out.count(generated) == 1
    assert generated not in result.err
    archive = tmp_path / "out" / number / f"{number}_package.7z"
    with py7zr.SevenZipFile(archive, password=generated) as opened:
        assert f"{number}_data.pdf" in opened.getnames()
    for path in (tmp_path / "out" / number).iterdir():
        assert generated.encode() not in path.read_bytes()
    both = cli("export", number, "--out", str(tmp_path / "again"), "--generate-password",
               "--password-file", str(tmp_path / "x"), user="anna", password=PW)
    assert both.code != 0 and "not allowed with" in both.err


def test_manager_is_refused_in_one_line(setup, tmp_path):
    cli, number = setup
    result = cli("export", number, "--out", str(tmp_path / "out"), user="maris", password=PW)
    assert result.code == 1 and "may not export" in result.err
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_letter_and_dossier(setup, tmp_path):
    cli, number = setup
    out = tmp_path / "extension.pdf"
    # The extension letter states the recorded extension; without one it is refused.
    missing = cli("letter", number, "extension", "--out", str(tmp_path / "x.pdf"),
                  user="anna", password=PW)
    assert missing.code == 1 and "no recorded extension" in missing.err
    assert not (tmp_path / "x.pdf").exists()
    typed = cli("letter", number, "extension", "--out", str(tmp_path / "x.pdf"),
                "--set", "extension_reason=Jāpārskata daudz sistēmu", user="anna", password=PW)
    assert typed.code == 1 and "cannot be set by hand" in typed.err
    recorded = cli("case", "extend", number, "--reason", "Jāpārskata daudz sistēmu",
                   "--notified-on", TODAY.isoformat(), user="anna", password=PW)
    assert recorded.code == 0, recorded.err
    result = cli("letter", number, "extension", "--out", str(out), "--lang", "lv",
                 user="anna", password=PW)
    assert result.code == 0, result.err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Jāpārskata daudz sistēmu" in text and "pagarināts" in text
    dossier = tmp_path / "dossier.pdf"
    result = cli("dossier", number, "--out", str(dossier), user="anna", password=PW)
    assert result.code == 0, result.err
    digest = result.out.split()[-1]
    assert hashlib.sha256(dossier.read_bytes()).hexdigest() == digest
    text = "".join(page.extract_text() for page in PdfReader(dossier).pages)
    # The timeline in words of the dossier's language, not the recorded codes.
    assert "Notikumu vēsture" in text and "Savākti subjekta dati" in text
    assert "data.collected" not in text


def test_recipients_are_confirmed_listed_and_removed_from_the_command_line(setup):
    cli, number = setup
    refused = cli("case", "recipients", number, "--confirm", "it_service_providers",
                  "--system", "CRM", user="anna", password=PW)
    assert refused.code == 1 and "name the company" in refused.err
    added = cli("case", "recipients", number, "--confirm", "it_service_providers",
                "--system", "CRM", "--name", "Named Processor SIA", "--category",
                "contact_details", "--json", user="anna", password=PW)
    assert added.code == 0, added.err
    rows = json.loads(added.out)
    assert [(r["name"], r["system"], r["category"], r["notified_on"]) for r in rows] == [
        ("Named Processor SIA", "CRM", "contact_details", None)]
    listed = cli("case", "recipients", number, user="anna", password=PW)
    assert "Named Processor SIA" in listed.out
    removed = cli("case", "recipients", number, "--remove", str(rows[0]["id"]), "--json",
                  user="anna", password=PW)
    assert removed.code == 0 and json.loads(removed.out) == []


def test_a_late_refusal_needs_confirm_late(db_url, tmp_path):
    from smarttek_dsar.domain.rights import Right
    from tests.services.letter_cases import decided_case, subject_facing

    services = Services.open(db_url)
    services.users.create_first_admin("dpo", PW, "Dace Ozola", also_specialist=False)
    admin = services.users.login("dpo", PW)
    services.users.add(admin, "anna", PW, frozenset({Role.SPECIALIST}), "Anna Kļaviņa")
    anna = services.users.login("anna", PW)
    number = decided_case(services, anna, Right.ERASURE, granted=(),
                          refused=("billing_payments",), days_ago=60)
    subject_facing(services, number, "billing_payments", Right.ERASURE,
                   reason="Rēķini jāglabā likumā noteikto laiku.", ground="17(3)(b)")
    services.db.dispose()
    cli = Cli(db_url, tmp_path / "home")
    out = tmp_path / "refusal.pdf"
    late = cli("letter", number, "refusal", "--out", str(out), user="anna", password=PW)
    assert late.code == 1 and "--confirm-late" in late.err and not out.exists()
    confirmed = cli("letter", number, "refusal", "--out", str(out), "--confirm-late",
                    user="anna", password=PW)
    assert confirmed.code == 0, confirmed.err
    text = PdfReader(out).pages[0].extract_text().replace("\n", " ")
    assert "Rēķini jāglabā likumā noteikto laiku." in text


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
