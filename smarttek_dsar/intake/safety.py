"""Attachment names and contents that are safe to store, list and save on a Windows desk.

Policy, applied the same way to e-mail, Outlook and portal attachments:

* A name that is merely awkward or hostile as a *path* (folders, "..", control or bidi
  characters, characters Windows forbids, reserved device names such as CON or NUL, leading
  dots, trailing dots/spaces, very long names) is rewritten to a safe name. The content is
  harmless bytes, and the request must still be taken in because its clock is running.
* A file that is a program or script (by its final extension, including double extensions
  such as "iesniegums.pdf.exe", or by an executable header inside) is refused with
  IntakeError. No data subject request needs one; such mail is far more likely to be an
  attack than a request, and storing it would put it one double-click away from every
  case handler. The DPO is told to have IT check the message and, if it is genuine, to
  register the request by hand (the clock still runs from its arrival).
"""

from __future__ import annotations

import mimetypes
import posixpath
import re
import unicodedata

from smarttek_dsar.intake.incoming import IncomingAttachment, IntakeError, sha256_hex

EXECUTABLE_EXTENSIONS = frozenset(
    {
        "exe", "com", "scr", "pif", "bat", "cmd", "js", "jse", "vbs", "vbe", "wsf", "wsh",
        "ps1", "psm1", "lnk", "msi", "msp", "hta", "cpl", "jar", "reg", "dll", "scf", "url",
    }
)  # fmt: skip

# Windows opens a device, not a file, for these names with any extension. Besides the digits
# 1-9 it also takes the superscripts ¹ ² ³ as port numbers (COM¹.txt is the serial port), and
# the console has two names of its own; 0 is included because some versions reserve it too.
_PORT_NUMBERS = "0123456789\u00b9\u00b2\u00b3"
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{digit}" for digit in _PORT_NUMBERS}
    | {f"lpt{digit}" for digit in _PORT_NUMBERS}
)
_FORBIDDEN_CHARS = re.compile(r'[<>:"|?*]')
_MAX_NAME_CHARS = 150


def safe_filename(raw: str | None, *, fallback_stem: str, media_type: str = "") -> str:
    """A name safe on Windows and POSIX; `fallback_stem` names files that came without one."""
    name = unicodedata.normalize("NFC", raw or "")
    # Drop control and format characters: a right-to-left override can make
    # "invoice\u202efdp.exe" look like "invoiceexe.pdf" in a file list.
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    # Only the last path component is a name; anything before it is a path attack or noise.
    name = posixpath.basename(name.replace("\\", "/"))
    name = _FORBIDDEN_CHARS.sub("_", name)
    name = name.strip().lstrip(".").rstrip(". ")
    if not name:
        extension = mimetypes.guess_extension(media_type or "") or ".bin"
        name = f"{fallback_stem}{extension}"
    stem, dot, extension = name.partition(".")
    if stem.strip().lower() in _WINDOWS_RESERVED:
        name = f"_{name}"
    if len(name) > _MAX_NAME_CHARS:
        base, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            name = f"{base[: _MAX_NAME_CHARS - len(extension) - 1]}.{extension}"
        else:
            name = name[:_MAX_NAME_CHARS]
    return name


def is_executable_name(name: str) -> bool:
    base, dot, extension = name.rpartition(".")
    return bool(dot) and extension.lower() in EXECUTABLE_EXTENSIONS


def _has_windows_program_header(content: bytes | memoryview) -> bool:
    # A PE program starts with "MZ" and points at a "PE\0\0" signature; checking both keeps
    # ordinary files that happen to start with "MZ" from being refused.
    if len(content) < 64 or content[:2] != b"MZ":
        return False
    offset = int.from_bytes(content[60:64], "little")
    return content[offset : offset + 4] == b"PE\0\0"


def make_attachment(
    raw_name: str | None,
    content: bytes | memoryview,
    media_type: str,
    *,
    source_filename: str,
    index: int,
    max_bytes: int,
) -> IncomingAttachment:
    """One checked attachment; `index` (1-based) names files that came without a name."""
    media_type = (media_type or "application/octet-stream").lower()
    name = safe_filename(raw_name, fallback_stem=f"attachment-{index}", media_type=media_type)
    if len(content) > max_bytes:
        raise IntakeError(
            "{source_filename}: the attachment “{name}” is {content}, over the limit of "
            "{max_bytes}. Ask the sender for a smaller file or a link, or register the "
            "request by hand.", source_filename=source_filename, name=name, content=_megabytes(len(content)), max_bytes=_megabytes(max_bytes)
        )
    if is_executable_name(name) or _has_windows_program_header(content):
        raise IntakeError(
            "{source_filename}: the attachment “{name}” is a program or script, which is not "
            "taken into the case file. Do not open it; ask IT to check the message. If the "
            "request is genuine, register it by hand: the deadline still runs from the day "
            "it arrived.", source_filename=source_filename, name=name
        )
    return IncomingAttachment(
        filename=name, content=content, sha256=sha256_hex(content), media_type=media_type
    )


def unique_names(attachments: list[IncomingAttachment]) -> tuple[IncomingAttachment, ...]:
    """Attachments with distinct names, so saving them all to one folder loses nothing."""
    seen: set[str] = set()
    result = []
    for attachment in attachments:
        name = attachment.filename
        base, dot, extension = name.rpartition(".")
        if not dot:
            base, extension = name, ""
        counter = 2
        while name.lower() in seen:
            name = f"{base} ({counter}){dot}{extension}"
            counter += 1
        seen.add(name.lower())
        if name != attachment.filename:
            attachment = IncomingAttachment(
                filename=name,
                content=attachment.content,
                sha256=attachment.sha256,
                media_type=attachment.media_type,
            )
        result.append(attachment)
    return tuple(result)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
