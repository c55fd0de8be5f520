"""Freshdesk API v2 dumps: tickets, their conversations, contacts and agents.

What the API returns, and what is read:

- ``GET /api/v2/tickets`` (a top-level array) and ``/tickets/{id}`` (one object, optionally with
  ``include=requester`` → ``requester {id, name, email}`` and ``include=conversations`` →
  ``conversations[]``); the search API wraps them in ``{"results": [...]}``. A ticket's first
  message is its description (``description_text``, else ``description`` as HTML; old v1-shaped
  objects have plain ``description`` and ``description_html``), written by the requester
  (``requester_id``). ``source`` and ``status`` are numbers (1 email, 2 portal, 3 phone, 7 chat
  …; 2 open, 3 pending, 4 resolved, 5 closed).
- ``GET /api/v2/tickets/{id}/conversations``: an array of replies and notes, each with
  ``ticket_id``, ``user_id``, ``incoming``, ``private``, ``body`` (HTML) and ``body_text``. The
  author is the customer when ``user_id`` is the ticket's requester (or, with the requester not
  in the file, when ``incoming`` is true); another incoming author is a CC (``other``); everyone
  else is an agent. ``private`` conversations are internal notes.
- ``GET /api/v2/contacts`` and ``/contacts/{id}``: customers with ``email`` and up to nine
  ``other_emails`` (one customer); a contact with ``helpdesk_agent: true`` (v1) is an agent.
  ``GET /api/v2/agents``: agents with a nested ``contact``.
- Companies (``domains``) carry no people or messages and are skipped.

Conversations whose ticket is not in the file still import: the customer is then the author of
the first incoming conversation, else the address the first public reply went to (an identity
that joins the contact with that email). Importing the tickets first, or one file holding
tickets and conversations, gives each conversation its requester. Times are ISO 8601 with ``Z``
or a local offset (``+10:00``). NDJSON (one object or array per line) is read too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

from desk.db.models import AuthorKind
from desk.ingest.base import Format
from desk.ingest.limits import Limits
from desk.ingest.records import Item, Person, Post, ReadStats, Rejection, Role, Thread
from desk.ingest.streams.json_records import Found, clean, records
from desk.ingest.text.html_simple import html_body_text
from desk.ingest.text.normalise import optional_text, parse_time, tidy_text

CONTAINERS = {"results": "results.item", "tickets": "tickets.item"}
SOURCES = {
    0: "reply",
    1: "email",
    2: "portal",
    3: "phone",
    4: "forum",
    5: "twitter",
    6: "facebook",
    7: "chat",
    8: "mobihelp",
    9: "feedback_widget",
    10: "outbound_email",
}
STATUSES = {2: "open", 3: "pending", 4: "resolved", 5: "closed"}
_TICKET_MARKS = (b'"fr_escalated"', b'"due_by"', b'"fr_due_by"', b'"responder_id"', b'"frDueBy"')


class FreshdeskJson(Format):
    name = "freshdesk-json"
    label = "Freshdesk API v2 (tickets, conversations, contacts)"
    source = "freshdesk"
    extensions: ClassVar[tuple[str, ...]] = (".json", ".ndjson", ".jsonl")

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        if not head.lstrip().startswith((b"{", b"[")):
            return 0.0
        if b'"requester_id"' in head and any(mark in head for mark in _TICKET_MARKS):
            return 0.9
        if b'"ticket_id"' in head and b'"incoming"' in head and b'"private"' in head:
            return 0.9
        if b'"helpdesk_agent"' in head or (b'"other_emails"' in head and b'"twitter_id"' in head):
            return 0.8
        if b'"ticket_scope"' in head and b'"contact"' in head:
            return 0.8  # agents
        if b'"domains"' in head and (b'"health_score"' in head or b'"account_tier"' in head):
            return 0.6  # companies: read, nothing imported
        return 0.0

    def __init__(self, path: Path, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(path, options)
        self._requesters: dict[str, str] = {}  # ticket id → requester id, for conversations
        self._agents: set[str] = set()
        self._companies = 0

    def read(self, stats: ReadStats) -> Iterator[Item]:
        batch: list[tuple[Found, dict[str, Any]]] = []  # consecutive conversations of a ticket
        for found in records(self.path, stats, CONTAINERS, Limits.from_options(self.options)):
            if isinstance(found, Rejection):
                yield found
                continue
            for value in found.value if isinstance(found.value, list) else [found.value]:
                if isinstance(value, dict) and "ticket_id" in value and "requester_id" not in value:
                    if batch and str(batch[0][1].get("ticket_id")) != str(value.get("ticket_id")):
                        yield from self._conversations(batch)
                        batch = []
                    batch.append((found, value))
                    continue
                if batch:
                    yield from self._conversations(batch)
                    batch = []
                yield from self._dispatch(found, value)
        if batch:
            yield from self._conversations(batch)
        if self._companies:
            stats.notes.append(f"{self._companies} companies read; companies are not imported")

    def know_agents(self, agent_ids: Iterable[str]) -> None:
        """Agents read before (an earlier sync): replies by them are the agent's side."""
        self._agents.update(agent_ids)

    def map_record(self, value: Any, number: int) -> Iterator[Item]:
        """One API object (a ticket with ``conversations`` inline, a contact, an agent), as
        record ``number`` of a file; the mapping the API connector (desk/connect/freshdesk.py)
        shares with this reader."""
        return self._dispatch(Found(value, record=number), value)

    def _dispatch(self, found: Found, value: Any) -> Iterator[Item]:
        where = {"line": found.line, "record": found.record}
        if not isinstance(value, dict):
            yield Rejection("expected a JSON object", **where)
        elif "requester_id" in value:
            yield from self._ticket(value, found.location, where)
        elif isinstance(value.get("contact"), dict):
            agent = self._agent_record(value)
            yield agent if agent is not None else Rejection("agent without an id", **where)
        elif "domains" in value:
            self._companies += 1
        elif "email" in value or "name" in value or "other_emails" in value:
            person = _contact(value)
            yield person if person is not None else Rejection("contact without an id", **where)
        else:
            yield Rejection("neither a ticket, a conversation nor a contact", **where)

    # -- tickets -----------------------------------------------------------------------------

    def _ticket(
        self, obj: dict[str, Any], location: str, where: dict[str, int | None]
    ) -> Iterator[Item]:
        ticket_id = obj.get("id")
        try:
            if ticket_id is None:
                raise ValueError("missing id")
            if obj.get("requester_id") is None:
                raise ValueError("missing requester_id")
            requester = str(obj["requester_id"])
            self._requesters[str(ticket_id)] = requester
            created = parse_time(_required(obj, "created_at"))
            posts = [_description(obj, requester, created)] if _has_description(obj) else []
            embedded = obj.get("conversations") or []
            if not isinstance(embedded, list):
                raise ValueError("conversations is not a list")
            for index, conversation in enumerate(embedded):
                post, agent = self._post(conversation, requester, index)
                if agent is not None:
                    yield agent
                posts.append(post)
            responder = self._responder(obj)
            if responder is not None:
                yield responder
            updated = obj.get("updated_at")
            yield Thread(
                external_id=str(ticket_id),
                customer_id=requester,
                created_at=created,
                updated_at=parse_time(updated) if updated else None,
                posts=tuple(posts),
                subject=clean(str(obj["subject"])) if obj.get("subject") else None,
                channel=_coded(obj, "source", SOURCES),
                status=_coded(obj, "status", STATUSES),
                customer=_requester(obj, requester),
                location=location,
            )
        except (ValueError, TypeError, AttributeError, OverflowError) as exc:
            yield Rejection(f"ticket {ticket_id or '?'}: {exc}", **where)

    def _responder(self, obj: dict[str, Any]) -> Person | None:
        responder = obj.get("responder_id")
        if responder is None or str(responder) in self._agents or not obj.get("responder_name"):
            return None
        self._agents.add(str(responder))
        return Person(str(responder), "agent", name=clean(str(obj["responder_name"])))

    # -- conversations -----------------------------------------------------------------------

    def _conversations(self, batch: list[tuple[Found, dict[str, Any]]]) -> Iterator[Item]:
        found, first = batch[0]
        ticket_id = str(first.get("ticket_id"))
        known = self._requesters.get(ticket_id)
        customer = Person(known, "customer") if known else _requester_guess(batch)
        if customer is None:
            customer = Person(
                f"ticket-{ticket_id}-requester", "customer", name=f"Requester of ticket {ticket_id}"
            )
        posts: list[Post] = []
        for index, (where, conversation) in enumerate(batch):
            try:
                post, agent = self._post(conversation, known, index)
            except (ValueError, TypeError, AttributeError, OverflowError) as exc:
                yield Rejection(
                    f"conversation {conversation.get('id', '?')} of ticket {ticket_id}: {exc}",
                    line=where.line,
                    record=where.record,
                )
                continue
            if agent is not None:
                yield agent
            posts.append(post)
        if posts:
            yield Thread(
                external_id=ticket_id,
                customer_id=customer.external_id,
                created_at=min(p.created_at for p in posts),
                posts=tuple(posts),
                customer=customer if customer.name or customer.emails else None,
                location=found.location,
            )

    def _post(self, obj: Any, requester: str | None, index: int) -> tuple[Post, Person | None]:
        if not isinstance(obj, dict):
            raise ValueError(f"conversation {index + 1} is not an object")
        raw_time = _required(obj, "created_at")
        user = obj.get("user_id")
        user_id = str(user) if user is not None else None
        incoming = bool(obj.get("incoming"))
        if user_id is not None and user_id == requester:
            kind = AuthorKind.CUSTOMER
        elif incoming:
            kind = AuthorKind.OTHER if requester is not None else AuthorKind.CUSTOMER
        elif user_id is None:
            kind = AuthorKind.SYSTEM
        else:
            kind = AuthorKind.AGENT
        agent = None
        if kind == AuthorKind.AGENT and user_id not in self._agents:
            self._agents.add(str(user_id))
            agent = Person(str(user_id), "agent")
        html = obj.get("body") if isinstance(obj.get("body"), str) else None
        text = obj.get("body_text")
        if not isinstance(text, str):
            text = html_body_text(html) if html else ""
        conversation_id = obj.get("id")
        return (
            Post(
                external_id=str(conversation_id)
                if conversation_id is not None
                else f"{obj.get('ticket_id')}#{index}",
                author_kind=kind,
                created_at=parse_time(raw_time),
                created_raw=str(raw_time)[:64],
                body_text=clean(tidy_text(text)),
                body_html=clean(html) if html else None,
                author_id=user_id if kind == AuthorKind.AGENT else None,
                public=not obj.get("private"),
                channel=_coded(obj, "source", SOURCES),
            ),
            agent,
        )

    def _agent_record(self, obj: dict[str, Any]) -> Person | None:
        if obj.get("id") is None:
            return None
        contact = obj["contact"]
        self._agents.add(str(obj["id"]))
        return Person(
            str(obj["id"]),
            "agent",
            name=optional_text(contact.get("name")),
            emails=_emails(contact.get("email"), None),
        )


