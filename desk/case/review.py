"""What a case needs before it goes to leadership, and what leadership decided, in words.

The breakup wizard's first three pages ask these questions; the answers come from here so that
the rules stay in one place with the state machine in :mod:`desk.case.cases`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.cases import (
    BACKING_KINDS,
    CriterionStatus,
    PatternStatus,
    criteria_status,
    incidents,
)
from desk.case.policy import PATTERN_CRITERION, LadderStep, Policy
from desk.case.warnings import LadderStatus
from desk.db.models import Approval, Evidence


def backing_evidence(items: Sequence[Evidence], policy: Policy) -> dict[str, list[Evidence]]:
    """Each criterion of the policy with the evidence items that back it, in the case's order.

    The pattern criterion is backed by the incidents of the other criteria, and only once the
    pattern rule is met (as :func:`desk.case.cases.criteria_status` counts it).
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
            "No evidence backs any criterion yet: add quotes of the customer's messages "
            "from their page first."
        ]
    problems = []
    unbacked = [s.title for s in statuses if s.key in claimed and not s.backed]
    if unbacked:
        problems.append(f"No evidence backs {'; '.join(unbacked)}: do not claim it.")
    if not any(s.backed for s in statuses if s.key in claimed):
        problems.append("Tick at least one criterion that the evidence backs.")
    if not pattern.met and not pattern.skips_ladder:
        problems.append(
            f"The pattern rule is not met ({pattern.days} day{'s' * (pattern.days != 1)}, "
            f"{pattern.conversations} conversation{'s' * (pattern.conversations != 1)}; the "
            f"policy asks for {pattern.min_days} days in {pattern.min_conversations} "
            "conversations). One bad day is not a pattern: add incidents from other days."
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
    problems = []
    if not name.strip() or not title.strip():
        problems.append("Give the approver's name and title.")
    if decision is None:
        problems.append("Choose the decision: approve or decline.")
    if adjustments_considered is None:
        problems.append("Answer whether reasonable adjustments were considered.")
    elif decision == "approved" and not adjustments_considered:
        problems.append(
            "The case cannot be approved until reasonable adjustments for the customer's "
            "disability or circumstances have been considered."
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
