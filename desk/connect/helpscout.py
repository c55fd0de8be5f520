"""Help Scout (Mailbox API 2.0): conversations changed since a time, with their threads.

Endpoints (developer.helpscout.com/mailbox-api):

- ``POST /v2/oauth2/token`` with ``grant_type=client_credentials``, the app's id and secret
  (form-encoded): an access token, sent as ``Authorization: Bearer …``, valid ``expires_in``
  seconds; it is fetched again shortly before it runs out.
- ``GET /v2/conversations?status=all&modifiedSince=ISO&sortField=modifiedAt&sortOrder=asc
  &page=N``: HAL pages, ``_embedded.conversations``, ``page{number,totalPages}`` (1-based) and
  ``_links.next`` while another page follows. Each conversation embeds its ``primaryCustomer``.
- ``GET /v2/conversations/{id}/threads`` (paged the same way): the conversation's threads.
- ``--customer EMAIL``: the same list with ``query=(email:"…")`` (the advanced search; every
  status, every mailbox), each conversation's threads from the threads endpoint: the list's
  ``embed=threads`` truncates chat threads, as the documentation says, and a case needs them whole.
- ``--volume-only``: the list alone, without a request per conversation for its threads: each
  conversation's customer and creation time, 25 a request, under its own cursor
  (``conversations_volume``), so that a later full pass still starts from the first.

A ``429`` says how long to wait in ``X-RateLimit-Retry-After`` (seconds); the HTTP client
reads it. The stored secret is the app secret; the app id is the account. Each conversation,
with its threads under ``_embedded.threads``, goes through
:class:`desk.ingest.formats.helpscout.HelpScoutJson`'s mapping, as a conversation of an API
dump does.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from desk.connect.http import ConnectError, RetryPolicy
from desk.connect.vendor import (
    Connector,
    KnownPeople,
    Page,
    SyncRequest,
    json_object,
    since_cursor,
)
from desk.ingest.formats.helpscout import HelpScoutJson
from desk.ingest.records import Item
from desk.ingest.streams.json_records import Found, get_path

BASE_URL = "https://api.helpscout.net"
EPOCH = "1970-01-01T00:00:00Z"
STREAM = "conversations"
VOLUME_STREAM = "conversations_volume"  # the list-only pass keeps its own cursor


class HelpScoutConnector(Connector):
    vendor = "helpscout"
    label = "Help Scout"
    source = HelpScoutJson.source
    volume_first = True

    def __init__(
        self,
        base_url: str,
        account: Mapping[str, str],
        token: str,
        policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(base_url, account, token, policy)
        self._secret = token
        self._renew_at = 0.0  # monotonic time after which the access token is fetched again

    @staticmethod
    def auth_headers(account: Mapping[str, str], token: str) -> dict[str, str]:
        return {}  # the Bearer token comes from the token endpoint (see _sign_in)

    def _sign_in(self) -> None:
        """A fresh access token when there is none or it is about to run out."""
        if time.monotonic() < self._renew_at:
            return
        url = f"{self.base_url}/v2/oauth2/token"
        form = {
            "grant_type": "client_credentials",
            "client_id": self.account.get("app_id", ""),
            "client_secret": self._secret,
        }
        body = json_object(self.client.post(url, form, form=True).body, url)
        token = body.get("access_token")
        if not isinstance(token, str) or not token:
            raise ConnectError(f"{self.base_url}: the token endpoint gave no access token")
        expires = body.get("expires_in")
        lifetime = float(expires) if isinstance(expires, int | float) else 7200.0
        self.client.authorise({"Authorization": f"Bearer {token}"})
        self._renew_at = time.monotonic() + max(30.0, lifetime - 300.0)

    def check(self) -> str:
        self._sign_in()
        url = f"{self.base_url}/v2/users/me"
        user = json_object(self.client.get(url).body, url)
        if user.get("id") is None:
            raise ConnectError(f"{self.base_url}: does not answer like Help Scout")
        return f"signed in as {user.get('email') or user['id']}"

    def pages(self, request: SyncRequest, known: KnownPeople) -> Iterator[Page]:
        mapper = HelpScoutJson(Path("<helpscout api>"))
        if request.customer:
            yield from self._customer_pages(mapper, request.customer)
            return
        key = VOLUME_STREAM if request.volume_only else STREAM
        since_text = request.since.strftime("%Y-%m-%dT%H:%M:%SZ") if request.since else None
        since, at, newest = since_cursor(request.cursors.get(key), since_text, EPOCH)
        params: dict[str, str | int] = {
            "status": "all",
            "modifiedSince": str(since),
            "sortField": "modifiedAt",
            "sortOrder": "asc",
        }
        for found, following, page in self._list(params, int(at or 1)):
            items: list[Item] = []
            for number, obj in found:
                if isinstance(obj, dict):
                    changed = obj.get("modifiedAt") or obj.get("userUpdatedAt")
                    newest = max(str(newest), str(changed)) if changed else newest
                items.extend(self._conversation(mapper, obj, number, not request.volume_only))
            cursor = (
                {"since": since, "at": page + 1, "newest": newest}
                if following
                else {"since": newest, "at": None, "newest": newest}
            )
            yield Page(key, tuple(items), cursor, f"conversations page {page}")

    def _customer_pages(self, mapper: HelpScoutJson, email: str) -> Iterator[Page]:
        """One customer's conversations in every status and mailbox, with their threads; no
        cursor moves. The address goes into the search query quoted, so it must be one."""
        if not email or any(c in email for c in '"()\\') or "@" not in email or " " in email:
            raise ConnectError(f"Help Scout: {email[:80]!r} is not an e-mail address")
        params: dict[str, str | int] = {"status": "all", "query": f'(email:"{email}")'}
        for found, _following, page in self._list(params, 1):
            if page == 1 and not found:
                raise ConnectError(f"Help Scout: no conversation of a customer at {email}")
            items = [i for n, obj in found for i in self._conversation(mapper, obj, n, True)]
            yield Page(STREAM, tuple(items), None, f"customer conversations page {page}")

    def _list(
        self, params: dict[str, str | int], page: int
    ) -> Iterator[tuple[list[tuple[int, Any]], bool, int]]:
        """Each page of ``GET /v2/conversations`` from ``page`` on: its conversations (with
        their record numbers), whether another page follows, and the page's number."""
        url = f"{self.base_url}/v2/conversations"
        number = 0
        while True:
            self._sign_in()
            body = json_object(self.client.get(url, {**params, "page": page}).body, url)
            found = get_path(body, "_embedded", "conversations") or []
            if not isinstance(found, list):
                raise ConnectError(f"{url}: _embedded.conversations is not a list")
            following = _has_next(body, page)
            yield list(enumerate(found, number + 1)), following, page
            number += len(found)
            if not following:
                return
            page += 1

    def _conversation(
        self, mapper: HelpScoutJson, obj: Any, number: int, with_text: bool
    ) -> Iterator[Item]:
        """A listed conversation mapped: with its threads fetched, or (volume only) with none,
        whatever the list embedded, so that no text is stored before a full pass brings it."""
        if not isinstance(obj, dict):
            yield Found(obj, record=number).reject("expected a JSON object")
            return
        if obj.get("id") is not None:
            threads = self._threads(obj["id"]) if with_text else []
            obj = {**obj, "_embedded": {**(obj.get("_embedded") or {}), "threads": threads}}
        yield from mapper.record(obj, Found(obj, record=number))

    def _threads(self, conversation_id: Any) -> list[Any]:
        url = f"{self.base_url}/v2/conversations/{int(conversation_id)}/threads"
        threads: list[Any] = []
        page = 1
        while True:
            self._sign_in()
            body = json_object(self.client.get(url, {"page": page}).body, url)
            found = get_path(body, "_embedded", "threads") or []
            if not isinstance(found, list):
                raise ConnectError(f"{url}: _embedded.threads is not a list")
            threads.extend(found)
            if not _has_next(body, page):
                return threads
            page += 1


def _has_next(body: dict[str, Any], page: int) -> bool:
    """Whether another page follows: ``_links.next``, checked against ``page.totalPages``."""
    total = get_path(body, "page", "totalPages")
    if isinstance(total, int) and page >= total:
        return False
    return get_path(body, "_links", "next", "href") is not None
