"""What an access answer must tell besides the copy: GDPR 15(1)(a)-(h) and 15(2).

Plain Python built from the register of processing activities; a cover letter prints the
sections in order, in the language the subject wrote in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from smarttek_dsar.domain.register import DataCategory, Language, Register, Source, Text
from smarttek_dsar.domain.rights import LegalBasis


@dataclass(frozen=True)
class InfoSection:
    """One block of the Art. 15 information, ready for a cover letter to print."""

    article: str
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class AccessInformation:
    language: Language
    purposes: InfoSection  # 15(1)(a), with the legal basis (13(1)(c))
    categories: InfoSection  # 15(1)(b)
    recipients: InfoSection  # 15(1)(c)
    retention: InfoSection  # 15(1)(d)
    rights: InfoSection  # 15(1)(e)
    complaint: InfoSection  # 15(1)(f)
    source: InfoSection  # 15(1)(g)
    automated_decisions: InfoSection  # 15(1)(h)
    transfers: InfoSection  # 15(2)

    @property
    def sections(self) -> tuple[InfoSection, ...]:
        return (
            self.purposes,
            self.categories,
            self.recipients,
            self.retention,
            self.rights,
            self.complaint,
            self.source,
            self.automated_decisions,
            self.transfers,
        )


_HEADINGS = {
    "purposes": Text("Purposes and legal bases", "Apstrādes nolūki un tiesiskais pamats"),
    "categories": Text("Categories of personal data", "Personas datu kategorijas"),
    "recipients": Text("Recipients", "Saņēmēji"),
    "retention": Text("How long the data is kept", "Glabāšanas termiņi"),
    "rights": Text("Your rights", "Jūsu tiesības"),
    "complaint": Text("Right to lodge a complaint", "Tiesības iesniegt sūdzību"),
    "source": Text("Source of the data", "Datu avots"),
    "automated": Text("Automated decision-making", "Automatizēta lēmumu pieņemšana"),
    "transfers": Text("Transfers outside the EU/EEA", "Nodošana ārpus ES/EEZ"),
}

_BASIS_LABELS = {
    LegalBasis.CONSENT: Text("your consent", "Jūsu piekrišana"),
    LegalBasis.CONTRACT: Text(
        "conclusion and performance of a contract", "līguma noslēgšana un izpilde"
    ),
    LegalBasis.LEGAL_OBLIGATION: Text(
        "compliance with a legal obligation", "normatīvo aktu izpilde"
    ),
    LegalBasis.LEGITIMATE_INTERESTS: Text(
        "Smarttek's legitimate interests", "SMARTTEK leģitīmās intereses"
    ),
}

_SOURCE_LABELS = {
    Source.GENERATED: Text("created by Smarttek", "radīti SMARTTEK"),
    Source.THIRD_PARTY: Text(
        "obtained from a third party, not from you", "iegūti no trešās personas, nevis no Jums"
    ),
}

_RIGHTS_LINES = (
    Text(
        "To have inaccurate or incomplete data corrected (Article 16).",
        "Pieprasīt labot neprecīzus vai nepilnīgus datus (16. pants).",
    ),
    Text(
        "To have data erased where the law allows, e.g. when processing rests on consent you "
        "withdraw; not where another legal basis applies (Article 17).",
        "Pieprasīt dzēst datus, ja to pieļauj tiesību akti, piemēram, ja apstrāde balstīta uz "
        "piekrišanu, kuru atsaucat; ne tad, ja piemērojams cits tiesiskais pamats (17. pants).",
    ),
    Text(
        "To have processing restricted (Article 18).",
        "Pieprasīt ierobežot apstrādi (18. pants).",
    ),
    Text(
        "To object to processing based on legitimate interests, and at any time to processing "
        "for direct marketing (Article 21).",
        "Iebilst pret apstrādi, kas balstīta uz leģitīmajām interesēm, un jebkurā laikā pret "
        "apstrādi tiešās tirgvedības nolūkos (21. pants).",
    ),
    Text(
        "To withdraw consent at any time, without affecting earlier processing (Article 7(3)).",
        "Jebkurā laikā atsaukt piekrišanu, neietekmējot iepriekšējās apstrādes likumību "
        "(7. panta 3. punkts).",
    ),
    Text(
        "To receive data you provided, processed on consent or contract, in a machine-readable "
        "format (Article 20).",
        "Saņemt Jūsu sniegtos datus, kas apstrādāti uz piekrišanas vai līguma pamata, mašīnlasāmā "
        "formātā (20. pants).",
    ),
)


_UNCONFIRMED_RETENTION = Text(
    "kept only as long as needed for the purposes above; the exact period is being confirmed "
    "by our data protection officer, and we will tell you the period on request.",
    "tiek glabāti tikai tik ilgi, cik nepieciešams iepriekš minētajiem nolūkiem; precīzu "
    "termiņu pašlaik apstiprina mūsu datu aizsardzības speciālists, un pēc Jūsu pieprasījuma "
    "mēs Jums to paziņosim.",
)
_NO_AUTOMATED_DECISIONS = Text(
    "The data we hold about you shows no decisions about you based solely on automated "
    "processing, including profiling (GDPR Article 22).",
    "Jūsu dati neliecina par lēmumiem attiecībā uz Jums, kas balstīti tikai uz automatizētu "
    "apstrādi, tostarp profilēšanu (VDAR 22. pants).",
)
_AUTOMATED_DECISIONS_FOUND = Text(
    "The data enclosed includes decisions about you taken by automated means: {category}.",
    "Pievienotie dati ietver lēmumus attiecībā uz Jums, kas pieņemti automatizēti: {category}.",
)
_TRUE_VALUES = frozenset({"true", "1", "yes", "y", "jā", "t"})


def shows_automated_decision(
    category: DataCategory, columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> bool:
    """True when a collected row of this category has its automated-decision column set."""
    marker = category.automated_decision
    if marker is None or marker.column not in columns:
        return False
    index = list(columns).index(marker.column)
    return any(_is_true(row[index]) for row in rows if index < len(row))


def _is_true(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    return str(value).strip().lower() in _TRUE_VALUES


def retention_line(category: DataCategory, language: Language) -> str:
    """DOMAIN §6: an unconfirmed default is not a fact, so the subject is not told it."""
    text = category.retention.text if category.retention.confirmed else _UNCONFIRMED_RETENTION
    return f"{category.name.in_language(language)}: {text.in_language(language)}"


def automated_decision_lines(
    automated: Iterable[DataCategory], language: Language
) -> tuple[str, ...]:
    """GDPR 15(1)(h): the categories whose collected data shows an automated decision, with the
    logic and consequences from the register; else that there are none."""
    found = [c for c in automated if c.automated_decision is not None]
    if not found:
        return (_NO_AUTOMATED_DECISIONS.in_language(language),)
    lines = []
    for category in found:
        marker = category.automated_decision
        assert marker is not None
        name = category.name.in_language(language)
        lines.append(_AUTOMATED_DECISIONS_FOUND.in_language(language).format(category=name))
        lines.append(marker.logic.in_language(language))
        lines.append(marker.consequences.in_language(language))
    return tuple(lines)


def access_information(
    register: Register, categories: Iterable[DataCategory], language: Language,
    automated: Iterable[DataCategory] = (),
) -> AccessInformation:
    """The GDPR 15(1)(a)-(h) and 15(2) information for the categories found for a subject.
    `automated`: the categories whose collected data shows an automated decision."""
    chosen = tuple(categories)

    def section(article: str, key: str, lines: Iterable[str]) -> InfoSection:
        return InfoSection(article, _HEADINGS[key].in_language(language), tuple(lines))

    def say(text: Text) -> str:
        return text.in_language(language)

    return AccessInformation(
        language=language,
        purposes=section("Art. 15(1)(a)", "purposes", (_purpose_line(c, language) for c in chosen)),
        categories=section(
            "Art. 15(1)(b)", "categories", (f"{say(c.name)} – {say(c.description)}" for c in chosen)
        ),
        recipients=section(
            "Art. 15(1)(c)", "recipients", _recipient_lines(register, chosen, language)
        ),
        retention=section(
            "Art. 15(1)(d)",
            "retention",
            (retention_line(c, language) for c in chosen),
        ),
        rights=section("Art. 15(1)(e)", "rights", (say(line) for line in _RIGHTS_LINES)),
        complaint=section("Art. 15(1)(f)", "complaint", _complaint_lines(register, language)),
        source=section("Art. 15(1)(g)", "source", _source_lines(chosen, language)),
        automated_decisions=section(
            "Art. 15(1)(h)", "automated", automated_decision_lines(automated, language)
        ),
        transfers=section(
            "Art. 15(2)", "transfers", _unique(say(c.transfers_outside_eea) for c in chosen)
        ),
    )


def _purpose_line(category: DataCategory, language: Language) -> str:
    purposes = "; ".join(purpose.in_language(language) for purpose in category.purposes)
    bases = ", ".join(
        f"{_BASIS_LABELS[basis].in_language(language)} ({_basis_article(basis, language)})"
        for basis in category.legal_bases
    )
    word = "tiesiskais pamats" if language == "lv" else "legal basis"
    line = f"{category.name.in_language(language)}: {purposes} ({word}: {bases})"
    if category.legitimate_interests and category.has_basis(LegalBasis.LEGITIMATE_INTERESTS):
        # GDPR 13(1)(d): the interests pursued, as the policy names them.
        label = "leģitīmās intereses" if language == "lv" else "legitimate interests"
        interests = "; ".join(item.in_language(language) for item in category.legitimate_interests)
        line += f"; {label}: {interests}"
    return line


def _basis_article(basis: LegalBasis, language: Language) -> str:
    if language == "en":
        return basis.article
    letter = basis.article.removesuffix(")").rsplit("(", 1)[1]  # "Art. 6(1)(f)" -> "f"
    return f"VDAR 6. panta 1. punkta {letter}) apakšpunkts"


def _recipient_lines(
    register: Register, categories: tuple[DataCategory, ...], language: Language
) -> tuple[str, ...]:
    # Named in the register's order, each once, however many categories share it (15(1)(c)).
    used = {recipient_id for category in categories for recipient_id in category.recipient_ids}
    names = tuple(r.name.in_language(language) for r in register.recipients if r.id in used)
    return names or (Text("None.", "Nav.").in_language(language),)


def _complaint_lines(register: Register, language: Language) -> tuple[str, ...]:
    authority, controller = register.authority, register.controller
    where = f"{authority.name.in_language(language)}, {authority.address.in_language(language)}"
    if language == "lv":
        return (
            f"Jums ir tiesības iesniegt sūdzību uzraudzības iestādei: {where}, {authority.email} "
            "(VDAR 77. pants), un vērsties tiesā (VDAR 79. pants).",
            f"Aicinām vispirms vērsties pie SMARTTEK datu aizsardzības speciālista: {controller.email} "
            f"vai pašapkalpošanās portālā {controller.portal}.",
        )
    return (
        f"You have the right to lodge a complaint with the supervisory authority: {where}, "
        f"{authority.email} (GDPR Article 77), and to go to court (GDPR Article 79).",
        f"We invite you to contact Smarttek's data protection specialist first: {controller.email} "
        f"or the self-service portal {controller.portal}.",
    )


def _source_lines(categories: tuple[DataCategory, ...], language: Language) -> tuple[str, ...]:
    lines = tuple(
        f"{c.name.in_language(language)}: {_SOURCE_LABELS[c.source].in_language(language)}"
        for c in categories
        if c.source is not Source.SUBJECT
    )
    return lines or (
        Text(
            "All the data listed was collected from you.", "Visi minētie dati iegūti no Jums."
        ).in_language(language),
    )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
