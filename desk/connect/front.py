"""Front (Core API): conversations updated since a time, with their messages.

Endpoints (dev.frontapp.com, "Pagination", "List conversations", "List conversation
messages"):

- ``GET /conversations?limit=100&q[updated_after]=T``: ``_results`` and
  ``_pagination.next``, the full URL of the next page (``page_token=…``), ``null`` on the last.
- ``GET /conversations/{id}/messages``: the messages, paged the same way.

Authentication is an API token (``Authorization: Bearer``). A ``429`` carries ``Retry-After``
(seconds), which the HTTP client waits out. A stream's cursor keeps the next page's URL, so a
resumed sync goes on exactly there. Each conversation, with its messages under ``messages``,
goes through :class:`desk.ingest.formats.front_json.FrontJson`'s mapping into message rows, and
:class:`desk.ingest.grouping.ThreadBuilder` makes the thread, as for a Front JSON dump.
Comments (internal notes) are not fetched yet.
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
from desk.ingest.formats.front_json import FrontJson
from desk.ingest.grouping import ThreadBuilder
from desk.ingest.records import Item, Rejection
from desk.ingest.streams.json_records import get_path

BASE_URL = "https://api2.frontapp.com"
LIMIT = 100
STREAM = "conversations"


class FrontConnector(Connector):
    vendor = "front"
    label = "Front"
    source = FrontJson.source

    @staticmethod
    def auth_headers(account: Mapping[str, str], token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def check(self) -> str:
        url = f"{self.base_url}/me"
        me = json_object(self.client.get(url).body, url)
        if not me.get("name") and not me.get("id"):
            raise ConnectError(f"{self.base_url}: does not answer like Front")
        return f"signed in to {me.get('name') or me.get('id')}"

    def pages(self, request: SyncRequest, known: KnownPeople) -> Iterator[Page]:
        if request.customer:
            raise ConnectError("Front: --customer is not supported yet; sync everything")
        mapper = FrontJson(Path("<front api>"))
        builder = ThreadBuilder()
        start = request.since.timestamp() if request.since else None
        since, at, newest = since_cursor(request.cursors.get(STREAM), start, 0)
        url = f"{self.base_url}/conversations"
        params: dict[str, str | int] | None = {"limit": LIMIT, "q[updated_after]": _number(since)}
        if at:
            url, params = str(at), None  # the saved next page of the running pass
        number = 0
        while True:
            body = json_object(self.client.get(url, params).body, url)
            found = body.get("_results")
            if not isinstance(found, list):
                raise ConnectError(f"{url.split('?')[0]}: the page has no _results list")
            items: list[Item] = []
            for obj in found:
                number += 1
                if isinstance(obj, dict):
                    newest = max(float(newest), _changed(obj))
                    if obj.get("id"):
                        obj = {**obj, "messages": self._messages(str(obj["id"]))}
                rows = mapper.map_record(obj, number)
                items.extend(_numbered(builder.runs(rows), number))
            following = get_path(body, "_pagination", "next")
            cursor = (
                {"since": since, "at": following, "newest": newest}
                if following
                else {"since": newest, "at": None, "newest": newest}
            )
            yield Page(STREAM, tuple(items), cursor, "conversations page")
            if not following:
                return
            url, params = str(following), None

    def _messages(self, conversation_id: str) -> list[Any]:
        if not conversation_id.replace("_", "").isalnum():
            raise ConnectError(f"Front: an unexpected conversation id {conversation_id[:40]!r}")
        url: str | None = f"{self.base_url}/conversations/{conversation_id}/messages"
        found: list[Any] = []
        params: dict[str, str | int] | None = {"limit": LIMIT}
        while url:
            body = json_object(self.client.get(url, params).body, url)
            page = body.get("_results")
            if not isinstance(page, list):
                raise ConnectError(f"{url.split('?')[0]}: the page has no _results list")
            found.extend(page)
            following = get_path(body, "_pagination", "next")
            url, params = (str(following) if following else None), None
        return found


def _changed(conversation: dict[str, Any]) -> float:
    """When the conversation last changed: ``updated_at``, else its newest message or itself."""
    times = [conversation.get("updated_at"), conversation.get("created_at")]
    times += [get_path(conversation, "last_message", "created_at")]
    return max((float(t) for t in times if isinstance(t, int | float)), default=0.0)


def _number(value: Any) -> str:
    """A Unix time for the query: whole seconds without a trailing ``.0``."""
    number = float(value)
    return str(int(number)) if number.is_integer() else str(number)


def _numbered(items: Iterator[Item], number: int) -> Iterator[Item]:
    """Rejections of this conversation say which record of the stream it was."""
    for item in items:
        if isinstance(item, Rejection) and item.record is None and item.line is None:
            yield Rejection(item.reason, record=number)
        else:
            yield item
