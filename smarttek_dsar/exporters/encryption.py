"""Optional password protection of the package (GDPR 32(1)(a): encryption in transit).

The password is given to the subject through another channel; it is never written to any
file, log or manifest here.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from pathlib import Path

import pyzipper
from pypdf import PdfReader, PdfWriter

# Already-compressed formats gain nothing from deflate; storing them saves time.
_STORED_SUFFIXES = {".pdf", ".xlsx", ".zip"}
_BLOCK = 1024 * 1024
MIN_PASSWORD_LENGTH = 8


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(
            f"The package password must have at least {MIN_PASSWORD_LENGTH} characters."
        )


def encrypt_pdf(source: Path, target: Path, password: str) -> None:
    """Write `source` to `target` encrypted with AES-256; opening needs `password`."""
    writer = PdfWriter(clone_from=PdfReader(source))
    # The owner password is random and thrown away: nobody needs to lift the permissions.
    writer.encrypt(
        user_password=password, owner_password=secrets.token_urlsafe(24), algorithm="AES-256"
    )
    with target.open("wb") as out:
        writer.write(out)


def encrypted_zip(
    files: Sequence[Path],
    target: Path,
    password: str,
    check_cancel: Callable[[], None] = lambda: None,
) -> None:
    """Write `files` into an AES-256 (WinZip AES) ZIP at `target`, protected by `password`."""
    with pyzipper.AESZipFile(
        target, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    ) as archive:
        archive.setpassword(password.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        for path in files:
            info = archive.zipinfo_cls.from_file(path, arcname=path.name)
            info.compress_type = (
                pyzipper.ZIP_STORED
                if path.suffix.lower() in _STORED_SUFFIXES
                else pyzipper.ZIP_DEFLATED
            )
            with path.open("rb") as source, archive.open(info, "w", force_zip64=True) as member:
                while block := source.read(_BLOCK):
                    check_cancel()
                    member.write(block)
