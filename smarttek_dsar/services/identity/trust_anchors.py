"""The CA certificates e-signed requests are trusted against (the eParaksts CAs).

None ship with the desk: which CAs make a signature acceptable is the company's decision, so
an administrator installs each one (`smarttek-dsar trust add CERT.pem`) after checking it
against the CA's published fingerprint. They live as PEM files in a folder of the app's data
directory (paths.trust_anchors_dir); adding and removing one is in the audit trail, with the
certificate's subject and SHA-256 fingerprint (a CA's, never a person's data).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.intake.signer_certificate import describe, fingerprint
from smarttek_dsar.paths import trust_anchors_dir
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.storage.database import Database

MAX_CERTIFICATE_BYTES = 64 * 1024


@dataclass(frozen=True)
class TrustAnchor:
    subject: str
    issuer: str  # the subject again for a root CA; its parent's name for an issuing CA
    sha256: str
    not_before: datetime
    not_after: datetime
    path: Path


def installed_anchor_bytes(folder: Path | None = None) -> tuple[bytes, ...]:
    """The installed certificates as stored (PEM), for the import to verify with."""
    folder = folder or trust_anchors_dir()
    if not folder.is_dir():
        return ()
    return tuple(path.read_bytes() for path in sorted(folder.glob("*.pem")))


class TrustAnchorService:
    def __init__(self, db: Database, folder: Path | None = None) -> None:
        self.db = db
        self._folder = folder

    @property
    def folder(self) -> Path:
        return self._folder or trust_anchors_dir()

    def list(self, actor: Actor) -> list[TrustAnchor]:
        actor.require(Permission.MANAGE_SETTINGS, "see the trusted signature authorities")
        anchors = []
        for path in sorted(self.folder.glob("*.pem")) if self.folder.is_dir() else ():
            try:
                certificate = x509.load_pem_x509_certificate(path.read_bytes())
            except ValueError:
                continue
            anchors.append(_anchor(certificate, path))
        return anchors

    def add(self, actor: Actor, certificate_file: Path) -> TrustAnchor:
        """Install a CA certificate (PEM or DER) as a trust anchor."""
        actor.require(Permission.MANAGE_SETTINGS, "trust a signature authority")
        certificate = _read_certificate(Path(certificate_file))
        try:
            constraints = certificate.extensions.get_extension_for_class(
                x509.BasicConstraints).value
        except x509.ExtensionNotFound:
            constraints = None
        if constraints is None or not constraints.ca:
            raise ServiceError("{filename}: this is not a certificate authority's certificate "
                               "(no CA flag); install the CA, not a person's certificate.",
                               filename=Path(certificate_file).name)
        digest = fingerprint(certificate)
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{digest}.pem"
        if target.exists():
            raise ServiceError("“{authority}” is already trusted.",
                               authority=describe(certificate.subject))
        anchor = _anchor(certificate, target)
        with self.db.unit_of_work() as session:
            target.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
            try:
                audit.record(session, actor, "trust_anchor.added", details=_details(anchor))
            except Exception:
                target.unlink(missing_ok=True)  # the trail must show every anchor installed
                raise
        return anchor

    def remove(self, actor: Actor, fingerprint_prefix: str) -> TrustAnchor:
        """Stop trusting the anchor whose SHA-256 fingerprint starts with the given text."""
        actor.require(Permission.MANAGE_SETTINGS, "stop trusting a signature authority")
        prefix = fingerprint_prefix.strip().lower().replace(":", "")
        if len(prefix) < 8:
            raise ServiceError("Give at least the first 8 characters of the SHA-256 "
                               "fingerprint (see `smarttek-dsar trust list`).")
        matches = [a for a in self.list(actor) if a.sha256.startswith(prefix)]
        if not matches:
            raise ServiceError("No trusted authority has the fingerprint {prefix}…", prefix=prefix)
        if len(matches) > 1:
            raise ServiceError("{count} trusted authorities start with {prefix}; give more of "
                               "the fingerprint.", count=len(matches), prefix=prefix)
        (anchor,) = matches
        with self.db.unit_of_work() as session:
            audit.record(session, actor, "trust_anchor.removed", details=_details(anchor))
            anchor.path.unlink()
        return anchor


def _read_certificate(path: Path) -> x509.Certificate:
    try:
        data = path.read_bytes()[:MAX_CERTIFICATE_BYTES + 1]
    except OSError as exc:
        raise ServiceError("{name}: the file cannot be read ({strerror}).", name=path.name,
                           strerror=exc.strerror or exc) from exc
    try:
        return (x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data
                else x509.load_der_x509_certificate(data))
    except ValueError:
        raise ServiceError("{filename}: this is not an X.509 certificate (PEM or DER).",
                           filename=path.name) from None


def _anchor(certificate: x509.Certificate, path: Path) -> TrustAnchor:
    return TrustAnchor(describe(certificate.subject), describe(certificate.issuer),
                       fingerprint(certificate),
                       certificate.not_valid_before_utc, certificate.not_valid_after_utc, path)


def _details(anchor: TrustAnchor) -> dict:
    return {"subject": anchor.subject, "sha256": anchor.sha256,
            "not_after": anchor.not_after.isoformat()}
