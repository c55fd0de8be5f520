"""A case against one customer, and the state machine it moves through.

::

    draft ──submit──► ready_for_review ──approve──► approved ──issue_letter──► letter_issued
      ▲                 │        └──decline──► declined                           │
      └──withdraw───────┘                         │                               ▼
      └──────────────reopen (with a reason)───────┴───────────────────────── closed

Each transition checks its conditions and refuses with a :class:`TransitionRefused` that
says why in words a manager can act on. Every change to a case bumps its version first
(:func:`lock_case`), so two managers editing the same case cannot silently overwrite each
other: the second save is refused with a :class:`ConflictError`. Every change appends an
audit event in the same transaction. That write path lives in :mod:`desk.case.case_access`
(below this module, so evidence and the ladder use it without the transitions); its names
are re-exported here for the callers that reach them as ``cases.get_case`` and the like.

What the case claims and what backs it (the criteria, the incidents, the pattern rule) are
read in :mod:`desk.case.criteria`; the transitions here only ask it whether they may go ahead.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from desk.case.audit import append_event
from desk.case.case_access import (
    canonical_customer,
    change_case,
    checked_actor,
    lock_case,
    open_case_of,
    state_label,
)
from desk.case.criteria import claimed_criteria, criteria_status, current_evidence, pattern_status
from desk.case.policy import PATTERN_CRITERION, Policy, load_policy
from desk.db.models import Approval, Case, CaseState
from desk.errors import DeskError, InputError


class TransitionRefused(DeskError):
    """A state change whose conditions are not met; the message says which and why."""


def _require(case: Case, allowed: Sequence[CaseState], doing: str) -> None:
    if case.state not in allowed:
        needed = " or ".join(state_label(s) for s in allowed)
        raise TransitionRefused(
            f"case #{case.id} is {state_label(case.state)}: to {doing} it must be {needed}"
        )


# -- opening ---------------------------------------------------------------------------


def open_case(session: Session, customer_id: int, actor: str, policy: Policy | None = None) -> Case:
    """Open a draft case against the customer; refuses when one is already open."""
    actor = checked_actor(actor)
    customer = canonical_customer(session, customer_id)
    existing = open_case_of(session, customer.id)
    if existing is not None:
        raise InputError(
            f"{customer.display_name} already has case #{existing.id} "
            f"({state_label(existing.state)}); continue that one"
        )
    policy = policy or load_policy(session)
    case = Case(
        customer_id=customer.id,
        opened_by=actor,
        state=CaseState.DRAFT,
        refund_months=policy.refund_months,
        currency=customer.currency,
    )
    session.add(case)
    session.flush()
    append_event(
        session,
        actor=actor,
        action="case.opened",
        case_id=case.id,
        detail={"customer_id": customer.id, "customer": customer.display_name},
    )
    session.commit()
    return case


def open_or_resume(session: Session, customer_id: int, actor: str) -> Case:
    """The customer's open case, or a new draft."""
    customer = canonical_customer(session, customer_id)
    return open_case_of(session, customer.id) or open_case(session, customer.id, actor)


# -- transitions -------------------------------------------------------------------------


def claim_criteria(
    session: Session,
    case_id: int,
    keys: Sequence[str],
    actor: str,
    expected_version: int | None = None,
) -> Case:
    """Set the criteria the case claims; each must be in the policy and backed by evidence."""
    policy = load_policy(session)

    def change(case: Case) -> dict[str, Any]:
        _require(case, (CaseState.DRAFT,), "change what it claims")
        unique = list(dict.fromkeys(keys))
        for key in unique:
            policy.criterion(key)
        statuses = {s.key: s for s in criteria_status(current_evidence(session, case_id), policy)}
        unbacked = [key for key in unique if not statuses[key].backed]
        if unbacked:
            raise TransitionRefused(_unbacked_reason(unbacked, policy))
        before = claimed_criteria(case)
        case.criteria = json.dumps(unique)
        return {"from": before, "to": unique}

    return change_case(session, case_id, actor, "case.criteria", change, expected_version)


def _unbacked_reason(keys: Sequence[str], policy: Policy) -> str:
    names = "; ".join(f"{policy.criterion(k).title!r}" for k in keys)
    if PATTERN_CRITERION in keys:
        names += " (a pattern needs the pattern rule met)"
    return f"no evidence backs {names}: add a quote, conversation or file, or do not claim it"


