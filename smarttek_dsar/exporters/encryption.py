"""Optional password protection of the package (GDPR 32(1)(a): encryption in transit).

The password is given to the subject through another channel; it is never written to any
file, log or manifest here.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from smarttek_dsar.domain.errors import DomainError

# The recipient opens a 7z archive with 7-Zip, p7zip, Keka, The Unarchiver or Windows 11's
# own Explorer. Its AES-256 key comes from the passphrase through 2^19 rounds of SHA-256
# (py7zr's and 7-Zip's default), so each guess costs an attacker some hundreds of times more
# than the 1,000 PBKDF2-HMAC-SHA1 rounds of a WinZip-AES ZIP. The header is encrypted too: file
# names (they carry the case number) stay hidden without the passphrase.
ARCHIVE_SUFFIX = ".7z"
# Even 12 random characters of the generator's alphabet carry about 59 bits; with the slow key
# derivation that outlasts the time a package is of use to anyone. The generator gives more.
MIN_PASSWORD_LENGTH = 12
# Lower-case letters and digits without look-alikes (0/o, 1/l/i): easy to read out by phone.
_PASSPHRASE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_PASSPHRASE_GROUPS, _PASSPHRASE_GROUP_LENGTH = 5, 4


class PasswordTooShort(DomainError):
    """The password is too short to protect a package; a message code (domain/messages.py)."""


def check_password(password: str) -> None:
    if len(password.strip()) < MIN_PASSWORD_LENGTH:
        raise PasswordTooShort(
            "The package password must have at least {count} characters; generate one (the "
            "Generate button, or --generate-password) and give it to the subject by phone or "
            "another channel than the package.", count=MIN_PASSWORD_LENGTH)


def generate_passphrase() -> str:
    """Five groups of four characters (e.g. `k7mq-3xr9-zt4a-...`), about 99 bits from the
    operating system's random source; dashes make it easy to read out and type."""
    groups = ("".join(secrets.choice(_PASSPHRASE_ALPHABET)
                      for _ in range(_PASSPHRASE_GROUP_LENGTH))
              for _ in range(_PASSPHRASE_GROUPS))
    return "-".join(groups)


def encrypt_pdf(source: Path, target: Path, password: str) -> None:
    """Write `source` to `target` encrypted with AES-256; opening needs `password`."""
    writer = PdfWriter(clone_from=PdfReader(source))
    # The owner password is random and thrown away: nobody needs to lift the permissions.
    writer.encrypt(
        user_password=password, owner_password=secrets.token_urlsafe(24), algorithm="AES-256"
    )
    with target.open("wb") as out:
        writer.write(out)


def encrypted_archive(
    files: Sequence[Path],
    target: Path,
    password: str,
    check_cancel: Callable[[], None] = lambda: None,
) -> None:
    """Write `files` into a 7z archive at `target`: AES-256, header encrypted, `password`."""
    check_password(password)
    import py7zr  # a fifth of a second to import: only when a package is encrypted

    # Deflate (7z method "Deflate", read by every 7-Zip): the PDF and XLSX are compressed
    # already and the JSON still shrinks; LZMA2, even at preset 1, took twice as long for a
    # 4.5 MB package for a quarter smaller archive (the key derivation is most of the rest).
    filters = [{"id": py7zr.FILTER_DEFLATE}, {"id": py7zr.FILTER_CRYPTO_AES256_SHA256}]
    with py7zr.SevenZipFile(target, "w", password=password, header_encryption=True,
                            filters=filters) as archive:
        for path in files:
            check_cancel()
            archive.write(path, arcname=path.name)


def read_from_archive(archive: Path, name: str, password: str) -> bytes:
    """One member of an encrypted package, decrypted in memory (for the window's preview:
    nothing unencrypted is written to disk)."""
    import py7zr
    from py7zr.io import BytesIOFactory

    with py7zr.SevenZipFile(archive, "r", password=password) as opened:
        factory = BytesIOFactory(limit=1 << 31)
        opened.extract(targets=[name], factory=factory)
        member = factory.get(name)
        member.seek(0)
        return member.read()
