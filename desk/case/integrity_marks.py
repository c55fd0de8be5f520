"""What the window marks on an altered evidence item: what changed, and the SHA-256 recorded
at capture beside the one the item has now.

:func:`desk.case.integrity.verify_case` says which items no longer match their capture; a
manager looking at the case wants to see it on the item itself, with the two digests that
disagree (a reader can check either against the audit log and the brief). The window calls
:func:`case_marks` on its reader pool, as it loads the case.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.case.evidence_items import evidence_digest, sha256_text
from desk.case.integrity import ATTACHMENT, MESSAGE_COPY, Alteration, verify_case
from desk.db.models import Attachment, AuditEvent, Evidence, EvidenceKind


@dataclass(frozen=True)
class AlteredMark:
    """One altered item: ``what`` in words; ``captured`` and ``current`` are the digests that
    disagree (of the message copy or file when that changed, else of the whole item), with
    ``captured`` None when no capture was recorded."""

    evidence_id: int
    what: str
    digest_of: str  # "message copy", "attachment" or "evidence item"
    captured: str | None
    current: str | None


def case_marks(engine: Engine, case_id: int) -> dict[int, AlteredMark]:
    """Evidence id -> its mark, for every item of the case that no longer matches its
    capture (an empty dict: all as captured). Opens and closes its own session."""
    with Session(engine) as session:
        return {
            a.evidence_id: _mark(session, a)
            for a in verify_case(session, case_id)
            if session.get(Evidence, a.evidence_id) is not None
        }


def _mark(session: Session, alteration: Alteration) -> AlteredMark:
    item = session.get_one(Evidence, alteration.evidence_id)
    detail = _capture_detail(session, alteration.event_id)
    if ATTACHMENT in alteration.parts or MESSAGE_COPY in alteration.parts:
        if item.kind == EvidenceKind.ATTACHMENT:
            found = select(Attachment.data).where(Attachment.id == item.attachment_id)
            data = session.scalar(found)
            current = None if data is None else hashlib.sha256(data).hexdigest()
            digest_of = ATTACHMENT
        else:
            current = None if item.message_text is None else sha256_text(item.message_text)
            digest_of = MESSAGE_COPY
        captured = detail.get("message_sha256")
    else:
        digest_of = "evidence item"
        captured = detail.get("digest")
        current = evidence_digest(item)
    return AlteredMark(
        evidence_id=item.id,
        what=alteration.describe(),
        digest_of=digest_of,
        captured=captured if isinstance(captured, str) else None,
        current=current,
    )


def _capture_detail(session: Session, event_id: int | None) -> dict[str, Any]:
    if event_id is None:
        return {}
    body = session.scalar(select(AuditEvent.detail).where(AuditEvent.id == event_id))
    try:
        detail = json.loads(body) if body else {}
    except ValueError:
        return {}
    return detail if isinstance(detail, dict) else {}
