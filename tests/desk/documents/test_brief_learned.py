"""The brief marks an incident that only the learned model flagged as the model's, with its
category and score, so that a reader never takes it for a listed word."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case import cases, evidence
from desk.db.engine import session_factory
from desk.db.models import Flag
from desk.documents.brief.assemble import brief_content
from desk.documents.brief.render import render_brief
from tests.desk.case.conftest import TEXTS, build_customer

ACTOR = "Mia Manager"


@pytest.fixture
def session(sqlite_engine: Engine) -> Iterator[Session]:
    with session_factory(sqlite_engine)() as s:
        yield s


@pytest.mark.slow
def test_a_learned_flag_is_shown_as_the_models_and_a_rule_flag_is_not(session: Session) -> None:
    fx = build_customer(session)
    case = cases.open_case(session, fx.customer_id, ACTOR)
    learned = Flag(
        message_id=fx.message_ids[0],
        category="threat_violence",
        rule_id="learned.threat_violence",
        start=0,
        end=len(TEXTS[0]),
        score=0.912,
    )
    word = TEXTS[1].index("chargeback")
    rule = Flag(
        message_id=fx.message_ids[1],
        category="threat_financial",
        rule_id="en.threat.financial",
        start=word,
        end=word + len("chargeback"),
        score=0.95,
    )
    session.add_all([learned, rule])
    session.commit()
    evidence.add_flag(session, case.id, learned.id, ACTOR)
    evidence.add_flag(session, case.id, rule.id, ACTOR)
    session.commit()

    content = brief_content(session, case.id, prepared_by=ACTOR)
    sources = {i.sha256: i.source for i in content.incidents}
    assert sorted(sources.values()) == ["", "model: threat_violence (0.91)"]
    buffer = io.BytesIO()
    render_brief(content, buffer)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(buffer).pages)
    assert text.count("model: threat_violence (0.91)") == 1
    assert "model: threat_financial" not in text
