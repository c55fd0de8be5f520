"""Whole reads for the customer list and the customer page, each in its own session.

Each takes the engine and opens (and closes) one session, so the UI can run it on a reader
thread without ever holding a session itself: a session must not cross threads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.analytics.summary import checked_once
from desk.customers.history import ConversationRow, MessageView, conversations_of, messages_of
from desk.customers.roster import (
    CustomerQuery,
    CustomerRow,
    customer_count,
    customer_ids,
    customer_rows,
    mean_customer_messages,
    narrows,
    totals,
)
from desk.db.models import Customer


@dataclass(frozen=True)
class CustomerList:
    """One answer to the list's query: the sorted, filtered ids (all of them, or the first
    screen's when ``complete`` is False), and what the summary needs.

    ``shown`` is always the exact number of customers that match, whether or not ``ids`` holds
    them all yet; ``rows`` holds the contents of the first ids, read with them.
    """

    ids: list[int]
    mean_messages: float
    customers: int
    messages: int
    shown: int = -1
    rows: dict[int, CustomerRow] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return self.shown < 0 or len(self.ids) >= self.shown

    @property
    def total(self) -> int:
        """The exact length of the list."""
        return len(self.ids) if self.shown < 0 else self.shown


@dataclass(frozen=True)
class CustomerHeader:
    """What the customer page shows at its top, with the customer's conversations."""

    name: str
    details: str
    conversations: list[ConversationRow]


def load_customer_list(
    engine: Engine, query: CustomerQuery, first: int | None = None, rows: int = 0
) -> CustomerList:
    """The list for ``query``: every id, or (``first`` given) its exact length and its first
    ``first`` ids, for a first screen that does not wait on the rest (:func:`load_customer_ids`).
    ``rows`` ids' contents are read as well (the first page, painted without another read).
    """
    with Session(engine) as session, checked_once(session):
        customers, messages = totals(session)
        mean = mean_customer_messages(session)
        if first is None:
            ids = customer_ids(session, query)
            shown = len(ids)
        else:
            ids = customer_ids(session, query, limit=first)
            shown = len(ids) if len(ids) < first else _count(session, query, customers)
        contents = customer_rows(session, ids[:rows]) if rows else {}
        return CustomerList(ids, mean, customers, messages, shown, contents)


def _count(session: Session, query: CustomerQuery, customers: int) -> int:
    """The list's length: every customer not merged away when nothing narrows it."""
    return customer_count(session, query) if narrows(query) else customers


def load_customer_ids(engine: Engine, query: CustomerQuery) -> list[int]:
    """Every id of the list for ``query``, in its order."""
    with Session(engine) as session:
        return customer_ids(session, query)


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
