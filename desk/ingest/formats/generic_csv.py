"""Any CSV of messages, read through a column mapping (see :mod:`desk.ingest.formats.csv_mapping`).

The mapping comes from the import's options: ``mapping`` (a :class:`ColumnMapping` or its
dict), or ``profile`` (a name) with ``profiles_dir`` (where profiles are saved); with neither, a
saved profile whose columns the file has, else the guess from the header. A mapping that is
still missing a field stops the import with an error naming the file's columns.

For a mapping step in the UI, :func:`preview_rows` reads the first rows and shows how each maps
(time, side, body) and what is wrong with it, without importing anything.

Each row is one message. Its side is the customer's when the ``is_customer`` cell is one of the
mapping's customer values (``inbound``, ``customer``, ``true`` …), the system's for ``system``,
``bot`` and the like, the team's otherwise; without that column, a row whose author is the row's
customer is the customer's. Rows without a message id get a stable one from their content, so
importing a newer export of the same data adds only what is new. HTML bodies become text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from desk.config import csv_profiles_dir
from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.formats.csv_mapping import (
    COLUMN_FIELDS,
    SYSTEM_VALUES,
    ColumnMapping,
    ProfileStore,
)
from desk.ingest.formats.csv_mapping import guess_mapping as guess_mapping
from desk.ingest.grouping import Message, Side, ThreadBuilder
from desk.ingest.records import Item, ReadStats, Rejection
from desk.ingest.streams.csv_rows import CsvFile, CsvRow, head_header
from desk.ingest.text.html_simple import html_body_text
from desk.ingest.text.normalise import tidy_text
from desk.ingest.text.times import parse_export_time

_HTML = re.compile(r"<(p|div|br|span|b|i|a|table|ul|ol|li|html|body)\b", re.IGNORECASE)
PREVIEW_ROWS = 20


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """How one row reads with the mapping: the mapped cells, and the problem if it has one."""

    line: int
    cells: dict[str, str]  # field → cell
    side: Side | None = None
    time: dt.datetime | None = None
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Preview:
    """The first rows of a CSV as the mapping reads them, for the mapping step of the UI."""

    headers: list[str]
    rows: list[list[str]]
    mapped: list[PreviewRow]
    mapping: ColumnMapping
    encoding: str
    delimiter: str
    missing: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)


def resolve_mapping(options: Mapping[str, Any], headers: list[str]) -> ColumnMapping:
    """The mapping the options ask for, else a saved profile that fits, else the guess."""
    given = options.get("mapping")
    if isinstance(given, ColumnMapping):
        return given
    if isinstance(given, Mapping):
        return ColumnMapping.from_dict(given)
    folder = options.get("profiles_dir")
    if options.get("profile"):
        if not folder:
            raise InputError("a CSV profile was named but no profiles folder was given")
        return ProfileStore(Path(folder)).load(str(options["profile"]))
    if folder:
        saved = ProfileStore(Path(folder)).match(headers)
        if saved is not None:
            return saved
    return guess_mapping(headers)


class RowReader:
    """Turns a row into a :class:`Message` with a mapping (shared by the import and preview)."""

    def __init__(self, table: CsvFile, mapping: ColumnMapping) -> None:
        self.mapping = mapping
        self.index = {f: table.column(h) for f, h in mapping.columns().items()}
        self.customer_values = frozenset(v.casefold() for v in mapping.customer_values)
        # One attribute per field, read once a row (a dict lookup per cell adds up at millions).
        self._time, self._body = self.index.get("time"), self.index.get("body")
        self._author, self._email = self.index.get("author"), self.index.get("author_email")
        self._customer, self._side = self.index.get("customer"), self.index.get("is_customer")
        self._conversation = self.index.get("conversation")
        self._message_id, self._subject = self.index.get("message_id"), self.index.get("subject")

    def cell(self, row: CsvRow, name: str) -> str:
        return row.get(self.index.get(name))

    def side(self, row: CsvRow, authors: tuple[str | None, ...], customer: str | None) -> Side:
        if self._side is not None:
            value = row.get(self._side).casefold()
            if value in self.customer_values:
                return "customer"
            return "system" if value in SYSTEM_VALUES else "agent"
        return "customer" if customer is not None and customer in authors else "agent"

    def message(self, row: CsvRow) -> Message:
        raw_time = row.get(self._time)
        created = parse_export_time(raw_time, self.mapping.time_format)
        email = row.get(self._email).lower() or None
        author = row.get(self._author) or email
        customer = row.get(self._customer) or None
        if customer and "@" in customer:
            customer = customer.lower()
        side = self.side(row, (author, email), customer)
        if side == "customer" and customer and (author is None or customer == email):
            author = customer  # the customer's own rows, whatever name they sign with
        conversation = row.get(self._conversation) or customer
        if not conversation:
            raise ValueError("no conversation id and no customer")
        body = row.raw(self._body).strip()
        html = body if "<" in body and _HTML.search(body) else None
        text = tidy_text(html_body_text(html) if html else body)
        message_id = row.get(self._message_id) or _content_id(conversation, raw_time, author, text)
        return Message(
            conversation_id=conversation,
            message_id=message_id,
            created_at=created,
            created_raw=raw_time,
            body_text=text,
            body_html=html,
            side=side,
            author_id=author,
            author_name=author if author and author != email else None,
            author_email=email,
            customer_id=customer,
            customer_email=customer if customer and "@" in customer else None,
            subject=row.get(self._subject) or None,
            channel="csv",
            line=row.line,
        )


def _content_id(conversation: str, time: str, author: str | None, text: str) -> str:
    digest = hashlib.sha256("\x1f".join((conversation, time, author or "", text)).encode())
    return f"row-{digest.hexdigest()[:32]}"


class GenericCsv(Format):
    name = "csv"
    label = "Any CSV of messages (with a column mapping)"
    source = "csv"
    extensions: ClassVar[tuple[str, ...]] = (".csv", ".tsv", ".txt")

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        """Low, so that any vendor format wins; positive when the guess is complete or a saved
        profile (in the user's profiles folder) fits the header."""
        header = head_header(head)
        if not header:
            return 0.0
        if guess_mapping(header).complete or ProfileStore(csv_profiles_dir()).match(header):
            return 0.2
        return 0.0

    def read(self, stats: ReadStats) -> Iterator[Item]:
        given = self.options.get("mapping")
        delimiter = given.delimiter if isinstance(given, ColumnMapping) else None
        with CsvFile(self.path, stats, delimiter=delimiter) as table:
            mapping = resolve_mapping(self.options, table.header)
            _check(mapping, table.header, self.path)
            stats.notes.append(f"columns: {mapping.columns()}")
            reader = RowReader(table, mapping)
            yield from ThreadBuilder().runs(self._messages(table, reader))

    @staticmethod
    def _messages(table: CsvFile, reader: RowReader) -> Iterator[Message | Rejection]:
        for row in table.rows():
            if isinstance(row, Rejection):
                yield row
                continue
            try:
                yield reader.message(row)
            except ValueError as exc:
                yield Rejection(str(exc), line=row.line)


def _check(mapping: ColumnMapping, headers: list[str], path: Path) -> None:
    problems = mapping.missing()
    absent = mapping.absent_from(headers)
    if absent:
        problems.append(f"the columns {', '.join(absent)} (not in this file)")
    if problems:
        raise InputError(
            f"{path}: cannot tell {'; '.join(problems)}. Its columns are: "
            f"{', '.join(headers)}. Map them with a CSV profile."
        )


def preview_rows(
    path: Path, mapping: ColumnMapping | None = None, limit: int = PREVIEW_ROWS
) -> Preview:
    """The first ``limit`` rows of ``path`` and how ``mapping`` (or the guess) reads them."""
    stats = ReadStats()
    delimiter = mapping.delimiter if mapping is not None else None
    with CsvFile(Path(path), stats, delimiter=delimiter) as table:
        used = mapping or guess_mapping(table.header)
        missing, absent = used.missing(), used.absent_from(table.header)
        reader = RowReader(table, used)
        raw: list[list[str]] = []
        mapped: list[PreviewRow] = []
        for row in table.rows():
            if len(raw) >= limit:
                break
            if isinstance(row, Rejection):
                raw.append([])
                mapped.append(PreviewRow(row.line or 0, {}, problem=row.reason))
                continue
            raw.append(list(row.cells))
            cells = {f: reader.cell(row, f) for f in COLUMN_FIELDS if f in reader.index}
            if missing or absent:
                mapped.append(PreviewRow(row.line, cells))
                continue
            try:
                message = reader.message(row)
            except ValueError as exc:
                mapped.append(PreviewRow(row.line, cells, problem=str(exc)))
            else:
                mapped.append(PreviewRow(row.line, cells, message.side, message.created_at))
        return Preview(
            headers=list(table.header),
            rows=raw,
            mapped=mapped,
            mapping=used,
            encoding=table.encoding.name,
            delimiter=table.delimiter,
            missing=missing,
            absent=absent,
        )
