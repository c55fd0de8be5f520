"""The audit log: append-only, each event's hash covering the one before it.

Every change to a case, its evidence, its approval, its letter and the policy appends an
:class:`AuditEvent` in the same transaction as the change. An event's hash is the SHA-256 of
the previous event's hash and the event's own canonical content, so editing, deleting or
inserting a row breaks the chain at that point; :func:`verify_chain` finds the first break.
The head hash (the newest event's) is printed on the leadership brief, so a reader can check
that the log has not been cut short since; each commit that appends an event also leaves a
checkpoint of the head outside the database (:mod:`desk.case.checkpoints`), which catches
deleted last events and a log rewritten with recomputed hashes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk.case import checkpoints
from desk.db.models import AuditEvent, utcnow

GENESIS = "0" * 64
_PG_LOCK_KEY = 0x6275_6470  # "bdp": serialises appends to the chain on PostgreSQL


def canonical(detail: Any) -> str:
    """The one JSON text of ``detail`` that is hashed: sorted keys, no spaces, UTF-8."""
    return json.dumps(
        detail, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )


def event_hash(
    prev_hash: str, case_id: int | None, at: dt.datetime, actor: str, action: str, detail: str
) -> str:
    payload = canonical(
        {
            "prev": prev_hash,
            "case": case_id,
            "at": at.isoformat(timespec="microseconds"),
            "actor": actor,
            "action": action,
            "detail": detail,
        }
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def head_hash(session: Session) -> str:
    """The newest event's hash (the genesis hash on an empty log)."""
    latest = session.scalars(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return latest.first() or GENESIS


def has_event(session: Session, event_hash_value: str) -> bool:
    """Whether an event with this hash is in the log (a brief's head hash must be)."""
    found = session.scalar(select(AuditEvent.id).where(AuditEvent.hash == event_hash_value))
    return found is not None


def append_event(
    session: Session, *, actor: str, action: str, case_id: int | None, detail: Any
) -> AuditEvent:
    """Append one event in the caller's transaction (the caller commits with its change)."""
    if session.get_bind().dialect.name == "postgresql":
        # Two managers appending at once must not both chain onto the same head.
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    session.flush()
    prev = head_hash(session)
    at = utcnow()
    body = canonical(detail)
    event = AuditEvent(
        case_id=case_id,
        at=at,
        actor=actor,
        action=action,
        detail=body,
        prev_hash=prev,
        hash=event_hash(prev, case_id, at, actor, action, body),
    )
    session.add(event)
    session.flush()
    checkpoints.arm(session, event)  # the new head goes to the checkpoint file on commit
    return event


@dataclass(frozen=True)
class ChainReport:
    events: int
    head: str
    broken_at: int | None = None  # the id of the first event that does not verify
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole log in order; report the first event whose link or content is broken."""
    prev = GENESIS
    count = 0
    rows = session.execute(
        select(
            AuditEvent.id,
            AuditEvent.case_id,
            AuditEvent.at,
            AuditEvent.actor,
            AuditEvent.action,
            AuditEvent.detail,
            AuditEvent.prev_hash,
            AuditEvent.hash,
        )
        .order_by(AuditEvent.id)
        .execution_options(yield_per=2000)
    )
    try:
        for event_id, case_id, at, actor, action, detail, prev_hash, stored in rows:
            count += 1
            if prev_hash != prev:
                return ChainReport(
                    count,
                    prev,
                    event_id,
                    f"event #{event_id} does not follow the event before it: an event was "
                    "deleted or inserted here",
                )
            if event_hash(prev_hash, case_id, at, actor, action, detail) != stored:
                return ChainReport(
                    count,
                    prev,
                    event_id,
                    f"event #{event_id} ({action} by {actor}) was changed after it was written",
                )
            prev = stored
    finally:
        rows.close()
    return ChainReport(count, prev)


def case_events(session: Session, case_id: int) -> list[AuditEvent]:
    return list(
        session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id)
        )
    )
