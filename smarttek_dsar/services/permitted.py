"""Which operations the caller may take on a case now: the window enables exactly these, and the
services refuse the rest with the same message (both ask domain/operations.py)."""

from __future__ import annotations

from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.operations_guard import allowed_operations
from smarttek_dsar.storage.models import Case


def allowed_actions(case: Case, actor: Actor) -> frozenset[str]:
    """The values of the allowed operations (the window keys its actions by them)."""
    return frozenset(op.value for op, why in allowed_operations(case, actor).items()
                     if why is None)
