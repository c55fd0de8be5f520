"""The ladder's letters: the yellow card and the e-mail-only notice in five languages, read
back from the PDF; a company's own template wins; ``letter warn`` records the warning with
its audit events and writes an .eml whose PDF is the one recorded."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import io
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.case import cases, evidence
from desk.case.audit import case_events
from desk.case.outbound import outbound_of
from desk.cli import main
from desk.config import data_dir
from desk.db.models import CustomerWarning
from desk.documents.company_profile import (
    CompanyProfile,
    Signatory,
    save_company,
    save_signatory,
)
from desk.documents.ladder_letters import render_ladder_letter
from desk.documents.letter_text import LANGUAGES
from desk.documents.mail_send import MailSettings, save_mail_settings
from tests.desk.case.conftest import build_customer
from tests.desk.documents.mail_parsers import read_with_mblaze

pytestmark = pytest.mark.slow  # ten letters rendered to PDF and read back

TODAY = dt.date(2026, 3, 20)
REVIEW = dt.date(2026, 6, 30)
# each language's words for the review date, as babel writes them ("long" format)
REVIEW_WORDS = {
    "en": "June 30, 2026",
    "es": "30 de junio de 2026",
    "ru": "30 июня 2026",
    "zh": "2026年6月30日",
    "sv": "30 juni 2026",
}
SUBJECT_WORDS = {
    ("yellow", "en"): "warning",
    ("yellow", "es"): "aviso",
    ("yellow", "ru"): "Предупреждение",
    ("yellow", "zh"): "警告",
    ("yellow", "sv"): "varning",
    ("email-only", "en"): "e-mail only",
    ("email-only", "es"): "correo electrónico",
    ("email-only", "ru"): "электронной почте",
    ("email-only", "zh"): "电子邮件",
    ("email-only", "sv"): "e-post",
}


@pytest.fixture
def case_id(sqlite_engine: Engine) -> int:
    with Session(sqlite_engine) as session:
        fixture = build_customer(session)
        case = cases.open_case(session, fixture.customer_id, "Mia")
        for message_id, word in zip(fixture.message_ids[:2], ("idiot", "chargeback"), strict=True):
            evidence.add_quote(session, case.id, message_id, "Mia", quote=word)
        save_company(session, CompanyProfile(name="Lumen Ledger", address="1 Quay St\nBristol"))
        save_signatory(session, Signatory(name="Dana Whitfield", title="COO"))
        save_mail_settings(session, MailSettings(from_address="dana@lumen.example"))
        return case.id


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split()
    )


@pytest.mark.parametrize("kind", ["yellow", "email-only"])
def test_each_ladder_letter_in_five_languages(
    sqlite_engine: Engine, case_id: int, kind: str
) -> None:
    with Session(sqlite_engine) as session:
        for language in LANGUAGES:
            review = REVIEW if kind == "email-only" else None
            letter = render_ladder_letter(
                session, case_id, kind, language, today=TODAY, review_on=review
            )
            text = _text(letter.pdf)
            assert SUBJECT_WORDS[kind, language] in letter.filled.subject, language
            assert letter.filled.subject.replace(" ", "") in text.replace(" ", "")
            assert "idiot" in text and "chargeback" in text, language  # cites the incidents
            assert "Dana Whitfield" in text
            if review is not None:
                assert REVIEW_WORDS[language] in text.replace(" г.", ""), language


def test_the_company_template_wins(sqlite_engine: Engine, case_id: int) -> None:
    folder = data_dir() / "letters"
    folder.mkdir(exist_ok=True)
    own = folder / "warning-yellow.en.txt.j2"
    own.write_text(
        "Subject: Our own words, {{ customer_name }}\n\nPlease stop.\n"
        "{% for incident in incidents %}- {{ incident.quote }}\n{% endfor %}",
        encoding="utf-8",
    )
    try:
        with Session(sqlite_engine) as session:
            letter = render_ladder_letter(session, case_id, "yellow", "en", today=TODAY)
    finally:
        own.unlink()
    assert letter.filled.subject == "Our own words, Victor Krane"
    assert "Please stop." in _text(letter.pdf)


def test_letter_warn_records_the_warning_and_writes_the_draft(
    sqlite_engine: Engine, case_id: int, tmp_path: Path
) -> None:
    url = sqlite_engine.url.render_as_string(hide_password=False)
    eml, pdf = tmp_path / "warning.eml", tmp_path / "warning.pdf"
    command = ["-q", "--db", url, "letter", "warn", str(case_id), "--step", "email-only"]
    options = ["--review", "2099-01-31", "--lang", "sv", "--by", "Mia", "--out", str(eml)]
    assert main([*command, *options, "--pdf", str(pdf)]) == 0
    with Session(sqlite_engine) as session:
        [warning] = session.scalars(select(CustomerWarning)).all()
        [record] = outbound_of(session, case_id)
        actions = [e.action for e in case_events(session, case_id)]
    assert (warning.ladder_step, warning.review_on, warning.channel) == (
        3,
        dt.date(2099, 1, 31),
        "email",
    )
    assert actions[-2:] == ["warning.issued", "letter.email_drafted"]
    assert record.pdf == pdf.read_bytes()
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["Subject"] == "Från och med nu hjälper vi dig bara via e-post"
    assert message["X-Unsent"] == "1" and message["Message-ID"] == record.message_id
    [attachment] = message.iter_attachments()
    assert hashlib.sha256(attachment.get_content()).hexdigest() == record.pdf_sha256
    view = read_with_mblaze(eml)
    assert view.headers["subject"] == message["Subject"]
    assert hashlib.sha256(view.body("application/pdf")).hexdigest() == record.pdf_sha256
    assert main([*command, "--lang", "sv", "--out", str(tmp_path / "no.eml")]) == 1
    assert not (tmp_path / "no.eml").exists()  # no review date: refused, nothing written
