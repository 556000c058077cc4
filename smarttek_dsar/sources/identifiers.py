"""What a data subject is searched by, normalised the way the company's systems store it.

A subject who changed an old personal code for a new one must be found under both, so every
code is searched, with and without the hyphen (systems were typed both ways).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.identity import normalize_phone

_SPACES = re.compile(r"\s+")


def code_digits(code: str) -> str:
    return re.sub(r"[\s\-]", "", code)


def code_variants(code: str) -> tuple[str, ...]:
    digits = code_digits(code)
    if len(digits) == 11 and digits.isdigit():
        return (f"{digits[:6]}-{digits[6:]}", digits)
    return (code.strip(),) if code.strip() else ()


def email_key(value: str) -> str:
    return value.strip().lower()


def phone_key(value: str) -> str:
    """E.164 where the number can be read, else the digits as typed."""
    try:
        return normalize_phone(value)
    except DomainError:
        return re.sub(r"[^\d+]", "", value)


def name_key(value: str) -> str:
    return _SPACES.sub(" ", value).strip().casefold()


def customer_no_key(value: str) -> str:
    return value.strip().upper()


@dataclass(frozen=True)
class SubjectIdentifiers:
    personal_codes: tuple[str, ...] = ()  # current and former codes
    email: str | None = None
    phone: str | None = None
    customer_no: str | None = None
    name: str | None = None

    @classmethod
    def of(
        cls, *, personal_codes: Iterable[str | None] = (), email: str | None = None,
        phone: str | None = None, customer_no: str | None = None, name: str | None = None,
    ) -> SubjectIdentifiers:
        codes = tuple(dict.fromkeys(
            variant for code in personal_codes if code for variant in code_variants(code)
        ))
        return cls(
            personal_codes=codes,
            email=email_key(email) if email and email.strip() else None,
            phone=phone_key(phone) if phone and phone.strip() else None,
            customer_no=customer_no_key(customer_no) if customer_no and customer_no.strip()
            else None,
            name=_SPACES.sub(" ", name).strip() if name and name.strip() else None,
        )

    def with_codes(self, codes: Iterable[str]) -> SubjectIdentifiers:
        return SubjectIdentifiers.of(
            personal_codes=(*self.personal_codes, *codes), email=self.email, phone=self.phone,
            customer_no=self.customer_no, name=self.name,
        )

    @property
    def is_empty(self) -> bool:
        return not (self.personal_codes or self.email or self.phone or self.customer_no
                    or self.name)

    @property
    def kinds(self) -> tuple[str, ...]:
        """Which kinds of identifier were searched by (recorded with the run, not the values)."""
        present = (
            ("personal_code", bool(self.personal_codes)), ("email", bool(self.email)),
            ("phone", bool(self.phone)), ("customer_no", bool(self.customer_no)),
            ("name", bool(self.name)),
        )
        return tuple(kind for kind, there in present if there)

    def bind_values(self) -> dict[str, object]:
        """Values for the named parameters of a configured query."""
        return {
            "personal_codes": list(self.personal_codes),
            "email": self.email,
            "phone": self.phone,
            "customer_no": self.customer_no,
            "name": self.name,
        }

    def code_keys(self) -> frozenset[str]:
        return frozenset(code_digits(code) for code in self.personal_codes)
