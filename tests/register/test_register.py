"""The shipped register says what the privacy policy says, and survives editing and saving."""

from __future__ import annotations

import copy
import os
import tomllib
from datetime import date
from pathlib import Path

import pytest
import tomli_w

from smarttek_dsar.domain.access_information import access_information
from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.register import (
    Register,
    RetentionKind,
    Source,
    parse_register,
)
from smarttek_dsar.domain.register_dict import register_to_dict
from smarttek_dsar.domain.rights import LegalBasis
from smarttek_dsar.storage.register_file import (
    RegisterFileError,
    default_register_path,
    load_default_register,
    load_register_file,
    save_register_file,
)

# Every data category the privacy policy (in force from 1.06.2021) names.
POLICY_CATEGORIES = {
    "identification",
    "contact_details",
    "bank_account",
    "responsible_persons_beneficial_owners",
    "contract_data",
    "offer_data",
    "customer_systems_property",
    "service_incidents",
    "cctv_recordings",
    "call_recordings",
    "billing_payments",
    "risk_fraud_credit_assessment",
    "portal_app_accounts",
    "customer_surveys",
    "marketing_preferences",
    "online_identifiers",
}

POLICY_RECIPIENTS = {
    "it_service_providers": "Ārpakalpojumu sniedzēji – IT pakalpojumu sniedzēji",
    "software_producers_experts": "Programmas nodrošinājuma ražotāji un eksperti",
    "cooperation_partners": None,
    "state_revenue_service": "Valsts ieņēmumu dienests",
    "law_enforcement": "Tiesībsargājošās iestādes",
    "latvijas_banka": "Latvijas Banka (finanšu un kapitāla tirgus uzraugs)",
    "consumer_rights_protection_centre": "Patērētāju tiesību aizsardzības centrs",
}

POLICY_COOKIES = {
    "__utma",
    "__utmb",
    "__utmc",
    "__utmz",
    "__utmv",
    "site_user",
    "_dc_gtm_UA-122840423-2",
    "_fbp",
    "ipp_key, ipp_uid, ipp_uid1, ipp_uid2",
    "_ga",
}


@pytest.fixture(scope="module")
def register() -> Register:
    return load_default_register()


@pytest.fixture
def raw() -> dict:
    return tomllib.loads(default_register_path().read_text(encoding="utf-8"))


# --- The shipped register against the policy ---------------------------------------------


def test_register_is_the_policy_in_force_from_1_june_2021(register: Register) -> None:
    assert register.effective_from == date(2021, 6, 1)
    assert register.version.startswith("2021-06-01")


def test_controller_is_smarttek_mixture(register: Register) -> None:
    controller = register.controller
    assert controller.name == "SMARTTEK MIXTURE SIA"
    assert controller.registration_number == "40103966371"
    assert controller.address.lv == "Bērzaunes iela 6A, Rīga, LV-1039, Latvija"
    assert controller.email == "privacy@smarttek.eu"
    assert controller.portal == "www.my.smarttek.eu"


def test_authority_is_the_data_state_inspectorate(register: Register) -> None:
    authority = register.authority
    assert authority.name.lv == "Datu valsts inspekcija"
    assert "Elijas iela 17, Rīga, LV-1050" in authority.address.lv
    assert authority.email == "pasts@dvi.gov.lv"


def test_every_category_the_policy_names_is_registered(register: Register) -> None:
    assert set(register.category_ids) == POLICY_CATEGORIES


@pytest.mark.parametrize("category_id", sorted(POLICY_CATEGORIES))
def test_category_is_complete_in_both_languages(register: Register, category_id: str) -> None:
    category = register.category(category_id)
    texts = [category.name, category.description, category.retention.text, *category.purposes]
    for text in texts:
        assert text.en.strip() and text.lv.strip()
    # A Latvian name that equals the English one was never translated.
    assert category.name.lv != category.name.en
    assert category.legal_bases and all(isinstance(b, LegalBasis) for b in category.legal_bases)
    assert category.recipient_ids, "GDPR 15(1)(c): every category names its recipients"
    assert all(r.id in category.recipient_ids for r in register.recipients_for(category))
    assert (
        "ES" in category.transfers_outside_eea.lv or "Eiropas" in category.transfers_outside_eea.lv
    )


