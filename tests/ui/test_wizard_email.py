"""The wizard's last page: "E-mail draft…" writes the signed letter's .eml through the task
runner's write queue, records it on the case, and keeps the wizard's version in step."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
from decimal import Decimal
from email import policy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case import evidence
from desk.case.case_access import get_case
from desk.case.cases import set_terms
from desk.case.outbound import outbound_of
from desk.case.wizard_rules import load_draft, save_draft, terms_of
from desk.db.models import Case, CaseState
from desk.documents.company_profile import CompanyProfile, Signatory, save_company, save_signatory
from desk.documents.letter_store import build_letter_context, draft_letter, store_signed
from desk.documents.letter_text import fill
from desk.documents.mail_send import MailSettings, save_mail_settings
from desk.documents.signing import load_signer, sign_pdf
from desk.documents.wizard_documents import letter_options
from tests.desk.case.conftest import build_customer
from tests.desk.documents.certs import PASSWORD, make_pki
from ui.wizard.export_page import ExportPage
from ui.wizard.wizard import EXPORT, BreakupWizard
from ui.workers import TaskRunner


def _signed_case(engine: Engine, folder: Path) -> tuple[int, str]:
    """An approved case whose letter is drafted and signed (state: letter issued)."""
    with Session(engine) as session:
        fixture = build_customer(session)
        case = Case(
            customer_id=fixture.customer_id,
            opened_by="Mia",
            refund_amount=Decimal("600.00"),
            currency="USD",
        )
        session.add(case)
        session.commit()
        evidence.add_quote(session, case.id, fixture.message_ids[1], "Mia", quote="chargeback")
        session.refresh(case)
        case.state = CaseState.APPROVED  # setup: leadership's approval is not this test's subject
        session.commit()
        save_company(session, CompanyProfile(name="Lumen Ledger", address="1 Quay St"))
        save_signatory(session, Signatory(name="Dana Whitfield", title="COO"))
        save_mail_settings(session, MailSettings(from_address="dana@lumen.example"))
        draft = load_draft(session, case.id)  # the terms and text as the wizard left them
        draft.refund_total, draft.currency, draft.legal_checked = "600.00", "USD", True
        draft.end_date = (dt.date.today() + dt.timedelta(days=30)).isoformat()
        draft.export_instructions = "Settings › Data export."
        context = build_letter_context(session, case.id, letter_options(draft))
        draft.body = fill(context).body + "\n\nP.S. Edited in the wizard."
        draft.page = EXPORT
        save_draft(session, draft)
        terms = terms_of(draft)  # the terms on the case, as the wizard's Terms page puts them
        set_terms(
            session,
            case.id,
            "Mia",
            refund_months=terms.refund_months,
            refund_amount=terms.refund_amount,
            currency=terms.currency,
            effective_date=terms.effective_date,
        )
        letter = draft_letter(session, case.id, letter_options(draft), "Mia")
        signer = load_signer(make_pki(folder).p12, PASSWORD)
        signed = store_signed(session, letter.id, sign_pdf(letter.pdf, signer), "Dana", "Mia")
        return case.id, str(signed.signed_sha256)


@pytest.mark.slow
def test_e_mail_draft_from_the_last_page(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    case_id, signed_sha = _signed_case(sqlite_engine, tmp_path)
    runner = TaskRunner()
    wizard = BreakupWizard(sqlite_engine, runner, case_id, "Mia Manager")
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.opened):
        wizard.open()
    export = wizard.currentPage()
    assert isinstance(export, ExportPage)
    out = tmp_path / "letter.eml"
    export.email_to(out)
    qtbot.waitUntil(lambda: "e-mail draft is at" in export.result.text(), timeout=20_000)
    assert export.email_button.isEnabled()
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    [attachment] = message.iter_attachments()
    assert hashlib.sha256(attachment.get_content()).hexdigest() == signed_sha
    assert message["X-Unsent"] == "1"
    plain = message.get_body(("plain",))
    assert plain is not None and "P.S. Edited in the wizard." in plain.get_content()
    runner.wait()
    with Session(sqlite_engine) as session:
        [record] = outbound_of(session, case_id)
        assert record.message_id == message["Message-ID"]
        # the wizard's own write moved its version on: its next write is not a "conflict"
        assert wizard.version.value == get_case(session, case_id).version
    wizard.done(QWizard.DialogCode.Rejected)
    runner.wait()
