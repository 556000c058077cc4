"""~100 MB e-mail files written straight to disk (building them with the stdlib would take
longer than importing them), for the memory tests of intake (issue 13)."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

MB = 1024 * 1024
_HEADERS = (
    "Received: from mx.example.lv by mx.smarttek.eu; Tue, 03 Sep 2024 08:15:00 +0300\r\n"
    "From: Liela Vestule <liela@example.lv>\r\n"
    "To: privacy@smarttek.eu\r\n"
    "Subject: Datu pieprasījums\r\n"
    "Date: Tue, 03 Sep 2024 08:10:00 +0300\r\n"
    "Message-ID: <{id}@example.lv>\r\n"
    "MIME-Version: 1.0\r\n"
)
REQUEST = "Labdien! Lūdzu sniegt piekļuvi maniem personas datiem un to kopiju.\r\n"


def _file(megabytes: float, seed: int) -> bytes:
    """Content that does not compress to nothing and differs from file to file."""
    block = hashlib.sha256(bytes([seed])).digest() * 4096 + bytes(range(256)) * 512
    whole = int(megabytes * MB)
    return (block * (whole // len(block) + 1))[:whole]


def mail_with_files(path: Path, files: dict[str, bytes], message_id: str) -> None:
    """A request with these files attached base64, as mail programs send them."""
    with path.open("wb") as out:
        out.write((_HEADERS.format(id=message_id)
                   + 'Content-Type: multipart/mixed; boundary="B"\r\n\r\n').encode())
        out.write(b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n"
                  b"Content-Transfer-Encoding: 8bit\r\n\r\n" + REQUEST.encode())
        for name, content in files.items():
            out.write(b"--B\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: "
                      b"base64\r\nContent-Disposition: attachment; filename=\"%s\"\r\n\r\n"
                      % name.encode())
            step = 57 * 20_000  # whole base64 lines at a time
            for start in range(0, len(content), step):
                out.write(base64.encodebytes(content[start:start + step]).replace(b"\n",
                                                                                   b"\r\n"))
        out.write(b"--B--\r\n")


def one_big_attachment(path: Path) -> bytes:
    """A ~100 MB mail whose one file (74 MB) is over the 25 MB attachment limit."""
    content = _file(74, 1)
    mail_with_files(path, {"skenējums.pdf": content}, "big-attachment")
    return content


def several_attachments(path: Path) -> dict[str, bytes]:
    """A ~95 MB mail with four files, each under the 25 MB attachment limit."""
    files = {f"dokuments-{n}.pdf": _file(17.5, 10 + n) for n in range(1, 5)}
    mail_with_files(path, files, "several-attachments")
    return files


def huge_text(path: Path) -> None:
    """A ~100 MB mail that is one text/plain body."""
    with path.open("wb") as out:
        out.write((_HEADERS.format(id="huge-text") + 'Content-Type: text/plain; '
                   'charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n').encode())
        line = REQUEST.encode()
        chunk = line * (MB // len(line))
        for _ in range(100):
            out.write(chunk)