def test_named_recipients_are_present_with_latvian_names(register: Register) -> None:
    names = {recipient.id: recipient.name.lv for recipient in register.recipients}
    for recipient_id, latvian in POLICY_RECIPIENTS.items():
        assert recipient_id in names
        if latvian:
            assert names[recipient_id] == latvian


def test_retention_follows_the_policy(register: Register) -> None:
    contract = register.category("contract_data").retention
    assert contract.kind is RetentionKind.CONTRACT_PLUS_10Y
    assert "10 gadus" in contract.text.lv
    offer = register.category("offer_data").retention
    assert offer.kind is RetentionKind.OFFER_36_MONTHS and offer.period_months == 36
    marketing = register.category("marketing_preferences").retention
    assert marketing.kind is RetentionKind.UNTIL_CONSENT_WITHDRAWN
    # The policy gives no CCTV or call-recording period: a fixed default is registered.
    assert register.category("cctv_recordings").retention.period_days == 30
    assert register.category("call_recordings").retention.period_months == 12


def test_accounting_records_must_be_kept_by_law(register: Register) -> None:
    assert register.category("billing_payments").legal_obligation_retention
    assert LegalBasis.LEGAL_OBLIGATION in register.category("billing_payments").legal_bases


def test_portability_only_for_provided_data_on_consent_or_contract(register: Register) -> None:
    portable = {category.id for category in register.categories if category.portable}
    assert "marketing_preferences" in portable  # consent, given by the subject
    assert "portal_app_accounts" in portable  # contract, given by the subject
    for not_portable in (
        "call_recordings",
        "cctv_recordings",
        "customer_surveys",
        "risk_fraud_credit_assessment",
        "billing_payments",
    ):
        assert not_portable not in portable


def test_policy_cookie_list_and_lifetimes(register: Register) -> None:
    cookies = {c.name: c for c in register.category("online_identifiers").cookies}
    assert set(cookies) == POLICY_COOKIES
    assert cookies["_ga"].lifetime.en == "2 years"
    assert cookies["__utmz"].lifetime.lv == "6 mēneši"
    assert "30" in cookies["__utmc"].lifetime.en


def test_responsible_persons_come_from_a_third_party(register: Register) -> None:
    category = register.category("responsible_persons_beneficial_owners")
    assert category.source is Source.THIRD_PARTY
    assert not category.provided_by_subject


def test_unknown_category_is_a_clear_error(register: Register) -> None:
    with pytest.raises(DomainError, match="no data category 'shoe_size'"):
        register.category("shoe_size")


# --- Saving and loading ------------------------------------------------------------------


