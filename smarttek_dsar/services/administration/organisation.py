"""Organisation-wide settings kept in the shared database, and the DPO's extra holidays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarttek_dsar.domain.calendar import LatvianCalendar
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import ExtraHoliday, Setting


@dataclass(frozen=True)
class OrganisationSettings:
    # Case files are personal data too: kept this long after closure, then purged. Three years
    # matches the Commercial Law limitation period (DOMAIN.md §5).
    retention_years: int = 3
    # GDPR 12(6) + EDPB 01/2022: identity information must be asked for without undue delay;
    # a pause asked for later than this many days after receipt does not stop the clock.
    pause_request_within_days: int = 10
    max_attachment_mb: int = 25
    # Held mail (not a request) is personal data with one purpose: the DPO's decision
    # (docs/mail-intake.md). A dismissed one has lost its content already; its row
    # goes after a month, the answering period in which its sender would still write again.
    held_dismissed_days: int = 30
    # One nobody decided on goes after three months, the longest a request may take to be
    # answered (GDPR 12(3): one month + two); the purge's dry-run list shows them first.
    held_undecided_days: int = 90


# Allowed range of each organisation setting (the window uses them for its spin boxes).
SETTING_LIMITS = {
    "retention_years": (1, 10),
    "pause_request_within_days": (1, 30),
    "max_attachment_mb": (1, 500),
    "held_dismissed_days": (1, 365),
    # Never inside the month a request held by mistake would have to be answered in.
    "held_undecided_days": (31, 730),
}


def load_settings(session: Session) -> OrganisationSettings:
    stored = {s.key: s.value for s in session.scalars(select(Setting))}
    values = {}
    for key in SETTING_LIMITS:
        if key in stored:
            try:
                values[key] = int(stored[key])
            except ValueError:
                pass  # an unreadable value falls back to the default rather than blocking work
    return OrganisationSettings(**values)


def load_calendar(session: Session) -> LatvianCalendar:
    extra = [(h.day, h.name) for h in session.scalars(select(ExtraHoliday).order_by(ExtraHoliday.day))]
    return LatvianCalendar(extra)


class OrganisationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def settings(self) -> OrganisationSettings:
        with self.db.unit_of_work() as session:
            return load_settings(session)

    def update(self, actor: Actor, key: str, value: int) -> OrganisationSettings:
        actor.require(Permission.MANAGE_SETTINGS, "change settings")
        if key not in SETTING_LIMITS:
            raise ServiceError("Unknown setting '{key}'. Known: {setting_limits}.", key=key, setting_limits=', '.join(sorted(SETTING_LIMITS)))
        low, high = SETTING_LIMITS[key]
        if not low <= value <= high:
            raise ServiceError("'{key}' must be between {low} and {high}.", key=key, low=low, high=high)
        with self.db.unit_of_work() as session:
            setting = session.get(Setting, key) or Setting(key=key, value="")
            old = setting.value
            setting.value = str(value)
            session.add(setting)
            audit.record(session, actor, "settings.changed", details={key: [old, value]})
            return load_settings(session)

    def extra_holidays(self) -> list[tuple[date, str]]:
        with self.db.unit_of_work() as session:
            return list(load_calendar(session).extra_holidays)

    def add_holiday(self, actor: Actor, day: date, name: str) -> None:
        """A one-off holiday moves deadlines: every open case is recomputed in the same step."""
        actor.require(Permission.MANAGE_SETTINGS, "add public holidays")
        if not name.strip():
            raise ServiceError("Name the holiday, e.g. 'Ice hockey championship bronze day'.")
        with self.db.unit_of_work() as session:
            if session.get(ExtraHoliday, day):
                raise ServiceError("{day} is already an extra holiday.", day=day.isoformat())
            session.add(ExtraHoliday(day=day, name=name.strip()))
            session.flush()
            audit.record(session, actor, "holiday.added", details={"day": day, "name": name})
            from smarttek_dsar.services.deadlines import refresh_all

            refresh_all(session)

    def remove_holiday(self, actor: Actor, day: date) -> None:
        actor.require(Permission.MANAGE_SETTINGS, "remove public holidays")
        with self.db.unit_of_work() as session:
            holiday = session.get(ExtraHoliday, day)
            if holiday is None:
                raise ServiceError("{day} is not an extra holiday.", day=day.isoformat())
            session.delete(holiday)
            session.flush()
            audit.record(session, actor, "holiday.removed", details={"day": day})
            from smarttek_dsar.services.deadlines import refresh_all

            refresh_all(session)
