"""The breakup wizard's first three pages driven with qtbot on the demo data: establish the
cause, the warnings, leadership's decision; then on to the terms. Also what keeps Next disabled,
a decline, a conflicting edit, and resuming where the manager left."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from desk.case import case_access, cases, evidence
from desk.case.criteria import claimed_criteria
from desk.db.engine import open_database
from desk.db.models import Approval, Case, CaseState, Customer, Message
from desk.demo.generator import PLANTED_EMAIL
from tests.conftest import demo_copy
from ui.wizard.base import CasePage
from ui.wizard.cause_page import CausePage
from ui.wizard.ladder_model import GivenWarning, LadderModel, LadderRow
from ui.wizard.leadership_page import LeadershipPage
from ui.wizard.terms import TermsPage
from ui.wizard.warnings_page import WarningsPage
from ui.wizard.wizard import (
    CAUSE,
    EXPORT,
    LEADERSHIP,
    TERMS,
    WARNINGS,
    BreakupWizard,
    start_page,
)
from ui.workers import TaskRunner

# Each module builds the demo database once (about 3 s): not in the quick subset.
pytestmark = pytest.mark.slow

P = TypeVar("P", bound=CasePage)

# (category, words the planted customer wrote, which occurrence): four days, four conversations
ACROSS_DAYS = (
    ("harassment", "You're completely incompetent, you idiot.", 0),
    ("threat_financial", "I will file a chargeback with my bank", 0),
    ("threat_legal", "我的律师会联系你们，我要起诉你们。", 0),
    ("threat_job", "Я напишу вашему генеральному директору", 0),
)
# Two insults in one conversation on two days: one bad week, not a pattern.
ONE_CONVERSATION = (
    ("harassment", "You're completely incompetent, you idiot.", 0),
    ("harassment", "You're completely incompetent, you idiot.", 1),
)


@dataclass
class Desk:
    url: str
    engine: Engine
    runner: TaskRunner


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    url = demo_copy(demo_template, tmp_path_factory.mktemp("wizard-case-demo"))
    return url


@pytest.fixture
def desk(demo_url: str) -> Iterator[Desk]:
    engine = open_database(demo_url)
    runner = TaskRunner()
    yield Desk(demo_url, engine, runner)
    runner.wait()
    engine.dispose()


def new_case(engine: Engine, quotes: tuple[tuple[str, str, int], ...], submit: bool = False) -> int:
    """A fresh draft case on the planted customer quoting ``quotes`` (earlier cases closed)."""
    with Session(engine) as session:
        customer = session.scalars(
            select(Customer).where(Customer.primary_email == PLANTED_EMAIL)
        ).one()
        session.execute(
            update(Case)
            .where(Case.customer_id == customer.id, Case.state.in_(case_access.OPEN_STATES))
            .values(state=CaseState.CLOSED)
        )
        session.commit()
        case_id = cases.open_case(session, customer.id, "Mia").id
        for category, text, occurrence in quotes:
            message = session.scalars(
                select(Message)
                .where(Message.customer_id == customer.id, Message.body_text.contains(text))
                .order_by(Message.created_at)
                .offset(occurrence)
                .limit(1)
            ).one()
            evidence.add_quote(session, case_id, message.id, "Mia", quote=text, category=category)
        if submit:
            cases.submit(session, case_id, "Mia")
    return case_id


def open_wizard(qtbot: QtBot, desk: Desk, case_id: int) -> BreakupWizard:
    wizard = BreakupWizard(desk.engine, desk.runner, case_id, "Mia Manager")
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.opened):  # the case is read off the GUI thread
        wizard.open()
    return wizard


def shown_page(qtbot: QtBot, wizard: BreakupWizard, kind: type[P]) -> P:
    """The wizard's current page, once it shows the case (it must be a ``kind``)."""
    page = wizard.currentPage()
    assert isinstance(page, kind), type(page).__name__
    qtbot.waitUntil(lambda: page.is_loaded)
    return page


def case_row(engine: Engine, case_id: int) -> Case:
    with Session(engine) as session:
        case = session.get_one(Case, case_id)
        session.expunge(case)
        return case


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def claim(qtbot: QtBot, page: CausePage, key: str) -> None:
    """Tick a criterion from the keyboard, as a manager would: select its row, press Space."""
    page.tree.setCurrentIndex(page.criterion_index(key))
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)


