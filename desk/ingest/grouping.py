"""Building conversations from message rows, for every format whose file is a list of messages.

CSV-like exports (Front's analytics export, Twitter's dataset, any mapped CSV) give one message
per row with the conversation it belongs to and which side wrote it. :class:`ThreadBuilder`
turns such rows into :class:`Thread` records the same way for all of them:

- The conversation's customer is the one a row names (``customer_id``), else the author of the
  earliest customer-side message. A customer-side author who is not that customer (a CC, another
  user joining a public thread) is ``other`` and never counts as the customer's volume.
- Rows of a conversation that name no customer at all (only replies and notes, say a comments
  dump) still import: into the stored conversation when there is one, else under a customer
  named "Unknown customer (conversation …)" rather than being dropped.
- Agents are yielded once each as :class:`Person` records, so the loader knows their names.
- :meth:`ThreadBuilder.runs` groups consecutive rows of one conversation, streaming; a
  conversation whose rows are spread over the file arrives as several threads with one id, which
  the loader joins (the customer chosen for its first rows is kept for the later ones).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from desk.db.models import AuthorKind
from desk.ingest.records import Item, Person, Post, Rejection, Thread

Side = Literal["customer", "agent", "system"]
MAX_ID = 200  # the database's length for vendor ids


@dataclass(slots=True)
class Message:
    """One message row, vendor-neutral. ``line`` is where it is in the file.

    Not frozen, unlike the records the loader takes: one is made per row, and a frozen
    dataclass of this size takes three times as long to build. Nothing changes one once built.
    """

    conversation_id: str
    message_id: str
    created_at: dt.datetime
    body_text: str
    side: Side
    author_id: str | None = None
    author_name: str | None = None
    author_email: str | None = None
    customer_id: str | None = None  # the conversation's customer, when the row says
    customer_name: str | None = None
    customer_email: str | None = None
    created_raw: str | None = None
    body_html: str | None = None
    public: bool = True
    channel: str | None = None
    subject: str | None = None
    status: str | None = None
    line: int | None = None


def email_of(value: str | None) -> tuple[str, ...]:
    """``(address,)`` when ``value`` is an email address, else ``()``."""
    if value and "@" in value and " " not in value.strip():
        return (value.strip().lower(),)
    return ()


def _unknown(conversation_id: str) -> Person:
    """The customer of rows that do not say who it is (only agents' replies and notes): when the
    conversation is already stored, the loader keeps its customer and this one is never used."""
    return Person(
        f"unknown-customer-of-{conversation_id}"[:MAX_ID],
        "customer",
        name=f"Unknown customer (conversation {conversation_id})"[:300],
    )


def location_of(messages: Sequence[Message]) -> str:
    lines = [m.line for m in messages if m.line is not None]
    if not lines:
        return ""
    first, last = min(lines), max(lines)
    return f"line {first}" if first == last else f"lines {first}-{last}"


class ThreadBuilder:
    """Turns message rows into threads; remembers agents met and each conversation's customer."""

    def __init__(self) -> None:
        self._agents: set[str] = set()
        self._customers: dict[str, str] = {}

    def runs(self, items: Iterable[Message | Rejection | Person]) -> Iterator[Item]:
        """Threads from consecutive messages of one conversation; other items pass through."""
        run: list[Message] = []
        for item in items:
            if isinstance(item, Message):
                if run and item.conversation_id != run[0].conversation_id:
                    yield from self.build(run)
                    run = []
                run.append(item)
            else:
                yield item
        if run:
            yield from self.build(run)

    def build(self, messages: Sequence[Message]) -> Iterator[Item]:
        """The agents not met before, then the thread of ``messages`` (one conversation)."""
        if not messages:
            return
        conversation_id = messages[0].conversation_id
        too_long = next(
            (m for m in messages if max(len(m.conversation_id), len(m.message_id)) > MAX_ID), None
        )
        if too_long is not None:
            yield Rejection(
                f"an id longer than {MAX_ID} characters ({too_long.message_id[:40]}…)",
                line=too_long.line,
            )
            return
        customer = self._customer(conversation_id, messages) or _unknown(conversation_id)
        posts: list[Post] = []
        for message in messages:
            agent = self._agent(message)
            if agent is not None:
                yield agent
            posts.append(self._post(message, customer.external_id))
        subject = next((m.subject for m in messages if m.subject), None)
        channel = next((m.channel[:40] for m in messages if m.channel), None)
        status = next((m.status[:40] for m in reversed(messages) if m.status), None)
        times = [m.created_at for m in messages]
        yield Thread(
            external_id=conversation_id,
            customer_id=customer.external_id,
            created_at=min(times),
            updated_at=max(times),
            posts=tuple(posts),
            subject=subject,
            channel=channel,
            status=status,
            # A person with nothing but an id adds nothing (and the loader's update of a known
            # customer needs at least one value to set).
            customer=customer if customer.name or customer.emails else None,
            location=location_of(messages),
        )

    def _customer(self, conversation_id: str, messages: Sequence[Message]) -> Person | None:
        named = next((m for m in messages if m.customer_id), None)
        key = self._customers.get(conversation_id)
        if key is None and named is not None:
            key = named.customer_id
        first: Message | None = None
        if key is None:
            for message in messages:
                if (
                    message.side == "customer"
                    and message.author_id
                    and (first is None or message.created_at < first.created_at)
                ):
                    first = message
            key = first.author_id if first is not None else None
        if key is None:
            return None
        key = key[:MAX_ID]
        self._customers[conversation_id] = key
        name = email = None
        for message in messages:
            if message.customer_id == key:
                name = name or message.customer_name
                email = email or message.customer_email
            if message.side == "customer" and message.author_id == key:
                name = name or message.author_name
                email = email or message.author_email
        return Person(
            external_id=key,
            role="customer",
            name=name[:300] if name else None,
            emails=email_of(email or key),
        )

    def _agent(self, message: Message) -> Person | None:
        if message.side != "agent" or not message.author_id:
            return None
        key = message.author_id[:MAX_ID]
        if key in self._agents:
            return None
        self._agents.add(key)
        return Person(
            external_id=key,
            role="agent",
            name=message.author_name[:300] if message.author_name else None,
            emails=email_of(message.author_email or key),
        )

    def _post(self, message: Message, customer_id: str) -> Post:
        author_id = message.author_id[:MAX_ID] if message.author_id else None
        if message.side == "customer":
            same = author_id is None or author_id == customer_id
            kind = AuthorKind.CUSTOMER if same else AuthorKind.OTHER
        elif message.side == "agent":
            kind = AuthorKind.AGENT
        else:
            kind = AuthorKind.SYSTEM
        return Post(
            external_id=message.message_id,
            author_kind=kind,
            created_at=message.created_at,
            created_raw=message.created_raw[:64] if message.created_raw else None,
            body_text=message.body_text,
            body_html=message.body_html,
            author_id=author_id if kind == AuthorKind.AGENT else None,
            public=message.public,
            channel=message.channel[:40] if message.channel else None,
        )
