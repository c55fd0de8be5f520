"""Zendesk JSON: API responses (``tickets``, ``users``, ``audits``, ``comments``) and the
newline-delimited export (one ticket or user object per line).

Tickets may carry their comments inline (``comments``), as Zendesk's JSON export does; a ticket
without comments becomes a conversation with no messages (volume then counts conversations).
Comment text comes from ``body``, else ``plain_body``, else ``html_body`` turned into text; the
HTML is kept. ``public: false`` comments are internal notes. Authors: the ticket's requester is
the customer; users whose ``role`` is ``agent``/``admin`` are agents; other end users (CCs) are
``other``; unknown authors are taken as agents, as almost every non-requester commenter is.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

import ijson

from desk.db.models import AuthorKind
from desk.ingest.base import Format
from desk.ingest.limits import Limits
from desk.ingest.records import Item, Person, Post, ReadStats, Rejection, Thread
from desk.ingest.streams.bounded_json import Refused, items, loads
from desk.ingest.streams.json_records import NDJSON_PROBE, ndjson_lines
from desk.ingest.text.normalise import html_to_text, optional_text, parse_time, tidy_text
from desk.ingest.text.reasons import error_text

_TICKET_ID_IN_URL = re.compile(r"/tickets/(\d+)/comments")
# Users come first in an NDJSON export: agents ("agent"/"admin") may fill the whole head.
_ZENDESK_ROLE = re.compile(rb'"role"\s*:\s*"(?:end-user|agent|admin)"')
_SYSTEM_CHANNELS = frozenset({"rule", "system", "automation"})


class ZendeskJson(Format):
    name = "zendesk-json"
    label = "Zendesk JSON (API responses or NDJSON export)"
    source = "zendesk"
    extensions: ClassVar[tuple[str, ...]] = (".json", ".ndjson", ".jsonl")

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        text = head.lstrip()
        if not text.startswith(b"{"):
            return 0.0
        score = 0.0
        if b'"requester_id"' in head and b'"via"' in head:
            score = 0.9
        elif b'"audits"' in head and b'"ticket_id"' in head:
            score = 0.85
        elif b'"comments"' in head and (b'"plain_body"' in head or b'"audit_id"' in head):
            score = 0.8
        elif b'"users"' in head and b'"role"' in head and b"zendesk" in head:
            score = 0.8
        elif _ZENDESK_ROLE.search(head):
            score = 0.7
        return score

    def __init__(self, path: Path, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(path, options)
        self._roles: dict[str, str] = {}
        self._limits = Limits.from_options(self.options)

    def read(self, stats: ReadStats) -> Iterator[Item]:
        stats.encoding = "utf-8"
        if self._is_ndjson():
            yield from self._read_ndjson(stats)
        else:
            yield from self._read_document(stats)

    # -- layout -------------------------------------------------------------------------

    def _is_ndjson(self) -> bool:
        with self.path.open("rb") as handle:
            first = handle.readline(NDJSON_PROBE).strip()
        try:
            obj = loads(first, self._limits)  # Refusal too: a ValueError
        except ValueError:
            return False
        return isinstance(obj, dict) and ("requester_id" in obj or "role" in obj)

    def _read_ndjson(self, stats: ReadStats) -> Iterator[Item]:
        for found in ndjson_lines(self.path, stats, _decode_error, limits=self._limits):
            if isinstance(found, Rejection):
                yield found
                continue
            obj = found.value
            if not isinstance(obj, dict):
                yield found.reject("expected a JSON object")
            elif "requester_id" in obj:
                yield self._ticket(obj, found.location, line=found.line)
            elif "role" in obj:
                yield from self._user(obj, line=found.line)
            else:
                yield found.reject("neither a ticket nor a user (no requester_id or role)")

    def _read_document(self, stats: ReadStats) -> Iterator[Item]:
        size = self.path.stat().st_size
        passes = (
            ("users.item", self._users_pass),
            ("tickets.item", self._tickets_pass),
            ("audits.item", self._audits_pass),
            ("comments.item", self._comments_pass),
        )
        for index, (prefix, handler) in enumerate(passes):
            with self.path.open("rb") as handle:
                yield from handler(handle, prefix)
            stats.bytes_read = size * (index + 1) // len(passes)

    def _items(self, prefix: str) -> Iterator[tuple[int, Any]]:
        records = items(self.path, prefix, self._limits)  # within the depth and size limits
        number = 0
        try:
            for number, obj in enumerate(records, start=1):
                yield number, obj
        except ijson.JSONError as exc:
            raise _Truncated(number, error_text(exc)) from exc

    def _guarded(self, handle: BinaryIO, prefix: str) -> Iterator[tuple[int, Any] | Rejection]:
        """The records at ``prefix``; one over the limits as its rejection (in every pass)."""
        try:
            for number, obj in self._items(prefix):
                if isinstance(obj, Refused):
                    kind = prefix.split(".")[0]
                    yield Rejection(f"{kind} record {number}: {obj.reason}", record=number)
                else:
                    yield number, obj
        except _Truncated as exc:
            if prefix == "users.item":  # report the damage once, in the first pass
                yield Rejection(
                    f"the file is not valid JSON after {prefix.split('.')[0]} record "
                    f"{exc.number} ({exc.reason}); records before it were read",
                    record=exc.number + 1,
                )

    def _users_pass(self, handle: BinaryIO, prefix: str) -> Iterator[Item]:
        for entry in self._guarded(handle, prefix):
            if isinstance(entry, Rejection):
                yield entry
                continue
            number, obj = entry
            if isinstance(obj, dict):
                yield from self._user(obj, record=number)
            else:
                yield Rejection("expected a user object", record=number)

    def _tickets_pass(self, handle: BinaryIO, prefix: str) -> Iterator[Item]:
        for entry in self._guarded(handle, prefix):
            if isinstance(entry, Rejection):
                if _refused(entry):
                    yield entry
                continue
            number, obj = entry
            if isinstance(obj, dict):
                yield self._ticket(obj, f"ticket record {number}", record=number)
            else:
                yield Rejection("expected a ticket object", record=number)

    def _audits_pass(self, handle: BinaryIO, prefix: str) -> Iterator[Item]:
        # Audits of one ticket may be spread over the page: group them (an API page is small).
        grouped: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for entry in self._guarded(handle, prefix):
            if isinstance(entry, Rejection):
                if _refused(entry):
                    yield entry
                continue
            number, obj = entry
            if not isinstance(obj, dict) or obj.get("ticket_id") is None:
                yield Rejection("audit without a ticket_id", record=number)
                continue
            grouped.setdefault(str(obj["ticket_id"]), []).append((number, obj))
        for ticket_id, audits in grouped.items():
            yield self._audit_thread(ticket_id, audits)

    def _comments_pass(self, handle: BinaryIO, prefix: str) -> Iterator[Item]:
        comments = [
            entry[1] for entry in self._guarded(handle, prefix) if not isinstance(entry, Rejection)
        ]
        if not comments:
            return
        ticket_id = self._ticket_id_from_links()
        if ticket_id is None:
            yield Rejection("ticket comments without the ticket's id (no links to the ticket)")
            return
        first = comments[0]
        requester = str(first.get("author_id"))
        yield self._thread_from_comments(ticket_id, requester, comments, "comments", None, None)

    def _ticket_id_from_links(self) -> str | None:
        for links in items(self.path, "links", self._limits):
            values = links.values() if isinstance(links, dict) else ()
            for value in values:
                match = _TICKET_ID_IN_URL.search(value) if isinstance(value, str) else None
                if match:
                    return match.group(1)
        return None

    # -- records --------------------------------------------------------------------------
    # The public names are the mapping the API connector (desk/connect/zendesk.py) feeds one
    # API object at a time, so that an API ticket and an exported one become the same rows.

    def know_roles(self, roles: Mapping[str, str]) -> None:
        """Roles (``end-user``/``agent``) of users read before, e.g. by an earlier sync."""
        self._roles.update(roles)

    def map_user(self, obj: dict[str, Any], *, record: int | None = None) -> Iterator[Item]:
        """One user object: its :class:`Person` (and its role, for the tickets after it)."""
        return self._user(obj, record=record)

    def map_ticket(self, obj: dict[str, Any], location: str, *, record: int | None = None) -> Item:
        """One ticket object with its ``comments`` inline: its thread, or its rejection."""
        return self._ticket(obj, location, record=record)

    def _user(
        self, obj: dict[str, Any], *, line: int | None = None, record: int | None = None
    ) -> Iterator[Item]:
        user_id = obj.get("id")
        if user_id is None:
            yield Rejection("user without an id", line=line, record=record)
            return
        # Kept for every user until the import ends (a million at team size): one string
        # per role, and the id string shared with the Person (~60 MB less at 1M users).
        role = sys.intern(str(obj.get("role") or "end-user"))
        key = str(user_id)
        self._roles[key] = role
        email = obj.get("email")
        revenue, currency = _plan(obj.get("user_fields"))
        yield Person(
            external_id=key,
            role="agent" if role in ("agent", "admin") else "customer",
            name=optional_text(obj.get("name")),
            emails=(email.strip().lower(),) if isinstance(email, str) and email.strip() else (),
            organisation=optional_text(obj.get("organization_name")),
            monthly_revenue=revenue,
            currency=currency,
        )

    def _ticket(
        self,
        obj: dict[str, Any],
        location: str,
        *,
        line: int | None = None,
        record: int | None = None,
    ) -> Item:
        try:
            ticket_id = str(_required(obj, "id"))
            requester = str(_required(obj, "requester_id"))
            created = parse_time(_required(obj, "created_at"))
            comments = obj.get("comments") or []
            if not isinstance(comments, list):
                raise ValueError("comments is not a list")
            via = obj.get("via") or {}
            channel = optional_text(via.get("channel")) if isinstance(via, dict) else None
            updated = obj.get("updated_at")
            return self._thread_from_comments(
                ticket_id,
                requester,
                comments,
                location,
                optional_text(obj.get("subject")),
                channel,
                created=created,
                status=optional_text(obj.get("status")),
                updated=parse_time(updated) if updated else None,
            )
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            return Rejection(f"ticket {obj.get('id', '?')}: {exc}", line=line, record=record)

    def _audit_thread(self, ticket_id: str, audits: list[tuple[int, dict[str, Any]]]) -> Item:
        requester: str | None = None
        comments: list[dict[str, Any]] = []
        for _number, audit in audits:
            for event in audit.get("events") or []:
                if event.get("type") == "Create" and event.get("field_name") == "requester_id":
                    requester = str(event.get("value"))
                if event.get("type") == "Comment":
                    comment = dict(event)
                    comment.setdefault("created_at", audit.get("created_at"))
                    comment.setdefault("via", audit.get("via"))
                    comments.append(comment)
        if requester is None and comments:
            requester = str(comments[0].get("author_id"))
        try:
            return self._thread_from_comments(
                ticket_id,
                requester or "unknown",
                comments,
                f"audits of ticket {ticket_id}",
                None,
                None,
            )
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            return Rejection(f"audits of ticket {ticket_id}: {exc}", record=audits[0][0])

    def _thread_from_comments(
        self,
        ticket_id: str,
        requester: str,
        comments: list[Any],
        location: str,
        subject: str | None,
        channel: str | None,
        *,
        created: Any = None,
        status: str | None = None,
        updated: Any = None,
    ) -> Thread:
        post = self._post
        posts = tuple([post(c, requester, ticket_id, i) for i, c in enumerate(comments)])
        if created is None:
            if not posts:
                raise ValueError("no comments and no created_at")
            created = min(p.created_at for p in posts)
        return Thread(
            external_id=ticket_id,
            customer_id=requester,
            created_at=created,
            posts=posts,
            subject=subject,
            channel=channel,
            status=status,
            updated_at=updated,
            location=location,
        )

    def _post(self, comment: Any, requester: str, ticket_id: str, index: int) -> Post:
        # Runs for every message: the common case (a plain-text body, a known author) takes
        # no call it can avoid; Post's fields are given in their order.
        if not isinstance(comment, dict):
            raise ValueError(f"comment {index + 1} is not an object")
        raw_time = comment.get("created_at")
        if raw_time is None or raw_time == "":
            raise ValueError("missing created_at")
        author = comment.get("author_id")
        author_id = None if author is None else str(author)
        via = comment.get("via")
        channel = _channel(via.get("channel")) if isinstance(via, dict) else None
        html = comment.get("html_body")
        text = comment.get("body") or comment.get("plain_body")
        if not text and html:
            text = html_to_text(str(html))
        if type(text) is str and "\r" not in text:
            body = text.strip()  # tidy_text's fast path
        else:
            body = tidy_text(str(text or ""))
        comment_id = comment.get("id")
        if author_id is None or author_id == "-1" or channel in _SYSTEM_CHANNELS:
            kind = AuthorKind.SYSTEM
        elif author_id == requester:
            kind = AuthorKind.CUSTOMER
        else:
            kind = self._author_kind(author_id, requester, channel)
        return Post(
            str(comment_id) if comment_id is not None else f"{ticket_id}#{index}",
            kind,
            parse_time(raw_time),
            body,
            author_id,
            str(html) if html else None,
            bool(comment.get("public", True)),
            channel,
            str(raw_time),
        )

    def _author_kind(self, author_id: str | None, requester: str, channel: Any) -> AuthorKind:
        if author_id is None or author_id == "-1" or channel in _SYSTEM_CHANNELS:
            return AuthorKind.SYSTEM
        if author_id == requester:
            return AuthorKind.CUSTOMER
        role = self._roles.get(author_id)
        if role == "end-user":
            return AuthorKind.OTHER
        return AuthorKind.AGENT


def _channel(value: Any) -> str | None:
    """``optional_text`` of a comment's channel, remembered: an export has a handful of
    channels and a million comments."""
    if type(value) is not str:
        return optional_text(value)
    found = _CHANNELS.get(value, _UNSEEN)
    if found is _UNSEEN:
        found = optional_text(value)
        if len(_CHANNELS) < 256:
            _CHANNELS[value] = found
    return found  # type: ignore[return-value]


_UNSEEN = object()
_CHANNELS: dict[str, object] = {}


def _decode_error(exc: ValueError) -> str:
    """The words for a line that is not JSON: the parser's, without its position (the line
    number is given already), or that the bytes are not UTF-8."""
    return exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"


class _Truncated(Exception):
    def __init__(self, number: int, reason: str) -> None:
        super().__init__(reason)
        self.number = number
        self.reason = reason


def _required(obj: Mapping[str, Any], key: str) -> Any:
    value = obj.get(key)
    if value is None or value == "":
        raise ValueError(f"missing {key}")
    return value


def _plan(user_fields: Any) -> tuple[Decimal | None, str | None]:
    """What the customer pays a month, from the custom user fields ``monthly_plan_amount`` and
    ``plan_currency`` (create them in Zendesk, or leave them out: the refund is then typed in)."""
    if not isinstance(user_fields, dict) or not user_fields.get("monthly_plan_amount"):
        return None, None
    try:
        amount = Decimal(str(user_fields["monthly_plan_amount"]))
    except ArithmeticError:
        return None, None
    currency = str(user_fields.get("plan_currency") or "USD").upper()[:3]
    return amount, currency


def _refused(rejection: Rejection) -> bool:
    """Whether a rejection is of one record over the limits (not the file's damage)."""
    return "file is not valid JSON" not in rejection.reason
