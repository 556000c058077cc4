"""The register corrections of issue 12: what the policy says, what it does not, and what a
subject may be told of it (DOMAIN §6). Plain domain tests, no I/O beyond the shipped file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from smarttek_dsar.domain.access_information import (
    access_information,
    shows_automated_decision,
)
from smarttek_dsar.domain.register import Register, parse_register
from smarttek_dsar.domain.register_dict import register_to_dict
from smarttek_dsar.domain.rights import LegalBasis
from smarttek_dsar.storage.register_file import load_default_register


@pytest.fixture(scope="module")
def register() -> Register:
    return load_default_register()


def test_latvijas_banka_replaces_the_financial_and_capital_market_commission(register):
    ids = {recipient.id for recipient in register.recipients}
    assert "financial_capital_market_commission" not in ids
    names = " ".join(r.name.en + r.name.lv for r in register.recipients)
    assert "Financial and Capital Market Commission" not in names
    assert "kapitāla tirgus komisija" not in names
    assert register.recipient("latvijas_banka").name.lv.startswith("Latvijas Banka")
    assert register.version == "2021-06-01.2"


def test_courts_and_state_and_municipal_bodies_receive_what_the_policy_says(register):
    assert "Tiesas" in register.recipient("courts").name.lv
    assert "pašvaldību" in register.recipient("state_municipal_bodies").name.lv
    for category_id in ("identification", "contract_data", "billing_payments"):
        category = register.category(category_id)
        assert {"courts", "state_municipal_bodies"} <= set(category.recipient_ids), category_id


def test_business_planning_and_analytics_is_a_purpose(register):
    with_purpose = [c.id for c in register.categories
                    if any("Biznesa plānošana un analītika" in p.lv for p in c.purposes)]
    assert {"contract_data", "billing_payments"} <= set(with_purpose)


def test_every_legitimate_interest_basis_names_its_interests(register):
    for category in register.categories:
        if category.has_basis(LegalBasis.LEGITIMATE_INTERESTS):
            assert category.legitimate_interests, category.id
    info = access_information(register, [register.category("billing_payments")], "lv")
    assert "leģitīmās intereses: Administrēt maksājumus" in info.purposes.lines[0]


def test_unstated_retention_is_to_be_confirmed_and_not_told_as_fact(register):
    unconfirmed = {c.id for c in register.unconfirmed_retention}
    assert unconfirmed == {"cctv_recordings", "call_recordings", "portal_app_accounts",
                           "customer_surveys"}
    for language in ("lv", "en"):
        info = access_information(register, [register.category("cctv_recordings"),
                                             register.category("call_recordings")], language)
        text = " ".join(info.retention.lines)
        assert "30" not in text and "12" not in text, text
        assert ("apstiprina mūsu datu aizsardzības speciālists" if language == "lv"
                else "being confirmed by our data protection officer") in text
    # Once the DPO confirms a value, it is told.
    cctv = register.category("cctv_recordings")
    confirmed = replace(cctv, retention=replace(cctv.retention, confirmed=True))
    info = access_information(register, [confirmed], "en")
    assert "30 days" in info.retention.lines[0]


def test_the_register_round_trips_with_the_new_fields(register):
    again = parse_register(register_to_dict(register))
    assert again == register
    assert not again.category("cctv_recordings").retention.confirmed
    assert again.category("risk_fraud_credit_assessment").automated_decision is not None


def test_a_retention_confirmed_flag_must_be_true_or_false(register):
    data = register_to_dict(register)
    data["categories"][0]["retention"]["confirmed"] = "maybe"
    with pytest.raises(Exception, match="confirmed"):
        parse_register(data)


def test_automated_decisions_are_told_only_when_the_subject_s_rows_show_one(register):
    risk = register.category("risk_fraud_credit_assessment")
    assert risk.automated_decision is not None and risk.automated_decision.column == "automated"
    columns = ("assessed_at", "kind", "score", "decision", "model_version", "automated")
    automated = [("2025-01-02", "credit", 61.5, "approved", "v3", True)]
    manual = [("2025-01-02", "credit", 80.0, "manual_review", "v3", False)]
    assert shows_automated_decision(risk, columns, automated)
    assert not shows_automated_decision(risk, columns, manual)
    assert not shows_automated_decision(risk, columns[:-1], [row[:-1] for row in automated])
    assert not shows_automated_decision(register.category("contact_details"), columns,
                                        automated)
    for language, found, none in (
            ("en", "taken by automated means", "shows no decisions"),
            ("lv", "pieņemti automatizēti", "neliecina par lēmumiem")):
        said = access_information(register, [risk], language, [risk]).automated_decisions
        text = " ".join(said.lines)
        assert found in text and risk.automated_decision.logic.in_language(language) in text
        assert "22" in text  # the right to human intervention, Art. 22(3)
        silent = access_information(register, [risk], language).automated_decisions
        assert none in " ".join(silent.lines)
