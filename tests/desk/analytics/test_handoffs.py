"""Handoffs between agents (see history.py).

Agent replies per conversation: 1: A1, A2, A1 (2 agents, 2 changes; A3's note is not a reply);
2: A3; 3: A1; 4: A2, A2; 5: A3. Dana: 2 conversations, (2 + 1) / 2 agents and 2 / 2 changes each,
3 agents in all. Company: 5 conversations, 6 / 5 agents and 2 / 5 changes each; agents per
customer: Dana 3, Ben 1, Cleo 1, Dev 1 → 1.5.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from desk.analytics.handoffs import customer_handoffs
from desk.analytics.units import Period
from tests.desk.analytics.history import History


def test_handoffs_of_the_customer_and_the_average(session: Session, history: History) -> None:
    handoffs = customer_handoffs(session, history.dana)
    own = handoffs.customer
    assert own.conversations == 2
    assert own.agents_per_conversation == pytest.approx(1.5)
    assert own.changes_per_conversation == pytest.approx(1.0)
    assert own.agent_changes == 2
    assert own.most_agents_in_one_conversation == 2
    assert handoffs.distinct_agents == 3
    average = handoffs.average
    assert average.conversations == 5
    assert average.agents_per_conversation == pytest.approx(1.2)
    assert average.changes_per_conversation == pytest.approx(0.4)
    assert average.agent_changes == 2
    assert handoffs.average_distinct_agents == pytest.approx(1.5)


def test_same_agent_twice_is_no_change(session: Session, history: History) -> None:
    cleo = customer_handoffs(session, history.cleo).customer
    assert (cleo.conversations, cleo.agents_per_conversation, cleo.agent_changes) == (1, 1.0, 0)


def test_no_agent_reply(session: Session, history: History) -> None:
    eve = customer_handoffs(session, history.eve)
    assert (eve.customer.conversations, eve.customer.agents_per_conversation) == (0, 0.0)
    assert eve.distinct_agents == 0


def test_period(session: Session, history: History) -> None:
    # Only A1's reply on 15 January: its predecessor (A2, the 11th) is outside the period.
    later = Period(dt.datetime(2024, 1, 15), dt.datetime(2024, 2, 1))
    own = customer_handoffs(session, history.dana, later).customer
    assert (own.conversations, own.agent_changes, own.agents_per_conversation) == (1, 0, 1.0)
