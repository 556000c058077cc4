"""First-draft decisions per right and data category, for the reviewer to confirm.

A suggestion is never the decision: the reviewer sees the outcome, the article it rests on and
the reason in both languages, and records what was actually decided. Plain Python, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from smarttek_dsar.domain.register import DataCategory, Language, RetentionKind
from smarttek_dsar.domain.rights import LegalBasis, Outcome, Right


@dataclass(frozen=True)
class Suggestion:
    outcome: Outcome
    article: str
    reason_en: str
    reason_lv: str

    def reason(self, language: Language) -> str:
        return self.reason_lv if language == "lv" else self.reason_en


def suggest_decision(right: Right, category: DataCategory) -> Suggestion:
    """The suggested outcome of `right` for `category`, with the article and the reason."""
    return _RULES[right](category)


def suggest_matrix(
    rights: Iterable[Right], categories: Iterable[DataCategory]
) -> dict[tuple[Right, str], Suggestion]:
    """Suggestions for every right x category pair, keyed by (right, category id)."""
    chosen = tuple(categories)
    return {
        (right, category.id): suggest_decision(right, category)
        for right in rights
        for category in chosen
    }


def _access(category: DataCategory) -> Suggestion:
    if category.may_contain_others_data:
        # GDPR 15(4): other people's rights limit the copy, they are no reason to refuse it all.
        return Suggestion(
            Outcome.PARTIAL,
            "Art. 15(4)",
            "Disclose a copy, redacting other people's data (faces, voices, names); "
            "Art. 15(4) limits the copy but is no reason to withhold it entirely.",
            "Izsniegt kopiju, aizklājot citu personu datus (sejas, balsis, vārdus); VDAR 15. panta "
            "4. punkts ierobežo kopiju, bet nav pamats to neizsniegt vispār.",
        )
    return Suggestion(
        Outcome.GRANT,
        "Art. 15(1), 15(3)",
        "Confirm the processing, give a copy (the first copy is free, Art. 15(3)) and the "
        "Art. 15(1)(a)-(h) information.",
        "Apstiprināt apstrādi, izsniegt kopiju (pirmā kopija bez maksas, VDAR 15. panta 3. punkts) "
        "un VDAR 15. panta 1. punkta a)-h) apakšpunktā minēto informāciju.",
    )


def _rectification(category: DataCategory) -> Suggestion:
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
        )
    return Suggestion(
        Outcome.GRANT,
        "Art. 16",
        "Correct inaccurate data and complete incomplete data (Art. 16), then notify the "
        "recipients (Art. 19).",
        "Labot neprecīzos datus un papildināt nepilnīgos (VDAR 16. pants), pēc tam paziņot "
        "saņēmējiem (VDAR 19. pants).",
    )


def _erasure(category: DataCategory) -> Suggestion:
    # The order matters: a legal duty to keep (17(3)(b)) beats every ground to erase.
    if category.legal_obligation_retention:
        return Suggestion(
            Outcome.REFUSE,
            "Art. 17(3)(b)",
            "Refuse: the law obliges Smarttek to keep these records (accounting records under the "
            "Latvian accounting law), Art. 17(3)(b). Restrict use to that purpose.",
            "Atteikt: normatīvie akti uzliek SMARTTEK pienākumu šos ierakstus glabāt "
            "(grāmatvedības dokumentus saskaņā ar Latvijas grāmatvedības normatīvajiem aktiem), "
            "VDAR 17. panta 3. punkta b) apakšpunkts. Izmantot tos tikai šim nolūkam.",
        )
    kind = category.retention.kind
    if kind is RetentionKind.CONTRACT_PLUS_10Y:
        return Suggestion(
            Outcome.REFUSE,
            "Art. 17(3)(e)",
            "Refuse while the contract runs and for 10 years after it ends: the data is evidence "
            "for legal claims (Civil Law limitation), Art. 17(3)(e). Erase if that period has "
            "passed, or if no contract followed and the offer is older than 36 months.",
            "Atteikt līguma darbības laikā un 10 gadus pēc tā izbeigšanas: dati ir pierādījumi "
            "tiesību prasījumiem (Civillikumā noteiktais noilgums), VDAR 17. panta 3. punkta e) "
            "apakšpunkts. Dzēst, ja šis termiņš ir pagājis vai ja līgums netika noslēgts un "
            "piedāvājums ir vecāks par 36 mēnešiem.",
        )
    if kind is RetentionKind.OFFER_36_MONTHS:
        return Suggestion(
            Outcome.GRANT,
            "Art. 17(1)(a)",
            "Erase: no contract followed the offer, so the data is no longer needed "
            "(Art. 17(1)(a)); the policy deletes it after 36 months in any case. If a contract "
            "was concluded, treat it as contract data.",
            "Dzēst: pēc piedāvājuma līgums netika noslēgts, tāpēc dati vairs nav vajadzīgi "
            "(VDAR 17. panta 1. punkta a) apakšpunkts); politika tos jebkurā gadījumā dzēš pēc "
            "36 mēnešiem. Ja līgums tika noslēgts, tos vērtē kā līguma datus.",
        )
    if kind is RetentionKind.UNTIL_CONSENT_WITHDRAWN:
        return Suggestion(
            Outcome.GRANT,
            "Art. 17(1)(b)",
            "Erase: the processing rests on consent the subject withdraws (Art. 17(1)(b)). Keep "
            "only a note of the objection so that marketing is not resumed (Art. 21(3)).",
            "Dzēst: apstrāde balstīta uz piekrišanu, ko datu subjekts atsauc (VDAR 17. panta "
            "1. punkta b) apakšpunkts). Saglabāt tikai atzīmi par iebildumu, lai tirgvedība "
            "netiktu atsākta (VDAR 21. panta 3. punkts).",
        )
    return Suggestion(
        Outcome.GRANT,
        "Art. 17(1)",
        "Erase: no law requires Smarttek to keep this data (Art. 17(1)). Keep only an item "
        "needed as evidence in a specific claim (Art. 17(3)(e)), and tell the subject which.",
        "Dzēst: neviens normatīvais akts neprasa SMARTTEK šos datus glabāt (VDAR 17. panta "
        "1. punkts). Saglabāt tikai to, kas vajadzīgs kā pierādījums konkrētā prasījumā "
        "(VDAR 17. panta 3. punkta e) apakšpunkts), un par to informēt datu subjektu.",
    )


def _restriction(category: DataCategory) -> Suggestion:
    return Suggestion(
        Outcome.GRANT,
        "Art. 18(1)",
        "Restrict (store only) where Art. 18(1)(a)-(d) applies: accuracy contested, unlawful "
        "processing, data needed for the subject's legal claims, or an objection pending. "
        "Tell the subject before lifting it (Art. 18(3)) and notify recipients (Art. 19).",
        "Ierobežot apstrādi (tikai glabāt), ja piemērojams VDAR 18. panta 1. punkta a)-d) "
        "apakšpunkts: apstrīdēta precizitāte, nelikumīga apstrāde, dati vajadzīgi datu subjekta "
        "prasījumiem vai izskatāms iebildums. Pirms ierobežojuma atcelšanas informēt datu "
        "subjektu (18. panta 3. punkts) un paziņot saņēmējiem (19. pants).",
    )


def _portability(category: DataCategory) -> Suggestion:
    if category.portable:
        return Suggestion(
            Outcome.GRANT,
            "Art. 20(1)",
            "Give the data the subject provided in a structured, commonly used, machine-readable "
            "format (XLSX with a column dictionary, JSON or CSV; a PDF alone is not enough), "
            "Art. 20(1).",
            "Izsniegt datu subjekta sniegtos datus strukturētā, plaši izmantotā, mašīnlasāmā "
            "formātā (XLSX ar kolonnu aprakstu, JSON vai CSV; ar PDF vien nepietiek), VDAR "
            "20. panta 1. punkts.",
        )
    english, latvian = _why_not_portable(category)
    return Suggestion(
        Outcome.NOT_APPLICABLE,
        "Art. 20(1)",
        f"Portability does not reach this data: {english} (Art. 20(1)). Give it under access.",
        f"Tiesības uz datu pārnesamību uz šiem datiem neattiecas: {latvian} (VDAR 20. panta "
        "1. punkts). Izsniegt tos, īstenojot piekļuves tiesības.",
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


def _objection(category: DataCategory) -> Suggestion:
    if not category.has_basis(LegalBasis.LEGITIMATE_INTERESTS):
        return Suggestion(
            Outcome.NOT_APPLICABLE,
            "Art. 21(1)",
            "Art. 21(1) reaches only processing based on legitimate interests (Art. 6(1)(f)); "
            "this data is processed on another basis.",
            "VDAR 21. panta 1. punkts attiecas tikai uz apstrādi, kas balstīta uz leģitīmajām "
            "interesēm (6. panta 1. punkta f) apakšpunkts); šos datus apstrādā uz cita pamata.",
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
    )


def _objection_marketing(category: DataCategory) -> Suggestion:
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
        )
    return Suggestion(
        Outcome.NOT_APPLICABLE,
        "Art. 21(2)",
        "This data is not used for direct marketing (Art. 21(2)).",
        "Šie dati netiek izmantoti tiešajai tirgvedībai (VDAR 21. panta 2. punkts).",
    )


def _consent_withdrawal(category: DataCategory) -> Suggestion:
    if not category.has_basis(LegalBasis.CONSENT):
        return Suggestion(
            Outcome.NOT_APPLICABLE,
            "Art. 7(3)",
            "This data is not processed on consent, so there is no consent to withdraw "
            "(Art. 7(3)).",
            "Šie dati netiek apstrādāti uz piekrišanas pamata, tāpēc nav piekrišanas, ko atsaukt "
            "(VDAR 7. panta 3. punkts).",
        )
    return Suggestion(
        Outcome.GRANT,
        "Art. 7(3)",
        "Stop the consent-based processing from now on; the withdrawal is not retroactive "
        "(Art. 7(3)). Processing on another basis, if any, continues.",
        "Pārtraukt uz piekrišanu balstīto apstrādi no šī brīža; atsaukumam nav atpakaļejoša "
        "spēka (VDAR 7. panta 3. punkts). Apstrāde uz cita pamata, ja tāds ir, turpinās.",
    )


def _complaint(category: DataCategory) -> Suggestion:
    return Suggestion(
        Outcome.NOT_APPLICABLE,
        "Art. 77",
        "A complaint concerns the handling of the case, not a data category: answer it, and "
        "name the right to complain to the Data State Inspectorate (Art. 77) and to go to "
        "court (Art. 79).",
        "Sūdzība attiecas uz lietas izskatīšanu, nevis uz datu kategoriju: atbildēt uz to un "
        "norādīt tiesības iesniegt sūdzību Datu valsts inspekcijā (VDAR 77. pants) un vērsties "
        "tiesā (VDAR 79. pants).",
    )


_RULES: dict[Right, Callable[[DataCategory], Suggestion]] = {
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
