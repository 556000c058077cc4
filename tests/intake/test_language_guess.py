"""The first guess of a request's language, which the answer letter follows (GDPR 12(1))."""

from __future__ import annotations

import pytest

from smarttek_dsar.intake.language_guess import guess_language


@pytest.mark.parametrize("text, expected", [
    ("Labdien! Lūdzu sniegt piekļuvi maniem personas datiem.", "lv"),
    ("Ludzu izdzest manus datus, paldies", "lv"),  # typed without diacritics
    ("Dear Sir or Madam, please send me a copy of my personal data.", "en"),
    ("Прошу удалить мои персональные данные.", "ru"),
    ("", "lv"),  # no clue at all: the usual case here
    ("DSAR 12345", "lv"),
])
def test_guess(text, expected):
    assert guess_language(text) == expected


def test_a_latvian_mail_quoting_english_stays_latvian():
    assert guess_language("Datu dzēšana", "Lūdzu dzēst manus datus. > Please confirm") == "lv"
