"""Outlook's compressed RTF bodies (MS-OXRTFCP) as plain text.

Outlook keeps some messages' body only as compressed RTF (PR_RTF_COMPRESSED), also in TNEF
(winmail.dat). `compressed-rtf` (MIT) unpacks it; the RTF is then reduced to its words here:
destinations that hold no text (fonts, colours, pictures, document info) are skipped, \\par
becomes a line break, \\'hh bytes are decoded in the document's code page and \\uN is a
Unicode character. RTF that encapsulates HTML (MS-OXRTFEX, \\fromhtml1, what Outlook writes
for HTML mail) is turned back into its HTML and read by html_text, like an HTML body.
"""

from __future__ import annotations

import re

import compressed_rtf

from smarttek_dsar.intake.code_pages import decode_ansi
from smarttek_dsar.intake.html_text import html_to_text

MAX_RTF_BYTES = 32 * 1024 * 1024  # unpacked; the header says the size before unpacking

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+"
    rb"|([^\\{}\r\n]+)"
)
# Destinations whose content is never text a person wrote.
_SKIPPED = frozenset(
    b"fonttbl colortbl stylesheet info pict object header footer headerl headerr footerl "
    b"footerr listtable listoverridetable rsidtbl generator xmlnstbl themedata "
    b"colorschememapping latentstyles datastore mmathPr pgdsctbl filetbl revtbl fldinst "
    b"bkmkstart bkmkend".split()
)
_BREAKS = {b"par": "\n", b"line": "\n", b"sect": "\n\n", b"page": "\n\n", b"tab": "\t",
           b"cell": "\t", b"row": "\n", b"emdash": "—", b"endash": "–", b"bullet": "•",
           b"lquote": "‘", b"rquote": "’", b"ldblquote": "“", b"rdblquote": "”"}  # fmt: skip


def _unicode(code: int) -> str:
    return chr(code) if 0 <= code < 0x110000 else "\ufffd"


class RtfError(ValueError):
    """The compressed RTF cannot be unpacked or is larger than the desk reads."""


def decompress_rtf(data: bytes) -> bytes:
    if len(data) < 16:
        raise RtfError("too short for compressed RTF")
    raw_size = int.from_bytes(data[4:8], "little")
    if raw_size > MAX_RTF_BYTES:
        raise RtfError("compressed RTF too large")
    try:
        return compressed_rtf.decompress(data)
    except Exception as exc:  # noqa: BLE001 - any failure of the third-party unpacker
        raise RtfError(f"compressed RTF damaged ({type(exc).__name__})") from exc


def rtf_to_text(rtf: bytes) -> str:
    """The words of an RTF document (or of the HTML it encapsulates)."""
    from_html = b"\\fromhtml" in rtf[:1024]
    out: list[str] = []
    pending = bytearray()  # \'hh bytes, decoded together so multi-byte code pages work
    code_page = 1252
    # Per group: (skipped, inside \htmlrtf, fallback characters after \uN)
    stack: list[tuple[bool, bool, int]] = []
    skip, html_rtf, uc = False, False, 1
    fallback = 0  # characters still to drop after a \uN

    def flush() -> None:
        if pending:
            out.append(decode_ansi(bytes(pending), code_page))
            pending.clear()

    for match in _TOKEN.finditer(rtf):
        word, number, hex_byte, symbol, brace, text = match.groups()
        if brace == b"{":
            stack.append((skip, html_rtf, uc))
            continue
        if brace == b"}":
            flush()
            if stack:
                skip, html_rtf, uc = stack.pop()
            fallback = 0
            continue
        if hex_byte is not None:
            if fallback:
                fallback -= 1
            elif not skip and not html_rtf:
                pending.extend(bytes.fromhex(hex_byte.decode()))
            continue
        if text is None:
            flush()
        if word is not None:
            value = int(number) if number is not None else None
            if word == b"ansicpg" and value:
                code_page = value
            elif word == b"uc" and value is not None:
                uc = max(0, value)
            elif word == b"htmlrtf":
                html_rtf = value != 0
            elif word == b"htmltag" and from_html:
                skip = False  # the group {\*\htmltagN ...} carries the HTML markup itself
            elif word in _SKIPPED:
                skip = True
            elif word == b"u" and value is not None:
                if not skip and not html_rtf:
                    out.append(_unicode(value + 65536 if value < 0 else value))
                fallback = uc
            elif word in _BREAKS and not skip and not html_rtf:
                out.append(_BREAKS[word])
            continue
        if symbol is not None:
            if symbol == b"*":
                # {\* ...}: an optional destination; unknown ones are skipped.
                skip = True
            elif symbol in (b"\\", b"{", b"}") and not skip and not html_rtf:
                out.append(symbol.decode())
            elif symbol == b"~" and not skip and not html_rtf:
                out.append("\u00a0")
            elif symbol == b"_" and not skip and not html_rtf:
                out.append("-")
            continue
        if text is not None and not skip and not html_rtf:
            if fallback:
                dropped = min(fallback, len(text))
                text, fallback = text[dropped:], fallback - dropped
            pending.extend(text)  # raw 8-bit text is in the document's code page too
    flush()
    # Characters beyond U+FFFF come as two \uN surrogates: join them; a lone one is dropped.
    result = "".join(out).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    result = result.replace("\0", "")  # the unpacked RTF often ends in a NUL
    if from_html:
        return html_to_text(result)
    lines = [line.rstrip() for line in result.replace("\r", "").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
