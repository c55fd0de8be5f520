"""Warnings given to a customer, on the policy's ladder, recorded on the customer.

A warning is a fact about the customer (it was given whether or not a case exists), so it is
stored on the customer; when the customer has an open case, the case shows it and the audit
log records it under the case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.audit import append_event
from desk.case.case_access import canonical_customer, lock_case, open_case_of, saving
from desk.case.policy import LadderStep, Policy, load_policy
from desk.db.models import CustomerWarning
from desk.errors import InputError

CHANNELS = ("phone", "email", "chat", "letter", "in person", "other")


def warnings_of(session: Session, customer_id: int) -> list[CustomerWarning]:
    customer = canonical_customer(session, customer_id)
    return list(
        session.scalars(
            select(CustomerWarning)
            .where(CustomerWarning.customer_id == customer.id)
            .order_by(CustomerWarning.given_at, CustomerWarning.id)
        )
    )


def record_warning(
    session: Session,
    customer_id: int,
    actor: str,
    *,
    given_at: dt.datetime,
    channel: str,
    given_by: str,
    text: str,
    ladder_step: int | None = None,
) -> CustomerWarning:
    """Record a warning already given (by phone, email…); the step defaults to the next one."""
    policy = load_policy(session)
    customer = canonical_customer(session, customer_id)
    if channel not in CHANNELS:
        raise InputError(f"unknown channel {channel!r}; choose one of {', '.join(CHANNELS)}")
    if not given_by.strip() or not text.strip():
        raise InputError("say who gave the warning and what was said")
    if given_at > dt.datetime.now() + dt.timedelta(minutes=5):
        raise InputError(f"the warning's date {given_at:%d %b %Y %H:%M} is in the future")
    given = warnings_of(session, customer.id)
    step = ladder_step or min(len(given) + 1, len(policy.ladder))
    rung = policy.ladder_step(step)
    case = open_case_of(session, customer.id)
    case_id = case.id if case is not None else None
    with saving(session, case_id or 0):
        if case_id is not None:
            lock_case(session, case_id)
        warning = CustomerWarning(
            customer_id=customer.id,
            case_id=case_id,
            given_at=given_at,
            channel=channel,
            given_by=given_by.strip(),
            text=text.strip(),
            ladder_step=rung.step,
        )
        session.add(warning)
        session.flush()
        append_event(
            session,
            actor=actor.strip() or given_by.strip(),
            action="warning.recorded",
            case_id=case_id,
            detail={
                "warning": warning.id,
                "customer": customer.id,
                "given_at": given_at.isoformat(),
                "channel": channel,
                "given_by": given_by.strip(),
                "text": text.strip(),
                "step": rung.step,
                "step_title": rung.title,
            },
        )
    return warning


@dataclass(frozen=True)
class LadderStatus:
    """Where the customer stands on the ladder."""

    steps: tuple[tuple[LadderStep, CustomerWarning | None], ...]  # each step, first given
    may_skip: bool  # a ladder-skipping category is in the case's evidence
    skip_reason: str

    @property
    def given(self) -> int:
        return sum(1 for _, warning in self.steps if warning is not None)

    @property
    def next_step(self) -> LadderStep | None:
        for step, warning in self.steps:
            if warning is None:
                return step
        return None


def ladder_status(
    policy: Policy, warnings: list[CustomerWarning], categories: set[str]
) -> LadderStatus:
    first: dict[int, CustomerWarning] = {}
    for warning in warnings:
        first.setdefault(warning.ladder_step, warning)
    skipping = sorted(categories & set(policy.skip_ladder_categories))
    reason = (
        f"The evidence includes {', '.join(skipping)}: the policy skips the ladder for it."
        if skipping
        else "No ladder-skipping incident: the warnings should be given in order."
    )
    return LadderStatus(
        steps=tuple((step, first.get(step.step)) for step in policy.ladder),
        may_skip=bool(skipping),
        skip_reason=reason,
    )
