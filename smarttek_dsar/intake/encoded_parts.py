"""Parts of a mail whose content is wrapped once more: a forwarded mail sent base64 or
quoted-printable encoded, and S/MIME bodies the desk cannot open.

RFC 2046 5.2.1 allows only 7bit, 8bit or binary for message/rfc822, yet some clients (and
gateways that "armour" everything) encode a forwarded mail as base64 or quoted-printable. The
stdlib parser then reads the encoded text as if it were the mail, so the forwarded request
showed as a block of base64. It is decoded here and read again as the mail it is.

An S/MIME encrypted body (application/pkcs7-mime; smime-type=enveloped-data, RFC 8551) can be
read only with the recipient's private key, which the desk does not hold: the case is still
registered (the deadline runs from receipt, GDPR 12(3)) with a plain warning that its text must
be read in the mail program that holds the key.
"""

from __future__ import annotations

import binascii
import email
import email.policy
import quopri
from email.message import Message

from smarttek_dsar.domain import messages as words
from smarttek_dsar.intake.header_limits import FieldTrimmer
from smarttek_dsar.intake.mail_size import lift_large_parts, scan_parts

_PKCS7 = ("application/pkcs7-mime", "application/x-pkcs7-mime")
ENCRYPTED = words.message(
    "The e-mail is encrypted (S/MIME), so its text cannot be read here: the case has only "
    "its subject. Open the mail in the mail program that holds the decryption key, read the "
    "request there and complete the case (rights, subject) by hand."
)
OPAQUE_SIGNED = words.message(
    "The e-mail's text is packed inside an S/MIME signature (smime.p7m) that the desk cannot "
    "open, so it cannot be read here. Open the mail in a mail program, read the request there "
    "and complete the case (rights, subject) by hand."
)


def decoded_forward(container: Message, inner: Message) -> tuple[Message, list[str]]:
    """The forwarded mail in `container`, decoded when it was sent base64 or
    quoted-printable; `inner` (as parsed) when it was not, or cannot be decoded. With the
    notes on header fields cut for being too long (intake/header_limits.py)."""
    encoding = str(container.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding not in ("base64", "quoted-printable"):
        return inner, []
    # The parser read the encoded text as a mail: written out again it is that text.
    encoded = inner.as_bytes(policy=email.policy.compat32)
    try:
        raw = binascii.a2b_base64(encoded) if encoding == "base64" \
            else quopri.decodestring(encoded)
    except (binascii.Error, ValueError):
        return inner, []
    # The decoded mail meets the stdlib parser for the first time: the same header limits
    # as the mail around it (the outer scan saw only encoded text).
    trimmer = FieldTrimmer()
    try:
        scan_parts(raw, trimmer)
    except Exception:  # noqa: BLE001 - over a limit: leave it encoded, as it came
        return inner, []
    readable, _ = lift_large_parts(raw, [], trimmer.ranges())
    decoded = email.message_from_bytes(readable, policy=email.policy.default)
    # Encoded text that was no mail after all reads as a mail with no headers: keep it as is.
    return (decoded, trimmer.notes()) if decoded.keys() else (inner, [])


def smime_warning(part: Message, media_type: str) -> str | None:
    """What the DPO must be told about an S/MIME part whose text the desk cannot read."""
    if media_type not in _PKCS7:
        return None
    kind = str(part.get_param("smime-type") or "").strip().lower()
    if kind in ("enveloped-data", "authenveloped-data"):
        return ENCRYPTED
    if kind == "signed-data":
        return OPAQUE_SIGNED
    name = (part.get_filename() or "").lower()
    # Without smime-type (older clients): smime.p7m is encrypted or opaque-signed; either way
    # the text inside cannot be read here.
    return ENCRYPTED if name.endswith(".p7m") or not kind else None
