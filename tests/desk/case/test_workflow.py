"""The case state machine: each refusal, evidence versions, locking, warnings, legal hold."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.case import case_access, cases, evidence, evidence_corrections, evidence_items
from desk.case import ladder as warnings
from desk.case.audit import verify_chain
from desk.case.case_access import ConflictError
from desk.case.cases import TransitionRefused
from desk.case.criteria import claimed_criteria, current_evidence, pattern_status
from desk.case.policy import default_policy, load_policy, policy_from_dict, save_policy
from desk.case.retention import delete_customer_data
from desk.db.engine import session_factory
from desk.db.models import AuditEvent, CaseState, Evidence, Message
from desk.errors import InputError
from tests.desk.case.conftest import Fixture

ACTOR = "Mia Manager"


def _quotes(session: Session, case_id: int, fx: Fixture, days: int) -> list[Evidence]:
    spec = [("idiot", "harassment"), ("chargeback", "threat_financial"), ("suing", "threat_legal")]
    items = []
    for day in range(days):
        word, category = spec[day % len(spec)]
        items.append(
            evidence.add_quote(
                session, case_id, fx.message_ids[day], ACTOR, quote=word, category=category
            )
        )
    return items


def _approve(session: Session, case_id: int) -> None:
    cases.approve(
        session,
        case_id,
        ACTOR,
        approver_name="Dana Whitfield",
        approver_title="COO",
        adjustments_considered=True,
    )


def test_the_whole_path_and_its_audit_trail(session: Session, victor: Fixture) -> None:
    case = cases.open_case(session, victor.customer_id, ACTOR)
    assert case.state == CaseState.DRAFT and case.refund_months == 6
    items = _quotes(session, case.id, victor, 3)
    assert [i.criterion for i in items] == ["harassment_language", "threats", "threats"]
    assert items[0].quote == "idiot" and items[0].message_text is not None
    assert items[0].message_text[items[0].quote_start : items[0].quote_end] == "idiot"
    case = cases.submit(session, case.id, ACTOR)
    assert case.state == CaseState.READY_FOR_REVIEW
    assert claimed_criteria(case) == ["harassment_language", "threats", "pattern"]
    _approve(session, case.id)
    cases.issue_letter(session, case.id, ACTOR, letter_id=1, sha256="f" * 64)
    session.commit()
    cases.close(session, case.id, ACTOR)
    assert case_access.get_case(session, case.id).state is CaseState.CLOSED
    actions = session.scalars(
        select(AuditEvent.action).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id)
    ).all()
    assert actions == [
        "case.opened",
        "evidence.quote",
        "evidence.quote",
        "evidence.quote",
        "case.submitted",
        "case.approved",
        "letter.issued",
        "case.closed",
    ]
    report = verify_chain(session)
    assert report.ok and report.events == len(actions)


def test_refusals_of_each_transition(session: Session, victor: Fixture) -> None:
    case = cases.open_case(session, victor.customer_id, ACTOR)
    with pytest.raises(InputError, match="already has case"):
        cases.open_case(session, victor.customer_id, ACTOR)
    with pytest.raises(TransitionRefused, match="claims no criterion"):
        cases.submit(session, case.id, ACTOR)
    with pytest.raises(TransitionRefused, match="must be ready for review"):
        _approve(session, case.id)
    with pytest.raises(TransitionRefused, match="to write its letter it must be approved"):
        cases.issue_letter(session, case.id, ACTOR, 1, "0" * 64)
    session.rollback()
    with pytest.raises(TransitionRefused, match="reopen it it must be closed or declined"):
        cases.reopen(session, case.id, ACTOR, "why not")

    # One day, one conversation: a bad day, not a pattern.
    _quotes(session, case.id, victor, 1)
    with pytest.raises(TransitionRefused, match="pattern rule is not met: Incidents on 1 day"):
        cases.submit(session, case.id, ACTOR)
    # Claiming a criterion nothing backs.
    with pytest.raises(TransitionRefused, match="no evidence backs 'Threats"):
        cases.submit(session, case.id, ACTOR, criteria=["harassment_language", "threats"])
    _quotes(session, case.id, victor, 3)
    cases.submit(session, case.id, ACTOR)

    with pytest.raises(InputError, match="withdraw it from review first"):
        evidence.add_note(session, case.id, "one more thing", ACTOR)
    for kwargs, reason in (
        ({"approver_name": " ", "approver_title": "COO", "adjustments_considered": True}, "name"),
        (
            {"approver_name": "Dana", "approver_title": "COO", "adjustments_considered": None},
            "were reasonable adjustments considered",
        ),
        (
            {"approver_name": "Dana", "approver_title": "COO", "adjustments_considered": False},
            "cannot be approved until reasonable adjustments",
        ),
        (
            {
                "approver_name": "Dana",
                "approver_title": "COO",
                "adjustments_considered": True,
                "decided_on": dt.date.today() + dt.timedelta(days=2),
            },
            "in the future",
        ),
    ):
        with pytest.raises(TransitionRefused, match=reason):
            cases.approve(session, case.id, ACTOR, **kwargs)
    assert case_access.get_case(session, case.id).state == CaseState.READY_FOR_REVIEW
    with pytest.raises(TransitionRefused, match="close it it must be letter issued or declined"):
        cases.close(session, case.id, ACTOR)

    cases.decline(
        session, case.id, ACTOR, approver_name="Dana", approver_title="COO", reason="not yet"
    )
    with pytest.raises(TransitionRefused, match="say why"):
        cases.reopen(session, case.id, ACTOR, "  ")
    case = cases.reopen(session, case.id, ACTOR, "new incidents since the decision")
    assert case.state == CaseState.DRAFT and case.reopen_reason
    assert verify_chain(session).ok


def test_a_ladder_skipping_incident_needs_no_pattern(session: Session, victor: Fixture) -> None:
    case = cases.open_case(session, victor.customer_id, ACTOR)
    evidence.add_quote(
        session, case.id, victor.message_ids[0], ACTOR, quote="idiot", category="hate"
    )
    status = pattern_status(current_evidence(session, case.id), load_policy(session))
    assert not status.met and status.skips_ladder
    assert cases.submit(session, case.id, ACTOR).state == CaseState.READY_FOR_REVIEW


def test_evidence_is_never_edited_in_place(session: Session, victor: Fixture) -> None:
    case = cases.open_case(session, victor.customer_id, ACTOR)
    with pytest.raises(InputError, match="written by agent, not the customer"):
        evidence.add_quote(session, case.id, victor.agent_message_id, ACTOR)
    with pytest.raises(InputError, match="does not appear in the message"):
        evidence.add_quote(session, case.id, victor.message_ids[0], ACTOR, quote="nonsense")
    with pytest.raises(InputError, match="outside the message"):
        evidence.add_quote(session, case.id, victor.message_ids[0], ACTOR, start=5, end=999)
    first = evidence.add_quote(
        session, case.id, victor.message_ids[0], ACTOR, category="harassment"
    )
    whole = session.get_one(Message, victor.message_ids[0]).body_text
    assert first.quote == whole and first.quote_start == 0

    narrowed = evidence_corrections.correct(
        session, first.id, ACTOR, start=whole.index("useless"), end=len(whole) - 1
    )
    assert narrowed.quote == "useless idiot" and narrowed.supersedes_id == first.id
    assert session.get_one(Evidence, first.id).quote == whole  # the old version stays readable
    with pytest.raises(InputError, match=f"already replaced by #{narrowed.id}"):
        evidence_corrections.correct(session, first.id, ACTOR, note="again")
    removal = evidence_corrections.remove(session, narrowed.id, ACTOR, "quoted by mistake")
    assert [e.id for e in current_evidence(session, case.id)] == []
    restored = evidence_corrections.restore(session, removal.id, ACTOR)
    assert [e.id for e in current_evidence(session, case.id)] == [restored.id]
    chain = evidence_items.history(session, first.id)
    assert [e.id for e in chain] == [first.id, narrowed.id, removal.id, restored.id]
    assert evidence_items.version_of(session, restored) == 4
    # The digest covers the content: the two versions differ, a re-read is stable.
    assert evidence_items.evidence_digest(first) != evidence_items.evidence_digest(narrowed)
    assert evidence_items.evidence_digest(narrowed) == evidence_items.evidence_digest(
        session.get_one(Evidence, narrowed.id)
    )


def test_attachments_images_and_pdfs_only(
    session: Session, victor: Fixture, tmp_path: Path
) -> None:
    case = cases.open_case(session, victor.customer_id, ACTOR)
    png = tmp_path / "tweet.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    item = evidence.add_attachment(session, case.id, png, ACTOR, category="threat_public_shaming")
    assert item.criterion == "threats" and item.message_sha256 is not None
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(InputError, match=r"notes\.txt: not an image"):
        evidence.add_attachment(session, case.id, text, ACTOR)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * (evidence.MAX_ATTACHMENT_BYTES + 1))
    with pytest.raises(InputError, match="over the 10 MB limit"):
        evidence.add_attachment(session, case.id, big, ACTOR)
    with pytest.raises(InputError, match="No such file"):
        evidence.add_attachment(session, case.id, tmp_path / "missing.png", ACTOR)


def test_second_save_of_a_stale_case_is_refused(engine: Engine, victor: Fixture) -> None:
    make = session_factory(engine)
    with make() as first:
        case_id = cases.open_case(first, victor.customer_id, ACTOR).id
    with make() as mia, make() as sam:
        mias = case_access.get_case(mia, case_id)
        sams = case_access.get_case(sam, case_id)
        assert mias.version == sams.version
        evidence.add_note(mia, case_id, "Called him on Monday.", ACTOR)
        with pytest.raises(ConflictError, match="changed by someone else"):
            evidence.add_note(sam, case_id, "Called him on Tuesday.", "Sam")
        # Nothing of Sam's was saved; after a reload he can save.
        sam.expire_all()
        evidence.add_note(sam, case_id, "Called him on Tuesday.", "Sam")
        with pytest.raises(ConflictError):
            cases.set_terms(mia, case_id, ACTOR, refund_months=3, expected_version=mias.version)
    with make() as check:
        notes = [e.note for e in current_evidence(check, case_id)]
        assert notes == ["Called him on Monday.", "Called him on Tuesday."]
        assert verify_chain(check).ok


@pytest.mark.slow
def test_tampering_is_caught(engine: Engine, victor: Fixture) -> None:
    make = session_factory(engine)
    with make() as session:
        case = cases.open_case(session, victor.customer_id, ACTOR)
        _quotes(session, case.id, victor, 3)
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        assert verify_chain(session).ok
        target = events[2]
        detail = json.loads(target.detail)
        detail["quote"] = "something kinder"
        target.detail = json.dumps(detail, sort_keys=True, separators=(",", ":"))
        session.commit()
        report = verify_chain(session)
        assert not report.ok and report.broken_at == target.id
        assert "changed after it was written" in report.reason
        assert report.events == 3 and report.head == events[1].hash

        target.detail = json.dumps(json.loads(target.detail) | {"quote": "chargeback"})
        session.delete(events[2])
        session.commit()
        report = verify_chain(session)
        assert report.broken_at == events[3].id and "deleted or inserted" in report.reason


def test_warnings_on_the_ladder(session: Session, victor: Fixture) -> None:
    case = cases.open_case(session, victor.customer_id, ACTOR)
    when = dt.datetime(2026, 3, 3, 10, 0)
    first = warnings.record_warning(
        session,
        victor.customer_id,
        ACTOR,
        given_at=when,
        channel="phone",
        given_by="Mia",
        text="Told him insults end the call.",
    )
    second = warnings.record_warning(
        session,
        victor.customer_id,
        ACTOR,
        given_at=when + dt.timedelta(days=7),
        channel="email",
        given_by="Mia",
        text="Routed to the specialist team.",
    )
    assert (first.ladder_step, second.ladder_step) == (1, 2)
    assert first.case_id == case.id
    with pytest.raises(InputError, match="unknown channel"):
        warnings.record_warning(
            session,
            victor.customer_id,
            ACTOR,
            given_at=when,
            channel="pigeon",
            given_by="M",
            text="x",
        )
    with pytest.raises(InputError, match="in the future"):
        warnings.record_warning(
            session,
            victor.customer_id,
            ACTOR,
            given_at=dt.datetime.now() + dt.timedelta(days=3),
            channel="phone",
            given_by="M",
            text="x",
        )
    with pytest.raises(InputError, match="no step 9"):
        warnings.record_warning(
            session,
            victor.customer_id,
            ACTOR,
            given_at=when,
            channel="phone",
            given_by="M",
            text="x",
            ladder_step=9,
        )
    policy = load_policy(session)
    status = warnings.ladder_status(
        policy, warnings.warnings_of(session, victor.customer_id), set()
    )
    assert status.given == 2 and status.next_step is not None and status.next_step.step == 3
    assert not status.may_skip
    assert warnings.ladder_status(policy, [], {"threat_violence"}).may_skip


def test_legal_hold_blocks_deleting_the_customer(session: Session, victor: Fixture) -> None:
    case = cases.open_case(session, victor.customer_id, ACTOR)
    quoted = _quotes(session, case.id, victor, 2)
    cases.set_legal_hold(session, case.id, True, ACTOR, "litigation expected")
    with pytest.raises(InputError, match="on legal hold"):
        delete_customer_data(session, victor.customer_id, ACTOR)
    assert session.get(Message, victor.message_ids[0]) is not None
    cases.set_legal_hold(session, case.id, False, ACTOR)
    report = delete_customer_data(session, victor.customer_id, ACTOR)
    assert report.messages == 8 and report.conversations == 2
    session.expire_all()
    kept = current_evidence(session, case.id)
    assert [e.quote for e in kept] == [q.quote for q in quoted]  # the case kept its copies
    assert all(e.message_id is None and e.message_text for e in kept)
    assert verify_chain(session).ok


def test_policy_defaults_edit_and_mistakes(session: Session) -> None:
    policy = load_policy(session)
    assert policy == default_policy()
    assert [c.key for c in policy.criteria] == ["harassment_language", "threats", "pattern"]
    assert [s.step for s in policy.ladder] == [1, 2, 3, 4]
    assert policy.skip_ladder_categories == ("hate", "threat_violence")
    assert (policy.pattern.min_days, policy.pattern.min_conversations) == (3, 2)
    assert policy.refund_months == 6
    assert policy.criterion_for("threat_job") == "threats"
    assert policy.criterion_for("shouting") is None

    data = policy.to_dict() | {"refund_months": 3}
    save_policy(session, policy_from_dict(data), ACTOR)
    session.commit()
    assert load_policy(session).refund_months == 3

    broken = policy.to_dict()
    broken["criterion"][1]["categories"].append("harassment")
    with pytest.raises(InputError, match="'harassment' backs both"):
        policy_from_dict(broken, "edited.toml")
    del broken["ladder"]
    with pytest.raises(InputError, match=r"edited\.toml: missing 'ladder'"):
        policy_from_dict(broken, "edited.toml")
