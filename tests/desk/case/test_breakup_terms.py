"""The breakup draft's terms reach the case only through ``cases.set_terms``: audited,
version-checked, and written only when they differ; saving the draft leaves the terms alone."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.case import case_access, cases
from desk.case.audit import verify_chain
from desk.case.case_access import ConflictError
from desk.case.wizard_rules import (
    case_terms,
    load_draft,
    save_draft,
    save_terms,
    terms_of,
    terms_problems,
)
from desk.db.engine import session_factory
from desk.db.models import AuditEvent
from tests.desk.case.conftest import Fixture

ACTOR = "Mia Manager"
END = dt.date.today() + dt.timedelta(days=30)


def terms_events(session: Session, case_id: int) -> list[AuditEvent]:
    return list(
        session.scalars(
            select(AuditEvent)
            .where(AuditEvent.case_id == case_id, AuditEvent.action == "case.terms")
            .order_by(AuditEvent.id)
        )
    )


def test_terms_are_audited_once_and_the_draft_does_not_write_them(
    session: Session, victor: Fixture
) -> None:
    case = cases.open_case(session, victor.customer_id, ACTOR)
    draft = load_draft(session, case.id)
    draft.monthly_amount, draft.currency, draft.end_date = "249.005", "eur", END.isoformat()
    save_draft(session, draft)  # the work in progress: not a change of terms
    assert case_terms(session, case.id).refund_amount is None
    assert terms_events(session, case.id) == []

    terms = terms_of(draft)
    assert (terms.refund_amount, terms.currency) == (Decimal("1494.03"), "EUR")
    assert save_terms(session, case.id, terms, ACTOR, case.version)
    [event] = terms_events(session, case.id)
    assert event.actor == ACTOR
    assert json.loads(event.detail)["refund_amount"] == {"from": None, "to": "1494.03"}
    assert case_terms(session, case.id) == terms
    # The same terms again: nothing to record, whatever the version.
    assert not save_terms(session, case.id, terms, ACTOR, expected_version=-1)
    assert len(terms_events(session, case.id)) == 1
    assert verify_chain(session).ok


def test_terms_from_a_stale_read_are_refused(engine: Engine, victor: Fixture) -> None:
    make = session_factory(engine)
    with make() as session:
        case_id = cases.open_case(session, victor.customer_id, ACTOR).id
        read = case_access.get_case(session, case_id).version
        draft = load_draft(session, case_id)
    draft.monthly_amount, draft.end_date = "100", END.isoformat()
    with make() as sam:
        cases.set_terms(sam, case_id, "Sam", refund_months=3)
    with make() as session, pytest.raises(ConflictError, match="changed by someone else"):
        save_terms(session, case_id, terms_of(draft), ACTOR, read)
    with make() as session:
        assert case_terms(session, case_id).refund_months == 3
        assert [e.actor for e in terms_events(session, case_id)] == ["Sam"]


def test_a_refund_too_large_for_the_case_is_a_problem(session: Session, victor: Fixture) -> None:
    case = cases.open_case(session, victor.customer_id, ACTOR)
    draft = load_draft(session, case.id)
    draft.refund_total = "1e30"
    assert "The refund total is too large." in terms_problems(draft)
