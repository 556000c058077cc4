"""Which actions the caller may take on a case now: the window shows exactly these, and the
services refuse the rest anyway."""

from __future__ import annotations

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.storage.models import Case

_BY_STAGE: dict[Stage, frozenset[str]] = {
    Stage.INTAKE: frozenset({"advance", "verify", "pause", "reject", "withdraw", "assign",
                             "extend"}),
    Stage.IDENTITY: frozenset({"advance", "verify", "pause", "resume", "reject", "withdraw",
                               "assign", "extend"}),
    Stage.REVIEW: frozenset({"advance", "decide", "task", "reject", "withdraw", "assign", "extend",
                             "export"}),
    Stage.FULFILMENT: frozenset({"advance", "task", "complete_task", "deliver", "withdraw",
                                 "assign", "extend", "export"}),
    Stage.RESPONDED: frozenset({"close", "assign", "export"}),
    Stage.CLOSED: frozenset(),
    Stage.REJECTED: frozenset(),
    Stage.WITHDRAWN: frozenset(),
}


def allowed_actions(case: Case, actor: Actor) -> frozenset[str]:
    if not actor.can(Permission.WORK_CASES) or case.purged_at is not None:
        return frozenset()
    actions = set(_BY_STAGE[Stage(case.stage)])
    if case.extended:
        actions.discard("extend")
    has_open_pause = any(p.end is None for p in case.pauses)
    if has_open_pause:
        actions.discard("pause")
    else:
        actions.discard("resume")
    if not actor.can(Permission.EXPORT):
        actions.discard("export")
    if case.duplicate_of and case.duplicate_decision is None and Stage(case.stage).is_open:
        actions |= {"merge_duplicate", "keep_apart"}
    return frozenset(actions)
