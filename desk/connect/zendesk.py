"""Zendesk: the cursor-based incremental export of users and tickets, with each ticket's comments.

Endpoints (Zendesk Support API v2, documented as "Incremental Exports"):

- ``GET /api/v2/incremental/users/cursor.json?start_time=T`` and
  ``/api/v2/incremental/tickets/cursor.json?start_time=T``; the next request is ``?cursor=C``
  with the page's ``after_cursor``. ``end_of_stream: true`` ends a run; its ``after_cursor`` is
  kept, and the next sync starts from it, so it receives only what changed since.
- ``GET /api/v2/tickets/{id}/comments.json``: a ticket's comments, followed through
  ``next_page`` or, with cursor pagination, ``links.next`` while ``meta.has_more``; a page's
  tickets are asked for several at once (:func:`desk.connect.http_pool.fetch_each`) and put
  back in the page's order before the page is loaded.
- With the account's ``"comments": "events"`` (an admin's token), the comments come instead
  from the ticket event export, a thousand a request (:mod:`desk.connect.zendesk_events`).
- ``GET /api/v2/users/search.json?query=email:…`` and ``/api/v2/users/{id}/tickets/requested.json``
  for one customer's tickets (``--customer``).

Authentication is an API token: HTTP Basic with ``{email}/token`` and the token. Users come
before tickets so that the file reader knows who is an agent; each ticket then goes, with its
comments inline, through :class:`desk.ingest.formats.zendesk_json.ZendeskJson`'s mapping, exactly
as a ticket of a JSON export does.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from desk.connect import zendesk_events as events
from desk.connect.http import ConnectError
from desk.connect.http_pool import fetch_each
from desk.connect.vendor import Connector, KnownPeople, Page, SyncRequest
from desk.ingest.formats.zendesk_json import ZendeskJson
from desk.ingest.records import Item, Rejection

STREAMS = ("users", "tickets")
VOLUME_STREAM = "tickets_volume"  # the metadata-only pass keeps its own cursor


class _Mapper(ZendeskJson):
    """The file reader's mapping of users and tickets, fed one API object at a time."""

    def __init__(self, known: KnownPeople) -> None:
        super().__init__(Path("<zendesk api>"))
        self.know_roles({key: "end-user" for key in known.customers})
        self.know_roles({key: "agent" for key in known.agents})

    def user(self, obj: dict[str, Any], number: int) -> Iterator[Item]:
        return self.map_user(obj, record=number)

    def ticket(self, obj: dict[str, Any], number: int) -> Item:
        return self.map_ticket(obj, f"ticket {obj.get('id', '?')}", record=number)


