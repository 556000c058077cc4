"""Synthetic recordings for the demo systems: a short WAV per call and a PNG still per CCTV
record, so the subject's package can carry real copies (GDPR 15(3): a file reference alone
is not a copy). Written with the standard library only; every file is a few kilobytes.
"""

from __future__ import annotations

import math
import struct
import wave
import zlib
from pathlib import Path

import sqlalchemy as sa

from smarttek_dsar.demo.systems_schema import call_recordings, cctv_records

# A large demo keeps the first recordings only: the others are "unavailable", which the
# package then answers by saying how the copy is provided.
MEDIA_LIMIT = 2_000
_RATE = 8_000


def write_demo_media(url: str, folder: Path, *, limit: int = MEDIA_LIMIT) -> int:
    """Write the files the demo systems' rows name under `folder`; returns how many."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            calls = conn.execute(sa.select(call_recordings.c.id, call_recordings.c.file_ref)
                                 .order_by(call_recordings.c.id).limit(limit)).all()
            stills = conn.execute(sa.select(cctv_records.c.id, cctv_records.c.file_ref)
                                  .order_by(cctv_records.c.id).limit(limit)).all()
    finally:
        engine.dispose()
    for call_id, ref in calls:
        _write_wav(_inside(folder, ref), 300 + (call_id % 7) * 60)
    for still_id, ref in stills:
        _write_png(_inside(folder, ref), still_id)
    return len(calls) + len(stills)


def _inside(folder: Path, ref: str) -> Path:
    path = folder / ref
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _write_wav(path: Path, pitch: int) -> None:
    """Half a second of a soft tone, 8 kHz 8-bit mono: a stand-in for a call."""
    frames = bytes(
        int(128 + 60 * math.sin(2 * math.pi * pitch * n / _RATE)) for n in range(_RATE // 2)
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(_RATE)
        out.writeframes(frames)


def _write_png(path: Path, seed: int, width: int = 64, height: int = 48) -> None:
    """A small grey still: a gradient with a darker figure, like a frame of a camera."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            shade = 90 + (x + y + seed) % 100
            if 24 <= x <= 40 and 12 <= y <= 44:
                shade //= 3
            rows.append(shade)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                     + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))
