"""The words of the management reports in English and Latvian, and how their numbers read.

The reports are files that leave the program (to the board, to the Data State Inspectorate),
so they carry their own wording rather than the window's Qt translations.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from smarttek_dsar.domain.clock import DeadlineState
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.workflow import RejectionReason, Stage

Language = Literal["en", "lv"]

WORDS: dict[str, tuple[str, str]] = {
    "controller": ("SMARTTEK MIXTURE SIA, reg. no. 40103966371, Bērzaunes iela 6A, Rīga, LV-1039",
                   "SMARTTEK MIXTURE SIA, reģ. nr. 40103966371, Bērzaunes iela 6A, Rīga, LV-1039"),
    "dashboard_title": ("Data subject requests: deadline dashboard",
                        "Datu subjektu pieprasījumi: termiņu pārskats"),
    "annual_title": ("Annual report on data subject requests {year}",
                     "Gada pārskats par datu subjektu pieprasījumiem, {year}"),
    "annual_for": ("For the management board and the Data State Inspectorate (Datu valsts "
                   "inspekcija). Prepared by the data protection officer, privacy@smarttek.eu.",
                   "Valdei un Datu valsts inspekcijai. Sagatavoja datu aizsardzības speciālists, "
                   "privacy@smarttek.eu."),
    "made": ("Made on {date}", "Sagatavots {date}"),
    "page": ("page {n}", "{n}. lpp."),
    "no_personal": ("Contains no personal data of data subjects.",
                    "Nesatur datu subjektu personas datus."),
    "scope": ("Cases", "Lietas"),
    "all_cases": ("all cases", "visas lietas"),
    "received": ("received {range}", "saņemtas {range}"),
    "rights": ("rights: {list}", "tiesības: {list}"),
    "channels": ("channels: {list}", "kanāli: {list}"),
    "assignee": ("assigned to {name}", "atbildīgais: {name}"),
    "open": ("Open cases", "Atvērtās lietas"),
    "due_soon": ("Due in 7 days or less", "Termiņš ≤ 7 dienās"),
    "overdue": ("Overdue", "Nokavētas"),
    "extended": ("Extended (open)", "Pagarinātas (atvērtas)"),
    "paused": ("Clock paused", "Termiņš apturēts"),
    "closed_this_month": ("Closed this month", "Slēgtas šomēnes"),
    "median": ("Median days to answer", "Atbildes dienu mediāna"),
    "p90": ("90th percentile, days", "90. procentile, dienas"),
    "on_time": ("Answered on time", "Atbildēts laikā"),
    "answered": ("Answered", "Atbildētas"),
    "figure": ("Figure", "Rādītājs"),
    "value": ("Value", "Vērtība"),
    "by_stage": ("Cases by stage", "Lietas pa posmiem"),
    "by_right": ("Cases by right invoked", "Lietas pa tiesībām"),
    "by_channel": ("Cases by channel", "Lietas pa saņemšanas kanāliem"),
    "intake": ("Requests received per month", "Saņemtie pieprasījumi pa mēnešiem"),
    "deadlines": ("Open cases by days left", "Atvērtās lietas pēc atlikušajām dienām"),
    "deadlines_cut": ("The {shown} most urgent of {total} open cases.",
                      "{shown} steidzamākās no {total} atvērtajām lietām."),
    "stage": ("Stage", "Posms"),
    "right": ("Right", "Tiesības"),
    "channel": ("Channel", "Kanāls"),
    "cases": ("Cases", "Lietas"),
    "month": ("Month", "Mēnesis"),
    "number": ("Case", "Lieta"),
    "due": ("Due date", "Termiņš"),
    "days_left": ("Days left", "Atlikušas dienas"),
    "state": ("State", "Stāvoklis"),
    "assignee_col": ("Assignee", "Atbildīgais"),
    "yes": ("Yes", "Jā"),
    "no": ("No", "Nē"),
    "definitions": ("Definitions", "Definīcijas"),
    "summary": ("Summary", "Kopsavilkums"),
    "received_total": ("Requests received", "Saņemti pieprasījumi"),
    "outcomes": ("Outcome of the year's requests", "Gada pieprasījumu iznākums"),
    "outcome": ("Outcome", "Iznākums"),
    "responded": ("Response sent", "Atbilde nosūtīta"),
    "rejected": ("Refused as a whole", "Atteikts pilnībā"),
    "withdrawn": ("Withdrawn", "Atsaukts"),
    "still_open": ("Still open", "Vēl atvērts"),
    "decisions": ("Decisions per data category", "Lēmumi pa datu kategorijām"),
    "refusals": ("Refusals by article", "Atteikumi pa pantiem"),
    "article": ("Article", "Pants"),
    "reason": ("Ground", "Pamatojums"),
    "per_category": ("refusal for a data category", "atteikums datu kategorijai"),
    "no_refusals": ("No refusals.", "Atteikumu nav."),
    "extensions_used": ("Deadlines extended (GDPR 12(3))", "Pagarināti termiņi (VDAR 12(3))"),
    "pauses_used": ("Clock paused for identity (GDPR 12(6))",
                    "Termiņš apturēts identitātes dēļ (VDAR 12(6))"),
    "answered_late": ("Answered late", "Atbildēts novēloti"),
    "open_overdue": ("Open and overdue now", "Atvērtas un nokavētas šobrīd"),
    "none": ("—", "—"),
    "def_answered": (
        "Answered: a response was delivered, or the request was refused as a whole (the refusal "
        "notice date is the day the case was closed). Withdrawn requests, including duplicates "
        "merged into another case, are not counted as answered.",
        "Atbildēts: atbilde nosūtīta vai pieprasījums pilnībā atteikts (atteikuma datums ir "
        "lietas slēgšanas diena). Atsauktie pieprasījumi, arī citā lietā apvienotie dublikāti, "
        "netiek skaitīti kā atbildēti."),
    "def_days": (
        "Days to answer: calendar days from the day of receipt (Riga time) to the answer. "
        "Median: the middle value; 90th percentile: at least 90% were answered within this "
        "many days.",
        "Dienas līdz atbildei: kalendāra dienas no saņemšanas dienas (Rīgas laikā) līdz "
        "atbildei. Mediāna: vidējā vērtība; 90. procentile: vismaz 90% atbildēti šajā dienu "
        "skaitā."),
    "def_on_time": (
        "On time: a response by the due date in force (extended where validly extended, "
        "paused days added); a refusal within the first month (GDPR 12(3)-(4)).",
        "Laikā: atbilde līdz spēkā esošajam termiņam (pagarinātajam, ja pagarinājums ir "
        "pamatots, pieskaitot apturētās dienas); atteikums pirmā mēneša laikā (VDAR 12(3)-(4))."),
    "def_period": (
        "Cases are counted by the day they were received. Open-case figures show the state on "
        "the day the report was made.",
        "Lietas tiek skaitītas pēc saņemšanas dienas. Atvērto lietu rādītāji atspoguļo stāvokli "
        "pārskata sagatavošanas dienā."),
    "def_year": (
        "The report covers the requests received from 1 January to 31 December {year} (Riga "
        "time), whatever their stage on the day the report was made.",
        "Pārskatā iekļauti pieprasījumi, kas saņemti no {year}. gada 1. janvāra līdz 31. "
        "decembrim (Rīgas laikā), neatkarīgi no to posma pārskata sagatavošanas dienā."),
}

_STATES = {
    DeadlineState.ON_TRACK: ("On track", "Laikā"),
    DeadlineState.DUE_SOON: ("Due within 7 days", "Termiņš 7 dienās"),
    DeadlineState.OVERDUE: ("Overdue", "Nokavēts"),
    DeadlineState.PAUSED: ("Clock paused", "Termiņš apturēts"),
}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "lv": ("janv.", "febr.", "marts", "apr.", "maijs", "jūn.", "jūl.", "aug.", "sept.", "okt.",
           "nov.", "dec."),
}


def word(key: str, language: Language, **values: object) -> str:
    text = WORDS[key][0 if language == "en" else 1]
    return text.format(**values) if values else text


def stage_name(stage: Stage, language: Language) -> str:
    return stage.label if language == "en" else stage.label_lv


def right_name(right: Right, language: Language) -> str:
    return right.label if language == "en" else right.label_lv


def channel_name(channel: Channel, language: Language) -> str:
    return channel.label if language == "en" else channel.label_lv


def state_name(state: DeadlineState, language: Language) -> str:
    return _STATES[state][0 if language == "en" else 1]


def outcome_name(outcome: str, language: Language) -> str:
    return Outcome(outcome).label if language == "en" else Outcome(outcome).label_lv


def reason_name(reason: RejectionReason, language: Language) -> str:
    return reason.label if language == "en" else reason.label_lv


def month_name(month: date, language: Language) -> str:
    return f"{_MONTHS[language][month.month - 1]} {month.year}"


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def percent(rate: float | None, language: Language) -> str:
    if rate is None:
        return word("none", language)
    text = f"{rate * 100:.1f}"
    return f"{text.replace('.', ',')} %" if language == "lv" else f"{text}%"


def days(value: float | int | None, language: Language) -> str:
    if value is None:
        return word("none", language)
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if language == "lv" else text
