"""The full picture of one customer, and the cache of company-wide figures."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.analytics.cost import CostSettings
from desk.analytics.stats import customer_stats
from desk.analytics.units import Period, Unit
from desk.errors import InputError, NotFoundError
from tests.desk.analytics.history import History, add_conversation


def test_customer_stats_gathers_everything(session: Session, history: History) -> None:
    stats = customer_stats(session, history.dana)
    assert (stats.name, stats.email) == ("Dana", "dana@example.test")
    assert stats.volume is stats.messages
    assert (stats.volume.count, stats.volume.rank) == (5, 1)
    assert [p.count for p in stats.timeline.months] == [4, 1]
    assert stats.handoffs.distinct_agents == 3
    assert (stats.cost.months, stats.cost.cost) == (2, pytest.approx(17.5))
    assert stats.cost.cost_to_revenue == pytest.approx(0.175)
    assert (stats.patterns.after_hours, stats.patterns.weekend) == (1, 1)


@pytest.mark.slow
def test_other_unit_keeps_messages_as_cost_basis(session: Session, history: History) -> None:
    stats = customer_stats(
        session, history.dana, settings=CostSettings(hourly_cost=60), unit=Unit.WORKLOAD
    )
    assert (stats.volume.unit, stats.volume.count) == (Unit.WORKLOAD, 10)
    assert stats.messages.count == 5
    assert stats.cost.cost == pytest.approx(30.0)
    assert [p.count for p in stats.timeline.months] == [7, 3]


def test_unknown_customer(session: Session, history: History) -> None:
    with pytest.raises(NotFoundError):
        customer_stats(session, 999_999)


def test_period_must_run_forward() -> None:
    with pytest.raises(InputError):
        Period(dt.datetime(2024, 2, 1), dt.datetime(2024, 1, 1))


@pytest.mark.slow
def test_cache_reuses_company_figures_until_data_changes(
    session: Session, history: History
) -> None:
    cache = ReferenceCache()
    first = customer_stats(session, history.dana, cache=cache)
    misses = cache.misses
    assert customer_stats(session, history.cleo, cache=cache).volume.rank == 2
    assert cache.misses == misses  # nothing company-wide was computed again
    assert cache.hits >= 3
    assert customer_stats(session, history.dana, cache=cache) == first
    # New data: the cache notices and the figures move.
    from desk.db.models import AuthorKind, Customer

    ben = session.get_one(Customer, history.ben)
    when = dt.datetime(2024, 1, 30, 10)
    add_conversation(
        session,
        ben,
        when,
        [
            (f"b{i}", AuthorKind.CUSTOMER, None, when + dt.timedelta(minutes=i), True)
            for i in range(9)
        ],
    )
    session.commit()
    again = customer_stats(session, history.dana, cache=cache)
    assert again.volume.rank == 2
    assert again.volume.baseline.total == 17
    assert cache.misses > misses


def test_one_customers_stats_ask_for_merges_once_and_share_statements(
    session: Session, history: History
) -> None:
    """Round trips, not the work on the server, were most of one customer's stats on a busy
    PostgreSQL server at ten million messages: the merge check is made once (it was made six
    times), the reopens and bursts are one statement, the distinct agents ride with the
    per-conversation handoffs."""
    statements: list[str] = []

    def note(*args: object) -> None:
        statements.append(" ".join(str(args[2]).split()))

    bind = session.get_bind()
    event.listen(bind, "before_cursor_execute", note)
    try:
        stats = customer_stats(session, history.dana)
    finally:
        event.remove(bind, "before_cursor_execute", note)
    assert stats.handoffs.distinct_agents == 3
    merge_checks = [s for s in statements if "merged_into_id IS NOT NULL LIMIT" in s]
    assert len(merge_checks) == 1
    own = [s for s in statements if " OVER (PARTITION BY" in s and "customer_id IN" in s]
    assert len(own) == 2  # the customer's handoffs; the reopens with the bursts
    assert not [s for s in statements if s.startswith("SELECT count(DISTINCT message.agent_id)")]
