"""Whether the signer's certificate is to be trusted, and whom it names.

The chain is built from the signer's certificate through the intermediate CAs the signature
carries up to one of the trust anchors the administrator installed (the eParaksts CA
certificates; none are bundled). Each link's signature, CA flag and certificate-signing key
usage are checked, and every certificate must be valid both at the signing time and today:
without a trusted timestamp or OCSP response read by the desk, the signing time is only the
signer's own claim, so a certificate that has expired (or was not yet valid) is refused rather
than trusted on that claim. The signer's certificate must be for signing (non-repudiation, as a
qualified signature certificate is: eIDAS Art. 28, ETSI EN 319 412-2), not an authentication
certificate. Revocation is asked of the CA's OCSP service once the chain holds
(intake/ocsp_check.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID

from smarttek_dsar.domain.errors import InvalidIdentifier
from smarttek_dsar.domain.identity import parse_personal_code
from smarttek_dsar.domain.messages import Message, Messaged

MAX_CHAIN = 6
# ETSI EN 319 412-1 semantics identifier: "PNO" (national personal number), country "LV".
_LATVIAN_SERIAL = re.compile(r"PNOLV-(\d{6}-?\d{5})")
# QCStatements extension with the QcCompliance statement (ETSI EN 319 412-5, OID 0.4.0.1862.1.1).
_QC_STATEMENTS = x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3")
_QC_COMPLIANCE_DER = bytes.fromhex("06060400 8e460101".replace(" ", ""))


@dataclass(frozen=True)
class TrustedChain:
    anchor: x509.Certificate
    path: tuple[x509.Certificate, ...]  # signer first, anchor last


class UntrustedCertificate(Messaged, Exception):
    """The certificate cannot be trusted; the message is a sentence for the DPO (a template
    with parameters, said in the reader's language)."""

    def __init__(self, template: str | Message, /, **params: Any) -> None:
        super().__init__(self._set_message(template, params))


# One sentence per moment, so that Latvian can word each one itself.
NOT_YET_AT_SIGNING = ("The certificate of “{who}” was not yet valid at the signing time "
                      "({moment}; valid from {start}).")
EXPIRED_AT_SIGNING = ("The certificate of “{who}” had expired at the signing time ({moment}; "
                      "valid until {end}).")
NOT_YET_TODAY = "The certificate of “{who}” is not yet valid today ({moment}; valid from {start})."
EXPIRED_TODAY = "The certificate of “{who}” has expired ({moment}; valid until {end})."
# Every sentence an UntrustedCertificate says, so that a stored signature summary reads back
# to them (services/intake/case_words.py).
PROBLEMS = (
    NOT_YET_AT_SIGNING, EXPIRED_AT_SIGNING, NOT_YET_TODAY, EXPIRED_TODAY,
    "The certificate chain is longer than any real one; refused.",
    ("No trust anchors are installed, so no signer can be trusted; an administrator installs the"
     " eParaksts CA certificates with `smarttek-dsar trust add`."),
    ("“{name}” is used as a certificate authority in the chain but is not one (no CA flag or "
     "certificate-signing key usage)."),
    ("The signer's certificate is not a signing certificate (its key usage lacks "
     "non-repudiation): it may be an authentication certificate, which does not make an "
     "e-signature."),
    ("The signer's certificate does not lead to an installed trust anchor (issued by “{issuer}”,"
     " which is not installed); the signature cannot be trusted."),
)


def fingerprint(certificate: x509.Certificate) -> str:
    return certificate.fingerprint(hashes.SHA256()).hex()


def describe(name: x509.Name) -> str:
    common = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(common[0].value) if common else name.rfc4514_string()


def trust_chain(signer: x509.Certificate, carried: tuple[x509.Certificate, ...],
                anchors: tuple[x509.Certificate, ...], *, signing_time: datetime | None,
                now: datetime) -> TrustedChain:
    if not anchors:
        raise UntrustedCertificate(
            "No trust anchors are installed, so no signer can be trusted; an administrator "
            "installs the eParaksts CA certificates with `smarttek-dsar trust add`.")
    _check_signing_key(signer)
    path = [signer]
    current = signer
    for _ in range(MAX_CHAIN):
        _check_valid(current, signing_time, now)
        anchor = _issued_by(current, anchors)
        if anchor is not None:
            _check_valid(anchor, None, now)
            return TrustedChain(anchor, (*path, anchor))
        issuer = _issued_by(current, tuple(c for c in carried if c not in path))
        if issuer is None:
            raise UntrustedCertificate(
                "The signer's certificate does not lead to an installed trust anchor (issued "
                "by “{issuer}”, which is not installed); the signature cannot be trusted.",
                issuer=describe(current.issuer))
        _check_ca(issuer)
        path.append(issuer)
        current = issuer
    raise UntrustedCertificate("The certificate chain is longer than any real one; refused.")


def _issued_by(certificate: x509.Certificate,
               candidates: tuple[x509.Certificate, ...]) -> x509.Certificate | None:
    for candidate in candidates:
        if candidate.subject != certificate.issuer:
            continue
        try:
            certificate.verify_directly_issued_by(candidate)
        except (InvalidSignature, ValueError, TypeError):
            continue
        return candidate
    return None


def _check_valid(certificate: x509.Certificate, signing_time: datetime | None,
                 now: datetime) -> None:
    start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    who = describe(certificate.subject)
    # One sentence per moment, so that Latvian can word each one itself.
    for moment, early, late in ((signing_time, NOT_YET_AT_SIGNING, EXPIRED_AT_SIGNING),
                                (now, NOT_YET_TODAY, EXPIRED_TODAY)):
        if moment is None:
            continue
        if moment < start:
            raise UntrustedCertificate(early, who=who, moment=moment.date(), start=start.date())
        if moment > end:
            raise UntrustedCertificate(late, who=who, moment=moment.date(), end=end.date())


def _check_ca(certificate: x509.Certificate) -> None:
    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        constraints = usage = None
    if constraints is None or not constraints.ca or usage is None or not usage.key_cert_sign:
        raise UntrustedCertificate(
            "“{name}” is used as a certificate authority in the chain but is not one (no CA "
            "flag or certificate-signing key usage).", name=describe(certificate.subject))


def _check_signing_key(signer: x509.Certificate) -> None:
    try:
        usage = signer.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is None or not usage.content_commitment:
        raise UntrustedCertificate(
            "The signer's certificate is not a signing certificate (its key usage lacks "
            "non-repudiation): it may be an authentication certificate, which does not make "
            "an e-signature.")


def is_qualified(certificate: x509.Certificate) -> bool:
    try:
        extension = certificate.extensions.get_extension_for_oid(_QC_STATEMENTS)
    except x509.ExtensionNotFound:
        return False
    value = extension.value
    raw = value.value if isinstance(value, x509.UnrecognizedExtension) else b""
    return _QC_COMPLIANCE_DER in raw


def signer_name(certificate: x509.Certificate) -> str:
    """Given name and surname as the certificate states them (eParaksts writes them in
    capitals: "JĀNIS BĒRZIŅŠ" becomes "Jānis Bērziņš")."""
    subject = certificate.subject
    given = [a.value for a in subject.get_attributes_for_oid(NameOID.GIVEN_NAME)]
    surname = [a.value for a in subject.get_attributes_for_oid(NameOID.SURNAME)]
    name = " ".join(str(v) for v in (*given, *surname)) or describe(subject)
    return name.title() if name.isupper() else name


def signer_personal_code(certificate: x509.Certificate) -> str | None:
    for attribute in certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER):
        match = _LATVIAN_SERIAL.fullmatch(str(attribute.value).strip())
        if match:
            try:
                return parse_personal_code(match[1]).value
            except InvalidIdentifier:
                return None
    return None

