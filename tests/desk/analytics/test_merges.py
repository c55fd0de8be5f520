"""Customers merged into another count under it, along a chain (see history.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from desk.analytics.merges import member_ids, root_of
from desk.analytics.stats import customer_stats
from desk.analytics.volume import baseline, customer_volume, top_customers
from desk.db.models import AuthorKind, Customer
from tests.desk.analytics.history import History, add_conversation, merge


def _add_duplicate(session: Session, name: str, messages: int) -> Customer:
    """Another record of the same person, with ``messages`` messages of her own in March."""
    duplicate = Customer(display_name=name)
    session.add(duplicate)
    session.flush()
    when = dt.datetime(2024, 3, 4, 10)
    add_conversation(
        session,
        duplicate,
        when,
        [
            (f"{name}{i}", AuthorKind.CUSTOMER, None, when + dt.timedelta(minutes=i), True)
            for i in range(messages)
        ],
    )
    session.commit()
    return duplicate


@pytest.mark.slow
def test_merged_customers_roll_up(session: Session, history: History) -> None:
    first = _add_duplicate(session, "Dana (old address)", 2)
    second = _add_duplicate(session, "D. (older still)", 1)
    assert baseline(session).customers == 5  # before the merges: five writers
    merge(session, first.id, history.dana)
    merge(session, second.id, first.id)  # a chain: second → first → Dana
    assert root_of(session, second.id) == history.dana
    assert member_ids(session, history.dana) == [history.dana, first.id, second.id]
    volume = customer_volume(session, history.dana)
    assert volume.count == 5 + 2 + 1
    assert (volume.baseline.customers, volume.baseline.total) == (3, 11)
    ranked = top_customers(session, 10)
    assert [(r.customer_id, r.count) for r in ranked] == [
        (history.dana, 8),
        (history.cleo, 2),
        (history.ben, 1),
    ]
    # Asking for a merged record reports the customer it was merged into.
    stats = customer_stats(session, second.id)
    assert (stats.customer_id, stats.volume.count) == (history.dana, 8)
    assert [p.count for p in stats.timeline.months] == [4, 1, 3]


def test_a_merge_cycle_does_not_hang(session: Session, history: History) -> None:
    merge(session, history.ben, history.cleo)
    merge(session, history.cleo, history.ben)
    assert root_of(session, history.ben) == history.ben
    assert customer_volume(session, history.ben).count == 1
    assert baseline(session).customers == 3
