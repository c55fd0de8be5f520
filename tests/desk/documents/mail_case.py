"""A case on the demo's planted customer with quoted incidents, for the e-mail tests."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.engine import open_database
from desk.db.models import Case, CaseState, Customer, Evidence, EvidenceKind, Message
from desk.demo.generator import PLANTED_EMAIL

QUOTES = ("I will file a chargeback with my bank", "My lawyer will be in touch")


def demo_case(url: str, state: CaseState, quotes: tuple[str, ...] = QUOTES) -> int:
    """A case in ``state`` against the planted customer quoting the first message of each text."""
    engine = open_database(url)
    with Session(engine) as session:
        customer = session.scalars(
            select(Customer).where(Customer.primary_email == PLANTED_EMAIL)
        ).one()
        case = Case(
            customer_id=customer.id,
            opened_by="Mia",
            state=state,
            criteria=json.dumps(["harassment_language", "threats"]),
            refund_months=6,
        )
        session.add(case)
        session.flush()
        for text in quotes:
            message = session.scalars(
                select(Message)
                .where(Message.customer_id == customer.id, Message.body_text.contains(text))
                .order_by(Message.created_at)
                .limit(1)
            ).one()
            start = message.body_text.index(text)
            session.add(
                Evidence(
                    case_id=case.id,
                    kind=EvidenceKind.QUOTE,
                    message_id=message.id,
                    quote=text,
                    quote_start=start,
                    quote_end=start + len(text),
                    message_time=message.created_at,
                    message_text=message.body_text,
                    message_sha256=message.body_sha256,
                    category="threat_financial",
                    criterion="threats",
                    created_by="Mia",
                )
            )
        session.commit()
        case_id = case.id
    engine.dispose()
    return case_id
