"""Evidence: quoted spans, whole conversations, notes and attached files, never edited in place.

A quote keeps the message's id, time and author, the exact quote, the case's own copy of the
whole message and the SHA-256 of that text at capture, so the case survives the helpdesk
deleting the message (as Zendesk, Intercom and Freshdesk do once a customer is blocked). A
correction or a removal is a new version whose ``supersedes_id`` names the old one, which
stays readable. Evidence changes only while the case is a draft.

This module captures new items. What an item is, its fingerprint and its versions live in
:mod:`desk.case.evidence_items`; corrections, removals, restores and the order in
:mod:`desk.case.evidence_corrections`. Their public names are re-exported here, so callers
keep reaching every evidence operation as ``evidence.add_quote``, ``evidence.correct``, ….
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.analytics.merges import member_ids
from desk.case.case_access import canonical_customer, get_case
from desk.case.evidence_items import add_item, criterion_key, quote_span
from desk.case.evidence_items import sha256_text as sha256_text
from desk.case.policy import load_policy
from desk.db.models import (
    Agent,
    Attachment,
    AuthorKind,
    Case,
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
        begin, finish = quote_span(text, start, end, quote)
        return Evidence(
            kind=EvidenceKind.QUOTE,
            category=category,
            criterion=criterion_key(policy, criterion, category),
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

    return add_item(session, case_id, actor, "evidence.quote", build, expected_version)


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
            criterion=criterion_key(policy, criterion, category),
            conversation_id=conversation.id,
            quote=conversation.subject,
            message_time=conversation.created_at,
            message_text=text,
            message_sha256=sha256_text(text),
            note=note,
        )

    return add_item(session, case_id, actor, "evidence.conversation", build, None)


def add_note(
    session: Session, case_id: int, text: str, actor: str, *, criterion: str | None = None
) -> Evidence:
    policy = load_policy(session)
    if not text.strip():
        raise InputError("the note is empty")

    def build(case: Case) -> Evidence:
        return Evidence(
            kind=EvidenceKind.NOTE,
            criterion=criterion_key(policy, criterion, None),
            note=text.strip(),
        )

    return add_item(session, case_id, actor, "evidence.note", build, None)


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
            criterion=criterion_key(policy, criterion, category),
            attachment_id=attachment.id,
            quote=path.name,
            message_sha256=digest,
            note=note,
        )

    return add_item(session, case_id, actor, "evidence.attachment", build, None)
