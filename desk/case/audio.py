"""Is this file a call recording? Its first bytes say, never its name; and how long it is.

Contact-centre platforms export recordings as MP3, WAV, Ogg or M4A. Each starts with a
signature: MP3 an ``ID3`` tag or an MPEG audio frame sync (eleven set bits), WAV ``RIFF`` and
``WAVE``, Ogg ``OggS``, M4A an ISO media ``ftyp`` box with an audio brand. Anything else is
refused with one line saying what the file looks like instead, since "x.mp3 is not audio: it
starts like text" tells a manager at once that the wrong file was picked.

The duration is given only where it is cheap and exact enough: WAV from its header; MP3 from
the first frame's bit rate (constant bit rate, which call recorders use). Others: unknown.
"""

from __future__ import annotations

import struct

from desk.errors import InputError

_M4A_BRANDS = (b"M4A ", b"M4B ", b"isom", b"iso2", b"mp41", b"mp42", b"dash", b"3gp4", b"3gp5")
# MPEG-1 Layer III bit rates (kbit/s) by index; MPEG-2/2.5 Layer III below.
_MPEG1_L3 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0)
_MPEG2_L3 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0)
_LOOKS_LIKE = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF file that is not WAVE audio"),
)


def sniff_audio(name: str, data: bytes) -> str:
    """The MIME type of a recording, from its first bytes; :class:`InputError` otherwise."""
    if data.startswith(b"ID3") or _frame_sync(data, 0):
        return "audio/mpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    if data.startswith(b"OggS"):
        return "audio/ogg"
    if data[4:8] == b"ftyp" and data[8:12] in _M4A_BRANDS:
        return "audio/mp4"
    raise InputError(f"{name} is not audio: it starts like {_looks_like(data)}")


def _looks_like(data: bytes) -> str:
    if not data:
        return "nothing (the file is empty)"
    if data[4:8] == b"ftyp":
        return f"an MP4 of brand {data[8:12].decode('latin-1')!r}, not an audio one"
    for magic, what in _LOOKS_LIKE:
        if data.startswith(magic):
            return what
    head = data[:512]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    if text and all(c.isprintable() or c in "\r\n\t" for c in text):
        return "text"
    return f"unknown bytes ({head[:4].hex(' ')})"


def _frame_sync(data: bytes, at: int) -> bool:
    """An MPEG audio frame header at ``at``: sync bits, a known version, Layer III."""
    if len(data) < at + 4 or data[at] != 0xFF or data[at + 1] & 0xE0 != 0xE0:
        return False
    version = (data[at + 1] >> 3) & 0x03  # 01 is reserved
    layer = (data[at + 1] >> 1) & 0x03  # 01 is Layer III
    bitrate = data[at + 2] >> 4
    return version != 1 and layer == 1 and bitrate not in (0, 15)


def duration_of(mime: str, data: bytes) -> float | None:
    """Seconds of audio when cheaply known (WAV, constant-bit-rate MP3), else ``None``."""
    try:
        if mime == "audio/wav":
            return _wav_seconds(data)
        if mime == "audio/mpeg":
            return _mp3_seconds(data)
    except (struct.error, ZeroDivisionError, IndexError):
        return None
    return None


def _wav_seconds(data: bytes) -> float | None:
    at, byte_rate, size = 12, 0, None
    while at + 8 <= len(data):
        chunk, length = data[at : at + 4], struct.unpack_from("<I", data, at + 4)[0]
        if chunk == b"fmt ":
            byte_rate = struct.unpack_from("<I", data, at + 16)[0]
        elif chunk == b"data":
            size = min(length, len(data) - at - 8)
            break
        at += 8 + length + (length & 1)
    return size / byte_rate if size is not None and byte_rate else None


def _mp3_seconds(data: bytes) -> float | None:
    at = 0
    if data.startswith(b"ID3") and len(data) >= 10:  # a syncsafe size: 7 bits a byte
        at = 10 + sum((data[6 + i] & 0x7F) << (21 - 7 * i) for i in range(4))
    if not _frame_sync(data, at):
        return None
    mpeg1 = (data[at + 1] >> 3) & 0x03 == 3
    kbits = (_MPEG1_L3 if mpeg1 else _MPEG2_L3)[data[at + 2] >> 4]
    return (len(data) - at) * 8 / (kbits * 1000)
