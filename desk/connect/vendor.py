"""What every helpdesk connector is: pages of the same records a file importer yields.

A connector knows its vendor's authentication, endpoints and pagination, and nothing about the
database. It yields :class:`Page` values: the records of one API page, already mapped by the
vendor's *file* reader (``desk/ingest/formats/``), and the cursor that comes after them. The
sync (:mod:`desk.connect.sync`) loads each page and saves its cursor in one transaction.
"""

from __future__ import annotations

import abc
import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from desk.connect.http import ConnectError, HttpClient, RetryLog, RetryPolicy, safe_url
from desk.ingest.base import Format
from desk.ingest.records import Item, ReadStats


@dataclass(frozen=True, slots=True)
class Page:
    """One API page's records, and the cursor to resume after it (``None``: do not save)."""

    stream: str
    items: tuple[Item, ...]
    cursor: Any
    label: str = ""


@dataclass(frozen=True, slots=True)
class KnownPeople:
    """Vendor ids already in the database: a resumed sync tells agents from CCs by them."""

    customers: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class SyncRequest:
    """What to fetch: from the saved cursors, or since a date; one customer's tickets only.

    ``volume_only``: people and ticket metadata (requester, created time), no message text: the
    volume of every customer in a fraction of the requests (see :mod:`desk.connect.volume`)."""

    cursors: Mapping[str, Any] = field(default_factory=dict)
    since: dt.datetime | None = None
    customer: str | None = None
    volume_only: bool = False


class Connector(abc.ABC):
    """One vendor's API. ``source`` is its file reader's: API and file ids are one namespace."""

    vendor: ClassVar[str]
    label: ClassVar[str]
    source: ClassVar[str]
    volume_first: ClassVar[bool] = False  # whether pages() honours SyncRequest.volume_only

    def __init__(
        self,
        base_url: str,
        account: Mapping[str, str],
        token: str,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.account = account
        self.client = HttpClient(self.auth_headers(account, token), self.base_url, policy)

    @staticmethod
    @abc.abstractmethod
    def auth_headers(account: Mapping[str, str], token: str) -> dict[str, str]:
        """The headers that authenticate a request."""

    @abc.abstractmethod
    def pages(self, request: SyncRequest, known: KnownPeople) -> Iterator[Page]:
        """Every page to load, in order, each with the cursor that follows it."""

    @abc.abstractmethod
    def check(self) -> str:
        """One cheap authenticated request; returns who we are, in words."""

    def retry_log(self) -> RetryLog:
        """How patient the sync had to be (an HTTP connector's client keeps the log)."""
        return self.client.log


def json_object(body: Any, url: str) -> dict[str, Any]:
    """``body`` when it is a JSON object; else the one-line error naming the URL (no query)."""
    if not isinstance(body, dict):
        raise ConnectError(f"{safe_url(url)}: expected a JSON object")
    return body


def since_cursor(saved: Any, since: Any, start: Any) -> tuple[Any, Any, Any]:
    """(since, position, newest) of a stream that lists what changed since a time, ascending.

    The cursor after a page is ``{"since", "at", "newest"}``: where the running pass goes on
    (a page number, a search cursor, a next-page URL) and the newest change time seen. A
    finished pass saves ``{"since": newest, "at": None}``, so the next sync asks only for what
    changed since; the record seen twice at that boundary is dropped by the loader."""
    if since is not None:
        return since, None, since
    found = saved if isinstance(saved, dict) else {}
    begin = found.get("since") or start
    return begin, found.get("at"), found.get("newest") or begin


class PageFeed(Format):
    """A :class:`Format` whose 'file' is one API page: the loader reads it like any other."""

    name = "api"
    label = "helpdesk API"
    source = "api"

    def __init__(self, source: str, items: tuple[Item, ...]) -> None:
        super().__init__(Path("<api>"))
        self.source = source
        self._items = items

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        return 0.0

    def read(self, stats: ReadStats) -> Iterator[Item]:
        stats.encoding = "utf-8"
        yield from self._items
