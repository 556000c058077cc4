"""Text of a mail in whatever charset it was really written in.

Mail in the wild is mislabelled: "gb2312" that is GBK, "iso-8859-1" that is Windows-1252 (the
euro sign, curly quotes), "utf-8" over Latin-1 bytes, "iso-2022-jp" over UTF-8. Browsers
settled this long ago, and mail readers follow them:

1. the label is read as the WHATWG Encoding Standard reads it (gb2312 -> gb18030,
   iso-8859-1 / latin1 -> windows-1252, ks_c_5601-1987 -> windows-949, ...). "us-ascii" is
   the one exception: WHATWG reads it as windows-1252, but 8-bit bytes under that label say
   only that the label is wrong, and in a Latvian mailbox they are far more often Baltic
   text, so such text goes to the fallbacks below, which end with windows-1252 anyway;
2. when the text does not decode cleanly under its label (or has none), UTF-8 is tried, then
   Windows-1257 (Baltic: mail without a usable label in Latvia is almost always that), then
   Windows-1252, which reads nearly any byte.

Headers with raw 8-bit bytes (RFC 6532 UTF-8 headers, or Latin-1 written without RFC 2047
encoding) are read the same way, from the bytes the parser kept (surrogate escapes).
"""

from __future__ import annotations

import binascii
import codecs
import re

# WHATWG Encoding Standard labels where Python's codec of the same name decodes less than
# browsers (and so mail readers) do. Labels not listed here mean what Python says they mean.
WHATWG_ALIASES = {
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "csiso58gb231280",
                     "gb_2312", "gb_2312-80", "iso-ir-58"), "gb18030"),
    **dict.fromkeys(("iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1",
                     "cp819", "ibm819", "csisolatin1", "iso-ir-100", "cp1252", "x-cp1252",
                     "windows-1252"), "cp1252"),
    **dict.fromkeys(("iso-8859-9", "iso8859-9", "iso_8859-9", "latin5", "l5", "iso-ir-148",
                     "csisolatin5", "windows-1254"), "cp1254"),
    **dict.fromkeys(("iso-8859-11", "iso8859-11", "tis-620", "dos-874", "windows-874"),
                    "cp874"),
    **dict.fromkeys(("ks_c_5601-1987", "ks_c_5601-1989", "euc-kr", "korean", "ksc5601",
                     "ksc_5601", "windows-949", "csksc56011987", "iso-ir-149"), "cp949"),
    **dict.fromkeys(("shift_jis", "shift-jis", "sjis", "ms_kanji", "x-sjis", "windows-31j",
                     "csshiftjis"), "cp932"),
    **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5"), "big5hkscs"),
    **dict.fromkeys(("iso-8859-8-i", "csiso88598i", "logical"), "iso-8859-8"),
    **dict.fromkeys(("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
                     "utf8"), "utf-8"),
}
FALLBACKS = ("utf-8", "cp1257", "cp1252")
_ESCAPED = re.compile("[\udc80-\udcff]")


def codec_for(label: str | None) -> str | None:
    """The Python codec a charset label means, or None for a missing or unknown label."""
    if not label:
        return None
    name = label.strip().strip('"').lower()
    name = WHATWG_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # Only text encodings: a label such as "base64" or "rot13" names no charset.
    return info.name if getattr(info, "_is_text_encoding", True) else None


def decode_text(payload: bytes, charset: str | None) -> str:
    """`payload` as text: under its label when that reads it cleanly, else the fallbacks."""
    codec = codec_for(charset)
    if codec is not None:
        try:
            return payload.decode(codec)
        except UnicodeDecodeError:
            pass
    return decode_unlabelled(payload)


def decode_unlabelled(payload: bytes) -> str:
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a stray broken byte is still UTF-8: keep it when most of what is not ASCII
    # decodes as UTF-8, rather than turning every ā of the text into two Baltic characters.
    as_utf8 = payload.decode("utf-8", errors="replace")
    broken = as_utf8.count("\ufffd")
    if sum(1 for c in as_utf8 if ord(c) > 127 and c != "\ufffd") > broken:
        return as_utf8
    for codec in FALLBACKS[1:-1]:
        try:
            return payload.decode(codec)
        except UnicodeDecodeError:
            continue
    return payload.decode(FALLBACKS[-1], errors="replace")


def has_raw_bytes(text: str) -> bool:
    """Whether a header value the parser read from bytes kept 8-bit bytes in it."""
    return bool(_ESCAPED.search(text))


def header_from_raw(text: str) -> str:
    """A header value with raw 8-bit bytes (surrogate escapes) as the text it was written in."""
    return decode_unlabelled(text.encode("ascii", "surrogateescape"))


# RFC 2047 encoded words; RFC 2231 allows a language after the charset ("utf-8*lv").
_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")


def decode_words(text: str) -> str:
    """`text` with its RFC 2047 encoded words decoded, each charset read as decode_text reads
    a body (so "=?gb2312?...?=" that is GBK, or "=?utf-8?...?=" over Baltic bytes, come out
    right). Adjacent words of one charset are joined before decoding (RFC 2047 6.2), as a
    character may be split between them. A broken word is left as it is."""
    if "=?" not in text:
        return text
    out: list[str] = []
    pending: tuple[str, bytearray] | None = None
    position = 0
    for match in _WORD.finditer(text):
        between = text[position:match.start()]
        charset = match.group(1).split("*", 1)[0].lower()
        payload = _word_bytes(match.group(2), match.group(3))
        if payload is None:
            continue  # left in the text as written
        if pending is not None and not between.strip() and pending[0] == charset:
            pending[1].extend(payload)
        else:
            if pending is not None:
                out.append(decode_text(bytes(pending[1]), pending[0]))
                pending = None
            # Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
            if between.strip() or not out:
                out.append(between)
            pending = (charset, bytearray(payload))
        position = match.end()
    if pending is not None:
        out.append(decode_text(bytes(pending[1]), pending[0]))
    out.append(text[position:])
    return "".join(out)


def _word_bytes(encoding: str, encoded: str) -> bytes | None:
    try:
        if encoding in "bB":
            return binascii.a2b_base64(encoded + "=" * (-len(encoded) % 4))
        raw = encoded.replace("_", " ").encode("ascii")
        return binascii.a2b_qp(raw)
    except (binascii.Error, ValueError, UnicodeError):
        return None
