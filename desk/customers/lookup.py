"""Finding a customer by what a manager types: an id, an email, any identity, or a name."""

from __future__ import annotations

import difflib

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk.db.models import Customer, Identity
from desk.errors import InputError, NotFoundError


def resolve_customer(session: Session, name: str) -> Customer:
    """The one customer ``name`` designates, else a clear error listing close matches.

    Tried in order: ``#123``/``123`` as the id, an identity value (email, handle, vendor id),
    the primary email, then the display name (case-insensitive).
    """
    text = name.strip()
    if not text:
        raise InputError("no customer given")
    digits = text.removeprefix("#")
    if digits.isdigit():
        customer = session.get(Customer, int(digits))
        if customer is not None:
            return _follow_merge(session, customer)
    lowered = text.lower()
    ids = set(
        session.scalars(select(Identity.customer_id).where(func.lower(Identity.value) == lowered))
    )
    if not ids:
        ids = set(
            session.scalars(
                select(Customer.id).where(
                    or_(
                        func.lower(Customer.primary_email) == lowered,
                        func.lower(Customer.display_name) == lowered,
                    )
                )
            )
        )
    customers = {_follow_merge(session, session.get_one(Customer, i)).id for i in ids}
    if len(customers) == 1:
        return session.get_one(Customer, customers.pop())
    if len(customers) > 1:
        listed = ", ".join(f"#{i}" for i in sorted(customers)[:8])
        raise InputError(f"customer {text!r} is ambiguous: it matches {listed}; give the id")
    raise NotFoundError(f"no customer {text!r}{_close_matches(session, lowered)}")


def _follow_merge(session: Session, customer: Customer) -> Customer:
    seen = {customer.id}
    while customer.merged_into_id is not None and customer.merged_into_id not in seen:
        seen.add(customer.merged_into_id)
        customer = session.get_one(Customer, customer.merged_into_id)
    return customer


def _close_matches(session: Session, lowered: str) -> str:
    stem = lowered.split("@")[0][:4]
    if not stem:
        return ""
    pattern = f"%{stem}%"
    candidates = list(
        session.scalars(
            select(Identity.value).where(func.lower(Identity.value).like(pattern)).limit(200)
        )
    )
    candidates += list(
        session.scalars(
            select(Customer.display_name)
            .where(func.lower(Customer.display_name).like(pattern))
            .limit(200)
        )
    )
    close = difflib.get_close_matches(lowered, [c.lower() for c in candidates], n=5, cutoff=0.5)
    if not close:
        return ""
    return "; close matches: " + ", ".join(close)
