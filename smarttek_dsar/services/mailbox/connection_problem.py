"""One short reason for a failed mail connection, shared by IMAP and SMTP: the user must be able
to tell an untrusted certificate from a wrong port or a server that is down."""

from __future__ import annotations

import socket
import ssl


def connection_reason(exc: BaseException) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        # The computer does not trust the server's certificate (or it names another host):
        # the connection is refused, never continued without the check.
        return ("the secure connection failed: the server's certificate is not trusted by "
                "this computer (" + (exc.verify_message or exc.reason or "not verified") + ")")
    if isinstance(exc, ssl.SSLError):
        return "the secure connection failed: " + (exc.reason or type(exc).__name__)
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "no answer in time"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    text = str(exc).strip()
    return text[:200] if text else type(exc).__name__
