"""The one CSV reader every CSV format uses: encoding, delimiter, header, rows with line numbers.

What real exports do to CSV, and what this reader does about it:

- Any encoding (see :mod:`desk.ingest.text.decoding`); a BOM never sticks to the first header.
- Comma, semicolon (locales with a decimal comma), tab (Excel's "Unicode text") or pipe: the
  delimiter is the one the header line uses most outside quotes, unless the caller says.
- Quoted cells with line breaks (bodies); CRLF or LF files. A bare carriage return inside an
  unquoted cell (pandas writes ``\\r`` unquoted) stays in the cell instead of splitting the row.
- Blank rows (Excel pads files with ``,,,,,,`` lines) are skipped; a row with trailing empty cells
  beyond the header is fine; a row with too few or too many cells is rejected with its line.
- A cell longer than Python's default 131,072-character limit is read, up to
  ``Limits.field_bytes`` characters (:mod:`desk.ingest.limits`); a longer one rejects its row.
- A line longer than ``Limits.line_bytes`` characters is never held: its tail is skipped in
  blocks and the row it belongs to is rejected, saying how long the line was.
- A file cut off inside its last row: that row is rejected, saying the file ends there.

Every row carries the physical line it starts on, so rejections say ``line 12``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from desk.errors import InputError
from desk.ingest.limits import MAX_FIELD_BYTES, Limits, size_text
from desk.ingest.records import ReadStats, Rejection
from desk.ingest.text.decoding import CountingText, Encoding, decode_head, file_encoding

csv.field_size_limit(MAX_FIELD_BYTES)

DELIMITERS = (",", ";", "\t", "|")
_CR = "\ue000"  # stands for a bare carriage return while the csv module parses the line
_LONG = "\ue001"  # stands for a line over the limit, whose row is then rejected
_BLOCK = 1024 * 1024
_SEPARATORS = re.compile(r"[\s_\-]+")
_PROGRESS_EVERY = 2048


def header_key(name: str) -> str:
    """A header as compared: case, spaces, underscores and dashes do not matter."""
    return _SEPARATORS.sub(" ", name.strip().lstrip("\ufeff")).strip().casefold()


def sniff_delimiter(header_line: str) -> str:
    """The delimiter the header line uses most outside quotes (a comma when it has none)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def head_header(head: bytes) -> list[str]:
    """The header cells of a file that starts with ``head``, for format scorers."""
    text = decode_head(head)
    first = text.split("\n", 1)[0].rstrip("\r")
    if not first.strip():
        return []
    try:
        row = next(csv.reader([first], delimiter=sniff_delimiter(first)))
    except (csv.Error, StopIteration):
        return []
    return [header_key(cell) for cell in row]


def has_columns(header: Sequence[str], *names: str) -> bool:
    keys = set(header)
    return all(header_key(name) in keys for name in names)


