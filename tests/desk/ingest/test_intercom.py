"""Intercom: conversation objects as the REST API (2.x) documents them: ``source`` (the opening
message), ``contacts.contacts[]``, ``conversation_parts.conversation_parts[]`` with ``part_type``
and ``author.type``, Unix-second times and HTML bodies."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.cli import main
from desk.db.engine import open_database
from desk.db.models import Agent, AuthorKind, Conversation, Customer, Identity, Message
from desk.ingest.formats.intercom import IntercomJson
from desk.ingest.loader import import_file
from desk.ingest.registry import detect


def _count(engine: Engine, model: Any, *where: Any) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


ADMIN = {"type": "admin", "id": "274", "name": "Olive Operator", "email": "olive@desk.example"}
BOT = {"type": "bot", "id": "1001", "name": "Fin", "email": None}


def _part(
    pid: str, part_type: str, author: dict[str, Any], body: str | None, at: int
) -> dict[str, Any]:
    return {
        "type": "conversation_part",
        "id": pid,
        "part_type": part_type,
        "body": body,
        "created_at": at,
        "updated_at": at,
        "notified_at": at,
        "assigned_to": None,
        "author": author,
        "attachments": [],
        "external_id": None,
        "redacted": False,
    }


def conversation(
    cid: str,
    contact: dict[str, Any],
    parts: list[dict[str, Any]],
    *,
    start: int = 1709280000,
    extra_contacts: tuple[dict[str, Any], ...] = (),
) -> dict[str, Any]:
    user = {
        "type": "user",
        "id": contact["id"],
        "name": contact.get("name"),
        "email": contact.get("email"),
    }
    return {
        "type": "conversation",
        "id": cid,
        "title": None,
        "created_at": start,
        "updated_at": start + 3600,
        "waiting_since": None,
        "open": False,
        "state": "closed",
        "read": True,
        "priority": "not_priority",
        "source": {
            "type": "conversation",
            "id": f"40391{cid}",
            "delivered_as": "customer_initiated",
            "subject": "",
            "body": "<p>My account is <b>locked</b> again!</p>",
            "author": user,
            "attachments": [],
            "url": None,
            "redacted": False,
        },
        "contacts": {
            "type": "contact.list",
            "contacts": [
                {"type": "contact", **contact},
                *({"type": "contact", **c} for c in extra_contacts),
            ],
        },
        "teammates": {"type": "admin.list", "teammates": [ADMIN]},
        "conversation_parts": {
            "type": "conversation_part.list",
            "conversation_parts": parts,
            "total_count": len(parts),
        },
    }


ZOE = {
    "id": "5ba682d23d7cf92bef87bfd4",
    "external_id": "crm-70",
    "email": "zoe@example.com",
    "name": "Zoe",
}
ZOE_LEAD = {
    "id": "65f0aa00bb11cc22dd33ee44",
    "external_id": None,
    "email": "zoe@example.com",
    "name": "Zoe (lead)",
}
PAUL = {"id": "6001", "external_id": None, "email": "paul@example.com", "name": "Paul"}


def first_conversation() -> dict[str, Any]:
    t = 1709280000
    return conversation(
        "1295",
        ZOE,
        [
            _part("11", "comment", BOT, "<p>I can help with that.</p>", t + 5),
            _part("12", "assignment", BOT, None, t + 6),
            _part("13", "comment", ADMIN, "<p>Unlocked it.</p>", t + 60),
            _part("14", "note", ADMIN, "<p>Third time this week.</p>", t + 61),
            _part("15", "comment", {"type": "user", "id": ZOE["id"]}, "<p>Useless.</p>", t + 90),
            _part("16", "comment", {"type": "user", "id": PAUL["id"]}, "<p>Same here.</p>", t + 95),
            _part("17", "close", ADMIN, "<p>Closing.</p>", t + 120),
            _part("18", "close", ADMIN, None, t + 121),
            _part(
                "19",
                "conversation_rating_changed",
                {"type": "user", "id": ZOE["id"]},
                "<p>1 star</p>",
                t + 130,
            ),
            _part(
                "20",
                "comment",
                {"type": "admin", "id": "274", "from_ai_agent": True},
                "<p>AI answer</p>",
                t + 140,
            ),
        ],
        extra_contacts=(PAUL,),
    )


def test_conversation_list_authors_parts_notes_and_bots(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "conversations.json"
    page = {
        "type": "conversation.list",
        "pages": {"type": "pages", "page": 1},
        "total_count": 1,
        "conversations": [first_conversation()],
    }
    path.write_text(json.dumps(page, indent=2))
    assert detect(path) is IntercomJson
    summary = import_file(engine, path)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (1, 8, 2)
    with Session(engine) as session:
        kinds = dict(session.execute(select(Message.external_id, Message.author_kind)).all())
        assert kinds == {
            "source-403911295": AuthorKind.CUSTOMER,
            "11": AuthorKind.SYSTEM,
            "13": AuthorKind.AGENT,
            "14": AuthorKind.AGENT,
            "15": AuthorKind.CUSTOMER,
            "16": AuthorKind.OTHER,
            "17": AuthorKind.AGENT,
            "20": AuthorKind.SYSTEM,
        }  # 12 and 18 carry no body, 19 is a rating: not messages
        note = session.scalars(select(Message).where(Message.external_id == "14")).one()
        assert note.public is False
        opening = session.scalars(
            select(Message).where(Message.external_id == "source-403911295")
        ).one()
        assert opening.body_text == "My account is locked again!"
        assert opening.created_at.isoformat() == "2024-03-01T08:00:00"
        assert opening.created_raw == "1709280000"
        convo = session.scalars(select(Conversation)).one()
        customer = session.get_one(Customer, convo.customer_id)
        assert (customer.display_name, customer.primary_email) == ("Zoe", "zoe@example.com")
        handle = session.scalars(select(Identity).where(Identity.kind == "external_id")).one()
        assert (handle.value, handle.customer_id) == ("crm-70", customer.id)
        agent = session.scalars(select(Agent)).one()
        assert (agent.external_id, agent.name) == ("274", "Olive Operator")


@pytest.mark.slow
def test_ndjson_export_contacts_sharing_an_email_are_one_customer(
    sqlite_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "week1.ndjson"
    first.write_text(json.dumps(first_conversation()) + "\n")
    second = tmp_path / "week2.ndjson"
    later = conversation("1300", ZOE_LEAD, [], start=1709900000)
    damaged = {**conversation("1301", PAUL, []), "created_at": None}
    second.write_text(
        "\n".join([json.dumps(later), json.dumps(damaged), '{"type": "conversation", "id"'])
    )
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert main(["--db", url, "import", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    assert out.count(f"{IntercomJson.label} (detected)") == 2
    assert "2 records rejected" in out
    assert "line 2: conversation 1301: not a time: None" in out
    assert "line 3: the line is cut off" in out
    engine = open_database(url)
    try:
        # Zoe the user and Zoe the lead share an email: one customer; Paul is the other.
        assert _count(engine, Customer) == 2
        assert _count(engine, Conversation) == 2
        with Session(engine) as session:
            owners = set(session.scalars(select(Conversation.customer_id)))
            assert len(owners) == 1
    finally:
        engine.dispose()
