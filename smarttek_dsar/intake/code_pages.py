"""Windows code page numbers (as Outlook, TNEF and RTF store them) to Python codecs.

ANSI strings in .msg and TNEF files and \\'hh bytes in RTF are in the sender's Windows code
page. Unknown numbers fall back to Windows-1252, as Outlook itself does, and bytes never fail
to decode (a garbled letter is better than a refused request).
"""

from __future__ import annotations

import codecs

# The numbers whose Python name is not simply "cp<number>", following the WHATWG labels
# (ISO-8859-1 is read as windows-1252, GB2312 as GB18030).
_NAMED = {
    1200: "utf-16-le", 1201: "utf-16-be", 20127: "ascii", 20866: "koi8-r", 21866: "koi8-u",
    28591: "cp1252", 28592: "iso8859-2", 28594: "iso8859-4", 28595: "iso8859-5",
    28597: "iso8859-7", 28599: "iso8859-9", 28603: "iso8859-13", 28605: "iso8859-15",
    50220: "iso2022-jp", 50221: "iso2022-jp", 50222: "iso2022-jp", 51932: "euc-jp",
    51949: "euc-kr", 936: "gb18030", 54936: "gb18030", 65000: "utf-7", 65001: "utf-8",
    10000: "mac-roman",
}  # fmt: skip
DEFAULT_CODE_PAGE = 1252


def codec_for(code_page: int | None) -> str:
    """The Python codec for a Windows code page number; Windows-1252 when unknown."""
    if not code_page:
        return "cp1252"
    name = _NAMED.get(code_page, f"cp{code_page}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"


def decode_ansi(data: bytes, code_page: int | None) -> str:
    return data.decode(codec_for(code_page), errors="replace")
