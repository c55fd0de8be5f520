"""The breakup wizard driven with qtbot: terms, the letter with its live preview, export and
signing; the draft survives closing the wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desk.db.engine import open_database
from desk.db.models import Case, Letter
from desk.documents.signing import verify_pdf
from tests.conftest import demo_copy
from tests.desk.documents.certs import PASSWORD, make_pki
from tests.desk.documents.test_letter_cli import _approved_case
from ui.wizard.export_page import ExportPage
from ui.wizard.letter_page import LetterPage
from ui.wizard.terms import TermsPage
from ui.wizard.wizard import BreakupWizard
from ui.workers import TaskRunner


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    url = demo_copy(demo_template, tmp_path_factory.mktemp("wizard-demo"))
    return url


@pytest.mark.slow
def test_wizard_from_terms_to_a_signed_letter(qtbot: QtBot, demo_url: str, tmp_path: Path) -> None:
    case_id, _times = _approved_case(demo_url, ["My lawyer will be in touch"])
    engine = open_database(demo_url)
    runner = TaskRunner()
    wizard = BreakupWizard(engine, runner, case_id, "Mia Manager")
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.opened):  # the case is read off the GUI thread
        wizard.open()
    terms = wizard.currentPage()
    assert isinstance(terms, TermsPage)  # an approved case starts on the terms
    assert wizard.button(QWizard.WizardButton.BackButton).isVisible()  # Back: the approval
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    terms.monthly.clear()
    qtbot.keyClicks(terms.monthly, "249.00")
    terms.export.setPlainText("Settings › Data export › Download everything.")
    assert not next_button.isEnabled()
    assert "checked with legal" in terms.reason.text()
    assert "1,494.00" in terms.total.text()  # 6 months × 249.00
    terms.legal.click()
    assert terms.legal.isChecked(), terms.reason.text()
    assert next_button.isEnabled(), terms.reason.text()
    assert terms.reason.text() == ""

    with qtbot.waitSignal(terms.saved):  # the terms go on the case first (audited)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    letter = wizard.currentPage()
    assert isinstance(letter, LetterPage)
    qtbot.waitUntil(lambda: not letter.is_filling)  # the template is filled off the GUI thread
    assert "My lawyer will be in touch" in letter.text.toPlainText()
    qtbot.waitUntil(
        lambda: letter.preview.pixmap() is not None and not letter.preview.pixmap().isNull()
    )
    letter.text.setPlainText(letter.text.toPlainText() + "\n\nP.S. Kept in the letter as edited.")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    export = wizard.currentPage()
    assert isinstance(export, ExportPage)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    out = tmp_path / "letter.pdf"
    with qtbot.waitSignal(export.completeChanged, timeout=20_000):
        export.save_to(out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Kept in the letter as edited." in " ".join(text.split())
    assert "$1,494.00" in text
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    pki = make_pki(tmp_path)
    signed = tmp_path / "signed.pdf"
    with qtbot.waitSignal(export.completeChanged, timeout=20_000):
        export.sign_with(pki.p12, PASSWORD, signed)
    [check] = verify_pdf(signed.read_bytes(), trust_roots=[pki.ca])
    assert check.ok
    assert "signed letter is at" in export.result.text()
    wizard.done(QWizard.DialogCode.Accepted)
    with Session(engine) as session:
        letters = session.query(Letter).filter_by(case_id=case_id).all()
        assert len(letters) == 2
        assert letters[-1].signed_pdf == signed.read_bytes()
        case = session.get_one(Case, case_id)
        assert case.refund_amount is not None
        assert float(case.refund_amount) == pytest.approx(1494.0)

    # Reopened, the wizard resumes on the page it was left on, with the edited text.
    again = BreakupWizard(engine, runner, case_id, "Mia Manager")
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.opened):
        again.open()
    assert isinstance(again.currentPage(), ExportPage)
    assert "Kept in the letter as edited." in again.draft.body
    again.done(QWizard.DialogCode.Rejected)
    runner.wait()
    engine.dispose()
