"""What the breakup wizard reads and writes on the case, as plain values.

The wizard runs these on the task runner's threads (``ui/`` never opens a session): the
``read_*`` functions and the :data:`~desk.case.case_version.CaseWork` factories run on the
single write queue through :func:`~desk.case.case_version.tracked`, so the case's version the
wizard holds stays in step with its own writes. Every value returned is a frozen dataclass or
an enum, never an ORM object, since it crosses to the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case import case_access, cases
from desk.case.case_version import CaseWork
from desk.case.criteria import (
    CriterionStatus,
    PatternStatus,
    claimed_criteria,
    criteria_status,
    current_evidence,
    pattern_status,
)
from desk.case.ladder import ladder_status, record_warning, warnings_of
from desk.case.policy import load_policy
from desk.case.wizard_rules import (
    BreakupDraft,
    CaseTerms,
    backing_evidence,
    case_terms,
    load_draft,
    save_draft,
    save_terms,
    skipped_steps,
)
from desk.db.models import CaseState, Evidence, EvidenceKind

KIND_LABELS = {
    EvidenceKind.QUOTE: "quote",
    EvidenceKind.CONVERSATION: "conversation",
    EvidenceKind.ATTACHMENT: "file",
    EvidenceKind.NOTE: "note",
}

# -- opening the wizard --------------------------------------------------------------------


@dataclass(frozen=True)
class WizardStart:
    """What the wizard needs before it can show a page."""

    draft: BreakupDraft
    customer_id: int
    state: CaseState
    version: int
    saved_terms: CaseTerms  # the terms on the case: the terms page saves only when they differ


def read_start(engine: Engine, case_id: int) -> WizardStart:
    """The draft and the case as they stand (on a worker, before the pages exist)."""
    with Session(engine) as session:
        draft = load_draft(session, case_id)
        case = case_access.get_case(session, case_id)
        return WizardStart(draft, case.customer_id, case.state, case.version,
                           case_terms(session, case_id))  # fmt: skip


def keep_draft(draft: BreakupDraft) -> CaseWork[None]:
    """Save the work in progress on the case (neither audited nor version-checked)."""
    return lambda session, _expected: save_draft(session, draft)


# -- the cause -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceLine:
    when: dt.datetime | None
    text: str
    kind: str


@dataclass(frozen=True)
class CriterionLine:
    status: CriterionStatus
    description: str
    categories: tuple[str, ...]
    items: tuple[EvidenceLine, ...]


@dataclass(frozen=True)
class CauseData:
    state: CaseState
    criteria: tuple[CriterionLine, ...]
    pattern: PatternStatus
    claimed: tuple[str, ...]


def _line(item: Evidence) -> EvidenceLine:
    text = " ".join((item.quote or item.note or "").split())
    return EvidenceLine(item.message_time or item.created_at, text, KIND_LABELS[item.kind])


def _when(line: EvidenceLine) -> dt.datetime:
    return line.when or dt.datetime.min


def read_cause(session: Session, case_id: int) -> CauseData:
    """What the cause page shows (runs on the write queue, see ``tracked``)."""
    case = case_access.get_case(session, case_id)
    policy = load_policy(session)
    items = current_evidence(session, case_id)
    backing = backing_evidence(items, policy)
    claimed = tuple(claimed_criteria(case))
    return CauseData(
        state=case.state,
        criteria=tuple(
            CriterionLine(
                s,
                policy.criterion(s.key).description,
                policy.criterion(s.key).categories,
                tuple(sorted((_line(e) for e in backing[s.key]), key=_when)),
            )
            for s in criteria_status(items, policy, claimed)
        ),
        pattern=pattern_status(items, policy),
        claimed=claimed,
    )


def cause_of(case_id: int) -> CaseWork[CauseData]:
    return lambda session, _expected: read_cause(session, case_id)


def submit_claims(case_id: int, actor: str, claimed: list[str]) -> CaseWork[CaseState]:
    """Submit the case with the claimed criteria, against the version the wizard showed."""

    def work(session: Session, expected: int) -> CaseState:
        return cases.submit(session, case_id, actor, claimed, expected_version=expected).state

    return work


# -- the warnings --------------------------------------------------------------------------


@dataclass(frozen=True)
class GivenWarning:
    given_at: dt.datetime
    channel: str
    given_by: str
    text: str


@dataclass(frozen=True)
class LadderRow:
    step: int
    title: str
    action: str
    given: GivenWarning | None  # the first warning given at this step


@dataclass(frozen=True)
class LadderData:
    rows: tuple[LadderRow, ...]
    may_skip: bool
    skip_reason: str
    skipped: tuple[LadderRow, ...]  # steps passed over without a ladder-skipping incident
    next_step: int | None
    recorded: int  # every warning on record, repeats at a step included


def load_ladder(engine: Engine, case_id: int) -> LadderData:
    """The ladder as it stands for the case's customer (runs on a worker)."""
    with Session(engine) as session:
        case = case_access.get_case(session, case_id)
        policy = load_policy(session)
        given = warnings_of(session, case.customer_id)
        categories = {
            e.category for e in current_evidence(session, case_id) if e.category is not None
        }
        status = ladder_status(policy, given, categories)
        rows = tuple(
            LadderRow(
                step.step,
                step.title,
                step.action,
                GivenWarning(w.given_at, w.channel, w.given_by, w.text) if w else None,
            )
            for step, w in status.steps
        )
        skipped = {step.step for step in skipped_steps(status)}
        next_step = status.next_step
        return LadderData(
            rows=rows,
            may_skip=status.may_skip,
            skip_reason=status.skip_reason,
            skipped=tuple(r for r in rows if r.step in skipped),
            next_step=next_step.step if next_step else None,
            recorded=len(given),
        )


