"""A small customer with incidents on several days in several conversations."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from desk.db.models import Agent, AuthorKind, Conversation, Customer, Message

TEXTS = (
    "This is the third time I ask. You are a useless idiot.",
    "I will file a chargeback with my bank and dispute every charge.",
    "My lawyer will be in touch, I am suing you.",
    "I'll make sure you get fired, I know your manager.",
)


@dataclass(frozen=True)
class Fixture:
    customer_id: int
    message_ids: tuple[int, ...]  # the customer's messages, one per TEXTS line, one per day
    agent_message_id: int
    conversation_ids: tuple[int, ...]


def build_customer(session: Session, days: int = 4) -> Fixture:
    customer = Customer(display_name="Victor Krane", primary_email="victor@example.com")
    agent = Agent(source="test", external_id="a1", name="Sam Agent")
    session.add_all([customer, agent])
    session.flush()
    conversations: list[Conversation] = []
    messages: list[int] = []
    start = dt.datetime(2026, 3, 2, 9, 30)
    agent_message = 0
    for day in range(days):
        if day % 2 == 0:  # a new conversation every other day
            conversation = Conversation(
                source="test",
                external_id=f"t{day}",
                customer_id=customer.id,
                subject=f"Ticket {day}",
                created_at=start + dt.timedelta(days=day),
            )
            session.add(conversation)
            session.flush()
            conversations.append(conversation)
        text = TEXTS[day % len(TEXTS)]
        message = Message(
            source="test",
            external_id=f"m{day}",
            conversation_id=conversations[-1].id,
            customer_id=customer.id,
            author_kind=AuthorKind.CUSTOMER,
            created_at=start + dt.timedelta(days=day),
            body_text=text,
            body_sha256=hashlib.sha256(text.encode()).hexdigest(),
        )
        reply = Message(
            source="test",
            external_id=f"r{day}",
            conversation_id=conversations[-1].id,
            customer_id=customer.id,
            author_kind=AuthorKind.AGENT,
            agent_id=agent.id,
            created_at=start + dt.timedelta(days=day, hours=1),
            body_text="Sorry to hear that; I am looking into it.",
            body_sha256="0" * 64,
        )
        session.add_all([message, reply])
        session.flush()
        messages.append(message.id)
        agent_message = reply.id
    session.commit()
    return Fixture(customer.id, tuple(messages), agent_message, tuple(c.id for c in conversations))


@pytest.fixture
def victor(session: Session) -> Fixture:
    return build_customer(session)