def submit(
    session: Session,
    case_id: int,
    actor: str,
    criteria: Sequence[str] | None = None,
    expected_version: int | None = None,
) -> Case:
    """draft → ready for review: every claimed criterion backed, the pattern rule met (unless
    a ladder-skipping category is in the evidence). ``criteria=None`` claims every criterion
    the evidence backs."""
    policy = load_policy(session)

    def change(case: Case) -> dict[str, Any]:
        _require(case, (CaseState.DRAFT,), "submit it for review")
        items = current_evidence(session, case_id)
        statuses = criteria_status(items, policy)
        wanted = list(criteria) if criteria is not None else [s.key for s in statuses if s.backed]
        if not wanted:
            raise TransitionRefused(
                f"case #{case_id} claims no criterion and no evidence backs one: add the "
                "incidents (quotes of the messages) first"
            )
        for key in wanted:
            policy.criterion(key)
        unbacked = [s.key for s in statuses if s.key in wanted and not s.backed]
        if unbacked:
            raise TransitionRefused(_unbacked_reason(unbacked, policy))
        pattern = pattern_status(items, policy)
        if not pattern.met and not pattern.skips_ladder:
            raise TransitionRefused(
                f"the pattern rule is not met: {pattern.describe()}. One bad day is not a "
                "pattern; add incidents from other days and conversations, or a "
                "ladder-skipping incident (" + ", ".join(policy.skip_ladder_categories) + ")"
            )
        case.criteria = json.dumps(wanted)
        case.state = CaseState.READY_FOR_REVIEW
        return {
            "from": "draft",
            "to": case.state.value,
            "criteria": wanted,
            "pattern": pattern.describe(),
        }

    return change_case(session, case_id, actor, "case.submitted", change, expected_version)


def withdraw(
    session: Session, case_id: int, actor: str, expected_version: int | None = None
) -> Case:
    """ready for review → draft, to change the evidence."""

    def change(case: Case) -> dict[str, Any]:
        _require(case, (CaseState.READY_FOR_REVIEW,), "withdraw it")
        case.state = CaseState.DRAFT
        return {"from": "ready_for_review", "to": "draft"}

    return change_case(session, case_id, actor, "case.withdrawn", change, expected_version)


def approve(
    session: Session,
    case_id: int,
    actor: str,
    *,
    approver_name: str,
    approver_title: str,
    adjustments_considered: bool | None,
    adjustments_note: str | None = None,
    decided_on: dt.date | None = None,
    expected_version: int | None = None,
) -> Case:
    """ready for review → approved, with the approver's name, title and date, and the answer
    to "were reasonable adjustments considered?" (which must be yes)."""
    return _decide(
        session,
        case_id,
        actor,
        "approved",
        approver_name,
        approver_title,
        adjustments_considered,
        adjustments_note,
        decided_on,
        expected_version,
    )


def decline(
    session: Session,
    case_id: int,
    actor: str,
    *,
    approver_name: str,
    approver_title: str,
    reason: str | None = None,
    adjustments_considered: bool | None = None,
    decided_on: dt.date | None = None,
    expected_version: int | None = None,
) -> Case:
    """ready for review → declined: leadership says no; the case is kept."""
    return _decide(
        session,
        case_id,
        actor,
        "declined",
        approver_name,
        approver_title,
        adjustments_considered,
        reason,
        decided_on,
        expected_version,
    )


