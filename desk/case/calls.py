"""Phone incidents as contact centres log them, with the call's recording kept on the case.

A call is what the agent reports after an abusive call: when, who took it, what was said, how
many warnings were given before the call was ended and whether the line manager was told. The
recording is the proof, so it is read once, recognised as audio by its first bytes (never by
its name: a renamed text file is refused), hashed, and stored as a case attachment in the same
audited, version-checked transaction as the call. The audit event records the recording's
SHA-256, so :func:`altered_recordings` can later tell a recording that changed in the database
from one that is as it was captured (compared, never recomputed from itself).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.case.audio import duration_of, sniff_audio
from desk.case.case_access import OPEN_STATES, change_case, state_label
from desk.db.engine import session_factory
from desk.db.models import Attachment, AuditEvent, Case, PhoneCall
from desk.errors import InputError, NotFoundError

MAX_RECORDING_BYTES = 50 * 1024 * 1024  # about an hour of 96 kbit/s MP3
LOGGED = "call.logged"


@dataclass(frozen=True)
class CallView:
    """A logged call as plain values (it crosses to the window's thread)."""

    id: int
    at: dt.datetime
    agent: str
    said: str
    warnings_given: int
    manager_told: bool
    logged_by: str
    recording_id: int | None = None  # the attachment
    recording_name: str | None = None
    recording_type: str | None = None
    recording_sha256: str | None = None
    recording_size: int | None = None
    duration_seconds: float | None = None

    def duration_text(self) -> str:
        if self.duration_seconds is None:
            return "duration unknown"
        whole = round(self.duration_seconds)
        return f"{whole // 60}:{whole % 60:02d}"


def read_recording(path: Path) -> tuple[bytes, str]:
    """The file's bytes and its audio MIME type; one line naming the file when it is not audio."""
    try:
        size = path.stat().st_size
        if size > MAX_RECORDING_BYTES:
            limit = MAX_RECORDING_BYTES // 2**20
            raise InputError(f"{path.name}: {size / 1e6:.1f} MB is over the {limit} MB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror}") from None
    return data, sniff_audio(path.name, data)


def log_call(
    session: Session,
    case_id: int,
    actor: str,
    *,
    at: dt.datetime,
    agent: str,
    said: str,
    warnings_given: int = 0,
    manager_told: bool = False,
    recording: Path | None = None,
    expected_version: int | None = None,
) -> CallView:
    """Record a call (and its recording) on an open case: one audited change; commits."""
    if not agent.strip():
        raise InputError("say which agent took the call (--agent NAME)")
    if not said.strip():
        raise InputError("say what was said on the call (--said TEXT)")
    if warnings_given < 0:
        raise InputError(f"--warned must be 0 or more, not {warnings_given}")
    data, mime = read_recording(recording) if recording is not None else (b"", "")
    created: list[PhoneCall] = []

    def change(case: Case) -> dict[str, Any]:
        if case.state not in OPEN_STATES:
            raise InputError(f"case #{case.id} is {state_label(case.state)}: no call can be logged")
        attachment = None
        if recording is not None:
            attachment = Attachment(
                case_id=case.id,
                name=recording.name,
                mime_type=mime,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
            )
            session.add(attachment)
            session.flush()
        call = PhoneCall(
            case_id=case.id,
            at=at,
            agent=agent.strip(),
            said=said.strip(),
            warnings_given=warnings_given,
            manager_told=manager_told,
            attachment_id=None if attachment is None else attachment.id,
            duration_seconds=duration_of(mime, data) if attachment is not None else None,
            logged_by=actor.strip(),
        )
        session.add(call)
        session.flush()
        created.append(call)
        return {
            "call": call.id,
            "at": at.isoformat(),
            "agent": call.agent,
            "said": call.said,
            "warnings_given": warnings_given,
            "manager_told": manager_told,
            "recording": None if attachment is None else attachment.id,
            "name": None if attachment is None else attachment.name,
            "sha256": None if attachment is None else attachment.sha256,
            "size": len(data) if attachment is not None else None,
            "duration_seconds": call.duration_seconds,
        }

    change_case(session, case_id, actor, LOGGED, change, expected_version)
    return _view(session, created[0])


def calls_of(session: Session, case_id: int) -> list[CallView]:
    """The case's logged calls, oldest first."""
    rows = session.scalars(
        select(PhoneCall).where(PhoneCall.case_id == case_id).order_by(PhoneCall.at, PhoneCall.id)
    )
    return [_view(session, row) for row in rows]


def _view(session: Session, call: PhoneCall) -> CallView:
    attachment = None
    if call.attachment_id is not None:
        attachment = session.execute(
            select(Attachment.name, Attachment.mime_type, Attachment.sha256, Attachment.size).where(
                Attachment.id == call.attachment_id
            )
        ).one_or_none()
    return CallView(
        id=call.id,
        at=call.at,
        agent=call.agent,
        said=call.said,
        warnings_given=call.warnings_given,
        manager_told=call.manager_told,
        logged_by=call.logged_by,
        recording_id=call.attachment_id,
        recording_name=None if attachment is None else attachment.name,
        recording_type=None if attachment is None else attachment.mime_type,
        recording_sha256=None if attachment is None else attachment.sha256,
        recording_size=None if attachment is None else attachment.size,
        duration_seconds=call.duration_seconds,
    )


def recording_data(session: Session, call_id: int) -> tuple[str, str, bytes]:
    """(file name, MIME type, bytes) of a call's recording, for playing it."""
    call = session.get(PhoneCall, call_id)
    if call is None:
        raise NotFoundError(f"no call #{call_id}")
    if call.attachment_id is None:
        raise InputError(f"call #{call_id} has no recording")
    row = session.get_one(Attachment, call.attachment_id)
    return row.name, row.mime_type, row.data


def recording_labels(session: Session, case_id: int) -> dict[int, str]:
    """Attachment id -> how the brief lists a call's recording (with its duration)."""
    return {
        call.recording_id: (
            f"{call.recording_name} (call {call.at:%Y-%m-%d %H:%M}, {call.agent}, "
            f"{call.duration_text()})"
        )
        for call in calls_of(session, case_id)
        if call.recording_id is not None
    }


def altered_recordings(session: Session, case_id: int) -> list[str]:
    """Recordings whose bytes no longer match the SHA-256 their capture event recorded."""
    recorded: dict[int, str] = {}
    for body in session.scalars(
        select(AuditEvent.detail).where(AuditEvent.case_id == case_id, AuditEvent.action == LOGGED)
    ):
        try:
            detail = json.loads(body)
        except ValueError:  # a changed event: the audit chain check names it
            continue
        if isinstance(detail, dict) and isinstance(detail.get("recording"), int):
            recorded[detail["recording"]] = str(detail.get("sha256"))
    problems = []
    for call in calls_of(session, case_id):
        if call.recording_id is None:
            continue
        data = session.scalar(select(Attachment.data).where(Attachment.id == call.recording_id))
        expected = recorded.get(call.recording_id)
        if data is None or expected is None:
            problems.append(f"call #{call.id}: the case's copy of its recording is missing")
        elif hashlib.sha256(data).hexdigest() != expected:
            problems.append(f"call #{call.id}: its recording no longer matches what was captured")
    return problems


# -- for the window: each opens and closes its own session ------------------------------------


def list_calls(engine: Engine, case_id: int) -> list[CallView]:
    with session_factory(engine)() as session:
        return calls_of(session, case_id)


def record_call(engine: Engine, case_id: int, actor: str, **details: Any) -> CallView:
    """:func:`log_call` in a session of its own (the window's writer runs it)."""
    with session_factory(engine)() as session:
        return log_call(session, case_id, actor, **details)


def recording_of(engine: Engine, call_id: int) -> tuple[str, str, bytes]:
    with session_factory(engine)() as session:
        return recording_data(session, call_id)
