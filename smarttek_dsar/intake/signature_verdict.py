"""What the check of a signed request (.edoc / .asice) found, as plain data.

`valid` is True only when everything held: every signed file's digest, the signature over
SignedInfo, the XAdES binding of the signer's certificate, the chain to a trust anchor the
administrator installed, the validity periods and the non-repudiation key usage. Otherwise
`problems` says, in sentences, what failed; nothing about the signer is then taken as proven.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from smarttek_dsar.domain.clock import RIGA


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
    problems: tuple[str, ...] = ()

    def summary(self) -> str:
        """One plain sentence for the import's result."""
        who = self.signer_name or "an unknown signer"
        if self.personal_code:
            who += f" (personal code {self.personal_code})"
        if self.valid:
            when = (f" on {self.signing_time.astimezone(RIGA):%d.%m.%Y %H:%M} Riga time"
                    if self.signing_time else "")
            return f"Signature valid: signed by {who}{when}."
        return f"Signature NOT valid ({who}): " + " ".join(self.problems)
