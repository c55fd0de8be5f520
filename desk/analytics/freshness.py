"""A cheap "has anything changed?" for caches and for windows that show the same database.

:func:`data_version` moves whenever messages, conversations, customers or merges are added,
removed or undone, by this process or any other on the same database. On PostgreSQL it reads
the trigger-kept :class:`~desk.db.models.DataVersion` row (bumped inside the writing
transaction, so the new version and the new rows become visible together); on SQLite the row
counts and highest ids, which SQLite reads from its b-trees. Either way it costs a few index
lookups, so a window can poll it every few seconds (:func:`read_data_version`) to notice that
another manager imported.
"""

from __future__ import annotations

from dataclasses import astuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.analytics.summary import Executor, current_version, row_counts
from desk.db.handle import Engine
from desk.db.models import Customer, CustomerMerge

DataVersionValue = tuple[int, ...]


def data_version(db: Executor) -> DataVersionValue:
    """A value that differs whenever the data the figures and the customer list show does."""
    version = current_version(db)
    rows = (version,) if version is not None else astuple(row_counts(db))
    customers = db.scalar(select(func.max(Customer.id))) or 0
    merges = db.execute(
        select(func.count(), func.max(CustomerMerge.id), func.count(CustomerMerge.undone_at))
    ).one()
    return (*rows, int(customers), *(int(value or 0) for value in merges))


def read_data_version(engine: Engine) -> DataVersionValue:
    """:func:`data_version` in a session of its own (for the window's reader pool)."""
    with Session(engine) as session:
        return data_version(session)
