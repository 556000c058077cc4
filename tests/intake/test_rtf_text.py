"""RTF bodies (Outlook's PR_RTF_COMPRESSED, also inside winmail.dat) reduced to their words."""

from __future__ import annotations

import compressed_rtf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smarttek_dsar.intake.rtf_text import RtfError, decompress_rtf, rtf_to_text


def test_latvian_text_in_code_page_and_unicode_escapes() -> None:
    rtf = (rb"{\rtf1\ansi\ansicpg1257{\fonttbl{\f0 Arial;}}{\*\generator x;}"
           rb"Person\'e2 kods: 010190-12345\par \uc1 Pl\u257?ns \u-10179?\u-8704? beigas\par}")
    assert rtf_to_text(rtf) == "Personā kods: 010190-12345\nPlāns \U0001f600 beigas"


def test_skipped_destinations_and_escaped_braces() -> None:
    rtf = (rb"{\rtf1{\info{\title Slepens}{\author X}}{\pict\pngblip 89504e47}"
           rb"Teksts \{ar iekavam\} un \\ sleps\'ed{\*\unknown z}\tab beigas}")
    assert rtf_to_text(rtf) == "Teksts {ar iekavam} un \\ slepsí\tbeigas"


def test_compressed_rtf_round_trip_and_damage() -> None:
    rtf = rb"{\rtf1\ansi Labdien\par}"
    assert decompress_rtf(compressed_rtf.compress(rtf)).startswith(rb"{\rtf1\ansi Labdien")
    with pytest.raises(RtfError):
        decompress_rtf(b"short")
    with pytest.raises(RtfError):
        decompress_rtf(compressed_rtf.compress(rtf).replace(b"LZFu", b"XXXX"))
    huge = bytearray(compressed_rtf.compress(rtf))
    huge[4:8] = (64 * 1024 * 1024).to_bytes(4, "little")  # claims 64 MB unpacked
    with pytest.raises(RtfError, match="too large"):
        decompress_rtf(bytes(huge))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    b"{", b"}", b"\\par ", b"\\u-10179?", b"\\u99999999999 ", b"\\u-70000?", b"\\'e2",
    b"\\'zz", b"\\*", b"\\fromhtml1 ", b"\\htmlrtf ", b"\\htmlrtf0 ", b"\\ansicpg936 ",
    b"\\uc5 ", b"\\bin5 ", b"x", b"\xe2\x80", b"\\", b"\\htmltag1 <p>", b"<b>"]), max_size=40))
def test_any_rtf_gives_storable_text(pieces: list[bytes]) -> None:
    rtf_to_text(b"".join(pieces)).encode("utf-8")
