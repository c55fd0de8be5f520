"""Intercom conversations, as the REST API returns them (API 2.x conversation objects).

Read: one conversation object (``"type": "conversation"``), a list response
(``{"type": "conversation.list", "conversations": [...]}``), a top-level array, or NDJSON with one
conversation (or one list page) per line; contact records (``{"type": "list", "data": [...]}``
of ``"type": "contact"``) give names and emails.

A conversation's customer is its first contact (``contacts.contacts[0]``; older dumps: ``user``
or ``customers[0]``). The opening message is ``source`` (its ``author``, ``body``, the
conversation's ``created_at``); replies are ``conversation_parts.conversation_parts[]``. Only
parts that carry words become messages: comment-like ``part_type`` values (``comment``, ``note``,
``open``/``close``/``assignment`` with a reply body, …) with a non-empty ``body``; state changes,
attribute updates and ratings are skipped. Authors: ``user``/``lead``/``contact`` are the customer
(another contact of the conversation is ``other``), ``admin``/``team`` agents, ``bot`` and parts
written by the AI agent (``from_ai_agent``) the system, never counted. ``note`` parts are internal.
Times are Unix seconds. Contacts sharing one email become one customer (the loader joins people
by email); a contact's own ``external_id`` is kept as an identity.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from desk.db.models import AuthorKind
from desk.ingest.formats.api_dump import ApiDump, agent_key, short_text
from desk.ingest.records import Item, Person, Post, Thread
from desk.ingest.streams.json_records import Found, clean, get_path
from desk.ingest.text.html_simple import html_body_text
from desk.ingest.text.normalise import parse_time, tidy_text

MESSAGE_PARTS = frozenset(
    {
        "comment",
        "note",
        "note_and_reopen",
        "open",
        "close",
        "assignment",
        "assign_and_reopen",
        "assign_and_unsnooze",
        "away_mode_assignment",
        "snoozed",
        "unsnoozed",
        "quick_reply",
    }
)
_CUSTOMER_TYPES = frozenset({"user", "lead", "contact"})
_AGENT_TYPES = frozenset({"admin", "team"})


class IntercomJson(ApiDump):
    name = "intercom-json"
    label = "Intercom conversations (REST API objects, list pages or NDJSON)"
    source = "intercom"
    containers: ClassVar[Mapping[str, str]] = {
        "conversations": "conversations.item",
        "data": "data.item",
    }
    rejected_errors = (*ApiDump.rejected_errors, OSError)  # OSError: a Unix time out of range here

    @classmethod
    def score_json(cls, head: bytes) -> float:
        if b'"conversation_parts"' in head or b'"conversation.list"' in head:
            return 0.95
        if b'"part_type"' in head or b'"delivered_as"' in head:
            return 0.9
        compact = head.replace(b" ", b"")
        if b'"type":"conversation"' in compact:
            return 0.85
        if b'"type":"contact"' in compact and b'"role":"' in compact:
            return 0.6
        return 0.0

    def page_records(self, value: dict[str, Any]) -> list[Any] | None:
        if value.get("type") == "conversation":
            return None
        for key in ("conversations", "data"):
            inner = value.get(key)
            if isinstance(inner, list):
                return inner
        return None

    def record(self, value: dict[str, Any], found: Found) -> Iterator[Item]:
        kind = value.get("type")
        if kind == "conversation" or "conversation_parts" in value or "source" in value:
            yield from self.conversation(value, found)
        elif kind in ("contact", "user", "lead"):
            person = _contact(value)
            yield person if person else found.reject("contact without an id")
        else:
            yield found.reject(f"not a conversation or a contact (type {kind!r})")

    def conversation_items(
        self, obj: dict[str, Any], conversation_id: Any, location: str
    ) -> Iterator[Item]:
        contacts = _contacts_of(obj)
        if not contacts:
            raise ValueError("no contact (contacts.contacts is empty)")
        customer = contacts[0]
        yield from contacts[1:]
        raw_created = obj.get("created_at")
        created = parse_time(raw_created)
        posts: list[Post] = []
        source = obj.get("source")
        if isinstance(source, dict) and _has_body(source):
            source_id = source.get("id")
            posts.append(
                self._post(
                    source,
                    f"source-{source_id}" if source_id is not None else f"{conversation_id}#source",
                    customer.external_id,
                    raw_created,
                    "comment",
                )
            )
        parts = get_path(obj, "conversation_parts", "conversation_parts") or []
        if not isinstance(parts, list):
            raise ValueError("conversation_parts is not a list")
        for index, part in enumerate(parts):
            if not isinstance(part, dict):
                raise ValueError(f"part {index + 1} is not an object")
            part_type = str(part.get("part_type") or "")
            if part_type not in MESSAGE_PARTS or not _has_body(part):
                continue
            part_id = part.get("id")
            posts.append(
                self._post(
                    part,
                    str(part_id) if part_id is not None else f"{conversation_id}#{index}",
                    customer.external_id,
                    part.get("created_at"),
                    part_type,
                )
            )
        yield from self._new_agents(obj, parts)
        updated = obj.get("updated_at")
        title = obj.get("title") or get_path(source, "subject")
        yield Thread(
            external_id=str(conversation_id),
            customer_id=customer.external_id,
            created_at=created,
            posts=tuple(posts),
            subject=clean(html_body_text(title))[:500]
            if isinstance(title, str) and title
            else None,
            channel=short_text(get_path(source, "type")),
            status=short_text(obj.get("state")) or ("open" if obj.get("open") else None),
            updated_at=parse_time(updated) if updated else None,
            customer=customer,
            location=location,
        )

    def _post(
        self, part: dict[str, Any], external_id: str, customer_id: str, raw_time: Any, kind: str
    ) -> Post:
        author = part.get("author")
        author_type = str(get_path(author, "type") or "")
        author_id = get_path(author, "id")
        if author_type == "bot" or get_path(author, "from_ai_agent") is True:
            author_kind = AuthorKind.SYSTEM
        elif author_type in _CUSTOMER_TYPES:
            same = author_id is None or str(author_id) == customer_id
            author_kind = AuthorKind.CUSTOMER if same else AuthorKind.OTHER
        elif author_type in _AGENT_TYPES:
            author_kind = AuthorKind.AGENT
        else:
            author_kind = AuthorKind.SYSTEM
        html = str(part.get("body") or "")
        return Post(
            external_id=external_id,
            author_kind=author_kind,
            created_at=parse_time(raw_time),
            created_raw=str(raw_time)[:64],
            body_text=clean(tidy_text(html_body_text(html))),
            body_html=clean(html),
            author_id=agent_key(author_type, author_id)
            if author_kind == AuthorKind.AGENT
            else None,
            public=not kind.startswith("note"),
            channel=short_text(part.get("type"))
            if part.get("type") != "conversation_part"
            else None,
        )

    def _new_agents(self, obj: dict[str, Any], parts: list[Any]) -> Iterator[Person]:
        authors = [get_path(obj, "source", "author")] + [p.get("author") for p in parts]
        for author in authors:
            author_type = str(get_path(author, "type") or "")
            key = agent_key(author_type, get_path(author, "id"))
            if author_type not in _AGENT_TYPES or key is None or not self.first_sight_of_agent(key):
                continue
            email = get_path(author, "email")
            name = get_path(author, "name")
            yield Person(
                external_id=key,
                role="agent",
                name=clean(name) if isinstance(name, str) and name else None,
                emails=(email.strip().lower(),) if isinstance(email, str) and "@" in email else (),
            )


def _has_body(part: dict[str, Any]) -> bool:
    body = part.get("body")
    return isinstance(body, str) and bool(body.strip())


def _contacts_of(obj: dict[str, Any]) -> list[Person]:
    listed: Any = get_path(obj, "contacts", "contacts")
    if not isinstance(listed, list):
        customers = obj.get("customers")
        listed = list(customers) if isinstance(customers, list) else []
        user = obj.get("user")
        if isinstance(user, dict):
            listed.insert(0, user)
    people = [_contact(c) for c in listed]
    return [p for p in people if p is not None]


def _contact(obj: Any) -> Person | None:
    if not isinstance(obj, dict) or obj.get("id") is None:
        return None
    email = obj.get("email")
    name = obj.get("name")
    external = obj.get("external_id") or obj.get("user_id")
    return Person(
        external_id=str(obj["id"]),
        role="customer",
        name=clean(name) if isinstance(name, str) and name else None,
        emails=(clean(email.strip().lower()),) if isinstance(email, str) and "@" in email else (),
        handles=(("external_id", clean(str(external))[:300]),) if external else (),
    )
