"""The ticket-list CSV a helpdesk's export button writes: one row per ticket, no replies.

Zendesk and Freshdesk both export ticket *metadata* as CSV (see FORMATS.md): the ticket, its
requester, subject, status, channel and times; Freshdesk may add the description (the first
message). Each row becomes a conversation, with the description as its one customer message when
there is one; volume is then counted in conversations. A vendor module says which of its columns
mean what (:class:`TicketColumns`) and how to recognise its header.

The customer is the requester's vendor id when the export has it (so the CSV and the JSON export
of one helpdesk name the same customer), else the requester's email (joined by email to any
customer known under another id), else their name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from desk.db.models import AuthorKind
from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.grouping import email_of
from desk.ingest.records import Item, Person, Post, ReadStats, Rejection, Thread
from desk.ingest.streams.csv_rows import CsvFile, CsvRow
from desk.ingest.text.html_simple import html_body_text
from desk.ingest.text.normalise import tidy_text
from desk.ingest.text.times import parse_export_time


@dataclass(frozen=True, slots=True)
class TicketColumns:
    """The header names (any of each tuple, compared loosely) of a vendor's ticket CSV."""

    ticket_id: tuple[str, ...]
    created: tuple[str, ...]
    requester_id: tuple[str, ...] = ()
    requester_name: tuple[str, ...] = ()
    requester_email: tuple[str, ...] = ()
    subject: tuple[str, ...] = ("Subject",)
    status: tuple[str, ...] = ("Status",)
    channel: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    organisation: tuple[str, ...] = ()
    description: tuple[str, ...] = ()

    FIELDS: ClassVar[tuple[str, ...]] = (
        "ticket_id",
        "created",
        "requester_id",
        "requester_name",
        "requester_email",
        "subject",
        "status",
        "channel",
        "updated",
        "organisation",
        "description",
    )


class TicketCsv(Format):
    """Base of the ticket-list CSV formats; subclasses set ``columns`` and ``score``."""

    columns: ClassVar[TicketColumns]
    extensions: ClassVar[tuple[str, ...]] = (".csv", ".tsv", ".txt")

    def __init__(self, path: Path, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(path, options)
        self._people: dict[str, Person] = {}  # what is known of each requester so far

    def read(self, stats: ReadStats) -> Iterator[Item]:
        with CsvFile(self.path, stats) as table:
            index = {
                field: table.column(*getattr(self.columns, field)) for field in TicketColumns.FIELDS
            }
            if index["ticket_id"] is None or index["created"] is None:
                raise InputError(
                    f"{self.path}: needs a ticket id column ({self.columns.ticket_id[0]}) and a "
                    f"created time column ({self.columns.created[0]})"
                )
            if all(index[f] is None for f in ("requester_id", "requester_email", "requester_name")):
                raise InputError(f"{self.path}: has no requester column, so no customer")
            for row in table.rows():
                if isinstance(row, Rejection):
                    yield row
                else:
                    yield self._ticket(row, index)

    def _news(self, person: Person) -> Person | None:
        """The requester with all that rows so far said of them, if this row adds to it."""
        known = self._people.get(person.external_id)
        merged = Person(
            person.external_id,
            "customer",
            name=person.name or (known.name if known else None),
            emails=person.emails or (known.emails if known else ()),
            organisation=person.organisation or (known.organisation if known else None),
        )
        if merged == known or not (merged.name or merged.emails or merged.organisation):
            return None
        self._people[person.external_id] = merged
        return merged

    def _ticket(self, row: CsvRow, index: dict[str, int | None]) -> Item:
        ticket_id = row.get(index["ticket_id"]).lstrip("#")  # views show "#123"
        try:
            if not ticket_id:
                raise ValueError("no ticket id")
            if len(ticket_id) > 150:
                raise ValueError("the ticket id is longer than 150 characters")
            raw_created = row.get(index["created"])
            created = parse_export_time(raw_created)
            customer = _requester(row, index)
            if customer is None:
                raise ValueError("no requester (id, email or name)")
            updated_raw = row.get(index["updated"])
            description = row.raw(index["description"]).strip()
            posts: tuple[Post, ...] = ()
            if description:
                text = html_body_text(description) if "<" in description else description
                posts = (
                    Post(
                        external_id=f"ticket-{ticket_id}-description",
                        author_kind=AuthorKind.CUSTOMER,
                        created_at=created,
                        created_raw=raw_created[:64],
                        body_text=tidy_text(text),
                        body_html=description if "<" in description else None,
                    ),
                )
            return Thread(
                external_id=ticket_id,
                customer_id=customer.external_id,
                created_at=created,
                updated_at=parse_export_time(updated_raw) if updated_raw else None,
                posts=posts,
                subject=row.get(index["subject"]) or None,
                channel=(row.get(index["channel"]) or "").lower()[:40] or None,
                status=(row.get(index["status"]) or "").lower()[:40] or None,
                customer=self._news(customer),
                location=f"line {row.line}",
            )
        except ValueError as exc:
            return Rejection(f"ticket {ticket_id or '?'}: {exc}", line=row.line)


def _requester(row: CsvRow, index: dict[str, int | None]) -> Person | None:
    vendor_id = row.get(index["requester_id"])
    name = row.get(index["requester_name"]) or None
    emails = email_of(row.get(index["requester_email"]))
    if vendor_id:
        key = vendor_id
    elif emails:
        key = f"email:{emails[0]}"
    elif name:
        key = f"name:{name}"
    else:
        return None
    organisation = row.get(index["organisation"]) or None
    return Person(key, "customer", name=name, emails=emails, organisation=organisation)
