"""The whole path in one window, as a manager walks it: import the demo export through the
dialog, find the planted customer at the top, open their page, confirm flags, quote them into
a case, run every wizard page and export the letter, then read the PDF back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.engine import open_database
from desk.db.models import Case, CaseState, Customer, Flag, FlagStatus, Letter, Message
from desk.demo.generator import PLANTED_EMAIL, write_demo_export
from tests.ui.test_evidence_basket import open_case, quote, settle, show_message
from tests.ui.test_wizard_case import claim
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.wizard.cause_page import CausePage
from ui.wizard.export_page import ExportPage
from ui.wizard.leadership_page import LeadershipPage
from ui.wizard.letter_page import LetterPage
from ui.wizard.terms import TermsPage
from ui.wizard.warnings_page import WarningsPage

pytestmark = pytest.mark.slow  # the whole path in one window

ABUSE = ("harassment", "threat_financial", "threat_legal", "threat_job", "threat_expose")


def _incidents(session: Session, customer_id: int) -> list[tuple[Flag, Message]]:
    """Suggested abuse flags on three different days, across more than one conversation."""
    rows = session.execute(
        select(Flag, Message)
        .join(Message, Message.id == Flag.message_id)
        .where(Message.customer_id == customer_id, Flag.category.in_(ABUSE))
        .order_by(Message.created_at, Flag.start)
    ).all()
    chosen: list[tuple[Flag, Message]] = []
    for flag, message in rows:
        if all(
            m.created_at.date() != message.created_at.date()
            and m.conversation_id != message.conversation_id
            for _, m in chosen
        ):
            chosen.append((flag, message))
        if len(chosen) == 3:
            break
    assert len(chosen) == 3, "the demo's planted customer should have flags on many days"
    return chosen


def test_from_an_export_to_the_letter_in_one_window(qtbot: QtBot, tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    window = MainWindow(engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert window.stack.currentWidget() is window.welcome

    # Once, in Settings: who the letter is from and who signs it.
    settings = window.open_settings()
    qtbot.waitUntil(settings.save_button.isEnabled)  # the stored values, read off the GUI thread
    qtbot.keyClicks(settings.company_name, "Lumen Ledger")
    settings.company_address.setPlainText("12 Harbour Street\nBristol")
    qtbot.keyClicks(settings.signatory_name, "Dana Whitfield")
    qtbot.keyClicks(settings.signatory_title, "Chief Operating Officer")
    with qtbot.waitSignal(settings.accepted):  # saved through the write queue
        settings.accept()

    # Import through the dialog; the new messages are read for abuse on the way.
    export = write_demo_export(tmp_path / "demo.ndjson", customers=200).path
    dialog = window.open_import_dialog([export])
    assert "Zendesk JSON" in dialog.detected.text()
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert "suggested flags to review" in dialog.outcome.text()
    dialog.accept()

    # The planted customer is at the top of the list; selecting them opens their page.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.splitter)
    model = window.customers.model
    qtbot.waitUntil(lambda: model.rowCount() == 200)
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Victor Krane")
    window.customers.table.selectRow(0)
    page = window.customer_page
    with Session(engine) as session:
        victor = session.scalars(select(Customer).where(Customer.primary_email == PLANTED_EMAIL))
        customer_id = victor.one().id
        incidents = _incidents(session, customer_id)
    qtbot.waitUntil(lambda: page.customer_id == customer_id and not window.runner.busy)

    # Confirm three suggested flags where they are highlighted in the conversation.
    for flag, message in incidents:
        show_message(qtbot, page, message)
        page.messages.select_span(message.id, flag.start, flag.end)
        found = page.flag_at_cursor()
        assert found is not None and found.id == flag.id
        assert page.confirm_button.isEnabled()
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
    with Session(engine) as session:
        ids = [flag.id for flag, _ in incidents]
        statuses = session.scalars(select(Flag.status).where(Flag.id.in_(ids))).all()
        assert set(statuses) == {FlagStatus.CONFIRMED}

    # Open a case and quote the confirmed words into it from the browser.
    case_id = open_case(qtbot, page)
    criteria: set[str] = set()
    for flag, message in incidents:
        item = quote(qtbot, page, message, message.body_text[flag.start : flag.end])
        assert item.category == flag.category and item.criterion is not None
        criteria.add(item.criterion)
    settle(qtbot, page)

    # The wizard, every page.
    assert page.wizard_button.isEnabled()
    qtbot.mouseClick(page.wizard_button, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    # The wizard reads the case off the GUI thread, then shows its first page.
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), CausePage), timeout=10_000)
    cause = wizard.currentPage()
    assert isinstance(cause, CausePage)
    qtbot.waitUntil(lambda: cause.is_loaded)
    for key in sorted(criteria):
        claim(qtbot, cause, key)
    assert next_button.isEnabled(), cause.reason.text()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), WarningsPage), timeout=10_000)
    warnings_page = wizard.currentPage()
    assert isinstance(warnings_page, WarningsPage)
    qtbot.waitUntil(lambda: warnings_page.is_loaded and next_button.isEnabled())
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), LeadershipPage), timeout=10_000)
    leadership = wizard.currentPage()
    assert isinstance(leadership, LeadershipPage)
    qtbot.waitUntil(lambda: leadership.is_loaded)
    qtbot.keyClicks(leadership.approver, "Dana Whitfield")
    qtbot.keyClicks(leadership.approver_title, "COO")
    qtbot.mouseClick(leadership.approve, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(leadership.adjusted_yes, Qt.MouseButton.LeftButton)
    assert next_button.isEnabled(), leadership.reason.text()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), TermsPage), timeout=10_000)
    terms = wizard.currentPage()
    assert isinstance(terms, TermsPage)
    terms.monthly.clear()
    qtbot.keyClicks(terms.monthly, "249.00")
    terms.export.setPlainText("Settings › Data export › Download everything.")
    terms.legal.click()
    assert next_button.isEnabled(), terms.reason.text()
    with qtbot.waitSignal(terms.saved):  # the terms go on the case first (audited)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    letter = wizard.currentPage()
    assert isinstance(letter, LetterPage)
    qtbot.waitUntil(lambda: "Victor Krane" in letter.text.toPlainText(), timeout=10_000)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    export_page = wizard.currentPage()
    assert isinstance(export_page, ExportPage)
    out = tmp_path / "letter.pdf"
    with qtbot.waitSignal(export_page.completeChanged, timeout=30_000):
        export_page.save_to(out)
    wizard.done(QWizard.DialogCode.Accepted)

    # The PDF for the COO, read back: the customer, the refund, the quoted words.
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Victor Krane" in text and "1,494.00" in text
    with Session(engine) as session:
        case = session.get_one(Case, case_id)
        assert case.state == CaseState.LETTER_ISSUED
        assert session.scalars(select(Letter).where(Letter.case_id == case_id)).first()
    window.close()
    engine.dispose()
