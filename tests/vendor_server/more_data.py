"""Help Scout, Intercom and Front data for the local vendor server, from real recorded bodies.

As in :mod:`tests.vendor_server.data`: every conversation, thread, part, message and contact
is a copy of one the vendor really sent (``shared/data/samples/api``, read in place), with ids,
addresses, times and words varied so that many pages can be served. Names and addresses of the
people in the recordings are replaced by example ones. ``Desk.tickets`` holds the conversations
as the list endpoint shows them, ``Desk.messages`` each one's threads/parts/messages,
``Desk.users`` the customers (Intercom contacts).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from typing import Any

from tests.vendor_server.data import SAMPLES, Desk

API = SAMPLES / "api"
HELPSCOUT_FILES = (
    API / "helpscout" / "amplabs_conversations_page1.json",
    API / "helpscout" / "taxjar-helpscout-sdk_threads_list_notes.json",
    API / "helpscout" / "taxjar-helpscout-sdk_threads_list_chat.json",
)
INTERCOM_FILES = (
    API / "intercom" / "nango_conversations_list.json",
    API / "intercom" / "nango_conversation_with_parts.json",
    API / "intercom" / "amplabs_contacts_page1.json",
    API / "intercom" / "nango_contacts_list.json",
)
FRONT_FILES = (
    API / "front" / "nango_conversations_list.json",
    API / "front" / "nango_conversation_messages.json",
)
VENDORS = ("helpscout", "intercom", "front")


def missing_more_samples() -> str | None:
    for path in (*HELPSCOUT_FILES, *INTERCOM_FILES, *FRONT_FILES):
        if not path.is_file():
            return f"the recorded API samples are not here ({path})"
    return None


def _load(path: Any) -> Any:
    text = path.read_text(encoding="utf-8")
    # The VCR recordings hold unquoted placeholders (README): numbers make them JSON again.
    text = re.sub(r"<TEST_[A-Z_]*ID>", "1", text).replace("<TEST_CUSTOMER_EMAIL>", "x@example.com")
    return json.loads(text)


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def make_desk(vendor: str, conversations: int, customers: int = 12) -> Desk:
    build = {"helpscout": helpscout_desk, "intercom": intercom_desk, "front": front_desk}
    return build[vendor](conversations, customers)


# -- Help Scout --------------------------------------------------------------------------------


def helpscout_desk(conversations: int, customers: int = 12) -> Desk:
    template = _load(HELPSCOUT_FILES[0])["_embedded"]["conversations"][0]
    notes = _load(HELPSCOUT_FILES[1])["_embedded"]["threads"]
    chat = _load(HELPSCOUT_FILES[2])["_embedded"]["threads"][0]
    by_type = {t["type"]: t for t in notes}  # note, message (an agent's reply), customer
    threads = [by_type["customer"], by_type["message"], by_type["note"], chat]
    desk = Desk(templates=threads)
    for n in range(conversations):
        conversation_id = 3_000_000 + n
        customer_id = 40_000 + n % customers
        created = desk.tick()
        person = {
            "id": customer_id,
            "type": "customer",
            "first": "Customer",
            "last": str(customer_id),
            "email": f"customer{customer_id}@example.com",
        }
        conversation = copy.deepcopy(template)
        conversation.update(
            id=conversation_id,
            number=n + 1,
            subject=f"{template['subject']} {conversation_id}",
            createdBy=dict(person),
            primaryCustomer=dict(person),
            createdAt=_iso(created),
            userUpdatedAt=_iso(created),
            modifiedAt=_iso(created),
        )
        desk.tickets[conversation_id] = conversation
        kinds = [0, 1, 2, 3][: 1 + n % 4]
        desk.messages[conversation_id] = [
            _helpscout_thread(desk, conversation_id, i, kind, person, created)
            for i, kind in enumerate(kinds)
        ]
    return desk


def _helpscout_thread(
    desk: Desk,
    conversation_id: int,
    index: int,
    kind: int,
    person: dict[str, Any],
    created: dt.datetime,
) -> dict[str, Any]:
    thread = copy.deepcopy(desk.templates[kind])
    agent_id = 500 + conversation_id % 3
    agent = {"id": agent_id, "type": "user", "first": "Agent", "last": str(agent_id)}
    agent["email"] = f"agent{agent_id}@example.com"
    by_customer = thread["createdBy"].get("type") == "customer"
    text = f"{thread.get('body') or 'reply'} ({conversation_id}.{index})"
    thread.update(
        id=conversation_id * 10 + index,
        body=text,
        createdBy=dict(person) if by_customer else agent,
        customer=dict(person),
        createdAt=_iso(created + dt.timedelta(minutes=index)),
    )
    if "assignedTo" in thread:
        thread["assignedTo"] = agent
    return thread


# -- Intercom ----------------------------------------------------------------------------------


def intercom_desk(conversations: int, customers: int = 12) -> Desk:
    listed = _load(INTERCOM_FILES[0])["conversations"]
    parts = _load(INTERCOM_FILES[1])["conversation_parts"]["conversation_parts"]
    contacts = _load(INTERCOM_FILES[2])["data"] + _load(INTERCOM_FILES[3])["data"]
    desk = Desk(templates=parts)
    for n in range(customers):
        contact_id = f"{0x6643703FFAE7 + n:x}"
        contact = copy.deepcopy(contacts[n % len(contacts)])
        contact.update(
            id=contact_id,
            external_id=f"ext-{contact_id}",
            email=f"contact{n}@example.com",
            name=f"Contact {n}",
            role="user",
            updated_at=int(desk.tick().timestamp()),
        )
        desk.users[n] = contact
    for n in range(conversations):
        conversation_id = str(215_474_207_000_000 + n)
        contact = desk.users[n % customers]
        created = int(desk.tick().timestamp())
        conversation = copy.deepcopy(listed[n % len(listed)])
        if isinstance(conversation["source"], dict):  # None: an admin-initiated one
            conversation["source"].update(
                id=str(3_653_000_000 + n),
                body=f"{conversation['source']['body']} ({conversation_id})",
                author={
                    "type": "user",
                    "id": contact["id"],
                    "name": contact["name"],
                    "email": contact["email"],
                },
            )
        conversation["contacts"]["contacts"] = [
            {"type": "contact", "id": contact["id"], "external_id": contact["external_id"]}
        ]
        conversation.update(id=conversation_id, created_at=created, updated_at=created)
        desk.tickets[n] = conversation
        desk.messages[n] = [_intercom_part(desk, n, i, created) for i in range(n % 4)]
    return desk


def _intercom_part(desk: Desk, n: int, index: int, created: int) -> dict[str, Any]:
    """A copy of a recorded part: a comment every other one, else a state change (skipped)."""
    comments = [p for p in desk.templates if p["part_type"] == "comment"]
    others = [p for p in desk.templates if p["part_type"] != "comment"]
    part = copy.deepcopy(comments[index % len(comments)] if index % 2 == 0 else others[index])
    part.update(id=str(40_000_000 + n * 10 + index), created_at=created + 60 * (index + 1))
    if part.get("body"):
        part["body"] = f"{part['body']} ({n}.{index})"
    if isinstance(part.get("author"), dict) and part["author"].get("type") == "admin":
        admin = 10_553_731 + n % 3
        part["author"].update(
            id=str(admin), name=f"Admin {admin}", email=f"admin{admin}@example.com"
        )
    return part


def intercom_full(desk: Desk, key: int) -> dict[str, Any]:
    """GET /conversations/{id}: the conversation with its parts."""
    parts = desk.messages[key]
    return {
        **desk.tickets[key],
        "conversation_parts": {
            "type": "conversation_part.list",
            "conversation_parts": parts,
            "total_count": len(parts),
        },
    }


# -- Front -------------------------------------------------------------------------------------


def front_desk(conversations: int, customers: int = 12) -> Desk:
    listed = _load(FRONT_FILES[0])["_results"]
    messages = _load(FRONT_FILES[1])["_results"]
    inbound = next(m for m in messages if m["is_inbound"])
    outbound = next(m for m in messages if not m["is_inbound"])
    desk = Desk(templates=[inbound, outbound])
    for n in range(conversations):
        conversation_id = f"cnv_{n + 0x1D0000:x}"
        customer = f"customer{n % customers}@example.com"
        created = desk.tick().timestamp() + 0.791
        conversation = copy.deepcopy(listed[n % len(listed)])
        conversation.update(
            id=conversation_id,
            subject=f"{conversation.get('subject') or 'Hello'} {n}",
            recipient={
                "_links": {"related": {"contact": None}},
                "handle": customer,
                "role": "from",
            },
            created_at=created,
            waiting_since=created,
            updated_at=created,
        )
        desk.tickets[n] = conversation
        desk.messages[n] = [_front_message(desk, n, i, created) for i in range(1 + n % 3)]
    return desk


def _front_message(desk: Desk, n: int, index: int, created: float) -> dict[str, Any]:
    conversation = desk.tickets[n]
    customer = conversation["recipient"]["handle"]
    message = copy.deepcopy(desk.templates[index % 2])
    text = f"{message['text'].strip()} ({n}.{index})"
    agent = f"agent{n % 3}@example.com"
    sender, receiver = (customer, agent) if message["is_inbound"] else (agent, customer)
    message["recipients"][0].update(handle=sender, name="", role="from")
    message["recipients"][1].update(handle=receiver, name="", role="to")
    link = f"https://example.api.frontapp.com/conversations/{conversation['id']}"
    message["_links"]["related"]["conversation"] = link
    message.update(
        id=f"msg_{0x2000000 + n * 10 + index:x}",
        created_at=int(created) + 60 * (index + 1),
        text=text,
        blurb=text[:100],
        body=f'<div dir="ltr">{text}</div>\n',
    )
    return message


# -- a change in the helpdesk ------------------------------------------------------------------


def touch_more(desk: Desk, key: Any, vendor: str) -> None:
    """A new reply to conversation ``key`` now, and its change time moved, as the vendor does."""
    now = desk.tick() + dt.timedelta(minutes=5)
    found = desk.messages[key]
    conversation = desk.tickets[key]
    if vendor == "helpscout":
        person = conversation["primaryCustomer"]
        found.append(_helpscout_thread(desk, key, len(found), 0, person, now))
        conversation.update(userUpdatedAt=_iso(now), modifiedAt=_iso(now))
    elif vendor == "intercom":
        part = _intercom_part(desk, key, 0, int(now.timestamp()))
        part["id"] = str(int(part["id"]) + 1000 + len(found))
        found.append(part)
        conversation["updated_at"] = int(now.timestamp()) + 120
    else:
        message = _front_message(desk, key, len(found), now.timestamp())
        found.append(message)
        conversation["updated_at"] = now.timestamp() + 300.5
