"""The deadline steps for a reader who may not see personal data: the extension's reason is
replaced by "reason recorded", and the deadline itself does not change (issue 13)."""

from __future__ import annotations

from datetime import date

from smarttek_dsar.domain.calendar import LatvianCalendar
from smarttek_dsar.domain.clock import Extension, Pause, StepKind, compute_deadline

REASON = "Annas Liepiņas dati ir sešās sistēmās"
RECEIVED = date(2026, 3, 2)
TOLD = date(2026, 3, 20)


def _deadline(extension: Extension, pauses=()):
    return compute_deadline(RECEIVED, LatvianCalendar(), extension=extension, pauses=pauses,
                            today=date(2026, 3, 25))


def test_hidden_reason_gives_the_same_deadline_in_neutral_words():
    shown = _deadline(Extension(REASON, TOLD))
    hidden = _deadline(Extension(REASON, TOLD, reason_shown=False))
    assert (hidden.due_date, hidden.extended) == (shown.due_date, True)
    (step,) = [s for s in hidden.steps if s.kind == StepKind.EXTENSION]
    assert step.text == ("Extended by two months (reason recorded; subject told on 2026-03-20): "
                         "receipt + 3 months")
    assert step.text_lv == ("Pagarināts par diviem mēnešiem (iemesls reģistrēts; datu subjekts "
                            "informēts 2026-03-20): saņemšana + 3 mēneši")
    assert not any(REASON in s.text or REASON in s.text_lv for s in hidden.steps)
    assert any(REASON in s.text for s in shown.steps)


def test_hidden_reason_still_needs_a_reason():
    # Hiding the words must not make an extension without a reason valid (GDPR 12(3)).
    hidden = _deadline(Extension(" ", TOLD, reason_shown=False))
    assert not hidden.extended
    assert any(s.kind == StepKind.EXTENSION_NOT_COUNTED for s in hidden.steps)


def test_a_pause_without_its_reason_is_worded_in_each_language():
    deadline = _deadline(Extension(REASON, TOLD, reason_shown=False),
                         pauses=(Pause(date(2026, 3, 4), date(2026, 3, 9), ""),))
    (step,) = [s for s in deadline.steps if s.kind == StepKind.PAUSE]
    assert "(awaiting identity information)" in step.text
    assert "(gaida identitātes informāciju)" in step.text_lv
