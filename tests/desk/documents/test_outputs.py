"""A document reaches its file only after its audit event is committed (desk.outputs).

The failures are real: the audit log refuses the event (a trigger on the table), or another
manager changed the case first (the version-checked path raises ConflictError).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desk.case import cases, evidence
from desk.case.case_access import ConflictError
from desk.db.engine import session_factory
from desk.db.models import AuditEvent, Case, Letter
from desk.documents.brief.assemble import write_brief
from desk.documents.company_profile import (
    CompanyProfile,
    Signatory,
    save_company,
    save_signatory,
)
from desk.documents.letter_store import LetterOptions, draft_letter, store_signed
from desk.errors import InputError
from desk.outputs import publish
from tests.desk.case.conftest import build_customer

ACTOR = "Mia Manager"
OLD = b"%PDF-1.4 the brief the COO already read"
OPTIONS = LetterOptions(refund_amount=Decimal("120"))
REFUSE_AUDIT = text(
    "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is read-only'); END"
)


@pytest.fixture
def session(sqlite_engine: Engine) -> Iterator[Session]:
    with session_factory(sqlite_engine)() as s:
        yield s


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the documents go (the database is in ``tmp_path`` itself)."""
    made = tmp_path / "out"
    made.mkdir()
    return made


def _events(session: Session, action: str) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _folder_is(folder: Path, *names: str) -> None:
    """Exactly ``names`` in ``folder``: no temporary file was left behind."""
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


def test_publish_keeps_the_old_file_when_recording_fails(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(OLD)
    target.chmod(0o640)
    seen: list[str] = []

    def refuse(digest: str) -> None:
        seen.append(digest)
        assert any(p.name.endswith(".tmp") for p in tmp_path.iterdir())  # written, not placed
        raise RuntimeError("the audit log said no")

    with pytest.raises(RuntimeError, match="said no"):
        publish(target, b"new", refuse)
    assert seen == [hashlib.sha256(b"new").hexdigest()]
    assert target.read_bytes() == OLD
    _folder_is(tmp_path, "brief.pdf")

    assert publish(target, b"new", seen.append) == seen[-1]
    assert target.read_bytes() == b"new" and oct(target.stat().st_mode & 0o777) == "0o640"
    _folder_is(tmp_path, "brief.pdf")


def test_publish_refuses_a_folder_or_a_missing_folder_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot write .*: it is a folder"):
        publish(tmp_path, b"x", lambda _d: pytest.fail("recorded"))
    with pytest.raises(InputError, match=r"cannot write .*does not exist"):
        publish(tmp_path / "nope" / "b.pdf", b"x", lambda _d: pytest.fail("recorded"))


@pytest.mark.slow
def test_a_brief_over_an_old_one_is_written_only_with_its_audit_event(
    session: Session, folder: Path
) -> None:
    fx = build_customer(session)
    case = cases.open_case(session, fx.customer_id, ACTOR)
    out = folder / "brief.pdf"
    out.write_bytes(OLD)

    session.execute(REFUSE_AUDIT)
    session.commit()
    with pytest.raises(DBAPIError, match="read-only"):
        write_brief(session, case.id, out, prepared_by=ACTOR)
    assert out.read_bytes() == OLD
    _folder_is(folder, "brief.pdf")
    assert _events(session, "brief.written") == []

    session.execute(text("DROP TRIGGER refuse_audit"))
    session.commit()
    digest = write_brief(session, case.id, out, prepared_by=ACTOR)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and hashlib.sha256(data).hexdigest() == digest
    [event] = _events(session, "brief.written")
    assert json.loads(event.detail)["sha256"] == digest
    _folder_is(folder, "brief.pdf")


def _approved(session: Session) -> int:
    """A case approved through the real workflow, quoting three incidents."""
    fx = build_customer(session)
    save_company(session, CompanyProfile(name="Lumen Ledger", address="1 Quay St"))
    save_signatory(session, Signatory(name="Dana Whitfield", title="COO"))
    case = cases.open_case(session, fx.customer_id, ACTOR)
    spans = (("idiot", "harassment"), ("chargeback", "threat_financial"), ("suing", "threat_legal"))
    for message_id, (word, category) in zip(fx.message_ids, spans, strict=False):
        evidence.add_quote(session, case.id, message_id, ACTOR, quote=word, category=category)
    cases.submit(session, case.id, ACTOR)
    cases.approve(
        session,
        case.id,
        ACTOR,
        approver_name="Dana Whitfield",
        approver_title="COO",
        adjustments_considered=True,
    )
    session.expire_all()
    return case.id


@pytest.mark.slow
def test_a_letter_for_a_case_changed_meanwhile_leaves_the_old_file(
    session: Session, sqlite_engine: Engine, folder: Path
) -> None:
    case_id = _approved(session)
    opened = session.get_one(Case, case_id)  # this manager has the case open ...
    with session_factory(sqlite_engine)() as other:  # ... while another puts it on hold
        cases.set_legal_hold(other, case_id, True, "Rita Other", "lawyer's letter")
    out = folder / "letter.pdf"
    out.write_bytes(OLD)

    assert opened.legal_hold is False  # still the version this manager read
    with pytest.raises(ConflictError):
        draft_letter(session, case_id, OPTIONS, ACTOR, out=out)
    assert out.read_bytes() == OLD
    _folder_is(folder, "letter.pdf")
    assert session.scalar(select(func.count()).select_from(Letter)) == 0
    assert _events(session, "letter.issued") == []

    letter = draft_letter(
        session, case_id, LetterOptions(refund_amount=Decimal("120")), ACTOR, out=out
    )
    assert out.read_bytes() == letter.pdf
    [event] = _events(session, "letter.issued")
    assert json.loads(event.detail)["sha256"] == hashlib.sha256(letter.pdf).hexdigest()

    signed = folder / "letter-signed.pdf"
    signed.write_bytes(OLD)
    session.execute(REFUSE_AUDIT)
    session.commit()
    with pytest.raises(DBAPIError, match="read-only"):
        store_signed(session, letter.id, b"%PDF signed", "Dana", ACTOR, out=signed)
    assert signed.read_bytes() == OLD
    assert session.get_one(Letter, letter.id).signed_pdf is None
    _folder_is(folder, "letter.pdf", "letter-signed.pdf")
