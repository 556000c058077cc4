"""One XAdES signature of an ASiC-E container checked as XML-DSig says (W3C XML Signature
1.1, ETSI EN 319 132-1): each Reference's digest (a signed file, or the SignedProperties by Id
after its transforms), the SignatureValue over the canonical SignedInfo with the key of the
signer's certificate, and the XAdES SigningCertificate digest that binds that certificate.

lxml canonicalises (C14N 1.0 inclusive and exclusive; C14N 1.1 differs from 1.0 only in how
xml:id and xml:base are inherited, which signed properties do not use); cryptography verifies.
Whether the certificate is to be trusted is not decided here (intake/signer_certificate.py).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from lxml import etree

from smarttek_dsar.domain.messages import Message, Messaged

DS = "http://www.w3.org/2000/09/xmldsig#"
XADES = "http://uri.etsi.org/01903/v1.3.2#"
NS = {"ds": DS, "xades": XADES}
SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties"

DIGESTS = {
    "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
}
_HASHES = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}
# The hash of each signature method; the key's own type (RSA or EC, fixed by the certificate)
# decides the scheme, so no method can make the key verify in a weaker way.
SIGNATURE_METHODS = {
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256": ("sha256", "pkcs1"),
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384": ("sha384", "pkcs1"),
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512": ("sha512", "pkcs1"),
    "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1": ("sha256", "pss"),
    "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1": ("sha384", "pss"),
    "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1": ("sha512", "pss"),
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256": ("sha256", "ecdsa"),
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384": ("sha384", "ecdsa"),
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512": ("sha512", "ecdsa"),
}
# algorithm -> (exclusive, with comments)
CANONICALISATIONS = {
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315": (False, False),
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments": (False, True),
    "http://www.w3.org/2006/12/xml-c14n11": (False, False),
    "http://www.w3.org/2006/12/xml-c14n11#WithComments": (False, True),
    "http://www.w3.org/2001/10/xml-exc-c14n#": (True, False),
    "http://www.w3.org/2001/10/xml-exc-c14n#WithComments": (True, True),
}
DEFAULT_C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"


class SignatureProblem(Messaged, Exception):
    """The signature does not hold; the message is a sentence for the DPO (a template with
    parameters, said in the reader's language)."""

    def __init__(self, template: str | Message, /, **params: Any) -> None:
        super().__init__(self._set_message(template, params))


# Every sentence a SignatureProblem says, so that a stored signature summary reads back to them
# (services/intake/case_words.py); tests/intake/test_signature_problems_said.py keeps it whole.
PROBLEMS = (
    ("The signed properties do not name the certificate the signature carries "
     "(SigningCertificate), so the signer is not proven."),
    ("The signature has no signed XAdES properties (SignedProperties), so its certificate and "
     "signing time are not bound to it."),
    "The signature has no {element} element.",
    "The signature does not carry the signer's certificate.",
    "The signature uses a canonicalisation this desk does not support ({algorithm}).",
    ("The signature uses a digest this desk does not accept ({algorithm}); SHA-1 and unknown "
     "digests are too weak or unknown."),
    "The signature covers no file of the container.",
    "The signature refers to “#{wanted}”, which it holds {times} times instead of once.",
    "The signature uses a method this desk does not accept ({algorithm}).",
    "The signature file is not well-formed XML ({problem}).",
    "The signature's {part} is not valid base64.",
    "The signer's certificate in the signature cannot be read.",
    ("The signed properties (signer's certificate, signing time) were changed after signing "
     "(their digest does not match the signature)."),
    "The file “{name}” was changed after signing (its digest does not match the signature).",
    "The signature uses a transform this desk does not support ({algorithm}).",
    ("The signature value does not match: the signed content or its properties were changed, or "
     "it was not made with this certificate's key."),
    "The signing time “{text}” is not a time.",
    "The signature covers a file “{name}” that is not in the container.",
    "The signer's key is of a kind this desk does not verify.",
)


@dataclass(frozen=True)
class CheckedSignature:
    """A signature whose XML-DSig checks all held."""

    certificate: x509.Certificate
    # Further certificates the signature carries (intermediate CAs), to build the chain from.
    carried: tuple[x509.Certificate, ...]
    signing_time: datetime | None
    signed_files: tuple[str, ...]


def parse_signature_document(xml: bytes) -> list[etree._Element]:
    """The ds:Signature elements of a signatures*.xml; entities and network off (XXE)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             remove_blank_text=False, load_dtd=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise SignatureProblem("The signature file is not well-formed XML ({problem}).",
                               problem=exc.msg) from exc
    if root.tag == f"{{{DS}}}Signature":
        return [root]
    return root.findall(f"{{{DS}}}Signature")


def check_signature(signature: etree._Element, files: dict[str, bytes]) -> CheckedSignature:
    signed_info = _one(signature, "ds:SignedInfo", "SignedInfo")
    certificate = signer_certificate(signature)
    signed_files, properties = _check_references(signature, signed_info, files)
    if properties is None:
        raise SignatureProblem("The signature has no signed XAdES properties (SignedProperties),"
                               " so its certificate and signing time are not bound to it.")
    _check_signature_value(signature, signed_info, certificate)
    _check_signing_certificate(properties, certificate)
    return CheckedSignature(certificate, _carried(signature), _signing_time(properties),
                            tuple(signed_files))


def _one(parent: etree._Element, path: str, what: str) -> etree._Element:
    found = parent.find(path, NS)
    if found is None:
        raise SignatureProblem("The signature has no {element} element.", element=what)
    return found


def _b64(text: str | None, what: str) -> bytes:
    try:
        return base64.b64decode("".join((text or "").split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureProblem("The signature's {part} is not valid base64.", part=what) from exc


def _certificate(text: str | None) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(_b64(text, "certificate"))
    except ValueError as exc:
        raise SignatureProblem("The signer's certificate in the signature cannot be read.") from exc


def signer_certificate(signature: etree._Element) -> x509.Certificate:
    element = signature.find("ds:KeyInfo/ds:X509Data/ds:X509Certificate", NS)
    if element is None:
        raise SignatureProblem("The signature does not carry the signer's certificate.")
    return _certificate(element.text)


def _carried(signature: etree._Element) -> tuple[x509.Certificate, ...]:
    found = []
    for path in (".//ds:X509Data/ds:X509Certificate", ".//xades:CertificateValues/"
                 "xades:EncapsulatedX509Certificate"):
        for element in signature.iterfind(path, NS):
            try:
                found.append(_certificate(element.text))
            except SignatureProblem:
                continue  # an unreadable extra certificate only cannot help build the chain
    return tuple(found)


def canonical(element: etree._Element, algorithm: str) -> bytes:
    if algorithm not in CANONICALISATIONS:
        raise SignatureProblem("The signature uses a canonicalisation this desk does not "
                               "support ({algorithm}).", algorithm=algorithm)
    exclusive, comments = CANONICALISATIONS[algorithm]
    return etree.tostring(element, method="c14n", exclusive=exclusive, with_comments=comments)


def _digest(method: etree._Element | None, data: bytes) -> bytes:
    algorithm = method.get("Algorithm") if method is not None else None
    if algorithm not in DIGESTS:
        raise SignatureProblem("The signature uses a digest this desk does not accept "
                               "({algorithm}); SHA-1 and unknown digests are too weak or "
                               "unknown.", algorithm=algorithm)
    return hashlib.new(DIGESTS[algorithm], data).digest()


def _check_references(signature: etree._Element, signed_info: etree._Element,
                      files: dict[str, bytes]) -> tuple[list[str], etree._Element | None]:
    signed_files: list[str] = []
    properties = None
    for reference in signed_info.iterfind("ds:Reference", NS):
        uri = reference.get("URI") or ""
        expected = _b64(reference.findtext("ds:DigestValue", namespaces=NS), "digest")
        method = reference.find("ds:DigestMethod", NS)
        if uri.startswith("#"):
            target = _by_id(signature, uri[1:])
            data = _transformed(reference, target)
            if reference.get("Type") == SIGNED_PROPERTIES_TYPE or \
                    target.tag == f"{{{XADES}}}SignedProperties":
                properties = target
            changed = Message("The signed properties (signer's certificate, signing time) were "
                              "changed after signing (their digest does not match the "
                              "signature).")
        else:
            name = unquote(uri)
            if name not in files:
                raise SignatureProblem("The signature covers a file “{name}” that is not in the "
                                       "container.", name=name)
            data = files[name]
            changed = Message("The file “{name}” was changed after signing (its digest does "
                              "not match the signature).", {"name": name})
            signed_files.append(name)
        if _digest(method, data) != expected:
            raise SignatureProblem(changed)
    if not signed_files:
        raise SignatureProblem("The signature covers no file of the container.")
    return signed_files, properties


def _by_id(signature: etree._Element, wanted: str) -> etree._Element:
    matches = [e for e in signature.iter() if e.get("Id") == wanted]
    if len(matches) != 1:
        # Two elements with one Id is the classic signature-wrapping trick: refuse it.
        raise SignatureProblem("The signature refers to “#{wanted}”, which it holds "
                               "{times} times instead of once.", wanted=wanted,
                               times=len(matches))
    return matches[0]


def _transformed(reference: etree._Element, target: etree._Element) -> bytes:
    algorithm = DEFAULT_C14N
    for transform in reference.iterfind("ds:Transforms/ds:Transform", NS):
        algorithm = transform.get("Algorithm") or ""
        if algorithm not in CANONICALISATIONS:
            raise SignatureProblem("The signature uses a transform this desk does not "
                                   "support ({algorithm}).", algorithm=algorithm)
    return canonical(target, algorithm)


def _check_signature_value(signature: etree._Element, signed_info: etree._Element,
                           certificate: x509.Certificate) -> None:
    method = signed_info.find("ds:SignatureMethod", NS)
    algorithm = method.get("Algorithm") if method is not None else None
    if algorithm not in SIGNATURE_METHODS:
        raise SignatureProblem("The signature uses a method this desk does not accept "
                               "({algorithm}).", algorithm=algorithm)
    hash_name, _scheme = SIGNATURE_METHODS[algorithm]
    c14n = signed_info.find("ds:CanonicalizationMethod", NS)
    data = canonical(signed_info, c14n.get("Algorithm") if c14n is not None else "")
    value = _b64(signature.findtext("ds:SignatureValue", namespaces=NS), "signature value")
    key = certificate.public_key()
    chosen = _HASHES[hash_name]()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            pad = (padding.PSS(padding.MGF1(chosen), padding.PSS.DIGEST_LENGTH)
                   if _scheme == "pss" else padding.PKCS1v15())
            key.verify(value, data, pad, chosen)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            # XML-DSig carries ECDSA as r || s, each as long as the curve's order.
            half = len(value) // 2
            der = encode_dss_signature(int.from_bytes(value[:half], "big"),
                                       int.from_bytes(value[half:], "big"))
            key.verify(der, data, ec.ECDSA(chosen))
        else:
            raise SignatureProblem("The signer's key is of a kind this desk does not verify.")
    except InvalidSignature:
        raise SignatureProblem("The signature value does not match: the signed content or its "
                               "properties were changed, or it was not made with this "
                               "certificate's key.") from None


def _check_signing_certificate(properties: etree._Element,
                               certificate: x509.Certificate) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    der = certificate.public_bytes(Encoding.DER)
    for version in ("SigningCertificate", "SigningCertificateV2"):
        for cert in properties.iterfind(
                f"xades:SignedSignatureProperties/xades:{version}/xades:Cert", NS):
            method = cert.find("xades:CertDigest/ds:DigestMethod", NS)
            value = _b64(cert.findtext("xades:CertDigest/ds:DigestValue", namespaces=NS),
                         "certificate digest")
            if _digest(method, der) == value:
                return
    raise SignatureProblem("The signed properties do not name the certificate the signature "
                           "carries (SigningCertificate), so the signer is not proven.")


def _signing_time(properties: etree._Element) -> datetime | None:
    text = properties.findtext("xades:SignedSignatureProperties/xades:SigningTime",
                               namespaces=NS)
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise SignatureProblem("The signing time “{text}” is not a time.",
                               text=text.strip()[:40]) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
