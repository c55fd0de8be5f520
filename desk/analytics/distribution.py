"""The company-wide distributions of the summary tables (:class:`SummaryDistribution`).

The volume distribution (the average customer, a rank, the percentiles), the average handoffs
and the agents per customer were each one scan of a summary table, one row per customer or
conversation: most of one customer's stats at ten million messages. Here they are kept as
``(figure, value) → rows`` counts, a few hundred rows in all, exactly in step with the summary
tables: :func:`rebuild_distribution` counts them afresh; :class:`DistributionDelta` notes the
rows a refresh removes and adds and applies the difference. Readers: :func:`distribution`.

The counts are by the ``customer_id`` of the summary rows, as those tables are; merged
customers are rolled up when read (:func:`desk.analytics.volume.volume_histogram`), so a merge
or its undo never has to know the merge state here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from typing import Any, cast

from sqlalchemy import (
    CursorResult,
    String,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import InstrumentedAttribute

from desk.analytics.summary import Executor
from desk.db.models import (
    Conversation,
    ConversationSummary,
    Customer,
    CustomerSummary,
    SummaryDistribution,
)

CUSTOMER_FIGURES: dict[str, InstrumentedAttribute[int]] = {
    "customer_messages": CustomerSummary.customer_messages,
    "conversations": CustomerSummary.conversations,
    "workload": CustomerSummary.workload,
    "agents": CustomerSummary.agents,
}
CONVERSATION_FIGURES: dict[str, InstrumentedAttribute[int]] = {
    "conversation_agents": ConversationSummary.agents,
    "conversation_changes": ConversationSummary.changes,
}

Histogram = tuple[tuple[int, int], ...]


def distribution(db: Executor, figure: str) -> Histogram:
    """``(value, rows)`` ascending for ``figure``, every value held by at least one row."""
    rows = db.execute(
        select(SummaryDistribution.value, SummaryDistribution.row_count)
        .where(SummaryDistribution.figure == figure, SummaryDistribution.row_count > 0)
        .order_by(SummaryDistribution.value)
    )
    return tuple((int(value), int(count)) for value, count in rows)


def mean_of(histogram: Histogram) -> float:
    """The mean value of the rows above 0 (those with none left out, as ``avg(...) WHERE > 0``)."""
    counts = [(value, rows) for value, rows in histogram if value > 0]
    total = sum(rows for _value, rows in counts)
    return sum(value * rows for value, rows in counts) / total if total else 0.0


def rebuild_distribution(db: Executor, figures: Collection[str] | None = None) -> None:
    """Count ``figures`` (default: all) afresh from the summary tables."""
    chosen = {**CUSTOMER_FIGURES, **CONVERSATION_FIGURES}
    if figures is not None:
        chosen = {name: column for name, column in chosen.items() if name in figures}
    if not chosen:
        return
    db.execute(delete(SummaryDistribution).where(SummaryDistribution.figure.in_(list(chosen))))
    counted = union_all(
        *(
            select(
                literal(name, String).label("figure"), column.label("value"), func.count()
            ).group_by(column)
            for name, column in chosen.items()
        )
    )
    db.execute(insert(SummaryDistribution).from_select(["figure", "value", "row_count"], counted))


class DistributionDelta:
    """The summary rows a refresh removes (:meth:`remove`) and adds (:meth:`add`), by id,
    applied to :class:`SummaryDistribution` at the end (:meth:`apply`).

    Read the rows before they are deleted and after they are inserted. A row the database
    deleted by itself (``ON DELETE CASCADE``, when customers or conversations are deleted) can
    no longer be read: when an id's customer or conversation is gone, its figures are counted
    afresh instead.
    """

    def __init__(self, db: Executor) -> None:
        self._db = db
        self._delta: Counter[tuple[str, int]] = Counter()
        self._recount: set[str] = set()

    def remove_customers(self, ids: Collection[int]) -> None:
        if len(_existing(self._db, Customer.id, ids)) < len(ids):
            self._recount.update(CUSTOMER_FIGURES)
        self._delta.subtract(_values(self._db, CUSTOMER_FIGURES, CustomerSummary.customer_id, ids))

    def add_customers(self, ids: Collection[int]) -> None:
        self._delta.update(_values(self._db, CUSTOMER_FIGURES, CustomerSummary.customer_id, ids))

    def remove_conversations(self, ids: Collection[int]) -> None:
        if len(_existing(self._db, Conversation.id, ids)) < len(ids):
            self._recount.update(CONVERSATION_FIGURES)
        column = ConversationSummary.conversation_id
        self._delta.subtract(_values(self._db, CONVERSATION_FIGURES, column, ids))

    def add_conversations(self, ids: Collection[int]) -> None:
        column = ConversationSummary.conversation_id
        self._delta.update(_values(self._db, CONVERSATION_FIGURES, column, ids))

    def apply(self) -> None:
        db = self._db
        stored = SummaryDistribution
        for (figure, value), change in sorted(self._delta.items()):
            if change == 0 or figure in self._recount:
                continue
            result = db.execute(
                update(stored)
                .where(stored.figure == figure, stored.value == value)
                .values(row_count=stored.row_count + change)
                .execution_options(synchronize_session=False)
            )
            if not cast("CursorResult[Any]", result).rowcount:
                db.execute(insert(stored).values(figure=figure, value=value, row_count=change))
        db.execute(
            delete(stored).where(stored.row_count <= 0).execution_options(synchronize_session=False)
        )
        if self._recount:
            rebuild_distribution(db, self._recount)
        self._delta.clear()
        self._recount.clear()


def _existing(db: Executor, column: InstrumentedAttribute[int], ids: Collection[int]) -> set[int]:
    return {int(found) for found in db.scalars(select(column).where(column.in_(list(ids))))}


def _values(
    db: Executor,
    figures: dict[str, InstrumentedAttribute[int]],
    key: InstrumentedAttribute[int],
    ids: Collection[int],
) -> Counter[tuple[str, int]]:
    """How many of the summary rows of ``ids`` hold each value of each figure."""
    found: Counter[tuple[str, int]] = Counter()
    if not ids:
        return found
    names = list(figures)
    for row in db.execute(select(*figures.values()).where(key.in_(list(ids)))):
        for name, value in zip(names, row, strict=True):
            found[(name, int(value))] += 1
    return found


__all__ = [
    "CONVERSATION_FIGURES",
    "CUSTOMER_FIGURES",
    "DistributionDelta",
    "Histogram",
    "distribution",
    "mean_of",
    "rebuild_distribution",
]
