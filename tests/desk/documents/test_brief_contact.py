"""The brief's contact period is the customer's own first and last message, to the day."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case import cases
from desk.db.engine import session_factory
from desk.db.models import AuthorKind, Message
from desk.documents.brief.assemble import brief_content
from desk.documents.brief.render import render_brief
from tests.desk.case.conftest import build_customer

ACTOR = "Mia Manager"


@pytest.fixture
def session(sqlite_engine: Engine) -> Iterator[Session]:
    with session_factory(sqlite_engine)() as s:
        yield s


def _write(session: Session, customer_id: int, conversation_id: int, when: dt.datetime) -> None:
    text = "Still waiting. Answer me."
    session.add(
        Message(
            source="test",
            external_id=f"late-{when:%Y%m%d}",
            conversation_id=conversation_id,
            customer_id=customer_id,
            author_kind=AuthorKind.CUSTOMER,
            created_at=when,
            body_text=text,
            body_sha256=hashlib.sha256(text.encode()).hexdigest(),
        )
    )
    session.commit()


@pytest.mark.slow
def test_last_contact_is_the_last_messages_day_not_the_months_first(session: Session) -> None:
    fx = build_customer(session)  # the customer writes from 2 March 2026 on
    _write(session, fx.customer_id, fx.conversation_ids[-1], dt.datetime(2026, 4, 14, 16, 5))
    case = cases.open_case(session, fx.customer_id, ACTOR)

    content = brief_content(session, case.id, prepared_by=ACTOR, charts=False)
    assert content.figures.first_contact == dt.date(2026, 3, 2)
    assert content.figures.last_contact == dt.date(2026, 4, 14)

    buffer = io.BytesIO()
    render_brief(content, buffer)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(buffer).pages)
    assert "since 2 March 2026, most recently on 14 April 2026." in text
    assert "1 April 2026" not in text and "1 March 2026" not in text
    assert "2 Mar 2026 – 14 Apr 2026 (2 months)" in text
