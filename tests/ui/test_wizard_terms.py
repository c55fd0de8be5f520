"""The wizard's terms reach the case only through the audited, version-checked path: Next writes
one audit event, and a change someone else made in between refuses the save inline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.case import cases
from desk.db.engine import open_database
from desk.db.models import AuditEvent, Case
from tests.conftest import demo_copy
from tests.desk.documents.test_letter_cli import _approved_case
from ui.wizard.letter_page import LetterPage
from ui.wizard.terms import TermsPage
from ui.wizard.wizard import BreakupWizard
from ui.workers import TaskRunner

# Each module builds the demo database once (about 3 s): not in the quick subset.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    url = demo_copy(demo_template, tmp_path_factory.mktemp("wizard-terms-demo"))
    return url


@pytest.fixture
def engine(demo_url: str) -> Iterator[Engine]:
    eng = open_database(demo_url)
    yield eng
    eng.dispose()


def terms_events(engine: Engine, case_id: int) -> list[AuditEvent]:
    with Session(engine) as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.case_id == case_id, AuditEvent.action == "case.terms")
                .order_by(AuditEvent.id)
            )
        )


def case_row(engine: Engine, case_id: int) -> Case:
    with Session(engine) as session:
        case = session.get_one(Case, case_id)
        session.expunge(case)
        return case


def open_on_terms(
    qtbot: QtBot, engine: Engine, runner: TaskRunner, case_id: int
) -> tuple[BreakupWizard, TermsPage]:
    """The wizard on an approved case (it opens on the terms), with the terms filled in."""
    wizard = BreakupWizard(engine, runner, case_id, "Mia Manager")
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.opened):  # the case is read off the GUI thread
        wizard.open()
    page = wizard.currentPage()
    assert isinstance(page, TermsPage)
    page.monthly.clear()
    qtbot.keyClicks(page.monthly, "249.00")
    page.export.setPlainText("Settings › Data export › Download everything.")
    page.legal.click()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), page.reason.text()
    runner.wait()  # the draft saved on opening is in: the wizard's version is current
    return wizard, page


def click_next(qtbot: QtBot, wizard: BreakupWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def close(wizard: BreakupWizard, runner: TaskRunner) -> None:
    wizard.done(QWizard.DialogCode.Rejected)
    runner.wait()


def test_next_on_the_terms_writes_one_audit_event(
    qtbot: QtBot, engine: Engine, demo_url: str
) -> None:
    case_id, _ = _approved_case(demo_url, ["My lawyer will be in touch"])
    runner = TaskRunner()
    wizard, page = open_on_terms(qtbot, engine, runner, case_id)
    before = case_row(engine, case_id).version

    with qtbot.waitSignal(page.saved, timeout=10_000):
        click_next(qtbot, wizard)
    assert isinstance(wizard.currentPage(), LetterPage)
    [event] = terms_events(engine, case_id)
    assert event.actor == "Mia Manager"
    detail = json.loads(event.detail)
    assert detail["refund_amount"] == {"from": None, "to": "1494.00"}
    assert detail["effective_date"]["to"] == page.end_date.date().toString("yyyy-MM-dd")
    case = case_row(engine, case_id)
    assert case.refund_amount == Decimal("1494.00") and case.version > before

    # Back and Next with the same terms: nothing new to record.
    wizard.back()
    assert wizard.currentPage() is page
    click_next(qtbot, wizard)
    assert isinstance(wizard.currentPage(), LetterPage)
    runner.wait()
    assert len(terms_events(engine, case_id)) == 1
    close(wizard, runner)


def test_a_change_made_meanwhile_refuses_the_save_inline(
    qtbot: QtBot, engine: Engine, demo_url: str, tmp_path: Path
) -> None:
    case_id, _ = _approved_case(demo_url, ["My lawyer will be in touch"])
    runner = TaskRunner()
    wizard, page = open_on_terms(qtbot, engine, runner, case_id)
    # Sam changes the terms of the same case, through the audited API, behind the wizard's back.
    with Session(engine) as sam:
        cases.set_terms(sam, case_id, "Sam", refund_months=3, refund_amount=Decimal("747"))

    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: "The case now says" in page.reason.text(), timeout=10_000)
    text = page.reason.text()
    assert f"Someone else changed case #{case_id} since you opened it" in text
    assert "your terms were not saved" in text and "3 months, 747.00" in text
    assert wizard.currentPage() is page  # still on the terms, nothing crashed
    case = case_row(engine, case_id)
    assert (case.refund_months, case.refund_amount) == (3, Decimal("747.00"))  # Sam's stand
    assert [e.actor for e in terms_events(engine, case_id)] == ["Sam"]

    # Having seen Sam's terms, the manager saves theirs over them on purpose.
    with qtbot.waitSignal(page.saved, timeout=10_000):
        click_next(qtbot, wizard)
    assert isinstance(wizard.currentPage(), LetterPage)
    assert case_row(engine, case_id).refund_amount == Decimal("1494.00")
    assert [e.actor for e in terms_events(engine, case_id)] == ["Sam", "Mia Manager"]
    close(wizard, runner)
