"""Preserve, then block: what the case must hold before a helpdesk is asked to block the customer.

Blocking a customer makes several helpdesks hide or delete their tickets. So before the
request leaves, the case must hold its own copy of every message and attachment it cites, each
still matching the SHA-256 the audit log recorded at capture (:mod:`desk.case.integrity`; call
recordings by :func:`desk.case.calls.altered_recordings`), and the customer's whole history is
exported into the case as a hashed attachment. Only then is the block asked for, and its answer
recorded. Each step is its own audited, version-checked change, so a failure half-way leaves
the preserved history on the case and no record of a block that did not happen.

The helpdesk calls themselves live in :mod:`desk.connect.blocking`; the command composes both.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.analytics.merges import member_ids
from desk.case import integrity
from desk.case.calls import altered_recordings
from desk.case.case_access import canonical_customer, change_case, get_case, state_label
from desk.db.models import (
    Agent,
    Attachment,
    Case,
    CaseState,
    Conversation,
    CustomerBlock,
    Message,
)
from desk.errors import InputError

BLOCKABLE_STATES = (CaseState.LETTER_ISSUED, CaseState.CLOSED)


@dataclass(frozen=True)
class BlockRecord:
    id: int
    connection: str
    vendor: str
    external_id: str
    status: str
    detail: str
    at: dt.datetime
    by: str
    export_name: str | None
    export_sha256: str | None


def preservation_problems(session: Session, case_id: int) -> list[str]:
    """Why the case may not yet ask for a block (empty when every cited copy is intact)."""
    problems = [a.describe() for a in integrity.verify_case(session, case_id)]
    problems.extend(altered_recordings(session, case_id))
    return problems


def check_ready(session: Session, case_id: int) -> str:
    """The customer's e-mail address when the case may ask for a block; else one clear line."""
    case = get_case(session, case_id)
    if case.state not in BLOCKABLE_STATES:
        raise InputError(
            f"case #{case_id} is {state_label(case.state)}: block the customer only after the "
            "letter is issued"
        )
    problems = preservation_problems(session, case_id)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(
            f"case #{case_id} cannot block the customer yet: {problems[0]}{more}; the case must "
            "hold its own intact copy of everything it cites before the helpdesk may delete it"
        )
    customer = canonical_customer(session, case.customer_id)
    if not customer.primary_email:
        raise InputError(f"{customer.display_name} has no e-mail address to find at the helpdesk")
    return customer.primary_email


def history_bundle(session: Session, case_id: int, source: str) -> bytes:
    """The customer's whole history as stored (every conversation and message), as JSON."""
    case = get_case(session, case_id)
    customer = canonical_customer(session, case.customer_id)
    members = member_ids(session, customer.id)
    conversations = []
    for conversation in session.scalars(
        select(Conversation)
        .where(Conversation.customer_id.in_(members))
        .order_by(Conversation.created_at, Conversation.id)
    ):
        messages = [
            {
                "external_id": m.external_id,
                "at": m.created_at.isoformat(),
                "author": m.author_kind.value,
                "agent": agent,
                "public": m.public,
                "text": m.body_text,
                "sha256": m.body_sha256,
            }
            for m, agent in session.execute(
                select(Message, Agent.name)
                .outerjoin(Agent, Agent.id == Message.agent_id)
                .where(Message.conversation_id == conversation.id)
                .order_by(Message.created_at, Message.id)
            )
        ]
        conversations.append(
            {
                "source": conversation.source,
                "external_id": conversation.external_id,
                "subject": conversation.subject,
                "created_at": conversation.created_at.isoformat(),
                "messages": messages,
            }
        )
    bundle = {
        "case": case_id,
        "customer": {"name": customer.display_name, "email": customer.primary_email},
        "exported_from": source,
        "conversations": conversations,
    }
    return json.dumps(bundle, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def store_history(session: Session, case_id: int, actor: str, name: str, data: bytes) -> int:
    """Keep the exported history on the case as a hashed attachment (audited); its id."""
    made: list[int] = []

    def change(case: Case) -> dict[str, Any]:
        attachment = Attachment(
            case_id=case.id,
            name=name,
            mime_type="application/json",
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
        )
        session.add(attachment)
        session.flush()
        made.append(attachment.id)
        return {"attachment": attachment.id, "name": name, "sha256": attachment.sha256}

    change_case(session, case_id, actor, "block.history_preserved", change)
    return made[0]


def record_block(
    session: Session,
    case_id: int,
    actor: str,
    *,
    connection: str,
    vendor: str,
    external_id: str,
    status: str,
    detail: str,
    export_attachment_id: int | None,
) -> int:
    """Record what the helpdesk answered (audited); the record's id."""
    made: list[int] = []

    def change(case: Case) -> dict[str, Any]:
        row = CustomerBlock(
            case_id=case.id,
            connection=connection,
            vendor=vendor,
            external_id=external_id,
            status=status,
            detail=detail,
            export_attachment_id=export_attachment_id,
            by=actor.strip(),
        )
        session.add(row)
        session.flush()
        made.append(row.id)
        return {
            "block": row.id,
            "connection": connection,
            "vendor": vendor,
            "external_id": external_id,
            "status": status,
            "detail": detail,
            "history": export_attachment_id,
        }

    change_case(session, case_id, actor, "customer.blocked", change)
    return made[0]


def blocks_of(session: Session, case_id: int) -> list[BlockRecord]:
    rows = session.execute(
        select(CustomerBlock, Attachment.name, Attachment.sha256)
        .outerjoin(Attachment, Attachment.id == CustomerBlock.export_attachment_id)
        .where(CustomerBlock.case_id == case_id)
        .order_by(CustomerBlock.at, CustomerBlock.id)
    )
    return [
        BlockRecord(
            row.id,
            row.connection,
            row.vendor,
            row.external_id,
            row.status,
            row.detail,
            row.at,
            row.by,
            name,
            sha,
        )
        for row, name, sha in rows
    ]
