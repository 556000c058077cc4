"""What the check of a signed request (.edoc / .asice) found, as plain data.

`valid` is True only when everything held: every signed file's digest, the signature over
SignedInfo, the XAdES binding of the signer's certificate, the chain to a trust anchor the
administrator installed, the validity periods, the non-repudiation key usage, and the CA's
OCSP service did not say the certificate was revoked. Otherwise `problems` says, in sentences,
what failed; nothing about the signer is then taken as proven. A valid signature whose
revocation could not be confirmed ("unknown", "unreachable", "no_responder") is reported as
verified but NOT as valid without that caveat (intake/ocsp_check.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.messages import Message, message

# The summary's sentences, named so that a stored summary reads back to them
# (services/intake/case_words.py).
UNKNOWN_SIGNER = "an unknown signer"
WITH_CODE = "{name} (personal code {code})"
ON_WHEN = " on {when} Riga time"
VALID = "Signature valid: signed by {who}{when}. {note}"
VERIFIED = "Signature verified, revocation NOT confirmed: signed by {who}{when}."
VERIFIED_NOTE = "Signature verified, revocation NOT confirmed: signed by {who}{when}. {note}"
NOT_VALID = "Signature NOT valid ({who}): {problems:join: }"
SUMMARIES = (VALID, VERIFIED_NOTE, VERIFIED, NOT_VALID)


@dataclass(frozen=True)
class SignatureVerdict:
    valid: bool
    signer_name: str
    # "DDMMYY-NNNNN", from the certificate's serialNumber "PNOLV-DDMMYY-NNNNN"; None when the
    # certificate names no Latvian personal code (a foreign signer).
    personal_code: str | None
    signing_time: datetime | None
    issuer: str
    certificate_serial: str
    certificate_sha256: str
    trust_anchor: str  # the subject of the installed CA certificate the chain ends at
    qualified: bool  # the certificate says it is a qualified one (QcCompliance statement)
    signed_files: tuple[str, ...]
    # Each a sentence as a template with parameters (str() is the English).
    problems: tuple[Message | str, ...] = ()
    # The OCSP result for the signer's certificate (ocsp_check.Revocation.status) and its
    # sentence; "not_checked" when the signature failed before the question could be asked.
    revocation: str = "not_checked"
    revocation_note: Message | str = ""

    @property
    def revocation_confirmed(self) -> bool:
        return self.revocation == "good"

    def summary(self) -> str:
        """One plain sentence for the import's result, in English."""
        return str(self.said())

    def said(self) -> Message:
        """The summary as a template with parameters, for the reader's language."""
        who: Message | str = self.signer_name or message(UNKNOWN_SIGNER)
        if self.personal_code:
            who = message(WITH_CODE, name=who, code=self.personal_code)
        if self.valid:
            when = message(ON_WHEN,
                           when=f"{self.signing_time.astimezone(RIGA):%d.%m.%Y %H:%M}") \
                if self.signing_time else ""
            if self.revocation_confirmed:
                return message(VALID, who=who, when=when, note=self.revocation_note)
            if not self.revocation_note:
                return message(VERIFIED, who=who, when=when)
            return message(VERIFIED_NOTE, who=who, when=when, note=self.revocation_note)
        return message(NOT_VALID, who=who, problems=list(self.problems))
