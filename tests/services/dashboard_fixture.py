"""Ten requests worked through the services with chosen dates, for counting by hand.

T is today in Riga. Each case, what happens to it, and what the dashboard must show:

  A  2 days ago, access, e-mail               open (intake), on track
  B  28 days ago, erasure, portal             open (intake), due in 0-7 days
  C  60 days ago, access, letter              open (intake), overdue; assigned to anna
  D  60 days ago, portability, e-mail         open, validly extended (due ~T+30); anna
  E  5 days ago, rectification, phone         open (identity), clock paused since T-4
  F  P-4, access+erasure, e-mail              paused P-2..P+3 (across the month boundary P,
                                              the first day of last month), verified, reviewed
                                              (erasure refused, Art. 17(3)(b)), delivered on
                                              day 20 -> responded, on time
  G  50 days ago, erasure, letter             rejected today: answered in 50 days, late
                                              (a refusal is due within the first month)
  H  45 days ago, access, portal              withdrawn today (not an answer)
  I  70 days ago, access, e-mail              delivered on day 40 (late), closed today
  J  30 days ago, objection to marketing,     delivered on day 3, responded (not closed)
     e-mail
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.rights import Channel, Outcome, Right
from smarttek_dsar.domain.workflow import RejectionReason
from smarttek_dsar.services.response.delivery import DeliveredFile
from smarttek_dsar.services.review.decisions import DecisionInput
from tests.fixed_clock import TODAY
from tests.services.case_factory import new_request


@dataclass
class Built:
    today: date
    numbers: dict[str, str] = field(default_factory=dict)  # letter -> case number
    received: dict[str, date] = field(default_factory=dict)
    personal: list[str] = field(default_factory=list)  # every name, e-mail and code used


def build_cases(services, specialist, *, assignee: str = "anna") -> Built:
    today = TODAY
    this_month = today.replace(day=1)
    p = (this_month - timedelta(days=1)).replace(day=1)  # first day of last month
    plan = {
        "A": (today - timedelta(days=2), [Right.ACCESS], Channel.EMAIL),
        "B": (today - timedelta(days=28), [Right.ERASURE], Channel.PORTAL),
        "C": (today - timedelta(days=60), [Right.ACCESS], Channel.LETTER),
        "D": (today - timedelta(days=60), [Right.PORTABILITY], Channel.EMAIL),
        "E": (today - timedelta(days=5), [Right.RECTIFICATION], Channel.PHONE),
        "F": (p - timedelta(days=4), [Right.ACCESS, Right.ERASURE], Channel.EMAIL),
        "G": (today - timedelta(days=50), [Right.ERASURE], Channel.LETTER),
        "H": (today - timedelta(days=45), [Right.ACCESS], Channel.PORTAL),
        "I": (today - timedelta(days=70), [Right.ACCESS], Channel.EMAIL),
        "J": (today - timedelta(days=30), [Right.OBJECTION_MARKETING], Channel.EMAIL),
    }
    built = Built(today)
    for index, (letter, (day, rights, channel)) in enumerate(plan.items()):
        name = f"Persona{letter} Ābele{letter}"
        email = f"persona.{letter.lower()}@example.lv"
        code = f"3{index + 2}0000-0000{index}" if index < 8 else None
        request = new_request(name=name, email=email, code=code, rights=rights, channel=channel,
                              received=datetime.combine(day, time(10, 0), RIGA))
        summary = services.cases.create(specialist, request)
        built.numbers[letter] = summary.number
        built.received[letter] = day
        built.personal += [name, email, name.split()[1]] + ([code] if code else [])
    n = built.numbers
    services.cases.assign(specialist, n["C"], assignee)
    services.cases.assign(specialist, n["D"], assignee)
    services.response.extend(specialist, n["D"], reason="Data in several systems",
                             notified_on=built.received["D"] + timedelta(days=10))
    services.identity.request_information(specialist, n["E"], reason="eParaksts signature",
                                          start=built.received["E"] + timedelta(days=1))
    services.identity.request_information(specialist, n["F"], reason="eParaksts signature",
                                          start=p - timedelta(days=2))
    services.identity.information_received(specialist, n["F"], on=p + timedelta(days=3))
    _answer(services, specialist, n["F"], [Right.ACCESS, Right.ERASURE],
            built.received["F"] + timedelta(days=20), refuse_erasure=True)
    services.response.reject(specialist, n["G"], reason=RejectionReason.EXCESSIVE,
                             note="Third identical request this month")
    services.response.withdraw(specialist, n["H"], note="Subject withdrew by phone")
    _answer(services, specialist, n["I"], [Right.ACCESS],
            built.received["I"] + timedelta(days=40))
    services.closing.close(specialist, n["I"])
    _answer(services, specialist, n["J"], [Right.OBJECTION_MARKETING],
            built.received["J"] + timedelta(days=3))
    return built


def _answer(services, specialist, number, rights, sent_on, *, refuse_erasure=False) -> None:
    services.identity.verify_identity(specialist, number,
                                      method=VerificationMethod.EMAIL_ON_FILE, verified=True)
    services.closing.advance(specialist, number)  # identity -> review
    decisions = []
    for right in rights:
        refused = refuse_erasure and right is Right.ERASURE
        # The facts each outcome rests on (decision rules): a ground, a date, the correction.
        facts = {Right.ERASURE: {"ground": "17(3)(b)" if refused else "17(1)(a)",
                                 "keep_until": TODAY + timedelta(days=3650)},
                 Right.RECTIFICATION: {"inaccuracy": "Old postal address",
                                       "corrected_value": "Brīvības iela 1, Rīga"}}
        decisions.append(DecisionInput(
            "contracts_and_offers", right, Outcome.REFUSE if refused else Outcome.GRANT,
            "=1+1 Art. 17(3)(b)" if refused else right.article,
            reason="Contract evidence kept for 10 years" if refused else "",
            **facts.get(right, {})))
    services.decisions.record_decisions(specialist, number, decisions)
    services.closing.advance(specialist, number)  # review -> fulfilment
    services.delivery.record_delivery(
        specialist, number, sent_on=sent_on, channel=Channel.EMAIL, format="PDF",
        files=[DeliveredFile("copy.pdf", "0" * 64, 10)])
    services.closing.advance(specialist, number)  # fulfilment -> response sent
