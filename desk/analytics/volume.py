"""Per-customer volume against the average customer: baseline, rank, share and the top N.

The baseline is taken over customers with at least one interaction in the period (DESIGN.md):
mean, median and the 95th/99th percentiles of their counts. Percentiles interpolate linearly
between the two nearest ranks (as numpy's default and PostgreSQL's ``percentile_cont``), read in
one window query. The rank is a competition rank: ties share a rank, "4th" means three customers
have strictly more.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Select, Subquery, func, select
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache, cached
from desk.analytics.distribution import distribution
from desk.analytics.merges import has_merges, member_ids, merge_roots
from desk.analytics.summary import UNIT_COLUMNS, summary_applies
from desk.analytics.units import ALL_TIME, Period, Unit, unit_source
from desk.db.bulk import chunks
from desk.db.models import Customer, CustomerSummary

__all__ = [
    "Baseline",
    "CustomerVolume",
    "Period",
    "RankedCustomer",
    "Unit",
    "baseline",
    "baseline_from_histogram",
    "customer_count",
    "customer_volume",
    "per_customer_counts",
    "top_customers",
    "volume_histogram",
]

_PERCENTS = (50, 95, 99)


@dataclass(frozen=True)
class Baseline:
    """The average customer: over ``customers`` with at least one interaction."""

    unit: Unit
    customers: int
    total: int
    mean: float
    median: float
    p95: float
    p99: float


@dataclass(frozen=True)
class CustomerVolume:
    """One customer's volume set against the baseline ("897 vs 18: 50x, 4th of 12,480")."""

    customer_id: int
    unit: Unit
    period: Period
    count: int
    baseline: Baseline
    ratio_to_mean: float
    ratio_to_median: float
    rank: int | None  # None when the customer has no interaction in the period
    of: int
    percentile: float  # share of customers (in %) whose count is at most this one's
    share: float  # this customer's share of all volume, 0..1


@dataclass(frozen=True)
class RankedCustomer:
    customer_id: int
    name: str
    email: str | None
    count: int
    rank: int
    ratio_to_mean: float


def per_customer_counts(session: Session, unit: Unit, period: Period = ALL_TIME) -> Subquery:
    """``(customer_id, n)`` for every customer with at least one event, merges rolled up.

    Over all time, read from the summary table while it is current (one row per customer).
    """
    raw: Select[int, int]
    if summary_applies(session, period):
        column = UNIT_COLUMNS[unit].per_customer
        raw = select(CustomerSummary.customer_id, column.label("n")).where(column > 0)
    else:
        source = unit_source(unit, period)
        raw = (
            select(source.customer.label("customer_id"), func.count().label("n"))
            .where(*source.where)
            .group_by(source.customer)
        )
    if not has_merges(session):
        return raw.subquery("counts")
    counts = raw.subquery("raw_counts")
    roots = merge_roots()
    owner = func.coalesce(roots.c.root, counts.c.customer_id)
    return (
        select(owner.label("customer_id"), func.sum(counts.c.n).label("n"))
        .select_from(counts.outerjoin(roots, roots.c.member == counts.c.customer_id))
        .group_by(owner)
        .subquery("counts")
    )


def customer_count(
    session: Session, customer_id: int, unit: Unit, period: Period = ALL_TIME
) -> int:
    """The customer's own count (index lookup on the customer, merged customers included)."""
    source = unit_source(unit, period)
    members = member_ids(session, customer_id)
    statement = select(func.count()).where(source.customer.in_(members), *source.where)
    return int(session.scalar(statement) or 0)


def baseline(
    session: Session,
    unit: Unit = Unit.CUSTOMER_MESSAGES,
    period: Period = ALL_TIME,
    *,
    cache: ReferenceCache | None = None,
) -> Baseline:
    """The average customer for ``unit`` over ``period``."""
    return _baseline_and_position(session, unit, period, 0, cache)[0]


def customer_volume(
    session: Session,
    customer_id: int,
    unit: Unit = Unit.CUSTOMER_MESSAGES,
    period: Period = ALL_TIME,
    *,
    cache: ReferenceCache | None = None,
) -> CustomerVolume:
    """The customer's count against the baseline, with rank, percentile and share."""
    count = customer_count(session, customer_id, unit, period)
    base, above, at_or_below = _baseline_and_position(session, unit, period, count, cache)
    active = count > 0
    return CustomerVolume(
        customer_id=customer_id,
        unit=unit,
        period=period,
        count=count,
        baseline=base,
        ratio_to_mean=_ratio(count, base.mean),
        ratio_to_median=_ratio(count, base.median),
        rank=above + 1 if active else None,
        of=base.customers,
        percentile=100.0 * at_or_below / base.customers if active and base.customers else 0.0,
        share=count / base.total if base.total else 0.0,
    )


