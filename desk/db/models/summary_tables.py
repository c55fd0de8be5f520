"""The summary tables: per-customer and per-month totals kept current by
:mod:`desk.analytics.refresh`, so that company-wide figures read one row per customer."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.models.declarative import Base, utcnow


class CustomerSummary(Base):
    """One customer's all-time totals, so the company-wide figures read one row per customer.

    Keyed by the ``customer_id`` stored on the rows counted (analytics rolls merged customers
    up at query time, as it does for messages). Kept by :mod:`desk.analytics.refresh`.
    """

    __tablename__ = "customer_summary"
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    customer_messages: Mapped[int] = mapped_column(Integer, index=True)  # public, by the customer
    conversations: Mapped[int] = mapped_column(Integer, index=True)  # opened
    workload: Mapped[int] = mapped_column(Integer, index=True)  # public messages, any author
    agents: Mapped[int] = mapped_column(Integer)  # distinct agents with a public reply


# The customer list's default order (most messages first, ties by id): its first screen is the
# first entries of this index, however many customers there are (migration 0010).
Index(
    "ix_customer_summary_list_order",
    CustomerSummary.customer_messages.desc(),
    CustomerSummary.customer_id,
)


class CustomerMonth(Base):
    """One customer's totals in one month (``'YYYY-MM'``), the units as in CustomerSummary."""

    __tablename__ = "customer_month"
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[str] = mapped_column(String(7), primary_key=True, index=True)
    customer_messages: Mapped[int] = mapped_column(Integer)
    conversations: Mapped[int] = mapped_column(Integer)
    workload: Mapped[int] = mapped_column(Integer)


class CompanyMonth(Base):
    """Everyone's totals in one month, and how many customers were active in each unit."""

    __tablename__ = "company_month"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    customer_messages: Mapped[int] = mapped_column(Integer)
    conversations: Mapped[int] = mapped_column(Integer)
    workload: Mapped[int] = mapped_column(Integer)
    customer_messages_customers: Mapped[int] = mapped_column(Integer)
    conversations_customers: Mapped[int] = mapped_column(Integer)
    workload_customers: Mapped[int] = mapped_column(Integer)


class ConversationSummary(Base):
    """Handoffs in one conversation with at least one public agent reply, over all time."""

    __tablename__ = "conversation_summary"
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    agents: Mapped[int] = mapped_column(Integer)  # distinct agents who replied
    changes: Mapped[int] = mapped_column(Integer)  # replies by another agent than the last


class SummaryState(Base):
    """The row counts and highest ids of messages and conversations the summary tables were
    last brought up to date with; while they still match, the summary can be trusted."""

    __tablename__ = "summary_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    messages: Mapped[int] = mapped_column(BigInteger)
    last_message_id: Mapped[int] = mapped_column(BigInteger)
    conversations: Mapped[int] = mapped_column(BigInteger)
    last_conversation_id: Mapped[int] = mapped_column(BigInteger)
    refreshed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # PostgreSQL: ``DataVersion.version`` when the summary was brought up to date (None until
    # then, and on SQLite, whose check compares the counts above).
    data_version: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class DataVersion(Base):
    """One row whose ``version`` moves whenever messages or conversations change.

    On PostgreSQL a statement-level trigger on ``message`` and ``conversation`` (migration
    0008) bumps it in the writing transaction, so reading it is O(1) where counting the
    messages is not; the update's row lock makes a concurrent writer wait for the commit, so
    a version can never be recorded while another transaction's rows are still invisible.
    SQLite has no statement triggers (a row trigger doubles the import's time): there the row
    stays 0 and freshness compares the row counts, which SQLite reads from the b-tree.
    """

    __tablename__ = "data_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