def test_round_trip_through_a_real_file(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "nested" / "register.toml"
    save_register_file(register, path)
    assert load_register_file(path) == register
    assert [p.name for p in path.parent.iterdir()] == ["register.toml"]  # no temp file left


def test_dict_round_trip(register: Register) -> None:
    assert parse_register(register_to_dict(register)) == register


def test_failed_save_keeps_the_old_file(
    register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "register.toml"
    path.write_text("old = true\n", encoding="utf-8")

    def refuse(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(RegisterFileError, match="Cannot write the register file"):
        save_register_file(register, path)
    assert path.read_text(encoding="utf-8") == "old = true\n"
    assert [p.name for p in tmp_path.iterdir()] == ["register.toml"]


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.toml"
    with pytest.raises(RegisterFileError, match=r"gone\.toml does not exist"):
        load_register_file(path)


def test_broken_toml_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('version = "1"\n\n[controller\nname = "x"\n', encoding="utf-8")
    with pytest.raises(RegisterFileError, match=r"broken\.toml is not valid TOML \(at line 3"):
        load_register_file(path)


def test_valid_toml_but_invalid_register_names_the_file(raw: dict, tmp_path: Path) -> None:
    raw["categories"][0]["legal_bases"] = ["vibes"]
    path = tmp_path / "bad.toml"
    path.write_text(tomli_w.dumps(raw), encoding="utf-8")
    with pytest.raises(RegisterFileError, match=r"bad\.toml is not valid: .*'identification'"):
        load_register_file(path)


# --- Validation --------------------------------------------------------------------------


def _category(raw: dict, category_id: str) -> dict:
    return next(entry for entry in raw["categories"] if entry["id"] == category_id)


def test_unknown_legal_basis_names_category_and_field(raw: dict) -> None:
    _category(raw, "call_recordings")["legal_bases"] = ["legitimate_interests", "vital"]
    with pytest.raises(DomainError, match=r"'call_recordings': field 'legal_bases'.*'vital'"):
        parse_register(raw)


def test_unknown_recipient_names_category_and_recipient(raw: dict) -> None:
    _category(raw, "bank_account")["recipients"].append("tax_office")
    with pytest.raises(DomainError, match=r"'bank_account': field 'recipients'.*'tax_office'"):
        parse_register(raw)


def test_duplicate_category_id_is_refused(raw: dict) -> None:
    raw["categories"].append(copy.deepcopy(_category(raw, "offer_data")))
    with pytest.raises(DomainError, match="Duplicate data category id 'offer_data'"):
        parse_register(raw)


def test_duplicate_recipient_id_is_refused(raw: dict) -> None:
    raw["recipients"].append(copy.deepcopy(raw["recipients"][0]))
    with pytest.raises(DomainError, match="Duplicate recipient id 'it_service_providers'"):
        parse_register(raw)


@pytest.mark.parametrize("field", ["name_lv", "description_lv"])
def test_missing_latvian_text_names_category_and_field(raw: dict, field: str) -> None:
    del _category(raw, "customer_surveys")[field]
    with pytest.raises(DomainError, match=rf"'customer_surveys': field '{field}' is missing"):
        parse_register(raw)


def test_missing_latvian_retention_text_is_refused(raw: dict) -> None:
    _category(raw, "cctv_recordings")["retention"]["text_lv"] = "  "
    with pytest.raises(DomainError, match=r"'cctv_recordings', table 'retention': field 'text_lv'"):
        parse_register(raw)


def test_purposes_must_pair_up_in_both_languages(raw: dict) -> None:
    _category(raw, "identification")["purposes_lv"].pop()
    with pytest.raises(DomainError, match=r"'identification': field 'purposes_lv' has 3 entries"):
        parse_register(raw)


def test_fixed_period_needs_a_period(raw: dict) -> None:
    del _category(raw, "call_recordings")["retention"]["period_months"]
    with pytest.raises(DomainError, match=r"'call_recordings', table 'retention'"):
        parse_register(raw)


def test_category_id_must_be_snake_case(raw: dict) -> None:
    raw["categories"][2]["id"] = "Bank Account"
    with pytest.raises(DomainError, match=r"Data category number 3: field 'id'"):
        parse_register(raw)


# --- GDPR 15(1)(a)-(h) and 15(2) information ---------------------------------------------


def test_access_information_covers_every_point_of_article_15(register: Register) -> None:
    info = access_information(register, register.categories, "en")
    assert [s.article for s in info.sections] == [
        "Art. 15(1)(a)",
        "Art. 15(1)(b)",
        "Art. 15(1)(c)",
        "Art. 15(1)(d)",
        "Art. 15(1)(e)",
        "Art. 15(1)(f)",
        "Art. 15(1)(g)",
        "Art. 15(1)(h)",
        "Art. 15(2)",
    ]
    assert all(section.heading and section.lines for section in info.sections)


def test_access_information_names_recipients_and_the_inspectorate_in_latvian(
    register: Register,
) -> None:
    chosen = [register.category("billing_payments"), register.category("call_recordings")]
    info = access_information(register, chosen, "lv")
    assert "Valsts ieņēmumu dienests" in info.recipients.lines
    assert not any("_" in line for line in info.recipients.lines)  # names, never ids
    complaint = " ".join(info.complaint.lines)
    assert "Datu valsts inspekcija" in complaint and "pasts@dvi.gov.lv" in complaint
    assert "Elijas iela 17" in complaint
    assert any(line.startswith("Zvanu centra sarunu ieraksti") for line in info.retention.lines)
    assert any("Norēķini un maksājumi" in line for line in info.source.lines)
    assert "22. pants" in info.automated_decisions.lines[0]
    assert any("VDAR 6. panta 1. punkta c)" in line for line in info.purposes.lines)


def test_access_information_says_when_everything_came_from_the_subject(
    register: Register,
) -> None:
    info = access_information(register, [register.category("contact_details")], "en")
    assert info.source.lines == ("All the data listed was collected from you.",)
    assert "Article 22" in info.automated_decisions.lines[0]
    assert "European Economic Area" in info.transfers.lines[0]
