"""The "hot potato": how many agents a customer's conversations pass through.

Counted over public agent replies that name an agent (internal notes and system messages are
not a handoff). Per conversation: the distinct agents who replied, and the agent changes (a
reply by a different agent than the previous reply). The customer's figures are set against
the average conversation and the average customer of the whole company (customers merged into
another are counted separately in that average: merges are too rare to move it). Over all
time, the averages are read from the summary tables (:mod:`desk.analytics.summary`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, case, func, literal, select, true
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache, cached
from desk.analytics.distribution import distribution, mean_of
from desk.analytics.merges import member_ids
from desk.analytics.summary import summary_applies
from desk.analytics.units import ALL_TIME, Period
from desk.db.models import AuthorKind, Message


@dataclass(frozen=True)
class HandoffFigures:
    """Over the conversations that had at least one agent reply."""

    conversations: int
    agents_per_conversation: float
    changes_per_conversation: float
    agent_changes: int
    most_agents_in_one_conversation: int


@dataclass(frozen=True)
class Handoffs:
    customer: HandoffFigures
    distinct_agents: int  # everyone who has had to answer this customer
    average: HandoffFigures  # the average conversation, company-wide
    average_distinct_agents: float  # per customer with at least one agent reply


def customer_handoffs(
    session: Session,
    customer_id: int,
    period: Period = ALL_TIME,
    *,
    cache: ReferenceCache | None = None,
) -> Handoffs:
    members = member_ids(session, customer_id)
    mine = Message.customer_id.in_(members)
    # the customer's distinct agents in the same statement as the per-conversation figures:
    # one round trip fewer
    distinct = (
        select(func.count(Message.agent_id.distinct()))
        .where(mine, *_replies(period))
        .scalar_subquery()
    )
    per = per_conversation(mine, period).subquery("per_conversation")
    own, extra = _aggregate_with(session, per, distinct)
    average = cached(cache, ("handoffs", period), lambda: _average(session, period))
    per_customer = cached(
        cache, ("agents_per_customer", period), lambda: _agents_per_customer(session, period)
    )
    return Handoffs(own, int(extra or 0), average, per_customer)


def _replies(period: Period) -> list[ColumnElement[bool]]:
    return [
        Message.author_kind == AuthorKind.AGENT,
        Message.public == true(),
        Message.agent_id.is_not(None),
        *period.conditions(Message.created_at.expression),
    ]


def per_conversation(scope: ColumnElement[bool], period: Period) -> Select[tuple[int, int, int]]:
    """``(conversation_id, agents, changes)`` of the conversations in ``scope`` with a reply."""
    previous = (
        func.lag(Message.agent_id)
        .over(partition_by=Message.conversation_id, order_by=(Message.created_at, Message.id))
        .label("previous")
    )
    replies = (
        select(Message.conversation_id, Message.agent_id, previous)
        .where(scope, *_replies(period))
        .subquery("replies")
    )
    changed = case(
        (replies.c.previous.is_not(None) & (replies.c.previous != replies.c.agent_id), 1),
        else_=0,
    )
    return select(
        replies.c.conversation_id,
        func.count(replies.c.agent_id.distinct()).label("agents"),
        func.sum(changed).label("changes"),
    ).group_by(replies.c.conversation_id)


def _average(session: Session, period: Period) -> HandoffFigures:
    """The average conversation of the whole company."""
    if summary_applies(session, period):
        agents = distribution(session, "conversation_agents")
        changes = sum(v * n for v, n in distribution(session, "conversation_changes"))
        return _figures_of(
            sum(n for _, n in agents),
            sum(v * n for v, n in agents),
            changes,
            max((v for v, _ in agents), default=0),
        )
    return _figures(session, true(), period)


def _figures(session: Session, scope: ColumnElement[bool], period: Period) -> HandoffFigures:
    return _aggregate(session, per_conversation(scope, period).subquery("per_conversation"))


def _aggregate(session: Session, per: FromClause) -> HandoffFigures:
    """Over ``per``'s rows, one per conversation with its ``agents`` and ``changes``."""
    return _aggregate_with(session, per, literal(0))[0]


def _aggregate_with(
    session: Session, per: FromClause, extra: ColumnElement[Any]
) -> tuple[HandoffFigures, Any]:
    """:func:`_aggregate`, and the value of ``extra`` read in the same statement."""
    row = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(per.c.agents), 0),
            func.coalesce(func.sum(per.c.changes), 0),
            func.coalesce(func.max(per.c.agents), 0),
            extra,
        ).select_from(per)
    ).one()
    conversations, agents, changes, most = (int(v) for v in row[:4])
    return _figures_of(conversations, agents, changes, most), row[4]


def _figures_of(conversations: int, agents: int, changes: int, most: int) -> HandoffFigures:
    return HandoffFigures(
        conversations=conversations,
        agents_per_conversation=agents / conversations if conversations else 0.0,
        changes_per_conversation=changes / conversations if conversations else 0.0,
        agent_changes=changes,
        most_agents_in_one_conversation=most,
    )


def _agents_per_customer(session: Session, period: Period) -> float:
    if summary_applies(session, period):
        return mean_of(distribution(session, "agents"))
    per = (
        select(func.count(Message.agent_id.distinct()).label("agents"))
        .where(*_replies(period))
        .group_by(Message.customer_id)
        .subquery("per_customer")
    )
    value = session.scalar(select(func.avg(per.c.agents)))
    return float(value or 0.0)
