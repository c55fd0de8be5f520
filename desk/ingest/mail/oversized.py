"""A message larger than the record limit, met while cutting an mbox: skipped, never held.

The mbox cutter (:func:`desk.ingest.mail.mbox_split._chunks`) keeps the bytes since the last
separator line until the next one. A message with no separator after it for a gigabyte would be
held whole, then copied and parsed. Past :data:`desk.ingest.limits.MAX_RECORD_BYTES` it is
instead skipped in blocks up to the next separator line, and one small marker piece takes its
place: :func:`oversized_reason` turns that piece into the message's rejection, with its line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from desk.ingest.limits import size_text

MARKER = b"\x00breakup-desk: oversized message "
_REACH = 1024  # bytes kept from one block to find a separator line that spans two


@dataclass(frozen=True, slots=True)
class Skipped:
    """What skipping left: the marker piece, the lines skipped and the bytes after the message."""

    marker: bytes
    lines: int
    rest: bytes


def skip_message(
    handle: BinaryIO,
    pending: bytes | bytearray,
    block_size: int,
    limit: int,
    is_separator: Callable[[bytes, int, int], bool],
) -> Skipped:
    """Skip the message that starts ``pending`` up to the next separator line in ``handle``."""
    length = len(pending)
    lines = pending.count(b"\n")
    tail = bytes(pending[-_REACH:])
    while block := handle.read(block_size):
        data = tail + block
        found = _first_separator(data, 0, is_separator)
        if found >= 0:
            taken = found - len(tail)
            length += max(taken, 0)
            lines += data.count(b"\n", len(tail), found) if taken > 0 else 0
            lines -= tail.count(b"\n", found) if taken < 0 else 0
            return Skipped(_marker(length, limit), lines, data[found:])
        length += len(block)
        lines += block.count(b"\n")
        tail = data[-_REACH:]
    return Skipped(_marker(length, limit), lines, b"")


def _first_separator(
    data: bytes, start: int, is_separator: Callable[[bytes, int, int], bool]
) -> int:
    found = data.find(b"\nFrom ", start)
    while found >= 0:
        newline = data.find(b"\n", found + 1)
        if newline < 0:
            return -1  # the line goes on in the next block
        if is_separator(data, found + 1, newline):
            return found + 1
        found = data.find(b"\nFrom ", found + 1)
    return -1


def _marker(length: int, limit: int) -> bytes:
    return MARKER + f"{length} {limit}\n".encode()


def oversized_reason(raw: bytes) -> str | None:
    """The rejection reason when ``raw`` is the marker of a skipped message, else ``None``."""
    if not raw.startswith(MARKER):
        return None
    length, limit = (int(n) for n in raw[len(MARKER) :].split())
    return (
        f"the message is over {size_text(length)}, more than the {size_text(limit)} allowed; "
        "skipped"
    )
