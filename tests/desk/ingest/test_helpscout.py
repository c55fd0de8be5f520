"""Help Scout: the real API v1 samples through the command line, and Mailbox API 2.0 (HAL)
fixtures shaped like the API reference (``_embedded.conversations[]._embedded.threads[]``)."""

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
from desk.ingest.formats.helpscout import HelpScoutJson
from desk.ingest.loader import import_file
from desk.ingest.registry import detect
from tests.conftest import shared_data

SAMPLES = (
    "helpscout-api-java_v1_conversation_10.json",
    "helpscout-api-java_v1_conversation_11.json",
    "helpscout-api-java_v1_customer.json",
)


def _count(engine: Engine, model: Any, *where: Any) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


@pytest.mark.slow
def test_real_v1_samples_import_through_the_cli_with_counts_read_independently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [shared_data("samples", "helpscout", name) for name in SAMPLES]
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    customer_ids: set[int] = set()
    conversation_ids: set[int] = set()
    thread_ids: set[int] = set()
    customer_emails: dict[int, set[str]] = {}
    for path in paths:
        assert detect(path) is HelpScoutJson
        assert main(["--db", url, "import", str(path)]) == 0
        assert f"{HelpScoutJson.label} (detected)" in capsys.readouterr().out
        item = json.loads(path.read_text())["item"]
        if "threads" in item:
            conversation_ids.add(item["id"])
            thread_ids.update(t["id"] for t in item["threads"])
            customer = item["customer"]
            customer_ids.add(customer["id"])
            customer_emails.setdefault(customer["id"], set()).update(customer["emails"])
        else:
            customer_ids.add(item["id"])
            customer_emails.setdefault(item["id"], set()).update(e["value"] for e in item["emails"])
    engine = open_database(url)
    try:
        assert _count(engine, Customer) == len(customer_ids) == 2
        assert _count(engine, Conversation) == len(conversation_ids) == 2
        # Both sample conversations hold the same thread id: one message, kept once.
        assert _count(engine, Message) == len(thread_ids) == 1
        with Session(engine) as session:
            for emails in customer_emails.values():
                owners = set(
                    session.scalars(
                        select(Identity.customer_id).where(
                            Identity.source == "email", Identity.value.in_(emails)
                        )
                    )
                )
                assert len(owners) == 1  # several emails, one customer
            message = session.scalars(select(Message)).one()
            assert message.author_kind == AuthorKind.CUSTOMER
            assert message.body_text == "Hello"
            assert message.body_html == '<div dir="ltr">Hello</div>'
    finally:
        engine.dispose()


def _thread(
    tid: int, kind: str, author: dict[str, Any], body: str | None, at: str
) -> dict[str, Any]:
    thread: dict[str, Any] = {
        "id": tid,
        "type": kind,
        "status": "active",
        "state": "published",
        "createdBy": author,
        "source": {"type": "email", "via": "user" if author.get("type") == "user" else "customer"},
        "createdAt": at,
        "_embedded": {"attachments": []},
    }
    if body is not None:
        thread["body"] = body
    else:
        thread["action"] = {"type": "manual-workflow", "text": "Marked as closed"}
    return thread


VERNON = {"id": 12, "type": "customer", "first": "Vernon", "last": "Bear", "email": "bear@acme.com"}
ANNA = {"id": 7, "type": "user", "first": "Anna", "last": "Agent", "email": "anna@desk.example"}
CC = {"id": 99, "type": "customer", "first": "Carl", "last": "Cc", "email": "carl@else.com"}


