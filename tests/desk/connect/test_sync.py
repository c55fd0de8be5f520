"""A sync against a local Zendesk/Freshdesk equals importing the same records from a file, takes
only what changed the second time, survives 429/500/dropped connections, and resumes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from desk.connect.http import ConnectError, RetryPolicy
from desk.connect.store import add_connection, get_connection
from desk.connect.sync import SyncSummary, connector_for, sync
from desk.db.engine import open_database
from desk.db.models import ImportBatch, Message
from desk.errors import NotFoundError
from desk.ingest.loader import import_file
from tests.desk.connect.conftest import TOKEN
from tests.desk.connect.helpers import contents, export_file
from tests.vendor_server.data import Desk, freshdesk_desk, touch, zendesk_desk
from tests.vendor_server.server import Faults, VendorServer

VENDORS = ("zendesk", "freshdesk")
FAST = RetryPolicy(retries=2, base=0.01, cap=0.05)


def make_desk(vendor: str, tickets: int = 45) -> Desk:
    return zendesk_desk(tickets) if vendor == "zendesk" else freshdesk_desk(tickets)


def account(vendor: str) -> dict[str, str]:
    return {"email": "agent@example.com"} if vendor == "zendesk" else {}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(f"sqlite:///{tmp_path / 'sync.sqlite3'}")
    yield engine
    engine.dispose()


def run_sync(engine: Engine, server: VendorServer, vendor: str, **kwargs: Any) -> SyncSummary:
    name = "main"
    try:
        info = get_connection(engine, name)
    except NotFoundError:
        info = add_connection(engine, name, vendor, server.url, account(vendor), None)
    return sync(engine, info, connector=connector_for(info, TOKEN, FAST), **kwargs)


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_sync_equals_importing_the_same_records_from_a_file(
    vendor: str, db: Engine, tmp_path: Path
) -> None:
    desk = make_desk(vendor)
    with VendorServer(vendor, desk, token=TOKEN) as server:
        summary = run_sync(db, server, vendor)
    by_file = open_database(f"sqlite:///{tmp_path / 'file.sqlite3'}")
    imported = import_file(by_file, export_file(desk, vendor, tmp_path))
    assert summary.pages > 4
    assert summary.conversations_new == imported.conversations_new == len(desk.tickets)
    assert summary.messages_new == imported.messages_new
    assert summary.customers_new == imported.customers_new
    assert contents(db) == contents(by_file)
    by_file.dispose()
    with db.connect() as connection:
        batch = connection.execute(select(ImportBatch)).one()
    assert (batch.status, batch.format, batch.messages_new) == (
        "done",
        f"{vendor}-api",
        summary.messages_new,
    )


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_second_sync_adds_nothing_and_a_third_only_what_changed(vendor: str, db: Engine) -> None:
    desk = make_desk(vendor)
    with VendorServer(vendor, desk, token=TOKEN) as server:
        first = run_sync(db, server, vendor)
        requests_first = server.served.requests
        second = run_sync(db, server, vendor)
        requests_second = server.served.requests - requests_first
        touch(desk, 110 if vendor == "zendesk" else 210, vendor)
        third = run_sync(db, server, vendor)
    assert first.messages_new == expected_messages(desk, vendor) - 1  # before the reply
    assert (second.conversations_new, second.messages_new) == (0, 0)
    assert requests_second < requests_first / 4  # only the tail, not everything again
    assert (third.conversations_new, third.messages_new) == (0, 1)


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_sync_cut_off_midway_resumes_to_the_same_database(
    vendor: str, db: Engine, tmp_path: Path
) -> None:
    whole = open_database(f"sqlite:///{tmp_path / 'whole.sqlite3'}")
    with VendorServer(vendor, make_desk(vendor), token=TOKEN) as server:
        run_sync(whole, server, vendor)
    cut = Faults(dead_after_lists=4)  # the helpdesk goes away after four pages
    with VendorServer(vendor, make_desk(vendor), token=TOKEN, faults=cut) as server:
        with pytest.raises(ConnectError, match="connection failed"):
            run_sync(db, server, vendor)
        with db.connect() as connection:
            halfway = connection.scalar(select(func.count()).select_from(Message))
        assert 0 < (halfway or 0) < desk_messages(vendor)
        cut.dead_after_lists = None
        lists_before = server.served.lists
        resumed = run_sync(db, server, vendor)
        lists_again = server.served.lists - lists_before
    assert resumed.resumed_batches
    assert lists_again < 6  # it went on from the last page, not from the start
    assert contents(db) == contents(whole)
    whole.dispose()
    with db.connect() as connection:
        statuses = sorted(connection.scalars(select(ImportBatch.status)))
    assert statuses == ["done", "interrupted"]


def desk_messages(vendor: str) -> int:
    return expected_messages(make_desk(vendor), vendor)


def expected_messages(desk: Desk, vendor: str) -> int:
    """Comments; on Freshdesk each ticket's description is its first message too."""
    return desk.message_count() + (len(desk.tickets) if vendor == "freshdesk" else 0)


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_429_is_waited_out_as_retry_after_says_and_500s_and_drops_are_retried(
    vendor: str, db: Engine
) -> None:
    faults = Faults(rate_limit={3: 1}, errors={5, 6}, drops={8})
    with VendorServer(vendor, make_desk(vendor, 20), token=TOKEN, faults=faults) as server:
        summary = run_sync(db, server, vendor)
        [limited_at] = server.served.rate_limited_at
        gap = server_times_after(server, limited_at)
    log = summary.retries
    assert (log.rate_limited, log.retried) == (1, 3)
    assert 1.0 <= gap < 1.5, gap  # waited what Retry-After said, not a backoff guess
    assert summary.messages_new == expected_messages(make_desk(vendor, 20), vendor)


def server_times_after(server: VendorServer, moment: float) -> float:
    """How long after ``moment`` the next request reached the server."""
    return server.served.times[server.served.times.index(moment) + 1] - moment


def test_a_refused_token_is_one_line_without_the_token(db: Engine) -> None:
    with VendorServer("zendesk", make_desk("zendesk", 3), token="another") as server:
        info = add_connection(db, "main", "zendesk", server.url, account("zendesk"), None)
        started = time.monotonic()
        with pytest.raises(ConnectError) as caught:
            sync(db, info, connector=connector_for(info, TOKEN, FAST))
    message = str(caught.value)
    assert "refused the credentials (401)" in message
    assert TOKEN not in message and "\n" not in message
    assert time.monotonic() - started < 1  # a wrong token is not retried


@pytest.mark.parametrize("vendor", VENDORS)
def test_one_customer_s_tickets_only_and_no_cursor_moves(vendor: str, db: Engine) -> None:
    desk = make_desk(vendor, 24)
    email = "customer1003@example.com" if vendor == "zendesk" else "contact5003@example.com"
    with VendorServer(vendor, desk, token=TOKEN) as server:
        summary = run_sync(db, server, vendor, customer=email)
    assert summary.conversations_new == 2  # of 24 tickets over 12 customers
    emails = {row[7] for row in contents(db)["conversations"]}
    assert emails == {email}
    assert get_connection(db, "main").cursors == {}
