"""Front (Core API): conversations updated since a time, with their messages.

Endpoints (dev.frontapp.com, "Pagination", "List conversations", "List conversation
messages"):

- ``GET /conversations?limit=100&q[updated_after]=T``: ``_results`` and
  ``_pagination.next``, the full URL of the next page (``page_token=…``), ``null`` on the last.
- ``GET /conversations/{id}/messages``: the messages, paged the same way.
- ``--customer EMAIL``: ``GET /contacts/alt:email:{EMAIL}/conversations`` (a contact addressed
  by its e-mail alias, "Resource aliases"; 404 when no contact has it), paged the same way, each
  conversation with its messages; no cursor moves.
- ``--volume-only``: the conversation list alone, without the request per conversation for its
  messages: each conversation becomes a thread without messages, its customer the contact
  (``recipient.handle``), its times the conversation's own (a full sync takes them from the
  messages, so a conversation first counted this way keeps Front's ``created_at``). Its cursor
  is its own (``conversations_volume``).

Authentication is an API token (``Authorization: Bearer``). A ``429`` carries ``Retry-After``
(seconds), which the HTTP client waits out. A stream's cursor keeps the next page's URL, so a
resumed sync goes on exactly there. Each conversation, with its messages under ``messages``,
goes through :class:`desk.ingest.formats.front_json.FrontJson`'s mapping into message rows, and
:class:`desk.ingest.grouping.ThreadBuilder` makes the thread, as for a Front JSON dump.
Comments (internal notes) are not fetched yet.
"""

from __future__ import annotations

import urllib.parse
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
from desk.ingest.grouping import MAX_ID, ThreadBuilder, email_of
from desk.ingest.records import Item, Person, Rejection, Thread
from desk.ingest.streams.json_records import clean, get_path
from desk.ingest.text.normalise import parse_time

BASE_URL = "https://api2.frontapp.com"
LIMIT = 100
STREAM = "conversations"
VOLUME_STREAM = "conversations_volume"  # the list-only pass keeps its own cursor


class FrontConnector(Connector):
    vendor = "front"
    label = "Front"
    source = FrontJson.source
    volume_first = True

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
        mapper = FrontJson(Path("<front api>"))
        builder = ThreadBuilder()
        if request.customer:
            yield from self._customer_pages(mapper, builder, request.customer)
            return
        key = VOLUME_STREAM if request.volume_only else STREAM
        start = request.since.timestamp() if request.since else None
        since, at, newest = since_cursor(request.cursors.get(key), start, 0)
        url = f"{self.base_url}/conversations"
        params: dict[str, str | int] | None = {"limit": LIMIT, "q[updated_after]": _number(since)}
        if at:
            url, params = str(at), None  # the saved next page of the running pass
        for found, following, number in self._list(url, params):
            items: list[Item] = []
            for obj in found:
                number += 1
                if isinstance(obj, dict):
                    newest = max(float(newest), _changed(obj))
                if request.volume_only:
                    items.extend(_metadata(obj, number))
                else:
                    items.extend(self._with_messages(mapper, builder, obj, number))
            cursor = (
                {"since": since, "at": following, "newest": newest}
                if following
                else {"since": newest, "at": None, "newest": newest}
            )
            yield Page(key, tuple(items), cursor, "conversations page")

    def _customer_pages(
        self, mapper: FrontJson, builder: ThreadBuilder, email: str
    ) -> Iterator[Page]:
        """The contact's conversations (every inbox), with their messages; no cursor moves."""
        if not email or "@" not in email or any(c in email for c in "/?# "):
            raise ConnectError(f"Front: {email[:80]!r} is not an e-mail address")
        alias = urllib.parse.quote(f"alt:email:{email}", safe=":@")
        url = f"{self.base_url}/contacts/{alias}/conversations"
        try:
            for found, _following, number in self._list(url, {"limit": LIMIT}):
                items = [
                    i
                    for n, obj in enumerate(found, number + 1)
                    for i in self._with_messages(mapper, builder, obj, n)
                ]
                yield Page(STREAM, tuple(items), None, "customer conversations")
        except ConnectError as error:
            if error.status == 404:
                raise ConnectError(f"Front: no contact has the address {email}", 404) from None
            raise

    def _list(
        self, url: str, params: dict[str, str | int] | None
    ) -> Iterator[tuple[list[Any], str | None, int]]:
        """Each page of a conversation list: its ``_results``, the next page's URL, and how
        many records came before it."""
        number = 0
        while True:
            body = json_object(self.client.get(url, params).body, url)
            found = body.get("_results")
            if not isinstance(found, list):
                raise ConnectError(f"{url.split('?')[0]}: the page has no _results list")
            following = get_path(body, "_pagination", "next")
            yield found, (str(following) if following else None), number
            number += len(found)
            if not following:
                return
            url, params = str(following), None

    def _with_messages(
        self, mapper: FrontJson, builder: ThreadBuilder, obj: Any, number: int
    ) -> Iterator[Item]:
        """A listed conversation with its messages fetched, made a thread."""
        if isinstance(obj, dict) and obj.get("id"):
            obj = {**obj, "messages": self._messages(str(obj["id"]))}
        return _numbered(builder.runs(mapper.map_record(obj, number)), number)

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


def _metadata(obj: Any, number: int) -> Iterator[Item]:
    """A listed conversation as a thread without messages (volume only). Its customer is the
    contact, as :class:`ThreadBuilder` names it from the messages, so that the full sync's
    messages join this conversation and this customer."""
    if not isinstance(obj, dict):
        yield Rejection("expected a JSON object", record=number)
        return
    conversation_id = str(obj.get("id") or "")
    handle = get_path(obj, "recipient", "handle")
    if not conversation_id or len(conversation_id) > MAX_ID:
        yield Rejection("a conversation without a usable id", record=number)
        return
    if not isinstance(handle, str) or not handle.strip():
        yield Rejection(f"conversation {conversation_id}: no contact (recipient)", record=number)
        return
    key = handle.strip().lower()[:MAX_ID]
    try:
        created = parse_time(obj.get("created_at"))
        changed = _changed(obj)
        updated = parse_time(changed) if changed else None
    except (ValueError, TypeError, OverflowError) as exc:
        yield Rejection(f"conversation {conversation_id}: {exc}", record=number)
        return
    subject, status = obj.get("subject"), obj.get("status")
    yield Thread(
        external_id=conversation_id,
        customer_id=key,
        created_at=created,
        posts=(),
        subject=clean(subject)[:500] if isinstance(subject, str) and subject else None,
        status=status[:40] if isinstance(status, str) and status else None,
        updated_at=updated,
        # as ThreadBuilder: a person with nothing but an id (a phone handle) adds nothing
        customer=Person(key, "customer", emails=email_of(key)) if email_of(key) else None,
        location=f"record {number}",
    )


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
