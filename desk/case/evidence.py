"""Evidence: quoted spans, whole conversations, notes and attached files, never edited in place.

A quote keeps the message's id, time and author, the exact quote, the case's own copy of the
whole message and the SHA-256 of that text at capture, so the case survives the helpdesk
deleting the message (as Zendesk, Intercom and Freshdesk do once a customer is blocked). A
correction or a removal is a new version whose ``supersedes_id`` names the old one, which
stays readable. Evidence changes only while the case is a draft.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.analytics.merges import member_ids
from desk.case.audit import canonical
from desk.case.cases import canonical_customer, change_case, get_case
from desk.case.criteria import current_evidence
from desk.case.policy import PATTERN_CRITERION, Policy, load_policy
from desk.db.models import (
    Agent,
    Attachment,
    AuthorKind,
    Case,
    CaseState,
    Conversation,
    Evidence,
    EvidenceKind,
    Flag,
    FlagStatus,
    Message,
    utcnow,
)
from desk.errors import InputError, NotFoundError

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ATTACHMENT_TYPES = (  # (magic bytes at offset, MIME type): images and PDFs only
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _position(session: Session, case_id: int) -> int:
    highest = session.scalar(select(func.max(Evidence.position)).where(Evidence.case_id == case_id))
    return (highest or 0) + 1


def _criterion(policy: Policy, criterion: str | None, category: str | None) -> str | None:
    key = criterion or (policy.criterion_for(category) if category else None)
    if key is not None:
        policy.criterion(key)  # refuses an unknown key
        if key == PATTERN_CRITERION:
            raise InputError(
                "the pattern is shown by the incidents themselves; file each one under the "
                "criterion it supports"
            )
    return key


def _draft_only(case: Case) -> None:
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


def _add(
    session: Session,
    case_id: int,
    actor: str,
    action: str,
    build: Any,
    expected_version: int | None,
) -> Evidence:
    created: list[Evidence] = []

    def change(case: Case) -> dict[str, Any]:
        _draft_only(case)
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


# -- quotes ------------------------------------------------------------------------------


def _message_of_case(session: Session, case: Case, message_id: int) -> Message:
    message = session.get(Message, message_id)
    if message is None:
        raise NotFoundError(f"no message #{message_id}")
    if canonical_customer(session, message.customer_id).id != case.customer_id:
        raise InputError(f"message #{message_id} is not in this customer's conversations")
    if message.author_kind != AuthorKind.CUSTOMER:
        raise InputError(
            f"message #{message_id} was written by {message.author_kind.value}, not the "
            "customer: quote what the customer wrote"
        )
    return message


def _span(text: str, start: int | None, end: int | None, quote: str | None) -> tuple[int, int]:
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


def _author(session: Session, message: Message) -> str:
    customer = canonical_customer(session, message.customer_id)
    if customer.primary_email:
        return f"{customer.display_name} <{customer.primary_email}>"
    return customer.display_name


def add_quote(
    session: Session,
    case_id: int,
    message_id: int,
    actor: str,
    *,
    start: int | None = None,
    end: int | None = None,
    quote: str | None = None,
    category: str | None = None,
    criterion: str | None = None,
    note: str | None = None,
    flag_id: int | None = None,
    expected_version: int | None = None,
) -> Evidence:
    """Quote a span of one of the customer's messages (the whole message by default)."""
    policy = load_policy(session)

    def build(case: Case) -> Evidence:
        message = _message_of_case(session, case, message_id)
        text = message.body_text
        begin, finish = _span(text, start, end, quote)
        return Evidence(
            kind=EvidenceKind.QUOTE,
            category=category,
            criterion=_criterion(policy, criterion, category),
            message_id=message.id,
            conversation_id=message.conversation_id,
            flag_id=flag_id,
            quote=text[begin:finish],
            quote_start=begin,
            quote_end=finish,
            message_time=message.created_at,
            message_author=_author(session, message),
            message_text=text,
            message_sha256=sha256_text(text),
            note=note,
        )

    return _add(session, case_id, actor, "evidence.quote", build, expected_version)


def add_flag(
    session: Session, case_id: int, flag_id: int, actor: str, expected_version: int | None = None
) -> Evidence:
    """Quote the span a flag found; adding it confirms a suggested flag."""
    flag = session.get(Flag, flag_id)
    if flag is None:
        raise NotFoundError(f"no flag #{flag_id}")
    if flag.status == FlagStatus.DISMISSED:
        raise InputError(f"flag #{flag_id} was dismissed; confirm it before citing it")
    already = session.scalar(
        select(Evidence.id).where(Evidence.case_id == case_id, Evidence.flag_id == flag_id)
    )
    if already is not None:
        raise InputError(f"flag #{flag_id} is already evidence #{already} of case #{case_id}")
    if flag.status == FlagStatus.SUGGESTED:
        flag.status = FlagStatus.CONFIRMED
        flag.decided_at = utcnow()
        flag.decided_by = actor.strip()
    return add_quote(
        session,
        case_id,
        flag.message_id,
        actor,
        start=flag.start,
        end=flag.end,
        category=flag.category,
        flag_id=flag.id,
        expected_version=expected_version,
    )


def add_confirmed_flags(session: Session, case_id: int, actor: str) -> list[Evidence]:
    """Every confirmed flag on the customer's messages that the case does not cite yet."""
    case = get_case(session, case_id)
    policy = load_policy(session)
    cited = select(Evidence.flag_id).where(
        Evidence.case_id == case_id, Evidence.flag_id.is_not(None)
    )
    flags = session.scalars(
        select(Flag)
        .join(Message, Message.id == Flag.message_id)
        .where(
            Message.customer_id.in_(member_ids(session, case.customer_id)),
            Flag.status == FlagStatus.CONFIRMED,
            Flag.id.not_in(cited),
        )
        .order_by(Message.created_at, Flag.start)
    ).all()
    return [
        add_flag(session, case_id, flag.id, actor)
        for flag in flags
        if policy.criterion_for(flag.category) is not None
    ]


