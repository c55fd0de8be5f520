"""Other signals managers look for: after-hours and weekend contact, reopened conversations,
and bursts (several customer messages in a row with no agent answer in between).

Only the customer's own messages are read, through the per-customer index. Times are naive UTC;
``utc_offset_hours`` moves them to the team's working day before the hours are judged.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, case, func, select, true
from sqlalchemy.orm import Session

from desk.analytics.sql import epoch_seconds, hour_of, weekday_of
from desk.analytics.units import ALL_TIME, Period
from desk.db.models import AuthorKind, Message
from desk.errors import InputError


@dataclass(frozen=True)
class PatternSettings:
    workday_start: int = 8  # local hour the working day starts
    workday_end: int = 18  # local hour it ends (exclusive)
    utc_offset_hours: int = 0
    reopen_gap_hours: float = 72.0  # silence after an agent reply that makes a new message a reopen
    burst_min: int = 3  # consecutive customer messages that make a burst

    def __post_init__(self) -> None:
        if not 0 <= self.workday_start < self.workday_end <= 24:
            raise InputError("the working day must start before it ends, within 0-24 h")
        if self.burst_min < 2:
            raise InputError("a burst needs at least 2 messages in a row")


DEFAULT_PATTERNS = PatternSettings()


@dataclass(frozen=True)
class Patterns:
    messages: int  # the customer's own public messages in the period
    after_hours: int  # on a weekday, outside the working day
    weekend: int  # on Saturday or Sunday
    reopened_conversations: int
    reopens: int
    bursts: int
    longest_burst: int

    @property
    def after_hours_share(self) -> float:
        return self.after_hours / self.messages if self.messages else 0.0

    @property
    def weekend_share(self) -> float:
        return self.weekend / self.messages if self.messages else 0.0


def customer_patterns(
    session: Session,
    members: list[int],
    period: Period = ALL_TIME,
    settings: PatternSettings = DEFAULT_PATTERNS,
) -> Patterns:
    """``members``: the customer's id and those merged into it (``merges.member_ids``)."""
    after_hours, weekend, total = _contact_times(session, members, period, settings)
    # the reopens and the bursts read the same rows: one statement, one round trip
    reopens_of = _reopens(members, period, settings).subquery("reopens")
    bursts_of = _bursts(members, period, settings).subquery("bursts")
    row = session.execute(
        select(*reopens_of.c, *bursts_of.c).select_from(reopens_of.join(bursts_of, true()))
    ).one()
    reopens, reopened, bursts, longest = (int(value) for value in row)
    return Patterns(total, after_hours, weekend, reopened, reopens, bursts, longest)


def _own_messages(members: list[int], period: Period) -> list[ColumnElement[bool]]:
    return [
        Message.customer_id.in_(members),
        Message.author_kind == AuthorKind.CUSTOMER,
        Message.public == true(),
        *period.conditions(Message.created_at.expression),
    ]


def _contact_times(
    session: Session, members: list[int], period: Period, settings: PatternSettings
) -> tuple[int, int, int]:
    """A weekday × hour histogram (at most 168 rows) judged in Python after the offset."""
    weekday, hour = weekday_of(Message.created_at), hour_of(Message.created_at)
    rows = session.execute(
        select(weekday, hour, func.count())
        .where(*_own_messages(members, period))
        .group_by(weekday, hour)
    )
    after_hours = weekend = total = 0
    for day, utc_hour, count in rows:
        shifted = int(day) * 24 + int(utc_hour) + settings.utc_offset_hours
        local_day, local_hour = divmod(shifted % (7 * 24), 24)
        total += count
        if local_day in (0, 6):  # Sunday, Saturday
            weekend += count
        elif not settings.workday_start <= local_hour < settings.workday_end:
            after_hours += count
    return after_hours, weekend, total


def _thread(members: list[int], period: Period) -> list[ColumnElement[bool]]:
    """The public customer and agent messages of the customer's conversations."""
    return [
        Message.customer_id.in_(members),
        Message.author_kind.in_((AuthorKind.CUSTOMER, AuthorKind.AGENT)),
        Message.public == true(),
        *period.conditions(Message.created_at.expression),
    ]


def _reopens(members: list[int], period: Period, settings: PatternSettings) -> Select[int, int]:
    """A customer message after an agent reply and at least ``reopen_gap_hours`` of silence:
    ``(reopens, conversations reopened)``."""
    order = (Message.created_at, Message.id)
    sequence = (
        select(
            Message.conversation_id,
            Message.author_kind,
            epoch_seconds(Message.created_at).label("at"),
            func.lag(Message.author_kind)
            .over(partition_by=Message.conversation_id, order_by=order)
            .label("previous_kind"),
            func.lag(epoch_seconds(Message.created_at))
            .over(partition_by=Message.conversation_id, order_by=order)
            .label("previous_at"),
        )
        .where(*_thread(members, period))
        .subquery("sequence")
    )
    return select(
        func.count().label("reopens"),
        func.count(sequence.c.conversation_id.distinct()).label("reopened"),
    ).where(
        sequence.c.author_kind == AuthorKind.CUSTOMER,
        sequence.c.previous_kind == AuthorKind.AGENT,
        sequence.c.at - sequence.c.previous_at >= settings.reopen_gap_hours * 3600,
    )


def _bursts(members: list[int], period: Period, settings: PatternSettings) -> Select[int, int]:
    """Runs of customer messages between agent replies: gaps and islands with a running sum.
    ``(bursts, longest)``."""
    is_agent = case((Message.author_kind == AuthorKind.AGENT, 1), else_=0)
    sequence = (
        select(
            Message.conversation_id,
            Message.author_kind,
            func.sum(is_agent)
            .over(
                partition_by=Message.conversation_id,
                order_by=(Message.created_at, Message.id),
                rows=(None, 0),
            )
            .label("run"),
        )
        .where(*_thread(members, period))
        .subquery("sequence")
    )
    runs = (
        select(func.count().label("length"))
        .where(sequence.c.author_kind == AuthorKind.CUSTOMER)
        .group_by(sequence.c.conversation_id, sequence.c.run)
        .subquery("runs")
    )
    return select(
        func.count(case((runs.c.length >= settings.burst_min, 1))).label("bursts"),
        func.coalesce(func.max(runs.c.length), 0).label("longest"),
    )
