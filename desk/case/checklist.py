"""What is left to do once the letter is out, kept by the app until the case can close.

After the letter the company owes the customer the refund it promised (the policy's months of
their subscription, or the total the wizard fixed), a review or appeal date, and, where the
manager chose to, a word on how the customer may come back if civil. Each is recorded here
through the case's audited, version-checked path; when the list is done the case is closed
through the state machine (:func:`desk.case.cases.close`), never by writing its state.

The refund due is computed, not typed: the case's total when the wizard fixed one, else the
customer's monthly amount times the case's months (the policy's, six by default), exactly as
the letter computes it. A payment of another amount is refused, since the letter promised this
one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from desk.case import cases
from desk.case.case_access import canonical_customer, change_case, get_case, state_label
from desk.case.policy import load_policy
from desk.db.models import Case, CaseChecklist, CaseState, utcnow
from desk.errors import InputError

CENT = Decimal("0.01")
AFTER_LETTER = (CaseState.LETTER_ISSUED, CaseState.CLOSED)


@dataclass(frozen=True)
class Item:
    key: str  # "refund" | "review" | "door"
    title: str
    done: bool
    text: str  # what was recorded, or what is still owed
    required: bool = True


@dataclass(frozen=True)
class Checklist:
    """The after-letter list of one case, as plain values."""

    case_id: int
    state: str
    refund_due: Decimal | None
    currency: str
    refund_basis: str  # how the amount due was computed, in words
    refund_paid: Decimal | None
    refund_reference: str | None
    refund_paid_on: dt.date | None
    review_on: dt.date | None
    reviewed_on: dt.date | None
    door: str | None
    items: tuple[Item, ...]

    @property
    def done(self) -> bool:
        return all(item.done for item in self.items if item.required)


def refund_due(session: Session, case: Case) -> tuple[Decimal | None, str, str]:
    """(amount due or None when unknown, currency, how it was computed)."""
    customer = canonical_customer(session, case.customer_id)
    currency = case.currency or customer.currency or "USD"
    if case.refund_amount is not None:
        return Decimal(case.refund_amount).quantize(CENT), currency, "the total set on the case"
    months = case.refund_months or load_policy(session).refund_months
    if customer.monthly_revenue is None:
        return None, currency, f"{months} months; the monthly amount is not known"
    monthly = Decimal(customer.monthly_revenue)
    amount = (monthly * months).quantize(CENT)
    return amount, currency, f"{months} months × {monthly:,.2f} {currency}"


def checklist_of(session: Session, case_id: int) -> Checklist:
    case = get_case(session, case_id)
    row = session.get(CaseChecklist, case_id)
    due, currency, basis = refund_due(session, case)
    paid = None if row is None else row.refund_paid
    refund_required = due is None or due > 0
    if paid is not None and row is not None:
        refund = f"{paid:,.2f} {row.refund_currency or currency} paid on {row.refund_paid_on}"
        refund += f", reference {row.refund_reference}"
    elif due is None:
        refund = f"due: {basis}"
    else:
        refund = f"due: {due:,.2f} {currency} ({basis})"
    review_on = None if row is None else row.review_on
    reviewed_on = None if row is None else row.reviewed_on
    review = "no date yet" if review_on is None else f"on {review_on}"
    if reviewed_on is not None:
        review += f", held on {reviewed_on}"
    door = None if row is None else row.door
    items = (
        Item("refund", "Refund paid", paid is not None, refund, refund_required),
        Item("review", "Review or appeal date set", review_on is not None, review),
        Item("door", "The door left open", door is not None, door or "not said", False),
    )
    return Checklist(
        case_id=case_id,
        state=case.state.value,
        refund_due=due,
        currency=currency,
        refund_basis=basis,
        refund_paid=paid,
        refund_reference=None if row is None else row.refund_reference,
        refund_paid_on=None if row is None else row.refund_paid_on,
        review_on=review_on,
        reviewed_on=reviewed_on,
        door=door,
        items=items,
    )


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        raise InputError(f"the refund {text!r} is not an amount (e.g. 294.00)") from None
    if value < 0:
        raise InputError(f"the refund {text!r} is negative")
    return value.quantize(CENT)


def update_checklist(
    session: Session,
    case_id: int,
    actor: str,
    *,
    refund_paid: str | None = None,
    reference: str | None = None,
    paid_on: dt.date | None = None,
    review_on: dt.date | None = None,
    reviewed_on: dt.date | None = None,
    door: str | None = None,
    today: dt.date | None = None,
    expected_version: int | None = None,
) -> Checklist:
    """Record what was done (one audited change), then close the case when the list is done."""
    today = today or dt.date.today()
    if refund_paid is not None and not (reference or "").strip():
        raise InputError("say the payment's reference (--reference REF) with the refund")
    if refund_paid is not None and paid_on is None:
        raise InputError("say when the refund was paid (--on YYYY-MM-DD)")
    for label, day in (("payment", paid_on), ("review", reviewed_on)):
        if day is not None and day > today:
            raise InputError(f"the {label} date {day} is in the future; record it once done")
    if door is not None and not door.strip():
        raise InputError("say how the customer may come back (--door TEXT), or leave it out")

    def change(case: Case) -> dict[str, Any]:
        if case.state not in AFTER_LETTER:
            raise InputError(
                f"case #{case.id} is {state_label(case.state)}: the checklist starts once the "
                "letter is issued"
            )
        row = session.get(CaseChecklist, case.id) or CaseChecklist(case_id=case.id)
        detail: dict[str, Any] = {}
        if refund_paid is not None:
            amount = _amount(refund_paid)
            due, currency, basis = refund_due(session, case)
            if due is not None and amount != due:
                raise InputError(
                    f"the refund due is {due:,.2f} {currency} ({basis}), not {amount:,.2f}; "
                    "the letter promised that amount"
                )
            row.refund_paid, row.refund_currency = amount, currency
            row.refund_reference = (reference or "").strip()
            row.refund_paid_on = paid_on
            detail["refund"] = {
                "amount": f"{amount}",
                "currency": currency,
                "reference": row.refund_reference,
                "paid_on": f"{paid_on}",
            }
        if review_on is not None:
            row.review_on = review_on
            detail["review_on"] = review_on.isoformat()
        if reviewed_on is not None:
            if row.review_on is None:
                raise InputError("set the review date (--review-on) before marking it held")
            row.reviewed_on = reviewed_on
            detail["reviewed_on"] = reviewed_on.isoformat()
        if door is not None:
            row.door = door.strip()
            detail["door"] = row.door
        if not detail:
            raise InputError("nothing to record: give --refund-paid, --review-on or --door")
        row.updated_at = utcnow()
        session.add(row)
        return detail

    change_case(session, case_id, actor, "checklist.updated", change, expected_version)
    result = checklist_of(session, case_id)
    if result.done and result.state == CaseState.LETTER_ISSUED.value:
        cases.close(session, case_id, actor, note="the after-letter checklist is done")
        result = checklist_of(session, case_id)
    return result
