"""Zendesk's full XML export (Admin Center › Tools › Reports › Export › XML), streamed.

The export is Rails ``to_xml`` of the classic API: ``<tickets type="array">`` of ``<ticket>``
elements (``nice-id`` is the ticket number everyone sees, ``requester-id``, ``subject``,
``status-id``, ``via-id``, ``created-at``, ``updated-at`` typed ``datetime``, and
``<comments type="array">`` of ``<comment>`` with ``author-id``, ``created-at``, ``is-public``,
``value`` (the text), sometimes ``html-value``); ``<users type="array">`` of ``<user>`` (``id``,
``name``, ``email``, ``roles``: 0 end user, 2 admin, 4 agent); ``<organizations>`` (skipped).
Empty values are ``nil="true"``. The files usually arrive in one ZIP, which
:mod:`desk.ingest.streams.compressed` reads member by member.

Parsing uses defusedxml (no entity expansion, no external references: an export that declares
entities is refused) with ``iterparse``: each top-level record is handled, then dropped, so memory
stays flat. A file damaged midway keeps what came before and says at which line parsing stopped.
The ticket's requester is the customer; a commenter known from ``users`` as an end user is
``other``; any other commenter an agent, as in the JSON importer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from desk.db.models import AuthorKind
from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.grouping import email_of
from desk.ingest.records import Item, Person, Post, ReadStats, Rejection, Thread
from desk.ingest.text.decoding import decode_head
from desk.ingest.text.html_simple import html_body_text
from desk.ingest.text.normalise import clean_text, tidy_text
from desk.ingest.text.times import parse_export_time

STATUSES = {0: "new", 1: "open", 2: "pending", 3: "solved", 4: "closed", 6: "hold"}
VIA = {0: "web", 4: "email", 5: "api", 29: "chat", 30: "twitter", 33: "voice", 34: "voice"}
AGENT_ROLES = frozenset({"2", "4", "agent", "admin"})
_DECLARED = re.compile(r"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)")


class ZendeskXml(Format):
    name = "zendesk-xml"
    label = "Zendesk XML export (tickets, users)"
    source = "zendesk"
    extensions: ClassVar[tuple[str, ...]] = (".xml",)

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        text = decode_head(head).lstrip()
        if not text.startswith("<"):
            return 0.0
        if "<tickets" in text and ("<nice-id" in text or "<requester-id" in text):
            return 0.95
        if "<ticket>" in text and "<comments" in text and "<is-public" in text:
            return 0.9
        if "<users" in text and ("<roles" in text or "<restriction-id" in text):
            return 0.9
        if "<organizations" in text and "<organization>" in text:
            return 0.6
        return 0.0

    def __init__(self, path: Path, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(path, options)
        self._end_users: set[str] = set()
        self._skipped = 0

    def read(self, stats: ReadStats) -> Iterator[Item]:
        with self.path.open("rb") as handle:
            declared = _DECLARED.search(decode_head(handle.read(256)))
            handle.seek(0)
            stats.encoding = declared.group(1).lower() if declared else "utf-8"
            depth = 0
            root: Element | None = None
            number = 0
            events = iterparse(handle, events=("start", "end"))
            try:
                for event, element in events:
                    if event == "start":
                        depth += 1
                        root = element if root is None else root
                        continue
                    depth -= 1
                    if depth != 1 or root is None:
                        continue
                    number += 1
                    yield from self._record(element, number)
                    root.clear()
                    stats.bytes_read = handle.tell()
            except ParseError as exc:
                line, column = exc.position
                yield Rejection(
                    f"the XML is not well-formed at line {line}, column {column} "
                    f"(after {number} records, which were read)",
                    line=line,
                )
            except LookupError as exc:  # expat meets an encoding Python does not know
                raise InputError(
                    f"{self.path}: the XML declares an unknown encoding ({exc})"
                ) from None
            except DefusedXmlException as exc:
                raise InputError(
                    f"{self.path}: the XML declares entities or a DTD ({type(exc).__name__}), "
                    "which a Zendesk export never does; refused for safety"
                ) from None
        if self._skipped:
            stats.notes.append(f"{self._skipped} organizations read; they are not imported")

    def _record(self, element: Element, number: int) -> Iterator[Item]:
        if element.tag == "ticket":
            yield self._ticket(element, number)
        elif element.tag == "user":
            person = self._user(element)
            yield person if person is not None else Rejection("user without an id", record=number)
        elif element.tag in ("organization", "group"):
            self._skipped += 1
        else:
            yield Rejection(f"unexpected <{element.tag}> element", record=number)

    def _user(self, element: Element) -> Person | None:
        user_id = _value(element, "id")
        if user_id is None:
            return None
        role = _value(element, "roles") or _value(element, "role") or "0"
        agent = role in AGENT_ROLES
        if not agent:
            self._end_users.add(user_id)
        return Person(
            user_id,
            "agent" if agent else "customer",
            name=_value(element, "name"),
            emails=email_of(_value(element, "email")),
        )

    def _ticket(self, element: Element, number: int) -> Item:
        ticket_id = _value(element, "nice-id") or _value(element, "id")
        try:
            if ticket_id is None:
                raise ValueError("no nice-id or id")
            requester = _value(element, "requester-id")
            if requester is None:
                raise ValueError("no requester-id")
            created = parse_export_time(_value(element, "created-at") or "")
            comments = element.find("comments")
            posts = tuple(
                self._post(comment, requester, ticket_id, index)
                for index, comment in enumerate(comments if comments is not None else [])
                if comment.tag == "comment"
            )
            updated = _value(element, "updated-at")
            return Thread(
                external_id=ticket_id,
                customer_id=requester,
                created_at=created,
                updated_at=parse_export_time(updated) if updated else None,
                posts=posts,
                subject=_value(element, "subject"),
                channel=_coded(VIA, _value(element, "via-id"), "via"),
                status=_coded(STATUSES, _value(element, "status-id"), "status"),
                location=f"ticket record {number}",
            )
        except ValueError as exc:
            return Rejection(f"ticket {ticket_id or '?'}: {exc}", record=number)

    def _post(self, comment: Element, requester: str, ticket_id: str, index: int) -> Post:
        raw_time = _value(comment, "created-at")
        if raw_time is None:
            raise ValueError(f"comment {index + 1}: no created-at")
        author = _value(comment, "author-id")
        if author is None:
            kind = AuthorKind.SYSTEM
        elif author == requester:
            kind = AuthorKind.CUSTOMER
        elif author in self._end_users:
            kind = AuthorKind.OTHER
        else:
            kind = AuthorKind.AGENT
        html = _value(comment, "html-value", strip=False)
        text = _value(comment, "value", strip=False)
        if not text and html:
            text = html_body_text(html)
        comment_id = _value(comment, "id")
        return Post(
            external_id=comment_id or f"{ticket_id}#{index}",
            author_kind=kind,
            created_at=parse_export_time(raw_time),
            created_raw=raw_time[:64],
            body_text=tidy_text(text or ""),
            body_html=html,
            author_id=author if kind == AuthorKind.AGENT else None,
            public=(_value(comment, "is-public") or "true").lower() != "false",
            channel=_coded(VIA, _value(comment, "via-id"), "via"),
        )


def _value(element: Element, tag: str, *, strip: bool = True) -> str | None:
    """The text of the child ``tag``; ``None`` when absent, empty or ``nil="true"``."""
    child = element.find(tag)
    if child is None or child.get("nil") == "true" or child.text is None:
        return None
    text = clean_text(child.text.strip() if strip else child.text)
    return text or None


def _coded(names: dict[int, str], value: str | None, what: str) -> str | None:
    if value is None:
        return None
    if value.isdigit():
        return names.get(int(value), f"{what} {value}")
    return value.lower()[:40]
