"""Real mail servers for the tests: Dovecot (IMAP) and aiosmtpd (SMTP), each on a free local
port with a throwaway mail folder, started by the test and stopped after it.

Dovecot runs from a dovecot.conf written here: plain sign-in over 127.0.0.1 without TLS (the
desk allows "none" only to this computer), one user in a passwd-file, Maildir in a temporary
folder. As root, Dovecot's login and internal processes must run as its own unprivileged users
(dovenull, dovecot) and mail may not be owned by uid 0, so the folder is given to the dovecot
user; as an ordinary user everything runs as that user.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
MAIL_USER = "privacy@smarttek.eu"
MAIL_PASSWORD = "mailbox pass 42"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_port(port: int, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.1)
    raise RuntimeError(f"the test mail server did not open port {port}")


@dataclass
class Dovecot:
    root: Path
    port: int
    process: subprocess.Popen | None = None
    # With TLS: the implicit-TLS port and the test's own certificate (also its CA).
    tls_port: int | None = None
    certificate: Path | None = None
    conf: Path = field(init=False)

    def __post_init__(self) -> None:
        self.conf = self.root / "dovecot.conf"

    def start(self) -> None:
        if self.process is not None and self.process.poll() is None:
            return
        self.process = subprocess.Popen([DOVECOT, "-F", "-c", str(self.conf)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True)
        _wait_for_port(self.port)

    def stop(self) -> None:
        """Stop the server (every process of it): connections drop as if the network broke."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self.process = None
        # Wait until the port is really closed, so a restart binds it again.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
            except OSError:
                return
            time.sleep(0.1)

    def client(self):
        """A direct IMAP connection, for putting messages in and looking at the folders."""
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        client.login(MAIL_USER, MAIL_PASSWORD)
        client.normalise_times = False
        return client

    def append(self, raw: bytes, when: datetime, folder: str = "INBOX") -> None:
        client = self.client()
        try:
            client.append(folder, raw, msg_time=when)
        finally:
            client.logout()

    def uids(self, folder: str) -> list[int]:
        client = self.client()
        try:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            return sorted(client.search(["NOT", "DELETED"]))
        finally:
            client.logout()

    def count(self, folder: str) -> int:
        return len(self.uids(folder))

    def settings(self) -> dict:
        return {"host": "127.0.0.1", "port": self.port, "security": "none", "user": MAIL_USER,
                "folder": "INBOX", "processed_folder": "Processed"}


def _self_signed(root: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (IP address in the SAN, as the client checks), its key."""
    from datetime import UTC
    from ipaddress import ip_address

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    # OpenSSL checks the certificate against the machine's real time, which the tests' fixed
    # clock does not reach: a wide, fixed validity holds on any day the suite runs.
    valid_from, valid_until = datetime(2000, 1, 1, tzinfo=UTC), datetime(2099, 1, 1, tzinfo=UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(valid_from).not_valid_after(valid_until)
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256()))
    cert_file, key_file = root / "cert.pem", root / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_file.chmod(0o600)
    return cert_file, key_file


def _dovecot_conf(root: Path, port: int, tls_port: int | None = None,
                  tokeninfo_url: str | None = None) -> tuple[str, int, int]:
    if os.geteuid() == 0:
        internal, login = "dovecot", "dovenull"
        owner = pwd.getpwnam("dovecot")
        uid, gid = owner.pw_uid, owner.pw_gid
    else:
        internal = login = pwd.getpwuid(os.getuid()).pw_name
        uid, gid = os.getuid(), os.getgid()
    group = grp.getgrgid(gid).gr_name
    ssl = "ssl = no"
    if tls_port:
        cert_file, key_file = _self_signed(root)
        ssl = f"ssl = yes\nssl_cert = <{cert_file}\nssl_key = <{key_file}"
    mechanisms, oauth2 = "plain login", ""
    if tokeninfo_url:
        # Dovecot's oauth2 passdb asks a token server whether an access token is good and
        # whose it is (as Microsoft's would); XOAUTH2 and OAUTHBEARER sign in with it.
        mechanisms += " xoauth2 oauthbearer"
        (root / "dovecot-oauth2.conf.ext").write_text(
            f"tokeninfo_url = {tokeninfo_url}\nusername_attribute = username\n"
            "active_attribute = active\nactive_value = true\n")
        oauth2 = f"""passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/dovecot-oauth2.conf.ext
}}"""
    return f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl}
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
default_internal_user = {internal}
default_internal_group = {group}
default_login_user = {login}
first_valid_uid = {min(uid, 500)}
mail_location = maildir:{root}/mail/%n
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
{oauth2}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%n
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port or 0}
    ssl = {"yes" if tls_port else "no"}
  }}
}}
service anvil {{
  chroot =
}}
""", uid, gid


