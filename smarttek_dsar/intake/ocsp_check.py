"""Whether the signer's certificate of a signed request was revoked, asked of the issuing CA's
OCSP service (RFC 6960) named in the certificate (Authority Information Access).

A signature made with a certificate the CA has since revoked (a lost eParaksts card, a stolen
mobile signature) proves nothing about the signer. The request is built with cryptography's
`x509.ocsp`, carries a nonce, and is sent by HTTP POST with a short timeout, as the import
waits for it. The answer counts only when it is signed by the issuing CA itself or by a
responder certificate that CA issued for OCSP signing, names this certificate, echoes our nonce
when it carries one, and is current (thisUpdate not in the future, nextUpdate not passed).

Outcomes: "good"; "revoked" (the signature is refused, with the date and reason); "unknown"
(the CA does not know the certificate, or its answer cannot be trusted); "unreachable" (no
answer in time, an HTTP error) and "no_responder" (the certificate names no OCSP service). Only
"good" lets the desk say the signature is valid without a caveat.
"""

from __future__ import annotations

import os
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from cryptography.x509 import ocsp
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID

from smarttek_dsar.domain.clock import RIGA
from smarttek_dsar.domain.messages import Message, message, read_back

TIMEOUT_SECONDS = 5
# The largest OCSP answer read: real ones are a few kilobytes.
MAX_RESPONSE_BYTES = 256 * 1024
# Clocks differ: an answer made this much "in the future" is still taken.
CLOCK_SKEW = timedelta(minutes=5)
# Without nextUpdate an answer older than this is not current.
MAX_AGE_WITHOUT_NEXT_UPDATE = timedelta(days=2)

Post = Callable[[str, bytes, float], bytes]

# The result's sentences, named so that a stored signature summary reads back to them
# (services/intake/case_words.py); {where} is " (the service's URL)" or nothing.
GOOD = "Not revoked: the CA's OCSP service{where} answered “good”."
GOOD_ON = "Not revoked: the CA's OCSP service{where} answered “good” on {when} Riga time."
REVOKED_ON = " on {when} Riga time"
REVOKED_BECAUSE = " (reason: {reason})"
REVOKED = ("The signer's certificate was REVOKED{when}{reason}, says the CA's OCSP "
           "service{where}: the signature proves nothing.")
NO_RESPONDER = ("Revocation NOT checked: the signer's certificate names no OCSP service; check "
                "it with the CA before relying on the signature.")
UNREACHABLE = ("Revocation NOT checked: the CA's OCSP service{where} could not be reached "
               "({detail}); check again later before relying on the signature.")
UNKNOWN = ("Revocation UNKNOWN: the CA's OCSP service{where} {detail}; do not rely on the "
           "signature before the CA confirms the certificate.")
SENTENCES = (GOOD_ON, GOOD, REVOKED, NO_RESPONDER, UNREACHABLE, UNKNOWN)

# {detail}: why the answer is unknown (what the service did) ...
NOT_KNOWN = "does not know the certificate"
NOT_OCSP = "gave an answer that is not an OCSP response"
REFUSED = "refused to answer ({status})"  # the OCSP responseStatus, e.g. "unauthorized"
ANOTHER_CERTIFICATE = "answered about another certificate"
ANOTHER_REQUEST = "answered another request (the nonce differs)"
UNAUTHORISED_KEY = "signed its answer with a key the CA did not authorise"
BAD_SIGNATURE = "sent an answer whose signature does not verify"
FROM_THE_FUTURE = "sent an answer dated in the future"
OUT_OF_DATE = "sent an out-of-date answer"
# ... or why it could not be reached; the last names the network error's class, as the
# library called it, when it is none of the kinds above it.
HTTP_STATUS = "HTTP {code}"
TIMED_OUT = "no answer in time"
CONNECTION_REFUSED = "connection refused"
NAME_NOT_FOUND = "the service's host name was not found"
TLS_FAILED = "the secure connection (TLS) failed"
TOO_LARGE = "the answer is larger than any OCSP response"
NETWORK_ERROR = "network error {kind}"
DETAILS = (NOT_KNOWN, NOT_OCSP, REFUSED, ANOTHER_CERTIFICATE, ANOTHER_REQUEST,
           UNAUTHORISED_KEY, BAD_SIGNATURE, FROM_THE_FUTURE, OUT_OF_DATE, HTTP_STATUS, TIMED_OUT,
           CONNECTION_REFUSED, NAME_NOT_FOUND, TLS_FAILED, TOO_LARGE, NETWORK_ERROR)


