"""Front analytics exports as CSV: the messages export, and the events (activities) export.

Front writes the columns picked when the export was created (``POST /analytics/exports``, or
Analytics › Export in the app); the names come from Front's OpenAPI specification:
``Message ID``, ``Message API ID`` (``msg_…``), ``Conversation ID``, ``Conversation API ID``
(``cnv_…``), ``Direction``, ``Message date``, ``Author`` (the teammate), ``From``, ``To``,
``Contact name``, ``Contact handle``, ``Extract``, ``Subject``, ``Inbox``, ``Status``; the events
export adds ``Type``. The API ids are preferred, so a CSV and a JSON dump of one account name the
same conversations and messages.

One row is one message. ``Direction`` (or the events export's ``Type``) says who wrote it:
inbound is the customer's side, outbound or a reply the team's; comments are internal notes [U:
the value spellings are not documented; inbound/in/incoming and outbound/out/reply/sent are
read]. Other events (archive, assign, tag …) are not messages and are skipped. The customer is the
conversation's contact (``Contact handle``, an email or phone number), else the sender of its first
inbound message. The body is ``Extract``, an excerpt Front cuts short: good for counting and
flagging, though the full text needs the API export. ``Message date`` is in the timezone the export
was made with (UTC unless chosen otherwise).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.grouping import Message, Side, ThreadBuilder
from desk.ingest.records import Item, ReadStats, Rejection
from desk.ingest.streams.csv_rows import CsvFile, CsvRow, has_columns, head_header
from desk.ingest.text.normalise import tidy_text
from desk.ingest.text.times import parse_export_time

FIELDS = {
    "conversation": ("Conversation API ID", "Conversation ID"),
    "message": ("Message API ID", "Message ID"),
    "direction": ("Direction",),
    "type": ("Type",),
    "date": ("Message date", "Date"),
    "author": ("Author",),
    "from": ("From",),
    "to": ("To",),
    "contact_name": ("Contact name",),
    "contact_handle": ("Contact handle",),
    "extract": ("Extract",),
    "subject": ("Subject",),
    "inbox": ("Inbox",),
    "status": ("Status",),
}
_INBOUND = frozenset({"inbound", "in", "incoming", "received"})
_OUTBOUND = frozenset({"outbound", "out", "out reply", "reply", "outgoing", "sent"})
_NOTES = frozenset({"comment", "internal", "note", "mention"})


def direction(value: str) -> tuple[Side, bool] | None:
    """(side, public) of a ``Direction``/``Type`` value; ``None`` for events that are no message."""
    key = value.strip().casefold().replace("_", " ")
    if key in _INBOUND:
        return "customer", True
    if key in _OUTBOUND:
        return "agent", True
    if key in _NOTES:
        return "agent", False
    return None


class FrontCsv(Format):
    name = "front-csv"
    label = "Front analytics export (messages or events CSV)"
    source = "front"
    extensions: ClassVar[tuple[str, ...]] = (".csv",)

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        header = head_header(head)
        conversation = has_columns(header, "Conversation ID") or has_columns(
            header, "Conversation API ID"
        )
        message = has_columns(header, "Message ID") or has_columns(header, "Message API ID")
        if (
            conversation
            and message
            and (has_columns(header, "Direction") or has_columns(header, "Extract"))
        ):
            return 0.9
        return 0.0

    def read(self, stats: ReadStats) -> Iterator[Item]:
        builder = ThreadBuilder()
        with CsvFile(self.path, stats) as table:
            index = {field: table.column(*names) for field, names in FIELDS.items()}
            missing = [f for f in ("conversation", "message", "date") if index[f] is None]
            if index["direction"] is None and index["type"] is None:
                missing.append("direction")
            if missing:
                raise InputError(
                    f"{self.path}: a Front export needs the columns "
                    + ", ".join(FIELDS[f][0] for f in missing)
                )
            yield from builder.runs(self._messages(table, index, stats))

    def _messages(
        self, table: CsvFile, index: dict[str, int | None], stats: ReadStats
    ) -> Iterator[Message | Rejection]:
        skipped = 0
        for row in table.rows():
            if isinstance(row, Rejection):
                yield row
                continue
            kind = direction(row.get(index["direction"]) or row.get(index["type"]))
            if kind is None or not row.get(index["message"]):
                skipped += 1
                continue
            try:
                yield self._message(row, index, kind)
            except ValueError as exc:
                yield Rejection(f"message {row.get(index['message'])}: {exc}", line=row.line)
        if skipped:
            stats.notes.append(f"{skipped} rows were events without a message; skipped")

    def _message(
        self, row: CsvRow, index: dict[str, int | None], kind: tuple[Side, bool]
    ) -> Message:
        side, public = kind
        conversation = row.get(index["conversation"])
        if not conversation:
            raise ValueError("no conversation id")
        raw_date = row.get(index["date"])
        sender = row.get(index["from"]).lower() or None
        author = (row.get(index["author"]) or sender) if side == "agent" else sender
        contact = row.get(index["contact_handle"]).lower() or None
        return Message(
            conversation_id=conversation,
            message_id=row.get(index["message"]),
            created_at=parse_export_time(raw_date),
            created_raw=raw_date,
            body_text=tidy_text(row.raw(index["extract"])),
            side=side,
            author_id=author,
            author_name=(row.get(index["author"]) or None) if side == "agent" else None,
            author_email=sender if side == "customer" else None,
            customer_id=contact,
            customer_name=row.get(index["contact_name"]) or None,
            customer_email=contact,
            public=public,
            channel=row.get(index["inbox"]) or None,
            subject=row.get(index["subject"]) or None,
            status=row.get(index["status"]).lower() or None,
            line=row.line,
        )
