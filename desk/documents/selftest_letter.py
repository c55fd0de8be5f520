"""The self-test's database work: plant an approved case against one customer and draft
their letter, so ``breakup-desk --self-test`` proves the letter path end to end.

It lives in ``desk`` (not in the UI's self-test) because it is a write: the self-test runs it
on the window's single write worker, like any other write, never on the GUI thread.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.db.models import Case, CaseState, Customer, Evidence, EvidenceKind, Message
from desk.documents.letter_store import LetterOptions, draft_letter


def draft_planted_letter(engine: Engine, email: str, pdf: Path) -> Path:
    """Open an approved case quoting the customer's "chargeback" message; write its letter."""
    with Session(engine) as session:
        customer = session.scalars(select(Customer).where(Customer.primary_email == email)).one()
        message = session.scalars(
            select(Message)
            .where(Message.customer_id == customer.id, Message.body_text.contains("chargeback"))
            .limit(1)
        ).one()
        case = Case(
            customer_id=customer.id,
            opened_by="self-test",
            state=CaseState.APPROVED,
            criteria=json.dumps(["threats"]),
        )
        session.add(case)
        session.flush()
        session.add(
            Evidence(
                case_id=case.id,
                kind=EvidenceKind.QUOTE,
                message_id=message.id,
                quote=message.body_text[:120],
                message_time=message.created_at,
                message_text=message.body_text,
                message_sha256=message.body_sha256,
                created_by="self-test",
            )
        )
        session.commit()
        letter = draft_letter(session, case.id, LetterOptions(language="zh"), "self-test")
        pdf.write_bytes(letter.pdf)
    return pdf
