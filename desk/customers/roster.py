"""The customer list behind the main window: a sorted, filtered id list, rows by page.

One SQL query returns the ordered ids (so the list's length is exact at once); the contents of
the visible rows are fetched a page at a time. Both run the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Session

from desk.analytics.distribution import distribution, mean_of
from desk.analytics.summary import is_current
from desk.db.models import (
    AuthorKind,
    Case,
    CaseState,
    Customer,
    CustomerSummary,
    Flag,
    FlagStatus,
    Identity,
    Message,
    SummaryState,
)

OPEN_CASE_STATES = (
    CaseState.DRAFT,
    CaseState.READY_FOR_REVIEW,
    CaseState.APPROVED,
    CaseState.LETTER_ISSUED,
)


class SortKey(enum.StrEnum):
    VOLUME = "volume"
    NAME = "name"
    LAST_CONTACT = "last_contact"
    CONFIRMED_FLAGS = "confirmed_flags"


@dataclass(frozen=True, slots=True)
class CustomerQuery:
    search: str = ""
    has_suggested_flags: bool = False
    has_open_case: bool = False
    sort: SortKey = SortKey.VOLUME
    descending: bool = True


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: int
    name: str
    email: str | None
    organisation: str | None
    messages: int
    last_contact: dt.datetime | None
    confirmed_flags: int
    suggested_flags: int
    open_case: bool


def _volume() -> Select[int, int, dt.datetime]:
    return (
        select(
            Message.customer_id.label("customer_id"),
            func.count().label("n"),
            func.max(Message.created_at).label("last"),
        )
        .where(Message.author_kind == AuthorKind.CUSTOMER, Message.public.is_(True))
        .group_by(Message.customer_id)
    )


def _flag_count(status: FlagStatus) -> Select[int, int]:
    return (
        select(Message.customer_id.label("customer_id"), func.count().label("n"))
        .join(Flag, Flag.message_id == Message.id)
        .where(Flag.status == status)
        .group_by(Message.customer_id)
    )


def _filtered(statement: Select[Any], query: CustomerQuery) -> Select[Any]:
    """``statement`` (over :class:`Customer`) narrowed to the customers ``query`` shows."""
    statement = statement.where(Customer.merged_into_id.is_(None))
    text = query.search.strip().lower()
    if text:
        pattern = f"%{text}%"
        statement = statement.where(
            or_(
                func.lower(Customer.display_name).like(pattern),
                func.lower(Customer.primary_email).like(pattern),
                func.lower(Customer.organisation).like(pattern),
                exists().where(
                    Identity.customer_id == Customer.id, func.lower(Identity.value).like(pattern)
                ),
            )
        )
    if query.has_suggested_flags:
        statement = statement.where(
            exists()
            .where(Message.customer_id == Customer.id)
            .where(Flag.message_id == Message.id, Flag.status == FlagStatus.SUGGESTED)
        )
    if query.has_open_case:
        statement = statement.where(
            exists().where(Case.customer_id == Customer.id, Case.state.in_(OPEN_CASE_STATES))
        )
    return statement


def customer_count(session: Session, query: CustomerQuery) -> int:
    """How many customers match ``query``: the list's exact length, without ordering it."""
    # count(*), not count(id): PostgreSQL then counts the index on merged_into_id alone.
    statement = _filtered(select(func.count()).select_from(Customer), query)
    return int(session.scalar(statement) or 0)


def narrows(query: CustomerQuery) -> bool:
    """Whether ``query`` leaves out some of the customers not merged away."""
    return bool(query.search.strip() or query.has_suggested_flags or query.has_open_case)


def customer_ids(session: Session, query: CustomerQuery, limit: int | None = None) -> list[int]:
    """The ids of the customers that match ``query``, in its order; the first ``limit`` only
    when given (the list's first screen, read before the rest).

    The order by volume reads the analytics summary when it is current: one row per customer
    instead of a count over every message, walked in order on its index (see
    :func:`_ids_by_stored_volume`).
    """
    if query.sort == SortKey.VOLUME and is_current(session):
        return _ids_by_stored_volume(session, query, limit)
    statement = _filtered(select(Customer.id), query)
    volume = _volume().subquery()
    if query.sort in (SortKey.VOLUME, SortKey.LAST_CONTACT):
        statement = statement.outerjoin(volume, volume.c.customer_id == Customer.id)
    key: ColumnElement[Any]
    if query.sort == SortKey.CONFIRMED_FLAGS:
        confirmed = _flag_count(FlagStatus.CONFIRMED).subquery()
        statement = statement.outerjoin(confirmed, confirmed.c.customer_id == Customer.id)
        key = func.coalesce(confirmed.c.n, 0)
    elif query.sort == SortKey.NAME:
        key = func.lower(Customer.display_name)
    elif query.sort == SortKey.LAST_CONTACT:
        key = func.coalesce(volume.c.last, dt.datetime(1900, 1, 1))
    else:
        key = func.coalesce(volume.c.n, 0)
    order = key.desc() if query.descending else key.asc()
    statement = statement.order_by(order, Customer.id).limit(limit)
    return list(session.scalars(statement))


