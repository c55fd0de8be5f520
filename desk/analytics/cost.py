"""What the customer costs in agent time, against the revenue they bring.

Agent time is the customer's messages times an average handle time (each message the customer
writes has to be read, looked into and answered; default 6 minutes), priced at an hourly cost.
The share of the team's time is the same rule applied to every customer. Revenue is the
customer's monthly amount where one is known; the comparison is per active month (the months
from the customer's first to last interaction in the period) and only in one currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desk.analytics.volume import CustomerVolume
from desk.errors import InputError


@dataclass(frozen=True)
class CostSettings:
    handle_minutes: float = 6.0
    hourly_cost: float = 35.0
    currency: str = "USD"

    def __post_init__(self) -> None:
        if self.handle_minutes <= 0:
            raise InputError("the handle time per message must be more than 0 minutes")
        if self.hourly_cost < 0:
            raise InputError("the hourly cost cannot be negative")


DEFAULT_COST = CostSettings()


@dataclass(frozen=True)
class CostFigures:
    messages: int
    agent_hours: float
    cost: float
    currency: str
    team_hours: float
    share_of_team_time: float  # 0..1
    months: int
    cost_per_month: float
    monthly_revenue: float | None
    revenue_currency: str | None
    cost_to_revenue: float | None  # cost per month / revenue per month, same currency only


def customer_cost(
    messages: CustomerVolume,
    settings: CostSettings,
    months: int,
    monthly_revenue: Decimal | None,
    revenue_currency: str | None,
) -> CostFigures:
    """``messages`` must count the customer's own messages (``Unit.CUSTOMER_MESSAGES``)."""
    hours = messages.count * settings.handle_minutes / 60
    team_hours = messages.baseline.total * settings.handle_minutes / 60
    cost = hours * settings.hourly_cost
    per_month = cost / months if months else 0.0
    revenue = float(monthly_revenue) if monthly_revenue is not None else None
    currency = (revenue_currency or settings.currency).upper() if revenue is not None else None
    ratio = per_month / revenue if revenue and currency == settings.currency.upper() else None
    return CostFigures(
        messages=messages.count,
        agent_hours=hours,
        cost=cost,
        currency=settings.currency.upper(),
        team_hours=team_hours,
        share_of_team_time=hours / team_hours if team_hours else 0.0,
        months=months,
        cost_per_month=per_month,
        monthly_revenue=revenue,
        revenue_currency=currency,
        cost_to_revenue=ratio,
    )
