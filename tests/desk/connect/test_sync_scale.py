"""What keeps a 100,000-ticket sync linear: every page loaded through one database connection
with the file import's page cache (given back as it was found), the local server's export
answered without walking its whole change log for each page, and the client's fast path to a
request's target giving exactly what parsing the URL in full gives."""

from __future__ import annotations

import urllib.parse
from typing import Any

import pytest
from sqlalchemy import Engine, event, update

from desk.connect.http import ConnectError, HttpClient, _origin, _target
from desk.connect.store import add_connection
from desk.connect.sync import connector_for, sync
from desk.db.bulk import BULK_CACHE_MIB
from desk.db.models import SummaryState
from tests.desk.connect.conftest import TOKEN
from tests.desk.connect.test_sync import FAST, account, db, make_desk, run_sync
from tests.vendor_server.data import touch
from tests.vendor_server.server import VendorServer

__all__ = ["db"]  # the fixture, shared with test_sync


def test_every_page_goes_through_one_connection(db: Engine) -> None:
    """A connection a page made SQLite read the index pages back into a fresh 2 MB cache for
    every page: a cost that grew with the database."""
    checkouts: list[int] = []
    with VendorServer("zendesk", make_desk("zendesk", 60), token=TOKEN) as server:
        info = add_connection(db, "main", "zendesk", server.url, account("zendesk"), None)
        event.listen(db, "checkout", lambda *_: checkouts.append(1))
        summary = sync(db, info, connector=connector_for(info, TOKEN, FAST))
    assert summary.pages >= 8  # users, then tickets ten a page
    # Closing interrupted batches, opening the batch, the known people, whether the summary
    # is current; then one for all the pages and the end.
    assert len(checkouts) == 5


def test_a_deferred_sync_counts_the_whole_tables_only_before_and_after(db: Engine) -> None:
    """A sync whose summary is stale rebuilds it once at its end, so its pages need not check
    it: each page counted every message and conversation before (two counts a page, a cost
    growing with the database)."""
    counts: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        words = statement.lower().split()
        if "count(*)" in words and "where" not in words:
            counts.append(words[words.index("from") + 1])

    with db.begin() as connection:  # a stale summary, as after an interrupted first sync
        connection.execute(update(SummaryState).values(messages=-1))
    event.listen(db, "before_cursor_execute", note)
    with VendorServer("zendesk", make_desk("zendesk", 60), token=TOKEN) as server:
        summary = run_sync(db, server, "zendesk")
    assert summary.pages >= 8
    # Before the sync (is the summary current?) and at its end (marked current again) only.
    assert counts.count("message") == 2, counts


def test_the_sync_gives_its_connection_back_with_the_cache_it_had(db: Engine) -> None:
    sizes: list[Any] = []
    statements: list[str] = []
    event.listen(db, "before_cursor_execute", lambda *args: statements.append(args[2]))

    def size_at_checkin(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        sizes.append(cursor.execute("PRAGMA cache_size").fetchone()[0])
        cursor.close()

    event.listen(db, "checkin", size_at_checkin)
    with VendorServer("zendesk", make_desk("zendesk", 30), token=TOKEN) as server:
        run_sync(db, server, "zendesk")
    assert f"PRAGMA cache_size=-{BULK_CACHE_MIB * 1024}" in statements  # while it loaded
    assert sizes and set(sizes) == {-2000}  # SQLite's default, as every connection had it


@pytest.mark.slow
def test_the_export_serves_each_stream_from_the_log_and_sees_what_changed(db: Engine) -> None:
    desk = make_desk("zendesk", 40)
    with VendorServer("zendesk", desk, token=TOKEN) as server:
        first = run_sync(db, server, "zendesk")
        touch(desk, 105, "zendesk")  # a reply: the log grows; the next export must show it
        second = run_sync(db, server, "zendesk")
    assert first.conversations_new == 40
    assert (second.messages_new, second.conversations_new) == (1, 0)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/api/v2/tickets/5/comments.json",
        "http://127.0.0.1:8000/api/v2/tickets/5/comments.json?page[after]=100",
        "http://127.0.0.1:8000//double/slash?x=1&y=2",
        "http://127.0.0.1:8000/",
        "http://127.0.0.1:8000/a;params?q",
    ],
)
def test_the_fast_target_is_what_parsing_the_url_gives(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    parsed = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    assert _target(url, "http://127.0.0.1:8000") == parsed


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000@evil.example/steal",  # userinfo: the host is evil.example
        "http://127.0.0.1:80001/elsewhere",  # a longer port
        "http://127.0.0.1:8000.evil.example/x",  # a longer host name
        "http://127.0.0.1:8000",  # no path: "/" is what parsing gives
        "http://127.0.0.1:8000/x?",  # an empty query parsing drops
        "http://127.0.0.1:8000/x#fragment",
        "http://127.0.0.1:8000/x\n/y",  # a line break parsing strips
        "HTTP://127.0.0.1:8000/upper",
        "https://127.0.0.1:8000/another/scheme",
    ],
)
def test_anything_not_plainly_on_the_origin_is_parsed_in_full(url: str) -> None:
    assert _target(url, "http://127.0.0.1:8000") is None
    if "evil" in url or "80001" in url or "https" in url:
        assert _origin(url) != "http://127.0.0.1:8000"  # and then refused by the client


def test_a_lookalike_next_page_is_still_refused() -> None:
    client = HttpClient({"Authorization": "Bearer x"}, "http://127.0.0.1:8000")
    with pytest.raises(ConnectError, match="is not on"):
        client.get("http://127.0.0.1:8000@evil.example/steal")
