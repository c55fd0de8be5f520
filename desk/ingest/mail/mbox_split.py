"""Cutting an mbox into messages, on bytes: our own ``From `` splitter.

A separator is a line that starts with ``From ``, carries a time and a year, and follows a blank
line or the start of the file; in a message after one, ``>From `` lines lose one ``>``. Working on
bytes, 8-bit bytes in separator lines and headers never crash it. The file is read in pieces of
about :data:`CHUNK` bytes, each cut just before a separator line, so that each piece holds whole
messages and can be split (by a worker process, see :mod:`desk.ingest.mail.archives`) on its own;
a message over the size limit is skipped (:mod:`desk.ingest.mail.oversized`).

Kept apart from the archive format: it knows nothing of headers, threads or the database, only
where one message ends and the next begins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from desk.ingest.limits import MAX_RECORD_BYTES
from desk.ingest.mail.oversized import skip_message

_FROM_LINE = re.compile(rb"^From \S.{0,300}?\d{1,2}:\d{2}(?::\d{2})?.{0,80}?\d{4}\s*$")
# The same, matched in place within a longer text (from a line's start to its end).
_SEPARATOR_LINE = re.compile(_FROM_LINE.pattern, re.MULTILINE)
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
CHUNK = 1 << 18  # bytes of an archive a worker splits and reads at a time
_SEPARATOR_REACH = 1024  # bytes before a block a separator line found in it may start at


def _split(handle: BinaryIO, size: int = 0) -> Iterator[tuple[int, bytes]]:
    """The messages of an mbox (or the one message of an .eml), with their first line number."""
    for piece, line in _chunks(handle, size):
        yield from _split_chunk(piece, line)


def _chunks(
    handle: BinaryIO, size: int = 0, limit: int = MAX_RECORD_BYTES
) -> Iterator[tuple[bytes, int]]:
    """An mbox in pieces of about ``size`` (:data:`CHUNK`) bytes or more, each cut just before a
    separator line (so each holds whole messages), with the line number it starts at. A message
    over ``limit`` bytes is skipped and a marker piece stands for it
    (:mod:`desk.ingest.mail.oversized`)."""
    pending = bytearray()
    line = 1
    searched = 0  # the pending bytes already searched for a cut
    while block := handle.read(size or CHUNK):
        pending += block
        cut = _last_separator(pending, max(0, searched - _SEPARATOR_REACH))
        searched = len(pending)
        if cut > 0:
            piece = bytes(pending[:cut])
            del pending[:cut]  # cheap: a bytearray drops its head without copying the rest
            searched = len(pending)
            yield piece, line
            line += piece.count(b"\n")
        if len(pending) > limit:  # one message, over the limit
            skipped = skip_message(handle, pending, size or CHUNK, limit, _is_separator)
            yield skipped.marker, line
            line += skipped.lines
            pending, searched = bytearray(skipped.rest), 0
    if pending:
        yield bytes(pending), line


def _last_separator(data: bytearray, start: int) -> int:
    """Where the last whole separator line in ``data`` (beginning at ``start`` or later)
    starts, else -1."""
    end = len(data)
    while (found := data.rfind(b"\nFrom ", start, end)) >= 0:
        newline = data.find(b"\n", found + 1)
        if newline >= 0 and _is_separator(data, found + 1, newline):
            return found + 1
        end = found
    return -1


def _is_separator(data: bytes | bytearray, start: int, newline: int) -> bool:
    """Whether the line from ``start`` to ``newline`` (which starts with ``From ``) separates
    messages: it follows a blank line (or starts ``data``) and carries a time and a year."""
    if start > 0 and data[data.rfind(b"\n", 0, start - 1) + 1 : start].strip():
        return False
    return _SEPARATOR_LINE.match(data, start, newline) is not None


def _from_lines(piece: bytes) -> Iterator[int]:
    """Where each line that starts with ``From `` starts (found with bytes.find: a MULTILINE
    ``^From`` pattern tests every byte, five microseconds a message)."""
    if piece.startswith(b"From "):
        yield 0
    found = piece.find(b"\nFrom ")
    while found >= 0:
        yield found + 1
        found = piece.find(b"\nFrom ", found + 1)


def _split_chunk(piece: bytes, first_line: int) -> Iterator[tuple[int, bytes]]:
    """The messages of a piece :func:`_chunks` cut, with the line each starts at. Text before
    the first separator (an .eml file) is a message when it is not blank; in a message after a
    separator, ``>From `` lines lose one ``>``."""
    starts = []
    for start in _from_lines(piece):
        newline = piece.find(b"\n", start)
        if _is_separator(piece, start, newline if newline >= 0 else len(piece)):
            starts.append(start)
    if not starts or starts[0] > 0:
        head = piece[: starts[0]] if starts else piece
        if head.strip():
            yield first_line, head
    line, counted = first_line, 0
    for index, start in enumerate(starts):
        line += piece.count(b"\n", counted, start)
        counted = start
        message = piece[start : starts[index + 1] if index + 1 < len(starts) else len(piece)]
        if b">From " in message:
            message = _ESCAPED_FROM.sub(rb"\1", message)
        yield line, message
