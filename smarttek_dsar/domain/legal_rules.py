"""First-draft decisions per right and data category, for the reviewer to confirm.

A suggestion is never the decision: the reviewer sees the outcome, the article it rests on and
the guidance in both languages, and records what was actually decided. The guidance (reason_en,
reason_lv) is for the reviewer only; what the subject reads comes from the phrasebook entry
`phrase_key`. With the case's evidence (domain.case_evidence) a suggestion follows what was
found: an offer that became a contract follows the contract, data past its retention is erased
anyway, and a time-bound refusal carries the date until which the data is kept. A suggestion
that still `needs` facts (an inaccuracy, an 18(1) ground, a date) is not a lawful decision until
the reviewer records them. Plain Python, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from smarttek_dsar.domain.case_evidence import CASE_FILE_ID, CaseEvidence
from smarttek_dsar.domain.decision_rules import (
    CONTRACT_IN_FORCE,
    keeps_marketing_suppression,
)
from smarttek_dsar.domain.register import DataCategory, Language, RetentionKind
from smarttek_dsar.domain.rights import LegalBasis, Outcome, Right

# Facts a reviewer must record before a suggestion is a lawful decision.
NEEDS_INACCURACY = "inaccuracy"  # Art. 16: what is wrong and the corrected value
NEEDS_GROUND = "ground"  # Art. 18(1)(a)-(d)
NEEDS_KEEP_UNTIL = "keep_until"  # a time-bound 17(3) refusal


@dataclass(frozen=True)
class Suggestion:
    outcome: Outcome
    article: str
    reason_en: str  # reviewer guidance, never shown to the subject
    reason_lv: str
    phrase_key: str | None = None  # the phrasebook entry addressed to the subject
    ground: str | None = None  # 17(1)(x), 17(3)(x), 18(1)(x), 6(1)(b)
    keep_until: date | None = None
    needs: tuple[str, ...] = ()

    def reason(self, language: Language) -> str:
        return self.reason_lv if language == "lv" else self.reason_en

    @property
    def lawful_as_is(self) -> bool:
        """True when the suggestion can be recorded without further facts."""
        return not self.needs


def suggest_decision(right: Right, category: DataCategory,
                     evidence: CaseEvidence | None = None) -> Suggestion:
    """The suggested outcome of `right` for `category`, with the article and the guidance."""
    return _RULES[right](category, evidence)


def suggest_matrix(
    rights: Iterable[Right], categories: Iterable[DataCategory],
    evidence: CaseEvidence | None = None,
) -> dict[tuple[Right, str], Suggestion]:
    """Suggestions for every right x category pair, keyed by (right, category id)."""
    chosen = tuple(categories)
    return {
        (right, category.id): suggest_decision(right, category, evidence)
        for right in rights
        for category in chosen
    }


def _access(category: DataCategory, _evidence: CaseEvidence | None) -> Suggestion:
    if category.may_contain_others_data:
        # GDPR 15(4): other people's rights limit the copy, they are no reason to refuse it all.
        return Suggestion(
            Outcome.PARTIAL,
            "Art. 15(4)",
            "Disclose a copy, redacting other people's data (faces, voices, names); "
            "Art. 15(4) limits the copy but is no reason to withhold it entirely.",
            "Izsniegt kopiju, aizklājot citu personu datus (sejas, balsis, vārdus); VDAR 15. panta "
            "4. punkts ierobežo kopiju, bet nav pamats to neizsniegt vispār.",
            phrase_key="15(4)",
        )
    return Suggestion(
        Outcome.GRANT,
        "Art. 15(1), 15(3)",
        "Confirm the processing, give a copy (the first copy is free, Art. 15(3)) and the "
        "Art. 15(1)(a)-(h) information.",
        "Apstiprināt apstrādi, izsniegt kopiju (pirmā kopija bez maksas, VDAR 15. panta 3. punkts) "
        "un VDAR 15. panta 1. punkta a)-h) apakšpunktā minēto informāciju.",
        phrase_key="15(1)",
    )


def _rectification(category: DataCategory, _evidence: CaseEvidence | None) -> Suggestion:
    if category.verbatim_record:
        # GDPR 16: a recording reproduces what was said or seen; it can be supplemented, not fixed.
        return Suggestion(
            Outcome.NOT_APPLICABLE,
            "Art. 16",
            "A recording shows what was said or seen and is not corrected. Add the subject's "
            "supplementary statement to it (Art. 16) and correct wrong data linked to it "
            "(e.g. the customer it is filed under).",
            "Ieraksts atspoguļo to, kas tika teikts vai redzēts, un netiek labots. Pievienot tam "
            "datu subjekta papildu paziņojumu (VDAR 16. pants) un labot ar to saistītos "
            "neprecīzos datus (piemēram, klientu, pie kura tas reģistrēts).",
            phrase_key="16_recording",
        )
    # GDPR 16: nothing is corrected until the reviewer has found what is wrong and what is right.
    return Suggestion(
        Outcome.NOT_APPLICABLE,
        "Art. 16",
        "Grant only after recording what is inaccurate or incomplete in this category and the "
        "corrected value (Art. 16); then notify the recipients (Art. 19). Without an identified "
        "inaccuracy the decision stays 'not applicable'.",
        "Apmierināt tikai pēc tam, kad reģistrēts, kas šajā kategorijā ir neprecīzs vai "
        "nepilnīgs, un labotā vērtība (VDAR 16. pants); pēc tam paziņot saņēmējiem (VDAR "
        "19. pants). Ja neprecizitāte nav konstatēta, lēmums paliek \"nav piemērojams\".",
        phrase_key="16_no_inaccuracy",
        needs=(NEEDS_INACCURACY,),
    )


def _erasure(category: DataCategory, evidence: CaseEvidence | None) -> Suggestion:
    if category.id == CASE_FILE_ID:
        # GDPR 5(2), 17(3)(e): the file shows how the request was handled, should it be disputed.
        return _refuse("17(3)(e)", evidence.case_file_keep_until if evidence else None,
                       "Refuse: the file of this request is kept to show how it was handled and "
                       "to defend that in a complaint or a court (Art. 17(3)(e)), until the "
                       "case retention ends.",
                       "Atteikt: šī pieprasījuma lietu glabā, lai pierādītu, kā tas izskatīts, "
                       "un to aizstāvētu sūdzības vai tiesvedības gadījumā (VDAR 17. panta "
                       "3. punkta e) apakšpunkts), līdz beidzas lietas glabāšanas termiņš.")
    kind = category.retention.kind
    contract_retention = kind is RetentionKind.CONTRACT_PLUS_10Y or (
        kind is RetentionKind.OFFER_36_MONTHS and evidence is not None
        and evidence.offer_became_contract(category.id))
    if evidence is not None and evidence.past_retention(category):
        # The policy's own term has run out: the data should be gone already, request or not.
        return _grant("17(1)(a)", "Erase: the retention period of this data has passed "
                      f"(it ended on {evidence.retention_end(category):%d.%m.%Y}), so it is no "
                      "longer necessary (Art. 17(1)(a)).",
                      "Dzēst: šo datu glabāšanas termiņš ir beidzies "
                      f"({evidence.retention_end(category):%d.%m.%Y}), tāpēc tie vairs nav "
                      "vajadzīgi (VDAR 17. panta 1. punkta a) apakšpunkts).")
    if contract_retention and evidence is not None and evidence.contract_running:
        return _refuse(CONTRACT_IN_FORCE, None,
                       "Refuse: the contract is in force and the data is needed to perform it "
                       "(Art. 6(1)(b)), so no ground of Art. 17(1) applies. After the contract "
                       "ends it is kept for claims (Art. 17(3)(e)).",
                       "Atteikt: līgums ir spēkā, un dati ir vajadzīgi tā izpildei (VDAR 6. panta "
                       "1. punkta b) apakšpunkts), tāpēc neviens VDAR 17. panta 1. punkta "
                       "pamats nav piemērojams. Pēc līguma beigām tos glabā prasījumiem "
                       "(17. panta 3. punkta e) apakšpunkts).")
    if category.legal_obligation_retention:
        # The order matters: a legal duty to keep (17(3)(b)) beats every ground to erase.
        return _refuse("17(3)(b)", evidence.retention_end(category) if evidence else None,
                       "Refuse: the law obliges Smarttek to keep these records (accounting "
                       "records under the Latvian accounting law), Art. 17(3)(b). Restrict use "
                       "to that purpose.",
                       "Atteikt: normatīvie akti uzliek SMARTTEK pienākumu šos ierakstus glabāt "
                       "(grāmatvedības dokumentus saskaņā ar Latvijas grāmatvedības "
                       "normatīvajiem aktiem), VDAR 17. panta 3. punkta b) apakšpunkts. Izmantot "
                       "tos tikai šim nolūkam.")
    if contract_retention:
        return _refuse("17(3)(e)", evidence.claims_keep_until() if evidence else None,
                       "Refuse for 10 years after the contract ended: the data is evidence for "
                       "legal claims (Civil Law limitation), Art. 17(3)(e). An offer that became "
                       "a contract follows the contract.",
                       "Atteikt 10 gadus pēc līguma izbeigšanas: dati ir pierādījumi tiesību "
                       "prasījumiem (Civillikumā noteiktais noilgums), VDAR 17. panta 3. punkta "
                       "e) apakšpunkts. Piedāvājums, pēc kura noslēgts līgums, seko līgumam.")
    if kind is RetentionKind.OFFER_36_MONTHS:
        return _grant("17(1)(a)",
                      "Erase: no contract followed the offer, so the data is no longer needed "
                      "(Art. 17(1)(a)); the policy deletes it after 36 months in any case.",
                      "Dzēst: pēc piedāvājuma līgums netika noslēgts, tāpēc dati vairs nav "
                      "vajadzīgi (VDAR 17. panta 1. punkta a) apakšpunkts); politika tos "
                      "jebkurā gadījumā dzēš pēc 36 mēnešiem.")
    if category.has_basis(LegalBasis.CONSENT):
        if (keeps_marketing_suppression(category) and evidence is not None
                and Right.OBJECTION_MARKETING in evidence.rights):
            # GDPR 21(3): the objection must be remembered, or marketing would start again.
            return Suggestion(
                Outcome.PARTIAL, "Art. 17(1)(b)",
                "Erase the marketing preferences except the note that the subject objected to "
                "direct marketing (Art. 17(1)(b), 21(3)): without it marketing could resume.",
                "Dzēst mārketinga izvēles, izņemot atzīmi, ka datu subjekts iebildis pret tiešo "
                "mārketingu (VDAR 17. panta 1. punkta b) apakšpunkts, 21. panta 3. punkts): bez "
                "tās tirgvedība varētu atsākties.",
                phrase_key="17(1)(b)_suppression", ground="17(1)(b)")
        return _grant("17(1)(b)",
                      "Erase: the processing rests on consent the subject withdraws "
                      "(Art. 17(1)(b)).",
                      "Dzēst: apstrāde balstīta uz piekrišanu, ko datu subjekts atsauc (VDAR "
                      "17. panta 1. punkta b) apakšpunkts).")
    if category.legal_bases == (LegalBasis.LEGITIMATE_INTERESTS,):
        return _grant("17(1)(c)",
                      "Erase: the processing rests on legitimate interests only and the request "
                      "objects to it (Art. 17(1)(c)), unless Smarttek has compelling grounds or "
                      "needs an item for a specific claim (Art. 17(3)(e)); then refuse that item "
                      "and say until when it is kept.",
                      "Dzēst: apstrāde balstīta tikai uz leģitīmajām interesēm, un pieprasījums "
                      "pret to iebilst (VDAR 17. panta 1. punkta c) apakšpunkts), ja vien "
                      "SMARTTEK nav pārliecinošu iemeslu vai konkrēts ieraksts nav vajadzīgs "
                      "prasījumam (17. panta 3. punkta e) apakšpunkts); tad to atteikt un "
                      "norādīt, līdz kuram datumam to glabā.")
    return _grant("17(1)(a)",
                  "Erase: the data is no longer necessary for its purposes (Art. 17(1)(a)).",
                  "Dzēst: dati vairs nav vajadzīgi nolūkiem, kādiem tie vākti (VDAR 17. panta "
                  "1. punkta a) apakšpunkts).")


def _grant(ground: str, english: str, latvian: str) -> Suggestion:
    return Suggestion(Outcome.GRANT, f"Art. {ground}", english, latvian, phrase_key=ground,
                      ground=ground)


def _refuse(ground: str, keep_until: date | None, english: str, latvian: str) -> Suggestion:
    needs = (NEEDS_KEEP_UNTIL,) if keep_until is None and ground != CONTRACT_IN_FORCE else ()
    return Suggestion(Outcome.REFUSE, f"Art. {ground}", english, latvian, phrase_key=ground,
                      ground=ground, keep_until=keep_until, needs=needs)


def _restriction(category: DataCategory, evidence: CaseEvidence | None) -> Suggestion:
    if (evidence is not None and Right.OBJECTION in evidence.rights
            and category.has_basis(LegalBasis.LEGITIMATE_INTERESTS)):
        # GDPR 18(1)(d): while the objection is weighed, the data is only stored.
        return Suggestion(
            Outcome.GRANT, "Art. 18(1)(d)",
            "Restrict (store only) while the objection in this request is assessed "
            "(Art. 18(1)(d)); tell the subject before lifting it (Art. 18(3)).",
            "Ierobežot apstrādi (tikai glabāt), kamēr izvērtē šajā pieprasījumā izteikto "
            "iebildumu (VDAR 18. panta 1. punkta d) apakšpunkts); pirms ierobežojuma atcelšanas "
            "informēt datu subjektu (18. panta 3. punkts).",
            phrase_key="18(1)(d)", ground="18(1)(d)")
    return Suggestion(
        Outcome.NOT_APPLICABLE,
        "Art. 18(1)",
        "Grant only with one of the grounds of Art. 18(1) chosen: (a) accuracy contested, "
        "(b) unlawful processing, (c) data needed for the subject's legal claims, (d) an "
        "objection pending. Tell the subject before lifting it (Art. 18(3)) and notify "
        "recipients (Art. 19).",
        "Apmierināt tikai, izvēloties kādu no VDAR 18. panta 1. punkta pamatiem: a) apstrīdēta "
        "precizitāte, b) nelikumīga apstrāde, c) dati vajadzīgi datu subjekta prasījumiem, "
        "d) izskatāms iebildums. Pirms ierobežojuma atcelšanas informēt datu subjektu "
        "(18. panta 3. punkts) un paziņot saņēmējiem (19. pants).",
        phrase_key="18_no_ground",
        needs=(NEEDS_GROUND,),
    )


def _portability(category: DataCategory, _evidence: CaseEvidence | None) -> Suggestion:
    if category.portable:
        return Suggestion(
            Outcome.GRANT,
            "Art. 20(1)",
            "Port only the fields the subject provided or generated by using the service, in a "
            "structured, commonly used, machine-readable format (Art. 20(1)); fields Smarttek "
            "created (contract numbers, fees, internal ids) are given under access only.",
            "Pārnest tikai tos laukus, kurus datu subjekts sniedzis vai radījis, izmantojot "
            "pakalpojumu, strukturētā, plaši izmantotā, mašīnlasāmā formātā (VDAR 20. panta "
            "1. punkts); SMARTTEK radītos laukus (līgumu numurus, maksas, iekšējos "
            "identifikatorus) izsniedz tikai piekļuves ietvaros.",
            phrase_key="20(1)",
        )
    english, latvian = _why_not_portable(category)
    return Suggestion(
        Outcome.NOT_APPLICABLE,
        "Art. 20(1)",
        f"Portability does not reach this data: {english} (Art. 20(1)). Give it under access.",
        f"Tiesības uz datu pārnesamību uz šiem datiem neattiecas: {latvian} (VDAR 20. panta "
        "1. punkts). Izsniegt tos, īstenojot piekļuves tiesības.",
        phrase_key="20_not_portable",
    )


def _why_not_portable(category: DataCategory) -> tuple[str, str]:
    reasons: list[tuple[str, str]] = []
    if not category.provided_by_subject:
        reasons.append(("it was not provided by the subject", "tos nav sniedzis datu subjekts"))
    if not category.automated:
        reasons.append(("it is not processed by automated means", "tos neapstrādā automatizēti"))
    if not (category.has_basis(LegalBasis.CONSENT) or category.has_basis(LegalBasis.CONTRACT)):
        reasons.append(
            (
                "it is processed neither on consent nor on contract",
                "tos neapstrādā uz piekrišanas vai līguma pamata",
            )
        )
    return "; ".join(en for en, _ in reasons), "; ".join(lv for _, lv in reasons)


def _objection(category: DataCategory, _evidence: CaseEvidence | None) -> Suggestion:
    if not category.has_basis(LegalBasis.LEGITIMATE_INTERESTS):
        return Suggestion(
            Outcome.NOT_APPLICABLE,
            "Art. 21(1)",
            "Art. 21(1) reaches only processing based on legitimate interests (Art. 6(1)(f)); "
            "this data is processed on another basis.",
            "VDAR 21. panta 1. punkts attiecas tikai uz apstrādi, kas balstīta uz leģitīmajām "
            "interesēm (6. panta 1. punkta f) apakšpunkts); šos datus apstrādā uz cita pamata.",
            phrase_key="21(1)_not_li",
        )
    if len(category.legal_bases) > 1:
        # Only the part of the processing resting on 6(1)(f) stops; contract and legal duties go on.
        return Suggestion(
            Outcome.PARTIAL,
            "Art. 21(1)",
            "Stop the uses based on legitimate interests (e.g. analytics, segmentation, surveys) "
            "unless Smarttek shows compelling legitimate grounds that override the subject's "
            "interests or needs the data for legal claims (Art. 21(1)); processing on the other "
            "legal bases continues. Document the balancing.",
            "Pārtraukt uz leģitīmajām interesēm balstīto izmantošanu (piemēram, analītiku, "
            "segmentēšanu, aptaujas), ja vien SMARTTEK nepierāda pārliecinošus leģitīmus "
            "iemeslus, kas ir svarīgāki par datu subjekta interesēm, vai datus nevajag tiesību "
            "prasījumiem (VDAR 21. panta 1. punkts); apstrāde uz citiem pamatiem turpinās. "
            "Dokumentēt izvērtējumu.",
            phrase_key="21(1)_partial",
        )
    return Suggestion(
        Outcome.GRANT,
        "Art. 21(1)",
        "Stop the processing unless Smarttek shows compelling legitimate grounds that override "
        "the subject's interests, or needs the data for legal claims (Art. 21(1)). Document "
        "the balancing; restrict while it is assessed (Art. 18(1)(d)).",
        "Pārtraukt apstrādi, ja vien SMARTTEK nepierāda pārliecinošus leģitīmus iemeslus, kas ir "
        "svarīgāki par datu subjekta interesēm, vai datus nevajag tiesību prasījumiem (VDAR "
        "21. panta 1. punkts). Dokumentēt izvērtējumu; izvērtēšanas laikā ierobežot apstrādi "
        "(18. panta 1. punkta d) apakšpunkts).",
        phrase_key="21(1)",
    )


def _objection_marketing(category: DataCategory, _evidence: CaseEvidence | None
                         ) -> Suggestion:
    if category.direct_marketing:
        # GDPR 21(3): no balancing, no exceptions; stop at once.
        return Suggestion(
            Outcome.GRANT,
            "Art. 21(3)",
            "Stop using this data for direct marketing at once: the objection is absolute "
            "(Art. 21(2)-(3)). Record the objection so that marketing is not resumed.",
            "Nekavējoties pārtraukt šo datu izmantošanu tiešajai tirgvedībai: iebildums ir "
            "beznosacījuma (VDAR 21. panta 2. un 3. punkts). Reģistrēt iebildumu, lai "
            "tirgvedība netiktu atsākta.",
            phrase_key="21(3)",
        )
    return Suggestion(
        Outcome.NOT_APPLICABLE,
        "Art. 21(2)",
        "This data is not used for direct marketing (Art. 21(2)).",
        "Šie dati netiek izmantoti tiešajai tirgvedībai (VDAR 21. panta 2. punkts).",
        phrase_key="21(3)_not_marketing",
    )


def _consent_withdrawal(category: DataCategory, _evidence: CaseEvidence | None
                        ) -> Suggestion:
    if not category.has_basis(LegalBasis.CONSENT):
        return Suggestion(
            Outcome.NOT_APPLICABLE,
            "Art. 7(3)",
            "This data is not processed on consent, so there is no consent to withdraw "
            "(Art. 7(3)).",
            "Šie dati netiek apstrādāti uz piekrišanas pamata, tāpēc nav piekrišanas, ko atsaukt "
            "(VDAR 7. panta 3. punkts).",
            phrase_key="7(3)_no_consent",
        )
    return Suggestion(
        Outcome.GRANT,
        "Art. 7(3)",
        "Stop the consent-based processing from now on; the withdrawal is not retroactive "
        "(Art. 7(3)). Processing on another basis, if any, continues.",
        "Pārtraukt uz piekrišanu balstīto apstrādi no šī brīža; atsaukumam nav atpakaļejoša "
        "spēka (VDAR 7. panta 3. punkts). Apstrāde uz cita pamata, ja tāds ir, turpinās.",
        phrase_key="7(3)",
    )


def _complaint(category: DataCategory, _evidence: CaseEvidence | None) -> Suggestion:
    return Suggestion(
        Outcome.NOT_APPLICABLE,
        "Art. 77",
        "A complaint concerns the handling of the case, not a data category: answer it, and "
        "name the right to complain to the Data State Inspectorate (Art. 77) and to go to "
        "court (Art. 79).",
        "Sūdzība attiecas uz lietas izskatīšanu, nevis uz datu kategoriju: atbildēt uz to un "
        "norādīt tiesības iesniegt sūdzību Datu valsts inspekcijā (VDAR 77. pants) un vērsties "
        "tiesā (VDAR 79. pants).",
        phrase_key="77",
    )


_RULES: dict[Right, Callable[[DataCategory, CaseEvidence | None], Suggestion]] = {
    Right.ACCESS: _access,
    Right.RECTIFICATION: _rectification,
    Right.ERASURE: _erasure,
    Right.RESTRICTION: _restriction,
    Right.PORTABILITY: _portability,
    Right.OBJECTION: _objection,
    Right.OBJECTION_MARKETING: _objection_marketing,
    Right.CONSENT_WITHDRAWAL: _consent_withdrawal,
    Right.COMPLAINT: _complaint,
}
