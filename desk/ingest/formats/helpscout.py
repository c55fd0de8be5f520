"""Help Scout Mailbox API dumps: conversations with their threads, and customers.

Both API generations are read:

- **Mailbox API 2.0** (HAL JSON): a page ``{"_embedded": {"conversations": [...]}}`` or one
  conversation; each has ``primaryCustomer`` (``id``, ``email``, ``first``/``last``),
  ``createdAt`` and ``_embedded.threads[]``. Customers: ``_embedded.customers[]`` with
  ``firstName``/``lastName`` and ``_embedded.emails[].value``.
- **Mailbox API 1** (deprecated 2019, still in old dumps): ``{"item": {...}}`` or
  ``{"items": [...]}``; a conversation has ``customer`` (``emails`` a list of strings) and
  ``threads[]``; a customer has ``emails[]`` objects with ``value``.

NDJSON (one conversation or one API page per line) and top-level arrays are read too.

A thread's author comes from ``createdBy.type``: ``customer`` is the customer (another customer,
a CC, is ``other``), ``user``/``team`` an agent, anything else (``system``, ``workflow``,
``system_user``) the system. ``note`` threads are internal (``public=False``); ``lineitem``
threads ("Assigned to Anna", "Marked as closed") are system events. Bodies are HTML: the text is
derived, the HTML kept. A customer with several ``emails`` is one customer.
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

_AGENT_TYPES = frozenset({"user", "team"})
_INTERNAL_TYPES = frozenset({"note", "forwardparent"})


class HelpScoutJson(ApiDump):
    name = "helpscout-json"
    label = "Help Scout Mailbox API (conversations with threads, customers)"
    source = "helpscout"
    containers: ClassVar[Mapping[str, str]] = {
        "_embedded.conversations": "_embedded.conversations.item",
        "_embedded.customers": "_embedded.customers.item",
        "_embedded.threads": "",
        "items": "items.item",
        "item": "item",
        "threads": "",
    }

    @classmethod
    def score_json(cls, head: bytes) -> float:
        if b'"primaryCustomer"' in head:
            return 0.95
        if b'"threads"' in head and b'"createdBy"' in head:
            return 0.9
        if b'"createdByCustomer"' in head or b'"customerWaitingSince"' in head:
            return 0.85
        if b'"firstName"' in head and (b'"photoType"' in head or b'"socialProfiles"' in head):
            return 0.6  # a Help Scout customer record
        return 0.0

    def page_records(self, value: dict[str, Any]) -> list[Any] | None:
        inner = get_path(value, "_embedded", "conversations") or get_path(
            value, "_embedded", "customers"
        )
        if isinstance(inner, list):
            return inner
        for key in ("item", "items"):  # Mailbox API 1
            wrapped = value.get(key)
            if isinstance(wrapped, dict):
                return [wrapped]
            if isinstance(wrapped, list):
                return wrapped
        return None

    def record(self, value: dict[str, Any], found: Found) -> Iterator[Item]:
        if _threads_of(value) is not None or "primaryCustomer" in value:
            yield from self.conversation(value, found)
        elif "firstName" in value or "emails" in value or "_embedded" in value:
            person = _customer(value)
            yield person if person is not None else found.reject("customer without an id")
        else:
            yield found.reject("neither a conversation nor a customer")

    # -- conversations ------------------------------------------------------------------------

    def conversation_items(
        self, obj: dict[str, Any], conversation_id: Any, location: str
    ) -> Iterator[Item]:
        customer = _customer(obj.get("primaryCustomer") or obj.get("customer"))
        if customer is None:
            raise ValueError("no customer (primaryCustomer/customer) with an id")
        threads = _threads_of(obj) or []
        if not isinstance(threads, list):
            raise ValueError("threads is not a list")
        posts: list[Post] = []
        for index, thread in enumerate(threads):
            post, agent = self._post(thread, customer.external_id, conversation_id, index)
            if agent is not None:
                yield agent
            posts.append(post)
        raw_created = obj.get("createdAt")
        if raw_created:
            created = parse_time(raw_created)
        elif posts:
            created = min(p.created_at for p in posts)
        else:
            raise ValueError("missing createdAt")
        modified = obj.get("userUpdatedAt") or obj.get("modifiedAt")
        source = obj.get("source")
        subject = obj.get("subject")
        yield Thread(
            external_id=str(conversation_id),
            customer_id=customer.external_id,
            created_at=created,
            posts=tuple(posts),
            subject=clean(str(subject)) if subject else None,
            channel=short_text(obj.get("type")) or short_text(get_path(source, "type")),
            status=short_text(obj.get("status")),
            updated_at=parse_time(modified) if modified else None,
            customer=customer,
            location=location,
        )

    def _post(
        self, thread: Any, customer_id: str, conversation_id: Any, index: int
    ) -> tuple[Post, Person | None]:
        if not isinstance(thread, dict):
            raise ValueError(f"thread {index + 1} is not an object")
        kind = str(thread.get("type") or "message")
        raw_time = thread.get("createdAt")
        if not raw_time:
            raise ValueError(f"thread {index + 1}: missing createdAt")
        author = thread.get("createdBy")
        author_type = str(get_path(author, "type") or "")
        author_id = get_path(author, "id")
        html = thread.get("body")
        if isinstance(html, str) and html.strip():
            text = html_body_text(html)
        else:
            html = None
            text = str(get_path(thread, "action", "text") or "")
        agent: Person | None = None
        if kind == "lineitem":
            author_kind = AuthorKind.SYSTEM
        elif author_type == "customer" or (not author_type and thread.get("createdByCustomer")):
            same = author_id is None or str(author_id) == customer_id
            author_kind = AuthorKind.CUSTOMER if same else AuthorKind.OTHER
        elif author_type in _AGENT_TYPES:
            author_kind = AuthorKind.AGENT
            agent = self._agent(author, author_type)
        else:
            author_kind = AuthorKind.SYSTEM
        thread_id = thread.get("id")
        source = thread.get("source")
        return (
            Post(
                external_id=str(thread_id)
                if thread_id is not None
                else f"{conversation_id}#{index}",
                author_kind=author_kind,
                created_at=parse_time(raw_time),
                created_raw=str(raw_time)[:64],
                body_text=clean(tidy_text(text)),
                body_html=clean(html) if html else None,
                author_id=agent_key(author_type, author_id)
                if author_kind == AuthorKind.AGENT
                else None,  # every reply of an agent, not only the first (announced) one
                public=kind not in _INTERNAL_TYPES,
                channel=short_text(get_path(source, "type")) or short_text(kind),
            ),
            agent,
        )

    def _agent(self, author: Any, author_type: str) -> Person | None:
        key = agent_key(author_type, get_path(author, "id"))
        if key is None or not self.first_sight_of_agent(key):
            return None
        email = get_path(author, "email")
        return Person(
            external_id=key,
            role="agent",
            name=_name(author),
            emails=(email.strip().lower(),) if isinstance(email, str) and email.strip() else (),
        )


def _threads_of(obj: dict[str, Any]) -> Any:
    threads = get_path(obj, "_embedded", "threads")
    if threads is None:
        threads = obj.get("threads")
    return threads if isinstance(threads, list) else None


def _customer(obj: Any) -> Person | None:
    """A customer from a conversation's ``primaryCustomer``/``customer`` or a customer record."""
    if not isinstance(obj, dict) or obj.get("id") is None:
        return None
    emails: list[str] = []
    candidates: list[Any] = [obj.get("email")]
    for entries in (obj.get("emails"), get_path(obj, "_embedded", "emails")):
        if isinstance(entries, list):
            candidates += [e.get("value") if isinstance(e, dict) else e for e in entries]
    for value in candidates:
        if isinstance(value, str) and "@" in value:
            address = clean(value.strip().lower())
            if address not in emails:
                emails.append(address)
    organisation = obj.get("organization") or obj.get("company")
    return Person(
        external_id=str(obj["id"]),
        role="customer",
        name=_name(obj),
        emails=tuple(emails),
        organisation=clean(organisation) if isinstance(organisation, str) else None,
    )


def _name(obj: Any) -> str | None:
    if not isinstance(obj, dict):
        return None
    first = obj.get("firstName") or obj.get("first") or ""
    last = obj.get("lastName") or obj.get("last") or ""
    name = f"{first} {last}".strip() if isinstance(first, str) and isinstance(last, str) else ""
    if not name and isinstance(obj.get("fullName"), str):
        name = obj["fullName"].strip()
    return clean(name) or None
