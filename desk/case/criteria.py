"""What a case claims and what backs it: the criteria, the incidents and the pattern rule.

These are pure readings of a case's evidence against the policy. The state machine in
:mod:`desk.case.cases` asks them whether a claim or a submission may go ahead, and the
wizard, the CLI and the brief show the same counts, so all of them judge the case the same
way. Nothing here changes a case; this module never imports the state machine (which
imports it), so the two do not form an import cycle.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.policy import PATTERN_CRITERION, Policy
from desk.db.models import Case, Evidence, EvidenceKind

# Kinds of evidence that back a criterion (a manager's note explains; it does not prove).
BACKING_KINDS = (EvidenceKind.QUOTE, EvidenceKind.CONVERSATION, EvidenceKind.ATTACHMENT)


def current_evidence(session: Session, case_id: int) -> list[Evidence]:
    """The case's evidence as it stands: newest versions, removed items left out."""
    superseded = select(Evidence.supersedes_id).where(
        Evidence.case_id == case_id, Evidence.supersedes_id.is_not(None)
    )
    return list(
        session.scalars(
            select(Evidence)
            .where(
                Evidence.case_id == case_id,
                Evidence.removed.is_(False),
                Evidence.id.not_in(superseded),
            )
            .order_by(Evidence.position, Evidence.id)
        )
    )


@dataclass(frozen=True)
class PatternStatus:
    days: int
    conversations: int
    min_days: int
    min_conversations: int
    skip_categories: tuple[str, ...]  # ladder-skipping categories present in the evidence

    @property
    def met(self) -> bool:
        return self.days >= self.min_days and self.conversations >= self.min_conversations

    @property
    def skips_ladder(self) -> bool:
        return bool(self.skip_categories)

    def describe(self) -> str:
        state = "met" if self.met else "not met"
        text = (
            f"Incidents on {self.days} day{'s' * (self.days != 1)} across {self.conversations} "
            f"conversation{'s' * (self.conversations != 1)} (policy: at least {self.min_days} "
            f"days in at least {self.min_conversations} conversations): {state}"
        )
        if self.skip_categories and not self.met:
            text += f"; not needed: {', '.join(self.skip_categories)} skips the ladder"
        return text


@dataclass(frozen=True)
class CriterionStatus:
    key: str
    title: str
    evidence: int
    claimed: bool

    @property
    def backed(self) -> bool:
        return self.evidence > 0


def incidents(items: Sequence[Evidence], policy: Policy) -> list[Evidence]:
    """The quotes that back an abuse criterion: the incidents of the pattern."""
    return [
        e
        for e in items
        if e.kind == EvidenceKind.QUOTE
        and e.criterion is not None
        and e.criterion != PATTERN_CRITERION
        and e.criterion in {c.key for c in policy.criteria}
    ]


def pattern_status(items: Sequence[Evidence], policy: Policy) -> PatternStatus:
    found = incidents(items, policy)
    days = {e.message_time.date() for e in found if e.message_time is not None}
    conversations = {e.conversation_id for e in found if e.conversation_id is not None}
    skipping = sorted(
        {e.category for e in items if e.category in policy.skip_ladder_categories} - {None}
    )
    return PatternStatus(
        days=len(days),
        conversations=len(conversations),
        min_days=policy.pattern.min_days,
        min_conversations=policy.pattern.min_conversations,
        skip_categories=tuple(str(c) for c in skipping),
    )


def claimed_criteria(case: Case) -> list[str]:
    value = json.loads(case.criteria or "[]")
    return [str(v) for v in value] if isinstance(value, list) else []


def criteria_status(
    items: Sequence[Evidence], policy: Policy, claimed: Sequence[str] = ()
) -> list[CriterionStatus]:
    """Each criterion of the policy with the evidence that backs it."""
    pattern = pattern_status(items, policy)
    statuses = []
    for criterion in policy.criteria:
        if criterion.key == PATTERN_CRITERION:
            count = len(incidents(items, policy)) if pattern.met else 0
        else:
            count = sum(
                1 for e in items if e.criterion == criterion.key and e.kind in BACKING_KINDS
            )
        statuses.append(
            CriterionStatus(criterion.key, criterion.title, count, criterion.key in claimed)
        )
    return statuses
