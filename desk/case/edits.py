"""The evidence basket's reads and writes, each in its own session, for the UI's task runner.

A :data:`Change` is one edit of one case (add, remove, restore, reorder) written in a session
the caller provides. :func:`write_change` runs it in a fresh session and returns the case as it
then stands, so the UI, which never holds a session, always shows what the database holds.
Evidence is never changed in place, so each change follows item ids through a
:class:`~desk.case.tracker.CaseTracker`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case import cases, evidence, evidence_corrections
from desk.case.basket import Basket, basket, customer_basket
from desk.case.tracker import CaseTracker
from desk.db.models import Evidence, EvidenceKind

# A change to one case, run on the write worker with a session and the tracker.
Change = Callable[[Session, CaseTracker], object]
# Writes a new item into a case: (session, case id, the case version expected) → the item.
Adder = Callable[[Session, int, int | None], Evidence]


def load_customer_basket(engine: Engine, customer_id: int) -> Basket | None:
    """The customer's open case as a basket (None: no case open)."""
    with Session(engine) as session:
        return customer_basket(session, customer_id)


def open_case_basket(engine: Engine, customer_id: int, actor: str) -> Basket:
    """Open a draft case against the customer (or resume the one open); the basket after."""
    with Session(engine) as session:
        case = cases.open_or_resume(session, customer_id, actor)
        return basket(session, case.id)


def write_change(
    engine: Engine, case_id: int, change: Change, tracker: CaseTracker
) -> tuple[object, Basket]:
    """Run ``change`` in its own session; its result and the case as it then stands."""
    with Session(engine) as session:
        result = change(session, tracker)
        return result, basket(session, case_id)


def adding(case_id: int, build: Adder) -> Change:
    """Add what ``build`` writes; the change returns the new item's (id, text)."""

    def change(session: Session, tracker: CaseTracker) -> object:
        item = build(session, case_id, tracker.version(case_id))
        return item.id, (item.note if item.kind == EvidenceKind.NOTE else item.quote) or ""

    return change


def quote_adder(message_id: int, actor: str, start: int, end: int, category: str | None) -> Adder:
    """Quote characters ``start``–``end`` of a message, at the case version expected."""
    return lambda session, case_id, version: evidence.add_quote(
        session,
        case_id,
        message_id,
        actor,
        start=start,
        end=end,
        category=category,
        expected_version=version,
    )


def note_adder(text: str, actor: str, criterion: str | None) -> Adder:
    return lambda session, case_id, _version: evidence.add_note(
        session, case_id, text, actor, criterion=criterion
    )


def attachment_adder(path: Path, actor: str, criterion: str | None) -> Adder:
    return lambda session, case_id, _version: evidence.add_attachment(
        session, case_id, path, actor, criterion=criterion
    )


def presence(case_id: int, evidence_id: int, actor: str, present: bool) -> Change:
    """Put item ``evidence_id`` back in the case (restore its removal) or take it out."""

    def change(session: Session, tracker: CaseTracker) -> object:
        current = tracker.follow(evidence_id)
        expected = tracker.version(case_id)
        if present:
            item = evidence_corrections.restore(session, current, actor, expected_version=expected)
        else:
            item = evidence_corrections.remove(session, current, actor, expected_version=expected)
        tracker.record(current, item.id)
        return item.id

    return change


def ordering(case_id: int, order: Sequence[int], actor: str) -> Change:
    """Put the case's items in ``order`` (ids as they were when the order was taken)."""
    wanted = list(order)

    def change(session: Session, tracker: CaseTracker) -> object:
        ids = [tracker.follow(i) for i in wanted]
        evidence_corrections.reorder(
            session, case_id, ids, actor, expected_version=tracker.version(case_id)
        )
        return None

    return change
