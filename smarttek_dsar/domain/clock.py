"""The legal deadline clock for a data subject request, with its explanation.

GDPR Art. 12(3): answer without undue delay and at the latest one month after receipt,
extendable by two further months if the subject is told, with reasons, within the first month.
GDPR Art. 12(4): a refusal ("no action") must reach the subject within the first month.
Counting follows Regulation (EEC, Euratom) No 1182/71, Art. 3.

Plain Python; no Qt, no SQL, no I/O. Every result carries the steps that produced it, in English
and Latvian, so a case handler (or the Inspectorate) can check the date by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

from smarttek_dsar.domain.calendar import LatvianCalendar
from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message

RIGA = ZoneInfo("Europe/Riga")
DUE_SOON_DAYS = 7
# A pause only counts when identity information was asked for without undue delay (GDPR 12(6)
# read with 12(3)); ten days after receipt is the house reading of "without undue delay".
PAUSE_REQUEST_WITHIN_DAYS = 10
FIRST_PERIOD_MONTHS = 1  # GDPR 12(3): one month
EXTENDED_PERIOD_MONTHS = 3  # GDPR 12(3): one month plus two further months


def riga_minute(moment: datetime) -> str:
    """An aware moment as Riga wall-clock time to the minute, as documents print it
    ("2026-12-02 10:00"): the dossier, the reports, the audit details a document quotes."""
    return moment.astimezone(RIGA).strftime("%Y-%m-%d %H:%M")


def receipt_date(received_at: datetime) -> date:
    """The calendar day in Riga on which the request reached a company channel (GDPR 12(3)).

    Aware datetimes are converted to Riga time (an e-mail stamped 23:30 UTC in summer arrived the
    next day in Riga); naive datetimes are taken to be Riga local time already.
    """
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        return received_at.date()
    return received_at.astimezone(RIGA).date()


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def add_months(d: date, n: int) -> date:
    """The same date `n` months later; the month's last day when that month is too short.

    Reg. 1182/71 Art. 3(2)(c): a period in months ends on the day of the last month with the same
    date as the starting day, or on the last day of that month when it has no such date.
    """
    months = d.year * 12 + (d.month - 1) + n
    year, month = divmod(months, 12)
    month += 1
    return date(year, month, min(d.day, _days_in_month(year, month)))


@dataclass(frozen=True)
class Pause:
    """The clock stopped while the company waited for the subject's identity information.

    `end` None: still waiting. Only identity pauses (GDPR 12(6)) belong here; there is no pause
    for asking the subject to narrow or clarify a request, so callers must not pass one.
    """

    start: date
    end: date | None
    reason: str

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise DomainError(
                "A pause cannot end on {end} before it starts on {start}. Check the two "
                "dates.", end=self.end, start=self.start
            )


@dataclass(frozen=True)
class Extension:
    """The two-month extension of GDPR 12(3), with the reason the subject was given.

    `reason_shown` False: the steps say only that a reason was recorded, for a reader who may
    not see personal data (the reason is free text and may describe the subject's request)."""

    reason: str
    notified_on: date
    reason_shown: bool = True


class DeadlineState(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"  # DUE_SOON_DAYS calendar days or fewer left, including the due day
    OVERDUE = "overdue"
    PAUSED = "paused"


class StepKind(StrEnum):
    RECEIPT = "receipt"
    ADD_MONTHS = "add_months"
    END_OF_MONTH = "end_of_month"
    PAUSE = "pause"
    PAUSE_NOT_COUNTED = "pause_not_counted"
    PAUSED_TOTAL = "paused_total"
    MOVED = "moved"
    INITIAL_DUE = "initial_due"
    EXTENSION = "extension"
    EXTENSION_NOT_COUNTED = "extension_not_counted"
    EXTENDED_DUE = "extended_due"


@dataclass(frozen=True)
class Step:
    """One line of a deadline's explanation, in English and Latvian."""

    kind: str
    text: str
    text_lv: str
    on: date | None


@dataclass(frozen=True)
class Deadline:
    received_on: date
    initial_due: date  # GDPR 12(3): first month, after pauses and the working-day move
    due_date: date  # the deadline that applies: extended_due when validly extended
    refusal_due: date  # GDPR 12(4): a refusal must reach the subject within the first month
    extended: bool
    paused_days: int
    paused_now: bool
    steps: tuple[Step, ...]

    def days_left(self, today: date) -> int:
        """Calendar days until the due date; 0 on the due day, negative when overdue."""
        return (self.due_date - today).days

    def state(self, today: date) -> DeadlineState:
        if self.paused_now:
            return DeadlineState.PAUSED
        left = self.days_left(today)
        if left < 0:
            return DeadlineState.OVERDUE
        if left <= DUE_SOON_DAYS:
            return DeadlineState.DUE_SOON
        return DeadlineState.ON_TRACK


# --- wording -------------------------------------------------------------------------------

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# Latvian locative ("in February" = "februārī"), as in "februārī nav 31. datuma".
_MONTHS_LV_IN = (
    "janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā",
    "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī",
)  # fmt: skip


def _count_en(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def _count_lv(n: int, singular: str, plural: str) -> str:
    # Latvian agrees with the last digit: 1, 21, 31 ... take the singular, but 11 does not.
    return f"{n} {singular if n % 10 == 1 and n % 100 != 11 else plural}"


def _day_kind(d: date, calendar: LatvianCalendar) -> tuple[str, str]:
    weekend_en = {5: "Saturday", 6: "Sunday"}.get(d.weekday())
    weekend_lv = {5: "sestdiena", 6: "svētdiena"}.get(d.weekday())
    holiday_en = calendar.holiday_name(d)
    if holiday_en is None:
        return f"a {weekend_en}", str(weekend_lv)
    holiday_lv = calendar.holiday_name_lv(d)
    if weekend_en is None:
        return f"a public holiday ({holiday_en})", f"svētku diena ({holiday_lv})"
    return (
        f"a {weekend_en} and a public holiday ({holiday_en})",
        f"{weekend_lv} un svētku diena ({holiday_lv})",
    )


# --- the computation -------------------------------------------------------------------------


def _month_steps(received_on: date, months: int) -> tuple[date, list[Step]]:
    end = add_months(received_on, months)
    label_en = f"+{_count_en(months, 'month', 'months')}"
    label_lv = f"+{_count_lv(months, 'mēnesis', 'mēneši')}"
    if end.day == received_on.day:
        return end, [Step(StepKind.ADD_MONTHS, f"{label_en}: {end}", f"{label_lv}: {end}", end)]
    # Reg. 1182/71 Art. 3(2)(c): the target month has no such date, so its last day ends it.
    text = (
        f"{label_en}: no {received_on.day} {_MONTHS_EN[end.month - 1]} in {end.year}, "
        f"the end of month rule gives {end}"
    )
    text_lv = (
        f"{label_lv}: {end.year}. gada {_MONTHS_LV_IN[end.month - 1]} nav {received_on.day}. "
        f"datuma, pēc mēneša beigu noteikuma termiņš ir {end}"
    )
    return end, [Step(StepKind.END_OF_MONTH, text, text_lv, end)]


def _move_step(last_day: date, calendar: LatvianCalendar) -> tuple[date, list[Step]]:
    # Reg. 1182/71 Art. 3(4): a period ending on a Saturday, Sunday or public holiday ends at the
    # end of the following working day.
    moved = calendar.next_working_day(last_day)
    if moved == last_day:
        return moved, []
    parts_en: list[str] = []
    parts_lv: list[str] = []
    day = last_day
    while day < moved:
        kind_en, kind_lv = _day_kind(day, calendar)
        parts_en.append(f"{day} {'is ' if not parts_en else ''}{kind_en}")
        parts_lv.append(f"{day} {'ir ' if not parts_lv else '– '}{kind_lv}")
        day += timedelta(days=1)
    text = f"{', '.join(parts_en)}: moved to the next working day {moved}"
    text_lv = f"{', '.join(parts_lv)}: termiņš pārcelts uz nākamo darba dienu {moved}"
    return moved, [Step(StepKind.MOVED, text, text_lv, moved)]


def _not_counted(text: str, text_lv: str) -> Step:
    return Step(StepKind.PAUSE_NOT_COUNTED, text, text_lv, None)


def _pause_refusal(
    pause: Pause, received_on: date, due_so_far: date, within_days: int
) -> Step | None:
    """Why a pause does not stop the clock, or None when it does."""
    if pause.start < received_on:
        return _not_counted(
            f"Pause from {pause.start} starts before the request was received: not counted",
            f"Pauze no {pause.start} sākas pirms pieprasījuma saņemšanas: netiek skaitīta",
        )
    delay = (pause.start - received_on).days
    if delay > within_days:
        # A pause requested late is not a pause: the request for identity information must come
        # without undue delay (GDPR 12(3), 12(6)).
        return _not_counted(
            f"Pause requested {_count_en(delay, 'day', 'days')} after receipt: "
            "not counted (not without undue delay)",
            f"Pauze pieprasīta {_count_lv(delay, 'dienu', 'dienas')} pēc saņemšanas: "
            "netiek skaitīta (nav pieprasīta bez nepamatotas kavēšanās)",
        )
    if pause.start > due_so_far:
        return _not_counted(
            f"Pause from {pause.start} starts after the deadline {due_so_far} had passed: "
            "not counted",
            f"Pauze no {pause.start} sākas pēc tam, kad termiņš {due_so_far} jau bija beidzies: "
            "netiek skaitīta",
        )
    return None


def _pause_step(pause: Pause, end: date, days: int, overlap: bool) -> Step:
    reason = pause.reason.strip() or "awaiting identity information"
    reason_lv = pause.reason.strip() or "gaida identitātes informāciju"
    if pause.end is None:
        head = f"Pause since {pause.start}, still open ({reason}), counted up to {end}"
        head_lv = f"Pauze kopš {pause.start}, joprojām turpinās ({reason_lv}), skaitīta līdz {end}"
    else:
        head = f"Pause {pause.start} to {end} ({reason})"
        head_lv = f"Pauze no {pause.start} līdz {end} ({reason_lv})"
    if overlap:
        text = f"{head}: overlaps an earlier pause, only {_count_en(days, 'new day', 'new days')}"
        new_lv = _count_lv(days, "jauna diena", "jaunas dienas")
        text_lv = f"{head_lv}: pārklājas ar iepriekšējo pauzi, tikai {new_lv}"
    else:
        text = f"{head}: +{_count_en(days, 'day', 'days')}"
        text_lv = f"{head_lv}: +{_count_lv(days, 'diena', 'dienas')}"
    return Step(StepKind.PAUSE, text, text_lv, None)


def _count_pauses(
    received_on: date,
    calendar: LatvianCalendar,
    pauses: tuple[Pause, ...],
    today: date | None,
    within_days: int,
) -> tuple[int, bool, list[Step]]:
    """Paused days that count, whether the clock is stopped today, and the steps saying so.

    `pauses` come sorted by start. Overlapping pauses are merged so no day is counted twice.
    """
    first_month_end = add_months(received_on, FIRST_PERIOD_MONTHS)
    counted = 0
    paused_now = False
    covered_until: date | None = None  # end of the pauses counted so far
    steps: list[Step] = []
    for pause in pauses:
        due_so_far = calendar.next_working_day(first_month_end + timedelta(days=counted))
        refusal = _pause_refusal(pause, received_on, due_so_far, within_days)
        if refusal is not None:
            steps.append(refusal)
            continue
        if pause.end is None:
            assert today is not None  # compute_deadline fills it in for open pauses
            end = max(today, pause.start)
            paused_now = paused_now or pause.start <= today
        else:
            end = pause.end
        new_from = pause.start if covered_until is None else max(pause.start, covered_until)
        days = max(0, (end - new_from).days)
        overlap = covered_until is not None and covered_until > pause.start
        steps.append(_pause_step(pause, end, days, overlap))
        counted += days
        covered_until = end if covered_until is None else max(covered_until, end)
    return counted, paused_now, steps


def _period_end(
    received_on: date, months: int, paused_days: int, calendar: LatvianCalendar
) -> tuple[date, list[Step]]:
    """Receipt + `months`, plus paused days, moved to a working day; with its steps."""
    end, steps = _month_steps(received_on, months)
    if paused_days:
        end += timedelta(days=paused_days)
        steps.append(
            Step(
                StepKind.PAUSED_TOTAL,
                f"+{_count_en(paused_days, 'paused day', 'paused days')}: {end}",
                f"+{_count_lv(paused_days, 'pauzes diena', 'pauzes dienas')}: {end}",
                end,
            )
        )
    moved, move_steps = _move_step(end, calendar)
    return moved, steps + move_steps


def _extension_refusal(
    extension: Extension, received_on: date, initial_due: date
) -> tuple[str, str] | None:
    """Why an extension is not valid (English, Latvian), or None when it is."""
    if not extension.reason.strip():
        return (
            "The extension needs a reason (for example the complexity or the number of "
            "requests): GDPR 12(3) requires telling the subject why. Enter the reason.",
            "Pagarinājumam jānorāda iemesls (piemēram, pieprasījuma sarežģītība vai "
            "pieprasījumu skaits): VDAR 12(3) prasa datu subjektam paskaidrot iemeslu.",
        )
    if extension.notified_on < received_on:
        return (
            f"The subject cannot have been told of the extension on {extension.notified_on}, "
            f"before the request was received on {received_on}. Check the date.",
            f"Datu subjektu nevarēja informēt par pagarinājumu {extension.notified_on}, pirms "
            f"pieprasījuma saņemšanas {received_on}. Pārbaudiet datumu.",
        )
    if extension.notified_on > initial_due:
        return (
            f"The extension is too late: the subject was told on {extension.notified_on}, after "
            f"the first deadline {initial_due}. GDPR 12(3) requires telling the subject within "
            "the first month; answer by the first deadline instead.",
            f"Pagarinājums ir novēlots: datu subjekts informēts {extension.notified_on}, pēc "
            f"pirmā termiņa {initial_due}. VDAR 12(3) prasa informēt pirmā mēneša laikā.",
        )
    return None


def _extension_steps(
    extension: Extension, received_on: date, paused_days: int, calendar: LatvianCalendar
) -> tuple[date, list[Step]]:
    if extension.reason_shown:
        reason = extension.reason.strip()
        why, why_lv = f"reason: {reason}", f"iemesls: {reason}"
    else:
        why, why_lv = "reason recorded", "iemesls reģistrēts"
    head = Step(
        StepKind.EXTENSION,
        f"Extended by two months ({why}; subject told on {extension.notified_on}): "
        "receipt + 3 months",
        f"Pagarināts par diviem mēnešiem ({why_lv}; datu subjekts informēts "
        f"{extension.notified_on}): saņemšana + 3 mēneši",
        None,
    )
    # GDPR 12(3) with Reg. 1182/71 Art. 3: the extended period runs from receipt, not from the
    # already moved first deadline, so a first-deadline move does not carry over.
    due, steps = _period_end(received_on, EXTENDED_PERIOD_MONTHS, paused_days, calendar)
    final = Step(
        StepKind.EXTENDED_DUE, f"Extended deadline: {due}", f"Pagarinātais termiņš: {due}", due
    )
    return due, [head, *steps, final]


@lru_cache(maxsize=1 << 16)
def _compute(
    received_on: date,
    calendar: LatvianCalendar,
    pauses: tuple[Pause, ...],
    extension: Extension | None,
    today: date | None,
    within_days: int,
) -> Deadline:
    steps = [
        Step(
            StepKind.RECEIPT,
            f"Received on {received_on} (the day of receipt is not counted)",
            f"Saņemts {received_on} (saņemšanas diena netiek skaitīta)",
            received_on,
        )
    ]  # Reg. 1182/71 Art. 3(1): the period starts the day after the event.
    paused_days, paused_now, pause_steps = _count_pauses(
        received_on, calendar, pauses, today, within_days
    )
    initial_due, first_steps = _period_end(received_on, FIRST_PERIOD_MONTHS, paused_days, calendar)
    # Pause steps read best right after "+1 month" and before the paused-day total.
    steps += first_steps[:1] + pause_steps + first_steps[1:]
    steps.append(
        Step(
            StepKind.INITIAL_DUE,
            f"First deadline (also for a refusal notice, GDPR 12(4)): {initial_due}",
            f"Pirmais termiņš (arī atteikuma paziņojumam, VDAR 12(4)): {initial_due}",
            initial_due,
        )
    )
    due_date = initial_due
    extended = False
    if extension is not None:
        refusal = _extension_refusal(extension, received_on, initial_due)
        if refusal is None:
            due_date, extension_steps = _extension_steps(
                extension, received_on, paused_days, calendar
            )
            steps += extension_steps
            extended = True
        else:
            # An invalid extension leaves the first deadline standing; saying why here keeps the
            # explanation honest. The step's date is the deadline that still applies.
            steps.append(
                Step(
                    StepKind.EXTENSION_NOT_COUNTED,
                    f"Extension not counted. {refusal[0]}",
                    f"Pagarinājums netiek ņemts vērā. {refusal[1]}",
                    initial_due,
                )
            )
    return Deadline(
        received_on=received_on,
        initial_due=initial_due,
        due_date=due_date,
        refusal_due=initial_due,  # GDPR 12(4): same first-month limit as the answer
        extended=extended,
        paused_days=paused_days,
        paused_now=paused_now,
        steps=tuple(steps),
    )


def _pause_order(pause: Pause) -> tuple[date, date]:
    return pause.start, pause.end or date.max


def compute_deadline(
    received_on: date,
    calendar: LatvianCalendar,
    *,
    pauses: Sequence[Pause] = (),
    extension: Extension | None = None,
    today: date | None = None,
    pause_request_within_days: int = PAUSE_REQUEST_WITHIN_DAYS,
) -> Deadline:
    """The request's deadlines and the steps that explain them.

    `pauses` are identity pauses only (see Pause). An extension that is not valid (no reason,
    subject told after the first deadline) is not applied; the steps say why. `today` matters
    only while a pause is open; it defaults to the system date then.
    """
    ordered = tuple(sorted(pauses, key=_pause_order))
    if any(pause.end is None for pause in ordered):
        today = today or date.today()
    else:
        # Without an open pause the result does not depend on today; leaving it out of the
        # memo key lets every day's dashboard share the cached result.
        today = None
    return _compute(received_on, calendar, ordered, extension, today, pause_request_within_days)


def check_extension(
    received_on: date,
    calendar: LatvianCalendar,
    *,
    pauses: Sequence[Pause] = (),
    reason: str,
    notified_on: date,
    today: date | None = None,
) -> None:
    """Refuse an extension GDPR 12(3) does not allow, with a message for the user.

    The subject must be told, with reasons, within the first month (up to the first deadline).
    """
    initial_due = compute_deadline(received_on, calendar, pauses=pauses, today=today).initial_due
    refusal = _extension_refusal(Extension(reason, notified_on), received_on, initial_due)
    if refusal is not None:
        raise DomainError(Message(refusal[0], latvian=refusal[1]))
