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

from desk.case.cases import get_case, set_terms
from desk.db.models import Case
from desk.errors import NotFoundError

CENT = Decimal("0.01")
MAX_REFUND = Decimal("1e12")  # the case keeps 14 digits, two after the point


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
    elif (draft.total() or 0) >= MAX_REFUND:
        problems.append("The refund total is too large.")
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
    """Keep the draft on the case (commits), so closing the app loses nothing.

    Only the wizard's work in progress is kept here; the terms it decides reach the case
    through :func:`save_terms`, which is audited and version-checked like every other change.
    """
    case = session.get(Case, draft.case_id)
    if case is None:
        raise NotFoundError(f"no case #{draft.case_id}")
    case.wizard_state = json.dumps(asdict(draft), default=str)
    session.commit()


@dataclass(frozen=True)
class CaseTerms:
    """The refund and the end date as the case keeps them (what the letter and brief read)."""

    refund_months: int | None
    refund_amount: Decimal | None
    currency: str | None
    effective_date: dt.date | None

    def describe(self) -> str:
        """``"6 months, 1,494.00 USD, ending 2026-05-01"``, for a manager to compare."""
        parts = [f"{self.refund_months} months" if self.refund_months is not None else ""]
        if self.refund_amount is not None:
            parts.append(f"{self.refund_amount:,.2f} {self.currency or ''}".rstrip())
        if self.effective_date is not None:
            parts.append(f"ending {self.effective_date.isoformat()}")
        return ", ".join(p for p in parts if p) or "no terms yet"


def terms_of(draft: BreakupDraft) -> CaseTerms:
    """The terms the draft decides, in the case's own shape (the total, to the cent)."""
    total = draft.total()
    return CaseTerms(
        refund_months=draft.refund_months,
        refund_amount=None if total is None else total.quantize(CENT),
        currency=draft.currency.strip().upper() or None,
        effective_date=draft.end(),
    )


def case_terms(session: Session, case_id: int) -> CaseTerms:
    """The terms on the case now (someone else's, after a refused save)."""
    case = get_case(session, case_id)
    return CaseTerms(case.refund_months, case.refund_amount, case.currency, case.effective_date)


def save_terms(
    session: Session, case_id: int, terms: CaseTerms, actor: str, expected_version: int
) -> bool:
    """Put ``terms`` on the case through :func:`desk.case.cases.set_terms`: one audit event,
    refused with a :class:`~desk.case.cases.ConflictError` when the case is no longer at
    ``expected_version`` (someone else changed it since the wizard read it).

    Returns whether anything changed; terms already on the case write nothing, so going back
    and forth through the wizard does not fill the audit log.
    """
    if case_terms(session, case_id) == terms:
        return False
    set_terms(
        session,
        case_id,
        actor,
        refund_months=terms.refund_months,
        refund_amount=terms.refund_amount,
        currency=terms.currency,
        effective_date=terms.effective_date,
        expected_version=expected_version,
    )
    return True
