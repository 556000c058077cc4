"""Which operations the caller may take on a case now: the window enables exactly these, and the
services refuse the rest with the same message (both ask domain/operations.py)."""

from __future__ import annotations

from smarttek_dsar.domain.operations import allowed_operations, offered
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.operations_guard import case_facts
from smarttek_dsar.storage.models import Case


def allowed_actions(case: Case, actor: Actor) -> frozenset[str]:
    """The values of the operations the window offers (it keys its actions by them): the
    allowed ones, and `advance` while a step is missing so that trying it names the step."""
    return frozenset(op.value for op in offered(case_facts(case), actor.permissions))


def ready_actions(case: Case, actor: Actor) -> frozenset[str]:
    """The operations that would succeed now (nothing missing): the window asks to confirm an
    irreversible one before it runs, and does not ask for one that will only be refused."""
    return frozenset(op.value for op in allowed_operations(case_facts(case), actor.permissions))
