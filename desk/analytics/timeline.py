"""Interactions per month for one customer against the average customer, with incidents.

The average for a month is the month's volume divided by the customers active in that month
(at least one interaction), the same rule as the overall baseline. Months run from the
customer's first to last interaction (or incident) with empty months filled in, so a gap or an
escalation shows on the chart. Incidents are the customer's confirmed flags, by message time.
A merged pair of customers active in the same month counts as two in that month's divisor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache, cached
from desk.analytics.merges import member_ids
from desk.analytics.sql import month_key
from desk.analytics.summary import UNIT_COLUMNS, summary_applies
from desk.analytics.units import ALL_TIME, Period, Unit, unit_source
from desk.db.models import CompanyMonth, Flag, FlagStatus, Message


@dataclass(frozen=True)
class MonthPoint:
    month: dt.date  # the first day of the month
    count: int  # this customer's volume in the month
    average: float  # the average active customer's volume in the month


@dataclass(frozen=True)
class Incident:
    at: dt.datetime
    category: str
    message_id: int
    flag_id: int


@dataclass(frozen=True)
class Timeline:
    unit: Unit
    months: tuple[MonthPoint, ...]
    incidents: tuple[Incident, ...]

    @property
    def peak(self) -> MonthPoint | None:
        return max(self.months, key=lambda m: m.count, default=None)


def company_months(
    session: Session, unit: Unit, period: Period = ALL_TIME
) -> dict[str, tuple[int, int]]:
    """``{'YYYY-MM': (volume, active customers)}`` over all customers: one GROUP BY, or over
    all time one row a month from the summary table while it is current."""
    if summary_applies(session, period):
        columns = UNIT_COLUMNS[unit]
        volume = columns.company_month
        summary = session.execute(
            select(CompanyMonth.month, volume, columns.company_month_customers).where(volume > 0)
        )
        return {str(key): (int(total), int(active)) for key, total, active in summary}
    source = unit_source(unit, period)
    month = month_key(source.at)
    rows = session.execute(
        select(month, func.count(), func.count(source.customer.distinct()))
        .where(*source.where)
        .group_by(month)
    )
    return {str(key): (int(volume), int(active)) for key, volume, active in rows}


def customer_timeline(
    session: Session,
    customer_id: int,
    unit: Unit = Unit.CUSTOMER_MESSAGES,
    period: Period = ALL_TIME,
    *,
    cache: ReferenceCache | None = None,
) -> Timeline:
    members = member_ids(session, customer_id)
    source = unit_source(unit, period)
    month = month_key(source.at)
    own = {
        str(key): int(count)
        for key, count in session.execute(
            select(month, func.count())
            .where(source.customer.in_(members), *source.where)
            .group_by(month)
        )
    }
    incidents = _incidents(session, members, period)
    keys = set(own) | {f"{i.at:%Y-%m}" for i in incidents}
    if not keys:
        return Timeline(unit, (), incidents)
    company = cached(cache, ("months", unit, period), lambda: company_months(session, unit, period))
    points = []
    for day in _month_range(min(keys), max(keys)):
        key = f"{day:%Y-%m}"
        volume, active = company.get(key, (0, 0))
        points.append(MonthPoint(day, own.get(key, 0), volume / active if active else 0.0))
    return Timeline(unit, tuple(points), incidents)


def _incidents(session: Session, members: list[int], period: Period) -> tuple[Incident, ...]:
    rows = session.execute(
        select(Message.created_at, Flag.category, Message.id, Flag.id)
        .join(Message, Message.id == Flag.message_id)
        .where(
            Message.customer_id.in_(members),
            Flag.status == FlagStatus.CONFIRMED,
            *period.conditions(Message.created_at.expression),
        )
        .order_by(Message.created_at, Flag.id)
    )
    return tuple(Incident(at, category, int(mid), int(fid)) for at, category, mid, fid in rows)


def _month_range(first: str, last: str) -> list[dt.date]:
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months = []
    while (year, month) <= end:
        months.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
