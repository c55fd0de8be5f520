"""Every chart of one customer straight from the database, for the CLI, the app and the brief."""

from __future__ import annotations

import datetime as dt

from matplotlib.figure import Figure
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.analytics.stats import customer_stats
from desk.analytics.units import Period, Unit
from desk.analytics.volume import baseline, customer_volume, top_customers, volume_histogram
from desk.charts.distribution import distribution_chart
from desk.charts.handoffs import handoffs_chart
from desk.charts.headline import headline_chart
from desk.charts.kinds import CHART_KINDS
from desk.charts.timeline import timeline_chart
from desk.charts.top import top_chart
from desk.charts.words import ENGLISH, Words
from desk.errors import InputError


def period_label(period: Period) -> str:
    if period.is_all_time:
        return "all time"
    start = f"{period.start:%d %b %Y}" if period.start else "the start"
    end = f"{period.end - dt.timedelta(days=1):%d %b %Y}" if period.end else "today"
    return f"{start} to {end}"


def build_chart(
    session: Session,
    kind: str,
    customer_id: int,
    name: str,
    unit: Unit,
    period: Period,
    top: int = 20,
    *,
    cache: ReferenceCache | None = None,
    words: Words = ENGLISH,
) -> Figure:
    """The chart ``kind`` for one customer, straight from the database, in the language of
    ``words`` (the top customers' chart is in English only)."""
    label = "" if period.is_all_time else period_label(period)
    if kind == "headline":
        volume = customer_volume(session, customer_id, unit, period, cache=cache)
        return headline_chart(volume, name, label, words)
    if kind == "distribution":
        volume = customer_volume(session, customer_id, unit, period, cache=cache)
        return distribution_chart(volume_histogram(session, unit, period), volume, name, words)
    if kind == "top":
        base = baseline(session, unit, period, cache=cache)
        ranked = top_customers(session, top, unit, period)
        return top_chart(ranked, unit, base.mean, customer_id, base.customers)
    stats = customer_stats(session, customer_id, period, unit=unit, cache=cache)
    if kind == "timeline":
        return timeline_chart(stats.timeline, name, words=words)
    if kind == "handoffs":
        return handoffs_chart(stats.handoffs, name, words)
    raise InputError(f"unknown chart {kind!r}; choose from {', '.join(CHART_KINDS)}")