@dataclass(frozen=True)
class Revocation:
    status: str  # good, revoked, unknown, unreachable, no_responder
    responder: str = ""  # the OCSP service's URL
    checked_at: datetime | None = None  # the answer's thisUpdate
    revoked_at: datetime | None = None
    reason: str = ""  # the CA's revocation reason (keyCompromise, ...), when it gave one
    detail: Message | str = ""  # why the status is unknown or unreachable (one of DETAILS)

    @property
    def confirmed_good(self) -> bool:
        return self.status == "good"

    def sentence(self) -> str:
        """The result in one sentence, for the import's notes and the identity check."""
        return str(self.said())

    def said(self) -> Message:
        """The same sentence as a template with parameters, for the reader's language."""
        where = f" ({self.responder})" if self.responder else ""
        if self.status == "good":
            if self.checked_at is None:
                return message(GOOD, where=where)
            return message(GOOD_ON, where=where, when=_riga(self.checked_at))
        if self.status == "revoked":
            when = message(REVOKED_ON, when=_riga(self.revoked_at)) if self.revoked_at else ""
            reason = message(REVOKED_BECAUSE, reason=Message(self.reason)) if self.reason else ""
            return message(REVOKED, when=when, reason=reason, where=where)
        if self.status == "no_responder":
            return message(NO_RESPONDER)
        if self.status == "unreachable":
            return message(UNREACHABLE, where=where, detail=message(self.detail))
        return message(UNKNOWN, where=where, detail=message(self.detail))


def _riga(moment: datetime) -> str:
    return f"{moment.astimezone(RIGA):%d.%m.%Y %H:%M}"


def responder_url(certificate: x509.Certificate) -> str | None:
    try:
        access = certificate.extensions.get_extension_for_class(
            x509.AuthorityInformationAccess).value
    except x509.ExtensionNotFound:
        return None
    for description in access:
        location = description.access_location
        if description.access_method == AuthorityInformationAccessOID.OCSP and \
                isinstance(location, x509.UniformResourceIdentifier) and \
                location.value.lower().startswith(("http://", "https://")):
            return location.value
    return None


def check_revocation(certificate: x509.Certificate, issuer: x509.Certificate, *,
                     now: datetime, post: Post | None = None,
                     timeout: float = TIMEOUT_SECONDS) -> Revocation:
    """Ask the certificate's OCSP service; never raises for what the service does."""
    url = responder_url(certificate)
    if url is None:
        return Revocation("no_responder")
    nonce = os.urandom(16)
    request = (ocsp.OCSPRequestBuilder()
               .add_certificate(certificate, issuer, hashes.SHA1())  # SHA-1 CertID: RFC 5019
               .add_extension(x509.OCSPNonce(nonce), critical=False)
               .build())
    try:
        raw = (post or _http_post)(url, request.public_bytes(Encoding.DER), timeout)
    except (OSError, ValueError) as exc:
        return Revocation("unreachable", url, detail=_reason(exc))
    try:
        response = ocsp.load_der_ocsp_response(raw)
    except ValueError:
        return Revocation("unknown", url, detail=message(NOT_OCSP))
    if response.response_status != ocsp.OCSPResponseStatus.SUCCESSFUL:
        return Revocation("unknown", url, detail=message(
            REFUSED, status=response.response_status.name.lower()))
    problem = _untrusted(response, certificate, issuer, nonce, now)
    if problem:
        return Revocation("unknown", url, detail=problem)
    status = response.certificate_status
    if status == ocsp.OCSPCertStatus.GOOD:
        return Revocation("good", url, checked_at=response.this_update_utc)
    if status == ocsp.OCSPCertStatus.REVOKED:
        reason = response.revocation_reason
        return Revocation("revoked", url, checked_at=response.this_update_utc,
                          revoked_at=response.revocation_time_utc,
                          reason=_REASONS.get(reason.name, reason.name) if reason else "")
    return Revocation("unknown", url, checked_at=response.this_update_utc,
                      detail=message(NOT_KNOWN))


def _untrusted(response: ocsp.OCSPResponse, certificate: x509.Certificate,
               issuer: x509.Certificate, nonce: bytes, now: datetime) -> Message | None:
    """Why the answer cannot be taken, or None."""
    if response.serial_number != certificate.serial_number or \
            response.issuer_key_hash != _key_hash(issuer, response.hash_algorithm):
        return message(ANOTHER_CERTIFICATE)
    try:
        echoed = response.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce
    except x509.ExtensionNotFound:
        echoed = None
    if echoed is not None and echoed != nonce:
        return message(ANOTHER_REQUEST)
    signer = _response_signer(response, issuer)
    if signer is None:
        return message(UNAUTHORISED_KEY)
    try:
        _verify(signer.public_key(), response.signature, response.tbs_response_bytes,
                response.signature_hash_algorithm)
    except (InvalidSignature, TypeError, ValueError):
        return message(BAD_SIGNATURE)
    if response.this_update_utc > now + CLOCK_SKEW:
        return message(FROM_THE_FUTURE)
    next_update = response.next_update_utc
    if (next_update is not None and next_update < now) or \
            (next_update is None and response.this_update_utc < now - MAX_AGE_WITHOUT_NEXT_UPDATE):
        return message(OUT_OF_DATE)
    return None