class CsvRow:
    """One record: the line it starts on and its cells, aligned with the header.

    A plain slotted class rather than a frozen dataclass: one is made per row, millions a file.
    """

    __slots__ = ("cells", "line")

    def __init__(self, line: int, cells: list[str]) -> None:
        self.line = line
        self.cells = cells

    def get(self, index: int | None) -> str:
        """The trimmed cell at ``index`` ("" when the column is absent)."""
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index].strip()

    def raw(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


class CsvFile:
    """A CSV export opened for reading. Use as a context manager; iterate :meth:`rows`."""

    def __init__(
        self,
        path: Path,
        stats: ReadStats | None = None,
        *,
        delimiter: str | None = None,
        encoding: Encoding | None = None,
        progress: tuple[int, float] = (0, 1.0),
        limits: Limits | None = None,
    ) -> None:
        self.path = path
        self.limits = limits or Limits()
        csv.field_size_limit(self.limits.field_bytes)  # process-wide: the csv module has one
        self._long: list[int] = []  # the lengths of the lines over the limit not yet reported
        self.stats = stats or ReadStats()
        self._progress = progress  # bytes_read = base + position * share (for multi-pass readers)
        self.encoding = encoding or file_encoding(path)
        self.stats.encoding = self.encoding.name
        self._stream = CountingText(path, self.encoding)
        self._lines = self._physical_lines()
        self.line_number = 0
        self._last_line = ""
        self._saw_cr = False
        first = next(self._lines, None)
        while first is not None and not first.strip():
            first = next(self._lines, None)
        if first is None:
            self._stream.close()
            raise InputError(f"{path}: the file is empty")
        self.delimiter = delimiter or sniff_delimiter(first)
        try:
            self.header = next(csv.reader([first], delimiter=self.delimiter))
        except csv.Error as exc:
            self._stream.close()
            raise InputError(f"{path}: the header line cannot be read ({exc})") from None
        self.header = [cell.strip().lstrip("\ufeff").strip() for cell in self.header]
        self.keys = [header_key(cell) for cell in self.header]
        self.width = len(self.header)

    def __enter__(self) -> CsvFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stream.close()

    def column(self, *names: str) -> int | None:
        """The index of the first of ``names`` the header has (compared by :func:`header_key`)."""
        for name in names:
            key = header_key(name)
            if key in self.keys:
                return self.keys.index(key)
        return None

    def _bounded_lines(self) -> Iterator[str]:
        """The lines; one over the limit as the marker line, its length noted in ``_long``."""
        limit = self.limits.line_bytes
        readline = self._stream.text.readline
        while line := readline(limit + 1):
            if len(line) > limit and not line.endswith("\n"):
                length = len(line)
                while tail := readline(_BLOCK):
                    length += len(tail)
                    if tail.endswith("\n"):
                        break
                self._long.append(length)
                line = _LONG + "\n"
            yield line

    def _physical_lines(self) -> Iterator[str]:
        for line in self._bounded_lines():
            self.line_number += 1
            self._last_line = line
            if "\r" in line:
                line = line.replace("\r\n", "\n")
                if "\r" in line:  # a bare CR: keep it in its cell, whatever the quoting
                    line = line.replace("\r", _CR)
                    self._saw_cr = True
            yield line

    def rows(self) -> Iterator[CsvRow | Rejection]:
        """The records after the header; bad ones as rejections, blank ones skipped."""
        reader = csv.reader(self._lines, delimiter=self.delimiter)
        previous_end = self.line_number
        width = self.width
        count = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield Rejection(f"not readable as CSV ({exc})", line=previous_end + 1)
                previous_end = self.line_number
                continue
            start, previous_end = previous_end + 1, self.line_number
            count += 1
            if count % _PROGRESS_EVERY == 0:
                self._report(self._stream.position())
            if self._long and any(_LONG in cell for cell in cells):
                length = self._long.pop(0)
                self._long.clear()
                yield Rejection(
                    f"a line of {size_text(length)}, more than the "
                    f"{size_text(self.limits.line_bytes)} allowed; row skipped",
                    line=start,
                )
                continue
            if not any(cells) or "".join(cells).isspace():
                continue
            if self._saw_cr:
                cells = [cell.replace(_CR, "\r") for cell in cells]
                self._saw_cr = False
            if len(cells) > width and not any(c.strip() for c in cells[width:]):
                del cells[width:]
            if len(cells) == width:
                yield CsvRow(start, cells)
            elif len(cells) < width and not self._last_line.endswith("\n"):
                yield Rejection(
                    f"the file ends inside this row ({len(cells)} of {width} columns): "
                    "it looks cut off",
                    line=start,
                )
            else:
                yield Rejection(f"{len(cells)} columns where the header has {width}", line=start)
        self._report(self.path.stat().st_size)

    def _report(self, position: int) -> None:
        base, share = self._progress
        self.stats.bytes_read = base + int(position * share)
