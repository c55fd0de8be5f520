"""Zendesk's CSV exports (full ticket export, a view) and its XML export, streamed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.models import AuthorKind, Conversation, Customer, Message
from desk.errors import InputError
from desk.ingest.formats.zendesk_csv import ZendeskCsv
from desk.ingest.formats.zendesk_xml import ZendeskXml
from desk.ingest.loader import import_file
from desk.ingest.registry import detect
from tests.desk.ingest.test_zendesk_json import small_export

USERS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<users type="array" count="3">
  <user>
    <created-at type="datetime">2011-01-01T10:00:00Z</created-at>
    <email>cora@example.com</email>
    <id type="integer">1</id>
    <name>Cora Customer</name>
    <roles type="integer">0</roles>
    <organization-id type="integer" nil="true"></organization-id>
  </user>
  <user>
    <email>ann@desk.example</email>
    <id type="integer">900</id>
    <name>Ann Agent</name>
    <roles type="integer">4</roles>
  </user>
  <user>
    <email>boss@example.com</email>
    <id type="integer">3</id>
    <name>Cora's boss</name>
    <roles type="integer">0</roles>
  </user>
</users>
"""


def _comment(author: int, at: str, text: str, public: str = "true") -> str:
    return f"""      <comment>
        <author-id type="integer">{author}</author-id>
        <created-at type="datetime">{at}</created-at>
        <is-public type="boolean">{public}</is-public>
        <type>Comment</type>
        <value>{text}</value>
        <via-id type="integer">4</via-id>
      </comment>
"""


def _ticket(nice_id: int, requester: int, comments: str, created: str) -> str:
    return f"""  <ticket>
    <assignee-id type="integer">900</assignee-id>
    <created-at type="datetime">{created}</created-at>
    <description>first comment</description>
    <nice-id type="integer">{nice_id}</nice-id>
    <requester-id type="integer">{requester}</requester-id>
    <status-id type="integer">3</status-id>
    <subject>Ticket {nice_id}</subject>
    <updated-at type="datetime">2011/09/22 10:00:00 +0200</updated-at>
    <via-id type="integer">4</via-id>
    <due-date type="datetime" nil="true"></due-date>
    <comments type="array">
{comments}    </comments>
  </ticket>
"""


TICKETS_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tickets type="array" count="2">\n'
    + _ticket(
        1,
        1,
        _comment(1, "2011-09-21T14:34:46Z", "My invoice is wrong &amp; late")
        + _comment(900, "2011-09-21T15:00:00Z", "Sorry, fixing it")
        + _comment(900, "2011-09-21T15:01:00Z", "check billing", public="false")
        + _comment(3, "2011-09-21T16:00:00Z", "I am her boss"),
        "2011-09-21T14:34:46Z",
    )
    + _ticket(2, 1, _comment(1, "2011-10-01T09:00:00Z", "Again!"), "2011-10-01T09:00:00Z")
    + "</tickets>\n"
)


def test_xml_export_users_then_tickets(engine: Engine, tmp_path: Path) -> None:
    users = tmp_path / "users.xml"
    users.write_text(USERS_XML)
    tickets = tmp_path / "tickets.xml"
    tickets.write_text(TICKETS_XML)
    assert detect(users) is ZendeskXml and detect(tickets) is ZendeskXml
    summary = import_file(engine, users)
    assert summary.customers_new == 2 and summary.rejected == 0
    summary = import_file(engine, tickets)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (2, 5, 0)
    assert summary.encoding == "utf-8"
    with Session(engine) as session:
        rows = session.execute(
            select(Message.body_text, Message.author_kind, Message.public).order_by(
                Message.created_at
            )
        ).all()
        assert [tuple(r) for r in rows] == [
            ("My invoice is wrong & late", AuthorKind.CUSTOMER, True),
            ("Sorry, fixing it", AuthorKind.AGENT, True),
            ("check billing", AuthorKind.AGENT, False),
            # an end user in users.xml, but each file is read on its own: taken as an agent, as
            # the JSON importer takes unknown commenters
            ("I am her boss", AuthorKind.AGENT, True),
            ("Again!", AuthorKind.CUSTOMER, True),
        ]
        first = session.scalars(select(Conversation).where(Conversation.external_id == "1")).one()
        assert (first.status, first.channel, str(first.updated_at)) == (
            "solved",
            "email",
            "2011-09-22 08:00:00",
        )
        cora = session.scalars(select(Customer).where(Customer.id == first.customer_id)).one()
        assert cora.primary_email == "cora@example.com"