def test_from_the_cause_through_leadership_to_the_terms(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    case_id = new_case(desk.engine, ACROSS_DAYS)
    wizard = open_wizard(qtbot, desk, case_id)
    button = wizard.button(QWizard.WizardButton.NextButton)

    # 1. The cause: each criterion with its evidence; nothing claimed yet.
    cause = shown_page(qtbot, wizard, CausePage)
    assert not button.isEnabled()
    assert "Tick at least one criterion" in cause.reason.text()
    assert (
        "on 4 days in 4 conversations" in cause.pattern.text()
        and "Pattern rule met" in cause.pattern.text()
    )
    harassment = cause.criterion_index("harassment_language")
    assert harassment.siblingAtColumn(2).data() == "1 item"
    first = cause.model.index(0, 0, harassment)
    assert "You're completely incompetent" in first.data()
    assert first.siblingAtColumn(1).data() == "June 19, 2023"  # en_US (tests/ui/conftest.py)
    assert cause.criterion_index("threats").siblingAtColumn(2).data() == "3 items"
    claim(qtbot, cause, "harassment_language")
    claim(qtbot, cause, "threats")
    assert button.isEnabled(), cause.reason.text()
    click(qtbot, button)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), WarningsPage))
    case = case_row(desk.engine, case_id)
    assert case.state == CaseState.READY_FOR_REVIEW
    assert claimed_criteria(case) == ["harassment_language", "threats"]

    # 2. Warnings: none given, the steps skipped said plainly; record one given by phone.
    warnings = shown_page(qtbot, wizard, WarningsPage)
    model = warnings.model
    assert model.rowCount() == 4
    assert model.index(0, LadderModel.GIVEN).data() == "Not given"
    assert "never given" in warnings.standing.text()
    assert button.isEnabled()  # the ladder informs; it does not gate the case
    assert warnings.step.currentData() == 1
    warnings.channel.setCurrentIndex(warnings.channel.findData("phone"))
    qtbot.keyClicks(warnings.said, "Insults end the call; next time we hang up.")
    with qtbot.waitSignal(warnings.loaded, timeout=10_000):
        click(qtbot, warnings.record_button)
    given = model.index(0, LadderModel.GIVEN).data()
    assert "phone" in given and "Mia Manager" in given
    assert "next time we hang up" in model.index(0, LadderModel.SAID).data()
    assert "2 (Specialist routing)" in warnings.standing.text()
    click(qtbot, button)

    # 3. Leadership: the figures and chart, the brief, then the decision.
    leadership = wizard.currentPage()
    assert isinstance(leadership, LeadershipPage)
    qtbot.waitUntil(
        lambda: leadership.is_loaded and leadership.panel.chart.has_image(), timeout=20_000
    )
    business = leadership.panel.business
    assert business is not None and business.rank == 1
    assert f"{business.count:,}" == leadership.panel.tiles[0][1].text()
    assert "ranked no. 1 of 200 customers" in leadership.panel.tiles[1][2].text()
    assert not button.isEnabled()
    assert "Give the approver's name and title." in leadership.reason.text()

    brief = tmp_path / "brief.pdf"
    with qtbot.waitSignal(leadership.brief_written, timeout=30_000):
        leadership.write_brief_to(brief, open_when_done=False)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(brief).pages).split())
    assert "Victor Krane" in text and f"{business.count:,}" in text
    assert "Insults end the call" in text
    assert "Written to" in leadership.panel.brief_status.text()

    qtbot.keyClicks(leadership.approver, "Dana Whitfield")
    qtbot.keyClicks(leadership.approver_title, "COO")
    click(qtbot, leadership.approve)
    assert not button.isEnabled()
    assert "reasonable adjustments were considered" in leadership.reason.text()
    click(qtbot, leadership.adjusted_no)
    assert not button.isEnabled()
    assert "cannot be approved until reasonable adjustments" in leadership.reason.text()
    click(qtbot, leadership.adjusted_yes)
    qtbot.keyClicks(leadership.note, "No known disability; circumstances heard.")
    assert button.isEnabled(), leadership.reason.text()
    assert "Approve" in button.text()
    click(qtbot, button)
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), TermsPage), timeout=10_000)
    assert case_row(desk.engine, case_id).state == CaseState.APPROVED
    with Session(desk.engine) as session:
        approval = session.scalars(select(Approval).where(Approval.case_id == case_id)).one()
        assert (approval.approver_name, approval.approver_title) == ("Dana Whitfield", "COO")
        assert approval.adjustments_considered and approval.decided_on == dt.date.today()

    # Back on leadership, the decision is on record and read-only.
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    assert wizard.currentPage() is leadership
    qtbot.waitUntil(lambda: not leadership.form_box.isEnabled())
    assert "approved" in leadership.state_notice.text() and button.isEnabled()
    click(qtbot, button)
    assert isinstance(wizard.currentPage(), TermsPage)
    wizard.done(QWizard.DialogCode.Accepted)


