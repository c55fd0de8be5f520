"""A customer's flags as rows for a list: the words that fired, in their context."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.abuse.categories import Category, criterion_of
from desk.analytics.merges import member_ids
from desk.db.models import Flag, FlagStatus, Message

CONTEXT_CHARS = 40


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
