"""Messages as codes with parameters: the English sentence, plurals in both languages, domain
values rendered in the reader's language. Pure domain, no I/O."""

from __future__ import annotations

from datetime import date

import pytest

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message, message, plural_form, render
from smarttek_dsar.domain.rights import Right
from smarttek_dsar.domain.workflow import Stage

LV_FORMS = ["lieta", "lietas", "lietu"]


@pytest.mark.parametrize(("count", "word"), [
    (0, "lietu"), (1, "lieta"), (2, "lietas"), (9, "lietas"), (10, "lietu"), (11, "lietu"),
    (12, "lietu"), (19, "lietu"), (20, "lietu"), (21, "lieta"), (22, "lietas"), (31, "lieta"),
    (100, "lietu"), (101, "lieta"), (111, "lietu"), (1001, "lieta"),
])
def test_latvian_plural_follows_the_cldr_rule(count, word):
    assert plural_form(count, "lv", LV_FORMS) == word


@pytest.mark.parametrize(("count", "word"), [(0, "cases"), (1, "case"), (2, "cases"),
                                              (21, "cases")])
def test_english_plural(count, word):
    assert plural_form(count, "en", ["case", "cases"]) == word


def test_error_keeps_its_template_and_parameters_and_says_english():
    error = DomainError("Case {number} has {count} {count:plural:task|tasks}.",
                        number="DSAR-2026-0001", count=1)
    assert str(error) == "Case DSAR-2026-0001 has 1 task."
    assert error.message.template == "Case {number} has {count} {count:plural:task|tasks}."
    assert error.message.params == {"number": "DSAR-2026-0001", "count": 1}


def test_rendered_in_latvian_with_domain_values_in_latvian():
    said = message("A case in stage '{stage}' was received on {day} for {rights}.",
                   stage=Stage.REVIEW, day=date(2026, 3, 2), rights=[Right.ACCESS])
    assert str(said) == ("A case in stage 'Legal review' was received on 2026-03-02 for "
                         f"{Right.ACCESS.label}.")
    latvian = {said.template: "Lieta posmā '{stage}' saņemta {day} par {rights}."}
    assert render(said, "lv", latvian.get) == (
        f"Lieta posmā 'Juridiskā izvērtēšana' saņemta 02.03.2026. par {Right.ACCESS.label_lv}.")


def test_nested_message_and_join_are_translated_item_by_item():
    said = message("Cannot go on: {missing:join:; }.",
                   missing=[Message("record the subject"), Message("check identity")])
    words = {"Cannot go on: {missing:join:; }.": "Nevar turpināt: {missing:join:; }.",
             "record the subject": "reģistrējiet subjektu",
             "check identity": "pārbaudiet identitāti"}
    assert str(said) == "Cannot go on: record the subject; check identity."
    assert render(said, "lv", words.get) == (
        "Nevar turpināt: reģistrējiet subjektu; pārbaudiet identitāti.")


def test_a_broken_translation_falls_back_to_english_not_to_a_crash():
    said = message("{count} {count:plural:case|cases} left", count=2)
    assert render(said, "lv", lambda _t: "{skaits} lietas") == "2 cases left"


def test_braces_in_a_message_without_parameters_are_literal():
    said = DomainError("Write ${name} for a placeholder.")
    assert str(said) == "Write ${name} for a placeholder."
    assert render(said.message, "lv", lambda t: t) == "Write ${name} for a placeholder."


def test_a_rule_that_words_itself_in_latvian_is_shown_so():
    said = Message("The extension needs a reason.", latvian="Pagarinājumam jānorāda iemesls.")
    assert render(said, "lv", lambda t: t) == "Pagarinājumam jānorāda iemesls."
    assert str(said) == "The extension needs a reason."