def top_customers(
    session: Session,
    n: int = 20,
    unit: Unit = Unit.CUSTOMER_MESSAGES,
    period: Period = ALL_TIME,
) -> list[RankedCustomer]:
    """The ``n`` customers with the most volume, ties in rank broken by id for the order.

    The rank is taken among the first ``n`` rows only: every customer with more volume is
    among them, so it is the rank among all, and the summary's index gives those rows without
    ranking a million customers. The mean is one aggregate over all of them.
    """
    counts = per_customer_counts(session, unit, period)
    top = (
        select(counts.c.customer_id, counts.c.n)
        .order_by(counts.c.n.desc(), counts.c.customer_id)
        .limit(max(0, n))
        .subquery("top")
    )
    mean = select(func.avg(counts.c.n)).scalar_subquery()
    ranked = select(
        top.c.customer_id,
        top.c.n,
        func.rank().over(order_by=top.c.n.desc()).label("rank"),
        mean.label("mean"),
    ).subquery("ranked")
    rows = session.execute(
        select(
            ranked.c.customer_id,
            Customer.display_name,
            Customer.primary_email,
            ranked.c.n,
            ranked.c.rank,
            ranked.c.mean,
        )
        .join(Customer, Customer.id == ranked.c.customer_id)
        .order_by(ranked.c.n.desc(), ranked.c.customer_id)
    )
    return [
        RankedCustomer(
            int(cid), name, email, int(count), int(rank), _ratio(int(count), float(mean))
        )
        for cid, name, email, count, rank, mean in rows
    ]


def volume_histogram(
    session: Session, unit: Unit = Unit.CUSTOMER_MESSAGES, period: Period = ALL_TIME
) -> tuple[tuple[int, int], ...]:
    """``(count, customers with that count)`` ascending: the whole distribution, aggregated.

    It has one row per distinct count (a few hundred rows for a million messages), so the
    baseline, a rank and the distribution chart all come from this single GROUP BY.
    """
    if summary_applies(session, period):
        return _stored_histogram(session, unit)
    counts = per_customer_counts(session, unit, period)
    rows = session.execute(
        select(counts.c.n, func.count()).group_by(counts.c.n).order_by(counts.c.n)
    )
    return tuple((int(n), int(customers)) for n, customers in rows)


def _stored_histogram(session: Session, unit: Unit) -> tuple[tuple[int, int], ...]:
    """The same as the GROUP BY, from :class:`SummaryDistribution`'s few hundred rows.

    That counts the summary rows by their own ``customer_id``; merged customers (few) are
    rolled up here: each one's own count leaves the histogram, its root's total enters it.
    """
    histogram = Counter(dict(distribution(session, unit.value)))
    histogram.pop(0, None)  # a customer with no interaction is not in the distribution
    if has_merges(session):
        roots = merge_roots()
        column = UNIT_COLUMNS[unit].per_customer
        pairs = [(int(m), int(r)) for m, r in session.execute(select(roots.c.member, roots.c.root))]
        involved = {customer for pair in pairs for customer in pair}
        own: dict[int, int] = {}
        for chunk in chunks(sorted(involved), 5000):  # SQLite's limit on bound parameters
            own.update(
                (int(cid), int(n))
                for cid, n in session.execute(
                    select(CustomerSummary.customer_id, column).where(
                        CustomerSummary.customer_id.in_(chunk), column > 0
                    )
                )
            )
        totals: Counter[int] = Counter()
        for member, root in pairs:
            totals[root] += own.get(member, 0)
        for root in {root for _, root in pairs}:
            totals[root] += own.get(root, 0)
        for n in own.values():
            histogram[n] -= 1
        for n in totals.values():
            if n > 0:
                histogram[n] += 1
    return tuple((n, customers) for n, customers in sorted(histogram.items()) if customers > 0)


def baseline_from_histogram(unit: Unit, histogram: tuple[tuple[int, int], ...]) -> Baseline:
    customers = sum(c for _, c in histogram)
    total = sum(n * c for n, c in histogram)
    if not customers:
        return Baseline(unit, 0, 0, 0.0, 0.0, 0.0, 0.0)
    p50, p95, p99 = (_percentile(histogram, customers, p) for p in _PERCENTS)
    return Baseline(unit, customers, total, total / customers, p50, p95, p99)


def _baseline_and_position(
    session: Session, unit: Unit, period: Period, count: int, cache: ReferenceCache | None
) -> tuple[Baseline, int, int]:
    """The baseline, and how many customers have more than / at most ``count``."""
    histogram = cached(
        cache, ("histogram", unit, period), lambda: volume_histogram(session, unit, period)
    )
    above = sum(c for n, c in histogram if n > count)
    at_or_below = sum(c for n, c in histogram if n <= count)
    return baseline_from_histogram(unit, histogram), above, at_or_below


def _percentile(histogram: tuple[tuple[int, int], ...], customers: int, percent: int) -> float:
    """Linear interpolation between ranks k+1 and k+2 (1-based), k = floor((N-1)·p/100)."""
    k, fraction = divmod((customers - 1) * percent, 100)
    low = _value_at_rank(histogram, k + 1)
    high = _value_at_rank(histogram, min(k + 2, customers))
    return low + (high - low) * fraction / 100


def _value_at_rank(histogram: tuple[tuple[int, int], ...], rank: int) -> int:
    """The ``rank``-th smallest count (1-based)."""
    seen = 0
    for n, customers in histogram:
        seen += customers
        if seen >= rank:
            return n
    raise ValueError(f"rank {rank} beyond {seen} customers")


def _ratio(count: float, reference: float) -> float:
    return count / reference if reference else 0.0
