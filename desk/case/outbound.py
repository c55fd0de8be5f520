"""What left the building by e-mail: each letter drafted as an .eml file or sent over SMTP.

A record is a fact on the case (its Message-ID, when, to whom, and the SHA-256 of the PDF that
was attached), so it goes through the case's audited, version-checked path: the case's version
is bumped, the row and an audit event are written and committed together. The caller writes
the .eml file only after this commits, so a file on disk always has its record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.audit import append_event
from desk.case.case_access import lock_case
from desk.db.models import OutboundLetter
from desk.errors import InputError

KINDS = ("end", "yellow", "email-only")
STATUSES = ("drafted", "sent")


@dataclass(frozen=True)
class Outbound:
    """One letter put in an e-mail, as plain values (it crosses to the window's thread)."""

    kind: str  # one of KINDS
    status: str  # one of STATUSES
    message_id: str
    at: dt.datetime  # naive UTC, the message's Date
    to_address: str
    subject: str
    language: str
    filename: str
    pdf_sha256: str
    letter_id: int | None = None  # the end letter's row
    pdf: bytes | None = None  # a ladder letter's PDF, kept since it has no Letter row
    id: int | None = None


def add_outbound(
    session: Session,
    case_id: int,
    actor: str,
    outbound: Outbound,
    *,
    warning_id: int | None = None,
    expected_version: int | None = None,
    lock: bool = True,
) -> int:
    """Lock the case, store ``outbound`` and audit it in the caller's transaction (no commit).

    Returns the row's id. The caller commits (with :func:`desk.case.cases.saving`), so a
    warning and the e-mail that carries it are one transaction; ``lock=False`` when the caller
    has already locked the case in this transaction.
    """
    if outbound.kind not in KINDS or outbound.status not in STATUSES:
        raise InputError(f"unknown e-mail record {outbound.kind!r}/{outbound.status!r}")
    if lock:
        lock_case(session, case_id, expected_version)
    row = OutboundLetter(
        case_id=case_id,
        letter_id=outbound.letter_id,
        warning_id=warning_id,
        kind=outbound.kind,
        status=outbound.status,
        message_id=outbound.message_id,
        at=outbound.at,
        actor=actor,
        to_address=outbound.to_address,
        subject=outbound.subject,
        language=outbound.language,
        filename=outbound.filename,
        pdf_sha256=outbound.pdf_sha256,
        pdf=outbound.pdf,
    )
    session.add(row)
    session.flush()
    append_event(
        session,
        actor=actor,
        action=f"letter.email_{outbound.status}",
        case_id=case_id,
        detail={
            "outbound": row.id,
            "kind": outbound.kind,
            "message_id": outbound.message_id,
            "at": outbound.at.isoformat(),
            "to": outbound.to_address,
            "language": outbound.language,
            "filename": outbound.filename,
            "sha256": outbound.pdf_sha256,
            "letter": outbound.letter_id,
            "warning": warning_id,
        },
    )
    return row.id


def outbound_of(session: Session, case_id: int) -> list[Outbound]:
    """The case's e-mailed letters, oldest first."""
    rows = session.scalars(
        select(OutboundLetter)
        .where(OutboundLetter.case_id == case_id)
        .order_by(OutboundLetter.at, OutboundLetter.id)
    )
    return [
        Outbound(
            kind=row.kind,
            status=row.status,
            message_id=row.message_id,
            at=row.at,
            to_address=row.to_address,
            subject=row.subject,
            language=row.language,
            filename=row.filename,
            pdf_sha256=row.pdf_sha256,
            letter_id=row.letter_id,
            pdf=row.pdf,
            id=row.id,
        )
        for row in rows
    ]
