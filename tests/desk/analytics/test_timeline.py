"""Monthly volume against the average active customer, with incidents (see history.py).

Customer messages by month: January, Dana 4 (m1 m2 m3 m7) and Ben 1: average 5 / 2 = 2.5;
February, Dana 1 (m9) and Cleo 2: average 3 / 2 = 1.5. Confirmed flags: Dana's m3, Cleo's m14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from desk.analytics.timeline import company_months, customer_timeline
from desk.analytics.units import Period, Unit
from tests.desk.analytics.history import History


def test_company_months(session: Session, history: History) -> None:
    assert company_months(session, Unit.CUSTOMER_MESSAGES) == {
        "2024-01": (5, 2),
        "2024-02": (3, 2),
    }
    # Conversations: January Dana and Ben, February Dana and Cleo, March Dev.
    assert company_months(session, Unit.CONVERSATIONS) == {
        "2024-01": (2, 2),
        "2024-02": (2, 2),
        "2024-03": (1, 1),
    }


def test_customer_timeline(session: Session, history: History) -> None:
    timeline = customer_timeline(session, history.dana)
    assert [(p.month, p.count, p.average) for p in timeline.months] == [
        (dt.date(2024, 1, 1), 4, pytest.approx(2.5)),
        (dt.date(2024, 2, 1), 1, pytest.approx(1.5)),
    ]
    assert [(i.at, i.message_id) for i in timeline.incidents] == [
        (dt.datetime(2024, 1, 10, 22, 0), history.messages["m3"])
    ]
    assert timeline.peak is not None
    assert timeline.peak.month == dt.date(2024, 1, 1)


def test_empty_months_are_filled(session: Session, history: History) -> None:
    # Dev's only conversation is in March; Dana's run January-February.
    timeline = customer_timeline(session, history.dev, Unit.CONVERSATIONS)
    assert [(p.month, p.count, p.average) for p in timeline.months] == [
        (dt.date(2024, 3, 1), 1, 1.0)
    ]
    workload = customer_timeline(session, history.dana, Unit.WORKLOAD)
    # January: Dana 7 (m1-m5, m7, m8), Ben 3, Cleo 0 → 10 / 2; February: Dana 3, Cleo 4 → 7 / 2.
    assert [(p.count, p.average) for p in workload.months] == [(7, 5.0), (3, 3.5)]


def test_a_customer_without_interaction_has_an_empty_timeline(
    session: Session, history: History
) -> None:
    timeline = customer_timeline(session, history.eve)
    assert timeline.months == ()
    assert timeline.incidents == ()
    assert timeline.peak is None


def test_period_limits_the_timeline(session: Session, history: History) -> None:
    february = Period(dt.datetime(2024, 2, 1))
    timeline = customer_timeline(session, history.dana, period=february)
    assert [(p.month, p.count) for p in timeline.months] == [(dt.date(2024, 2, 1), 1)]
    assert timeline.incidents == ()
