"""The Zendesk JSON importer and the loader, on real Zendesk API responses and NDJSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.models import (
    Agent,
    AuthorKind,
    Conversation,
    Customer,
    CustomerMerge,
    Identity,
    ImportBatch,
    Message,
)
from desk.errors import Cancelled, InputError
from desk.ingest.formats.zendesk_json import ZendeskJson
from desk.ingest.loader import import_file
from desk.ingest.records import ReadStats, Rejection
from desk.ingest.registry import detect
from desk.progress import Progress
from tests.conftest import shared_data


def _count(engine: Engine, model: Any, *where: Any) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _ticket(tid: int, requester: int, comments: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": tid,
        "requester_id": requester,
        "submitter_id": requester,
        "assignee_id": 900,
        "subject": f"Ticket {tid}",
        "status": "open",
        "via": {"channel": "email"},
        "created_at": "2024-03-01T09:00:00Z",
        "updated_at": "2024-03-02T09:00:00Z",
        "comments": comments,
    }


def _comment(
    cid: int, author: int, body: str, *, public: bool = True, at: str = ""
) -> dict[str, Any]:
    return {
        "id": cid,
        "type": "Comment",
        "author_id": author,
        "body": body,
        "html_body": f'<div class="zd-comment"><p>{body}</p></div>',
        "public": public,
        "created_at": at or f"2024-03-01T09:{cid % 60:02d}:00Z",
        "via": {"channel": "email"},
    }


def write_ndjson(path: Path, objects: list[Any], tail: str = "") -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for obj in objects:
            handle.write(json.dumps(obj) + "\n")
        handle.write(tail)
    return path


USERS = [
    {"id": 900, "name": "Agent Ann", "email": "ann@desk.example", "role": "agent"},
    {"id": 901, "name": "Agent Bo", "email": "bo@desk.example", "role": "admin"},
    {"id": 1, "name": "Cora Customer", "email": "Cora@Example.com", "role": "end-user"},
    {"id": 2, "name": "Dan Customer", "email": None, "role": "end-user"},
]


def small_export(path: Path) -> Path:
    return write_ndjson(
        path,
        [
            *USERS,
            _ticket(
                10,
                1,
                [
                    _comment(100, 1, "My invoice is wrong."),
                    _comment(101, 900, "Sorry, fixing it."),
                    _comment(102, 900, "Internal: check billing", public=False),
                    _comment(103, 1, "Thanks."),
                ],
            ),
            _ticket(11, 2, [_comment(110, 2, "Login fails."), _comment(111, 901, "Reset sent.")]),
        ],
    )


@pytest.mark.slow
def test_real_zendesk_api_responses_import_with_counts_read_independently(
    sqlite_engine: Engine,
) -> None:
    tickets_file = shared_data("samples", "zendesk", "zenpy_incremental_tickets_cursor_page1.json")
    users_file = shared_data("samples", "zendesk", "zenpy_incremental_users_time_based_page1.json")
    audits_file = shared_data("samples", "zendesk", "zenpy_ticket_audits_page1.json")
    comments_file = shared_data("samples", "zendesk", "zenpy_ticket_comments_ticket33.json")
    for path in (tickets_file, users_file, audits_file, comments_file):
        assert detect(path) is ZendeskJson

    tickets = json.loads(tickets_file.read_text())["tickets"]
    summary = import_file(sqlite_engine, tickets_file)
    assert summary.conversations_new == len({t["id"] for t in tickets}) == 1000
    assert summary.rejected == 0
    requesters = {t["requester_id"] for t in tickets}
    assert summary.customers_new == len(requesters)

    users = json.loads(users_file.read_text())["users"]
    end_users = {u["id"] for u in users if u["role"] == "end-user"}
    agents = {u["id"] for u in users if u["role"] in ("agent", "admin")}
    summary = import_file(sqlite_engine, users_file)
    # Requesters already known from the tickets are updated in place, not duplicated.
    assert summary.customers_new == len(end_users - {r for r in requesters})
    assert _count(sqlite_engine, Agent) >= len(agents)

    audits = json.loads(audits_file.read_text())["audits"]
    comment_events = {e["id"] for a in audits for e in a["events"] if e.get("type") == "Comment"}
    summary = import_file(sqlite_engine, audits_file)
    assert summary.messages_new == len(comment_events)
    notes = {
        e["id"]
        for a in audits
        for e in a["events"]
        if e.get("type") == "Comment" and e.get("public") is False
    }
    assert _count(sqlite_engine, Message, Message.public.is_(False)) == len(notes)

    summary = import_file(sqlite_engine, comments_file)
    assert summary.messages_new == 1
    with Session(sqlite_engine) as session:
        message = session.scalars(
            select(Message).where(Message.external_id == "33144692244499")
        ).one()
        assert message.body_text == "Some comment"
        assert message.conversation.external_id == "33"


def test_ndjson_import_authors_notes_html_and_identities(engine: Engine, tmp_path: Path) -> None:
    summary = import_file(engine, small_export(tmp_path / "export.ndjson"))
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (2, 6, 2)
    assert summary.format_name == "zendesk-json"
    with Session(engine) as session:
        kinds = dict(
            session.execute(
                select(Message.external_id, Message.author_kind).order_by(Message.external_id)
            ).all()
        )
        assert kinds["100"] == AuthorKind.CUSTOMER and kinds["101"] == AuthorKind.AGENT
        note = session.scalars(select(Message).where(Message.external_id == "102")).one()
        assert note.public is False
        assert note.body_html and "<p>" in note.body_html and "<" not in note.body_text
        cora = session.scalars(
            select(Customer).join(Identity).where(Identity.value == "cora@example.com")
        ).one()
        assert cora.display_name == "Cora Customer"
        assert {m.customer_id for m in session.scalars(select(Message))} <= {
            c.id for c in session.scalars(select(Customer))
        }
        agent = session.scalars(select(Agent).where(Agent.external_id == "900")).one()
        assert agent.name == "Agent Ann"


def test_reimport_changes_nothing_and_newer_export_adds_only_new(
    engine: Engine, tmp_path: Path
) -> None:
    first = small_export(tmp_path / "first.ndjson")
    import_file(engine, first)
    again = import_file(engine, first)
    assert (again.messages_new, again.conversations_new, again.customers_new) == (0, 0, 0)
    assert again.previously_imported is not None
    newer = write_ndjson(
        tmp_path / "newer.ndjson",
        [
            *USERS,
            _ticket(
                11,
                2,
                [
                    _comment(110, 2, "Login fails."),
                    _comment(111, 901, "Reset sent."),
                    _comment(112, 2, "Still failing!"),
                ],
            ),
            _ticket(12, 1, [_comment(120, 1, "New question")]),
        ],
    )
    summary = import_file(engine, newer)
    assert (summary.messages_new, summary.conversations_new, summary.customers_new) == (2, 1, 0)
    assert _count(engine, Message) == 8
    assert _count(engine, ImportBatch) == 3


def test_bad_rows_are_rejected_with_line_and_reason_and_the_rest_imported(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = write_ndjson(
        tmp_path / "bad.ndjson",
        [
            *USERS,
            _ticket(10, 1, [_comment(100, 1, "ok")]),
            {"id": 13, "requester_id": 1, "via": {}, "comments": []},  # no created_at
            _ticket(14, 1, [{**_comment(140, 1, "x"), "created_at": "yesterday"}]),
            ["not", "an", "object"],
        ],
        tail='{"id": 15, "requester_id": 1, "created_at": "2024-0',  # cut off midway
    )
    summary = import_file(sqlite_engine, path)
    assert summary.conversations_new == 1
    assert summary.rejected == 4
    reasons = {r.line: r.reason for r in summary.rejections}
    assert reasons[6] == "ticket 13: missing created_at"
    assert "not a time: 'yesterday'" in reasons[7]
    assert reasons[8] == "expected a JSON object"
    assert reasons[9].startswith("the line is cut off")
    with Session(sqlite_engine) as session:
        batch = session.get_one(ImportBatch, summary.batch_id)
        assert batch.rows_rejected == 4
        assert sorted(r.line for r in batch.rejections if r.line) == [6, 7, 8, 9]


def test_ndjson_lines_that_are_not_json_are_named_by_line_in_the_parsers_short_words(
    tmp_path: Path,
) -> None:
    """The shared NDJSON reader words a bad line as Zendesk's always did: the parser's message
    without its position, "not UTF-8" for bytes that are not text, and a blank line skipped
    without shifting the numbers."""
    path = write_ndjson(tmp_path / "words.ndjson", USERS[:1])
    with path.open("ab") as handle:
        handle.write(b'{"id": 5, "role": \n\n{"id": 6, "name": "Caf\xe9", "role": "end-user"}\n')
        handle.write(b'{"id": 7, "requester_id": 1, "created_at": "2024-0')
    stats = ReadStats()
    items = list(ZendeskJson(path).read(stats))
    rejections = [(r.line, r.reason) for r in items if isinstance(r, Rejection)]
    assert rejections == [
        (2, "invalid JSON (Expecting value)"),
        (4, "invalid JSON (not UTF-8)"),
        (5, "the line is cut off (Unterminated string starting at)"),
    ]
    assert stats.bytes_read == path.stat().st_size


def test_loosely_typed_fields_and_a_bare_user_seen_twice_import(
    engine: Engine, tmp_path: Path
) -> None:
    """Found by the fuzz test: a name or subject that is not a string was written as is (a
    crash on PostgreSQL), and a user with nothing but an id, listed again in a later import,
    made an UPDATE with nothing to set."""
    first = write_ndjson(
        tmp_path / "first.ndjson",
        [{"id": 3, "name": True, "organization_name": 7, "role": "end-user"}, *USERS[:1]],
    )
    import_file(engine, first)
    second = write_ndjson(
        tmp_path / "second.ndjson",
        [
            {"id": 3, "role": "end-user"},
            {**_ticket(12, 3, [_comment(120, 3, "Hello?")]), "subject": 42, "status": ["x"]},
        ],
    )
    summary = import_file(engine, second)
    assert (summary.messages_new, summary.rejected) == (1, 0)
    with Session(engine) as session:
        customer = session.scalars(select(Customer)).one()
        assert customer.display_name == "Zendesk user 3" and customer.organisation is None
        conversation = session.scalars(select(Conversation)).one()
        assert (conversation.subject, conversation.status) == (None, None)


def test_cancel_and_failure_leave_the_database_as_it_was(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = small_export(tmp_path / "export.ndjson")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        import_file(sqlite_engine, path, progress=progress)
    assert _count(sqlite_engine, ImportBatch) == 0
    assert _count(sqlite_engine, Customer) == 0
    assert _count(sqlite_engine, Message) == 0


def test_a_known_email_in_another_export_joins_the_existing_customer(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    # Two customers first known separately, then one user lists both addresses.
    import_file(
        sqlite_engine,
        write_ndjson(
            tmp_path / "a.ndjson",
            [
                {"id": 1, "name": "Eve", "email": "eve@home.example", "role": "end-user"},
                {"id": 2, "name": "Eve W", "email": "eve@work.example", "role": "end-user"},
            ],
        ),
    )
    assert _count(sqlite_engine, Customer) == 2
    # A second helpdesk instance knows one address: it joins the existing customer.
    import_file(
        sqlite_engine,
        write_ndjson(
            tmp_path / "b.ndjson",
            [
                {"id": 77, "name": "Eve", "email": "EVE@home.example", "role": "end-user"},
            ],
        ),
    )
    assert _count(sqlite_engine, Customer) == 2
    assert _count(sqlite_engine, CustomerMerge) == 0


def test_unknown_and_unreadable_files_are_clear_errors(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("just some notes\n")
    with pytest.raises(
        InputError, match=r"notes.txt: not a format Breakup Desk reads; looked for: "
    ):
        import_file(sqlite_engine, other)
    with pytest.raises(InputError, match="no such file"):
        import_file(sqlite_engine, tmp_path / "missing.json")
    empty = tmp_path / "empty.json"
    empty.write_text("")
    with pytest.raises(InputError, match="the file is empty"):
        import_file(sqlite_engine, empty)


def test_ndjson_whose_head_holds_only_agents_is_still_detected(tmp_path: Path) -> None:
    agents = [
        {"id": 900 + i, "name": f"Agent {i}", "email": f"a{i}@desk.example", "role": "agent"}
        for i in range(2000)  # far more than the 64 KB the detector reads
    ]
    path = write_ndjson(tmp_path / "big.ndjson", [*agents, _ticket(10, 1, [_comment(1, 1, "x")])])
    assert path.stat().st_size > 64 * 1024
    assert detect(path) is ZendeskJson
