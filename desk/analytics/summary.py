"""The summary tables, and whether they can be trusted.

The company-wide figures over all time (the average customer, a rank, the top N, the monthly
averages, the average handoffs) read :class:`CustomerSummary`, :class:`CompanyMonth` and
:class:`ConversationSummary`, one row per customer, month or conversation, instead of every
message. The import and a manager's merge or undo keep them up to date in their own
transaction (:mod:`desk.analytics.refresh`).

Anything else that adds or deletes messages or conversations (the retention purge, rows added
through the ORM) leaves them behind. :class:`SummaryState` holds the row counts and highest ids
the summary was last brought up to date with; while those differ from the tables', analytics
reads the messages themselves (slower, never wrong), and the next import rebuilds the summary.
Figures for a shorter period always read the messages.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desk.analytics.units import Period, Unit
from desk.db.models import (
    CompanyMonth,
    Conversation,
    CustomerSummary,
    Message,
    SummaryState,
)

Executor = Session | Connection


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


def is_current(db: Executor) -> bool:
    """The summary tables reflect every message and conversation."""
    stored = stored_counts(db)
    return stored is not None and stored == row_counts(db)


def summary_applies(db: Executor, period: Period) -> bool:
    """Whether figures for ``period`` may be read from the summary tables."""
    return period.is_all_time and is_current(db)


def counts_values(counts: RowCounts) -> dict[str, int]:
    """``counts`` as the columns of :class:`SummaryState`."""
    names = ("messages", "last_message_id", "conversations", "last_conversation_id")
    return dict(zip(names, astuple(counts), strict=True))
