"""A real OCSP responder for the tests: http.server on a free local port answering POSTed OCSP
requests with responses built by cryptography's OCSPResponseBuilder and signed by the test's
issuing CA (the key that issued the signer's certificate), as the CA's service would. Its
answers follow `status` ("good", "revoked"); it keeps the requests it got."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from tests.fixed_clock import NOW_UTC
from tests.intake.asice_builder import Issued, Pki

REVOKED_AT = NOW_UTC - timedelta(days=3)


@dataclass
class OcspResponder:
    url: str
    # The CA answered for and the certificate asked about: set by `serve`, once the test PKI
    # (whose signer certificate carries `url`) exists.
    issuer: Issued | None = None
    signer: x509.Certificate | None = None
    status: str = "good"
    # The signature's last byte changed after signing (a forged or damaged answer).
    forged: bool = False
    # A responder certificate the CA issued for OCSP signing, which signs and is sent along.
    delegate: Issued | None = None
    requests: list[ocsp.OCSPRequest] = field(default_factory=list)

    def serve(self, pki: Pki) -> None:
        self.issuer, self.signer = pki.intermediate, pki.signer.certificate

    def answer(self, body: bytes) -> bytes:
        assert self.issuer is not None and self.signer is not None, "serve(pki) first"
        request = ocsp.load_der_ocsp_request(body)
        self.requests.append(request)
        status = {"good": ocsp.OCSPCertStatus.GOOD, "revoked": ocsp.OCSPCertStatus.REVOKED
                  }[self.status]
        revoked = self.status == "revoked"
        builder = ocsp.OCSPResponseBuilder().add_response(
            cert=self.signer, issuer=self.issuer.certificate, algorithm=hashes.SHA1(),
            cert_status=status, this_update=NOW_UTC - timedelta(hours=1),
            next_update=NOW_UTC + timedelta(days=1),
            revocation_time=REVOKED_AT if revoked else None,
            revocation_reason=x509.ReasonFlags.key_compromise if revoked else None,
        ).responder_id(ocsp.OCSPResponderEncoding.HASH,
                       (self.delegate or self.issuer).certificate)
        if self.delegate is not None:
            builder = builder.certificates([self.delegate.certificate])
        with contextlib.suppress(x509.ExtensionNotFound):
            nonce = request.extensions.get_extension_for_class(x509.OCSPNonce).value
            builder = builder.add_extension(nonce, critical=False)
        response = builder.sign((self.delegate or self.issuer).key, hashes.SHA256())
        der = response.public_bytes(serialization.Encoding.DER)
        # Without certificates sent along the signature's last byte ends the answer.
        return der[:-1] + bytes([der[-1] ^ 1]) if self.forged else der


def ocsp_signer(ca: Issued, *, purpose: bool = True) -> Issued:
    """A responder certificate issued by `ca`, with the OCSP-signing purpose (or without)."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    usage = ExtendedKeyUsageOID.OCSP_SIGNING if purpose else ExtendedKeyUsageOID.CLIENT_AUTH
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test OCSP")]))
        .issuer_name(ca.certificate.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW_UTC - timedelta(days=30))
        .not_valid_after(NOW_UTC + timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        .sign(ca.key, hashes.SHA256()))
    return Issued(certificate, key)


@contextlib.contextmanager
def running_responder() -> Iterator[OcspResponder]:
    """Serve on a free port; `serve(pki)` then names the CA and the certificate."""
    holder: dict[str, OcspResponder] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            answer = holder["responder"].answer(body)
            self.send_response(200)
            self.send_header("Content-Type", "application/ocsp-response")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    responder = OcspResponder(f"http://127.0.0.1:{server.server_address[1]}/ocsp")
    holder["responder"] = responder
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield responder
    finally:
        server.shutdown()
        server.server_close()


