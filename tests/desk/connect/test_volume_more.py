"""Volume first for Help Scout, Intercom and Front, against the local server speaking their
documented APIs: a volume-only sync stores every customer's conversations and no text, in fewer
requests; ``--customer`` fetches exactly that customer's conversations with their text; a later
full sync completes the rest and counts nothing twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from desk.analytics.volume import Baseline, Unit, baseline, top_customers
from desk.connect.http import ConnectError, RetryPolicy
from desk.connect.store import ConnectionInfo, add_connection, get_connection
from desk.connect.sync import SyncSummary, connector_for, sync
from desk.connect.volume import AwaitingText, awaiting_text
from desk.db.engine import open_database
from desk.db.models import Message
from desk.errors import NotFoundError
from tests.desk.connect.conftest import TOKEN
from tests.desk.connect.helpers import contents
from tests.vendor_server.data import Desk
from tests.vendor_server.more_data import VENDORS, make_desk, missing_more_samples
from tests.vendor_server.server import VendorServer

pytestmark = pytest.mark.slow
FAST = RetryPolicy(retries=2, base=0.01, cap=0.05)
APP_ID = "agent@example.com"  # the server's Help Scout app id is its e-mail
CONVERSATIONS = 30  # over 12 customers: 3 or 2 each, so the rank and the average matter
# (external id, customer's address) of every conversation; of the ones with a message
OWNERS = (
    "SELECT c.external_id, cu.primary_email FROM conversation c "
    "JOIN customer cu ON cu.id = c.customer_id ORDER BY c.external_id"
)
SPOKEN = (
    "SELECT DISTINCT c.external_id FROM conversation c "
    "JOIN message m ON m.conversation_id = c.id ORDER BY c.external_id"
)


@pytest.fixture(autouse=True)
def _more_samples() -> None:
    reason = missing_more_samples()
    if reason:
        pytest.skip(reason)


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
        account = {"app_id": APP_ID} if server.vendor == "helpscout" else {}
        return add_connection(engine, "main", server.vendor, server.url, account, None)


def run(engine: Engine, server: VendorServer, **kwargs: Any) -> SyncSummary:
    info = connection(engine, server)
    return sync(engine, info, connector=connector_for(info, TOKEN, FAST), **kwargs)


def owners(desk: Desk, vendor: str) -> dict[str, str]:
    """Each conversation's vendor id and its customer's address, as the helpdesk has them."""
    if vendor == "helpscout":
        return {str(c["id"]): c["primaryCustomer"]["email"] for c in desk.tickets.values()}
    if vendor == "intercom":
        email = {u["id"]: u["email"] for u in desk.users.values()}
        return {c["id"]: email[c["contacts"]["contacts"][0]["id"]] for c in desk.tickets.values()}
    return {c["id"]: c["recipient"]["handle"] for c in desk.tickets.values()}


def rows(engine: Engine, query: str) -> list[tuple[Any, ...]]:
    with engine.connect() as db:
        return [tuple(row) for row in db.execute(text(query))]


def message_count(engine: Engine) -> int:
    with engine.connect() as db:
        return int(db.scalar(select(func.count()).select_from(Message)) or 0)


def figures(engine: Engine) -> tuple[Baseline, list[tuple[str | None, int, int]]]:
    with Session(engine) as session:
        ranked = top_customers(session, 1000, Unit.CONVERSATIONS)
        return baseline(session, Unit.CONVERSATIONS), [(r.email, r.count, r.rank) for r in ranked]


def silent(engine: Engine) -> int:
    """Conversations with no message even after a full sync (an Intercom conversation an admin
    opened, with only state changes): they never leave "awaiting text"."""
    return len(rows(engine, OWNERS)) - len(rows(engine, SPOKEN))


@pytest.mark.parametrize("vendor", VENDORS)
def test_volume_only_stores_each_customers_conversations_without_text(
    vendor: str, engines: tuple[Engine, Engine]
) -> None:
    first, full = engines
    desk = make_desk(vendor, CONVERSATIONS)
    with VendorServer(vendor, desk, token=TOKEN) as server:
        run(full, server)
        full_requests = server.served.requests
        summary = run(first, server, volume_only=True)
        volume_requests = server.served.requests - full_requests
        cursors = get_connection(first, "main").cursors
    assert "conversations_volume" in cursors and "conversations" not in cursors  # its own
    expected = sorted(owners(desk, vendor).items())
    assert summary.conversations_new == CONVERSATIONS
    assert rows(first, OWNERS) == expected == rows(full, OWNERS)
    assert message_count(first) == 0  # counts, not words
    assert awaiting_text(first) == AwaitingText(CONVERSATIONS, 12)
    assert figures(first) == figures(full)
    assert figures(first)[0].mean == pytest.approx(CONVERSATIONS / 12)
    assert volume_requests * 4 < full_requests  # a request a page, not one a conversation


@pytest.mark.parametrize("vendor", VENDORS)
def test_one_customer_then_everyone_brings_the_text_once(
    vendor: str, engines: tuple[Engine, Engine]
) -> None:
    first, full = engines
    desk = make_desk(vendor, CONVERSATIONS)
    owner = owners(desk, vendor)
    chosen = owner[min(owner)]
    mine = {key for key, email in owner.items() if email == chosen}
    with VendorServer(vendor, desk, token=TOKEN) as server:
        run(full, server)
        spoken_mine = {row for row in rows(full, SPOKEN) if row[0] in mine}
        run(first, server, volume_only=True)
        one = run(first, server, customer=chosen)
        assert one.conversations_new == 0  # already counted: only their messages came
        assert set(rows(first, SPOKEN)) == spoken_mine  # that customer's, and only theirs
        assert one.messages_new == rows(full, _messages_of(mine))[0][0] > 0
        waiting = CONVERSATIONS - len(spoken_mine)
        assert awaiting_text(first) == AwaitingText(waiting, 11 + (len(spoken_mine) < len(mine)))
        everyone = run(first, server)
    assert everyone.conversations_new == 0
    assert everyone.messages_new == message_count(full) - one.messages_new
    assert message_count(first) == message_count(full)
    assert awaiting_text(first).conversations == silent(full)
    after, before = contents(first), contents(full)
    if vendor == "front":  # a thread's times and subject: the conversation's, not its messages'
        after.pop("conversations")
        before.pop("conversations")
        assert rows(first, OWNERS) == rows(full, OWNERS)
    assert after == before
    assert figures(first) == figures(full)


@pytest.mark.parametrize("vendor", VENDORS)
def test_customer_alone_fetches_exactly_their_conversations_with_text(
    vendor: str, engines: tuple[Engine, Engine]
) -> None:
    first, full = engines
    desk = make_desk(vendor, CONVERSATIONS)
    owner = owners(desk, vendor)
    chosen = owner[max(owner)]
    with VendorServer(vendor, desk, token=TOKEN) as server:
        run(full, server)
        summary = run(first, server, customer=chosen)
        cursors = get_connection(first, "main").cursors
    assert rows(first, OWNERS) == sorted((k, e) for k, e in owner.items() if e == chosen)
    mine = {key for key, email in owner.items() if email == chosen}
    assert summary.messages_new == rows(full, _messages_of(mine))[0][0] > 0
    assert cursors == {}  # one customer moves no cursor: the next plain sync reads everything


@pytest.mark.parametrize("vendor", VENDORS)
def test_an_unknown_customer_is_one_line_naming_the_vendor(vendor: str, tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    label = {"helpscout": "Help Scout", "intercom": "Intercom", "front": "Front"}[vendor]
    server = VendorServer(vendor, make_desk(vendor, 4), token=TOKEN)
    with server, pytest.raises(ConnectError) as caught:
        run(engine, server, customer="nobody@example.org")
    engine.dispose()
    said = str(caught.value)
    assert said.startswith(f"{label}: ") and "nobody@example.org" in said and "\n" not in said
    assert TOKEN not in said


def _messages_of(conversations: set[str]) -> str:
    """How many messages the conversations have (ids are the test's own, quoted safely)."""
    listed = ", ".join("'" + key.replace("'", "''") + "'" for key in sorted(conversations))
    return (
        "SELECT count(*) FROM message m JOIN conversation c ON c.id = m.conversation_id "
        f"WHERE c.external_id IN ({listed})"
    )
