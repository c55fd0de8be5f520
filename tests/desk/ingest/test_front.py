"""Front: the analytics CSV exports (messages, events) and Core API JSON dumps."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.db.models import Agent, AuthorKind, Conversation, Customer, Message
from desk.ingest.formats.front_csv import FrontCsv
from desk.ingest.formats.front_json import FrontJson
from desk.ingest.loader import import_file
from desk.ingest.registry import detect

MESSAGES_HEADER = [
    "Message ID", "Segment ID", "Conversation ID", "Segment", "Direction", "Status", "Inbox",
    "Message date", "Author", "From", "To", "Contact name", "Contact handle", "Extract",
    "Subject", "Tags", "Message API ID", "Conversation API ID",
]  # fmt: skip


def _row(**values: str) -> list[str]:
    row = dict.fromkeys(MESSAGES_HEADER, "")
    row.update({key.replace("_", " "): value for key, value in values.items()})
    return list(row.values())


def write_messages_export(path: Path) -> Path:
    rows = [
        _row(**{"Message ID": "101", "Message API ID": "msg_101", "Conversation ID": "11",
                "Conversation API ID": "cnv_11", "Direction": "Inbound", "Status": "Archived",
                "Inbox": "Support", "Message date": "2024-03-01 09:00:00",
                "From": "Vera@Example.com", "To": "support@acme.example",
                "Contact name": "Vera Vexed", "Contact handle": "vera@example.com",
                "Extract": "Where is my refund, you clowns", "Subject": "Refund"}),
        _row(**{"Message ID": "102", "Message API ID": "msg_102", "Conversation ID": "11",
                "Conversation API ID": "cnv_11", "Direction": "Outbound", "Inbox": "Support",
                "Message date": "2024-03-01 09:30:00", "Author": "Ann Agent",
                "From": "support@acme.example", "To": "vera@example.com",
                "Contact name": "Vera Vexed", "Contact handle": "vera@example.com",
                "Extract": "It is on its way"}),
        _row(**{"Message ID": "103", "Message API ID": "msg_103", "Conversation ID": "11",
                "Conversation API ID": "cnv_11", "Direction": "Inbound", "Inbox": "Support",
                "Message date": "2024-03-01 10:00:00", "From": "lawyer@example.com",
                "Contact name": "Vera Vexed", "Contact handle": "vera@example.com",
                "Extract": "I represent Ms Vexed"}),
        _row(**{"Message ID": "104", "Message API ID": "msg_104", "Conversation ID": "12",
                "Conversation API ID": "cnv_12", "Direction": "Outbound", "Inbox": "Support",
                "Message date": "2024-03-05 08:00:00", "Author": "Ann Agent",
                "From": "support@acme.example", "To": "vera@example.com",
                "Contact name": "Vera Vexed", "Contact handle": "vera@example.com",
                "Extract": "A warning about your language"}),
        _row(**{"Conversation ID": "12", "Conversation API ID": "cnv_12",
                "Message date": "2024-03-05 08:01:00"}),  # an archive event: no message
        _row(**{"Message ID": "105", "Message API ID": "msg_105", "Conversation ID": "12",
                "Conversation API ID": "cnv_12", "Direction": "Inbound",
                "Message date": "tomorrow", "From": "vera@example.com",
                "Contact handle": "vera@example.com", "Extract": "bad date"}),
    ]  # fmt: skip
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(MESSAGES_HEADER)
        writer.writerows(rows)
    return path


def test_messages_export(engine: Engine, tmp_path: Path) -> None:
    path = write_messages_export(tmp_path / "export-messages-acme.csv")
    assert detect(path) is FrontCsv
    summary = import_file(engine, path)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (2, 4, 1)
    assert [(r.line, r.reason) for r in summary.rejections] == [
        (7, "message msg_105: not a time: 'tomorrow'")
    ]
    with Session(engine) as session:
        kinds = dict(session.execute(select(Message.external_id, Message.author_kind)).all())
        assert kinds == {
            "msg_101": AuthorKind.CUSTOMER,
            "msg_102": AuthorKind.AGENT,
            "msg_103": AuthorKind.OTHER,
            "msg_104": AuthorKind.AGENT,
        }
        vera = session.scalars(select(Customer)).one()
        assert (vera.display_name, vera.primary_email) == ("Vera Vexed", "vera@example.com")
        assert session.scalars(select(Agent.name)).all() == ["Ann Agent"]
        company_first = session.scalars(
            select(Conversation).where(Conversation.external_id == "cnv_12")
        ).one()
        assert company_first.customer_id == vera.id


def test_events_export_keeps_comments_internal_and_skips_other_events(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "Activity ID,Type,Message ID,Conversation ID,Message date,Author,From,Contact handle,"
        "Extract\n"
        "1,Inbound,m1,c1,2024-03-01T09:00:00Z,,+15550100,+15550100,call me back\n"
        "2,Comment,m2,c1,2024-03-01T09:05:00Z,Ann,,+15550100,she swore again\n"
        "3,Archive,,c1,2024-03-01T09:06:00Z,Ann,,+15550100,\n"
        "4,Out Reply,m3,c1,2024-03-01T09:10:00Z,Ann,,+15550100,Calling now\n",
        encoding="utf-8",
    )
    assert detect(path) is FrontCsv
    summary = import_file(sqlite_engine, path)
    assert (summary.messages_new, summary.rejected) == (3, 0)
    with Session(sqlite_engine) as session:
        public = dict(session.execute(select(Message.external_id, Message.public)).all())
    assert public == {"m1": True, "m2": False, "m3": True}


def _message(
    mid: str, conversation: str, *, inbound: bool, at: float, **extra: Any
) -> dict[str, Any]:
    recipients = [
        {"handle": "vera@example.com", "role": "from" if inbound else "to"},
        {"handle": "support@acme.example", "role": "to" if inbound else "from"},
    ]
    return {
        "_links": {
            "self": f"https://acme.api.frontapp.com/messages/{mid}",
            "related": {
                "conversation": f"https://acme.api.frontapp.com/conversations/{conversation}"
            },
        },
        "id": mid,
        "type": "email",
        "is_inbound": inbound,
        "created_at": at,
        "blurb": "…",
        "body": f"<p>body of {mid}</p>",
        "text": f"body of {mid}",
        "author": None
        if inbound
        else {
            "id": "tea_1",
            "email": "ann@acme.example",
            "first_name": "Ann",
            "last_name": "Agent",
        },
        "recipients": recipients,
        **extra,
    }


def test_core_api_pages_and_comments(engine: Engine, tmp_path: Path) -> None:
    page = {
        "_pagination": {"next": None},
        "_links": {"self": "https://acme.api.frontapp.com/conversations/cnv_11/messages"},
        "_results": [
            _message("msg_101", "cnv_11", inbound=True, at=1709283600.123),
            _message("msg_102", "cnv_11", inbound=False, at=1709285400),
            _message("msg_199", "cnv_11", inbound=False, at=1709285500, draft_mode="private"),
        ],
    }
    messages = tmp_path / "messages.json"
    messages.write_text(json.dumps(page, indent=2))
    comments = tmp_path / "comments.json"
    comments.write_text(
        json.dumps(
            {
                "_results": [
                    {
                        "_links": {
                            "related": {
                                "conversations": "x",
                                "conversation": "https://acme.api.frontapp.com/conversations/cnv_11",
                            }
                        },
                        "id": "com_1",
                        "author": {"id": "tea_1", "first_name": "Ann", "last_name": "Agent"},
                        "body": "She threatened a chargeback",
                        "posted_at": 1709286000.5,
                    }
                ]
            }
        )
    )
    assert detect(messages) is FrontJson and detect(comments) is FrontJson
    summary = import_file(engine, messages)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (1, 2, 1)
    summary = import_file(engine, comments)
    assert (summary.conversations_new, summary.messages_new) == (0, 1)
    with Session(engine) as session:
        rows = session.execute(
            select(
                Message.external_id, Message.author_kind, Message.public, Message.body_text
            ).order_by(Message.created_at)
        ).all()
        assert [tuple(r) for r in rows] == [
            ("msg_101", AuthorKind.CUSTOMER, True, "body of msg_101"),
            ("msg_102", AuthorKind.AGENT, True, "body of msg_102"),
            ("com_1", AuthorKind.AGENT, False, "She threatened a chargeback"),
        ]
        assert session.scalars(select(Agent.name)).all() == ["Ann Agent"]


def test_csv_and_json_of_one_account_do_not_double_count(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    import_file(sqlite_engine, write_messages_export(tmp_path / "export.csv"))
    dump = tmp_path / "conversations.ndjson"
    conversation = {
        "id": "cnv_11",
        "subject": "Refund",
        "recipient": {"handle": "vera@example.com", "role": "from"},
        "messages": [
            _message("msg_101", "cnv_11", inbound=True, at=1709283600),
            _message("msg_102", "cnv_11", inbound=False, at=1709285400),
            _message("msg_106", "cnv_11", inbound=True, at=1709290000),
        ],
    }
    dump.write_text(json.dumps(conversation) + "\n")
    summary = import_file(sqlite_engine, dump)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (0, 1, 0)
