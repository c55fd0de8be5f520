"""Issuing a ladder warning in writing: the step it stands for, the restriction's dates, and
one audited, version-checked transaction with the e-mail that carries it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case import case_access, cases
from desk.case.audit import case_events, verify_chain
from desk.case.case_access import ConflictError
from desk.case.outbound import Outbound, outbound_of
from desk.case.policy import default_policy, policy_from_dict
from desk.case.warnings_issued import IssuedWarning, email_only_step, issue_warning, step_for
from desk.db.models import CaseState, CustomerWarning, OutboundLetter
from desk.errors import InputError
from tests.desk.case.conftest import Fixture

ACTOR = "Mia Manager"
GIVEN = dt.datetime(2026, 3, 10, 9, 0)


def _issue(session: Session, case_id: int, kind: str, **options: object) -> IssuedWarning:
    values: dict[str, object] = {
        "kind": kind,
        "given_by": "Mia Manager",
        "channel": "email",
        "given_at": GIVEN,
        "text": f"{kind} letter",
    }
    values.update(options)
    return issue_warning(session, case_id, ACTOR, **values)  # type: ignore[arg-type]


def _outbound(kind: str) -> Outbound:
    return Outbound(
        kind=kind,
        status="drafted",
        message_id=f"<{kind}.1@lumen.example>",
        at=GIVEN,
        to_address="victor@example.com",
        subject="A warning",
        language="en",
        filename=f"warning-{kind}.pdf",
        pdf_sha256="ab" * 32,
        pdf=b"%PDF",
    )


def test_the_ladder_steps_the_letters_stand_for() -> None:
    policy = default_policy()
    assert email_only_step(policy).title == "Email-only contact"
    assert step_for(policy, "yellow", set()).step == 1
    assert step_for(policy, "yellow", {1}).step == 2
    assert step_for(policy, "yellow", {1, 2}).step == 2  # never past the restriction
    assert step_for(policy, "email-only", set()).step == 3
    data = default_policy().to_dict()
    for rung in data["ladder"]:
        rung["title"] = rung["title"].replace("Email-only", "Written")
        rung["action"] = rung["action"].replace("email", "letters")
    edited = policy_from_dict(data)
    assert email_only_step(edited).step == 3  # no rung speaks of e-mail: the one before last
    with pytest.raises(InputError, match="unknown warning"):
        step_for(policy, "red", set())


def test_warnings_with_their_e_mail_are_one_audited_change(
    session: Session, victor: Fixture
) -> None:
    case_id = cases.open_case(session, victor.customer_id, ACTOR).id
    version = case_access.get_case(session, case_id).version
    yellow = _issue(session, case_id, "yellow", outbound=_outbound("yellow"))
    restriction = _issue(
        session,
        case_id,
        "email-only",
        review_on=dt.date(2026, 6, 1),
        expires_on=dt.date(2026, 9, 1),
        outbound=_outbound("email-only"),
    )
    assert (yellow.step, restriction.step) == (1, 3)
    assert case_access.get_case(session, case_id).version == version + 2
    rows = session.scalars(select(CustomerWarning).order_by(CustomerWarning.id)).all()
    assert [(w.ladder_step, w.channel, w.review_on, w.expires_on) for w in rows] == [
        (1, "email", None, None),
        (3, "email", dt.date(2026, 6, 1), dt.date(2026, 9, 1)),
    ]
    assert all(w.case_id == case_id and w.given_by == "Mia Manager" for w in rows)
    sent = outbound_of(session, case_id)
    assert [o.kind for o in sent] == ["yellow", "email-only"]
    warning_ids = session.scalars(select(OutboundLetter.warning_id).order_by(OutboundLetter.id))
    assert list(warning_ids) == [w.id for w in rows]
    events = [e for e in case_events(session, case_id) if e.action != "case.opened"]
    assert [e.action for e in events] == [
        "warning.issued",
        "letter.email_drafted",
        "warning.issued",
        "letter.email_drafted",
    ]
    detail = json.loads(events[2].detail)
    assert detail["kind"] == "email-only" and detail["review_on"] == "2026-06-01"
    assert detail["step_title"] == "Email-only contact"
    assert json.loads(events[3].detail)["message_id"] == "<email-only.1@lumen.example>"
    assert verify_chain(session).ok


def test_refusals_leave_nothing_behind(session: Session, victor: Fixture) -> None:
    case_id = cases.open_case(session, victor.customer_id, ACTOR).id
    stale = case_access.get_case(session, case_id).version - 1
    refusals: list[tuple[str, dict[str, object]]] = [
        ("needs a review date", {"kind": "email-only"}),
        ("must be after", {"kind": "email-only", "review_on": GIVEN.date()}),
        (
            "comes before the review date",
            {
                "kind": "email-only",
                "review_on": dt.date(2026, 6, 1),
                "expires_on": dt.date(2026, 5, 1),
            },
        ),
        ("carries no review date", {"kind": "yellow", "review_on": dt.date(2026, 6, 1)}),
        ("unknown channel", {"kind": "yellow", "channel": "pigeon"}),
        ("who gives the warning", {"kind": "yellow", "given_by": " "}),
    ]
    for message, options in refusals:
        kind = str(options.pop("kind"))
        with pytest.raises(InputError, match=message):
            _issue(session, case_id, kind, **options)
    with pytest.raises(ConflictError):
        _issue(session, case_id, "yellow", expected_version=stale, outbound=_outbound("yellow"))
    assert session.scalars(select(CustomerWarning)).all() == []
    assert outbound_of(session, case_id) == []
    case_access.get_case(session, case_id).state = CaseState.CLOSED  # setup: a case already closed
    session.commit()
    with pytest.raises(InputError, match="no warning can follow"):
        _issue(session, case_id, "yellow")
