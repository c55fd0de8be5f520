"""Volume first: a volume-only sync gives every customer's conversation count, average and rank
exactly as a full sync does, in far fewer requests; a later sync of one customer, then of
everyone, brings the text without counting anything twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.analytics.volume import Baseline, Unit, baseline, top_customers
from desk.cli import main
from desk.connect.http import RetryPolicy
from desk.connect.store import ConnectionInfo, add_connection, get_connection
from desk.connect.sync import SyncSummary, connector_for, sync
from desk.connect.volume import AwaitingText, awaiting_text
from desk.db.engine import open_database
from desk.db.models import Message
from desk.errors import InputError, NotFoundError
from tests.desk.connect.conftest import TOKEN
from tests.desk.connect.helpers import contents
from tests.vendor_server.data import Desk, freshdesk_desk, zendesk_desk
from tests.vendor_server.server import VendorServer

pytestmark = pytest.mark.slow
VENDORS = ("zendesk", "freshdesk")
FAST = RetryPolicy(retries=2, base=0.01, cap=0.05)


def make_desk(vendor: str) -> Desk:
    # 45 tickets over 12 customers: uneven counts (4 or 3 each), so rank and average matter
    return zendesk_desk(45) if vendor == "zendesk" else freshdesk_desk(45)


@pytest.fixture
def engines(tmp_path: Path) -> Iterator[tuple[Engine, Engine]]:
    """(the database a volume-first sync fills, the one a plain full sync fills)."""
    first = open_database(f"sqlite:///{tmp_path / 'volume.sqlite3'}")
    full = open_database(f"sqlite:///{tmp_path / 'full.sqlite3'}")
    yield first, full
    first.dispose()
    full.dispose()


def connection(engine: Engine, server: VendorServer) -> ConnectionInfo:
    try:
        return get_connection(engine, "main")
    except NotFoundError:
        account = {"email": server.email} if server.vendor == "zendesk" else {}
        return add_connection(engine, "main", server.vendor, server.url, account, None)


def run(engine: Engine, server: VendorServer, **kwargs: Any) -> SyncSummary:
    info = connection(engine, server)
    return sync(engine, info, connector=connector_for(info, TOKEN, FAST), **kwargs)


def figures(engine: Engine, unit: Unit) -> tuple[Baseline, list[tuple[str | None, int, int]]]:
    """The average customer and every customer's (e-mail, count, rank): ids differ by DB."""
    with Session(engine) as session:
        ranked = top_customers(session, 1000, unit)
        return baseline(session, unit), [(r.email, r.count, r.rank) for r in ranked]


def message_count(engine: Engine) -> int:
    with engine.connect() as db:
        return int(db.scalar(select(func.count()).select_from(Message)) or 0)


@pytest.mark.parametrize("vendor", VENDORS)
def test_volume_only_gives_the_full_syncs_average_and_rank_in_fewer_requests(
    vendor: str, engines: tuple[Engine, Engine]
) -> None:
    first, full = engines
    desk = make_desk(vendor)
    with VendorServer(vendor, desk, token=TOKEN) as server:
        run(full, server)
        full_requests = server.served.requests
        summary = run(first, server, volume_only=True)
        volume_requests = server.served.requests - full_requests
    assert summary.conversations_new == len(desk.tickets)
    assert message_count(first) == 0  # counts, not words
    assert awaiting_text(first) == AwaitingText(len(desk.tickets), 12)
    assert awaiting_text(full) == AwaitingText(0, 0)
    volume_figures = figures(first, Unit.CONVERSATIONS)
    assert volume_figures == figures(full, Unit.CONVERSATIONS)
    assert volume_figures[0].mean == pytest.approx(45 / 12)
    assert volume_requests * 4 < full_requests  # one request a page, not one a ticket


@pytest.mark.parametrize("vendor", VENDORS)
def test_text_for_one_customer_then_everyone_ends_as_a_full_sync(
    vendor: str, engines: tuple[Engine, Engine]
) -> None:
    first, full = engines
    desk = make_desk(vendor)
    chosen = next(iter(u for u in desk.users.values() if u["id"] in (1000, 5000)))
    mine = sum(1 for t in desk.tickets.values() if t["requester_id"] == chosen["id"])
    with VendorServer(vendor, desk, token=TOKEN) as server:
        run(full, server)
        run(first, server, volume_only=True)
        one = run(first, server, customer=chosen["email"])
        assert one.conversations_new == 0  # already counted: only their messages came
        assert one.messages_new > 0
        assert awaiting_text(first) == AwaitingText(len(desk.tickets) - mine, 11)
        assert figures(first, Unit.CONVERSATIONS) == figures(full, Unit.CONVERSATIONS)
        everyone = run(first, server)
    assert everyone.conversations_new == 0
    assert awaiting_text(first) == AwaitingText(0, 0)
    assert message_count(first) == message_count(full)
    assert contents(first) == contents(full)
    for unit in Unit:
        assert figures(first, unit) == figures(full, unit)


def test_the_command_runs_volume_first_and_says_what_awaits_text(
    no_keyring: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BREAKUP_DESK_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("FD_KEY", TOKEN)
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    with VendorServer("freshdesk", freshdesk_desk(12), token=TOKEN) as server:
        engine = open_database(db)
        add_connection(engine, "main", "freshdesk", server.url, {}, "FD_KEY")
        engine.dispose()
        assert main(["--db", db, "sync", "main", "--volume-only"]) == 0
        said = capsys.readouterr().out
    assert "12 new conversations, 0 new messages" in said
    assert "12 conversations of 12 customers are counted but have no text yet" in said


def test_volume_only_is_refused_where_the_api_lists_no_metadata(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    info = add_connection(engine, "box", "imap", "imaps://127.0.0.1:9", {"user": "a"}, None)
    with pytest.raises(InputError, match="volume-only sync is for everyone, and for a helpdesk"):
        sync(engine, info, connector=connector_for(info, TOKEN), volume_only=True)
    with pytest.raises(InputError, match="do not go together"):
        sync(engine, info, connector=connector_for(info, TOKEN), volume_only=True, customer="a@b")
    engine.dispose()
