"""A manager merges two customers found to be one person, and can undo it.

:func:`merge_customers` moves everything of the merged customer to the kept one: identities,
conversations, messages, cases and warnings (``customer_id`` re-pointed), marks the merged
customer ``merged_into_id``, and records in :class:`CustomerMerge` exactly which rows moved
(``identity_ids`` holds a JSON object of id lists), so that :func:`undo_merge` puts back those
rows and only those. Merges recorded by the importer (``identity_ids`` a plain JSON list of
identities) are undone the same way.

The caller commits; both functions only stage changes in the session.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, select, update
from sqlalchemy.orm import Session

from desk.analytics.refresh import refresh_customers
from desk.db.bulk import chunks
from desk.db.models import (
    Case,
    Conversation,
    Customer,
    CustomerMerge,
    CustomerWarning,
    Identity,
    Message,
    utcnow,
)
from desk.errors import InputError, NotFoundError

# What moves with a merge: JSON key → (model, its customer column).
MOVED: dict[str, tuple[Any, Column[Any] | Any]] = {
    "identities": (Identity, Identity.customer_id),
    "conversations": (Conversation, Conversation.customer_id),
    "messages": (Message, Message.customer_id),
    "cases": (Case, Case.customer_id),
    "warnings": (CustomerWarning, CustomerWarning.customer_id),
}


@dataclass(frozen=True, slots=True)
class IdentityRow:
    """One way a customer is known, for listings."""

    id: int
    source: str
    kind: str
    value: str


def merge_customers(
    session: Session, keep_id: int, merge_id: int, actor: str, reason: str
) -> CustomerMerge:
    """Merge customer ``merge_id`` into ``keep_id``; see the module docstring."""
    if keep_id == merge_id:
        raise InputError(f"customer #{keep_id} cannot be merged with itself")
    keep = _customer(session, keep_id)
    merged = _customer(session, merge_id)
    for customer in (keep, merged):
        if customer.merged_into_id is not None:
            raise InputError(
                f"customer #{customer.id} was already merged into #{customer.merged_into_id}; "
                "merge into that customer instead"
            )
    if not reason.strip():
        raise InputError("give a reason for the merge (it is kept with the merge record)")
    moved: dict[str, list[int]] = {}
    for key, (model, column) in MOVED.items():
        ids = sorted(session.scalars(select(model.id).where(column == merge_id)))
        moved[key] = ids
        for chunk in chunks(ids, 5000):
            session.execute(
                update(model).where(model.id.in_(chunk)).values(_repoint(model, column, keep_id)),
                execution_options={"synchronize_session": False},
            )
    refresh_customers(session, [keep_id, merge_id])  # their messages moved: the summary too
    merged.merged_into_id = keep_id
    record = CustomerMerge(
        kept_id=keep_id,
        merged_id=merge_id,
        reason=reason.strip(),
        identity_ids=json.dumps(moved),
        merged_by=actor,
    )
    session.add(record)
    session.flush()
    session.expire_all()
    return record


def undo_merge(session: Session, merge_id: int, actor: str) -> CustomerMerge:
    """Put back what merge ``merge_id`` moved; the merge record stays, marked undone.

    Rows moved on since (to a third customer) are left where they are. The model has no
    column for who undid a merge: ``actor`` is appended to the merge's reason.
    """
    record = session.get(CustomerMerge, merge_id)
    if record is None:
        raise NotFoundError(f"no merge #{merge_id}")
    if record.undone_at is not None:
        raise InputError(f"merge #{merge_id} was already undone on {record.undone_at:%Y-%m-%d}")
    kept = _customer(session, record.kept_id)
    if kept.merged_into_id is not None:
        later = session.scalar(
            select(CustomerMerge.id)
            .where(CustomerMerge.merged_id == kept.id, CustomerMerge.undone_at.is_(None))
            .order_by(CustomerMerge.id.desc())
        )
        raise InputError(
            f"customer #{kept.id} was merged into #{kept.merged_into_id} since; "
            f"undo merge #{later} first"
        )
    for key, ids in _moved(record).items():
        model, column = MOVED[key]
        for chunk in chunks(ids, 5000):
            session.execute(
                update(model)
                .where(model.id.in_(chunk), column == record.kept_id)
                .values(_repoint(model, column, record.merged_id)),
                execution_options={"synchronize_session": False},
            )
    refresh_customers(session, [record.kept_id, record.merged_id])
    merged = _customer(session, record.merged_id)
    merged.merged_into_id = None
    record.undone_at = utcnow()
    record.reason = f"{record.reason} [undone by {actor}]"
    session.flush()
    session.expire_all()
    return record


def identities_of(session: Session, customer_id: int) -> list[IdentityRow]:
    """Every identity of the customer, and of the customers merged into it."""
    _customer(session, customer_id)
    members = _members(session, customer_id)
    rows = session.scalars(
        select(Identity)
        .where(Identity.customer_id.in_(members))
        .order_by(Identity.source, Identity.kind, Identity.value)
    )
    return [IdentityRow(i.id, i.source, i.kind, i.value) for i in rows]


def merges_of(session: Session, customer_id: int) -> list[CustomerMerge]:
    """The merges the customer took part in, newest first."""
    return list(
        session.scalars(
            select(CustomerMerge)
            .where(
                (CustomerMerge.kept_id == customer_id) | (CustomerMerge.merged_id == customer_id)
            )
            .order_by(CustomerMerge.id.desc())
        )
    )


def _repoint(model: Any, column: Any, customer_id: int) -> dict[str, Any]:
    values: dict[str, Any] = {column.key: customer_id}
    if model is Case:  # the optimistic lock must see the change
        values["version"] = Case.version + 1
    return values


def _members(session: Session, customer_id: int) -> list[int]:
    found = [customer_id]
    frontier = [customer_id]
    while frontier:
        children = list(
            session.scalars(select(Customer.id).where(Customer.merged_into_id.in_(frontier)))
        )
        frontier = [c for c in children if c not in found]
        found += frontier
    return found


def _moved(record: CustomerMerge) -> dict[str, list[int]]:
    try:
        data = json.loads(record.identity_ids or "[]")
    except ValueError:
        raise InputError(f"merge #{record.id} has an unreadable record of what moved") from None
    if isinstance(data, list):  # a merge made by the importer: identities only
        return {"identities": [int(i) for i in data]}
    if not isinstance(data, dict):
        raise InputError(f"merge #{record.id} has an unreadable record of what moved")
    return {key: [int(i) for i in data.get(key, [])] for key in MOVED}


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(f"no customer #{customer_id}")
    return customer
