"""The register back to its TOML-shaped dict (the inverse of `parse_register`), for the file
the DPO edits and the command line's JSON."""

from __future__ import annotations

from typing import Any

from smarttek_dsar.domain.register import DataCategory, Register, Text


def _text_fields(key: str, text: Text) -> dict[str, str]:
    return {f"{key}_en": text.en, f"{key}_lv": text.lv}


def register_to_dict(register: Register) -> dict[str, Any]:
    """The TOML-shaped dict `parse_register` reads back to an equal Register."""
    controller, authority = register.controller, register.authority
    return {
        "version": register.version,
        "effective_from": register.effective_from,
        **_text_fields("transfers_outside_eea", register.transfers_outside_eea),
        **_text_fields("automated_decisions", register.automated_decisions),
        "controller": {
            "name": controller.name,
            "registration_number": controller.registration_number,
            **_text_fields("address", controller.address),
            "email": controller.email,
            "portal": controller.portal,
            "website": controller.website,
        },
        "authority": {
            **_text_fields("name", authority.name),
            **_text_fields("address", authority.address),
            "email": authority.email,
            "website": authority.website,
        },
        "recipients": [
            {"id": r.id, "kind": r.kind.value, **_text_fields("name", r.name)}
            for r in register.recipients
        ],
        "categories": [
            _category_to_dict(c, register.transfers_outside_eea) for c in register.categories
        ],
    }


def _category_to_dict(category: DataCategory, default_transfers: Text) -> dict[str, Any]:
    retention: dict[str, Any] = {"kind": category.retention.kind.value}
    if category.retention.period_months is not None:
        retention["period_months"] = category.retention.period_months
    if category.retention.period_days is not None:
        retention["period_days"] = category.retention.period_days
    retention.update(_text_fields("text", category.retention.text))
    if not category.retention.confirmed:
        retention["confirmed"] = False
    result: dict[str, Any] = {
        "id": category.id,
        **_text_fields("name", category.name),
        **_text_fields("description", category.description),
        "purposes_en": [purpose.en for purpose in category.purposes],
        "purposes_lv": [purpose.lv for purpose in category.purposes],
        "legal_bases": [basis.value for basis in category.legal_bases],
        "source": category.source.value,
        "recipients": list(category.recipient_ids),
        "provided_by_subject": category.provided_by_subject,
        "automated": category.automated,
        "legal_obligation_retention": category.legal_obligation_retention,
        "direct_marketing": category.direct_marketing,
        "may_contain_others_data": category.may_contain_others_data,
        "verbatim_record": category.verbatim_record,
        "retention": retention,
    }
    if category.transfers_outside_eea != default_transfers:
        result.update(_text_fields("transfers_outside_eea", category.transfers_outside_eea))
    if category.legitimate_interests:
        result["legitimate_interests_en"] = [item.en for item in category.legitimate_interests]
        result["legitimate_interests_lv"] = [item.lv for item in category.legitimate_interests]
    if category.automated_decision is not None:
        automated = category.automated_decision
        result["automated_decision"] = {
            "column": automated.column,
            **_text_fields("logic", automated.logic),
            **_text_fields("consequences", automated.consequences),
        }
    if category.cookies:
        result["cookies"] = [
            {
                "name": cookie.name,
                **_text_fields("purpose", cookie.purpose),
                **_text_fields("lifetime", cookie.lifetime),
            }
            for cookie in category.cookies
        ]
    return result
