"""Defaults that fit the case: the identity check starts from the method the request's channel
already offers, a hand-planned task from the action the rights call for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from smarttek_dsar.domain.fulfilment_plan import usual_task_action
from smarttek_dsar.domain.identity import VerificationMethod, usual_method
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.views import PartyInput
from tests.services.case_factory import new_request
from tests.ui.case_view_fixtures import (  # noqa: F401 (fixtures)
    confirm,
    make_view,
    settle,
    store_fixture,
    synchronous_tasks_fixture,
)


@pytest.mark.parametrize(("channel", "expected"), [
    (Channel.PORTAL, VerificationMethod.PORTAL_LOGIN),
    (Channel.EMAIL, VerificationMethod.EMAIL_ON_FILE),
    (Channel.PHONE, VerificationMethod.PHONE_CALLBACK),
    (Channel.IN_PERSON, VerificationMethod.IN_PERSON),
    (Channel.LETTER, None),
    (Channel.OTHER, None),
])
def test_each_channel_offers_its_own_check(channel, expected):
    assert usual_method(channel.value, represented=False) is expected
    # Whoever acts for the subject is checked through their authority first.
    assert usual_method(channel.value, represented=True) is \
        VerificationMethod.REPRESENTATIVE_AUTHORITY


def _view_of(qtbot, services, dpo, channel: Channel, *, representative: bool = False):
    new = new_request(channel=channel, days_ago=1)
    if representative:
        new = replace(new, representative=PartyInput(name="Advokāts Pēteris Liepa",
                                                     authority_proof="Pilnvara Nr. 12"))
    number = services.cases.create(dpo, new).number
    services.closing.advance(dpo, number)  # into identity verification
    return make_view(qtbot, services, dpo, number), number


def test_an_email_request_starts_from_the_address_on_file(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    view, _number = _view_of(qtbot, services, dpo, Channel.EMAIL)
    panel = view.identity_panel
    assert panel.chosen_method is VerificationMethod.EMAIL_ON_FILE
    assert panel.method_buttons[VerificationMethod.EMAIL_ON_FILE].isChecked()
    # The specialist's own choice survives the reloads that follow every change.
    panel.method_buttons[VerificationMethod.E_SIGNATURE].click()
    view.reload()
    settle()
    assert panel.chosen_method is VerificationMethod.E_SIGNATURE


def test_a_representatives_request_starts_from_their_authority(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    view, _number = _view_of(qtbot, services, dpo, Channel.PORTAL, representative=True)
    assert view.identity_panel.chosen_method is VerificationMethod.REPRESENTATIVE_AUTHORITY


def test_a_letter_preselects_nothing_and_recording_asks_for_a_method(
        qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    view, number = _view_of(qtbot, services, dpo, Channel.LETTER)
    panel = view.identity_panel
    assert panel.chosen_method is None
    assert not panel.record_button.isEnabled()
    panel.record_check()  # as the keyboard shortcut would
    assert "letter proves no identity" in view.banner.text
    assert services.cases.detail(dpo, number).identity_checks == ()
    panel.method_buttons[VerificationMethod.E_SIGNATURE].click()
    assert panel.record_button.isEnabled()
    assert view.detail.summary.stage is Stage.IDENTITY


@pytest.mark.parametrize(("rights", "expected"), [
    ((Right.ACCESS,), None),
    ((Right.ACCESS, Right.OBJECTION_MARKETING), "stop_marketing"),
    ((Right.OBJECTION,), "stop_processing"),
    ((Right.RECTIFICATION, Right.ERASURE), "erase"),
    ((Right.RESTRICTION,), "restrict"),
])
def test_the_task_action_follows_the_rights_invoked(rights, expected):
    assert usual_task_action(rights) == expected


def test_an_access_case_preselects_no_erasure_task(qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = services.cases.create(dpo, new_request(rights=(Right.ACCESS,))).number
    view = make_view(qtbot, services, dpo, number)
    panel = view.fulfilment_panel
    assert panel.action.currentData() is None and panel.action.currentText() == ""
    objection = services.cases.create(dpo, new_request(
        rights=(Right.OBJECTION_MARKETING,), code=None, email="cits@example.lv")).number
    view.show_case(objection)
    settle()
    assert panel.action.currentData() == "stop_marketing"


def test_an_objection_to_direct_marketing_moves_on_without_an_identity_check(
        qtbot, store, synchronous_tasks):
    services, dpo, _manager = store
    number = services.cases.create(dpo, new_request(rights=(Right.OBJECTION_MARKETING,))).number
    services.closing.advance(dpo, number)
    view = make_view(qtbot, services, dpo, number)
    assert view.identity_panel.not_needed.isVisible()
    assert "GDPR 21(3)" in view.identity_panel.not_needed.text()
    view.header.advance()
    confirm()
    assert services.cases.detail(dpo, number).summary.stage is Stage.REVIEW
    # A request that also asks for a copy waits for the check, and says so.
    other = services.cases.create(dpo, new_request(
        rights=(Right.OBJECTION_MARKETING, Right.ACCESS), email="cits@example.lv")).number
    services.closing.advance(dpo, other)
    view.show_case(other)
    settle()
    assert not view.identity_panel.not_needed.isVisible()
    view.header.advance()
    settle()
    assert "identity check" in view.banner.text


def test_a_repeat_request_is_worded_in_the_window_language(qtbot, store, synchronous_tasks):
    from smarttek_dsar.ui import i18n

    services, dpo, _manager = store
    numbers = [services.cases.create(dpo, new_request(days_ago=days)).number
               for days in (40, 20, 1)]
    view = make_view(qtbot, services, dpo, numbers[-1])
    assert view.detail.repeat_requests == 2
    text = view.header.repeat_label.text()
    assert text.startswith("Repeat request (GDPR 12(5)): the subject made 2 other requests")
    i18n.install("lv")
    try:
        latvian = make_view(qtbot, services, dpo, numbers[-1])
        text = latvian.header.repeat_label.text()
        assert text.startswith("Atkārtots pieprasījums (VDAR 12. panta 5. punkts)")
        assert "vēl 2 pieprasījumus" in text and "GDPR" not in text
    finally:
        i18n.install("en")
