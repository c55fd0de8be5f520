"""Cost in agent time against revenue (see history.py: Dana 5 messages in January-February,
50 USD a month; 8 customer messages in all)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from desk.analytics.cost import CostSettings, customer_cost
from desk.analytics.volume import customer_volume
from desk.errors import InputError
from tests.desk.analytics.history import History


def test_cost_against_revenue(session: Session, history: History) -> None:
    volume = customer_volume(session, history.dana)
    cost = customer_cost(volume, CostSettings(), 2, Decimal("50.00"), "usd")
    # 5 messages × 6 min = 0.5 h × 35 = 17.50; 8.75 a month against 50.
    assert cost.agent_hours == pytest.approx(0.5)
    assert cost.cost == pytest.approx(17.5)
    assert cost.team_hours == pytest.approx(0.8)
    assert cost.share_of_team_time == pytest.approx(0.625)
    assert cost.cost_per_month == pytest.approx(8.75)
    assert (cost.monthly_revenue, cost.revenue_currency) == (50.0, "USD")
    assert cost.cost_to_revenue == pytest.approx(0.175)


def test_no_comparison_across_currencies_or_without_revenue(
    session: Session, history: History
) -> None:
    volume = customer_volume(session, history.dana)
    settings = CostSettings(handle_minutes=12, hourly_cost=60, currency="EUR")
    in_dollars = customer_cost(volume, settings, 2, Decimal("50"), "USD")
    assert in_dollars.cost == pytest.approx(60.0)  # 5 × 12 min = 1 h
    assert in_dollars.cost_to_revenue is None
    unknown = customer_cost(volume, settings, 2, None, None)
    assert (unknown.monthly_revenue, unknown.revenue_currency, unknown.cost_to_revenue) == (
        None,
        None,
        None,
    )
    # A revenue without a currency is taken to be in the settings' currency.
    assert customer_cost(volume, settings, 2, Decimal("60"), None).cost_to_revenue == 0.5


def test_bad_settings() -> None:
    with pytest.raises(InputError):
        CostSettings(handle_minutes=0)
    with pytest.raises(InputError):
        CostSettings(hourly_cost=-1)
