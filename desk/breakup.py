"""The breakup wizard's draft, headless: what each page decides, and why it is not complete.

The draft lives on the case (``Case.wizard_state``, JSON) so the wizard can be closed and
resumed on any page. Each ``*_problems`` function returns the reasons a page is not complete,
in words for the manager; an empty list means the page may be left.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from desk.db.models import Case
from desk.errors import NotFoundError


@dataclass
class BreakupDraft:
    """Everything the wizard collects that is not yet stored elsewhere on the case."""

    case_id: int
    page: int = 0
    refund_months: int = 6
    monthly_amount: str = ""  # as typed; the total is months × this
    refund_total: str = ""  # typed in to override months × monthly amount
    currency: str = "USD"
    end_date: str = ""  # ISO date
    export_instructions: str = ""
    legal_checked: bool = False
    language: str = "en"
    template: str = ""
    body: str = ""  # the filled-in letter text, as edited by the manager
    letter_path: str = ""
    signed_path: str = ""
    notes: dict[str, Any] = field(default_factory=dict)

    # -- derived values ----------------------------------------------------------------

    def total(self) -> Decimal | None:
        """The refund total: typed in, else months × monthly amount (None when unknown)."""
        typed = _decimal(self.refund_total)
        if typed is not None:
            return typed
        monthly = _decimal(self.monthly_amount)
        return None if monthly is None else monthly * self.refund_months

    def end(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.end_date) if self.end_date else None
        except ValueError:
            return None


def _decimal(text: str) -> Decimal | None:
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def terms_problems(draft: BreakupDraft, today: dt.date | None = None) -> list[str]:
    """Why the Terms page is not complete yet."""
    today = today or dt.date.today()
    problems = []
    if not 0 <= draft.refund_months <= 36:
        problems.append("Refund between 0 and 36 months.")
    if draft.refund_total.strip() and _decimal(draft.refund_total) is None:
        problems.append("The refund total is not a number.")
    elif draft.total() is None:
        problems.append("Type the monthly amount or the refund total.")
    elif (draft.total() or 0) < 0:
        problems.append("The refund cannot be negative.")
    if len(draft.currency.strip()) != 3 or not draft.currency.isalpha():
        problems.append("The currency is a three-letter code, such as USD or EUR.")
    end = draft.end()
    if end is None:
        problems.append("Choose the date the service ends.")
    elif end < today:
        problems.append("The service cannot end in the past.")
    if not draft.export_instructions.strip():
        problems.append("Say how the customer can export their data.")
    if not draft.legal_checked:
        problems.append("Confirm that the contract was checked with legal (business customers).")
    return problems


def letter_problems(draft: BreakupDraft) -> list[str]:
    if not draft.body.strip():
        return ["The letter has no text."]
    return []


def load_draft(session: Session, case_id: int) -> BreakupDraft:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(f"no case #{case_id}")
    stored = json.loads(case.wizard_state or "{}")
    known = {f.name for f in fields(BreakupDraft)}
    values = {k: v for k, v in stored.items() if k in known}
    values["case_id"] = case_id
    draft = BreakupDraft(**values)
    if not stored:
        draft.refund_months = case.refund_months or draft.refund_months
    return draft


def save_draft(session: Session, draft: BreakupDraft) -> None:
    """Keep the draft on the case (commits), so closing the app loses nothing."""
    case = session.get(Case, draft.case_id)
    if case is None:
        raise NotFoundError(f"no case #{draft.case_id}")
    case.wizard_state = json.dumps(asdict(draft), default=str)
    case.refund_months = draft.refund_months
    case.refund_amount = draft.total()
    case.currency = draft.currency.upper() or None
    case.effective_date = draft.end()
    session.commit()
