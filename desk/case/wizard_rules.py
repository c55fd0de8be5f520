"""The breakup wizard's rules, headless: what each page needs, decides, and why it is not complete.

The first three pages ask what a case needs before it goes to leadership and what leadership
decided (the cause, the warnings, the approval); the last three fill a draft (the terms, the
letter, the export). The draft lives on the case (``Case.wizard_state``, JSON) so the wizard can
be closed and resumed on any page. Each ``*_problems`` function returns the reasons a page is
not complete, in words for the manager (each a :class:`Reason`, keyed for the window); an
empty list means the page may be left. The state machine these rules ask about is
:mod:`desk.case.cases`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.case_access import get_case
from desk.case.cases import set_terms
from desk.case.criteria import (
    BACKING_KINDS,
    CriterionStatus,
    PatternStatus,
    criteria_status,
    incidents,
)
from desk.case.ladder import LadderStatus
from desk.case.policy import PATTERN_CRITERION, LadderStep, Policy
from desk.db.models import Approval, Case, Evidence
from desk.errors import NotFoundError

CENT = Decimal("0.01")
MAX_REFUND = Decimal("1e12")  # the case keeps 14 digits, two after the point


class Reason(str):
    """One reason a page is not complete: the English sentence (what the CLI and the tests
    read, as before) that also carries a stable ``key`` and the ``values`` in it, so that the
    window can say it in its own language (``ui/wizard/reasons.py``) without parsing English.
    """

    key: str
    values: dict[str, Any]

    def __new__(cls, key: str, text: str, **values: Any) -> Reason:
        reason = super().__new__(cls, text)
        reason.key = key
        reason.values = values
        return reason


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
    problems: list[str] = []
    if not 0 <= draft.refund_months <= 36:
        problems.append(Reason("refund_months", "Refund between 0 and 36 months."))
    if draft.refund_total.strip() and _decimal(draft.refund_total) is None:
        problems.append(Reason("total_not_a_number", "The refund total is not a number."))
    elif draft.total() is None:
        problems.append(Reason("total_missing", "Type the monthly amount or the refund total."))
    elif (draft.total() or 0) < 0:
        problems.append(Reason("total_negative", "The refund cannot be negative."))
    elif (draft.total() or 0) >= MAX_REFUND:
        problems.append(Reason("total_too_large", "The refund total is too large."))
    if len(draft.currency.strip()) != 3 or not draft.currency.isalpha():
        problems.append(
            Reason("currency", "The currency is a three-letter code, such as USD or EUR.")
        )
    end = draft.end()
    if end is None:
        problems.append(Reason("end_missing", "Choose the date the service ends."))
    elif end < today:
        problems.append(Reason("end_in_the_past", "The service cannot end in the past."))
    if not draft.export_instructions.strip():
        problems.append(Reason("export_missing", "Say how the customer can export their data."))
    if not draft.legal_checked:
        problems.append(
            Reason(
                "legal_unchecked",
                "Confirm that the contract was checked with legal (business customers).",
            )
        )
    return problems


def letter_problems(draft: BreakupDraft) -> list[str]:
    if not draft.body.strip():
        return [Reason("letter_empty", "The letter has no text.")]
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


# The cause, the warnings and leadership's decision (the first three pages).
def backing_evidence(items: Sequence[Evidence], policy: Policy) -> dict[str, list[Evidence]]:
    """Each criterion of the policy with the evidence items that back it, in the case's order.

    The pattern criterion is backed by the incidents of the other criteria, and only once the
    pattern rule is met (as :func:`desk.case.criteria.criteria_status` counts it).
    """
    statuses = {s.key: s for s in criteria_status(items, policy)}
    backing: dict[str, list[Evidence]] = {}
    for criterion in policy.criteria:
        if criterion.key == PATTERN_CRITERION:
            found = incidents(items, policy) if statuses[criterion.key].backed else []
        else:
            found = [e for e in items if e.criterion == criterion.key and e.kind in BACKING_KINDS]
        backing[criterion.key] = found
    return backing


def cause_problems(
    statuses: Sequence[CriterionStatus], pattern: PatternStatus, claimed: Sequence[str]
) -> list[str]:
    """Why the case cannot go to review with these claims (empty: it can).

    The same bar as :func:`desk.case.cases.submit`: at least one claimed criterion, each backed
    by evidence, and the pattern rule met unless a ladder-skipping incident is in the evidence.
    """
    if not any(s.backed for s in statuses):
        return [
            Reason(
                "nothing_backed",
                "No evidence backs any criterion yet: add quotes of the customer's messages "
                "from their page first.",
            )
        ]
    problems: list[str] = []
    unbacked = [s.title for s in statuses if s.key in claimed and not s.backed]
    if unbacked:
        problems.append(
            Reason(
                "unbacked",
                f"No evidence backs {'; '.join(unbacked)}: do not claim it.",
                titles=tuple(unbacked),
            )
        )
    if not any(s.backed for s in statuses if s.key in claimed):
        problems.append(
            Reason("nothing_claimed", "Tick at least one criterion that the evidence backs.")
        )
    if not pattern.met and not pattern.skips_ladder:
        problems.append(
            Reason(
                "pattern_not_met",
                f"The pattern rule is not met ({pattern.days} day{'s' * (pattern.days != 1)}, "
                f"{pattern.conversations} conversation{'s' * (pattern.conversations != 1)}; the "
                f"policy asks for {pattern.min_days} days in {pattern.min_conversations} "
                "conversations). One bad day is not a pattern: add incidents from other days.",
                days=pattern.days,
                conversations=pattern.conversations,
                min_days=pattern.min_days,
                min_conversations=pattern.min_conversations,
            )
        )
    return problems


def skipped_steps(status: LadderStatus) -> tuple[LadderStep, ...]:
    """The ladder steps before the last (ending the relationship) that were never given, when
    nothing in the evidence lets the case skip the ladder."""
    if status.may_skip:
        return ()
    return tuple(step for step, warning in status.steps[:-1] if warning is None)


def approval_problems(
    name: str, title: str, decision: str | None, adjustments_considered: bool | None
) -> list[str]:
    """Why leadership's decision cannot be recorded yet (empty: it can).

    ``decision`` is ``"approved"``, ``"declined"`` or None when not chosen yet.
    """
    problems: list[str] = []
    if not name.strip() or not title.strip():
        problems.append(Reason("approver_missing", "Give the approver's name and title."))
    if decision is None:
        problems.append(Reason("decision_missing", "Choose the decision: approve or decline."))
    if adjustments_considered is None:
        problems.append(
            Reason(
                "adjustments_unanswered", "Answer whether reasonable adjustments were considered."
            )
        )
    elif decision == "approved" and not adjustments_considered:
        problems.append(
            Reason(
                "adjustments_not_considered",
                "The case cannot be approved until reasonable adjustments for the customer's "
                "disability or circumstances have been considered.",
            )
        )
    return problems


def latest_approval(session: Session, case_id: int) -> Approval | None:
    """Leadership's most recent decision on the case, if any."""
    return session.scalars(
        select(Approval)
        .where(Approval.case_id == case_id)
        .order_by(Approval.recorded_at.desc(), Approval.id.desc())
        .limit(1)
    ).first()
