"""Preserve, then block: refused while a cited copy is missing; against a local Zendesk and
Freshdesk, the history is kept (hashed) on the case before the one block call is made."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update

from desk.case import cases, evidence
from desk.case.audit import case_events
from desk.case.blocking import blocks_of
from desk.commands.case_block import preserve_and_block
from desk.connect.blocking import FRESHDESK_TAG, blockable
from desk.connect.http import RetryPolicy
from desk.connect.store import add_connection
from desk.connect.sync import connector_for, sync
from desk.db.engine import open_database, session_factory
from desk.db.models import Attachment, AuthorKind, Customer, Evidence, Message
from desk.errors import InputError
from tests.vendor_server import block_api
from tests.vendor_server.data import freshdesk_desk, missing_samples, zendesk_desk
from tests.vendor_server.server import VendorServer

TOKEN = "zq-Block-Token-41d2"
ACTOR = "Mia Manager"
FAST = RetryPolicy(retries=1, base=0.01, cap=0.05)
CUSTOMER = {
    "zendesk": ("customer1000@example.com", 1000),
    "freshdesk": ("contact5000@example.com", 5000),
}


@pytest.fixture(autouse=True)
def _samples() -> None:
    reason = missing_samples()
    if reason:
        pytest.skip(reason)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(f"sqlite:///{tmp_path / 'block.sqlite3'}")
    yield engine
    engine.dispose()


def letter_issued_case(engine: Engine, email: str) -> tuple[int, int]:
    """(case id, evidence id): a case quoting one of the customer's messages, letter issued."""
    with session_factory(engine)() as session:
        customer = session.scalars(select(Customer).where(Customer.primary_email == email)).one()
        message = session.scalars(
            select(Message)
            .where(Message.customer_id == customer.id, Message.author_kind == AuthorKind.CUSTOMER)
            .order_by(Message.id)
        ).first()
        assert message is not None
        case = cases.open_case(session, customer.id, ACTOR)
        item = evidence.add_quote(session, case.id, message.id, ACTOR, category="threat_violence")
        cases.submit(session, case.id, ACTOR)
        cases.approve(
            session,
            case.id,
            ACTOR,
            approver_name="Dana Whitfield",
            approver_title="COO",
            adjustments_considered=True,
        )
        cases.issue_letter(session, case.id, ACTOR, letter_id=1, sha256="f" * 64)
        session.commit()
        return case.id, item.id


@pytest.mark.slow
@pytest.mark.parametrize("vendor", ["zendesk", "freshdesk"])
def test_block_is_refused_until_every_cited_copy_is_there_then_preserves_and_blocks(
    vendor: str, db: Engine
) -> None:
    desk = zendesk_desk(12) if vendor == "zendesk" else freshdesk_desk(12)
    email, vendor_id = CUSTOMER[vendor]
    account = {"email": "agent@example.com"} if vendor == "zendesk" else {}
    with VendorServer(vendor, desk, token=TOKEN) as server:
        info = add_connection(db, "main", vendor, server.url, account, None)
        connector = connector_for(info, TOKEN, FAST)
        sync(db, info, connector=connector)
        case_id, item_id = letter_issued_case(db, email)
        with db.begin() as connection:  # the case's own copy of the cited message goes missing
            kept = connection.scalar(select(Evidence.message_text).where(Evidence.id == item_id))
            connection.execute(update(Evidence).values(message_text=None))
        with pytest.raises(InputError, match=rf"case #{case_id} cannot block the customer yet: "):
            preserve_and_block(db, case_id, "main", ACTOR, connector=connector)
        assert block_api.calls(server) == []  # nothing was asked of the helpdesk
        with db.begin() as connection:
            connection.execute(update(Evidence).values(message_text=kept))

        outcome = preserve_and_block(db, case_id, "main", ACTOR, connector=connector)
        recorded = block_api.calls(server)

    if vendor == "zendesk":
        assert recorded == [("PUT", f"/api/v2/users/{vendor_id}", {"user": {"suspended": True}})]
        assert desk.users[vendor_id]["suspended"] is True
        assert outcome.status == "suspended"
    else:
        [(method, path, body)] = recorded  # a PUT that tags; never the DELETE that hides tickets
        assert (method, path) == ("PUT", f"/api/v2/contacts/{vendor_id}")
        assert FRESHDESK_TAG in body["tags"] and not desk.users[vendor_id].get("deleted")
        assert outcome.status == "tagged" and "finish the block" in outcome.detail
    with session_factory(db)() as session:
        [block] = blocks_of(session, case_id)
        assert (block.vendor, block.external_id, block.status) == (
            vendor,
            str(vendor_id),
            outcome.status,
        )
        history = session.scalars(
            select(Attachment).where(Attachment.name == outcome.history_name)
        ).one()
        assert hashlib.sha256(history.data).hexdigest() == history.sha256 == block.export_sha256
        bundle = json.loads(history.data)
        assert bundle["customer"]["email"] == email
        mine = [t for t in desk.tickets.values() if t["requester_id"] == vendor_id]
        assert len(bundle["conversations"]) == len(mine)
        actions = [e.action for e in case_events(session, case_id)]
        assert actions[-2:] == ["block.history_preserved", "customer.blocked"]


def test_helpdesks_without_a_block_call_are_refused_with_the_reason() -> None:
    assert blockable("zendesk") is None and blockable("freshdesk") is None
    assert "Unstable API version" in (blockable("intercom") or "")
    assert "no call that blocks" in (blockable("helpscout") or "")
    assert "no call that blocks" in (blockable("front") or "")
