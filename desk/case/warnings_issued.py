"""Issuing a ladder warning in writing: the yellow card and the e-mail-only restriction.

:mod:`desk.case.ladder` records a warning already given (a call, a chat); this module issues
one as a letter. The warning, the restriction's review date and expiry, and the e-mail that
carries the letter are written in one audited, version-checked transaction on the case, so a
warning never exists without its letter's record, nor a letter's record without its warning.

Which ladder step each letter is comes from the policy, which a manager may edit: the
e-mail-only notice is the step whose title or action speaks of e-mail (else the one before
the last); the yellow card is the next step not yet given below it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.case.audit import append_event
from desk.case.case_access import (
    OPEN_STATES,
    canonical_customer,
    get_case,
    lock_case,
    saving,
    state_label,
)
from desk.case.ladder import CHANNELS, warnings_of
from desk.case.outbound import Outbound, add_outbound
from desk.case.policy import LadderStep, Policy, load_policy
from desk.db.models import CustomerWarning
from desk.errors import InputError

WARNING_KINDS = ("yellow", "email-only")
_EMAIL = re.compile(r"\be-?mail\b", re.IGNORECASE)


@dataclass(frozen=True)
class IssuedWarning:
    warning_id: int
    outbound_id: int | None
    step: int
    step_title: str
    given_at: dt.datetime
    review_on: dt.date | None
    expires_on: dt.date | None


def email_only_step(policy: Policy) -> LadderStep:
    """The policy's e-mail-only rung (by its words), else the one before the last."""
    for rung in policy.ladder:
        if _EMAIL.search(rung.title) or _EMAIL.search(rung.action):
            return rung
    return policy.ladder[max(0, len(policy.ladder) - 2)]


def step_for(policy: Policy, kind: str, given_steps: set[int]) -> LadderStep:
    """The ladder step a written warning of ``kind`` stands for."""
    if kind not in WARNING_KINDS:
        raise InputError(f"unknown warning {kind!r}; choose one of {', '.join(WARNING_KINDS)}")
    restriction = email_only_step(policy)
    if kind == "email-only":
        return restriction
    below = [rung for rung in policy.ladder if rung.step < restriction.step]
    if not below:
        return policy.ladder[0]
    for rung in below:
        if rung.step not in given_steps:
            return rung
    return below[-1]


def check_dates(
    kind: str, given_on: dt.date, review_on: dt.date | None, expires_on: dt.date | None
) -> None:
    """A restriction needs a review date after the day it is given, and an expiry not before."""
    if kind == "email-only" and review_on is None:
        raise InputError("the e-mail-only notice needs a review date (--review YYYY-MM-DD)")
    if review_on is not None and review_on <= given_on:
        raise InputError(f"the review date {review_on} must be after {given_on}")
    if expires_on is not None and expires_on < (review_on or given_on):
        raise InputError(f"the expiry {expires_on} comes before the review date {review_on}")
    if kind == "yellow" and (review_on or expires_on):
        raise InputError("a yellow card carries no review date or expiry; only a restriction does")


def issue_warning(
    session: Session,
    case_id: int,
    actor: str,
    *,
    kind: str,
    given_by: str,
    channel: str,
    given_at: dt.datetime,
    text: str,
    review_on: dt.date | None = None,
    expires_on: dt.date | None = None,
    outbound: Outbound | None = None,
    expected_version: int | None = None,
) -> IssuedWarning:
    """Record the warning on the case's customer and the e-mail that carries it; commits."""
    if channel not in CHANNELS:
        raise InputError(f"unknown channel {channel!r}; choose one of {', '.join(CHANNELS)}")
    if not given_by.strip():
        raise InputError("say who gives the warning (--by NAME)")
    check_dates(kind, given_at.date(), review_on, expires_on)
    case = get_case(session, case_id)
    if case.state not in OPEN_STATES:
        raise InputError(f"case #{case_id} is {state_label(case.state)}: no warning can follow")
    customer = canonical_customer(session, case.customer_id)
    policy = load_policy(session)
    given = {w.ladder_step for w in warnings_of(session, customer.id)}
    rung = step_for(policy, kind, given)
    who = actor.strip() or given_by.strip()
    with saving(session, case_id):
        lock_case(session, case_id, expected_version)
        warning = CustomerWarning(
            customer_id=customer.id,
            case_id=case_id,
            given_at=given_at,
            channel=channel,
            given_by=given_by.strip(),
            text=text.strip(),
            ladder_step=rung.step,
            review_on=review_on,
            expires_on=expires_on,
        )
        session.add(warning)
        session.flush()
        append_event(
            session,
            actor=who,
            action="warning.issued",
            case_id=case_id,
            detail={
                "warning": warning.id,
                "customer": customer.id,
                "kind": kind,
                "given_at": given_at.isoformat(),
                "channel": channel,
                "given_by": given_by.strip(),
                "step": rung.step,
                "step_title": rung.title,
                "review_on": review_on.isoformat() if review_on else None,
                "expires_on": expires_on.isoformat() if expires_on else None,
            },
        )
        outbound_id = None
        if outbound is not None:
            outbound_id = add_outbound(
                session, case_id, who, outbound, warning_id=warning.id, lock=False
            )
        warning_id = warning.id
    return IssuedWarning(
        warning_id=warning_id,
        outbound_id=outbound_id,
        step=rung.step,
        step_title=rung.title,
        given_at=given_at,
        review_on=review_on,
        expires_on=expires_on,
    )
