"""From review decisions to the work that carries them out. Plain Python.

Per system and data category: erase (17), rectify (16), restrict (18), stop direct marketing
(21(3)), stop processing (21(1), 7(3)). Then GDPR 19: every recipient of a category that is
rectified, erased or restricted is told, unless that proves impossible or disproportionate
(the specialist records that when closing the task).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from smarttek_dsar.domain.register import Register
from smarttek_dsar.domain.rights import Outcome, Right

_ACTIONS: dict[Right, tuple[str, str]] = {
    Right.ERASURE: ("erase", "Erase the subject's {category} in {system} (Art. 17)"),
    Right.RECTIFICATION: ("rectify", "Correct or complete the subject's {category} in {system} "
                                     "as the request asks (Art. 16)"),
    Right.RESTRICTION: ("restrict", "Restrict the processing of the subject's {category} in "
                                    "{system}: store only, no other use (Art. 18)"),
    Right.OBJECTION_MARKETING: ("stop_marketing", "Stop direct marketing using the subject's "
                                                  "{category} in {system} and flag the objection "
                                                  "(Art. 21(3))"),
    Right.OBJECTION: ("stop_processing", "Stop the legitimate-interest uses of the subject's "
                                         "{category} in {system} (Art. 21(1))"),
    Right.CONSENT_WITHDRAWAL: ("stop_processing", "Stop the consent-based processing of the "
                                                  "subject's {category} in {system} (Art. 7(3))"),
}
# GDPR 19 names exactly these three: rectification, erasure, restriction.
_NOTIFIED = frozenset({"erase", "rectify", "restrict"})
NOT_SEARCHED = "every system holding it"


@dataclass(frozen=True)
class PlannedTask:
    action: str
    system: str
    category_id: str | None
    recipient: str | None
    description: str

    @property
    def key(self) -> tuple[str, str, str | None, str | None]:
        return (self.action, self.system, self.category_id, self.recipient)


@dataclass(frozen=True)
class DecidedCell:
    category_id: str
    right: Right
    outcome: Outcome


def plan_tasks(
    register: Register,
    decisions: Iterable[DecidedCell],
    systems_by_category: Mapping[str, tuple[str, ...]] | None,
) -> list[PlannedTask]:
    """Tasks for granted (or partly granted) decisions.

    `systems_by_category` comes from the case's snapshot: the systems where data was found. A
    category found nowhere needs no task. None means the systems were never searched: the
    task then names no system and says to act wherever the category is held.
    """
    tasks: list[PlannedTask] = []
    notices: dict[str, list[str]] = {}  # recipient id -> what to tell it about
    for cell in decisions:
        if cell.outcome not in (Outcome.GRANT, Outcome.PARTIAL) or cell.right not in _ACTIONS:
            continue
        category = register.category(cell.category_id)
        action, text = _ACTIONS[cell.right]
        if systems_by_category is None:
            systems: tuple[str, ...] = ("",)
        else:
            systems = systems_by_category.get(cell.category_id, ())
            if not systems:
                continue
        partly = " (partly granted: follow the decision's reason)" \
            if cell.outcome is Outcome.PARTIAL else ""
        for system in systems:
            tasks.append(PlannedTask(
                action, system, cell.category_id, None,
                text.format(category=category.name.en.lower(), system=system or NOT_SEARCHED)
                + partly + ".",
            ))
        if action in _NOTIFIED:
            for recipient in register.recipients_for(category):
                notices.setdefault(recipient.id, []).append(f"{action} {category.name.en.lower()}")
    for recipient_id, what in notices.items():
        recipient = register.recipient(recipient_id)
        tasks.append(PlannedTask(
            "notify", "", None, recipient.name.en,
            f"Tell {recipient.name.en} about the {', '.join(dict.fromkeys(what))} (Art. 19), "
            "unless impossible or disproportionate; tell the subject who was notified if asked.",
        ))
    return tasks


# The order a specialist works a request invoking several rights in: what changes the data most
# first. Access, portability and complaints plan no task of their own.
_USUAL_ORDER = (Right.ERASURE, Right.RECTIFICATION, Right.RESTRICTION, Right.OBJECTION_MARKETING,
                Right.OBJECTION, Right.CONSENT_WITHDRAWAL)


def usual_task_action(rights: Iterable[Right]) -> str | None:
    """The task action a request's rights call for first, to preselect when planning a task by
    hand; None when no invoked right plans one (an access request is answered by its package)."""
    invoked = set(rights)
    return next((_ACTIONS[r][0] for r in _USUAL_ORDER if r in invoked), None)