def hal_page(path: Path, tail: str = "") -> Path:
    conversations = [
        {
            "id": 2391938111,
            "number": 349,
            "type": "email",
            "status": "closed",
            "state": "published",
            "subject": "Refund",
            "mailboxId": 85,
            "createdBy": VERNON,
            "createdAt": "2024-03-01T09:00:00Z",
            "userUpdatedAt": "2024-03-02T10:00:00Z",
            "source": {"type": "email", "via": "customer"},
            "primaryCustomer": VERNON,
            "_embedded": {
                "threads": [
                    _thread(
                        1,
                        "customer",
                        VERNON,
                        "<p>Where is my <b>refund</b>?</p>",
                        "2024-03-01T09:00:00Z",
                    ),
                    _thread(
                        2, "note", ANNA, "<p>He was refunded last week.</p>", "2024-03-01T09:30:00Z"
                    ),
                    _thread(
                        3, "message", ANNA, "<p>Refunded on 24 Feb.</p>", "2024-03-01T10:00:00Z"
                    ),
                    _thread(4, "customer", CC, "<p>cc: noted</p>", "2024-03-01T10:30:00Z"),
                    _thread(5, "lineitem", ANNA, None, "2024-03-01T11:00:00Z"),
                ]
            },
        },
        {
            "id": 2391938112,
            "type": "chat",
            "status": "active",
            "subject": "Chat",
            "createdAt": "2024-03-03T09:00:00+02:00",
            "primaryCustomer": VERNON,
            "_embedded": {
                "threads": [
                    _thread(6, "chat", VERNON, "Hi", "2024-03-03T09:00:00+02:00"),
                    _thread(
                        7,
                        "chat",
                        {"type": "workflow", "id": 3},
                        "Auto reply",
                        "2024-03-03T09:00:01+02:00",
                    ),
                ]
            },
        },
    ]
    text = json.dumps(
        {"_embedded": {"conversations": conversations}, "page": {"number": 1}}, indent=2
    )
    path.write_text(text[: len(text) - len(tail)] if tail else text)
    return path


def test_hal_conversations_threads_authors_notes_and_lineitems(
    engine: Engine, tmp_path: Path
) -> None:
    summary = import_file(engine, hal_page(tmp_path / "conversations.json"))
    assert summary.format_name == "helpscout-json"
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (2, 7, 1)
    assert summary.rejected == 0
    with Session(engine) as session:
        kinds = dict(session.execute(select(Message.external_id, Message.author_kind)).all())
        assert kinds == {
            "1": AuthorKind.CUSTOMER,
            "2": AuthorKind.AGENT,
            "3": AuthorKind.AGENT,
            "4": AuthorKind.OTHER,
            "5": AuthorKind.SYSTEM,
            "6": AuthorKind.CUSTOMER,
            "7": AuthorKind.SYSTEM,
        }
        note = session.scalars(select(Message).where(Message.external_id == "2")).one()
        assert note.public is False
        first = session.scalars(select(Message).where(Message.external_id == "1")).one()
        assert first.body_text == "Where is my refund?"
        assert first.body_html == "<p>Where is my <b>refund</b>?</p>"
        line = session.scalars(select(Message).where(Message.external_id == "5")).one()
        assert line.body_text == "Marked as closed" and line.body_html is None
        chat = session.scalars(select(Conversation).where(Conversation.subject == "Chat")).one()
        assert chat.created_at.hour == 7  # +02:00 stored as UTC
        agent = session.scalars(select(Agent)).one()
        assert (agent.external_id, agent.name, agent.email) == (
            "7",
            "Anna Agent",
            "anna@desk.example",
        )
        customer = session.scalars(select(Customer)).one()
        assert (customer.display_name, customer.primary_email) == ("Vernon Bear", "bear@acme.com")


def test_a_cut_off_page_imports_the_whole_conversations_and_says_where_it_stopped(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = hal_page(tmp_path / "cut.json", tail="x" * 400)
    summary = import_file(sqlite_engine, path)
    assert summary.conversations_new == 1
    assert summary.rejected == 1
    assert summary.rejections[0].reason.startswith("the file is not valid JSON after record 1")


def test_ndjson_of_conversations_and_v1_customers_with_bad_lines(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    page = json.loads(hal_page(tmp_path / "page.json").read_text())
    first, second = page["_embedded"]["conversations"]
    customer = {
        "id": 60984612,
        "firstName": "Peter",
        "lastName": "Smith",
        "photoType": "gravatar",
        "emails": [{"id": 1, "value": "peter@x.com"}, {"id": 2, "value": "PETER@work.com"}],
    }
    lines = [
        json.dumps(first),
        json.dumps({"item": customer}),
        json.dumps({**second, "createdAt": "someday", "primaryCustomer": VERNON}),
        json.dumps({**second, "id": 5, "primaryCustomer": None}),
        "[1, 2]",
        json.dumps(second)[:50],
    ]
    path = tmp_path / "dump.ndjson"
    path.write_text("\n".join(lines))
    summary = import_file(sqlite_engine, path)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (1, 5, 2)
    reasons = {r.line: r.reason for r in summary.rejections}
    assert "not a time: 'someday'" in reasons[3]
    assert reasons[4] == "conversation 5: no customer (primaryCustomer/customer) with an id"
    assert reasons[5] == "expected a JSON object"
    assert reasons[6].startswith("the line is cut off")
    peter = _count(sqlite_engine, Identity, Identity.value.in_(["peter@x.com", "peter@work.com"]))
    assert peter == 2
