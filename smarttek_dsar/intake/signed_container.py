"""An ASiC-E container (.edoc from eParaksts, .asice, .bdoc) opened as plain data.

The container is a ZIP: a `mimetype` entry naming application/vnd.etsi.asic-e+zip, the
signatures in META-INF/*signatures*.xml and the signed files beside them (ETSI EN 319 162-1).
Nothing is extracted to disk; sizes are checked before reading, so a ZIP bomb or a thousand
entries is refused with a message instead of filling memory.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from smarttek_dsar.intake.incoming import IntakeError, MiB

ASIC_E_MEDIA_TYPE = "application/vnd.etsi.asic-e+zip"
ZIP_MAGIC = b"PK\x03\x04"
MAX_ENTRIES = 200
MAX_TOTAL_BYTES = 100 * MiB


@dataclass(frozen=True)
class SignedContainer:
    # name inside the container -> content; the names are as stored (may contain folders)
    files: dict[str, bytes] = field(repr=False)
    signatures: tuple[tuple[str, bytes], ...] = field(repr=False)


def looks_like_asic(data: bytes | memoryview) -> bool:
    """A ZIP whose first entry is the ASiC `mimetype` (what the standard requires, and what
    tells an .edoc from any other ZIP such as a .docx without reading it whole). `data` may
    be a view (an Outlook attachment); only its head is copied."""
    head = bytes(data[:300])
    return head.startswith(ZIP_MAGIC) and head[30:38] == b"mimetype" and \
        ASIC_E_MEDIA_TYPE.encode() in head[38:300]


def open_container(data: bytes, filename: str) -> SignedContainer:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise IntakeError("{filename}: the signed container is damaged and cannot be opened "
                          "({problem}). Ask the sender to send it again.", filename=filename,
                          problem=type(exc).__name__) from exc
    if len(entries) > MAX_ENTRIES or sum(i.file_size for i in entries) > MAX_TOTAL_BYTES:
        raise IntakeError("{filename}: the signed container holds more than {max_files} "
                          "files or {max_mb} MB; register the request by hand.",
                          filename=filename, max_files=MAX_ENTRIES,
                          max_mb=MAX_TOTAL_BYTES // MiB)
    contents: dict[str, bytes] = {}
    try:
        for info in entries:
            with archive.open(info) as stream:
                content = stream.read(info.file_size + 1)
            if len(content) != info.file_size:
                raise IntakeError("{filename}: the signed container's table of contents does "
                                  "not match its files; it may have been tampered with.",
                                  filename=filename)
            contents[info.filename] = content
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise IntakeError("{filename}: the signed container is damaged and cannot be read "
                          "({problem}). Ask the sender to send it again.", filename=filename,
                          problem=type(exc).__name__) from exc
    mimetype = contents.pop("mimetype", b"").strip()
    if mimetype != ASIC_E_MEDIA_TYPE.encode():
        raise IntakeError("{filename}: this is not an ASiC-E signed container (.edoc, .asice): "
                          "its mimetype entry is missing or different.", filename=filename)
    signatures = tuple(sorted(
        (name, content) for name, content in contents.items()
        if name.startswith("META-INF/") and "signatures" in name.lower()
        and name.lower().endswith(".xml")
    ))
    if not signatures:
        raise IntakeError("{filename}: the container holds no signature "
                          "(META-INF/signatures*.xml); it is not a signed document.",
                          filename=filename)
    files = {name: content for name, content in contents.items()
             if not name.startswith("META-INF/")}
    if not files:
        raise IntakeError("{filename}: the container holds no signed document.",
                          filename=filename)
    return SignedContainer(files, signatures)
