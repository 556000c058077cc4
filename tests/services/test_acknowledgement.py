"""The acknowledgement of receipt the specialist sends after an import."""

from __future__ import annotations

import re

import pytest

from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.intake.acknowledgement import acknowledgement_text, render_letter
from tests.services.intake_files import mail, portal_file, write


@pytest.fixture
def case(services, specialist, tmp_path):
    (result,) = services.imports.import_files(specialist, [write(tmp_path, "a.eml", mail())])
    return services.cases.detail(specialist, result.case_number)


def test_latvian_acknowledgement_names_case_dates_and_the_one_month_rule(case):
    text = acknowledgement_text(case, "lv")
    assert "$" not in text
    assert case.summary.number in text
    assert "Adresāts: Jānis Bērziņš" in text
    assert "03.09.2024. saņēmām Jūsu pieprasījumu" in text  # receipt day in Riga
    assert "ne vēlāk kā līdz 03.10.2024." in text
    assert "12. panta 3. punktu" in text and "viena mēneša laikā" in text
    assert "SMARTTEK MIXTURE SIA" in text and "Bērzaunes iela 6A, Rīga, LV-1039" in text
    assert "privacy@smarttek.eu" in text
    assert acknowledgement_text(case) == text  # the case's own language by default


def test_english_acknowledgement(case):
    text = acknowledgement_text(case, "en")
    assert "Dear Jānis Bērziņš," in text
    assert "on 3 September 2024 we received your request" in text
    assert "by 3 October 2024" in text and "Article 12(3)" in text
    assert re.search(r"Latvia\n", text)


def test_portal_case_in_english(services, specialist, tmp_path):
    (result,) = services.imports.import_files(
        specialist, [write(tmp_path, "p.json", portal_file(language="en"))])
    detail = services.cases.detail(specialist, result.case_number)
    assert acknowledgement_text(detail).startswith("SMARTTEK MIXTURE SIA\n")


def test_hidden_personal_data_and_unknown_language_are_refused(services, case, manager):
    hidden = services.cases.detail(manager, case.summary.number)
    with pytest.raises(ServiceError, match="personal data"):
        acknowledgement_text(hidden, "lv")
    with pytest.raises(ServiceError, match="Latvian"):
        acknowledgement_text(case, "ru")


def test_a_placeholder_without_value_is_an_error_not_a_sent_dollar_sign():
    with pytest.raises(ServiceError, match="placeholder"):
        render_letter("acknowledgement", "en", {"case_number": "DSAR-2024-0001"})
