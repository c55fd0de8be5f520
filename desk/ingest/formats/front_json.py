"""Front Core API dumps: messages, comments and conversations as ``api2.frontapp.com`` returns them.

Read (names from Front's OpenAPI specification):

- Message pages ``{"_results": [...], "_pagination": {...}}`` from
  ``GET /conversations/{id}/messages``, single messages, arrays, or NDJSON. A message has ``id``
  (``msg_…``), ``type`` (email, sms, tweet, custom …), ``is_inbound``, ``created_at`` (Unix
  seconds, often fractional), ``subject``, ``body`` (HTML) and ``text``, ``author`` (the teammate
  who sent it) and ``recipients[]`` with ``handle`` and ``role`` (from/to/cc/bcc). Its
  conversation is the last part of ``_links.related.conversation``.
- Comments (``com_…``, ``GET /conversations/{id}/comments``): internal notes by a teammate,
  ``posted_at``; their conversation is in ``_links.related.conversation`` too.
- Conversations (``cnv_…``) with their messages and comments embedded (``messages``/``comments``,
  lists or API pages), as export scripts write them; ``recipient.handle`` is the contact.

Inbound messages are the customer's side, the sender being the ``from`` recipient; outbound ones
are the teammate's (``author``). The customer is the conversation's contact, else the sender of
its first inbound message, else whom its first outbound message went to. Drafts are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from desk.ingest.base import Format
from desk.ingest.grouping import Message, ThreadBuilder
from desk.ingest.limits import Limits
from desk.ingest.records import Item, ReadStats, Rejection
from desk.ingest.streams.json_records import Found, clean, get_path, records
from desk.ingest.text.html_simple import html_body_text
from desk.ingest.text.normalise import parse_time, tidy_text

CONTAINERS = {"_results": "_results.item"}


class FrontJson(Format):
    name = "front-json"
    label = "Front Core API (messages, comments, conversations)"
    source = "front"
    extensions: ClassVar[tuple[str, ...]] = (".json", ".ndjson", ".jsonl")

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        if not head.lstrip().startswith((b"{", b"[")):
            return 0.0
        if b'"is_inbound"' in head and (b'"recipients"' in head or b'"msg_' in head):
            return 0.9
        if b'"cnv_' in head and (b'"recipient"' in head or b'"com_' in head):
            return 0.85
        if b'"posted_at"' in head and b'"com_' in head:
            return 0.8
        return 0.0

    def read(self, stats: ReadStats) -> Iterator[Item]:
        yield from ThreadBuilder().runs(self._messages(stats))

    def _messages(self, stats: ReadStats) -> Iterator[Message | Rejection]:
        for found in records(self.path, stats, CONTAINERS, Limits.from_options(self.options)):
            if isinstance(found, Rejection):
                yield found
                continue
            values = found.value if isinstance(found.value, list) else [found.value]
            for value in values:
                if isinstance(value, dict) and isinstance(value.get("_results"), list):
                    values.extend(value["_results"])  # an API page on one NDJSON line
                    continue
                yield from self._record(found, value)

    def map_record(self, value: Any, number: int) -> Iterator[Message | Rejection]:
        """The message rows of one API object (a conversation with ``messages`` inline, or one
        message), as record ``number`` of a file; :class:`ThreadBuilder` makes threads of them.
        The mapping the API connector (desk/connect/front.py) shares with this reader."""
        return self._record(Found(value, record=number), value)

    def _record(self, found: Found, value: Any) -> Iterator[Message | Rejection]:
        where = {"line": found.line, "record": found.record}
        if not isinstance(value, dict):
            yield Rejection("expected a JSON object", **where)
            return
        record_id = str(value.get("id") or "")
        if record_id.startswith("cnv_") or "messages" in value:
            contact = get_path(value, "recipient", "handle")
            for key in ("messages", "comments"):
                embedded = value.get(key) or []
                if isinstance(embedded, dict):
                    embedded = embedded.get("_results") or []
                for inner in embedded if isinstance(embedded, list) else []:
                    yield from self._one(found, inner, record_id, contact)
            return
        yield from self._one(found, value, None, None)

    def _one(
        self, found: Found, obj: Any, conversation: str | None, contact: Any
    ) -> Iterator[Message | Rejection]:
        where = {"line": found.line, "record": found.record}
        try:
            message = _message(obj, conversation, contact, found)
        except (ValueError, TypeError, AttributeError, OverflowError) as exc:
            label = obj.get("id", "?") if isinstance(obj, dict) else "?"
            yield Rejection(f"message {label}: {exc}", **where)
            return
        if message is not None:
            yield message


def _message(obj: Any, conversation: str | None, contact: Any, found: Found) -> Message | None:
    if not isinstance(obj, dict):
        raise ValueError("not an object")
    get = obj.get  # each field read once: this runs for every message of a dump
    message_id, kind = get("id"), get("type")
    if get("draft_mode"):
        return None
    if not message_id:
        raise ValueError("no id")
    if conversation is None:
        link = get_path(obj, "_links", "related", "conversation")
        conversation = link.rstrip("/").rsplit("/", 1)[-1] if isinstance(link, str) else None
        if not conversation:
            raise ValueError("no conversation (no _links.related.conversation)")
    posted = get("posted_at")
    comment = posted is not None or str(message_id).startswith("com_")
    raw_time = posted if comment else get("created_at")
    if raw_time is None:
        raise ValueError("no created_at")
    inbound = bool(get("is_inbound")) and not comment
    recipients = get("recipients")
    if not isinstance(recipients, list):
        recipients = []
    teammate = get("author")
    if not isinstance(teammate, dict):
        teammate = None
    sender = _handle(recipients, "from")
    author: Any = sender
    name = email = None
    if inbound:
        email = sender
    elif teammate is not None:
        author = teammate.get("id") or teammate.get("email")
        name, email = _teammate_name(teammate), _text(teammate.get("email"))
    else:
        author = None
    customer = contact.lower() if isinstance(contact, str) and contact else None
    if customer is None and not inbound and not comment:
        customer = _handle(recipients, "to")
    html, text = get("body"), get("text")
    html = html if isinstance(html, str) else None
    if not isinstance(text, str):
        text = html_body_text(html) if html else str(get("blurb") or "")
    return Message(
        conversation_id=str(conversation),
        message_id=str(message_id),
        created_at=parse_time(raw_time),
        created_raw=str(raw_time),
        body_text=tidy_text(text),  # the loader makes every text safe for the database
        body_html=html,
        side="customer" if inbound else "agent",
        author_id=str(author) if author else None,
        author_name=name,
        author_email=email,
        customer_id=customer,
        customer_email=customer,
        public=not comment and kind != "internal",
        channel=_text(kind),
        subject=_text(get("subject")),
        line=found.line,
    )


def _handle(recipients: list[Any], role: str) -> str | None:
    for recipient in recipients:
        if isinstance(recipient, dict) and recipient.get("role") == role:
            handle = recipient.get("handle")
            if isinstance(handle, str) and handle:
                return handle.strip().lower()
    return None


def _teammate_name(teammate: dict[str, Any] | None) -> str | None:
    if teammate is None:
        return None
    name = f"{teammate.get('first_name') or ''} {teammate.get('last_name') or ''}".strip()
    return clean(name) or _text(teammate.get("username"))


def _text(value: Any) -> str | None:
    return clean(value) if isinstance(value, str) and value else None
