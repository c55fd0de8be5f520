"""Merged customers count under the customer they were merged into.

The importer merges two customers by setting ``merged_into_id`` on one; their conversations and
messages keep the old ``customer_id``. Analytics therefore rolls every merged customer up to its
root (following chains A → B → C; a cycle, which should never exist, leaves its members alone).
Merges are rare, so when there are none the per-customer queries skip the roll-up entirely.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Subquery, select
from sqlalchemy.orm import Session, aliased

from desk.db.models import Customer

_CHECKED = "desk.analytics.merges.has_merges"


def has_merges(session: Session) -> bool:
    """Whether any customer was merged into another (answered once inside
    :func:`merges_checked_once`)."""
    known = session.info.get(_CHECKED)
    if known is not None:
        return bool(known)
    return (
        session.scalar(select(Customer.id).where(Customer.merged_into_id.is_not(None)).limit(1))
        is not None
    )


@contextmanager
def merges_checked_once(session: Session) -> Iterator[None]:
    """Ask :func:`has_merges` once for every read inside the block (one customer's full stats
    asked it six times: a round trip each, most of the time on a loaded PostgreSQL server).
    Not for a block that merges customers. Nested blocks keep the outer answer."""
    if _CHECKED in session.info:
        yield
        return
    session.info[_CHECKED] = has_merges(session)
    try:
        yield
    finally:
        session.info.pop(_CHECKED, None)


def merge_roots() -> Subquery:
    """``(member, root)`` for every merged customer: the customer it finally counts under."""
    chain = (
        select(Customer.id.label("member"), Customer.merged_into_id.label("root"))
        .where(Customer.merged_into_id.is_not(None))
        .cte("merge_chain", recursive=True)
    )
    parent = aliased(Customer)
    chain = chain.union(
        select(chain.c.member, parent.merged_into_id)
        .join(parent, parent.id == chain.c.root)
        .where(parent.merged_into_id.is_not(None))
    )
    top = aliased(Customer)
    return (
        select(chain.c.member, chain.c.root)
        .join(top, top.id == chain.c.root)
        .where(top.merged_into_id.is_(None))
        .subquery("merge_roots")
    )


def root_of(session: Session, customer_id: int) -> int:
    """The customer ``customer_id`` counts under (itself unless it was merged)."""
    if not has_merges(session):
        return customer_id
    roots = merge_roots()
    root = session.scalar(select(roots.c.root).where(roots.c.member == customer_id))
    return customer_id if root is None else int(root)


def member_ids(session: Session, customer_id: int) -> list[int]:
    """``customer_id`` (a root) and every customer merged into it, directly or not."""
    if not has_merges(session):
        return [customer_id]
    roots = merge_roots()
    merged = session.scalars(select(roots.c.member).where(roots.c.root == customer_id))
    return [customer_id, *sorted(int(m) for m in merged)]
