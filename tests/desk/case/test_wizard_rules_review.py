"""The wizard's review rules, headless: backing per criterion, the cause, skipped ladder steps,
the decision form."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desk.case import cases, evidence
from desk.case import ladder as warnings
from desk.case.criteria import criteria_status, current_evidence, pattern_status
from desk.case.policy import load_policy
from desk.case.wizard_rules import (
    approval_problems,
    backing_evidence,
    cause_problems,
    latest_approval,
    skipped_steps,
)
from tests.desk.case.conftest import Fixture

ACTOR = "Mia Manager"


def test_backing_and_the_cause(session: Session, victor: Fixture) -> None:
    policy = load_policy(session)
    case = cases.open_case(session, victor.customer_id, ACTOR)
    evidence.add_quote(session, case.id, victor.message_ids[0], ACTOR, category="harassment")
    items = current_evidence(session, case.id)
    statuses = criteria_status(items, policy)
    pattern = pattern_status(items, policy)
    backing = backing_evidence(items, policy)
    assert [len(backing[s.key]) for s in statuses] == [1, 0, 0]
    assert cause_problems(statuses, pattern, [])[0] == (
        "Tick at least one criterion that the evidence backs."
    )
    one_day = cause_problems(statuses, pattern, ["harassment_language"])
    assert len(one_day) == 1 and one_day[0].startswith("The pattern rule is not met (1 day,")
    assert "No evidence backs Threats" in cause_problems(statuses, pattern, ["threats"])[0]

    for day in (1, 2):
        evidence.add_quote(
            session, case.id, victor.message_ids[day], ACTOR, category="threat_legal"
        )
    items = current_evidence(session, case.id)
    statuses = criteria_status(items, policy)
    backing = backing_evidence(items, policy)
    assert [len(backing[s.key]) for s in statuses] == [1, 2, 3]  # the pattern: every incident
    assert cause_problems(statuses, pattern_status(items, policy), ["threats"]) == []
    nothing = criteria_status([], policy)
    assert (
        "No evidence backs any criterion"
        in cause_problems(nothing, pattern_status([], policy), [])[0]
    )


def test_skipped_steps_and_the_decision(session: Session, victor: Fixture) -> None:
    policy = load_policy(session)
    case = cases.open_case(session, victor.customer_id, ACTOR)
    when = dt.datetime(2026, 3, 10, 10, 0)
    warnings.record_warning(
        session, victor.customer_id, ACTOR, given_at=when, channel="phone", given_by=ACTOR,
        text="Insults end the call.", ladder_step=2,
    )  # fmt: skip
    given = warnings.warnings_of(session, victor.customer_id)
    status = warnings.ladder_status(policy, given, set())
    assert [s.step for s in skipped_steps(status)] == [1, 3]  # step 4 is the end itself
    assert skipped_steps(warnings.ladder_status(policy, given, {"hate"})) == ()

    assert approval_problems("", "COO", None, None) == [
        "Give the approver's name and title.",
        "Choose the decision: approve or decline.",
        "Answer whether reasonable adjustments were considered.",
    ]
    assert "cannot be approved" in approval_problems("Dana", "COO", "approved", False)[0]
    assert approval_problems("Dana", "COO", "declined", False) == []
    assert approval_problems("Dana", "COO", "approved", True) == []
    assert latest_approval(session, case.id) is None
