"""Opening text exports in whatever encoding they were written: one decision, made once per file.

A byte-order mark decides first (UTF-8, UTF-16 as Excel's "Unicode text" writes it, UTF-32).
Without one, a sample that decodes as UTF-8 is UTF-8; anything else goes to charset-normalizer,
which tells cp1252 from GB18030, cp1251 or KOI8-R. Bytes that do not fit the chosen encoding
later in the file become U+FFFD rather than stopping the import, and the choice is recorded on
the import batch (``ReadStats.encoding``).
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

SAMPLE_BYTES = 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK = "cp1252"
MARGIN = 0.05
BONUS = 0.15
CHAOS_TIE = 0.01
_WESTERN = (
    "English", "French", "German", "Spanish", "Portuguese", "Italian", "Dutch", "Danish",
    "Swedish", "Norwegian", "Finnish", "Catalan", "Indonesian", "Malay",
)  # fmt: skip
NATIVE: dict[str, tuple[str, ...]] = {
    "cp1252": _WESTERN,
    "iso8859-15": _WESTERN,
    "mac-roman": _WESTERN,
    "cp1250": ("Polish", "Czech", "Slovak", "Hungarian", "Croatian", "Romanian", "Slovene"),
    "cp1251": ("Russian", "Bulgarian", "Ukrainian", "Serbian", "Macedonian", "Belarusian"),
    "koi8-r": ("Russian", "Bulgarian", "Ukrainian"),
    "cp1253": ("Greek",),
    "cp1254": ("Turkish",),
    "cp1255": ("Hebrew",),
    "cp1256": ("Arabic", "Farsi"),
    "cp1257": ("Lithuanian", "Latvian", "Estonian"),
    "cp1258": ("Vietnamese",),
    "gb18030": ("Chinese",),
    "big5": ("Chinese",),
    "shift_jis": ("Japanese",),
    "euc_jp": ("Japanese",),
    "euc_kr": ("Korean",),
}
LEGACY = [
    "cp1252", "cp1251", "koi8_r", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "cp1250",
    "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "iso8859_15", "mac_roman",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Encoding:
    """The encoding chosen for a file, and how sure the choice is."""

    name: str  # a Python codec name
    how: str  # "byte-order mark", "valid UTF-8", "detected", "assumed"

    def describe(self) -> str:
        return f"{self.name} ({self.how})"


def _bom(sample: bytes) -> str | None:
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text of mostly Latin characters has a NUL in every other byte."""
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _is_utf8(sample: bytes, complete: bool) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        decoder.decode(sample, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(sample: bytes, *, complete: bool = False) -> Encoding:
    """The encoding of a file that starts with ``sample`` (the whole file when ``complete``)."""
    name = _bom(sample)
    if name:
        return Encoding(name, "byte-order mark")
    name = _utf16_without_bom(sample)
    if name:
        return Encoding(name, "detected")
    if _is_utf8(sample, complete):
        return Encoding("utf-8", "valid UTF-8")
    name = _legacy(sample)
    if name:
        return Encoding(codecs.lookup(name).name, "detected")
    return Encoding(FALLBACK, "assumed")


def _speaks(code_page: str, languages: list[str]) -> bool:
    return any(language in NATIVE.get(code_page, ()) for language in languages)


def _legacy(sample: bytes) -> str | None:
    """The code page charset-normalizer finds most plausible among those exports are written in.

    Left to choose among every codec, charset-normalizer takes KOI8-R Russian for Shift JIS, so
    the choice is kept to the usual code pages. On short, mostly ASCII samples its coherence
    barely separates Latin code pages (cp1257 can edge out cp1252 on French). So: the least
    noisy decodings (chaos) are kept; among them a code page whose decoding reads as one of its
    own languages gets a bonus to its coherence; near ties go to the more common code page.
    Known weak spot: Turkish in cp1254 reads as cp1252 (only ş, ğ, ı differ).
    """
    matches = {codecs.lookup(m.encoding).name: m for m in from_bytes(sample, cp_isolation=LEGACY)}
    if matches:
        least = min(m.chaos for m in matches.values())
        scores = {
            name: m.coherence + (BONUS if _speaks(name, m.languages[:3]) else 0.0)
            for name, m in matches.items()
            if m.chaos <= least + CHAOS_TIE
        }
        best = max(scores.values())
        for candidate in LEGACY:
            score = scores.get(codecs.lookup(candidate).name)
            if score is not None and score >= best - MARGIN:
                return candidate
    fallback = from_bytes(sample).best()
    return fallback.encoding if fallback is not None else None


def file_encoding(path: Path) -> Encoding:
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
        complete = not handle.read(1)
    return detect_encoding(sample, complete=complete)


def decode_head(head: bytes) -> str:
    """The first bytes of a file as text, for format scorers (never raises)."""
    name = _bom(head) or _utf16_without_bom(head) or "utf-8"
    text = head.decode(name, errors="replace")
    return text.lstrip("\ufeff")


class CountingText:
    """A text stream over a binary file that reports how far into the file it has read.

    Lines end at ``\\n`` only (``\\r\\n`` arrives untranslated); a file whose sample has
    carriage returns but no line feed (classic Mac) is read with universal newlines.
    """

    def __init__(self, path: Path, encoding: Encoding) -> None:
        self._raw: BinaryIO = path.open("rb")
        head = self._raw.read(SAMPLE_BYTES)
        self._raw.seek(0)
        probe = head.decode(encoding.name, errors="replace")
        mac = "\r" in probe and "\n" not in probe
        self.text = io.TextIOWrapper(
            self._raw, encoding=encoding.name, errors="replace", newline=None if mac else "\n"
        )

    def position(self) -> int:
        return self._raw.tell()

    def lines(self) -> Iterator[str]:
        return iter(self.text)

    def close(self) -> None:
        self.text.close()

    def __enter__(self) -> CountingText:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
