"""Workflow rules: the only path through the stages, and messages that name the missing step."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.rights import Right
from smarttek_dsar.domain.workflow import (
    MAIN_PATH,
    CaseFacts,
    RejectionReason,
    Stage,
    check_advance,
    identity_check_needed,
    repeat_request_hint,
)


def facts(stage: Stage, **kw) -> CaseFacts:
    base = dict(stage=stage, rights=frozenset({Right.ACCESS}), has_subject=True,
                identity_verified=True, paused=False)
    base.update(kw)
    return CaseFacts(**base)


def test_the_main_path_in_order():
    assert MAIN_PATH == (Stage.INTAKE, Stage.IDENTITY, Stage.REVIEW, Stage.FULFILMENT,
                         Stage.RESPONDED, Stage.CLOSED)
    stage = Stage.INTAKE
    for expected in MAIN_PATH[1:]:
        stage = check_advance(facts(stage, response_recorded=True))
        assert stage is expected


@pytest.mark.parametrize(
    ("stage", "kw", "message"),
    [
        (Stage.INTAKE, {"rights": frozenset()}, "record at least one right"),
        (Stage.INTAKE, {"has_subject": False}, "record the data subject"),
        (Stage.IDENTITY, {"identity_verified": False}, "successful identity check"),
        (Stage.IDENTITY, {"paused": True}, "clock is paused"),
        (Stage.REVIEW, {"rights_without_decision": frozenset({Right.ERASURE})},
         "decisions for: Erasure"),
        (Stage.FULFILMENT, {"open_tasks": 2, "response_recorded": True}, "2 open fulfilment"),
        (Stage.FULFILMENT, {"response_recorded": False}, "record the response"),
    ],
)
def test_an_illegal_move_names_the_missing_step(stage, kw, message):
    with pytest.raises(DomainError, match=message):
        check_advance(facts(stage, **kw))


@pytest.mark.parametrize("stage", [Stage.CLOSED, Stage.REJECTED, Stage.WITHDRAWN])
def test_final_stages_go_nowhere(stage):
    # Rejecting and withdrawing are rows of the operations table (tests/domain/test_operations.py).
    with pytest.raises(DomainError):
        check_advance(facts(stage))


def test_every_rejection_reason_names_its_article():
    for reason in RejectionReason:
        assert reason.article.startswith("Art. ") and reason.label and reason.label_lv
    assert RejectionReason.EXCESSIVE.article == "Art. 12(5)(b)"
    assert "12(6)" in RejectionReason.IDENTITY_NOT_ESTABLISHED.article


def test_repeat_hint_counts_only_the_last_twelve_months():
    today = date(2026, 11, 24)
    assert repeat_request_hint(today, [today - timedelta(days=400)] * 3) is None
    assert repeat_request_hint(today, [today - timedelta(days=30)]) is None
    hint = repeat_request_hint(today, [today - timedelta(days=30), today - timedelta(days=300)])
    assert hint is not None and "2 other requests" in hint and "12(5)" in hint


def test_an_objection_to_direct_marketing_alone_needs_no_identity_check():
    marketing = frozenset({Right.OBJECTION_MARKETING})
    assert check_advance(facts(Stage.IDENTITY, rights=marketing, identity_verified=False)) \
        is Stage.REVIEW
    # With any other right the whole request waits for the check (12(6)).
    with pytest.raises(DomainError, match="successful identity check"):
        check_advance(facts(Stage.IDENTITY, rights=marketing | {Right.ERASURE},
                            identity_verified=False))
    assert not identity_check_needed(marketing)
    assert all(identity_check_needed(frozenset({r})) for r in Right
               if r is not Right.OBJECTION_MARKETING)
