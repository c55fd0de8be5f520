"""Freshdesk: tickets updated since a time, page by page, with their conversations; contacts.

Endpoints (Freshdesk API v2):

- ``GET /api/v2/contacts?_updated_since=ISO&page=N&per_page=100``;
- ``GET /api/v2/tickets?updated_since=ISO&order_by=updated_at&order_type=asc&include=description
  &page=N&per_page=100`` (without ``updated_since`` only the last 30 days are listed);
- ``GET /api/v2/tickets/{id}/conversations`` for each ticket, several at once
  (:func:`desk.connect.http_pool.fetch_each`), put back in the page's order;
- ``GET /api/v2/contacts?email=…`` and ``/api/v2/tickets?email=…`` for one customer
  (``--customer``).

Each list has a ``Link: <…>; rel="next"`` header while more pages follow. Authentication is
HTTP Basic with the API key as the user name and ``X`` as the password. A stream's cursor is
``{"since", "page", "newest"}``: the next page of the running pass, and the newest
``updated_at`` seen; a finished pass starts the next sync from that newest time, and the loader's
deduplication drops the ticket seen twice at that boundary. Tickets and contacts go through
:class:`desk.ingest.formats.freshdesk_json.FreshdeskJson`'s mapping with the conversations
inline, as a ticket fetched with ``include=conversations`` would be in a file.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from desk.connect.http import ConnectError
from desk.connect.http_pool import fetch_each
from desk.connect.vendor import Connector, KnownPeople, Page, SyncRequest
from desk.ingest.formats.freshdesk_json import FreshdeskJson
from desk.ingest.records import Item

EPOCH = "1970-01-01T00:00:00Z"
VOLUME_STREAM = "tickets_volume"  # the metadata-only pass keeps its own cursor
PER_PAGE = 100


class _Mapper(FreshdeskJson):
    """The file reader's mapping, fed one API object at a time."""

    def __init__(self, known: KnownPeople) -> None:
        super().__init__(Path("<freshdesk api>"))
        self.know_agents(known.agents)

    def one(self, obj: Any, number: int) -> Iterator[Item]:
        return self.map_record(obj, number)


class FreshdeskConnector(Connector):
    vendor = "freshdesk"
    label = "Freshdesk"
    source = FreshdeskJson.source
    volume_first = True

    @staticmethod
    def auth_headers(account: Mapping[str, str], token: str) -> dict[str, str]:
        pair = f"{token}:X".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}

    def check(self) -> str:
        body = self.client.get(f"{self.base_url}/api/v2/agents/me").body
        if not isinstance(body, dict) or body.get("id") is None:
            raise ConnectError(f"{self.base_url}: does not answer like Freshdesk")
        contact = body.get("contact")
        email = contact.get("email") if isinstance(contact, dict) else None
        return f"signed in as {email or body['id']}"

    def pages(self, request: SyncRequest, known: KnownPeople) -> Iterator[Page]:
        mapper = _Mapper(known)
        if request.customer:
            params: dict[str, str | int] = {"email": request.customer, "per_page": PER_PAGE}
            url = f"{self.base_url}/api/v2/contacts"
            for body, _next in self._list(url, params):  # the contact first: name, e-mails
                items = tuple(i for n, obj in enumerate(body, 1) for i in mapper.one(obj, n))
                yield Page("contacts", items, None, "customer")
            url = f"{self.base_url}/api/v2/tickets"
            for body, _next in self._list(url, {**params, "include": "description"}):
                yield Page("tickets", tuple(self._tickets(mapper, body, 0)), None, "customer")
            return
        yield from self._stream(mapper, "contacts", "_updated_since", request)
        yield from self._stream(mapper, "tickets", "updated_since", request)

    def _stream(
        self, mapper: _Mapper, stream: str, since_param: str, request: SyncRequest
    ) -> Iterator[Page]:
        """One list, page by page; a volume-only pass lists tickets without their description
        or conversations (one request per page instead of one per ticket), under its own
        cursor, so that a later full pass still starts from the beginning."""
        volume = request.volume_only and stream == "tickets"
        key = VOLUME_STREAM if volume else stream
        saved = request.cursors.get(key)
        saved = saved if isinstance(saved, dict) else {}
        if request.since is not None:
            since = request.since.strftime("%Y-%m-%dT%H:%M:%SZ")
            page, newest = 1, since
        else:
            since = str(saved.get("since") or EPOCH)
            page, newest = int(saved.get("page") or 1), str(saved.get("newest") or since)
        url = f"{self.base_url}/api/v2/{stream}"
        params: dict[str, str | int] = {since_param: since, "page": page, "per_page": PER_PAGE}
        if stream == "tickets":
            params.update(order_by="updated_at", order_type="asc")
            if not volume:
                params["include"] = "description"
        number = (page - 1) * PER_PAGE
        for body, following in self._list(url, params):
            items: list[Item] = []
            if stream == "tickets" and not volume:
                items.extend(self._tickets(mapper, body, number))
            for obj in body:
                number += 1
                if isinstance(obj, dict) and isinstance(obj.get("updated_at"), str):
                    newest = max(newest, obj["updated_at"])
                if volume:
                    items.extend(mapper.one(_metadata(obj), number))  # requester, created
                elif stream != "tickets":
                    items.extend(mapper.one(obj, number))
            page += 1
            cursor = (
                {"since": since, "page": page, "newest": newest}
                if following
                else {"since": newest, "page": 1, "newest": newest}
            )
            yield Page(key, tuple(items), cursor, f"{stream} page {page - 1}")

    def _list(
        self, url: str, params: dict[str, str | int]
    ) -> Iterator[tuple[list[Any], str | None]]:
        """Each page of a list endpoint and the URL of the next (the ``Link`` header)."""
        following: str | None = None
        answer = self.client.get(url, params)
        while True:
            if not isinstance(answer.body, list):
                raise ConnectError(f"{url}: expected a JSON array")
            following = answer.link("next")
            yield answer.body, following
            if not following:
                return
            answer = self.client.get(following)

    def _tickets(self, mapper: _Mapper, tickets: list[Any], number: int) -> Iterator[Item]:
        """A page's tickets with their conversations, fetched several at once
        (:func:`fetch_each`) and put back in the page's order."""
        wanted = [o["id"] for o in tickets if isinstance(o, dict) and o.get("id") is not None]
        found = dict(zip(wanted, fetch_each(self._conversations, wanted), strict=True))
        for n, obj in enumerate(tickets, number + 1):
            if isinstance(obj, dict) and obj.get("id") is not None:
                obj = {**obj, "conversations": found[obj["id"]]}
            yield from mapper.one(obj, n)

    def _conversations(self, ticket_id: Any) -> list[Any]:
        url = f"{self.base_url}/api/v2/tickets/{int(ticket_id)}/conversations"
        found: list[Any] = []
        for body, _next in self._list(url, {"per_page": PER_PAGE}):
            found.extend(body)
        return found


def _metadata(obj: Any) -> Any:
    """A listed ticket without any text (a list may carry the description all the same)."""
    if not isinstance(obj, dict):
        return obj
    return {k: v for k, v in obj.items() if k not in ("description", "description_text")}


def freshdesk_base_url(domain: str) -> str:
    """``https://{domain}.freshdesk.com`` (a full host is accepted too)."""
    host = domain.strip().removeprefix("https://").rstrip("/")
    return f"https://{host if '.' in host else host + '.freshdesk.com'}"
