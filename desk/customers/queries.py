"""Whole reads for the customer list and the customer page, each in its own session.

Each takes the engine and opens (and closes) one session, so the UI can run it on a reader
thread without ever holding a session itself: a session must not cross threads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.customers.history import ConversationRow, MessageView, conversations_of, messages_of
from desk.customers.roster import (
    CustomerQuery,
    CustomerRow,
    customer_ids,
    customer_rows,
    mean_customer_messages,
    totals,
)
from desk.db.models import Customer


@dataclass(frozen=True)
class CustomerList:
    """One answer to the list's query: the sorted, filtered ids, and what the summary needs."""

    ids: list[int]
    mean_messages: float
    customers: int
    messages: int


@dataclass(frozen=True)
class CustomerHeader:
    """What the customer page shows at its top, with the customer's conversations."""

    name: str
    details: str
    conversations: list[ConversationRow]


def load_customer_list(engine: Engine, query: CustomerQuery) -> CustomerList:
    with Session(engine) as session:
        customers, messages = totals(session)
        return CustomerList(
            customer_ids(session, query), mean_customer_messages(session), customers, messages
        )


def load_customer_rows(engine: Engine, ids: Sequence[int]) -> dict[int, CustomerRow]:
    """One page of the list's rows, by id (ids no longer in the database are left out)."""
    with Session(engine) as session:
        return customer_rows(session, ids)


def load_customer_header(engine: Engine, customer_id: int) -> CustomerHeader:
    with Session(engine) as session:
        customer = session.get_one(Customer, customer_id)
        details = " · ".join(
            part for part in (customer.primary_email, customer.organisation) if part
        )
        return CustomerHeader(
            customer.display_name, details, conversations_of(session, customer_id)
        )


def load_messages(engine: Engine, conversation_id: int) -> list[MessageView]:
    with Session(engine) as session:
        return messages_of(session, conversation_id)


def customer_name(engine: Engine, customer_id: int) -> str:
    with Session(engine) as session:
        return session.get_one(Customer, customer_id).display_name
