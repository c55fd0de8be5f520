"""One customer's chart straight from the engine, in its own session, for a UI reader thread."""

from __future__ import annotations

from matplotlib.figure import Figure
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.analytics.units import Period, Unit
from desk.charts.build import build_chart
from desk.charts.words import ENGLISH, Words
from desk.db.models import Customer


def build_customer_chart(
    engine: Engine,
    kind: str,
    customer_id: int,
    unit: Unit,
    period: Period,
    *,
    cache: ReferenceCache | None = None,
    words: Words = ENGLISH,
) -> Figure:
    """The chart ``kind`` for the customer, titled with their name, in the language of
    ``words`` (the window passes its own; see :func:`build_chart`)."""
    with Session(engine) as session:
        name = session.get_one(Customer, customer_id).display_name
        return build_chart(session, kind, customer_id, name, unit, period, cache=cache, words=words)