def _has_description(obj: dict[str, Any]) -> bool:
    return bool(obj.get("description_text") or obj.get("description"))


def _description(obj: dict[str, Any], requester: str, created: Any) -> Post:
    """The ticket's first message, by its requester."""
    if "description_html" in obj:  # v1-shaped: description is the text
        text, html = obj.get("description") or "", obj.get("description_html")
    else:
        html = obj.get("description")
        text = obj.get("description_text") or (html_body_text(html) if html else "")
    return Post(
        external_id=f"ticket-{obj['id']}-description",
        author_kind=AuthorKind.CUSTOMER,
        created_at=created,
        created_raw=str(obj.get("created_at"))[:64],
        body_text=clean(tidy_text(str(text))),
        body_html=clean(html) if isinstance(html, str) and html else None,
        channel=_coded(obj, "source", SOURCES),
    )


def _requester(obj: dict[str, Any], requester: str) -> Person | None:
    """The requester's name and email when the ticket carries them (``include=requester``)."""
    embedded = obj.get("requester")
    name = email = None
    if isinstance(embedded, dict) and str(embedded.get("id")) == requester:
        name, email = embedded.get("name"), embedded.get("email")
    name = name or obj.get("requester_name")
    email = email or obj.get("email") or obj.get("requester_email")
    if not name and not email:
        return None
    return Person(requester, "customer", name=optional_text(name), emails=_emails(email, None))


