"""What is counted (the :class:`Unit`) and over which dates (the :class:`Period`).

A unit is a set of timestamped events, each belonging to one customer:

* ``customer_messages`` (the default): public messages the customer wrote;
* ``conversations``: conversations the customer opened, at their creation time;
* ``workload``: every public message in the customer's conversations, whoever wrote it.

Internal notes (``public`` false) are never counted as an interaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, true

from desk.db.models import AuthorKind, Conversation, Message
from desk.errors import InputError


class Unit(StrEnum):
    CUSTOMER_MESSAGES = "customer_messages"
    CONVERSATIONS = "conversations"
    WORKLOAD = "workload"

    @property
    def label(self) -> str:
        """A plain-English plural for axis labels and tables."""
        return _LABELS[self]


_LABELS = {
    Unit.CUSTOMER_MESSAGES: "messages written",
    Unit.CONVERSATIONS: "conversations opened",
    Unit.WORKLOAD: "messages in their conversations",
}


@dataclass(frozen=True)
class Period:
    """A half-open interval of naive UTC times: ``start <= t < end``; ``None`` is unbounded."""

    start: dt.datetime | None = None
    end: dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise InputError(f"the period ends ({self.end:%Y-%m-%d}) before it starts")

    def conditions(self, column: ColumnElement[dt.datetime]) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = []
        if self.start is not None:
            where.append(column >= self.start)
        if self.end is not None:
            where.append(column < self.end)
        return where

    @property
    def is_all_time(self) -> bool:
        return self.start is None and self.end is None


@dataclass(frozen=True)
class UnitSource:
    """Where a unit's events live: their customer column, time column and filter."""

    customer: ColumnElement[int]
    at: ColumnElement[dt.datetime]
    where: tuple[ColumnElement[bool], ...]


ALL_TIME = Period()


def unit_source(unit: Unit, period: Period = ALL_TIME) -> UnitSource:
    """The columns and conditions that select ``unit``'s events within ``period``."""
    if unit is Unit.CONVERSATIONS:
        at = Conversation.created_at.expression
        return UnitSource(Conversation.customer_id.expression, at, tuple(period.conditions(at)))
    at = Message.created_at.expression
    where: list[ColumnElement[bool]] = [Message.public == true()]
    if unit is Unit.CUSTOMER_MESSAGES:
        where.insert(0, Message.author_kind == AuthorKind.CUSTOMER)
    return UnitSource(Message.customer_id.expression, at, (*where, *period.conditions(at)))