def _decide(
    session: Session,
    case_id: int,
    actor: str,
    decision: str,
    name: str,
    title: str,
    considered: bool | None,
    note: str | None,
    decided_on: dt.date | None,
    expected_version: int | None,
) -> Case:
    on = decided_on or dt.date.today()

    def change(case: Case) -> dict[str, Any]:
        verb = "approve" if decision == "approved" else "decline"
        _require(case, (CaseState.READY_FOR_REVIEW,), verb)
        if not name.strip() or not title.strip():
            raise TransitionRefused(f"to {verb} the case, give the approver's name and title")
        if on > dt.date.today():
            raise TransitionRefused(f"the decision date {on:%d %b %Y} is in the future")
        if decision == "approved":
            if considered is None:
                raise TransitionRefused(
                    "answer 'were reasonable adjustments considered?' (the customer's "
                    "disability or circumstances, as equality law expects) before approving"
                )
            if not considered:
                raise TransitionRefused(
                    "the case cannot be approved until reasonable adjustments for the "
                    "customer's disability or circumstances have been considered"
                )
        session.add(
            Approval(
                case_id=case_id,
                approver_name=name.strip(),
                approver_title=title.strip(),
                decided_on=on,
                decision=decision,
                adjustments_considered=bool(considered),
                adjustments_note=(note or "").strip() or None,
            )
        )
        case.state = CaseState.APPROVED if decision == "approved" else CaseState.DECLINED
        return {
            "from": "ready_for_review",
            "to": case.state.value,
            "approver": name.strip(),
            "title": title.strip(),
            "date": on.isoformat(),
            "adjustments_considered": considered,
            "note": note,
        }

    return change_case(session, case_id, actor, f"case.{decision}", change, expected_version)


def issue_letter(
    session: Session,
    case_id: int,
    actor: str,
    letter_id: int,
    sha256: str,
) -> None:
    """Record a letter drafted for an approved case; the first one moves it to letter issued.
    Runs inside the caller's transaction (the letter is stored with it)."""
    actor = checked_actor(actor)
    case = lock_case(session, case_id)
    _require(case, (CaseState.APPROVED, CaseState.LETTER_ISSUED), "write its letter")
    before = case.state
    case.state = CaseState.LETTER_ISSUED
    session.flush()
    append_event(
        session,
        actor=actor,
        action="letter.issued",
        case_id=case_id,
        detail={
            "from": before.value,
            "to": case.state.value,
            "letter": letter_id,
            "sha256": sha256,
        },
    )


def close(session: Session, case_id: int, actor: str, note: str = "") -> Case:
    def change(case: Case) -> dict[str, Any]:
        _require(case, (CaseState.LETTER_ISSUED, CaseState.DECLINED), "close it")
        before = case.state.value
        case.state = CaseState.CLOSED
        return {"from": before, "to": "closed", "note": note}

    return change_case(session, case_id, actor, "case.closed", change)


def reopen(session: Session, case_id: int, actor: str, reason: str) -> Case:
    """closed or declined → draft, with the reason on record."""

    def change(case: Case) -> dict[str, Any]:
        _require(case, (CaseState.CLOSED, CaseState.DECLINED), "reopen it")
        if not reason.strip():
            raise TransitionRefused("say why the case is reopened")
        other = open_case_of(session, case.customer_id)
        if other is not None and other.id != case.id:
            raise TransitionRefused(f"the customer already has case #{other.id} open")
        before = case.state.value
        case.state = CaseState.DRAFT
        case.reopen_reason = reason.strip()
        return {"from": before, "to": "draft", "reason": reason.strip()}

    return change_case(session, case_id, actor, "case.reopened", change)


def set_legal_hold(session: Session, case_id: int, on: bool, actor: str, reason: str = "") -> Case:
    """Mark the case "do not purge": the customer's data cannot be deleted while it holds."""

    def change(case: Case) -> dict[str, Any]:
        before = case.legal_hold
        case.legal_hold = on
        return {"from": before, "to": on, "reason": reason}

    return change_case(session, case_id, actor, "case.legal_hold", change)


def set_terms(
    session: Session,
    case_id: int,
    actor: str,
    *,
    refund_months: int | None = None,
    refund_amount: Any = None,
    currency: str | None = None,
    effective_date: dt.date | None = None,
    expected_version: int | None = None,
) -> Case:
    """The refund and the date the relationship ends, kept on the case for the letter."""

    def change(case: Case) -> dict[str, Any]:
        detail: dict[str, Any] = {}
        for attr, value in (
            ("refund_months", refund_months),
            ("refund_amount", refund_amount),
            ("currency", currency),
            ("effective_date", effective_date),
        ):
            if value is not None and getattr(case, attr) != value:
                detail[attr] = {"from": getattr(case, attr), "to": value}
                setattr(case, attr, value)
        return detail

    return change_case(session, case_id, actor, "case.terms", change, expected_version)
