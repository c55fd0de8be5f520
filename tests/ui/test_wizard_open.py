"""The wizard reads the case off the GUI thread: it opens empty, then shows its first page;
a case that cannot be read is said in one line, and the wizard closes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case import cases
from desk.db.models import Customer
from ui.wizard.cause_page import CausePage
from ui.wizard.wizard import BreakupWizard
from ui.workers import TaskRunner


def draft_case(engine: Engine) -> int:
    with Session(engine) as session:
        customer = Customer(display_name="Pat Example", primary_email="pat@example.com")
        session.add(customer)
        session.flush()
        case_id = cases.open_case(session, customer.id, "Mia").id
        session.commit()
        return case_id


def test_the_pages_come_once_the_case_is_read(qtbot: QtBot, sqlite_engine: Engine) -> None:
    case_id = draft_case(sqlite_engine)
    runner = TaskRunner()
    wizard = BreakupWizard(sqlite_engine, runner, case_id, "Mia Manager")
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.opened):
        wizard.open()
        # Nothing was read on the GUI thread: no page yet, only the window's title.
        assert not wizard.is_open and wizard.pages == [] and wizard.currentPage() is None
        assert f"case #{case_id}" in wizard.windowTitle()
    assert wizard.is_open and len(wizard.pages) == 6
    page = wizard.currentPage()
    assert isinstance(page, CausePage)  # a draft case opens on the cause
    qtbot.waitUntil(lambda: page.is_loaded)
    assert wizard.customer_id > 0 and wizard.draft.case_id == case_id
    wizard.done(QWizard.DialogCode.Rejected)
    runner.wait()


def test_a_case_that_cannot_be_read_is_said_and_the_wizard_closes(
    qtbot: QtBot, sqlite_engine: Engine
) -> None:
    runner = TaskRunner()
    wizard = BreakupWizard(sqlite_engine, runner, 4242, "Mia Manager")
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitUntil(lambda: wizard.message_box is not None and wizard.message_box.isVisible())
    box = wizard.message_box
    assert box is not None and box.text() == "no case #4242"
    assert wizard.pages == [] and not wizard.is_open
    with qtbot.waitSignal(wizard.rejected):
        box.button(QMessageBox.StandardButton.Ok).click()
    assert not wizard.isVisible()
    runner.wait()
