"""The audit trail's words (domain/audit_words.py) read without Qt, as the dossier reads them:
every one has its Latvian in the context the window translates it in, so the window's timeline
and the dossier say the same (issue 14)."""

from __future__ import annotations

from smarttek_dsar.domain.audit_words import (
    ACTION_CONTEXT,
    DETAILS_CONTEXT,
    TASK_CONTEXT,
    action_words,
    all_english_words,
    details_text,
)
from smarttek_dsar.services.message_catalogue import catalogue, translator


def test_every_audit_word_has_latvian_in_its_context():
    # Moved out of the window's code, these are no longer seen by lupdate's scan.
    missing = {context: sorted(w for w in words if w not in catalogue("lv", context)
                               and w != "Message-ID")
               for context, words in all_english_words().items()}
    assert missing == {ACTION_CONTEXT: [], DETAILS_CONTEXT: [], TASK_CONTEXT: []}


def test_the_catalogue_reads_the_context_asked_for():
    assert catalogue("lv", ACTION_CONTEXT)["Request registered"] == "Pieprasījums reģistrēts"
    assert "Request registered" not in catalogue("lv")  # the services' messages by default
    assert catalogue("en", ACTION_CONTEXT) == {}


def test_words_without_qt_in_both_languages():
    latvian, english = translator("lv"), translator("en")
    assert action_words("identity.checked", latvian) == "Identitāte pārbaudīta"
    assert action_words("identity.checked", english) == "Identity checked"
    assert action_words("no.such_action", latvian) == "no.such_action"
    details = {"from": "review", "to": "fulfilment", "file": "pase.jpg", "demo": True}
    assert details_text(details, "lv", latvian) == (
        "no: Juridiskā izvērtēšana · uz: Izpilde · fails: pase.jpg · demonstrācija: jā")
    assert details_text(details, "en", english) == (
        "from: Legal review · to: Fulfilment · file: pase.jpg · demo: yes")
    assert details_text({"file": "pase.jpg", "note": "(recorded)"}, "lv", latvian,
                        hide_personal=True) == "fails: (paslēpts) · piezīme: (paslēpts)"
