"""Finding a case, and the one audited, version-checked way to change it.

Everything that writes to a case (the state machine in :mod:`desk.case.cases`, evidence,
warnings, letters) goes through :func:`change_case` or :func:`lock_case` plus
:func:`saving`: the case's version is bumped first, so two managers editing the same case
cannot silently overwrite each other (the second save is refused with a
:class:`ConflictError`), and the audit event is appended in the same transaction. Kept below
the state machine so that evidence and the ladder can write to a case without importing the
transitions that read them back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from desk.analytics.merges import root_of
from desk.case.audit import append_event
from desk.db.models import Case, CaseState, Customer
from desk.errors import DeskError, InputError, NotFoundError

OPEN_STATES = (
    CaseState.DRAFT,
    CaseState.READY_FOR_REVIEW,
    CaseState.APPROVED,
    CaseState.LETTER_ISSUED,
)


class ConflictError(DeskError):
    """Someone else changed the case since it was read; nothing was saved."""


def state_label(state: CaseState) -> str:
    return state.value.replace("_", " ")


def get_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(f"no case #{case_id}")
    return case


def canonical_customer(session: Session, customer_id: int) -> Customer:
    """The customer ``customer_id`` was merged into (itself when not merged)."""
    customer = session.get(Customer, root_of(session, customer_id))
    if customer is None:
        raise NotFoundError(f"no customer #{customer_id}")
    return customer


def open_case_of(session: Session, customer_id: int) -> Case | None:
    """The customer's case that is still open (not declined or closed), if any."""
    return session.scalars(
        select(Case)
        .where(Case.customer_id == customer_id, Case.state.in_(OPEN_STATES))
        .order_by(Case.id.desc())
        .limit(1)
    ).first()


def lock_case(session: Session, case_id: int, expected_version: int | None = None) -> Case:
    """Claim the right to change case ``case_id`` in this transaction.

    Bumps the case's version with ``UPDATE … WHERE version = <the version read>``: when another
    manager saved in between (or still holds the row on PostgreSQL and then commits), no row
    matches and the change is refused. ``expected_version`` is the version the caller showed
    to its user; a different current version is refused at once.
    """
    case = get_case(session, case_id)
    if expected_version is not None and case.version != expected_version:
        raise _conflict(case_id)
    result = session.connection().execute(
        update(Case)
        .where(Case.id == case_id, Case.version == case.version)
        .values(version=case.version + 1)
    )
    if not isinstance(result, CursorResult) or result.rowcount != 1:
        raise _conflict(case_id)
    set_committed_value(case, "version", case.version + 1)
    return case


def _conflict(case_id: int) -> ConflictError:
    return ConflictError(
        f"case #{case_id} was changed by someone else since you opened it; nothing was saved. "
        "Reload the case and make your change again"
    )


@contextmanager
def saving(session: Session, case_id: int) -> Iterator[None]:
    """Commit the change; turn a lost optimistic-locking race into a :class:`ConflictError`."""
    try:
        yield
        session.commit()
    except StaleDataError:
        session.rollback()
        raise _conflict(case_id) from None
    except BaseException:
        session.rollback()
        raise


def change_case(
    session: Session,
    case_id: int,
    actor: str,
    action: str,
    change: Callable[[Case], dict[str, Any]],
    expected_version: int | None = None,
) -> Case:
    """Lock the case, apply ``change`` (which returns the audit detail), audit and commit."""
    actor = checked_actor(actor)
    with saving(session, case_id):
        case = lock_case(session, case_id, expected_version)
        detail = change(case)
        session.flush()
        append_event(session, actor=actor, action=action, case_id=case_id, detail=detail)
    return case


def checked_actor(actor: str) -> str:
    """The actor's name, trimmed; every audit event must say who made the change."""
    if not actor.strip():
        raise InputError("say who makes the change (a manager's name)")
    return actor.strip()
