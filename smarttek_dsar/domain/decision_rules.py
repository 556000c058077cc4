"""What a recorded decision must rest on, and which decisions cannot stand together.

A decision that leaves the case (in a letter or the package) is a statement to the subject, so
each outcome needs the facts the law asks for (DOMAIN.md §6): rectification an identified
inaccuracy and the corrected value (GDPR 16), restriction one of the grounds of 18(1)(a)-(d),
erasure its ground in 17(1) or its exemption in 17(3) (with the date until which the data is
kept where the exemption ends), a refused 21(1) objection the subject's particular situation and
the compelling grounds that override it. Plain Python, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.register import DataCategory
from smarttek_dsar.domain.rights import LegalBasis, Outcome, Right

ERASURE_GROUNDS = ("17(1)(a)", "17(1)(b)", "17(1)(c)", "17(1)(d)", "17(1)(e)", "17(1)(f)")
ERASURE_EXEMPTIONS = ("17(3)(a)", "17(3)(b)", "17(3)(c)", "17(3)(d)", "17(3)(e)")
# GDPR 17(1)(a) does not apply while the data is still needed to perform a contract in force
# (6(1)(b)): the refusal names that, and the date follows from the contract's end.
CONTRACT_IN_FORCE = "6(1)(b)"
# Exemptions that end: the accounting law's term (17(3)(b)), the limitation of claims (17(3)(e)).
TIME_BOUND_EXEMPTIONS = ("17(3)(b)", "17(3)(e)")
RESTRICTION_GROUNDS = ("18(1)(a)", "18(1)(b)", "18(1)(c)", "18(1)(d)")

GROUND_LABELS: dict[str, tuple[str, str]] = {
    "17(1)(a)": ("no longer necessary for its purposes", "vairs nav vajadzīgi nolūkiem"),
    "17(1)(b)": ("consent withdrawn, no other legal basis", "piekrišana atsaukta, cita pamata nav"),
    "17(1)(c)": ("objection, no overriding legitimate grounds",
                 "iebildums, nav svarīgāku leģitīmu iemeslu"),
    "17(1)(d)": ("unlawfully processed", "apstrādāti nelikumīgi"),
    "17(1)(e)": ("erasure required by law", "dzēšanu prasa normatīvie akti"),
    "17(1)(f)": ("information society services offered to a child",
                 "informācijas sabiedrības pakalpojumi bērnam"),
    "17(3)(a)": ("freedom of expression and information", "vārda un informācijas brīvība"),
    "17(3)(b)": ("legal obligation to keep (accounting law)",
                 "juridisks pienākums glabāt (grāmatvedības normatīvie akti)"),
    "17(3)(c)": ("public interest in public health", "sabiedrības interese veselības jomā"),
    "17(3)(d)": ("archiving, research or statistics", "arhivēšana, pētniecība vai statistika"),
    "17(3)(e)": ("establishment, exercise or defence of legal claims",
                 "likumīgu prasību celšana, īstenošana vai aizstāvēšana"),
    CONTRACT_IN_FORCE: ("needed to perform the contract in force",
                        "vajadzīgi spēkā esošā līguma izpildei"),
    "18(1)(a)": ("accuracy contested, while it is verified",
                 "apstrīdēta precizitāte, kamēr to pārbauda"),
    "18(1)(b)": ("unlawful processing, subject asks to restrict instead of erase",
                 "nelikumīga apstrāde, datu subjekts lūdz ierobežot, nevis dzēst"),
    "18(1)(c)": ("no longer needed by Smarttek, but needed for the subject's legal claims",
                 "SMARTTEK vairs nav vajadzīgi, bet vajadzīgi datu subjekta prasījumiem"),
    "18(1)(d)": ("objection under 21(1) pending verification",
                 "izskatāms iebildums saskaņā ar 21. panta 1. punktu"),
}

_GRANTED = (Outcome.GRANT, Outcome.PARTIAL)


def grounds_for(right: Right, outcome: Outcome) -> tuple[str, ...]:
    """The grounds a reviewer may choose for `outcome` of `right` (empty: none is asked)."""
    if right is Right.ERASURE and outcome in _GRANTED:
        return ERASURE_GROUNDS
    if right is Right.ERASURE and outcome is Outcome.REFUSE:
        return (*ERASURE_EXEMPTIONS, CONTRACT_IN_FORCE)
    if right is Right.RESTRICTION and outcome in _GRANTED:
        return RESTRICTION_GROUNDS
    return ()


def article_of(ground: str) -> str:
    """'17(3)(b)' -> 'Art. 17(3)(b)'."""
    return f"Art. {ground}"


@dataclass(frozen=True)
class DecisionFacts:
    """One decision as the rules see it: outcome plus the facts recorded with it."""

    category_id: str
    right: Right
    outcome: Outcome
    ground: str | None = None
    keep_until: date | None = None
    inaccuracy: str = ""
    corrected_value: str = ""
    particular_situation: str = ""
    compelling_grounds: str = ""


def missing_facts(facts: DecisionFacts) -> list[Message]:
    """What the decision lacks, each as a sentence naming the fact (empty: it may be recorded)."""
    right, outcome, ground = facts.right, facts.outcome, facts.ground
    problems: list[Message] = []
    if right is Right.RECTIFICATION and outcome in _GRANTED:
        # GDPR 16: a correction needs the inaccuracy and the value it is corrected to.
        if not facts.inaccuracy.strip():
            problems.append(message("rectification (Art. 16) needs what is inaccurate or "
                                    "incomplete; without it the decision is 'not applicable'"))
        if not facts.corrected_value.strip():
            problems.append(message("rectification (Art. 16) needs the corrected or completed "
                                    "value"))
    if right is Right.RESTRICTION and outcome in _GRANTED and ground not in RESTRICTION_GROUNDS:
        problems.append(message("restriction needs one of the grounds of Art. 18(1)(a)-(d)"))
    if right is Right.ERASURE and outcome in _GRANTED and ground not in ERASURE_GROUNDS:
        problems.append(message("erasure needs its ground in Art. 17(1)(a)-(f), not a bare "
                                "17(1)"))
    if right is Right.ERASURE and outcome is Outcome.REFUSE:
        if ground not in (*ERASURE_EXEMPTIONS, CONTRACT_IN_FORCE):
            problems.append(message("a refused erasure needs its exemption in Art. 17(3)(a)-(e) "
                                    "(or the contract in force, Art. 6(1)(b))"))
        elif ground in TIME_BOUND_EXEMPTIONS and facts.keep_until is None:
            problems.append(message("a refusal under Art. {ground} needs the date until which "
                                    "the data is kept", ground=ground))
    if right is Right.OBJECTION and outcome is Outcome.REFUSE:
        # GDPR 21(1): the objection stands unless compelling grounds override the subject's
        # particular situation; both must be on record.
        if not facts.particular_situation.strip():
            problems.append(message("refusing an objection (Art. 21(1)) needs the subject's "
                                    "particular situation"))
        if not facts.compelling_grounds.strip():
            problems.append(message("refusing an objection (Art. 21(1)) needs the assessment of "
                                    "the compelling legitimate grounds"))
    return problems


def keeps_marketing_suppression(category: DataCategory) -> bool:
    """Consent-based direct-marketing data holds the note that the subject objected (21(3))."""
    return category.direct_marketing and category.has_basis(LegalBasis.CONSENT)


def conflicts(decisions: Iterable[DecisionFacts], suppression_ids: Iterable[str] = ()
              ) -> list[Message]:
    """Decisions that cannot stand together in one case, each with what to choose."""
    granted: dict[str, dict[Right, DecisionFacts]] = {}
    marketing_stopped = False
    for facts in decisions:
        if facts.outcome in _GRANTED:
            granted.setdefault(facts.category_id, {})[facts.right] = facts
            marketing_stopped |= facts.right is Right.OBJECTION_MARKETING
    problems: list[Message] = []
    for category_id, rights in granted.items():
        if Right.ERASURE in rights and Right.RECTIFICATION in rights:
            problems.append(message("{category}: erasure and rectification are both granted; "
                                    "choose one (data that is erased is not corrected)",
                                    category=category_id))
        if Right.ERASURE in rights and Right.RESTRICTION in rights:
            problems.append(message("{category}: erasure and restriction are both granted; "
                                    "choose one (Art. 18(1)(b): the subject may ask to restrict "
                                    "instead of erasing)", category=category_id))
    if marketing_stopped:
        # GDPR 21(3): the objection must be remembered, or marketing would start again.
        for category_id in suppression_ids:
            erasure = granted.get(category_id, {}).get(Right.ERASURE)
            if erasure is not None and erasure.outcome is Outcome.GRANT:
                problems.append(message(
                    "{category}: erasing it in full would also erase the note that the "
                    "subject objected to direct marketing (Art. 21(3)); grant the erasure in "
                    "part and keep the suppression flag", category=category_id))
    return problems


def phrase_key_for(right: Right, outcome: Outcome, ground: str | None = None, *,
                   verbatim: bool = False, suppression: bool = False) -> str | None:
    """The phrasebook entry that gives the subject the reason for this decision."""
    if right is Right.ACCESS:
        return {Outcome.GRANT: "15(1)", Outcome.PARTIAL: "15(4)"}.get(outcome)
    if right is Right.RECTIFICATION:
        if outcome in _GRANTED:
            return "16"
        if outcome is Outcome.NOT_APPLICABLE:
            return "16_recording" if verbatim else "16_no_inaccuracy"
        return None
    if right is Right.ERASURE:
        if outcome is Outcome.PARTIAL and suppression and ground == "17(1)(b)":
            return "17(1)(b)_suppression"
        return ground if outcome in (*_GRANTED, Outcome.REFUSE) and ground else None
    if right is Right.RESTRICTION:
        if outcome in _GRANTED:
            return ground
        return "18_no_ground"
    if right is Right.PORTABILITY:
        return "20(1)" if outcome in _GRANTED else (
            "20_not_portable" if outcome is Outcome.NOT_APPLICABLE else None)
    if right is Right.OBJECTION:
        return {Outcome.GRANT: "21(1)", Outcome.PARTIAL: "21(1)_partial",
                Outcome.REFUSE: "21(1)_compelling", Outcome.NOT_APPLICABLE: "21(1)_not_li"
                }[outcome]
    if right is Right.OBJECTION_MARKETING:
        return "21(3)" if outcome in _GRANTED else (
            "21(3)_not_marketing" if outcome is Outcome.NOT_APPLICABLE else None)
    if right is Right.CONSENT_WITHDRAWAL:
        return "7(3)" if outcome in _GRANTED else (
            "7(3)_no_consent" if outcome is Outcome.NOT_APPLICABLE else None)
    return "77"