def _requester_guess(batch: list[tuple[Found, dict[str, Any]]]) -> Person | None:
    """The customer of conversations whose ticket is not in the file (see the module docstring)."""
    for _found, conversation in batch:
        if conversation.get("incoming") and conversation.get("user_id") is not None:
            return Person(str(conversation["user_id"]), "customer")
    for _found, conversation in batch:
        to = conversation.get("to_emails")
        if not conversation.get("private") and isinstance(to, list) and to:
            emails = _emails(to[0], None)
            if emails:
                return Person(f"email:{emails[0]}", "customer", emails=emails)
    return None


def _contact(obj: dict[str, Any]) -> Person | None:
    if obj.get("id") is None:
        return None
    role: Role = "agent" if obj.get("helpdesk_agent") is True else "customer"
    handles = (("twitter", str(obj["twitter_id"])),) if obj.get("twitter_id") else ()
    return Person(
        str(obj["id"]),
        role,
        name=optional_text(obj.get("name")),
        emails=_emails(obj.get("email"), obj.get("other_emails")),
        handles=handles if role == "customer" else (),
    )


def _emails(primary: Any, others: Any) -> tuple[str, ...]:
    found: list[str] = []
    for value in [primary, *(others if isinstance(others, list) else [])]:
        if isinstance(value, str) and "@" in value:
            address = value.strip()
            if address.endswith(">") and "<" in address:  # "Rachel <rachel@example.com>"
                address = address[address.rindex("<") + 1 : -1]
            address = clean(address.lower())
            if address not in found:
                found.append(address)
    return tuple(found)


def _coded(obj: dict[str, Any], key: str, names: dict[int, str]) -> str | None:
    """A numeric field as a word: the object's own ``<key>_name`` when it has one (v1), else
    the API's number looked up in ``names``."""
    name = obj.get(f"{key}_name")
    if isinstance(name, str) and name:
        return clean(name.lower())[:40]
    value = obj.get(key)
    return names.get(value) if isinstance(value, int) else None


def _required(obj: Mapping[str, Any], key: str) -> Any:
    value = obj.get(key)
    if value is None or value == "":
        raise ValueError(f"missing {key}")
    return value
