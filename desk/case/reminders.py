"""Dates the company promised to keep: reviews that are due.

Two kinds: the review or appeal date of an after-letter checklist (due until the review is
marked held), and the review date of an e-mail-only restriction (due until a later warning
replaces it or the restriction expires). Both are what a manager must not forget, so the
window's start page and ``breakup-desk reminders`` list them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.engine import session_factory
from desk.db.models import Case, CaseChecklist, Customer, CustomerWarning


@dataclass(frozen=True)
class Reminder:
    kind: str  # "case review" | "restriction review"
    due: dt.date
    case_id: int | None
    customer: str
    text: str
    # A restriction review: the warning's date and ladder step (the window words it itself).
    given_on: dt.date | None = None
    step: int | None = None

    def describe(self, today: dt.date) -> str:
        late = (today - self.due).days
        when = "due today" if late == 0 else f"due {self.due} ({late} day(s) ago)"
        case = f"case #{self.case_id}, " if self.case_id is not None else ""
        return f"{self.customer} ({case}{self.kind}) {when}: {self.text}"


def due_reminders(session: Session, today: dt.date | None = None) -> list[Reminder]:
    """Every review due on or before ``today`` that is still open, oldest first."""
    today = today or dt.date.today()
    found: list[Reminder] = []
    for row, name in session.execute(
        select(CaseChecklist, Customer.display_name)
        .join(Case, Case.id == CaseChecklist.case_id)
        .join(Customer, Customer.id == Case.customer_id)
        .where(CaseChecklist.review_on <= today, CaseChecklist.reviewed_on.is_(None))
    ):
        assert row.review_on is not None
        found.append(
            Reminder(
                "case review",
                row.review_on,
                row.case_id,
                name,
                "hold the review or appeal the letter promised",
            )
        )
    latest = (
        select(CustomerWarning.customer_id, func.max(CustomerWarning.given_at).label("last"))
        .group_by(CustomerWarning.customer_id)
        .subquery()
    )
    for warning, name in session.execute(
        select(CustomerWarning, Customer.display_name)
        .join(Customer, Customer.id == CustomerWarning.customer_id)
        .join(
            latest,
            (latest.c.customer_id == CustomerWarning.customer_id)
            & (latest.c.last == CustomerWarning.given_at),
        )
        .where(CustomerWarning.review_on <= today)
        .where((CustomerWarning.expires_on.is_(None)) | (CustomerWarning.expires_on > today))
    ):
        assert warning.review_on is not None
        found.append(
            Reminder(
                "restriction review",
                warning.review_on,
                warning.case_id,
                name,
                f"review the restriction given on {warning.given_at:%Y-%m-%d} "
                f"(step {warning.ladder_step})",
                given_on=warning.given_at.date(),
                step=warning.ladder_step,
            )
        )
    return sorted(found, key=lambda r: (r.due, r.case_id or 0))


def reminders_in(engine: Engine, today: dt.date | None = None) -> list[Reminder]:
    """The due reminders as values, from a session of its own (the window's reader runs it
    and words them in its language)."""
    with session_factory(engine)() as session:
        return due_reminders(session, today)
