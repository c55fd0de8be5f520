"""One customer's conversations and messages, with their flags, for the conversation browser."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from desk.db.models import Agent, AuthorKind, Conversation, Customer, Flag, FlagStatus, Message


@dataclass(frozen=True, slots=True)
class ConversationRow:
    id: int
    subject: str
    created_at: dt.datetime
    status: str | None
    messages: int
    agents: int
    suggested_flags: int
    confirmed_flags: int


@dataclass(frozen=True, slots=True)
class FlagSpan:
    id: int
    category: str
    start: int
    end: int
    score: float
    status: FlagStatus
    rule_id: str


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    author_kind: AuthorKind
    author: str
    created_at: dt.datetime
    public: bool
    channel: str | None
    text: str
    flags: tuple[FlagSpan, ...]


def conversations_of(session: Session, customer_id: int) -> list[ConversationRow]:
    """The customer's conversations, newest first, with counts."""
    counts = (
        select(
            Message.conversation_id.label("cid"),
            func.count().label("n"),
            func.count(func.distinct(Message.agent_id)).label("agents"),
        )
        .where(Message.customer_id == customer_id)
        .group_by(Message.conversation_id)
        .subquery()
    )

    def flag_counts(status: FlagStatus) -> Subquery:
        return (
            select(Message.conversation_id.label("cid"), func.count().label("n"))
            .join(Flag, Flag.message_id == Message.id)
            .where(Message.customer_id == customer_id, Flag.status == status)
            .group_by(Message.conversation_id)
            .subquery()
        )

    suggested = flag_counts(FlagStatus.SUGGESTED)
    confirmed = flag_counts(FlagStatus.CONFIRMED)
    statement = (
        select(
            Conversation.id,
            Conversation.subject,
            Conversation.created_at,
            Conversation.status,
            func.coalesce(counts.c.n, 0),
            func.coalesce(counts.c.agents, 0),
            func.coalesce(suggested.c.n, 0),
            func.coalesce(confirmed.c.n, 0),
        )
        .outerjoin(counts, counts.c.cid == Conversation.id)
        .outerjoin(suggested, suggested.c.cid == Conversation.id)
        .outerjoin(confirmed, confirmed.c.cid == Conversation.id)
        .where(Conversation.customer_id == customer_id)
        .order_by(Conversation.created_at.desc(), Conversation.id.desc())
    )
    return [
        ConversationRow(
            id=cid,
            subject=subject or "(no subject)",
            created_at=created,
            status=status,
            messages=int(n),
            agents=int(agents),
            suggested_flags=int(n_suggested),
            confirmed_flags=int(n_confirmed),
        )
        for cid, subject, created, status, n, agents, n_suggested, n_confirmed in session.execute(
            statement
        )
    ]


def messages_of(session: Session, conversation_id: int) -> list[MessageView]:
    """The conversation's messages in time order, each with its (not dismissed) flags."""
    rows = session.execute(
        select(Message, Agent.name, Customer.display_name)
        .join(Customer, Customer.id == Message.customer_id)
        .outerjoin(Agent, Agent.id == Message.agent_id)
        .where(Message.conversation_id == conversation_id)
        .order_by(Message.created_at, Message.id)
    ).all()
    ids = [m.id for m, _agent, _customer in rows]
    flags: dict[int, list[FlagSpan]] = {}
    if ids:
        for flag in session.scalars(
            select(Flag)
            .where(Flag.message_id.in_(ids), Flag.status != FlagStatus.DISMISSED)
            .order_by(Flag.start)
        ):
            flags.setdefault(flag.message_id, []).append(
                FlagSpan(
                    id=flag.id,
                    category=flag.category,
                    start=flag.start,
                    end=flag.end,
                    score=flag.score,
                    status=flag.status,
                    rule_id=flag.rule_id,
                )
            )
    views = []
    for message, agent_name, customer_name in rows:
        if message.author_kind == AuthorKind.CUSTOMER:
            author = customer_name
        elif message.author_kind == AuthorKind.AGENT:
            author = agent_name or "Agent"
        else:
            author = message.author_kind.value.title()
        views.append(
            MessageView(
                id=message.id,
                author_kind=message.author_kind,
                author=author,
                created_at=message.created_at,
                public=message.public,
                channel=message.channel,
                text=message.body_text,
                flags=tuple(flags.get(message.id, ())),
            )
        )
    return views