@dataclass(frozen=True)
class WarningGiven:
    """A warning as the manager typed it in."""

    customer_id: int
    given_at: dt.datetime
    channel: str
    given_by: str
    text: str
    ladder_step: int | None


def record(warning: WarningGiven, actor: str) -> CaseWork[None]:
    def work(session: Session, _expected: int) -> None:
        record_warning(
            session,
            warning.customer_id,
            actor,
            given_at=warning.given_at.replace(second=0, microsecond=0),
            channel=warning.channel,
            given_by=warning.given_by,
            text=warning.text,
            ladder_step=warning.ladder_step,
        )

    return work


# -- leadership's decision and the terms ---------------------------------------------------


@dataclass(frozen=True)
class DecisionForm:
    """Leadership's decision as entered on the page."""

    decision: str | None  # "approved" | "declined" (None: not chosen, refused by the core)
    name: str
    title: str
    note: str
    considered: bool | None  # None: the manager did not say
    decided_on: dt.date


def decide(case_id: int, actor: str, form: DecisionForm) -> CaseWork[CaseState]:
    def work(session: Session, expected: int) -> CaseState:
        if form.decision == "approved":
            case = cases.approve(
                session, case_id, actor, approver_name=form.name, approver_title=form.title,
                adjustments_considered=form.considered, adjustments_note=form.note,
                decided_on=form.decided_on, expected_version=expected,
            )  # fmt: skip
        else:
            case = cases.decline(
                session, case_id, actor, approver_name=form.name, approver_title=form.title,
                reason=form.note, adjustments_considered=form.considered,
                decided_on=form.decided_on, expected_version=expected,
            )  # fmt: skip
        return case.state

    return work


def store_terms(case_id: int, terms: CaseTerms, actor: str) -> CaseWork[bool]:
    """Put the terms on the case (audited); True when they changed it."""
    return lambda session, expected: save_terms(session, case_id, terms, actor, expected)


def terms_on(case_id: int) -> CaseWork[CaseTerms]:
    return lambda session, _expected: case_terms(session, case_id)
