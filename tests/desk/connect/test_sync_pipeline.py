"""A sync fetches the next page while it loads one, leaves a first sync's summary for its end
(rebuilt once, not after every page), and keeps every guarantee of the page-by-page sync: a
Cancel leaves no fetching behind and resumes to the same database, a failure is raised after
the pages before it were committed, and an incremental sync keeps the summary current."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desk.analytics.summary import is_current
from desk.connect.prefetch import prefetched
from desk.connect.store import add_connection
from desk.connect.sync import SyncSummary, connector_for, sync
from desk.db.engine import open_database
from desk.errors import Cancelled
from desk.ingest.loader import import_file
from desk.progress import Progress
from tests.desk.connect.conftest import TOKEN
from tests.desk.connect.helpers import contents, export_file
from tests.desk.connect.test_sync import FAST, account, db, make_desk, run_sync
from tests.vendor_server.data import Desk, touch
from tests.vendor_server.server import VendorServer

__all__ = ["db"]  # the fixture, shared with test_sync


def _fetching_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "desk-sync-fetch"]


@pytest.mark.slow
def test_the_next_page_is_requested_while_a_page_is_loaded(db: Engine) -> None:
    lists_during_first_page: list[int] = []
    with VendorServer("zendesk", make_desk("zendesk"), token=TOKEN) as server:

        def first_page_loaded(summary: SyncSummary) -> None:
            if summary.pages == 1:  # page 1 committed; the sync has not gone on yet
                deadline = time.monotonic() + 5
                while server.served.lists < 2 and time.monotonic() < deadline:
                    time.sleep(0.01)
                lists_during_first_page.append(server.served.lists)

        summary = run_sync(db, server, "zendesk", on_page=first_page_loaded)
    assert lists_during_first_page and lists_during_first_page[0] >= 2
    assert summary.pages >= 3 and not _fetching_threads()


@pytest.mark.slow
def test_a_cancel_with_pages_fetched_ahead_stops_the_fetching_and_resumes_the_same(
    db: Engine, tmp_path: Path
) -> None:
    desk = make_desk("zendesk")
    with VendorServer("zendesk", desk, token=TOKEN) as server:
        whole = import_file_db(tmp_path, desk)
        info = add_connection(db, "main", "zendesk", server.url, account("zendesk"), None)

        def cancel_after_three(progress: Progress) -> None:
            if progress.done == 3:  # two pages of users, one of tickets
                progress.cancel()

        with pytest.raises(Cancelled):
            sync(
                db,
                info,
                connector=connector_for(info, TOKEN, FAST),
                progress=Progress(None, "pages", cancel_after_three),
            )
        assert not _fetching_threads()  # nothing goes on fetching after a Cancel
        with db.connect() as connection:
            assert not is_current(connection)  # a first sync's summary waits for its end
        resumed = run_sync(db, server, "zendesk")
    assert resumed.resumed_batches
    assert contents(db) == contents(whole)  # the summary, rebuilt at the end, included
    whole.dispose()


def import_file_db(tmp_path: Path, desk: Desk) -> Engine:
    """The same records imported from a file: what every sync must end equal to."""
    engine = open_database(f"sqlite:///{tmp_path / 'file.sqlite3'}")
    import_file(engine, export_file(desk, "zendesk", tmp_path))
    return engine


@pytest.mark.slow
def test_a_first_sync_rebuilds_the_summary_once_and_a_small_one_keeps_it_current(
    db: Engine,
) -> None:
    desk = make_desk("zendesk")
    current_after_page: list[bool] = []

    def note(summary: SyncSummary) -> None:
        with db.connect() as connection:
            current_after_page.append(is_current(connection))

    with VendorServer("zendesk", desk, token=TOKEN, per_page=10) as server:
        run_sync(db, server, "zendesk", on_page=note)
        first = list(current_after_page)
        with db.connect() as connection:
            assert is_current(connection)  # rebuilt in the sync's last transaction
        touch(desk, next(iter(desk.tickets)), "zendesk")  # one customer's reply
        current_after_page.clear()
        again = run_sync(db, server, "zendesk", on_page=note)
    # The users' pages touch no customer's figures; from the first page of tickets (each
    # touches most customers) the summary is stale until the end.
    stale = first.index(False)
    assert 0 < stale < len(first) and not any(first[stale:])
    assert again.messages_new == 1
    assert current_after_page and all(current_after_page)  # incremental: current page by page


def test_pages_come_in_order_and_a_failure_after_the_pages_before_it() -> None:
    def pages() -> Iterator[int]:
        yield 1
        yield 2
        raise RuntimeError("the helpdesk went away")

    seen: list[int] = []
    with pytest.raises(RuntimeError, match="went away"):
        seen.extend(prefetched(pages()))
    assert seen == [1, 2]
    assert not _fetching_threads()


def test_leaving_early_stops_the_fetching_thread_and_closes_the_generator() -> None:
    closed = threading.Event()

    def endless() -> Iterator[int]:
        try:
            n = 0
            while True:
                n += 1
                yield n
        finally:
            closed.set()

    feed = prefetched(endless())
    assert [next(feed), next(feed), next(feed)] == [1, 2, 3]
    feed.close()
    assert closed.is_set() and not _fetching_threads()
