"""The Freshdesk importers: API v2 JSON (real fixtures) and the ticket CSV export."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.models import Agent, AuthorKind, Conversation, Customer, Identity, Message
from desk.ingest.formats.freshdesk_csv import FreshdeskCsv
from desk.ingest.formats.freshdesk_json import FreshdeskJson
from desk.ingest.loader import import_file
from desk.ingest.registry import detect
from tests.conftest import shared_data


def _sample(name: str) -> Path:
    return shared_data("samples", "freshdesk", f"python-freshdesk_v2_{name}.json")


def _as_list(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text())
    return data if isinstance(data, list) else [data]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", ["all_tickets", "ticket_1", "conversations", "contact", "contacts", "companies"]
)
def test_each_real_api_response_imports_with_counts_read_independently(
    name: str, sqlite_engine: Engine
) -> None:
    path = _sample(name)
    assert detect(path) is FreshdeskJson
    summary = import_file(sqlite_engine, path)
    assert summary.rejected == 0
    counts = (summary.messages_new, summary.conversations_new, summary.customers_new)
    assert counts == expected_counts(path)


def expected_counts(path: Path) -> tuple[int, int, int]:
    """(messages, conversations, customers) of one API response, read with the json module.

    Messages: ticket descriptions and conversations. Customers: requesters and contacts; a
    conversations page without its ticket has one customer (whom its public reply went to).
    """
    objects = _as_list(path)
    tickets = [o for o in objects if "requester_id" in o]
    conversations = [o for o in objects if "ticket_id" in o]
    contacts = [o for o in objects if "email" in o and "requester_id" not in o]
    descriptions = [t for t in tickets if t.get("description_text") or t.get("description")]
    customers = {str(t["requester_id"]) for t in tickets} | {str(c["id"]) for c in contacts}
    if conversations and not tickets:
        customers = {"the address the public reply went to"}
    return (
        len(descriptions) + len(conversations),
        len({t["id"] for t in tickets} | {c["ticket_id"] for c in conversations}),
        len(customers),
    )


def test_conversations_join_their_ticket_and_keep_notes_internal(sqlite_engine: Engine) -> None:
    import_file(sqlite_engine, _sample("all_tickets"))
    summary = import_file(sqlite_engine, _sample("conversations"))
    assert (summary.conversations_new, summary.messages_new) == (0, 2)
    replies = _as_list(_sample("conversations"))
    with Session(sqlite_engine) as session:
        rows = session.execute(
            select(Message.external_id, Message.public, Message.author_kind, Message.body_text)
        ).all()
        by_id = {r.external_id: r for r in rows}
        for reply in replies:
            row = by_id[str(reply["id"])]
            assert row.public is (not reply["private"])
            assert row.body_text == reply["body_text"]
            assert row.author_kind == AuthorKind.AGENT  # user 1 is not the requester
        assert by_id["ticket-1-description"].author_kind == AuthorKind.CUSTOMER
        assert session.scalar(select(func.count()).select_from(Conversation)) == 1


def _ticket(**extra: Any) -> dict[str, Any]:
    return {
        "id": 42,
        "requester_id": 7,
        "responder_id": 900,
        "subject": "Refund now",
        "status": 2,
        "source": 1,
        "priority": 1,
        "fr_escalated": False,
        "created_at": "2024-03-01T09:00:00+10:00",
        "updated_at": "2024-03-02T09:00:00Z",
        "description": "<div>I want my <b>money</b> back</div>",
        "description_text": "I want my money back",
        **extra,
    }


def _reply(cid: int, user: int, *, incoming: bool, private: bool = False) -> dict[str, Any]:
    return {
        "id": cid,
        "ticket_id": 42,
        "user_id": user,
        "incoming": incoming,
        "private": private,
        "body": f"<p>reply {cid}</p>",
        "body_text": f"reply {cid}",
        "created_at": f"2024-03-01T10:{cid % 60:02d}:00Z",
    }


def test_ticket_with_requester_and_conversations_included(engine: Engine, tmp_path: Path) -> None:
    ticket = _ticket(
        requester={"id": 7, "name": "Vera Vexed", "email": "Vera@Example.com"},
        conversations=[
            _reply(1, 7, incoming=True),
            _reply(2, 900, incoming=False),
            _reply(3, 900, incoming=False, private=True),
            _reply(4, 55, incoming=True),  # someone in CC
        ],
    )
    path = tmp_path / "ticket.json"
    path.write_text(json.dumps(ticket))
    summary = import_file(engine, path)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (1, 5, 1)
    with Session(engine) as session:
        kinds = dict(session.execute(select(Message.external_id, Message.author_kind)).all())
        assert kinds == {
            "ticket-42-description": AuthorKind.CUSTOMER,
            "1": AuthorKind.CUSTOMER,
            "2": AuthorKind.AGENT,
            "3": AuthorKind.AGENT,
            "4": AuthorKind.OTHER,
        }
        conversation = session.scalars(select(Conversation)).one()
        assert (conversation.channel, conversation.status) == ("email", "open")
        assert str(conversation.created_at) == "2024-02-29 23:00:00"  # +10:00 to UTC
        customer = session.scalars(select(Customer)).one()
        assert (customer.display_name, customer.primary_email) == ("Vera Vexed", "vera@example.com")
        assert session.scalars(select(Agent.external_id)).all() == ["900"]


def test_contact_with_other_emails_is_one_customer_and_agents_are_agents(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "people.ndjson"
    lines = [
        {"id": 7, "name": "Vera", "email": "vera@example.com", "other_emails": ["v@work.example"],
         "twitter_id": "vexed", "active": True},
        {"id": 900, "contact": {"name": "Ann Agent", "email": "ann@desk.example"},
         "ticket_scope": 1, "available": True},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(obj) for obj in lines) + "\n")
    summary = import_file(sqlite_engine, path, format_name="freshdesk-json")
    assert summary.customers_new == 1 and summary.rejected == 0
    with Session(sqlite_engine) as session:
        values = set(session.scalars(select(Identity.value)))
        assert {"7", "vera@example.com", "v@work.example", "vexed"} <= values
        assert session.scalars(select(Agent.name)).all() == ["Ann Agent"]


def test_bad_tickets_are_rejected_with_their_record(sqlite_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps([_ticket(), _ticket(id=43, created_at=None), _ticket(id=44, created_at="soon")])
    )
    summary = import_file(sqlite_engine, path)
    assert summary.conversations_new == 1
    assert {r.record: r.reason for r in summary.rejections} == {
        2: "ticket 43: missing created_at",
        3: "ticket 44: not a time: 'soon'",
    }


CSV_HEADER = [
    "Ticket ID", "Subject", "Description", "Status", "Priority", "Source", "Type", "Agent",
    "Group", "Created time", "Due by Time", "Resolved time", "Last update time",
    "Agent interactions", "Customer interactions", "Tags", "Company Name", "Full name",
    "Contact ID", "Email",
]  # fmt: skip


def test_ticket_csv_export(sqlite_engine: Engine, tmp_path: Path) -> None:
    rows = [
        ["42", "Refund", "I want my money back", "Open", "Low", "Email", "Question", "Ann",
         "Billing", "2024-03-01 09:00:00", "", "", "2024-03-02 09:00:00", "2", "3", "", "Acme",
         "Vera Vexed", "7", "vera@example.com"],
        ["43", "Again", "<p>Still <b>waiting</b></p>", "Pending", "High", "Portal", "", "", "",
         "2024-03-05 10:00:00", "", "", "", "0", "1", "", "", "Vera Vexed", "7",
         "vera@example.com"],
        ["44", "Who?", "", "Open", "Low", "Phone", "", "", "", "2024-03-06 10:00:00", "", "", "",
         "0", "1", "", "", "Sam", "", "sam@example.com"],
        ["45", "No date", "x", "Open", "Low", "Phone", "", "", "", "", "", "", "", "0", "1", "",
         "", "Sam", "", "sam@example.com"],
    ]  # fmt: skip
    path = tmp_path / "tickets.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        writer.writerows(rows)
    assert detect(path) is FreshdeskCsv
    summary = import_file(sqlite_engine, path)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (3, 2, 2)
    assert [(r.line, r.reason) for r in summary.rejections] == [(5, "ticket 45: no time")]
    assert summary.encoding == "utf-8-sig"
    with Session(sqlite_engine) as session:
        html = session.scalars(
            select(Message).where(Message.external_id == "ticket-43-description")
        ).one()
        assert html.body_text == "Still waiting" and html.body_html == "<p>Still <b>waiting</b></p>"
        vera = session.scalars(select(Customer).where(Customer.display_name == "Vera Vexed")).one()
        assert vera.organisation == "Acme"


def test_csv_and_api_exports_of_one_account_share_customers_and_descriptions(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    api = tmp_path / "tickets.json"
    api.write_text(json.dumps([_ticket()]))
    import_file(sqlite_engine, api)
    export = tmp_path / "tickets.csv"
    with export.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Ticket ID", "Subject", "Description", "Created time", "Contact ID"])
        writer.writerow(["42", "Refund now", "I want my money back", "2024-02-28 23:00:00", "7"])
    summary = import_file(sqlite_engine, export)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (0, 0, 0)
