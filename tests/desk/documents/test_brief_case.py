"""The brief of a case in the database: one count of incidents on every page that gives one."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.case import cases, evidence
from desk.db.engine import session_factory
from desk.db.models import Flag
from desk.documents.brief.assemble import brief_content
from desk.documents.brief.render import render_brief
from tests.desk.case.conftest import TEXTS, build_customer

ACTOR = "Mia Manager"
# "4 incidents on record", "4 incidents from 2 March 2026", "3 confirmed incidents marked"
COUNT = re.compile(r"(\d+) (?:\w+ )?incidents?\b")


@pytest.fixture
def session(sqlite_engine: Engine) -> Iterator[Session]:
    with session_factory(sqlite_engine)() as s:
        yield s


@pytest.mark.slow
def test_every_count_of_incidents_in_the_brief_agrees(session: Session) -> None:
    fx = build_customer(session)  # four messages on four days, one quotable line each
    case = cases.open_case(session, fx.customer_id, ACTOR)
    spans = (("idiot", "harassment"), ("chargeback", "threat_financial"), ("suing", "threat_legal"))
    for k, (word, category) in enumerate(spans):
        start = TEXTS[k].index(word)
        session.add(
            Flag(
                message_id=fx.message_ids[k],
                category=category,
                rule_id=f"test.{word}",
                start=start,
                end=start + len(word),
                score=0.9,
            )
        )
    session.commit()
    flags = session.scalars(select(Flag).order_by(Flag.id)).all()
    for flag in flags:  # three flags, confirmed by citing them
        evidence.add_flag(session, case.id, flag.id, ACTOR)
    # A second quote of a flagged message is the same incident, counted once ...
    evidence.add_quote(
        session, case.id, fx.message_ids[0], ACTOR, quote="useless", category="harassment"
    )
    evidence.add_quote(
        session,
        case.id,
        fx.message_ids[1],
        ACTOR,
        quote="file a chargeback with my bank",
        category="threat_financial",
    )
    # ... and a quote of a message no flag found is an incident like the others.
    evidence.add_quote(
        session, case.id, fx.message_ids[3], ACTOR, quote="fired", category="threat_job"
    )
    session.commit()

    content = brief_content(session, case.id, prepared_by=ACTOR)
    buffer = io.BytesIO()
    render_brief(content, buffer)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(buffer).pages]
    text = " ".join(pages)

    counts = [int(n) for n in COUNT.findall(text)]
    assert counts and set(counts) == {4}, counts
    assert "4 incidents on record" in pages[0]
    assert "4 cited incidents marked" in text  # the timeline chart's subtitle
    assert len(content.incidents) == 4
    # The message quoted twice is one row holding both quotes.
    assert "“This is the third time I ask. You are a useless idiot.”" not in text
    assert "“useless … idiot”" in text
    assert "“file a chargeback with my bank”" in text  # the flag's word is inside it
    # Criteria go by their titles in the policy, as on the first page, not by their keys.
    assert (
        "By criterion: Threats, personal or professional 3 · Harassing, racist, sexist or "
        "homophobic language 1" in text
    )
