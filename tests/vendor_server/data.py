"""Helpdesk data for the local vendor server, grown from real recorded API responses.

The records are the real bodies in ``shared/data/samples`` (read in place, never copied), with
ids, addresses, times and text varied so that many pages can be served: each ticket is a copy of
a recorded ticket, each comment or conversation a copy of a recorded one. Every object keeps
the keys and nesting the vendor sent.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.conftest import SHARED_DATA

SAMPLES = SHARED_DATA / "samples"
ZENDESK_FILES = (
    SAMPLES / "zendesk" / "zenpy_incremental_tickets_cursor_page1.json",
    SAMPLES / "zendesk" / "zenpy_ticket_comments_ticket33.json",
    SAMPLES / "api" / "zendesk" / "nango_incremental_users_cursor_page1.json",
)
FRESHDESK_FILES = (
    SAMPLES / "freshdesk" / "python-freshdesk_v2_ticket_1.json",
    SAMPLES / "freshdesk" / "python-freshdesk_v2_conversations.json",
    SAMPLES / "freshdesk" / "python-freshdesk_v2_contacts.json",
    SAMPLES / "api" / "freshdesk" / "nango_tickets_list.json",
)
START = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.UTC)


def missing_samples() -> str | None:
    """Why the server cannot run here (the shared samples are absent), else ``None``."""
    for path in (*ZENDESK_FILES, *FRESHDESK_FILES):
        if not path.is_file():
            return f"the recorded API samples are not here ({path})"
    return None


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Desk:
    """One helpdesk's people, tickets and messages, and a log of changes for incremental export.

    ``log`` holds (kind, id) in the order things changed; an incremental export walks it from a
    position (the cursor), and :meth:`touch` appends to it, as an edit in the helpdesk does.
    """

    users: dict[int, dict[str, Any]] = field(default_factory=dict)
    tickets: dict[int, dict[str, Any]] = field(default_factory=dict)
    messages: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)
    clock: dt.datetime = START
    templates: list[dict[str, Any]] = field(default_factory=list)

    def tick(self) -> dt.datetime:
        self.clock += dt.timedelta(minutes=7)
        return self.clock

    def message_count(self) -> int:
        return sum(len(found) for found in self.messages.values())


def zendesk_desk(tickets: int, customers: int = 12) -> Desk:
    """Zendesk users (agents and end users), tickets, and 1-3 comments a ticket."""
    recorded_tickets = _load(ZENDESK_FILES[0])["tickets"]
    comment = _load(ZENDESK_FILES[1])["comments"][0]
    recorded_users = _load(ZENDESK_FILES[2])["users"]
    desk = Desk(templates=[comment])
    agents = [9000 + n for n in range(3)]
    for index, user_id in enumerate(agents + [1000 + n for n in range(customers)]):
        user = copy.deepcopy(recorded_users[index % len(recorded_users)])
        is_agent = user_id in agents
        user.update(
            id=user_id,
            name=f"{'Agent' if is_agent else 'Customer'} {user_id}",
            email=f"{'agent' if is_agent else 'customer'}{user_id}@example.com",
            role="agent" if is_agent else "end-user",
            updated_at=_iso(desk.tick()),
            url=f"https://example.zendesk.com/api/v2/users/{user_id}.json",
        )
        desk.users[user_id] = user
        desk.log.append(("users", user_id))
    for n in range(tickets):
        ticket_id = 100 + n
        ticket = copy.deepcopy(recorded_tickets[n % len(recorded_tickets)])
        requester = 1000 + n % customers
        created = desk.tick()
        ticket.update(
            id=ticket_id,
            url=f"https://example.zendesk.com/api/v2/tickets/{ticket_id}.json",
            requester_id=requester,
            submitter_id=requester,
            subject=f"{ticket.get('subject') or 'ticket'} {ticket_id}",
            created_at=_iso(created),
            updated_at=_iso(created),
        )
        desk.tickets[ticket_id] = ticket
        authors = [requester, agents[n % 3], requester][: 1 + n % 3]
        desk.messages[ticket_id] = [
            _zendesk_comment(comment, ticket_id, i, author, created)
            for i, author in enumerate(authors)
        ]
        desk.log.append(("tickets", ticket_id))
    return desk


def _zendesk_comment(
    template: dict[str, Any], ticket_id: int, index: int, author: int, created: dt.datetime
) -> dict[str, Any]:
    comment = copy.deepcopy(template)
    text = f"{template['body']} {ticket_id}.{index}"
    comment.update(
        id=ticket_id * 100 + index,
        author_id=author,
        body=text,
        plain_body=text,
        html_body=f'<div class="zd-comment" dir="auto"><p dir="auto">{text}</p></div>',
        created_at=_iso(created + dt.timedelta(minutes=index)),
        public=True,
    )
    comment.pop("metadata", None)  # the recorded client's IP address and location
    return comment


def freshdesk_desk(tickets: int, customers: int = 12) -> Desk:
    """Freshdesk contacts, tickets with descriptions, and 0-2 conversations a ticket."""
    ticket_template = _load(FRESHDESK_FILES[0])
    conversations = _load(FRESHDESK_FILES[1])
    contacts = _load(FRESHDESK_FILES[2])
    desk = Desk(templates=conversations)
    for n in range(customers):
        contact_id = 5000 + n
        contact = copy.deepcopy(contacts[n % len(contacts)])
        contact.update(
            id=contact_id,
            name=f"Contact {contact_id}",
            email=f"contact{contact_id}@example.com",
            helpdesk_agent=False,
            updated_at=_iso(desk.tick()),
        )
        desk.users[contact_id] = contact
    for n in range(tickets):
        ticket_id = 200 + n
        ticket = copy.deepcopy(ticket_template)
        requester = 5000 + n % customers
        created = desk.tick()
        text = f"{ticket_template['description_text']} ({ticket_id})"
        ticket.update(
            id=ticket_id,
            requester_id=requester,
            responder_id=7000 + n % 2,
            subject=f"{ticket_template['subject']} {ticket_id}",
            description_text=text,
            description=f"<div>{text}</div>",
            created_at=_iso(created),
            updated_at=_iso(created),
        )
        ticket.pop("requester", None)  # only with include=requester
        desk.tickets[ticket_id] = ticket
        desk.messages[ticket_id] = [
            _freshdesk_conversation(conversations[i % 2], ticket_id, i, requester, created)
            for i in range(n % 3)
        ]
    return desk


def _freshdesk_conversation(
    template: dict[str, Any], ticket_id: int, index: int, requester: int, created: dt.datetime
) -> dict[str, Any]:
    conversation = copy.deepcopy(template)
    text = f"{template['body_text']} {ticket_id}.{index}"
    incoming = index == 1 and ticket_id % 2 == 0
    conversation.update(
        id=ticket_id * 100 + index,
        ticket_id=ticket_id,
        body=f"<div>{text}</div>",
        body_text=text,
        incoming=incoming,
        user_id=requester if incoming else 7000 + ticket_id % 2,
        created_at=_iso(created + dt.timedelta(minutes=index + 1)),
        updated_at=_iso(created + dt.timedelta(minutes=index + 1)),
    )
    return conversation


def touch(desk: Desk, ticket_id: int, vendor: str) -> None:
    """A reply to ``ticket_id`` now: one more message, a newer ``updated_at``, a log entry."""
    now = desk.tick()
    found = desk.messages[ticket_id]
    if vendor == "zendesk":
        requester = int(desk.tickets[ticket_id]["requester_id"])
        found.append(_zendesk_comment(desk.templates[0], ticket_id, len(found), requester, now))
    else:
        requester = int(desk.tickets[ticket_id]["requester_id"])
        template = desk.templates[len(found) % 2]
        found.append(_freshdesk_conversation(template, ticket_id, len(found), requester, now))
    desk.tickets[ticket_id]["updated_at"] = _iso(now + dt.timedelta(minutes=5))
    desk.log.append(("tickets", ticket_id))