def test_next_stays_disabled_until_the_cause_is_established(qtbot: QtBot, desk: Desk) -> None:
    case_id = new_case(desk.engine, ONE_CONVERSATION)
    wizard = open_wizard(qtbot, desk, case_id)
    button = wizard.button(QWizard.WizardButton.NextButton)
    cause = shown_page(qtbot, wizard, CausePage)
    assert "not met" in cause.pattern.text()

    # A criterion no evidence backs cannot be ticked, and says why.
    threats = cause.model.itemFromIndex(cause.criterion_index("threats"))
    assert not threats.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "no evidence backs it" in threats.toolTip()
    assert cause.criterion_index("threats").siblingAtColumn(2).data() == "no evidence"
    claim(qtbot, cause, "threats")
    assert threats.checkState() == Qt.CheckState.Unchecked
    pattern = cause.criterion_index("pattern").siblingAtColumn(2).data()
    assert pattern == "pattern rule not met"

    claim(qtbot, cause, "harassment_language")
    assert cause.claimed == ["harassment_language"]
    assert not button.isEnabled()
    assert "The pattern rule is not met (incidents on 2 days in 1 conversation;" in (
        cause.reason.text()
    )
    wizard.next()  # refused: the case stays a draft
    assert wizard.currentPage() is cause
    assert case_row(desk.engine, case_id).state == CaseState.DRAFT
    wizard.done(QWizard.DialogCode.Rejected)

    # The tick not yet submitted is kept with the draft.
    again = open_wizard(qtbot, desk, case_id)
    cause = shown_page(qtbot, again, CausePage)
    assert cause.claimed == ["harassment_language"]
    item = cause.model.itemFromIndex(cause.criterion_index("harassment_language"))
    assert item.checkState() == Qt.CheckState.Checked
    again.done(QWizard.DialogCode.Rejected)


def test_a_change_by_someone_else_is_shown_inline_and_reloaded(qtbot: QtBot, desk: Desk) -> None:
    case_id = new_case(desk.engine, ACROSS_DAYS[:3])
    wizard = open_wizard(qtbot, desk, case_id)
    cause = shown_page(qtbot, wizard, CausePage)
    claim(qtbot, cause, "threats")
    # Another manager adds an incident while the page is open.
    with Session(desk.engine) as session:
        message = session.scalars(
            select(Message).where(Message.body_text.contains(ACROSS_DAYS[3][1]))
        ).first()
        assert message is not None
        evidence.add_quote(session, case_id, message.id, "Ola", category="threat_job")
    with qtbot.waitSignal(cause.loaded, timeout=10_000):
        wizard.next()
    assert "changed by someone else" in cause.reason.text()
    assert "Traceback" not in cause.reason.text()
    assert cause.criterion_index("threats").siblingAtColumn(2).data() == "3 items"
    assert cause.claimed == ["threats"]  # the tick survives the reload
    wizard.next()
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), WarningsPage), timeout=10_000)
    assert case_row(desk.engine, case_id).state == CaseState.READY_FOR_REVIEW
    wizard.done(QWizard.DialogCode.Rejected)


