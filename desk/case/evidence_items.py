"""What one evidence item is and says, and the one audited way to add a version of it.

Below both :mod:`desk.case.evidence` (capturing new items) and
:mod:`desk.case.evidence_corrections` (new versions of existing ones): the fingerprint the
brief prints (:func:`evidence_digest`), the audit record of an item, the draft-only rule, the
criterion an item backs, and reading an item's chain of versions. Evidence is never edited in
place: every change is a new row whose ``supersedes_id`` names the old one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.case.audit import canonical
from desk.case.case_access import change_case
from desk.case.criteria import current_evidence
from desk.case.policy import PATTERN_CRITERION, Policy
from desk.db.models import Case, CaseState, Evidence, utcnow
from desk.errors import InputError, NotFoundError


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _position(session: Session, case_id: int) -> int:
    highest = session.scalar(select(func.max(Evidence.position)).where(Evidence.case_id == case_id))
    return (highest or 0) + 1


def criterion_key(policy: Policy, criterion: str | None, category: str | None) -> str | None:
    key = criterion or (policy.criterion_for(category) if category else None)
    if key is not None:
        policy.criterion(key)  # refuses an unknown key
        if key == PATTERN_CRITERION:
            raise InputError(
                "the pattern is shown by the incidents themselves; file each one under the "
                "criterion it supports"
            )
    return key


def require_draft(case: Case) -> None:
    if case.state != CaseState.DRAFT:
        state = case.state.value.replace("_", " ")
        hint = (
            "withdraw it from review first"
            if case.state == CaseState.READY_FOR_REVIEW
            else "reopen it first"
        )
        raise InputError(
            f"case #{case.id} is {state}: its evidence can change only in a draft; {hint}"
        )


def evidence_digest(item: Evidence, **recorded: Any) -> str:
    """SHA-256 over what the item says (not its links to imported rows, which a purge may
    clear): the reader of the brief can recompute it from the case file.

    ``recorded`` overrides fields with the values the audit log recorded at capture (a
    ``quote`` or ``message_sha256``), so that :mod:`desk.case.integrity` can tell a changed
    quote from a change to the item's other fields.
    """
    content = {
        "kind": item.kind.value,
        "case": item.case_id,
        "time": item.message_time.isoformat() if item.message_time else None,
        "author": item.message_author,
        "quote": item.quote,
        "start": item.quote_start,
        "end": item.quote_end,
        "message_sha256": item.message_sha256,
        "note": item.note,
        "category": item.category,
        "criterion": item.criterion,
        "supersedes": item.supersedes_id,
        "removed": item.removed,
    }
    content.update(recorded)
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()


def _detail(item: Evidence, **extra: Any) -> dict[str, Any]:
    return {
        "evidence": item.id,
        "kind": item.kind.value,
        "criterion": item.criterion,
        "category": item.category,
        "quote": item.quote,
        "message": item.message_id,
        "message_sha256": item.message_sha256,
        "supersedes": item.supersedes_id,
        "removed": item.removed,
        "digest": evidence_digest(item),
        **extra,
    }


def add_item(
    session: Session,
    case_id: int,
    actor: str,
    action: str,
    build: Any,
    expected_version: int | None,
) -> Evidence:
    created: list[Evidence] = []

    def change(case: Case) -> dict[str, Any]:
        require_draft(case)
        item: Evidence = build(case)
        item.case_id = case.id
        item.created_by = actor.strip()
        item.created_at = utcnow()
        if not item.position:
            item.position = _position(session, case.id)
        session.add(item)
        session.flush()
        created.append(item)
        return _detail(item)

    change_case(session, case_id, actor, action, change, expected_version)
    return created[0]


def quote_span(text: str, start: int | None, end: int | None, quote: str | None) -> tuple[int, int]:
    if start is None and end is None and quote:
        found = text.find(quote)
        if found < 0:
            raise InputError(f"the quote {quote[:40]!r} does not appear in the message")
        return found, found + len(quote)
    begin = 0 if start is None else start
    finish = len(text) if end is None else end
    if not 0 <= begin < finish <= len(text):
        raise InputError(
            f"the span {begin}–{finish} is outside the message (it is {len(text)} characters long)"
        )
    return begin, finish


# -- reading -----------------------------------------------------------------------------------


def history(session: Session, evidence_id: int) -> list[Evidence]:
    """Every version of an item, oldest first (follows ``supersedes_id`` both ways)."""
    item = session.get(Evidence, evidence_id)
    if item is None:
        raise NotFoundError(f"no evidence #{evidence_id}")
    chain = [item]
    while chain[0].supersedes_id is not None:
        chain.insert(0, session.get_one(Evidence, chain[0].supersedes_id))
    while True:
        newer = session.scalars(
            select(Evidence).where(Evidence.supersedes_id == chain[-1].id)
        ).first()
        if newer is None:
            return chain
        chain.append(newer)


def version_of(session: Session, item: Evidence) -> int:
    version = 1
    current = item
    while current.supersedes_id is not None:
        version += 1
        current = session.get_one(Evidence, current.supersedes_id)
    return version


@dataclass(frozen=True)
class EvidenceView:
    """An evidence item with what the app and the brief show of it."""

    item: Evidence
    version: int
    digest: str


def views(session: Session, case_id: int) -> list[EvidenceView]:
    return [
        EvidenceView(item, version_of(session, item), evidence_digest(item))
        for item in current_evidence(session, case_id)
    ]
