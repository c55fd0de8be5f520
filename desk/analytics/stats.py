"""Everything ``breakup-desk stats`` and the leadership brief say about one customer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.analytics.cost import DEFAULT_COST, CostFigures, CostSettings, customer_cost
from desk.analytics.handoffs import Handoffs, customer_handoffs
from desk.analytics.merges import member_ids, merges_checked_once, root_of
from desk.analytics.patterns import DEFAULT_PATTERNS, Patterns, PatternSettings, customer_patterns
from desk.analytics.summary import checked_once
from desk.analytics.timeline import Timeline, customer_timeline
from desk.analytics.units import ALL_TIME, Period, Unit
from desk.analytics.volume import CustomerVolume, customer_volume
from desk.db.models import Customer
from desk.errors import NotFoundError


@dataclass(frozen=True)
class CustomerStats:
    customer_id: int
    name: str
    email: str | None
    period: Period
    volume: CustomerVolume  # in the chosen unit
    messages: CustomerVolume  # the customer's own messages (the cost basis)
    timeline: Timeline
    handoffs: Handoffs
    cost: CostFigures
    patterns: Patterns


def customer_stats(
    session: Session,
    customer_id: int,
    period: Period = ALL_TIME,
    settings: CostSettings = DEFAULT_COST,
    *,
    unit: Unit = Unit.CUSTOMER_MESSAGES,
    patterns: PatternSettings = DEFAULT_PATTERNS,
    cache: ReferenceCache | None = None,
) -> CustomerStats:
    """The full picture of one customer against the average customer.

    A customer that was merged into another is reported as the one it was merged into. Pass a
    :class:`ReferenceCache` to reuse the company-wide figures between calls.
    """
    # every figure below reads the same source, checked once; and the merges, asked once
    with checked_once(session), merges_checked_once(session):
        return _customer_stats(session, customer_id, period, settings, unit, patterns, cache)


def _customer_stats(
    session: Session,
    customer_id: int,
    period: Period,
    settings: CostSettings,
    unit: Unit,
    patterns: PatternSettings,
    cache: ReferenceCache | None,
) -> CustomerStats:
    customer = session.get(Customer, root_of(session, customer_id))
    if customer is None:
        raise NotFoundError(f"no customer #{customer_id}")
    if cache is not None:
        cache.validate(session)
    members = member_ids(session, customer.id)
    volume = customer_volume(session, customer.id, unit, period, cache=cache)
    messages = (
        volume
        if unit is Unit.CUSTOMER_MESSAGES
        else customer_volume(session, customer.id, Unit.CUSTOMER_MESSAGES, period, cache=cache)
    )
    timeline = customer_timeline(session, customer.id, unit, period, cache=cache)
    months = _active_months(timeline) if unit is Unit.CUSTOMER_MESSAGES else 0
    if not months:
        months = _active_months(
            customer_timeline(session, customer.id, Unit.CUSTOMER_MESSAGES, period, cache=cache)
        )
    return CustomerStats(
        customer_id=customer.id,
        name=customer.display_name,
        email=customer.primary_email,
        period=period,
        volume=volume,
        messages=messages,
        timeline=timeline,
        handoffs=customer_handoffs(session, customer.id, period, cache=cache),
        cost=customer_cost(messages, settings, months, customer.monthly_revenue, customer.currency),
        patterns=customer_patterns(session, members, period, patterns),
    )


def _active_months(timeline: Timeline) -> int:
    """Months from the first to the last month with an interaction."""
    active = [point for point in timeline.months if point.count]
    if not active:
        return 0
    first, last = active[0].month, active[-1].month
    return (last.year - first.year) * 12 + last.month - first.month + 1
