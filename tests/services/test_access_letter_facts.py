"""The access letter (the package's cover) says only what the collected data proves: automated
decisions when the subject's rows show one (GDPR 15(1)(h)), no "enclosed copy" for a subject
found nowhere, and no unconfirmed retention figure. Read back from the PDF, on both databases.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa

from smarttek_dsar.demo.systems_schema import customers, risk_assessments
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.services.review.decisions import DecisionInput
from smarttek_dsar.storage.database import sqlite_url
from tests.services.letter_cases import assert_one_language, pdf_text
from tests.services.package_cases import case_in_review
from tests.sources.systems_fixtures import NEW_CODE, build_systems, demo_config


def _assessments(url: str, customer_no: str, automated: bool) -> None:
    """Ilze's risk scoring, replaced by two assessments whose 'automated' flag we choose."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        customer_id = conn.execute(sa.select(customers.c.id).where(
            customers.c.customer_no == customer_no)).scalar_one()
        conn.execute(risk_assessments.delete().where(
            risk_assessments.c.customer_id == customer_id))
        next_id = conn.execute(sa.select(sa.func.max(risk_assessments.c.id))).scalar() or 0
        conn.execute(risk_assessments.insert(), [
            dict(id=next_id + 1, customer_id=customer_id, assessed_at=datetime(2024, 3, 1, 9),
                 kind="credit", score=Decimal("81.20"), decision="manual_review",
                 model_version="kredīts-2.3", automated=False),
            dict(id=next_id + 2, customer_id=customer_id, assessed_at=datetime(2025, 3, 1, 9),
                 kind="credit", score=Decimal("95.10"),
                 decision="declined" if automated else "manual_review",
                 model_version="kredīts-2.3", automated=automated),
        ])
    engine.dispose()


def _exported_cover(services, specialist, tmp_path, *, automated: bool | None,
                    language: str = "lv") -> tuple[str, str]:
    systems_file = tmp_path / "systems.sqlite3"
    systems = build_systems(sqlite_url(systems_file))
    if automated is None:  # the stranger: in no system at all
        person, code = systems.stranger, None  # searched by e-mail only
    else:
        person, code = systems.ilze, NEW_CODE
        _assessments(sqlite_url(systems_file), person.customer_no, automated)
    number = case_in_review(services, specialist, rights=(Right.ACCESS,),
                            name=f"{person.first_name} {person.last_name}", code=code,
                            email=person.email)
    services.collection.collect_all(specialist, number, config=demo_config(systems_file))
    view = services.snapshot.snapshot(specialist, number)
    if view.category_ids:
        services.snapshot.mark_reviewed(specialist, number)
        services.decisions.record_decisions(specialist, number, [
            DecisionInput(category, Right.ACCESS, Outcome.GRANT, "Art. 15")
            for category in view.category_ids])
    result = services.exports.export_all(specialist, number, tmp_path / "out",
                                         language=language)
    return number, pdf_text(result.directory / f"{number}_data.pdf")


@pytest.mark.parametrize("language", ["lv", "en"])
def test_automated_credit_decision_is_told_with_its_logic(services, specialist, tmp_path,
                                                          language):
    _, text = _exported_cover(services, specialist, tmp_path, automated=True, language=language)
    risk = services.register.current().category("risk_fraud_credit_assessment")
    marker = risk.automated_decision
    assert ("pieņemti automatizēti" if language == "lv" else "taken by automated means") in text
    # pypdf may break a long sentence across lines differently: compare its first words.
    assert " ".join(marker.logic.in_language(language).split()[:8]) in text
    assert ("cilvēka līdzdalību" if language == "lv" else "human intervention") in text
    assert ("neliecina par lēmumiem" if language == "lv" else "shows no decisions") not in text


def test_manual_reviews_only_mean_no_automated_decisions(services, specialist, tmp_path):
    _, text = _exported_cover(services, specialist, tmp_path, automated=False)
    assert "neliecina par lēmumiem" in text and "pieņemti automatizēti" not in text


def test_unconfirmed_retention_figures_are_not_printed(services, specialist, tmp_path):
    _, text = _exported_cover(services, specialist, tmp_path, automated=False, language="en")
    register = services.register.current()
    for category in register.unconfirmed_retention:
        assert category.retention.text.en not in text, category.id
    if any(c.name.en in text for c in register.unconfirmed_retention):
        assert "being confirmed by our data protection officer" in text


@pytest.mark.parametrize("language", ["lv", "en"])
def test_a_subject_found_nowhere_gets_a_plain_negative_answer(services, specialist, tmp_path,
                                                             language):
    number, text = _exported_cover(services, specialist, tmp_path, automated=None,
                                   language=language)
    if language == "lv":
        assert "personas dati netika atrasti" in text
        assert "datu kopija no mūsu sistēmām nav pievienota" in text
        assert f"ir šī pieprasījuma lieta (numurs {number})" in text
        assert "Pielikumā ir Jūsu personas datu kopija" not in text
        assert "Apstiprinām, ka apstrādājam" not in text
    else:
        assert "We found no personal data about you" in text
        assert "no copy of data from our systems is enclosed" in text
        assert f"the file of this request (reference {number})" in text
        assert "Enclosed is a copy of your personal data" not in text
        assert "first copy" not in text
    assert_one_language(text, language)
