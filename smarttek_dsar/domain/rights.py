"""The words of the law that every part of the product shares: rights, channels, legal bases.

Plain Python; no Qt, no SQL.
"""

from __future__ import annotations

from enum import StrEnum


class Right(StrEnum):
    """A data subject right a request can invoke (one case may invoke several)."""

    ACCESS = "access"  # GDPR 15
    RECTIFICATION = "rectification"  # GDPR 16
    ERASURE = "erasure"  # GDPR 17
    RESTRICTION = "restriction"  # GDPR 18
    PORTABILITY = "portability"  # GDPR 20
    OBJECTION = "objection"  # GDPR 21(1): processing on legitimate interests
    OBJECTION_MARKETING = "objection_marketing"  # GDPR 21(2)-(3): absolute
    CONSENT_WITHDRAWAL = "consent_withdrawal"  # GDPR 7(3)
    COMPLAINT = "complaint"  # to the DPO first, then the Inspectorate (GDPR 77)

    @property
    def article(self) -> str:
        return _RIGHT_ARTICLES[self]

    @property
    def label(self) -> str:
        return _RIGHT_LABELS[self][0]

    @property
    def label_lv(self) -> str:
        return _RIGHT_LABELS[self][1]


_RIGHT_ARTICLES = {
    Right.ACCESS: "Art. 15",
    Right.RECTIFICATION: "Art. 16",
    Right.ERASURE: "Art. 17",
    Right.RESTRICTION: "Art. 18",
    Right.PORTABILITY: "Art. 20",
    Right.OBJECTION: "Art. 21(1)",
    Right.OBJECTION_MARKETING: "Art. 21(2)",
    Right.CONSENT_WITHDRAWAL: "Art. 7(3)",
    Right.COMPLAINT: "Art. 77",
}

_RIGHT_LABELS = {
    Right.ACCESS: ("Access", "Piekļuve"),
    Right.RECTIFICATION: ("Rectification", "Labošana"),
    Right.ERASURE: ("Erasure", "Dzēšana"),
    Right.RESTRICTION: ("Restriction", "Apstrādes ierobežošana"),
    Right.PORTABILITY: ("Portability", "Datu pārnesamība"),
    Right.OBJECTION: ("Objection", "Iebildumi"),
    Right.OBJECTION_MARKETING: ("Objection to direct marketing", "Iebildumi pret tiešo mārketingu"),
    Right.CONSENT_WITHDRAWAL: ("Consent withdrawal", "Piekrišanas atsaukšana"),
    Right.COMPLAINT: ("Complaint", "Sūdzība"),
}


class Channel(StrEnum):
    """Where a request arrived. Receipt is when it reached the channel (GDPR 12(3))."""

    LETTER = "letter"  # written letter to the legal address
    EMAIL = "email"  # privacy@smarttek.eu
    PORTAL = "portal"  # my.smarttek.eu self-service portal
    PHONE = "phone"
    IN_PERSON = "in_person"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self][0]

    @property
    def label_lv(self) -> str:
        return _CHANNEL_LABELS[self][1]

    @property
    def is_electronic(self) -> bool:
        # GDPR 12(3): a request made electronically is answered electronically where possible.
        return self in (Channel.EMAIL, Channel.PORTAL)


_CHANNEL_LABELS = {
    Channel.LETTER: ("Letter", "Vēstule"),
    Channel.EMAIL: ("E-mail", "E-pasts"),
    Channel.PORTAL: ("Portal", "Portāls"),
    Channel.PHONE: ("Phone", "Tālrunis"),
    Channel.IN_PERSON: ("In person", "Klātienē"),
    Channel.OTHER: ("Other", "Cits"),
}


class LegalBasis(StrEnum):
    """GDPR Art. 6(1) bases the company's privacy policy names."""

    CONSENT = "consent"  # 6(1)(a)
    CONTRACT = "contract"  # 6(1)(b)
    LEGAL_OBLIGATION = "legal_obligation"  # 6(1)(c)
    LEGITIMATE_INTERESTS = "legitimate_interests"  # 6(1)(f)

    @property
    def article(self) -> str:
        return {
            LegalBasis.CONSENT: "Art. 6(1)(a)",
            LegalBasis.CONTRACT: "Art. 6(1)(b)",
            LegalBasis.LEGAL_OBLIGATION: "Art. 6(1)(c)",
            LegalBasis.LEGITIMATE_INTERESTS: "Art. 6(1)(f)",
        }[self]

    @property
    def label(self) -> str:
        return _BASIS_LABELS[self][0]

    @property
    def label_lv(self) -> str:
        return _BASIS_LABELS[self][1]


_BASIS_LABELS = {
    LegalBasis.CONSENT: ("Consent", "Piekrišana"),
    LegalBasis.CONTRACT: ("Contract", "Līgums"),
    LegalBasis.LEGAL_OBLIGATION: ("Legal obligation", "Juridisks pienākums"),
    LegalBasis.LEGITIMATE_INTERESTS: ("Legitimate interests", "Leģitīmās intereses"),
}


class Outcome(StrEnum):
    """The decision for one data category under one right."""

    GRANT = "grant"  # do what the right asks: disclose, erase, rectify, restrict, stop, port
    PARTIAL = "partial"  # grant in part (e.g. redact other people's data, GDPR 15(4))
    REFUSE = "refuse"  # refuse, with the exemption article (e.g. 17(3)(b))
    NOT_APPLICABLE = "not_applicable"  # the right does not reach this category (e.g. 20 on 6(1)(f))

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self][0]

    @property
    def label_lv(self) -> str:
        return _OUTCOME_LABELS[self][1]


_OUTCOME_LABELS = {
    Outcome.GRANT: ("Grant", "Apmierināt"),
    Outcome.PARTIAL: ("Grant in part", "Apmierināt daļēji"),
    Outcome.REFUSE: ("Refuse", "Atteikt"),
    Outcome.NOT_APPLICABLE: ("Not applicable", "Nav piemērojams"),
}