def _ids_by_stored_volume(session: Session, query: CustomerQuery, limit: int | None) -> list[int]:
    """The order by ``coalesce(customer_messages, 0)``, then id, as two ordered reads.

    The customers who wrote (a summary row with ``customer_messages > 0``) come in the order of
    the index ``ix_customer_summary_list_order`` (``customer_messages DESC, customer_id``), so
    the first screen is the first rows of an index, not a sort of every customer; the others
    (no row, or 0) all share the key 0 and so follow (or, ascending, precede) in id order.
    """
    if narrows(query):
        wrote = _filtered(
            select(Customer.id).join(CustomerSummary, CustomerSummary.customer_id == Customer.id),
            query,
        )
    else:
        # Every summary row's customer exists (ON DELETE CASCADE): leaving out the few merged
        # away reads the index alone, without a join to every customer.
        merged = select(Customer.id).where(Customer.merged_into_id.is_not(None))
        wrote = select(CustomerSummary.customer_id).where(
            CustomerSummary.customer_id.not_in(merged)
        )
    wrote = wrote.where(CustomerSummary.customer_messages > 0)
    if query.descending:
        wrote = wrote.order_by(
            CustomerSummary.customer_messages.desc(), CustomerSummary.customer_id
        )
    else:
        wrote = wrote.order_by(CustomerSummary.customer_messages, CustomerSummary.customer_id)
    silent = _filtered(select(Customer.id), query).where(
        ~exists().where(
            CustomerSummary.customer_id == Customer.id, CustomerSummary.customer_messages > 0
        )
    )
    silent = silent.order_by(Customer.id)
    ids: list[int] = []
    for part in (wrote, silent) if query.descending else (silent, wrote):
        wanted = None if limit is None else limit - len(ids)
        if wanted is not None and wanted <= 0:
            break
        ids.extend(session.scalars(part.limit(wanted)))
    return ids


def customer_rows(session: Session, ids: Sequence[int]) -> dict[int, CustomerRow]:
    """The list's columns for ``ids`` (one page), by id."""
    if not ids:
        return {}
    wanted = list(ids)
    volume = _volume().where(Message.customer_id.in_(wanted)).subquery()
    confirmed = _flag_count(FlagStatus.CONFIRMED).where(Message.customer_id.in_(wanted)).subquery()
    suggested = _flag_count(FlagStatus.SUGGESTED).where(Message.customer_id.in_(wanted)).subquery()
    open_case = (
        select(Case.customer_id)
        .where(Case.customer_id.in_(wanted), Case.state.in_(OPEN_CASE_STATES))
        .distinct()
        .subquery()
    )
    statement = (
        select(
            Customer.id,
            Customer.display_name,
            Customer.primary_email,
            Customer.organisation,
            func.coalesce(volume.c.n, 0),
            volume.c.last,
            func.coalesce(confirmed.c.n, 0),
            func.coalesce(suggested.c.n, 0),
            open_case.c.customer_id,
        )
        .outerjoin(volume, volume.c.customer_id == Customer.id)
        .outerjoin(confirmed, confirmed.c.customer_id == Customer.id)
        .outerjoin(suggested, suggested.c.customer_id == Customer.id)
        .outerjoin(open_case, open_case.c.customer_id == Customer.id)
        .where(Customer.id.in_(wanted))
    )
    rows: dict[int, CustomerRow] = {}
    for cid, name, email, org, n, last, n_confirmed, n_suggested, case_owner in session.execute(
        statement
    ):
        rows[cid] = CustomerRow(
            id=cid,
            name=name,
            email=email,
            organisation=org,
            messages=int(n),
            last_contact=last,
            confirmed_flags=int(n_confirmed),
            suggested_flags=int(n_suggested),
            open_case=case_owner is not None,
        )
    return rows


def mean_customer_messages(session: Session) -> float:
    """The mean number of messages written per customer who wrote at least one.

    From the summary's distribution (a few hundred ``(count, customers)`` rows) when it is
    current: the same mean as over ``customer_summary``, without reading a row per customer.
    """
    if is_current(session):
        return mean_of(distribution(session, "customer_messages"))
    volume = _volume().subquery()
    value = session.scalar(select(func.avg(volume.c.n)))
    return float(value or 0.0)


def totals(session: Session) -> tuple[int, int]:
    """(customers, messages) in the database, for the status bar.

    The messages are the count the summary was last brought up to date with while it is
    current (the same number, without counting ten million rows).
    """
    customers = customer_count(session, CustomerQuery())
    messages = session.scalar(select(SummaryState.messages).where(SummaryState.id == 1))
    if messages is None or not is_current(session):
        messages = session.scalar(select(func.count()).select_from(Message))
    return int(customers or 0), int(messages or 0)
