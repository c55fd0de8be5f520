"""Help Scout, Intercom and Front through a local server that speaks their documented APIs: a
sync equals importing the same records from an API dump, a second sync adds nothing, a cut sync
resumes to the same database, and a 429 is waited out as the vendor's own header says."""

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
from tests.desk.connect.helpers import contents, export_more
from tests.vendor_server.data import Desk
from tests.vendor_server.more_data import VENDORS, make_desk, missing_more_samples, touch_more
from tests.vendor_server.server import Faults, VendorServer

FAST = RetryPolicy(retries=2, base=0.01, cap=0.05)
FORMATS = {"helpscout": "helpscout-json", "intercom": "intercom-json", "front": "front-json"}
APP_ID = "agent@example.com"  # the server's Help Scout app id is its e-mail


@pytest.fixture(autouse=True)
def _more_samples() -> None:
    reason = missing_more_samples()
    if reason:
        pytest.skip(reason)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(f"sqlite:///{tmp_path / 'sync.sqlite3'}")
    yield engine
    engine.dispose()


def account(vendor: str) -> dict[str, str]:
    return {"app_id": APP_ID} if vendor == "helpscout" else {}


def run_sync(engine: Engine, server: VendorServer, vendor: str, **kwargs: Any) -> SyncSummary:
    try:
        info = get_connection(engine, "main")
    except NotFoundError:
        info = add_connection(engine, "main", vendor, server.url, account(vendor), None)
    return sync(engine, info, connector=connector_for(info, TOKEN, FAST), **kwargs)


def first_key(desk: Desk) -> Any:
    return next(iter(desk.tickets))


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_sync_equals_importing_the_same_records_from_an_api_dump(
    vendor: str, db: Engine, tmp_path: Path
) -> None:
    desk = make_desk(vendor, 45)
    with VendorServer(vendor, desk, token=TOKEN) as server:
        summary = run_sync(db, server, vendor)
    by_file = open_database(f"sqlite:///{tmp_path / 'file.sqlite3'}")
    imported = import_file(
        by_file, export_more(desk, vendor, tmp_path), format_name=FORMATS[vendor]
    )
    assert summary.pages > 4
    assert summary.rejected == imported.rejected == 0
    assert summary.conversations_new == imported.conversations_new == len(desk.tickets)
    assert summary.messages_new == imported.messages_new > len(desk.tickets)
    assert summary.customers_new == imported.customers_new == 12
    assert contents(db) == contents(by_file)
    by_file.dispose()
    with db.connect() as connection:
        batch = connection.execute(select(ImportBatch)).one()
    assert (batch.status, batch.format) == ("done", f"{vendor}-api")


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_second_sync_adds_nothing_and_a_third_only_the_new_reply(vendor: str, db: Engine) -> None:
    desk = make_desk(vendor, 45)
    with VendorServer(vendor, desk, token=TOKEN) as server:
        first = run_sync(db, server, vendor)
        requests_first = server.served.requests
        second = run_sync(db, server, vendor)
        requests_second = server.served.requests - requests_first
        touch_more(desk, first_key(desk), vendor)
        third = run_sync(db, server, vendor)
    assert first.conversations_new == 45
    assert (second.conversations_new, second.messages_new) == (0, 0)
    assert requests_second < requests_first / 4  # only the tail, not everything again
    assert (third.conversations_new, third.messages_new) == (0, 1)


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_sync_cut_off_midway_resumes_to_the_same_database(
    vendor: str, db: Engine, tmp_path: Path
) -> None:
    whole = open_database(f"sqlite:///{tmp_path / 'whole.sqlite3'}")
    with VendorServer(vendor, make_desk(vendor, 45), token=TOKEN) as server:
        run_sync(whole, server, vendor)
        everything = len(contents(whole)["messages"])
    cut = Faults(dead_after_lists=4)  # the helpdesk goes away after four list pages
    with VendorServer(vendor, make_desk(vendor, 45), token=TOKEN, faults=cut) as server:
        with pytest.raises(ConnectError, match="connection failed"):
            run_sync(db, server, vendor)
        with db.connect() as connection:
            halfway = connection.scalar(select(func.count()).select_from(Message)) or 0
        assert 0 < halfway < everything
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


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_429_is_waited_out_as_the_vendor_header_says_and_500s_and_drops_are_retried(
    vendor: str, db: Engine
) -> None:
    faults = Faults(rate_limit={3: 2}, errors={5, 6}, drops={8})
    with VendorServer(vendor, make_desk(vendor, 20), token=TOKEN, faults=faults) as server:
        summary = run_sync(db, server, vendor)
        [limited_at] = server.served.rate_limited_at
        index = server.served.times.index(limited_at)
        gap = server.served.times[index + 1] - limited_at
        next_wall = server.served.wall[index + 1]
        limited_wall = server.served.wall[index]
    log = summary.retries
    assert (log.rate_limited, log.retried) == (1, 3)
    if vendor == "intercom":  # X-RateLimit-Reset: the Unix second when requests are allowed
        reset = int(limited_wall) + 2
        assert reset <= next_wall < reset + 0.5, (limited_wall, next_wall)
    else:  # Help Scout X-RateLimit-Retry-After, Front Retry-After: seconds
        assert 2.0 <= gap < 2.5, gap
    assert summary.conversations_new == 20


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_refused_credential_is_one_line_without_the_secret(vendor: str, db: Engine) -> None:
    with VendorServer(vendor, make_desk(vendor, 3), token="another") as server:
        info = add_connection(db, "main", vendor, server.url, account(vendor), None)
        started = time.monotonic()
        with pytest.raises(ConnectError) as caught:
            sync(db, info, connector=connector_for(info, TOKEN, FAST))
    message = str(caught.value)
    assert "refused the credentials (401)" in message
    assert TOKEN not in message and "\n" not in message
    assert time.monotonic() - started < 1  # a wrong token is not retried
