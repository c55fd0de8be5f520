"""The summary tables, and whether they can be trusted.

The company-wide figures over all time (the average customer, a rank, the top N, the monthly
averages, the average handoffs) read :class:`CustomerSummary`, :class:`CompanyMonth` and
:class:`ConversationSummary`, one row per customer, month or conversation, instead of every
message; the volume distribution, the average handoffs and the agents per customer read the
few hundred rows of :class:`SummaryDistribution` (:mod:`desk.analytics.distribution`) kept in
step with them. The import and a manager's merge or undo keep them up to date in their own
transaction (:mod:`desk.analytics.refresh`).

Anything else that adds or deletes messages or conversations (the retention purge, rows added
through the ORM) leaves them behind. :class:`SummaryState` records what the summary was last
brought up to date with; while that differs from the tables, analytics reads the messages
themselves (slower, never wrong), and the next import rebuilds the summary. Figures for a
shorter period always read the messages.

How "differs" is checked depends on the database. On PostgreSQL a trigger bumps
:class:`DataVersion` with every statement that writes messages or conversations, so the check
is one row read, whatever the size (counting ten million rows takes a third of a second, and
one customer's figures ask several times). SQLite has no statement triggers; it compares the
row counts and highest ids, which it reads from the b-tree in milliseconds. Either way a
caller that asks many questions at once (:func:`desk.analytics.stats.customer_stats`) checks
once, inside :func:`checked_once`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import astuple, dataclass

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desk.analytics.units import Period, Unit
from desk.db.models import (
    CompanyMonth,
    Conversation,
    CustomerSummary,
    DataVersion,
    Message,
    SummaryState,
)

Executor = Session | Connection
_CHECKED = "desk.analytics.summary.current"  # the key of checked_once's answer in ``db.info``


@dataclass(frozen=True)
class RowCounts:
    messages: int
    last_message_id: int
    conversations: int
    last_conversation_id: int


@dataclass(frozen=True)
class UnitColumns:
    """Where a unit's all-time figures live in the summary tables."""

    per_customer: InstrumentedAttribute[int]
    company_month: InstrumentedAttribute[int]
    company_month_customers: InstrumentedAttribute[int]


UNIT_COLUMNS = {
    Unit.CUSTOMER_MESSAGES: UnitColumns(
        CustomerSummary.customer_messages,
        CompanyMonth.customer_messages,
        CompanyMonth.customer_messages_customers,
    ),
    Unit.CONVERSATIONS: UnitColumns(
        CustomerSummary.conversations,
        CompanyMonth.conversations,
        CompanyMonth.conversations_customers,
    ),
    Unit.WORKLOAD: UnitColumns(
        CustomerSummary.workload,
        CompanyMonth.workload,
        CompanyMonth.workload_customers,
    ),
}


def row_counts(db: Executor) -> RowCounts:
    """Four statements, not one: SQLite counts a bare ``count(*)`` from the b-tree in
    milliseconds, but scans the table when the count is a subquery."""
    values = [
        db.scalar(statement) or 0
        for statement in (
            select(func.count()).select_from(Message),
            select(func.max(Message.id)),
            select(func.count()).select_from(Conversation),
            select(func.max(Conversation.id)),
        )
    ]
    return RowCounts(*(int(v) for v in values))


def stored_counts(db: Executor) -> RowCounts | None:
    row = db.execute(
        select(
            SummaryState.messages,
            SummaryState.last_message_id,
            SummaryState.conversations,
            SummaryState.last_conversation_id,
        ).where(SummaryState.id == 1)
    ).one_or_none()
    return None if row is None else RowCounts(*(int(v) for v in row))


def uses_version(db: Executor) -> bool:
    """Whether :class:`DataVersion` is kept by the database (PostgreSQL's trigger)."""
    bind = db.get_bind() if isinstance(db, Session) else db
    return bind.dialect.name == "postgresql"


def current_version(db: Executor) -> int | None:
    """The trigger-kept data version; None where the database does not keep one."""
    if not uses_version(db):
        return None
    found = db.scalar(select(DataVersion.version).where(DataVersion.id == 1))
    return None if found is None else int(found)


def is_current(db: Executor) -> bool:
    """The summary tables reflect every message and conversation.

    Inside :func:`checked_once` the answer found on entry is reused.
    """
    known = db.info.get(_CHECKED)
    if known is not None:
        return bool(known)
    if uses_version(db):
        stored = db.scalar(select(SummaryState.data_version).where(SummaryState.id == 1))
        return stored is not None and stored == current_version(db)
    counts = stored_counts(db)
    return counts is not None and counts == row_counts(db)


@contextmanager
def checked_once(db: Executor) -> Iterator[bool]:
    """Check whether the summary is current once, for every read inside the block.

    For a read made of many queries (one customer's full stats): they then all read the same
    source. Not for a block that writes messages, which must see its own writes. Nested
    blocks keep the outer answer.
    """
    if _CHECKED in db.info:
        yield bool(db.info[_CHECKED])
        return
    current = is_current(db)
    db.info[_CHECKED] = current
    try:
        yield current
    finally:
        db.info.pop(_CHECKED, None)


def summary_applies(db: Executor, period: Period) -> bool:
    """Whether figures for ``period`` may be read from the summary tables."""
    return period.is_all_time and is_current(db)


def counts_values(counts: RowCounts) -> dict[str, int]:
    """``counts`` as the columns of :class:`SummaryState`."""
    names = ("messages", "last_message_id", "conversations", "last_conversation_id")
    return dict(zip(names, astuple(counts), strict=True))


def state_values(db: Executor) -> dict[str, int | None]:
    """The columns of :class:`SummaryState` for the messages and conversations as they are
    now: what :func:`is_current` will compare."""
    return {**counts_values(row_counts(db)), "data_version": current_version(db)}