def _response_signer(response: ocsp.OCSPResponse,
                     issuer: x509.Certificate) -> x509.Certificate | None:
    """The issuing CA itself, or a delegated responder certificate it issued for OCSP."""
    if _names_responder(response, issuer):
        return issuer
    for candidate in response.certificates:
        if not _names_responder(response, candidate) or candidate.issuer != issuer.subject:
            continue
        try:
            candidate.verify_directly_issued_by(issuer)
            usage = candidate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        except (InvalidSignature, ValueError, TypeError, x509.ExtensionNotFound):
            continue
        if ExtendedKeyUsageOID.OCSP_SIGNING in usage:
            return candidate
    return None


def _names_responder(response: ocsp.OCSPResponse, certificate: x509.Certificate) -> bool:
    if response.responder_name is not None:
        return response.responder_name == certificate.subject
    return response.responder_key_hash == _key_hash(certificate, hashes.SHA1())


def _key_hash(certificate: x509.Certificate, algorithm: hashes.HashAlgorithm) -> bytes:
    """The hash of the public key's BIT STRING, as OCSP's CertID and ResponderID use it."""
    digest = hashes.Hash(type(algorithm)())
    digest.update(_public_key_bits(certificate))
    return digest.finalize()


def _public_key_bits(certificate: x509.Certificate) -> bytes:
    """The subjectPublicKey BIT STRING's content (without the unused-bits byte)."""
    der = certificate.public_key().public_bytes(Encoding.DER,
                                                PublicFormat.SubjectPublicKeyInfo)

    def read(at: int) -> tuple[int, int, int]:  # tag, content start, content end
        tag, length, at = der[at], der[at + 1], at + 2
        if length & 0x80:
            count = length & 0x7F
            length, at = int.from_bytes(der[at:at + count], "big"), at + count
        return tag, at, at + length

    _, start, _ = read(0)  # the SEQUENCE
    _, _, end = read(start)  # AlgorithmIdentifier, skipped
    _, content, stop = read(end)  # BIT STRING
    return der[content + 1:stop]


def _verify(key, signature: bytes, data: bytes,
            algorithm: hashes.HashAlgorithm | None) -> None:  # type: ignore[no-untyped-def]
    if algorithm is None:
        raise ValueError("no hash algorithm")
    if isinstance(key, rsa.RSAPublicKey):
        key.verify(signature, data, padding.PKCS1v15(), algorithm)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, data, ec.ECDSA(algorithm))
    else:
        raise TypeError("a key kind the desk does not verify")


def _http_post(url: str, body: bytes, timeout: float) -> bytes:
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/ocsp-request",
                                              "Accept": "application/ocsp-response"})
    with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 - http(s) only
        body = answer.read(MAX_RESPONSE_BYTES + 1)
    if len(body) > MAX_RESPONSE_BYTES:
        raise ValueError(TOO_LARGE)
    return body


def _reason(exc: BaseException) -> Message:
    if isinstance(exc, urllib.error.HTTPError):
        return message(HTTP_STATUS, code=exc.code)
    if isinstance(exc, urllib.error.URLError):
        exc = exc.reason if isinstance(exc.reason, BaseException) else exc
    if isinstance(exc, ValueError) and str(exc) == TOO_LARGE:
        return message(TOO_LARGE)
    return _network_error(type(exc).__name__)


def _network_error(kind: str) -> Message:
    """The network error by its class's name: one of the kinds the DPO can act on, else the
    name itself."""
    if kind in ("TimeoutError", "timeout"):
        return message(TIMED_OUT)
    if kind == "ConnectionRefusedError":
        return message(CONNECTION_REFUSED)
    if kind == "gaierror":  # getaddrinfo: the host name does not resolve
        return message(NAME_NOT_FOUND)
    if kind.startswith("SSL"):  # ssl.SSLError and its subclasses (certificate, EOF, ...)
        return message(TLS_FAILED)
    return message(NETWORK_ERROR, kind=kind)


def detail_said(stored: str) -> Message:
    """A detail as a stored summary has it, read back to its template; older versions wrote
    a network error's class name alone ("gaierror", "SSLCertVerificationError")."""
    said = read_back(stored, DETAILS)
    if said.template in DETAILS:
        return said
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", stored):
        return _network_error(stored)
    return said


_REASONS = {"key_compromise": "key compromise", "ca_compromise": "CA compromise",
            "affiliation_changed": "affiliation changed", "superseded": "superseded",
            "cessation_of_operation": "cessation of operation",
            "certificate_hold": "certificate on hold", "remove_from_crl": "removed from CRL",
            "privilege_withdrawn": "privilege withdrawn", "aa_compromise": "AA compromise",
            "unspecified": "unspecified"}
# The reasons as the sentence says them: each is a template, for the reader's language.
REASONS = tuple(_REASONS.values())
