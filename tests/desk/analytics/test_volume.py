"""Volume, baseline, rank and the top N against the hand-computed history (see history.py).

Customer messages (public, written by the customer): Dana 5 (m1 m2 m3 m7 m9), Ben 1 (m12; his
internal note m19 is not counted), Cleo 2, Dev 0, Eve 0. Conversations: Dana 2, the others with
a conversation 1. Workload (every public message in their conversations): Dana 10 (m6 is an
internal note), Ben 3 (with the CC'd colleague), Cleo 4, Dev 1.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from desk.analytics.volume import (
    Period,
    Unit,
    baseline,
    customer_volume,
    top_customers,
    volume_histogram,
)
from tests.desk.analytics.history import History


def test_baseline_of_customer_messages(session: Session, history: History) -> None:
    base = baseline(session, Unit.CUSTOMER_MESSAGES)
    # Counts of customers with at least one message: [1, 2, 5].
    assert base.customers == 3
    assert base.total == 8
    assert base.mean == pytest.approx(8 / 3)
    assert base.median == 2
    # p95: rank position (3 - 1) * 0.95 = 1.9 → 2 + 0.9 * (5 - 2) = 4.7; p99: 2 + 0.98 * 3.
    assert base.p95 == pytest.approx(4.7)
    assert base.p99 == pytest.approx(4.94)


@pytest.mark.slow
def test_baseline_of_conversations_and_workload(session: Session, history: History) -> None:
    conversations = baseline(session, Unit.CONVERSATIONS)
    # [1, 1, 1, 2]: Dev counts, he has a conversation even without writing.
    assert (conversations.customers, conversations.total) == (4, 5)
    assert conversations.mean == pytest.approx(1.25)
    assert conversations.median == 1
    assert conversations.p95 == pytest.approx(1.85)  # position 2.85: 1 + 0.85 * (2 - 1)
    workload = baseline(session, Unit.WORKLOAD)
    # [1, 3, 4, 10]
    assert (workload.customers, workload.total) == (4, 18)
    assert workload.mean == pytest.approx(4.5)
    assert workload.median == pytest.approx(3.5)


def test_customer_volume_of_the_heavy_customer(session: Session, history: History) -> None:
    volume = customer_volume(session, history.dana)
    assert volume.count == 5
    assert volume.ratio_to_mean == pytest.approx(5 / (8 / 3))  # 1.875
    assert volume.ratio_to_median == pytest.approx(2.5)
    assert (volume.rank, volume.of) == (1, 3)
    assert volume.percentile == pytest.approx(100.0)
    assert volume.share == pytest.approx(5 / 8)


def test_customer_volume_of_a_light_and_a_silent_customer(
    session: Session, history: History
) -> None:
    ben = customer_volume(session, history.ben)
    assert (ben.count, ben.rank, ben.of) == (1, 3, 3)
    assert ben.percentile == pytest.approx(100 / 3)
    assert ben.share == pytest.approx(1 / 8)
    eve = customer_volume(session, history.eve)
    assert (eve.count, eve.rank, eve.of, eve.percentile, eve.share) == (0, None, 3, 0.0, 0.0)
    assert eve.ratio_to_mean == 0.0


def test_ties_share_a_rank(session: Session, history: History) -> None:
    ranked = top_customers(session, 10, Unit.CONVERSATIONS)
    assert [(r.customer_id, r.count, r.rank) for r in ranked] == [
        (history.dana, 2, 1),
        (history.ben, 1, 2),
        (history.cleo, 1, 2),
        (history.dev, 1, 2),
    ]
    assert customer_volume(session, history.cleo, Unit.CONVERSATIONS).rank == 2


def test_top_customers(session: Session, history: History) -> None:
    ranked = top_customers(session, 2)
    assert [(r.name, r.email, r.count, r.rank) for r in ranked] == [
        ("Dana", "dana@example.test", 5, 1),
        ("Cleo", "cleo@example.test", 2, 2),
    ]
    assert ranked[0].ratio_to_mean == pytest.approx(1.875)
    assert top_customers(session, 0) == []


def test_period_is_half_open(session: Session, history: History) -> None:
    february = Period(dt.datetime(2024, 2, 1), dt.datetime(2024, 3, 1))
    # Dana m9, Cleo m14 m15.
    base = baseline(session, Unit.CUSTOMER_MESSAGES, february)
    assert (base.customers, base.total, base.mean) == (2, 3, 1.5)
    dana = customer_volume(session, history.dana, Unit.CUSTOMER_MESSAGES, february)
    assert (dana.count, dana.rank, dana.of) == (1, 2, 2)
    ben = customer_volume(session, history.ben, Unit.CUSTOMER_MESSAGES, february)
    assert (ben.count, ben.rank) == (0, None)
    # The end is exclusive: a period ending at Dana's first message does not hold it.
    before = Period(end=dt.datetime(2024, 1, 10, 9, 0))
    assert customer_volume(session, history.dana, period=before).count == 0


def test_histogram_is_the_whole_distribution(session: Session, history: History) -> None:
    assert volume_histogram(session) == ((1, 1), (2, 1), (5, 1))
    assert volume_histogram(session, Unit.WORKLOAD) == ((1, 1), (3, 1), (4, 1), (10, 1))


def test_an_empty_database(session: Session) -> None:
    base = baseline(session)
    assert (base.customers, base.total, base.mean, base.median, base.p95) == (0, 0, 0, 0, 0)
    assert top_customers(session) == []
