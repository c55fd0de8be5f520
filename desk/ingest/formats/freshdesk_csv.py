"""Freshdesk's ticket export (Tickets › Export, CSV): one row per ticket with the fields picked.

Column names as Freshdesk writes them: ``Ticket ID, Subject, Description, Status, Priority,
Source, Type, Agent, Group, Created time, Due by Time, Resolved time, Closed time, Last update
time, … Agent interactions, Customer interactions, … Tags, … Company Name, Full name, Contact ID,
Email …`` (the requester is the contact; some accounts label it ``Requester Name``/``Requester
Email``). The export holds no replies; with ``Description`` picked, the ticket's first message
(by the requester) is imported, with the same id as the API importer gives it, so importing both
exports does not count it twice. ``Contact ID`` is the API's ``requester_id``. Times are the
account's local time, written ``2024-03-01 09:15:32``, and read as UTC [U].
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from desk.ingest.formats.tickets_csv import TicketColumns, TicketCsv
from desk.ingest.streams.csv_rows import has_columns, head_header

_FRESHDESK_ONLY = ("Created time", "Agent interactions", "Customer interactions", "Due by Time")


class FreshdeskCsv(TicketCsv):
    name = "freshdesk-csv"
    label = "Freshdesk ticket export (CSV)"
    source = "freshdesk"
    columns: ClassVar[TicketColumns] = TicketColumns(
        ticket_id=("Ticket ID", "Ticket Id", "ID"),
        created=("Created time", "Created Time", "Created at", "Created date"),
        requester_id=("Contact ID", "Requester ID"),
        requester_name=("Full name", "Requester Name", "Contact Name", "Requester"),
        requester_email=("Email", "Requester Email", "Contact Email"),
        channel=("Source",),
        updated=("Last update time", "Last updated time", "Updated time"),
        organisation=("Company Name", "Company"),
        description=("Description",),
    )

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        header = head_header(head)
        if not has_columns(header, "Ticket ID"):
            return 0.0
        if any(has_columns(header, name) for name in _FRESHDESK_ONLY):
            return 0.9
        return 0.0
