"""Header values of an email: text, message ids, addresses and dates, decoded by hand.

Below :mod:`desk.ingest.mail.parsing`, which scans a message's header block and reads its body:
this module turns one raw header value into what the import keeps. Unfolded values arrive with
raw 8-bit bytes as surrogate escapes; encoded words (RFC 2047) are decoded, raw bytes read as
UTF-8 when they are UTF-8, else as Windows-1252. The common forms (``Name <a@b.c>`` lists, an
RFC 5322 date) are read by regular expressions; anything else goes to the ``email`` package,
and obfuscated list addresses (``goran at domain.com (Göran)``) are recognised.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from email.header import decode_header
from functools import lru_cache

from desk.ingest.streams.json_records import clean

_ADDR = r"(?P<address>[^\s<>@,:]+@[^\s<>@,:]+)"
_BARE = re.compile(rf"\s*(?P<name>){_ADDR}\s*")
_NAMED = re.compile(rf"\s*(?P<name>[^<>@,:]*?)\s*<{_ADDR}>\s*")
_MSGID = re.compile(r"<([^<>\s]+)>")
_OBFUSCATED = re.compile(r"^\s*([\w.+%-]+) at ([\w-]+(?:\.[\w-]+)+)\s*(?:\((.*)\))?\s*$")
# "Mon, 1 Jan 2024 10:00:00 +0100 (CET)", as nearly all mail writes it; others go to the email
# package's parser.
RFC_DATE = re.compile(
    r"\s*(?:[A-Za-z]{3},\s*)?(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3})\s+(?P<year>\d{4})\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s+(?P<zone>[+-]\d{4})"
    r"\s*(?:\([^()]*\))?\s*",
    re.ASCII,
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


@dataclass(frozen=True, slots=True)
class Address:
    """An address as the import keeps it: lower case, with its display name when it has one."""

    email: str
    name: str | None = None


def header_text(raw: str) -> str:
    """A header value as text: encoded words decoded, raw bytes repaired."""
    if "=?" in raw:
        raw = _decode_words(raw)
    return _repair(raw).strip()


def _decode_words(raw: str) -> str:
    """RFC 2047 encoded words decoded; bytes that lie about their charset read as cp1252."""
    try:
        parts = decode_header(raw)
    except (ValueError, LookupError, UnicodeError, IndexError, AssertionError):
        return raw
    text = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            text.append(chunk)
            continue
        try:
            text.append(chunk.decode(charset or "ascii"))
        except (LookupError, UnicodeDecodeError):
            text.append(chunk.decode("cp1252", "replace"))
    return "".join(text)


def _repair(text: str) -> str:
    """Text with raw 8-bit header bytes (surrogate escapes) decoded: UTF-8, else cp1252."""
    if text.isascii():
        return clean(text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", "replace")
    return clean(text)


def first_message_id(value: str) -> str:
    ids = message_ids(value)
    if ids:
        return ids[0]
    return value.strip().strip("<>").strip()


def message_ids(value: str) -> list[str]:
    return _MSGID.findall(value.lower())


# A mailbox's From and To lines repeat (each customer's own, the support address): they are
# read once each, the addresses being immutable.
@lru_cache(maxsize=1 << 14)
def addresses(value: str) -> tuple[Address, ...]:
    if not value:
        return ()
    simple = _simple_addresses(value)
    if simple is not None:
        return tuple(simple)
    result = []
    try:
        pairs = email.utils.getaddresses([_repair(value)])
    except (ValueError, IndexError, TypeError):
        return ()
    for name, address in pairs:
        parsed = _address(header_text(name), _repair(address))
        if parsed is not None:
            result.append(parsed)
    return tuple(result)


def _simple_addresses(value: str) -> list[Address] | None:
    """``a@b.c`` and ``Name <a@b.c>`` lists without quotes or comments, read fast; else None
    (the standard parser takes them)."""
    if '"' in value or "(" in value or "=?" in value or ";" in value:
        return None
    result = []
    for piece in value.split(","):
        match = _BARE.fullmatch(piece) or _NAMED.fullmatch(piece)
        if match is None:
            return None
        parsed = _address(_repair(match.group("name") or ""), _repair(match.group("address")))
        if parsed is not None:
            result.append(parsed)
    return result


@lru_cache(maxsize=1 << 14)
def sender_of(raw: str) -> Address | None:
    match = _OBFUSCATED.match(_repair(raw))
    if match:  # mailing-list archives: "goran at domain.com (Göran Lastname)"
        name = header_text(match[3] or "")
        return Address(f"{match[1]}@{match[2]}".lower(), name or None)
    found = addresses(raw)
    return found[0] if found else None


def _address(name: str, address: str) -> Address | None:
    address = address.strip().lower()
    if "@" not in address or " " in address or len(address) > 320:
        return None
    return Address(address, name.strip().strip('"').strip() or None)


def parse_date(value: str | None) -> dt.datetime | None:
    """Naive UTC, or None when the date is unreadable or outside 1970–2200."""
    if not value:
        return None
    fast = RFC_DATE.fullmatch(value)
    number = _MONTHS.get(fast[2].lower()) if fast is not None else None
    if fast is not None and number is not None:
        day, _, year, hour, minute, second, zone = fast.groups()
        minutes = int(zone[1:3]) * 60 + int(zone[3:])
        if minutes >= 24 * 60:  # as the email package: no such time zone
            return None
        try:
            parsed = dt.datetime(
                int(year), number, int(day), int(hour), int(minute), int(second or 0)
            )
            if minutes:
                parsed -= dt.timedelta(minutes=minutes if zone[0] == "+" else -minutes)
        except (ValueError, OverflowError):
            return None
        return parsed if 1970 <= parsed.year <= 2200 else None
    return package_date(value)


def package_date(value: str) -> dt.datetime | None:
    """:func:`parse_date` by the email package's parser (slower; reads every form it knows)."""
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
        except (OverflowError, ValueError):
            return None
    if not 1970 <= parsed.year <= 2200:
        return None
    return parsed