def test_xml_cut_off_keeps_what_was_whole_and_says_where(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "tickets.xml"
    text = TICKETS_XML
    path.write_text(text[: text.index("<ticket>", text.index("</ticket>")) + 200])
    summary = import_file(sqlite_engine, path)
    assert summary.conversations_new == 1
    [rejection] = summary.rejections
    assert rejection.reason.startswith("the XML is not well-formed at line")
    assert rejection.line is not None


def test_xml_with_entity_declarations_is_refused(sqlite_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "bomb.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE tickets [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        "<tickets><ticket><nice-id>1</nice-id><requester-id>1</requester-id>"
        "<created-at>2024-01-01T00:00:00Z</created-at><subject>&b;</subject></ticket></tickets>\n"
    )
    with pytest.raises(InputError, match="refused for safety"):
        import_file(sqlite_engine, path, format_name="zendesk-xml")
    with Session(sqlite_engine) as session:
        assert session.scalar(select(func.count()).select_from(Conversation)) == 0


FULL_HEADER = [
    "Summation column", "Id", "Requester", "Requester id", "Requester external id",
    "Requester email", "Requester domain", "Submitter", "Assignee", "Group", "Subject", "Tags",
    "Status", "Priority", "Via", "Ticket type", "Created at", "Updated at", "Assigned at",
    "Organization", "Due date", "Initially assigned at", "Solved at", "Resolution time",
    "Satisfaction Score", "Group stations", "Assignee stations", "Reopens", "Replies",
    "First reply time in minutes", "Ticket Category [list]",
]  # fmt: skip


def _full_row(ticket: int, requester: int, name: str, email: str, created: str) -> list[str]:
    row = dict.fromkeys(FULL_HEADER, "")
    row.update(
        {
            "Summation column": "1",
            "Id": str(ticket),
            "Requester": name,
            "Requester id": str(requester),
            "Requester email": email,
            "Subject": f"Ticket {ticket}",
            "Status": "Open",
            "Via": "Mail",
            "Created at": created,
            "Updated at": created,
            "Organization": "Acme",
        }
    )
    return list(row.values())


def test_full_csv_export_shares_customers_with_the_json_export(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    import_file(sqlite_engine, small_export(tmp_path / "export.ndjson"))  # tickets 10, 11
    path = tmp_path / "tickets.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(FULL_HEADER)
        writer.writerow(_full_row(10, 1, "Cora Customer", "cora@example.com", "2024-03-01 09:00"))
        writer.writerow(_full_row(12, 1, "Cora Customer", "cora@example.com", "2024-03-04 10:15"))
        writer.writerow(_full_row(13, 5, "Nia New", "nia@example.com", "2024-03-05 11:00:00 +0100"))
        writer.writerow(_full_row(14, 5, "Nia New", "nia@example.com", "31/03/2024 11:00"))
    assert detect(path) is ZendeskCsv
    summary = import_file(sqlite_engine, path)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (2, 0, 1)
    assert [(r.line, r.reason) for r in summary.rejections] == [
        (5, "ticket 14: not a time: '31/03/2024 11:00'")
    ]
    with Session(sqlite_engine) as session:
        nia = session.scalars(select(Conversation).where(Conversation.external_id == "13")).one()
        assert str(nia.created_at) == "2024-03-05 10:00:00"
        assert nia.channel == "mail" and nia.status == "open"
        cora_tickets = session.scalars(
            select(Conversation.external_id)
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(Customer.primary_email == "cora@example.com")
            .order_by(Conversation.external_id)
        ).all()
        assert cora_tickets == ["10", "12"]


def test_view_export_without_requester_ids(sqlite_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "view.csv"
    path.write_text(
        "ID,Subject,Requester,Requested,Updated,Group,Assignee\n"
        "#7,Broken,Vera Vexed,2024-03-01 09:00,2024-03-02 09:00,Support,Ann\n"
        "#8,Still broken,Vera Vexed,2024-03-03 09:00,2024-03-04 09:00,Support,Ann\n",
        encoding="utf-8",
    )
    assert detect(path) is ZendeskCsv
    summary = import_file(sqlite_engine, path)
    assert (summary.conversations_new, summary.customers_new) == (2, 1)


def test_xml_declaring_an_unknown_encoding_is_a_clear_error(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "tickets.xml"
    path.write_text(TICKETS_XML.replace('encoding="UTF-8"', 'encoding="UTF-9"'))
    with pytest.raises(InputError, match="unknown encoding"):
        import_file(sqlite_engine, path, format_name="zendesk-xml")
