"""Signed requests as eParaksts makes them, built by the tests: a test CA hierarchy (root,
intermediate, signer certificate with a Latvian "PNOLV-" serialNumber, non-repudiation and the
QcCompliance statement) made with cryptography, and an ASiC-E container whose XAdES signature
is written the way real .edoc/.asice files are (exclusive C14N, the file referenced by name,
SignedProperties by Id with the signing certificate's digest), signed with ECDSA P-256 or RSA.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import AuthorityInformationAccessOID, NameOID
from lxml import etree

from tests.fixed_clock import NOW_UTC

DS = "http://www.w3.org/2000/09/xmldsig#"
XADES = "http://uri.etsi.org/01903/v1.3.2#"
ASIC = "http://uri.etsi.org/02918/v1.2.1#"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
QC_STATEMENTS = x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3")
QC_COMPLIANCE = bytes.fromhex("300a3008060604008e460101")

SIGNER_CODE = "010190-10001"
REQUEST_TEXT = (
    "Iesniegums\n"
    "Lūdzu sniegt piekļuvi maniem personas datiem un izsniegt to kopiju (VDAR 15. pants).\n"
    "E-pasts: janis.berzins@example.lv\n"
    "Ar cieņu, Jānis Bērziņš\n"
)


@dataclass(frozen=True)
class Issued:
    certificate: x509.Certificate
    key: object

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def _name(common: str, *extra: x509.NameAttribute) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "LV"), *extra,
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _key(kind: str):
    return ec.generate_private_key(ec.SECP256R1()) if kind == "ec" else \
        rsa.generate_private_key(public_exponent=65537, key_size=2048)


def issue(
    subject: x509.Name, issuer: Issued | None, *, ca: bool, kind: str = "ec",
    not_before: datetime | None = None, not_after: datetime | None = None,
    non_repudiation: bool = True, qualified: bool = True, ocsp_url: str | None = None,
) -> Issued:
    key = _key(kind)
    start = not_before or NOW_UTC - timedelta(days=365)
    end = not_after or NOW_UTC + timedelta(days=3 * 365)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.certificate.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=not ca, content_commitment=not ca and non_repudiation,
            key_encipherment=False, data_encipherment=False, key_agreement=False,
            key_cert_sign=ca, crl_sign=ca, encipher_only=False, decipher_only=False),
            critical=True)
    )
    if ocsp_url:
        builder = builder.add_extension(x509.AuthorityInformationAccess([
            x509.AccessDescription(AuthorityInformationAccessOID.OCSP,
                                   x509.UniformResourceIdentifier(ocsp_url))]), critical=False)
    if not ca and qualified:
        builder = builder.add_extension(
            x509.UnrecognizedExtension(QC_STATEMENTS, QC_COMPLIANCE), critical=False)
    signing_key = issuer.key if issuer else key
    return Issued(builder.sign(signing_key, hashes.SHA256()), key)


@dataclass(frozen=True)
class Pki:
    root: Issued
    intermediate: Issued
    signer: Issued


def make_pki(*, signer_kind: str = "ec", code: str = SIGNER_CODE, signer_valid_until=None,
             non_repudiation: bool = True, root_name: str = "Test eParaksts Root CA",
             ocsp_url: str | None = None) -> Pki:
    """`ocsp_url`: the signer's certificate names that OCSP service (as eParaksts ones do)."""
    root = issue(_name(root_name, x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Tests")),
                 None, ca=True)
    intermediate = issue(_name("Test eParaksts Issuing CA"), root, ca=True)
    signer = issue(
        x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, "LV"),
            x509.NameAttribute(NameOID.SURNAME, "BĒRZIŅŠ"),
            x509.NameAttribute(NameOID.GIVEN_NAME, "JĀNIS"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, f"PNOLV-{code}"),
            x509.NameAttribute(NameOID.COMMON_NAME, "JĀNIS BĒRZIŅŠ"),
        ]),
        intermediate, ca=False, kind=signer_kind, not_after=signer_valid_until,
        non_repudiation=non_repudiation, ocsp_url=ocsp_url,
    )
    return Pki(root, intermediate, signer)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def signature_xml(files: dict[str, bytes], pki: Pki, *, signing_time: datetime) -> bytes:
    signer = pki.signer
    cert_der = signer.certificate.public_bytes(serialization.Encoding.DER)
    inter_der = pki.intermediate.certificate.public_bytes(serialization.Encoding.DER)
    references = "".join(
        f'<ds:Reference Id="r-id-{i}" URI="{name}"><ds:DigestMethod Algorithm="{SHA256}"/>'
        f"<ds:DigestValue>{_b64(hashlib.sha256(content).digest())}</ds:DigestValue>"
        "</ds:Reference>"
        for i, (name, content) in enumerate(files.items(), start=1)
    )
    properties = (
        '<xades:SignedProperties Id="S0-SignedProperties"><xades:SignedSignatureProperties>'
        f"<xades:SigningTime>{signing_time:%Y-%m-%dT%H:%M:%SZ}</xades:SigningTime>"
        "<xades:SigningCertificateV2><xades:Cert><xades:CertDigest>"
        f'<ds:DigestMethod Algorithm="{SHA256}"/>'
        f"<ds:DigestValue>{_b64(hashlib.sha256(cert_der).digest())}</ds:DigestValue>"
        "</xades:CertDigest></xades:Cert></xades:SigningCertificateV2>"
        "</xades:SignedSignatureProperties></xades:SignedProperties>"
    )
    method = ("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
              if isinstance(signer.key, ec.EllipticCurvePrivateKey)
              else "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
    document = (
        f'<asic:XAdESSignatures xmlns:asic="{ASIC}" xmlns:ds="{DS}" xmlns:xades="{XADES}">'
        '<ds:Signature Id="S0"><ds:SignedInfo>'
        f'<ds:CanonicalizationMethod Algorithm="{EXC_C14N}"/>'
        f'<ds:SignatureMethod Algorithm="{method}"/>{references}'
        '<ds:Reference Id="r-sp" Type="http://uri.etsi.org/01903#SignedProperties" '
        f'URI="#S0-SignedProperties"><ds:Transforms><ds:Transform Algorithm="{EXC_C14N}"/>'
        f'</ds:Transforms><ds:DigestMethod Algorithm="{SHA256}"/>'
        "<ds:DigestValue>PROPERTIES</ds:DigestValue></ds:Reference></ds:SignedInfo>"
        '<ds:SignatureValue Id="S0-SIG">VALUE</ds:SignatureValue>'
        f"<ds:KeyInfo><ds:X509Data><ds:X509Certificate>{_b64(cert_der)}</ds:X509Certificate>"
        "</ds:X509Data></ds:KeyInfo>"
        f'<ds:Object><xades:QualifyingProperties Target="#S0">{properties}'
        "<xades:UnsignedProperties><xades:UnsignedSignatureProperties><xades:CertificateValues>"
        f"<xades:EncapsulatedX509Certificate>{_b64(inter_der)}</xades:EncapsulatedX509Certificate>"
        "</xades:CertificateValues></xades:UnsignedSignatureProperties></xades:UnsignedProperties>"
        "</xades:QualifyingProperties></ds:Object></ds:Signature></asic:XAdESSignatures>"
    )
    root = etree.fromstring(document.encode())
    ns = {"ds": DS, "xades": XADES}
    signed_properties = root.find(".//xades:SignedProperties", ns)
    digest = hashlib.sha256(etree.tostring(signed_properties, method="c14n", exclusive=True))
    root.find(".//ds:Reference[@Id='r-sp']/ds:DigestValue", ns).text = _b64(digest.digest())
    signed_info = etree.tostring(root.find(".//ds:SignedInfo", ns), method="c14n",
                                 exclusive=True)
    if isinstance(signer.key, ec.EllipticCurvePrivateKey):
        r, s = decode_dss_signature(signer.key.sign(signed_info, ec.ECDSA(hashes.SHA256())))
        value = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    else:
        value = signer.key.sign(signed_info, padding.PKCS1v15(), hashes.SHA256())
    root.find(".//ds:SignatureValue", ns).text = _b64(value)
    return b'<?xml version="1.0" encoding="UTF-8"?>' + etree.tostring(root)


def container(files: dict[str, bytes], signature: bytes, *,
              extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        # The mimetype first and stored, as ETSI EN 319 162-1 requires.
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.etsi.asic-e+zip",
                         compress_type=zipfile.ZIP_STORED)
        for name, content in {**files, **(extra or {})}.items():
            archive.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", b"<manifest/>")
        archive.writestr("META-INF/signatures0.xml", signature)
    return out.getvalue()


def signed_request(pki: Pki | None = None, *, text: str = REQUEST_TEXT,
                   signing_time: datetime | None = None,
                   tamper: bytes | None = None) -> tuple[bytes, Pki]:
    """A signed `iesniegums.txt`; `tamper` replaces the file after signing."""
    pki = pki or make_pki()
    files = {"iesniegums.txt": text.encode()}
    signature = signature_xml(files, pki,
                              signing_time=signing_time or NOW_UTC - timedelta(days=1))
    if tamper is not None:
        files = {"iesniegums.txt": tamper}
    return container(files, signature), pki
