"""One email message from its raw bytes: addresses, threading headers, date and body text.

Messages are parsed as bytes (``email.policy.compat32``, which keeps header values raw) and the
few headers we need are decoded here: unfolded, RFC 2047 encoded words decoded, raw 8-bit bytes
read as UTF-8 when they are UTF-8, else as Windows-1252. ``email.policy.default`` would decode
headers for us, but its header registry costs about 2 ms a message (most of the import time at
a million messages) and raises on some malformed headers (CPython issues 151857, 148518).
Real archives also carry obfuscated list addresses (``goran at domain.com (Göran)``), charsets
Python does not know (read as UTF-8, else guessed by charset-normalizer) and broken MIME.

This module scans the header block and reads the body; one header value at a time (text,
message ids, addresses, dates) is decoded in :mod:`desk.ingest.mail.header_values`.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import datetime as dt
import hashlib
import quopri
import re
from email import policy
from email.message import Message
from email.parser import BytesParser
from functools import lru_cache
from typing import NamedTuple

from charset_normalizer import from_bytes

from desk.ingest.mail.header_values import (
    Address,
    addresses,
    first_message_id,
    header_text,
    message_ids,
    parse_date,
    sender_of,
)
from desk.ingest.mail.own_words import own_words
from desk.ingest.streams.json_records import clean
from desk.ingest.text.html_simple import html_body_text
from desk.ingest.text.normalise import tidy_text

_MESSAGES = BytesParser(policy=policy.compat32)
_WANTED = frozenset(
    {
        "message-id", "in-reply-to", "references", "subject", "date", "from", "to", "cc",
        "content-type", "content-transfer-encoding",
    }
)  # fmt: skip
# A header field and its continuation lines (the mbox "From " line matches too, and is ignored),
# in the header block decoded as UTF-8 with surrogate escapes; ASCII classes, so it splits the
# text exactly where it would split the bytes.
_HEADER_FIELD = re.compile(
    r"^([^\s:][^:\r\n]*):([^\n]*(?:\n[ \t][^\n]*)*)", re.MULTILINE | re.ASCII
)
_ASCII_BLANKS = " \t\n\r\x0b\x0c"  # what bytes.strip() strips
# A header block the email package reads as we do: the optional mbox "From " line, then only
# header lines (its feed parser's headerRE) and their continuations.
_WELL_FORMED_HEAD = re.compile(
    rb"(?:From [^\n]*\n)?(?:[\x21-\x39\x3b-\x7e]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*"
)
_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)
_PLAIN_ENCODINGS = frozenset({"", "7bit", "8bit", "binary"})
_REPLY_WORD = (
    r"(?:re|fwd?|aw|sv|vs|wg|tr|rv|res|enc|antw|odp|ynt|回复|答复|转发|ответ|отв|fw)"
    r"\s*(?:\[\d+\])?\s*[:：]"
)
# "Re: [list] AW: Fwd: subject": reply/forward words and mailing-list tags, in any order.
_REPLY_PREFIX = re.compile(rf"^\s*(?:{_REPLY_WORD}\s*|\[[^\]]{{1,40}}\]\s*)+", re.IGNORECASE)
_IS_REPLY = re.compile(_REPLY_WORD, re.IGNORECASE)


class Envelope(NamedTuple):
    """What threading needs, and the subject and date, read from the headers alone."""

    message_id: str
    references: tuple[str, ...]  # In-Reply-To first, then References nearest-first
    subject: str | None  # as shown: decoded, without reply prefixes
    subject_key: str  # normalised subject, for the fallback
    is_reply: bool  # the subject carried a reply/forward prefix
    sender: Address | None
    recipients: tuple[Address, ...]
    date: dt.datetime | None
    date_raw: str | None


class Body(NamedTuple):
    text: str  # the writer's own words: what is counted
    html: str | None  # the full body: the HTML, or the full plain text as escaped <pre>


class Head(NamedTuple):
    """A message's header block, scanned once: the first value of each header we need
    (unfolded, still raw), where the body starts, and whether every header line is one the
    email package would read the same way (only then may the body be read without it)."""

    values: dict[str, str]
    body_start: int  # -1: no body
    well_formed: bool


def read_message(raw: bytes) -> Message:
    return _MESSAGES.parsebytes(raw)


def read_head(raw: bytes) -> Head:
    return _scan_headers(raw)


def read_envelope(raw: bytes, *, head: Head | None = None) -> Envelope:
    """The threading headers and the subject and date, scanned straight from the bytes;
    ``head`` is the block already scanned."""
    headers = head if head is not None else _scan_headers(raw)
    message_id = message_id_of(raw, headers)
    values = headers.values
    in_reply_to = message_ids(values.get("in-reply-to", ""))
    references = message_ids(values.get("references", ""))
    subject = header_text(values.get("subject", ""))
    prefix = _REPLY_PREFIX.match(subject)
    stripped = subject[prefix.end() :] if prefix else subject
    date_raw = header_text(values.get("date", "")) or None
    return Envelope(
        message_id=message_id,
        references=tuple(dict.fromkeys([*in_reply_to, *reversed(references)])),
        subject=stripped.strip()[:500] or None,
        subject_key=" ".join(stripped.lower().split()),
        is_reply=bool(prefix and _IS_REPLY.search(prefix.group())),
        sender=sender_of(values.get("from", "")),
        recipients=addresses(values.get("to", "")) + addresses(values.get("cc", "")),
        date=parse_date(date_raw),
        date_raw=date_raw[:64] if date_raw else None,
    )


def message_id_of(raw: bytes, head: Head) -> str:
    """The Message-ID (lower case, without brackets), else a digest of the raw message."""
    message_id = first_message_id(head.values.get("message-id", ""))
    if not message_id:
        message_id = "sha256-" + hashlib.sha256(raw).hexdigest()[:40]
    return message_id[:200]


def read_body(raw: bytes, head: Head | None = None) -> Body:
    """The counted text and the full body of a raw message. A single-part text message with
    well-formed headers (most mail) is read straight from the bytes; anything else goes
    through the email package, which is several times slower."""
    head = head if head is not None else _scan_headers(raw)
    fast = _single_part_body(raw, head)
    return fast if fast is not None else body_of(read_message(raw))


def _single_part_body(raw: bytes, head: Head) -> Body | None:
    """The body read without the email package, or None when the message needs it."""
    if not head.well_formed:
        return None
    content_type = head.values.get("content-type", "")
    kind = content_type.partition(";")[0].strip().lower() or "text/plain"
    if kind not in ("text/plain", "text/html"):
        return None
    payload = raw[head.body_start :] if head.body_start >= 0 else b""
    encoding = head.values.get("content-transfer-encoding", "").strip().lower()
    if encoding == "quoted-printable":
        payload = quopri.decodestring(payload)
    elif encoding == "base64":
        try:
            payload = base64.b64decode(payload)
        except (binascii.Error, ValueError):
            return None
    elif encoding not in _PLAIN_ENCODINGS:
        return None
    charset = _CHARSET.search(content_type)
    content = _decode_payload(payload, charset.group(1) if charset else None)
    return _body(content, html=kind == "text/html")


def body_of(message: Message) -> Body:
    """The counted text and the full body of a parsed message."""
    part = _body_part(message)
    if part is None:
        return Body("", None)
    return _body(_decoded(part), html=part.get_content_subtype() == "html")


def _body(content: str, *, html: bool) -> Body:
    if html:
        full = html_body_text(content)
        return Body(own_words(full), content)
    full = tidy_text(content)
    text = own_words(full)
    if text == full:
        return Body(text, None)
    return Body(text, f'<pre class="email-plain">{_escape(full)}</pre>')


def _body_part(message: Message) -> Message | None:
    """The first inline text/plain part, else the first inline text/html part."""
    html: Message | None = None
    for part in message.walk():
        if part.is_multipart():
            continue
        disposition = str(part.get("content-disposition", "")).lower()
        if disposition.startswith("attachment"):
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            return part
        if kind == "text/html" and html is None:
            html = part
    if html is None and not message.is_multipart():
        return message
    return html


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload()).encode("utf-8", "surrogateescape")
    return _decode_payload(payload, part.get_content_charset())


def _decode_payload(payload: bytes, charset: str | None) -> str:
    """Body bytes as text: the declared charset when Python knows it, else UTF-8, else the
    charset charset-normalizer finds, else cp1252."""
    known = _known_charset(charset) if charset else None
    if known:
        return clean(payload.decode(known, "replace"))
    try:
        return clean(payload.decode("utf-8"))
    except UnicodeDecodeError:
        best = from_bytes(payload).best()
        return clean(str(best) if best is not None else payload.decode("cp1252", "replace"))


@lru_cache(maxsize=256)
def _known_charset(charset: str) -> str | None:
    """The charset's name as Python's codecs know it, else None."""
    name = charset.strip().lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name or None


def _scan_headers(raw: bytes) -> Head:
    """The first value of each header we need, unfolded, still raw (encoded words and 8-bit
    bytes kept as surrogate escapes). The header block ends at the first empty line."""
    end = raw.find(b"\n\n")
    body_start = end + 2 if end >= 0 else -1
    crlf_end = raw.find(b"\n\r\n", 0, end + 1 if end >= 0 else len(raw))  # an earlier CRLF end
    if crlf_end >= 0:
        end, body_start = crlf_end, crlf_end + 3
    head = raw if end < 0 else raw[: end + 1]
    values: dict[str, str] = {}
    for name, value in _HEADER_FIELD.findall(head.decode("utf-8", "surrogateescape")):
        key = _HEADER_KEYS.get(name)
        if key is None:
            key = _header_key(name)
        if key and key not in values:
            if "\n" in value or "\r" in value:  # folded, or CRLF
                value = value.replace("\r", "").replace("\n", "")
            values[key] = value.strip()
    # the header lines as the email package reads them (a last line without its line end too)
    well_formed = _WELL_FORMED_HEAD.fullmatch(head if head.endswith(b"\n") else head + b"\n")
    return Head(values, body_start, well_formed is not None)


def _header_key(name: str) -> str:
    """The header a field name is, as :data:`_WANTED` names it; "" for one we do not read.
    Names repeat from message to message: each is looked at once."""
    key = name.strip(_ASCII_BLANKS).lower()
    key = key if key in _WANTED else ""
    if len(_HEADER_KEYS) >= 1 << 12:
        _HEADER_KEYS.clear()
    _HEADER_KEYS[name] = key
    return key


_HEADER_KEYS: dict[str, str] = {}
