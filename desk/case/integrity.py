"""Evidence checked against what the audit log recorded at capture, never recomputed.

Each evidence item's capture event (``evidence.quote``, ``evidence.corrected``, …) records
the quote, the SHA-256 of the case's copy of the message (or of an attachment's bytes) and a
digest of the whole item. The evidence row's own ``message_sha256`` column proves nothing:
whoever edits the quote in the database can edit that column too. The audit event cannot be
edited without breaking the hash chain (and, past a checkpoint, without
:mod:`desk.case.checkpoints` noticing), so the item's current content is compared with it.

:func:`verify_case` is what ``case show``, ``case verify``, the brief and the window call;
:func:`verify_all` is what ``audit verify`` calls.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.evidence import sha256_text
from desk.case.evidence_items import evidence_digest
from desk.db.models import Attachment, AuditEvent, Evidence, EvidenceKind

QUOTE = "quote"
MESSAGE_COPY = "message copy"
ATTACHMENT = "attachment"
DETAILS = "other fields"  # note, category, criterion, time, author, span
UNRECORDED = "capture record"  # no audit event recorded the item: added outside the app
DELETED = "deleted"  # the capture event names an item that is gone


@dataclass(frozen=True)
class Alteration:
    """One evidence item that no longer matches its capture, and what changed in it."""

    case_id: int
    evidence_id: int
    parts: tuple[str, ...]
    event_id: int | None = None  # the capture event compared with

    def describe(self) -> str:
        where = f"case #{self.case_id}, evidence #{self.evidence_id}"
        if DELETED in self.parts:
            return f"{where} (captured in event #{self.event_id}) was deleted from the database"
        if UNRECORDED in self.parts:
            return (
                f"{where}: no audit event records its capture "
                "(added outside the app, or its event deleted)"
            )
        changed = " and ".join(
            "the case's copy of the message" if part == MESSAGE_COPY else f"the {part}"
            for part in self.parts
        )
        verb = "match" if len(self.parts) > 1 else "matches"
        return f"{where}: {changed} no longer {verb} what was captured (event #{self.event_id})"


def _captures(session: Session, case_id: int | None) -> dict[int, tuple[int, int, dict[str, Any]]]:
    """Evidence id -> (event id, case id, detail) of the event that recorded its capture."""
    query = select(AuditEvent.id, AuditEvent.case_id, AuditEvent.detail).where(
        AuditEvent.action.like("evidence.%")
    )
    if case_id is not None:
        query = query.where(AuditEvent.case_id == case_id)
    found: dict[int, tuple[int, int, dict[str, Any]]] = {}
    for event_id, event_case, body in session.execute(query.order_by(AuditEvent.id)):
        try:
            detail = json.loads(body)
        except ValueError:  # a changed event: verify_chain names it
            continue
        if event_case is None:  # evidence events always name their case
            continue
        if isinstance(detail, dict) and isinstance(detail.get("evidence"), int):
            found.setdefault(detail["evidence"], (event_id, event_case, detail))
    return found


def _attachment_sha256(session: Session, attachment_id: int | None) -> str | None:
    if attachment_id is None:
        return None
    data = session.scalar(select(Attachment.data).where(Attachment.id == attachment_id))
    return None if data is None else hashlib.sha256(data).hexdigest()


def changed_parts(session: Session, item: Evidence, detail: dict[str, Any]) -> tuple[str, ...]:
    """What of ``item`` differs from the capture ``detail`` (empty when it matches)."""
    parts: list[str] = []
    if "quote" in detail and item.quote != detail["quote"]:
        parts.append(QUOTE)
    recorded_sha = detail.get("message_sha256")
    if item.kind == EvidenceKind.ATTACHMENT:
        if _attachment_sha256(session, item.attachment_id) != recorded_sha:
            parts.append(ATTACHMENT)
    elif item.message_text is not None or recorded_sha is not None:
        current = None if item.message_text is None else sha256_text(item.message_text)
        if current != recorded_sha:
            parts.append(MESSAGE_COPY)
    if "digest" in detail:
        # The digest with the recorded quote and message hash: a mismatch left is elsewhere.
        as_recorded = evidence_digest(
            item,
            quote=detail.get("quote", item.quote),
            message_sha256=recorded_sha,
        )
        if as_recorded != detail["digest"]:
            parts.append(DETAILS)
    return tuple(parts)


def _verify(session: Session, case_id: int | None) -> Iterator[Alteration]:
    captures = _captures(session, case_id)
    query = select(Evidence).order_by(Evidence.case_id, Evidence.id)
    if case_id is not None:
        query = query.where(Evidence.case_id == case_id)
    seen: set[int] = set()
    for item in session.scalars(query):
        seen.add(item.id)
        capture = captures.get(item.id)
        if capture is None:
            yield Alteration(item.case_id, item.id, (UNRECORDED,))
            continue
        event_id, _, detail = capture
        parts = changed_parts(session, item, detail)
        if parts:
            yield Alteration(item.case_id, item.id, parts, event_id)
    for evidence_id, (event_id, event_case, _) in sorted(captures.items()):
        if evidence_id not in seen:
            yield Alteration(event_case, evidence_id, (DELETED,), event_id)


def verify_case(session: Session, case_id: int) -> list[Alteration]:
    """Every item of the case (current and superseded versions) that no longer matches its
    capture; empty when the case's evidence is as it was captured."""
    return list(_verify(session, case_id))


def verify_all(session: Session) -> list[Alteration]:
    """:func:`verify_case` over every case in the database."""
    return list(_verify(session, None))


def altered_ids(alterations: list[Alteration]) -> dict[int, tuple[str, ...]]:
    """Evidence id -> what changed, for marking items in a listing."""
    return {a.evidence_id: a.parts for a in alterations}
