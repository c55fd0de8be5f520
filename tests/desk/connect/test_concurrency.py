"""A page's per-ticket requests go out several at once over a few kept-alive connections, come
back in the page's order, and all stop together while a 429's Retry-After runs."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desk.connect import zendesk_events
from desk.connect.http import ConnectError
from desk.connect.http_pool import WORKERS, Gate
from desk.connect.store import add_connection, get_connection
from desk.connect.sync import connector_for, sync
from desk.connect.vendor import KnownPeople, SyncRequest
from desk.db.engine import open_database
from desk.ingest.loader import import_file
from desk.ingest.records import Thread
from tests.desk.connect.conftest import TOKEN
from tests.desk.connect.helpers import contents, export_file
from tests.desk.connect.test_sync import FAST, account, db, make_desk
from tests.vendor_server.server import Faults, VendorServer

__all__ = ["db"]  # the fixture, shared with test_sync

VENDORS = ("zendesk", "freshdesk")
DELAY = 0.03  # a helpdesk that takes a while to answer, as a real one over the Internet does


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_page_s_tickets_are_fetched_at_once_over_a_few_connections_in_page_order(
    vendor: str, db: Engine, tmp_path: Path
) -> None:
    desk = make_desk(vendor, 40)
    with VendorServer(vendor, desk, token=TOKEN, per_page=20, delay=DELAY) as server:
        info = add_connection(db, "main", vendor, server.url, account(vendor), None)
        connector = connector_for(info, TOKEN, FAST)
        threads = [
            item
            for page in connector.pages(SyncRequest(), KnownPeople())
            for item in page.items
            if isinstance(item, Thread)
        ]
        served = server.served
        requests, peak, connections = served.requests, served.peak, len(served.connections)
        summary = sync(db, info, connector=connector)
    assert [t.external_id for t in threads] == [str(key) for key in desk.tickets]
    for thread in threads:  # each ticket with its own messages, in their order
        own = [str(m["id"]) for m in desk.messages[int(thread.external_id)]]
        posts = [p.external_id for p in thread.posts]
        assert posts[len(posts) - len(own) :] == own  # Freshdesk: the description first
    assert 4 <= peak <= WORKERS  # at once, and no more than the pool's bound
    assert requests > 40 and connections <= WORKERS + 1  # kept alive, not one a request
    assert connector.client.pool is not None and connector.client.pool.opened <= WORKERS + 1
    by_file = open_database_at(tmp_path / "file.sqlite3")
    import_file(by_file, export_file(desk, vendor, tmp_path))
    assert summary.messages_new > 0 and contents(db) == contents(by_file)
    by_file.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_429_during_concurrent_fetches_holds_back_every_worker_for_the_whole_wait(
    vendor: str, db: Engine, tmp_path: Path
) -> None:
    desk = make_desk(vendor, 60)
    wait = 1
    # The first requests list the people (one or two pages) and the first 40 tickets; the
    # 429 goes to one of the first eight requests for those tickets' messages, sent at once.
    faults = Faults(rate_limit={6: wait})
    with VendorServer(vendor, desk, token=TOKEN, per_page=40, delay=DELAY, faults=faults) as server:
        info = add_connection(db, "main", vendor, server.url, account(vendor), None)
        summary = sync(db, info, connector=connector_for(info, TOKEN, FAST))
        [limited_at] = server.served.rate_limited_at
        arrivals = list(server.served.times)
    answered = limited_at + DELAY  # when the 429 left the server
    # Requests already on their way when the 429 was sent may still arrive just after it.
    inside = [t for t in arrivals if answered + 0.05 < t < answered + wait]
    after = [t for t in arrivals if t > answered + 0.05]
    assert inside == []
    assert after and min(after) >= answered + wait
    assert summary.retries.rate_limited == 1
    by_file = open_database_at(tmp_path / "file.sqlite3")
    import_file(by_file, export_file(desk, vendor, tmp_path))
    assert contents(db) == contents(by_file)
    by_file.dispose()


def test_the_gate_holds_requests_until_the_longest_wait_asked_for_has_passed() -> None:
    gate, slept = Gate(), list[float]()

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    gate.close_for(0.2)
    gate.close_for(0.05)  # a shorter wait does not reopen it early
    started = time.monotonic()
    gate.wait(sleep)
    assert 0.19 <= time.monotonic() - started < 0.5 and slept
    slept.clear()
    assert gate.wait(slept.append) == 0.0 and slept == []  # open again: no sleep


def open_database_at(path: Path) -> Engine:
    return open_database(f"sqlite:///{path}")


@pytest.mark.slow
def test_comments_from_the_ticket_event_export_give_the_same_database_in_fewer_requests(
    db: Engine, tmp_path: Path
) -> None:
    desk = make_desk("zendesk", 45)
    per_ticket = open_database_at(tmp_path / "per-ticket.sqlite3")
    with VendorServer("zendesk", desk, token=TOKEN) as server:
        info = add_connection(per_ticket, "main", "zendesk", server.url, account("zendesk"), None)
        sync(per_ticket, info, connector=connector_for(info, TOKEN, FAST))
        requests_per_ticket = server.served.requests
        bulk = {**account("zendesk"), "comments": "events"}
        info = add_connection(db, "main", "zendesk", server.url, bulk, None)
        summary = sync(db, info, connector=connector_for(info, TOKEN, FAST))
        requests_bulk = server.served.requests - requests_per_ticket
        paths = server.served.paths[requests_per_ticket:]
    assert summary.messages_new == desk.message_count()
    assert contents(db) == contents(per_ticket)
    assert not any("/comments.json" in path for path in paths)
    assert requests_bulk * 2 < requests_per_ticket
    assert set(get_connection(db, "main").cursors) == {"users", "ticket_events"}
    per_ticket.dispose()


@pytest.mark.slow
def test_a_sync_from_the_event_export_cut_off_midway_resumes_to_the_same_database(
    db: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zendesk_events, "BATCH", 20)  # pages of ~20 comments, not 10,000
    bulk = {**account("zendesk"), "comments": "events"}
    whole = open_database_at(tmp_path / "whole.sqlite3")
    with VendorServer("zendesk", make_desk("zendesk"), token=TOKEN) as server:
        info = add_connection(whole, "main", "zendesk", server.url, bulk, None)
        sync(whole, info, connector=connector_for(info, TOKEN, FAST))
        lists_whole = server.served.lists
    cut = Faults(dead_after_lists=5)  # two pages of people, then three of events
    with VendorServer("zendesk", make_desk("zendesk"), token=TOKEN, faults=cut) as server:
        info = add_connection(db, "main", "zendesk", server.url, bulk, None)
        with pytest.raises(ConnectError, match="connection failed"):
            sync(db, info, connector=connector_for(info, TOKEN, FAST))
        halfway = len(contents(db)["messages"])
        cut.dead_after_lists = None
        lists_before, requests_before = server.served.lists, server.served.requests
        info = get_connection(db, "main")
        resumed = sync(db, info, connector=connector_for(info, TOKEN, FAST))
        lists_again = server.served.lists - lists_before
        again = [p for p in server.served.paths[requests_before:] if "ticket_events" in p]
    assert 0 < halfway < len(contents(whole)["messages"])
    assert resumed.resumed_batches
    assert "start_time=0&" not in again[0]  # on from the saved end_time, not from the start
    assert lists_again <= lists_whole - 2
    assert contents(db) == contents(whole)
    whole.dispose()


def test_an_agent_s_token_refused_the_event_export_falls_back_to_a_request_a_ticket(
    db: Engine, tmp_path: Path
) -> None:
    desk = make_desk("zendesk", 12)
    with VendorServer("zendesk", desk, token=TOKEN) as server:
        server.admin = False
        bulk = {**account("zendesk"), "comments": "events"}
        info = add_connection(db, "main", "zendesk", server.url, bulk, None)
        summary = sync(db, info, connector=connector_for(info, TOKEN, FAST))
        paths = list(server.served.paths)
    assert summary.messages_new == desk.message_count()
    assert any("ticket_events" in path for path in paths)  # asked, refused (403)
    fetched = {path.split("/")[4] for path in paths if "/comments.json" in path}
    assert fetched == {str(key) for key in desk.tickets}
    assert set(get_connection(db, "main").cursors) == {"users", "tickets"}
