"""Help Scout (Mailbox API 2.0): conversations changed since a time, with their threads.

Endpoints (developer.helpscout.com/mailbox-api):

- ``POST /v2/oauth2/token`` with ``grant_type=client_credentials``, the app's id and secret
  (form-encoded): an access token, sent as ``Authorization: Bearer …``, valid ``expires_in``
  seconds; it is fetched again shortly before it runs out.
- ``GET /v2/conversations?status=all&modifiedSince=ISO&sortField=modifiedAt&sortOrder=asc
  &page=N``: HAL pages, ``_embedded.conversations``, ``page{number,totalPages}`` (1-based) and
  ``_links.next`` while another page follows. Each conversation embeds its ``primaryCustomer``.
- ``GET /v2/conversations/{id}/threads`` (paged the same way): the conversation's threads.

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


class HelpScoutConnector(Connector):
    vendor = "helpscout"
    label = "Help Scout"
    source = HelpScoutJson.source

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
        if request.customer:
            raise ConnectError("Help Scout: --customer is not supported yet; sync everything")
        mapper = HelpScoutJson(Path("<helpscout api>"))
        since_text = request.since.strftime("%Y-%m-%dT%H:%M:%SZ") if request.since else None
        since, at, newest = since_cursor(request.cursors.get(STREAM), since_text, EPOCH)
        page = int(at or 1)
        url = f"{self.base_url}/v2/conversations"
        params: dict[str, str | int] = {
            "status": "all",
            "modifiedSince": str(since),
            "sortField": "modifiedAt",
            "sortOrder": "asc",
        }
        number = 0
        while True:
            self._sign_in()
            body = json_object(self.client.get(url, {**params, "page": page}).body, url)
            found = get_path(body, "_embedded", "conversations") or []
            if not isinstance(found, list):
                raise ConnectError(f"{url}: _embedded.conversations is not a list")
            items: list[Item] = []
            for obj in found:
                number += 1
                if not isinstance(obj, dict):
                    items.append(Found(obj, record=number).reject("expected a JSON object"))
                    continue
                changed = obj.get("modifiedAt") or obj.get("userUpdatedAt")
                newest = max(str(newest), str(changed)) if changed else newest
                if obj.get("id") is not None:
                    embedded = {**(obj.get("_embedded") or {}), "threads": self._threads(obj["id"])}
                    obj = {**obj, "_embedded": embedded}
                items.extend(mapper.record(obj, Found(obj, record=number)))
            following = _has_next(body, page)
            page += 1
            cursor = (
                {"since": since, "at": page, "newest": newest}
                if following
                else {"since": newest, "at": None, "newest": newest}
            )
            yield Page(STREAM, tuple(items), cursor, f"conversations page {page - 1}")
            if not following:
                return

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
