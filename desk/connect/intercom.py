"""Intercom (REST API 2.x): contacts and conversations updated since a time, with their parts.

Endpoints (developers.intercom.com, "Search for contacts/conversations", "Pagination"):

- ``POST /contacts/search`` and ``POST /conversations/search`` with
  ``{"query": {"field": "updated_at", "operator": ">", "value": T}, "pagination": {"per_page",
  "starting_after"}}``; the next page's cursor is the answer's ``pages.next.starting_after``,
  absent on the last page. Contacts come in ``data``, conversations in ``conversations``.
- ``GET /conversations/{id}``: one conversation with its ``conversation_parts`` (the search
  gives none).
- ``--customer EMAIL``: ``POST /contacts/search`` with ``email = …``, then
  ``POST /conversations/search`` with ``contact_ids = <each contact's id>``, paged the same way,
  each conversation fetched whole; no cursor moves.
- ``--volume-only``: the contacts, then the conversation search alone, 50 a request, without the
  request per conversation for its parts and without the opening message's body (``source.body``)
  that the search carries: who opened what, when. Its cursor is its own
  (``conversations_volume``), so a later full pass still fetches every conversation's text. (The
  plain ``GET /conversations`` list gives the same objects but cannot start from a time, so the
  search is used for both.)

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
VOLUME_STREAM = "conversations_volume"  # the metadata-only pass keeps its own cursor


class IntercomConnector(Connector):
    vendor = "intercom"
    label = "Intercom"
    source = IntercomJson.source
    volume_first = True

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
        mapper = IntercomJson(Path("<intercom api>"))
        if request.customer:
            yield from self._customer_pages(mapper, request.customer)
            return
        for stream in STREAMS:
            yield from self._stream(mapper, stream, request)

    def _stream(self, mapper: IntercomJson, stream: str, request: SyncRequest) -> Iterator[Page]:
        volume = request.volume_only and stream == "conversations"
        key = VOLUME_STREAM if volume else stream
        start = int(request.since.timestamp()) if request.since else None
        since, at, newest = since_cursor(request.cursors.get(key), start, 0)
        query = {"field": "updated_at", "operator": ">", "value": max(0, int(since) - 1)}
        for found, after in self._search(stream, query, at):
            items: list[Item] = []
            for number, obj in found:
                if isinstance(obj, dict) and isinstance(obj.get("updated_at"), int):
                    newest = max(int(newest), obj["updated_at"])
                items.extend(self._mapped(mapper, stream, obj, number, volume))
            cursor = (
                {"since": since, "at": after, "newest": newest}
                if after
                else {"since": newest, "at": None, "newest": newest}
            )
            yield Page(key, tuple(items), cursor, f"{stream} page")

    def _customer_pages(self, mapper: IntercomJson, email: str) -> Iterator[Page]:
        """The contacts with the address, then every conversation of each, whole."""
        query = {"field": "email", "operator": "=", "value": email}
        contacts = [obj for found, _after in self._search("contacts", query) for _n, obj in found]
        people = [c for c in contacts if isinstance(c, dict) and c.get("id") is not None]
        if not people:
            raise ConnectError(f"Intercom: no contact has the address {email}")
        items = [i for n, c in enumerate(people, 1) for i in self._mapped(mapper, "", c, n, False)]
        yield Page("contacts", tuple(items), None, "customer")
        for person in people:
            query = {"field": "contact_ids", "operator": "=", "value": str(person["id"])}
            for found, _after in self._search("conversations", query):
                items = [
                    i
                    for number, obj in found
                    for i in self._mapped(mapper, "conversations", obj, number, False)
                ]
                yield Page("conversations", tuple(items), None, "customer conversations")

    def _search(
        self, stream: str, query: dict[str, Any], after: Any = None
    ) -> Iterator[tuple[list[tuple[int, Any]], Any]]:
        """Each page of ``POST /{stream}/search`` from ``after`` on: its records (with their
        numbers) and the ``starting_after`` of the next page (``None`` on the last)."""
        url = f"{self.base_url}/{stream}/search"
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
            after = get_path(body, "pages", "next", "starting_after")
            yield list(enumerate(found, number + 1)), after
            number += len(found)
            if not after:
                return

    def _mapped(
        self, mapper: IntercomJson, stream: str, obj: Any, number: int, volume: bool
    ) -> Iterator[Item]:
        """One record mapped; a conversation fetched whole, or (volume only) as listed without
        the opening message's body, so that it is stored without a message."""
        if not isinstance(obj, dict):
            yield Found(obj, record=number).reject("expected a JSON object")
            return
        if stream == "conversations" and volume:
            obj = _without_text(obj)
        elif stream == "conversations" and obj.get("id") is not None:
            obj = self._conversation(obj["id"])
        yield from mapper.record(obj, Found(obj, record=number))

    def _conversation(self, conversation_id: Any) -> dict[str, Any]:
        url = f"{self.base_url}/conversations/{_path_id(conversation_id)}"
        return json_object(self.client.get(url).body, url)


def _path_id(value: Any) -> str:
    """An id fit for a URL path (Intercom's are digits or hex); anything else is refused."""
    text = str(value)
    if not text.isalnum():
        raise ConnectError(f"Intercom: a conversation id that is not alphanumeric: {text[:40]!r}")
    return text


def _without_text(conversation: dict[str, Any]) -> dict[str, Any]:
    """A listed conversation without any message text (the opening message's body, parts)."""
    found = {k: v for k, v in conversation.items() if k != "conversation_parts"}
    source = found.get("source")
    if isinstance(source, dict):
        found["source"] = {k: v for k, v in source.items() if k != "body"}
    return found