class ZendeskConnector(Connector):
    vendor = "zendesk"
    label = "Zendesk"
    source = ZendeskJson.source
    volume_first = True

    @staticmethod
    def auth_headers(account: Mapping[str, str], token: str) -> dict[str, str]:
        pair = f"{account['email']}/token:{token}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}

    def check(self) -> str:
        body = self.client.get(f"{self.base_url}/api/v2/users/me.json").body
        user = body.get("user") if isinstance(body, dict) else None
        if not isinstance(user, dict) or user.get("id") is None:
            raise ConnectError(f"{self.base_url}: does not answer like Zendesk")
        return f"signed in as {user.get('email') or user.get('name') or user['id']}"

    def pages(self, request: SyncRequest, known: KnownPeople) -> Iterator[Page]:
        mapper = _Mapper(known)
        if request.customer:
            yield from self._customer_pages(mapper, request.customer)
            return
        for stream in STREAMS:
            if stream == "tickets" and self._bulk(request):
                yield from self._events(mapper, request)
            else:
                yield from self._stream(mapper, stream, request)

    def _bulk(self, request: SyncRequest) -> bool:
        """Whether comments come from the ticket event export (:mod:`zendesk_events`): when
        the account asks for it, for a full pass, and not in the middle of a pass that lists
        tickets one by one (a connection synced that way goes on that way)."""
        asked = self.account.get("comments") == "events" and not request.volume_only
        cursors = request.cursors
        return asked and (events.STREAM in cursors or "tickets" not in cursors)

    def _events(self, mapper: _Mapper, request: SyncRequest) -> Iterator[Page]:
        """The event export's pages; a token that may not read it (403: admins only) falls
        back to the tickets and a request a ticket for their comments."""
        saved = request.cursors.get(events.STREAM)
        pages = events.event_pages(self.client, self.base_url, mapper.ticket, saved, request.since)
        try:
            first = next(pages, None)
        except ConnectError as error:
            if error.status != 403:
                raise
            yield from self._stream(mapper, "tickets", request)
            return
        if first is not None:
            yield first
            yield from pages

    def _stream(self, mapper: _Mapper, stream: str, request: SyncRequest) -> Iterator[Page]:
        """One incremental export; a volume-only pass reads tickets without their comments
        (one request per 1000 tickets instead of one per ticket) under its own cursor."""
        url = f"{self.base_url}/api/v2/incremental/{stream}/cursor.json"
        volume = request.volume_only and stream == "tickets"
        key = VOLUME_STREAM if volume else stream
        saved = request.cursors.get(key)
        if request.since is not None or not saved:
            since = request.since or dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
            params: dict[str, str | int] = {"start_time": int(since.timestamp())}
        else:
            params = {"cursor": str(saved)}
        number = 0
        while True:
            body = _object(self.client.get(url, params).body, url)
            records = body.get(stream)
            if not isinstance(records, list):
                raise ConnectError(f"{url}: the page has no {stream} list")
            items = self._items(mapper, stream, records, number, volume)
            number += len(records)
            after = body.get("after_cursor")
            cursor = after or (params.get("cursor") if "cursor" in params else saved)
            yield Page(key, tuple(items), cursor, f"{stream} page")
            if body.get("end_of_stream") or not after:
                return
            params = {"cursor": str(after)}

    def _items(
        self, mapper: _Mapper, stream: str, records: list[Any], number: int, volume: bool = False
    ) -> list[Item]:
        """A page's records mapped, in order; a full pass first fetches every ticket's comments,
        several tickets at once (:func:`fetch_each`), each ticket keeping its own."""
        wanted = [
            obj["id"]
            for obj in records
            if stream == "tickets" and not volume and isinstance(obj, dict)
            if obj.get("id") is not None
        ]
        comments = dict(zip(wanted, fetch_each(self._comments, wanted), strict=True))
        items: list[Item] = []
        for n, obj in enumerate(records, number + 1):
            if not isinstance(obj, dict):
                items.append(Rejection(f"{stream} record {n}: expected a JSON object", record=n))
            elif stream == "users":
                items.extend(mapper.user(obj, n))
            elif volume:
                items.append(mapper.ticket({**obj, "comments": []}, n))  # no text yet
            else:
                if obj.get("id") is not None:
                    obj = {**obj, "comments": comments[obj["id"]]}
                items.append(mapper.ticket(obj, n))
        return items

    def _comments(self, ticket_id: Any) -> list[Any]:
        url: str | None = f"{self.base_url}/api/v2/tickets/{int(ticket_id)}/comments.json"
        comments: list[Any] = []
        while url:
            body = _object(self.client.get(url).body, url)
            page = body.get("comments")
            if not isinstance(page, list):
                raise ConnectError(f"{url}: the page has no comments list")
            comments.extend(page)
            url = _next_url(body)
        return comments

    def _customer_pages(self, mapper: _Mapper, email: str) -> Iterator[Page]:
        users_url = f"{self.base_url}/api/v2/users/search.json"
        body = _object(self.client.get(users_url, {"query": f"email:{email}"}).body, users_url)
        users = [u for u in body.get("users") or [] if isinstance(u, dict)]
        if not users:
            raise ConnectError(f"no Zendesk user has the address {email}")
        number = 0
        yield Page("users", tuple(i for u in users for i in mapper.user(u, 1)), None, "customer")
        for user in users:
            url: str | None = (
                f"{self.base_url}/api/v2/users/{int(user['id'])}/tickets/requested.json"
            )
            while url:
                page = _object(self.client.get(url).body, url)
                tickets = page.get("tickets") or []
                items = self._items(mapper, "tickets", tickets, number)
                number += len(tickets)
                yield Page("tickets", tuple(items), None, "customer tickets")
                url = _next_url(page)


def _object(body: Any, url: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ConnectError(f"{url.split('?')[0]}: expected a JSON object")
    return body


def _next_url(body: dict[str, Any]) -> str | None:
    """The next page of an offset (``next_page``) or cursor (``links.next``) list."""
    meta = body.get("meta")
    links = body.get("links")
    if isinstance(meta, dict) and "has_more" in meta:
        if meta.get("has_more") and isinstance(links, dict) and links.get("next"):
            return str(links["next"])
        return None
    following = body.get("next_page")
    return str(following) if following else None


def zendesk_base_url(subdomain: str) -> str:
    """``https://{subdomain}.zendesk.com`` (a full host is accepted too)."""
    host = subdomain.strip().removeprefix("https://").rstrip("/")
    return f"https://{host if '.' in host else host + '.zendesk.com'}"
