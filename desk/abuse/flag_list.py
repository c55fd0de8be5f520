"""A customer's flags as rows for a list: the words that fired, in their context."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.abuse.categories import Category, criterion_of
from desk.analytics.merges import member_ids
from desk.db.models import Flag, FlagStatus, Message

CONTEXT_CHARS = 40
MIN_DECISIONS = 10  # fewer decided flags in a category give no precision worth showing


@dataclass(frozen=True)
class FlagRow:
    """One flag with its message's time and the flagged words (``quote``) in context."""

    id: int
    message_id: int
    written_at: dt.datetime
    category: str
    criterion: str | None
    rule_id: str
    score: float
    language: str | None
    status: FlagStatus
    quote: str
    before: str
    after: str

    @property
    def label(self) -> str:
        try:
            return Category(self.category).label
        except ValueError:
            return self.category


def customer_flags(
    session: Session, customer_id: int, *, statuses: tuple[FlagStatus, ...] | None = None
) -> list[FlagRow]:
    """The flags on the messages of ``customer_id`` (and those merged into it), oldest first."""
    query = (
        select(Flag, Message.created_at, Message.body_text)
        .join(Message, Message.id == Flag.message_id)
        .where(Message.customer_id.in_(member_ids(session, customer_id)))
        .order_by(Message.created_at, Message.id, Flag.start)
    )
    if statuses is not None:
        query = query.where(Flag.status.in_(statuses))
    rows: list[FlagRow] = []
    for flag, written_at, text in session.execute(query):
        rows.append(
            FlagRow(
                id=flag.id,
                message_id=flag.message_id,
                written_at=written_at,
                category=flag.category,
                criterion=criterion_of(flag.category),
                rule_id=flag.rule_id,
                score=flag.score,
                language=flag.language,
                status=flag.status,
                quote=text[flag.start : flag.end],
                before=text[max(0, flag.start - CONTEXT_CHARS) : flag.start],
                after=text[flag.end : flag.end + CONTEXT_CHARS],
            )
        )
    return rows


@dataclass(frozen=True)
class CategoryPrecision:
    """How often the company's managers confirmed this category's suggestions.

    ``confirmed / (confirmed + dismissed)`` over every customer: beside a suggestion it says
    how far to trust it. Under :data:`MIN_DECISIONS` decisions the figure is noise, and
    :attr:`text` says so instead of printing it.
    """

    category: str
    confirmed: int
    dismissed: int

    @property
    def decided(self) -> int:
        return self.confirmed + self.dismissed

    @property
    def precision(self) -> float | None:
        if self.decided < MIN_DECISIONS:
            return None
        return self.confirmed / self.decided

    @property
    def text(self) -> str:
        if self.precision is None:
            return f"not enough decisions yet ({self.decided} of {MIN_DECISIONS})"
        return f"{self.precision:.0%} ({self.confirmed}/{self.decided} confirmed)"


def category_precision(session: Session) -> dict[str, CategoryPrecision]:
    """Each category's confirmed and dismissed flag counts over the whole company."""
    counts: dict[str, dict[FlagStatus, int]] = {}
    rows = session.execute(
        select(Flag.category, Flag.status, func.count())
        .where(Flag.status.in_((FlagStatus.CONFIRMED, FlagStatus.DISMISSED)))
        .group_by(Flag.category, Flag.status)
    )
    for category, status, count in rows:
        counts.setdefault(category, {})[FlagStatus(status)] = count
    return {
        category: CategoryPrecision(
            category, by.get(FlagStatus.CONFIRMED, 0), by.get(FlagStatus.DISMISSED, 0)
        )
        for category, by in sorted(counts.items())
    }


def precision_of(table: dict[str, CategoryPrecision], category: str) -> CategoryPrecision:
    """The category's figure, or zero decisions when no flag of it was ever decided."""
    return table.get(category, CategoryPrecision(category, 0, 0))


def category_precision_in(engine: Engine) -> dict[str, CategoryPrecision]:
    """:func:`category_precision` in its own session, for the window's reader pool."""
    with Session(engine) as session:
        return category_precision(session)