# -- conversations, notes, files -------------------------------------------------------------


def transcript(session: Session, conversation: Conversation) -> str:
    """The case's own plain-text copy of a conversation, one dated line block per message."""
    lines = []
    for message, agent_name in session.execute(
        select(Message, Agent.name)
        .outerjoin(Agent, Agent.id == Message.agent_id)
        .where(Message.conversation_id == conversation.id)
        .order_by(Message.created_at, Message.id)
    ):
        who = "customer" if message.author_kind == AuthorKind.CUSTOMER else agent_name or "agent"
        lines.append(f"[{message.created_at:%Y-%m-%d %H:%M}] {who}: {message.body_text}")
    return "\n\n".join(lines)


def add_conversation(
    session: Session,
    case_id: int,
    conversation_id: int,
    actor: str,
    *,
    criterion: str | None = None,
    category: str | None = None,
    note: str | None = None,
) -> Evidence:
    policy = load_policy(session)

    def build(case: Case) -> Evidence:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            raise NotFoundError(f"no conversation #{conversation_id}")
        if canonical_customer(session, conversation.customer_id).id != case.customer_id:
            raise InputError(f"conversation #{conversation_id} is not this customer's")
        text = transcript(session, conversation)
        return Evidence(
            kind=EvidenceKind.CONVERSATION,
            category=category,
            criterion=_criterion(policy, criterion, category),
            conversation_id=conversation.id,
            quote=conversation.subject,
            message_time=conversation.created_at,
            message_text=text,
            message_sha256=sha256_text(text),
            note=note,
        )

    return _add(session, case_id, actor, "evidence.conversation", build, None)


def add_note(
    session: Session, case_id: int, text: str, actor: str, *, criterion: str | None = None
) -> Evidence:
    policy = load_policy(session)
    if not text.strip():
        raise InputError("the note is empty")

    def build(case: Case) -> Evidence:
        return Evidence(
            kind=EvidenceKind.NOTE, criterion=_criterion(policy, criterion, None), note=text.strip()
        )

    return _add(session, case_id, actor, "evidence.note", build, None)


def sniff_type(data: bytes) -> str | None:
    for magic, mime in ATTACHMENT_TYPES:
        if data.startswith(magic):
            return mime
    return None


def add_attachment(
    session: Session,
    case_id: int,
    path: Path,
    actor: str,
    *,
    criterion: str | None = None,
    category: str | None = None,
    note: str | None = None,
) -> Evidence:
    """Attach a file (a screenshot of a social post, an email from elsewhere): images and
    PDFs only, at most 10 MB, kept in the database with its SHA-256."""
    policy = load_policy(session)
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise InputError(
                f"{path}: {size / 1e6:.1f} MB is over the {MAX_ATTACHMENT_BYTES // 2**20} MB limit"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror}") from None
    mime = sniff_type(data)
    if mime is None:
        raise InputError(f"{path}: not an image (PNG, JPEG, GIF) or a PDF")
    digest = hashlib.sha256(data).hexdigest()

    def build(case: Case) -> Evidence:
        attachment = Attachment(
            case_id=case.id,
            name=path.name,
            mime_type=mime,
            size=len(data),
            sha256=digest,
            data=data,
        )
        session.add(attachment)
        session.flush()
        return Evidence(
            kind=EvidenceKind.ATTACHMENT,
            category=category,
            criterion=_criterion(policy, criterion, category),
            attachment_id=attachment.id,
            quote=path.name,
            message_sha256=digest,
            note=note,
        )

    return _add(session, case_id, actor, "evidence.attachment", build, None)


# -- corrections -------------------------------------------------------------------------------


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
            changes["criterion"] = _criterion(policy, criterion, category or old.category)
        if note is not None:
            changes["note"] = note
        if start is not None or end is not None:
            if old.kind != EvidenceKind.QUOTE or old.message_text is None:
                raise InputError(f"evidence #{old.id} is not a quote; it has no span to change")
            begin, finish = _span(
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

    return _add(session, old.case_id, actor, "evidence.corrected", build, expected_version)


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

    return _add(session, old.case_id, actor, "evidence.removed", build, expected_version)


def restore(
    session: Session, evidence_id: int, actor: str, expected_version: int | None = None
) -> Evidence:
    """Undo a removal: a new version of the removed item, in the case again."""
    removal = session.get(Evidence, evidence_id)
    if removal is None or not removal.removed:
        raise InputError(f"evidence #{evidence_id} is not a removal")

    def build(case: Case) -> Evidence:
        return _new_version(removal, removed=False)

    return _add(session, removal.case_id, actor, "evidence.restored", build, expected_version)


def reorder(
    session: Session,
    case_id: int,
    ordered_ids: Sequence[int],
    actor: str,
    expected_version: int | None = None,
) -> None:
    """Set the order items are shown in (presentation only: no evidence changes)."""

    def change(case: Case) -> dict[str, Any]:
        _draft_only(case)
        items = {e.id: e for e in current_evidence(session, case_id)}
        if set(ordered_ids) != set(items) or len(ordered_ids) != len(items):
            raise InputError("the new order must list every current evidence item once")
        for position, evidence_id in enumerate(ordered_ids, start=1):
            items[evidence_id].position = position
        return {"order": list(ordered_ids)}

    change_case(session, case_id, actor, "evidence.reordered", change, expected_version)


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
