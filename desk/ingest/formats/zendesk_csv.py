"""Zendesk's CSV exports: the full ticket export (Admin Center › Tools › Reports › Export › CSV)
and a view exported as CSV.

The full export has fixed columns, starting ``Summation column, Id, Requester, Requester id,
Requester external id, Requester email, Requester domain, Submitter, Assignee, Group, Subject,
Tags, Status, Priority, Via, Ticket type, Created at, Updated at …`` followed by metrics and custom
fields ("Ticket Category [list]"). It carries no comments (FORMATS.md), so each row is a
conversation without messages. ``Requester id`` is the same user id as the JSON export's
``requester_id``: both exports share the ``zendesk`` source and name the same customers. A view
export has the view's columns (``ID``, ``Subject``, ``Requester``, ``Requested``, ``Updated`` …);
without a requester id its customer is the requester's email, else name. Times are read as
``2024-03-01 09:15[:00] [+0000]`` or ISO 8601 [U: the exact form is account-dependent].
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from desk.ingest.formats.tickets_csv import TicketColumns, TicketCsv
from desk.ingest.streams.csv_rows import has_columns, head_header


class ZendeskCsv(TicketCsv):
    name = "zendesk-csv"
    label = "Zendesk CSV (ticket export or a view exported as CSV)"
    source = "zendesk"
    columns: ClassVar[TicketColumns] = TicketColumns(
        ticket_id=("Id", "Ticket ID", "#"),
        created=("Created at", "Requested", "Created"),
        requester_id=("Requester id",),
        requester_name=("Requester", "Requester name"),
        requester_email=("Requester email",),
        channel=("Via", "Channel"),
        updated=("Updated at", "Updated", "Requester updated"),
        organisation=("Organization", "Organisation"),
    )

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        header = head_header(head)
        if has_columns(header, "Summation column", "Id", "Requester id"):
            return 0.95
        has_id = has_columns(header, "Id") or has_columns(header, "Ticket ID")
        if (
            has_id
            and has_columns(header, "Requester")
            and (has_columns(header, "Requested") or has_columns(header, "Created at"))
        ):
            return 0.8
        return 0.0
