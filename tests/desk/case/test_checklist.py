"""The after-letter checklist: the refund due computed from the policy and the subscription,
the review date with its reminder, and the case closed through the state machine when done."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case import case_access, cases, evidence
from desk.case.audit import case_events
from desk.case.checklist import checklist_of, update_checklist
from desk.case.reminders import due_reminders
from desk.case.warnings_issued import issue_warning
from desk.cli import main
from desk.db.engine import session_factory
from desk.db.models import CaseState, Customer
from desk.errors import InputError
from tests.desk.case.conftest import Fixture, build_customer

ACTOR = "Mia Manager"
TODAY = dt.date(2026, 4, 20)


def letter_issued(session: Session, fx: Fixture, monthly: str | None = "49.00") -> int:
    """A case whose letter went out, against a customer paying ``monthly`` EUR a month."""
    customer = session.get_one(Customer, fx.customer_id)
    customer.monthly_revenue = None if monthly is None else Decimal(monthly)
    customer.currency = "EUR"
    session.commit()
    case = cases.open_case(session, fx.customer_id, ACTOR)
    for day, (word, category) in enumerate(
        (("idiot", "harassment"), ("chargeback", "threat_financial"), ("suing", "threat_legal"))
    ):
        evidence.add_quote(
            session, case.id, fx.message_ids[day], ACTOR, quote=word, category=category
        )
    cases.submit(session, case.id, ACTOR)
    cases.approve(
        session,
        case.id,
        ACTOR,
        approver_name="Dana Whitfield",
        approver_title="COO",
        adjustments_considered=True,
    )
    cases.issue_letter(session, case.id, ACTOR, letter_id=1, sha256="f" * 64)
    session.commit()
    return case.id


def test_the_refund_due_is_the_policys_months_of_the_subscription(
    session: Session, victor: Fixture
) -> None:
    case_id = letter_issued(session, victor)
    listed = checklist_of(session, case_id)
    assert (listed.refund_due, listed.currency) == (Decimal("294.00"), "EUR")
    assert listed.refund_basis == "6 months × 49.00 EUR"
    assert not listed.done and [i.done for i in listed.items] == [False, False, False]
    with pytest.raises(InputError, match=r"the refund due is 294\.00 EUR .* not 290\.00"):
        update_checklist(
            session, case_id, ACTOR, refund_paid="290", reference="R1", paid_on=TODAY, today=TODAY
        )
    with pytest.raises(InputError, match="reference"):
        update_checklist(session, case_id, ACTOR, refund_paid="294", paid_on=TODAY, today=TODAY)
    paid = update_checklist(
        session,
        case_id,
        ACTOR,
        refund_paid="294.00",
        reference="SEPA-7781",
        paid_on=TODAY,
        today=TODAY,
    )
    assert paid.refund_paid == Decimal("294.00") and not paid.done
    assert case_access.get_case(session, case_id).state is CaseState.LETTER_ISSUED
    done = update_checklist(session, case_id, ACTOR, review_on=dt.date(2026, 10, 20), today=TODAY)
    assert done.done and done.state == "closed"  # closed by the state machine, audited
    actions = [e.action for e in case_events(session, case_id)]
    assert actions[-3:] == ["checklist.updated", "checklist.updated", "case.closed"]
    refund = json.loads(case_events(session, case_id)[-3].detail)["refund"]
    assert refund == {
        "amount": "294.00",
        "currency": "EUR",
        "reference": "SEPA-7781",
        "paid_on": "2026-04-20",
    }


def test_the_checklist_waits_for_the_letter(session: Session, victor: Fixture) -> None:
    case_id = cases.open_case(session, victor.customer_id, ACTOR).id
    with pytest.raises(InputError, match="the checklist starts once the letter is issued"):
        update_checklist(session, case_id, ACTOR, review_on=TODAY, today=TODAY)


@pytest.mark.slow
def test_reviews_that_are_due_are_reminded_until_held(session: Session, victor: Fixture) -> None:
    case_id = letter_issued(session, victor)
    update_checklist(session, case_id, ACTOR, review_on=dt.date(2026, 5, 1), today=TODAY)
    assert due_reminders(session, dt.date(2026, 4, 30)) == []
    [due] = due_reminders(session, dt.date(2026, 5, 3))
    assert (due.kind, due.case_id, due.customer) == ("case review", case_id, "Victor Krane")
    assert "due 2026-05-01 (2 day(s) ago)" in due.describe(dt.date(2026, 5, 3))
    update_checklist(
        session, case_id, ACTOR, reviewed_on=dt.date(2026, 5, 2), today=dt.date(2026, 5, 3)
    )
    assert due_reminders(session, dt.date(2026, 5, 3)) == []


def test_an_e_mail_only_restriction_is_reminded_when_its_review_is_due(
    session: Session, victor: Fixture
) -> None:
    case_id = cases.open_case(session, victor.customer_id, ACTOR).id
    issue_warning(
        session,
        case_id,
        ACTOR,
        kind="email-only",
        given_by=ACTOR,
        channel="email",
        given_at=dt.datetime(2026, 3, 10, 9),
        text="E-mail only from now on.",
        review_on=dt.date(2026, 6, 10),
        expires_on=dt.date(2026, 9, 10),
    )
    assert due_reminders(session, dt.date(2026, 6, 9)) == []
    [due] = due_reminders(session, dt.date(2026, 6, 10))
    assert due.kind == "restriction review" and "due today" in due.describe(dt.date(2026, 6, 10))
    assert due_reminders(session, dt.date(2026, 9, 11)) == []  # lapsed


def test_the_cli_shows_the_checklist_and_the_reminders(
    sqlite_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    with session_factory(sqlite_engine)() as session:
        case_id = letter_issued(session, build_customer(session))
    base = ["-q", "--db", str(sqlite_engine.url)]
    assert (
        main([*base, "case", "--as", ACTOR, "checklist", str(case_id), "--review-on", "2026-01-02"])
        == 0
    )
    out = capsys.readouterr().out
    assert "[ ] Refund paid: due: 294.00 EUR (6 months × 49.00 EUR)" in out
    assert "[x] Review or appeal date set: on 2026-01-02" in out
    assert main([*base, "case", "show", str(case_id)]) == 0
    assert "After the letter (open)" in capsys.readouterr().out
    assert main([*base, "reminders", "--today", "2026-01-05"]) == 0
    assert "Victor Krane (case #" in capsys.readouterr().out
