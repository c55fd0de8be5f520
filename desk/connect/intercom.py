"""Intercom (REST API 2.x): contacts and conversations updated since a time, with their parts.

Endpoints (developers.intercom.com, "Search for contacts/conversations", "Pagination"):

- ``POST /contacts/search`` and ``POST /conversations/search`` with
  ``{"query": {"field": "updated_at", "operator": ">", "value": T}, "pagination": {"per_page",
  "starting_after"}}``; the next page's cursor is the answer's ``pages.next.starting_after``,
  absent on the last page. Contacts come in ``data``, conversations in ``conversations``.
- ``GET /conversations/{id}``: one conversation with its ``conversation_parts`` (the search
  gives none).

Authentication is an access token (``Authorization: Bearer``) with the ``Intercom-Version``
header, as the recorded samples (2.11). A ``429`` carries ``X-RateLimit-Reset``, the Unix time
when requests are allowed again; the HTTP client waits until then. Contacts come first, so that
a conversation's customer has a name and an e-mail; both go through
:class:`desk.ingest.formats.intercom.IntercomJson`'s mapping, as records of an API dump do.
The search has no "at or after", so ``> T-1`` asks for ``>= T``: the conversation changed at the
boundary second is fetched again and dropped by the loader, never missed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from desk.connect.http import ConnectError
from desk.connect.vendor import (
    Connector,
    KnownPeople,
    Page,
    SyncRequest,
    json_object,
    since_cursor,
)
from desk.ingest.formats.intercom import IntercomJson
from desk.ingest.records import Item
from desk.ingest.streams.json_records import Found, get_path

BASE_URL = "https://api.intercom.io"
VERSION = "2.11"
PER_PAGE = 50
STREAMS = {"contacts": "data", "conversations": "conversations"}  # stream -> its list's key


class IntercomConnector(Connector):
    vendor = "intercom"
    label = "Intercom"
    source = IntercomJson.source

    @staticmethod
    def auth_headers(account: Mapping[str, str], token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}", "Intercom-Version": VERSION}

    def check(self) -> str:
        url = f"{self.base_url}/me"
        me = json_object(self.client.get(url).body, url)
        if me.get("id") is None:
            raise ConnectError(f"{self.base_url}: does not answer like Intercom")
        return f"signed in as {me.get('email') or me.get('name') or me['id']}"

    def pages(self, request: SyncRequest, known: KnownPeople) -> Iterator[Page]:
        if request.customer:
            raise ConnectError("Intercom: --customer is not supported yet; sync everything")
        mapper = IntercomJson(Path("<intercom api>"))
        for stream in STREAMS:
            yield from self._stream(mapper, stream, request)

    def _stream(self, mapper: IntercomJson, stream: str, request: SyncRequest) -> Iterator[Page]:
        start = int(request.since.timestamp()) if request.since else None
        since, after, newest = since_cursor(request.cursors.get(stream), start, 0)
        url = f"{self.base_url}/{stream}/search"
        query = {"field": "updated_at", "operator": ">", "value": max(0, int(since) - 1)}
        number = 0
        while True:
            pagination: dict[str, Any] = {"per_page": PER_PAGE}
            if after:
                pagination["starting_after"] = after
            body = json_object(
                self.client.post(url, {"query": query, "pagination": pagination}).body, url
            )
            found = body.get(STREAMS[stream])
            if not isinstance(found, list):
                raise ConnectError(f"{url}: the page has no {STREAMS[stream]} list")
            items: list[Item] = []
            for obj in found:
                number += 1
                if not isinstance(obj, dict):
                    items.append(Found(obj, record=number).reject("expected a JSON object"))
                    continue
                if isinstance(obj.get("updated_at"), int):
                    newest = max(int(newest), obj["updated_at"])
                if stream == "conversations" and obj.get("id") is not None:
                    obj = self._conversation(obj["id"])
                items.extend(mapper.record(obj, Found(obj, record=number)))
            after = get_path(body, "pages", "next", "starting_after")
            cursor = (
                {"since": since, "at": after, "newest": newest}
                if after
                else {"since": newest, "at": None, "newest": newest}
            )
            yield Page(stream, tuple(items), cursor, f"{stream} page")
            if not after:
                return

    def _conversation(self, conversation_id: Any) -> dict[str, Any]:
        url = f"{self.base_url}/conversations/{_path_id(conversation_id)}"
        return json_object(self.client.get(url).body, url)


def _path_id(value: Any) -> str:
    """An id fit for a URL path (Intercom's are digits or hex); anything else is refused."""
    text = str(value)
    if not text.isalnum():
        raise ConnectError(f"Intercom: a conversation id that is not alphanumeric: {text[:40]!r}")
    return text
