"""The company-wide distributions of the summary tables, kept so that a read is a few rows."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.models.declarative import Base


class SummaryDistribution(Base):
    """How many summary rows hold each value of one figure: ``row_count`` customers (or
    conversations) have ``value`` for ``figure``.

    The figures are the columns of :class:`~desk.db.models.summary_tables.CustomerSummary`
    (``customer_messages``, ``conversations``, ``workload``, ``agents``; one row per customer)
    and of :class:`~desk.db.models.summary_tables.ConversationSummary`
    (``conversation_agents``, ``conversation_changes``; one row per conversation). The
    company's volume distribution, its average handoffs and agents per customer are then read
    from a few hundred rows instead of one per customer. Kept in step with those tables by
    :mod:`desk.analytics.refresh` in the same transaction; a value no row holds has no row.
    """

    __tablename__ = "summary_distribution"
    figure: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, primary_key=True)
    row_count: Mapped[int] = mapped_column(BigInteger)
