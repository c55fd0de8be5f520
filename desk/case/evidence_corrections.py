"""Corrections to a case's evidence: a corrected version, a removal, a restore, a new order.

None of them edits an item: each writes a new version whose ``supersedes_id`` names the old
one, which stays readable (and checkable against the audit log). Apart from capture
(:mod:`desk.case.evidence`) because these start from an item already in the case rather than
from a message, conversation or file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.case_access import change_case
from desk.case.criteria import current_evidence
from desk.case.evidence_items import add_item, criterion_key, quote_span, require_draft
from desk.case.policy import load_policy
from desk.db.models import Case, Evidence, EvidenceKind
from desk.errors import InputError, NotFoundError


def _current(session: Session, evidence_id: int) -> Evidence:
    item = session.get(Evidence, evidence_id)
    if item is None:
        raise NotFoundError(f"no evidence #{evidence_id}")
    newer = session.scalar(select(Evidence.id).where(Evidence.supersedes_id == evidence_id))
    if newer is not None:
        raise InputError(
            f"evidence #{evidence_id} was already replaced by #{newer}; change that version"
        )
    if item.removed:
        raise InputError(f"evidence #{evidence_id} is a removal; nothing to change")
    return item


_COPIED = (
    "kind",
    "category",
    "criterion",
    "message_id",
    "conversation_id",
    "flag_id",
    "attachment_id",
    "quote",
    "quote_start",
    "quote_end",
    "message_time",
    "message_author",
    "message_text",
    "message_sha256",
    "note",
    "position",
)


def _new_version(old: Evidence, **changes: Any) -> Evidence:
    values = {name: getattr(old, name) for name in _COPIED}
    values.update(changes)
    return Evidence(supersedes_id=old.id, **values)


def correct(
    session: Session,
    evidence_id: int,
    actor: str,
    *,
    criterion: str | None = None,
    category: str | None = None,
    note: str | None = None,
    start: int | None = None,
    end: int | None = None,
    expected_version: int | None = None,
) -> Evidence:
    """A corrected version of an item; the old one stays readable. A quote's span may change
    only within the case's own copy of the message."""
    policy = load_policy(session)
    old = _current(session, evidence_id)

    def build(case: Case) -> Evidence:
        changes: dict[str, Any] = {}
        if category is not None:
            changes["category"] = category
        if criterion is not None or category is not None:
            changes["criterion"] = criterion_key(policy, criterion, category or old.category)
        if note is not None:
            changes["note"] = note
        if start is not None or end is not None:
            if old.kind != EvidenceKind.QUOTE or old.message_text is None:
                raise InputError(f"evidence #{old.id} is not a quote; it has no span to change")
            begin, finish = quote_span(
                old.message_text,
                old.quote_start if start is None else start,
                old.quote_end if end is None else end,
                None,
            )
            changes.update(
                quote_start=begin, quote_end=finish, quote=old.message_text[begin:finish]
            )
        if not changes:
            raise InputError("nothing to change")
        return _new_version(old, **changes)

    return add_item(session, old.case_id, actor, "evidence.corrected", build, expected_version)


def remove(
    session: Session,
    evidence_id: int,
    actor: str,
    reason: str = "",
    expected_version: int | None = None,
) -> Evidence:
    """Take an item out of the case: a removal version; the item stays readable."""
    old = _current(session, evidence_id)

    def build(case: Case) -> Evidence:
        return _new_version(old, removed=True, note=reason or old.note)

    return add_item(session, old.case_id, actor, "evidence.removed", build, expected_version)


def restore(
    session: Session, evidence_id: int, actor: str, expected_version: int | None = None
) -> Evidence:
    """Undo a removal: a new version of the removed item, in the case again."""
    removal = session.get(Evidence, evidence_id)
    if removal is None or not removal.removed:
        raise InputError(f"evidence #{evidence_id} is not a removal")

    def build(case: Case) -> Evidence:
        return _new_version(removal, removed=False)

    return add_item(session, removal.case_id, actor, "evidence.restored", build, expected_version)


def reorder(
    session: Session,
    case_id: int,
    ordered_ids: Sequence[int],
    actor: str,
    expected_version: int | None = None,
) -> None:
    """Set the order items are shown in (presentation only: no evidence changes)."""

    def change(case: Case) -> dict[str, Any]:
        require_draft(case)
        items = {e.id: e for e in current_evidence(session, case_id)}
        if set(ordered_ids) != set(items) or len(ordered_ids) != len(items):
            raise InputError("the new order must list every current evidence item once")
        for position, evidence_id in enumerate(ordered_ids, start=1):
            items[evidence_id].position = position
        return {"order": list(ordered_ids)}

    change_case(session, case_id, actor, "evidence.reordered", change, expected_version)
