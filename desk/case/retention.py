"""Deleting a customer's imported data, and the legal hold that blocks it.

A case marked "do not purge" (``legal_hold``) blocks deleting the customer's data. Without a
hold, the customer's conversations, messages and flags are deleted; a case keeps its own copy
of every quoted message (text and hash), so its evidence stays readable, and only its links
to the deleted rows are cleared.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desk.analytics.merges import member_ids
from desk.analytics.refresh import mark_current, refresh_conversations, refresh_customers
from desk.analytics.summary import is_current
from desk.case.audit import append_event
from desk.case.case_access import canonical_customer
from desk.db.models import Case, Conversation, Evidence, Flag, Message
from desk.errors import InputError


@dataclass(frozen=True)
class PurgeReport:
    customer: str
    conversations: int
    messages: int
    flags: int


def delete_customer_data(session: Session, customer_id: int, actor: str) -> PurgeReport:
    """Delete the customer's conversations, messages and flags; refused under a legal hold."""
    customer = canonical_customer(session, customer_id)
    ids = member_ids(session, customer.id)
    held = session.scalars(
        select(Case.id).where(Case.customer_id.in_(ids), Case.legal_hold.is_(True))
    ).all()
    if held:
        listed = ", ".join(f"#{i}" for i in held)
        raise InputError(
            f"{customer.display_name}'s data is on legal hold (case {listed}): it cannot be "
            "deleted until the hold is lifted"
        )
    messages = select(Message.id).where(Message.customer_id.in_(ids))
    conversations = select(Conversation.id).where(Conversation.customer_id.in_(ids))
    was_current = is_current(session)
    conversation_ids = list(session.scalars(conversations))
    try:
        flags = session.execute(delete(Flag).where(Flag.message_id.in_(messages))).rowcount  # type: ignore[attr-defined]
        session.execute(
            update(Evidence)
            .where(
                (Evidence.message_id.in_(messages)) | (Evidence.conversation_id.in_(conversations))
            )
            .values(message_id=None, conversation_id=None, flag_id=None)
        )
        message_count = session.execute(
            delete(Message).where(Message.customer_id.in_(ids))
        ).rowcount  # type: ignore[attr-defined]
        conversation_count = session.execute(
            delete(Conversation).where(Conversation.customer_id.in_(ids))
        ).rowcount  # type: ignore[attr-defined]
        if was_current:  # keep the analytics summary in step with what is left
            refresh_customers(session, ids)
            refresh_conversations(session, conversation_ids)
            mark_current(session)
        append_event(
            session,
            actor=actor,
            action="customer.data_deleted",
            case_id=None,
            detail={
                "customer": customer.id,
                "conversations": conversation_count,
                "messages": message_count,
                "flags": flags,
            },
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return PurgeReport(customer.display_name, conversation_count, message_count, flags)