def test_declined_ends_the_wizard_and_keeps_the_case(qtbot: QtBot, desk: Desk) -> None:
    case_id = new_case(desk.engine, ACROSS_DAYS, submit=True)
    wizard = open_wizard(qtbot, desk, case_id)
    leadership = shown_page(qtbot, wizard, LeadershipPage)  # a case in review opens here
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert not button.isEnabled()
    wizard.next()  # the terms and the letter wait for leadership's approval
    assert wizard.currentPage() is leadership
    qtbot.keyClicks(leadership.approver, "Dana Whitfield")
    assert "Give the approver's name and title." in leadership.reason.text()
    qtbot.keyClicks(leadership.approver_title, "COO")
    assert "Choose the decision" in leadership.reason.text()
    click(qtbot, leadership.decline)
    assert not button.isEnabled()
    assert "reasonable adjustments were considered" in leadership.reason.text()
    click(qtbot, leadership.adjusted_no)
    qtbot.keyClicks(leadership.note, "One more chance: a final written warning first.")
    assert button.isEnabled() and "Decline" in button.text()
    click(qtbot, button)
    qtbot.waitUntil(lambda: wizard.message_box is not None and wizard.message_box.isVisible())
    box = wizard.message_box
    assert isinstance(box, QMessageBox)
    assert "declined" in box.text() and "kept" in box.text()
    with qtbot.waitSignal(wizard.finished) as finished:
        click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    assert finished.args == [QWizard.DialogCode.Accepted.value]
    assert case_row(desk.engine, case_id).state == CaseState.DECLINED
    with Session(desk.engine) as session:
        approval = session.scalars(select(Approval).where(Approval.case_id == case_id)).one()
        assert approval.decision == "declined"
        assert approval.adjustments_note == "One more chance: a final written warning first."


def test_resumes_on_the_page_it_was_left(qtbot: QtBot, desk: Desk) -> None:
    case_id = new_case(desk.engine, ACROSS_DAYS)
    wizard = open_wizard(qtbot, desk, case_id)
    cause = shown_page(qtbot, wizard, CausePage)
    claim(qtbot, cause, "threats")
    wizard.next()
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), WarningsPage), timeout=10_000)
    wizard.done(QWizard.DialogCode.Rejected)  # closed on the warnings page

    again = open_wizard(qtbot, desk, case_id)
    shown_page(qtbot, again, WarningsPage)
    # Back reaches the cause, now read-only: submitted, claims fixed.
    click(qtbot, again.button(QWizard.WizardButton.BackButton))
    cause = again.currentPage()
    assert isinstance(cause, CausePage)
    qtbot.waitUntil(lambda: cause.is_loaded and cause.state_notice.isVisible())
    assert "ready for review" in cause.state_notice.text()
    threats = cause.model.itemFromIndex(cause.criterion_index("threats"))
    assert threats.checkState() == Qt.CheckState.Checked
    assert not threats.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert again.button(QWizard.WizardButton.NextButton).isEnabled()
    again.done(QWizard.DialogCode.Rejected)


@pytest.mark.parametrize(
    ("state", "saved", "expected"),
    [
        (CaseState.DRAFT, WARNINGS, CAUSE),
        (CaseState.READY_FOR_REVIEW, CAUSE, LEADERSHIP),
        (CaseState.READY_FOR_REVIEW, WARNINGS, WARNINGS),
        (CaseState.READY_FOR_REVIEW, TERMS, LEADERSHIP),
        (CaseState.APPROVED, WARNINGS, TERMS),
        (CaseState.LETTER_ISSUED, EXPORT, EXPORT),
        (CaseState.DECLINED, TERMS, LEADERSHIP),
    ],
)
def test_the_starting_page_follows_the_case(state: CaseState, saved: int, expected: int) -> None:
    assert start_page(state, saved) == expected


def test_the_ladder_model(qtmodeltester: ModelTester) -> None:
    model = LadderModel()
    when = dt.datetime(2026, 5, 4, 10, 0)
    model.set_rows(
        [
            LadderRow(
                1, "Manager's callback", "Call back.", GivenWarning(when, "phone", "Mia", "No.")
            ),
            LadderRow(2, "Specialist routing", "Route.", None),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, LadderModel.STEP)) == "1. Manager's callback"
    assert model.data(model.index(0, LadderModel.GIVEN)) == "May 4, 2026 · phone\nMia"
    assert model.data(model.index(0, LadderModel.SAID)) == "“No.”"
    assert model.data(model.index(1, LadderModel.GIVEN)) == "Not given"
    assert model.data(model.index(1, LadderModel.SAID)) == ""
    row = model.data(model.index(1, 0), LadderModel.ObjectRole)
    assert isinstance(row, LadderRow) and row.given is None