def _running_dovecot(tls: bool, tokeninfo_url: str | None = None) -> Iterator[Dovecot]:
    if not os.path.exists(DOVECOT):
        pytest.skip("Dovecot is not installed (Debian package dovecot-imapd; .ci/run "
                    "installs it): the privacy-mailbox tests need a real IMAP server")
    root = Path(tempfile.mkdtemp(prefix="dsar-dovecot-"))
    root.chmod(0o755)
    port = free_port()
    tls_port = free_port() if tls else None
    conf, uid, gid = _dovecot_conf(root, port, tls_port, tokeninfo_url)
    for sub in ("mail", "home"):
        (root / sub).mkdir()
        os.chown(root / sub, uid, gid)
    (root / "passwd").write_text(f"{MAIL_USER}:{{PLAIN}}{MAIL_PASSWORD}\n")
    server = Dovecot(root, port, tls_port=tls_port,
                     certificate=root / "cert.pem" if tls else None)
    server.conf.write_text(conf)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A running Dovecot with the user privacy@smarttek.eu and an empty INBOX."""
    yield from _running_dovecot(tls=False)


@pytest.fixture
def dovecot_tls() -> Iterator[Dovecot]:
    """The same with TLS: implicit TLS on `tls_port`, STARTTLS on `port`, a self-signed
    certificate for 127.0.0.1 made here."""
    yield from _running_dovecot(tls=True)


# The access token the test token server says is good, for MAIL_USER.
IMAP_TOKEN = "EwBIA8l6BAAUbDba3x2OMJElkF7gJ4z"


@dataclass
class TokenServer:
    """A stand-in for the identity provider's token-info endpoint, on a free local port: a good
    token gives {"username": ..., "active": true}, any other 401. Keeps the tokens asked about."""
    url: str
    asked: list[str]


@contextlib.contextmanager
def _token_server() -> Iterator[TokenServer]:
    import json
    import threading
    import urllib.parse
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    asked: list[str] = []

    class TokenInfo(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            token = urllib.parse.unquote(self.path.partition("access_token=")[2])
            asked.append(token)
            good = token == IMAP_TOKEN
            body = json.dumps({"username": MAIL_USER, "active": True} if good
                              else {"error": "invalid_token"}).encode()
            self.send_response(200 if good else 401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), TokenInfo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield TokenServer(f"http://127.0.0.1:{server.server_address[1]}/tokeninfo?access_token=",
                          asked)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def dovecot_oauth2() -> Iterator[tuple[Dovecot, TokenServer]]:
    """Dovecot that also takes XOAUTH2 (Microsoft 365's sign-in), asking a local token server."""
    with _token_server() as tokens:
        for server in _running_dovecot(tls=False, tokeninfo_url=tokens.url):
            yield server, tokens


@dataclass
class ReceivedMail:
    sender: str
    recipients: list[str]
    data: bytes
    # Who signed in for it (the user name of AUTH), "" when nobody did.
    signed_in_as: str = ""


@dataclass
class SmtpServer:
    port: int
    received: list[ReceivedMail]
    security: str = "none"
    # With TLS: the test's own certificate (also its CA), to trust through SSL_CERT_FILE.
    certificate: Path | None = None
    # What the server took as sign-ins: (mechanism, user, secret), secret being the password
    # or the OAuth2 bearer token.
    sign_ins: list[tuple[str, str, str]] = field(default_factory=list)

    def settings(self) -> dict:
        return {"host": "127.0.0.1", "port": self.port, "security": self.security, "user": "",
                "sender": "privacy@smarttek.eu"}


SMTP_USER = "privacy@smarttek.eu"
SMTP_PASSWORD = "smtp pass 42"
# The access token the test server accepts with XOAUTH2 (as Microsoft 365 would one of its own).
SMTP_TOKEN = "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCcl"


def _tls_context(root: Path):  # type: ignore[no-untyped-def]
    import ssl

    cert_file, key_file = _self_signed(root)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context, cert_file


def _running_smtp(security: str = "none", offer_starttls: bool = True
                  ) -> Iterator[SmtpServer]:
    """aiosmtpd on a free port: plain, STARTTLS (offered and then required before anything
    else) or implicit TLS; it accepts PLAIN/LOGIN with SMTP_USER/SMTP_PASSWORD and XOAUTH2
    with SMTP_TOKEN, and only after TLS (aiosmtpd's default) unless the server is plain."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    received: list[ReceivedMail] = []
    sign_ins: list[tuple[str, str, str]] = []

    class Keep:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
            received.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos),
                                         bytes(envelope.original_content or envelope.content),
                                         session.auth_data.login.decode()
                                         if session.auth_data else ""))
            return "250 Message accepted for delivery"

        async def auth_XOAUTH2(self, server, args):  # noqa: N802 - aiosmtpd's naming rule
            """SASL XOAUTH2 as Microsoft 365 takes it: base64 of
            "user=U^Aauth=Bearer T^A^A", here only in the AUTH line itself."""
            import base64

            try:
                fields = base64.b64decode(args[1], validate=True).decode().split("\x01")
                user = fields[0].removeprefix("user=")
                token = fields[1].removeprefix("auth=Bearer ")
                well_formed = fields[0].startswith("user=") and \
                    fields[1].startswith("auth=Bearer ") and fields[2:] == ["", ""]
            except (IndexError, ValueError):
                return AuthResult(success=False, handled=False,
                                  message="501 5.5.2 Malformed XOAUTH2")
            sign_ins.append(("XOAUTH2", user, token))
            if well_formed and user == SMTP_USER and token == SMTP_TOKEN:
                return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))
            return AuthResult(success=False, handled=False,
                              message="535 5.7.3 Authentication unsuccessful")

    def authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001
        user, password = auth_data.login.decode(), auth_data.password.decode()
        sign_ins.append((mechanism, user, password))
        # handled=False: aiosmtpd then answers 535 itself (else the client waits for nothing).
        return AuthResult(success=user == SMTP_USER and password == SMTP_PASSWORD,
                          handled=False, auth_data=auth_data)

    root = Path(tempfile.mkdtemp(prefix="dsar-smtp-"))
    # aiosmtpd counts only STARTTLS as TLS for AUTH; on SMTPS the whole connection is TLS.
    kwargs: dict = {"authenticator": authenticator, "auth_require_tls": security == "starttls"}
    certificate = None
    if security != "none":
        context, certificate = _tls_context(root)
        if security == "tls":
            kwargs["ssl_context"] = context
        elif offer_starttls:
            kwargs |= {"tls_context": context, "require_starttls": True}
    port = free_port()
    controller = Controller(Keep(), hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield SmtpServer(port, received, security if offer_starttls else "starttls",
                         certificate, sign_ins)
    finally:
        controller.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A real SMTP server (aiosmtpd) on a free local port that keeps what it receives."""
    yield from _running_smtp()


@pytest.fixture
def smtp_starttls() -> Iterator[SmtpServer]:
    """The same offering STARTTLS (and requiring it), with a certificate for 127.0.0.1 made
    here."""
    yield from _running_smtp("starttls")


@pytest.fixture
def smtps_server() -> Iterator[SmtpServer]:
    """The same with implicit TLS from the first byte (SMTPS, usually port 465)."""
    yield from _running_smtp("tls")


@pytest.fixture
def smtp_without_starttls() -> Iterator[SmtpServer]:
    """A plain server that does not offer STARTTLS, its settings asking for STARTTLS: as a
    man in the middle stripping STARTTLS from the server's answer would look."""
    yield from _running_smtp("starttls", offer_starttls=False)
