"""A letter in Spanish, Russian, Chinese or Swedish holds no sentence of the English one.

The letters are drafted from a real case and read back from the PDF: the words that come
from elsewhere than the template (the company profile's) must be in the letter's language too.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case import cases, evidence
from desk.db.engine import session_factory
from desk.documents.company_profile import CompanyProfile, Signatory, save_company, save_signatory
from desk.documents.letter import render_letter
from desk.documents.letter_store import LetterOptions, build_letter_context
from desk.documents.letter_text import fill
from tests.desk.case.conftest import build_customer

ACTOR = "Mia Manager"
EXPORT = "open Settings › Data export and choose Download everything (CSV and PDF)."


@pytest.fixture
def session(sqlite_engine: Engine) -> Iterator[Session]:
    with session_factory(sqlite_engine)() as s:
        yield s


@pytest.fixture
def case_id(session: Session) -> int:
    """A case quoting three of the customer's messages, from a company that wrote its
    profile (data export included) in English, as the Settings dialog asks for it."""
    save_company(
        session,
        CompanyProfile(name="Lumen Ledger", address="12 Harbour Street", data_export=EXPORT),
    )
    save_signatory(session, Signatory(name="Dana Whitfield", title="COO"))
    fx = build_customer(session)
    case = cases.open_case(session, fx.customer_id, ACTOR)
    for message_id, (word, category) in zip(
        fx.message_ids,
        (("idiot", "harassment"), ("chargeback", "threat_financial"), ("suing", "threat_legal")),
        strict=False,
    ):
        evidence.add_quote(session, case.id, message_id, ACTOR, quote=word, category=category)
    session.commit()
    return case.id


def options(language: str) -> LetterOptions:
    return LetterOptions(
        language=language, refund_amount=Decimal("600.00"), today=dt.date(2026, 11, 23)
    )


def squash(text: str) -> str:
    return "".join(text.split())


def english_sentences(session: Session, case_id: int) -> list[str]:
    """Every sentence of the English letter for this case (the quoted incidents aside, which
    stay in the customer's own words in every language)."""
    filled = fill(build_letter_context(session, case_id, options("en")))
    lines = [filled.subject, *(ln for ln in filled.body.splitlines() if not ln.startswith("- "))]
    parts = [p.strip() for line in lines for p in re.split(r"(?<=[.:;!?])\s+", line)]
    return [p for p in parts if len(p.split()) >= 3]


@pytest.mark.parametrize("language", ["es", "ru", "zh", "sv"])
def test_no_english_sentence_in_a_translated_letter(
    session: Session, case_id: int, language: str
) -> None:
    sentences = english_sentences(session, case_id)
    assert any("Download everything" in s for s in sentences)  # the English letter has it
    pdf = render_letter(build_letter_context(session, case_id, options(language)))
    text = squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    assert "idiot" in text  # the quotes stay as written
    english = [s for s in sentences if squash(s) in text]
    assert not english, english


def test_the_english_letter_keeps_the_company_s_own_export_instructions(
    session: Session, case_id: int
) -> None:
    pdf = render_letter(build_letter_context(session, case_id, options("en")))
    text = squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    assert squash(EXPORT) in text
