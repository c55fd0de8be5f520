"""Reading the messages of one piece of an archive: the work of a worker process.

A piece (cut by :mod:`desk.ingest.mail.mbox_split`) is split into its messages and each is read
once, in full: its envelope for the threader and what the database takes of it (Date as written,
subject, counted text, full body, Message-ID), else why it cannot be read. What goes back to
:mod:`desk.ingest.mail.archives` is :mod:`marshal` bytes of plain tuples (a tenth of the cost of
pickling dataclasses), Message-IDs hashed to 64-bit keys here.

Kept apart from the archive format so that a worker process (started with ``spawn``) imports
only what reading needs, and so that the IMAP connector reads a fetched message the same way.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import marshal

from desk.ingest.mail.mbox_split import _split_chunk
from desk.ingest.mail.oversized import oversized_reason
from desk.ingest.mail.parsing import Envelope, read_body, read_envelope, read_head
from desk.ingest.mail.threader import Threadable, message_key

# What the database takes of a message: Date as written, subject, counted text, full body,
# Message-ID.
_Stored = tuple[str | None, str | None, str, str | None, str]
_Read = tuple[list[int], bytes, bytes]  # the same as a worker sends it: line numbers


def _read(raw: bytes) -> tuple[Threadable, _Stored] | str:
    """One message read: what the threader and the database take of it, as plain values a
    worker process can send back cheaply; else why it cannot be read."""
    oversized = oversized_reason(raw)
    if oversized is not None:
        return oversized
    try:
        head = read_head(raw)
        envelope = read_envelope(raw, head=head)
        date = _date(envelope, raw)
        if date is None:
            return "no readable Date header or mbox date"
        body = read_body(raw, head)
    except Exception as exc:  # malformed MIME makes the email package raise anything
        return f"the message cannot be read ({type(exc).__name__}: {exc})"
    sender = envelope.sender
    threading = (
        message_key(envelope.message_id),
        tuple(map(message_key, envelope.references)),
        message_key(envelope.subject_key) if envelope.subject_key else 0,
        envelope.is_reply,
        None if sender is None else (sender.email, sender.name),
        tuple([(a.email, a.name) for a in envelope.recipients]),
        (date - _EPOCH).total_seconds(),  # naive UTC
    )
    stored = (envelope.date_raw, envelope.subject, body.text, body.html, envelope.message_id)
    return threading, stored


def _read_chunk(piece: bytes, first_line: int) -> _Read:
    """The messages of a piece of an archive read, the work of a worker process: where each
    starts and, as :mod:`marshal` bytes (pickling costs more), their envelopes for the threader
    and what the database takes of each, to be written to the spill as it is."""
    lines: list[int] = []
    envelopes: list[Threadable | None] = []
    stored: list[_Stored | str] = []
    for line, raw in _split_chunk(piece, first_line):
        lines.append(line)
        read = _read(raw)
        if isinstance(read, str):
            envelopes.append(None)
            stored.append(read)
        else:
            envelopes.append(read[0])
            stored.append(read[1])
    return lines, marshal.dumps(envelopes), marshal.dumps(stored)


def _read_pieces(pieces: list[tuple[bytes, int]]) -> list[_Read]:
    """:func:`_read_chunk` for each of a job's pieces (one for an mbox; many small .eml files)."""
    return [_read_chunk(piece, line) for piece, line in pieces]


_EPOCH = dt.datetime(1970, 1, 1)


def _date(envelope: Envelope, raw: bytes) -> dt.datetime | None:
    """The message's Date, else the date of its mbox ``From `` line (naive UTC)."""
    if envelope.date is not None:
        return envelope.date
    if raw.startswith(b"From "):
        first = raw.split(b"\n", 1)[0].decode("ascii", "replace")
        parts = first.split()
        if len(parts) >= 7:
            try:
                parsed = email.utils.parsedate_to_datetime(" ".join(parts[-5:]))
            except (TypeError, ValueError, IndexError):
                return None
            return parsed.astimezone(dt.UTC).replace(tzinfo=None) if parsed.tzinfo else parsed
    return None
