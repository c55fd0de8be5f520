"""The evidence basket on the customer page, driven with qtbot on the demo data: open a case,
quote a selected span, add a note and a file, reorder, remove, and undo and redo every edit;
conflicts with another manager, and a case that is no longer a draft."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.case import case_access, cases, evidence, evidence_items
from desk.case.criteria import current_evidence
from desk.db.engine import open_database
from desk.db.models import Case, CaseState, Customer, Evidence, EvidenceKind, Flag, Message
from desk.demo.generator import PLANTED_EMAIL
from tests.conftest import demo_copy
from ui.main_window import MainWindow
from ui.models.evidence_tree import EvidenceTreeModel
from ui.settings import Settings
from ui.views.customer_page import CustomerPage
from ui.views.message_view import QUOTED_COLOUR
from ui.workers import TaskRunner

pytestmark = pytest.mark.slow  # the window over the imported demo data

LAWYER = "My lawyer will be in touch"
CHARGEBACK = "I will file a chargeback"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@dataclass
class Desk:
    engine: Engine
    runner: TaskRunner
    customer_id: int


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    url = demo_copy(demo_template, tmp_path_factory.mktemp("basket-demo"))
    # The tests place the flags they need themselves (a quote's criterion follows its flag).
    engine = open_database(url)
    with Session(engine) as session:
        session.execute(delete(Flag))
        session.commit()
    engine.dispose()
    return url


@pytest.fixture
def desk(demo_url: str) -> Iterator[Desk]:
    """The demo database with the planted customer's earlier cases closed."""
    engine = open_database(demo_url)
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
        customer_id = customer.id
    runner = TaskRunner()
    yield Desk(engine, runner, customer_id)
    runner.wait()
    engine.dispose()


def message_with(engine: Engine, customer_id: int, text: str) -> Message:
    with Session(engine) as session:
        message = session.scalars(
            select(Message)
            .where(Message.customer_id == customer_id, Message.body_text.contains(text))
            .order_by(Message.created_at)
            .limit(1)
        ).one()
        session.expunge(message)
        return message


def current(engine: Engine, case_id: int) -> list[Evidence]:
    with Session(engine) as session:
        items = current_evidence(session, case_id)
        session.expunge_all()
        return items


def open_page(qtbot: QtBot, desk: Desk) -> CustomerPage:
    page = CustomerPage(desk.engine, desk.runner, "Mia Manager", ReferenceCache())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)  # shortcuts (Delete) reach active windows only
    page.show_customer(desk.customer_id)
    qtbot.waitUntil(lambda: page.messages.toPlainText() != "" and not desk.runner.busy)
    return page


def open_case(qtbot: QtBot, page: CustomerPage) -> int:
    assert page.case_button.text() == "Open a case"
    assert not page.note_button.isEnabled()
    with qtbot.waitSignal(page.case_changed):
        qtbot.mouseClick(page.case_button, Qt.MouseButton.LeftButton)
    case_id = page.basket.case_id
    assert case_id is not None
    assert page.case_button.text() == f"Case #{case_id} (draft)"
    return case_id


def show_message(qtbot: QtBot, page: CustomerPage, message: Message) -> None:
    page.tabs.setCurrentIndex(1)
    rows = page.conversations
    row = next(
        r for r in range(rows.rowCount()) if rows.conversation(r).id == message.conversation_id
    )
    page.conversation_table.selectRow(row)
    qtbot.waitUntil(lambda: any(m.id == message.id for m in page._messages))


def quote(qtbot: QtBot, page: CustomerPage, message: Message, text: str) -> Evidence:
    """Select ``text`` in the browser and add it through the context menu."""
    show_message(qtbot, page, message)
    start = message.body_text.index(text)
    page.messages.select_span(message.id, start, start + len(text))
    assert page.messages.textCursor().selectedText() == text
    assert page.add_quote_button.isEnabled(), page.add_quote_button.toolTip()
    menu = page.messages.context_menu(QPoint(4, 4))
    add = menu.actions()[0]
    assert add.text() == "&Add selection to case" and add.isEnabled()
    add.trigger()
    case_id = page.basket.case_id
    assert case_id is not None
    qtbot.waitUntil(lambda: any(e.quote == text for e in current(page._engine, case_id)))
    return next(e for e in current(page._engine, case_id) if e.quote == text)


def quoted_at(page: CustomerPage, message_id: int, offset: int) -> bool:
    """Whether the character at ``offset`` of the message is underlined as quoted."""
    page.messages.select_span(message_id, offset, offset + 1)
    underline = page.messages.textCursor().charFormat().underlineColor()
    return underline == QColor(QUOTED_COLOUR)


def shown_ids(page: CustomerPage) -> list[int]:
    model = page.basket.model
    return [
        model.index(r, 0, model.index(g, 0)).data(EvidenceTreeModel.IdRole)
        for g in range(model.rowCount())
        for r in range(model.rowCount(model.index(g, 0)))
    ]


def settle(qtbot: QtBot, page: CustomerPage) -> None:
    qtbot.waitUntil(lambda: not page._runner.busy)


def test_quote_note_reorder_remove_with_undo_and_redo(qtbot: QtBot, desk: Desk) -> None:
    lawyer = message_with(desk.engine, desk.customer_id, LAWYER)
    start = lawyer.body_text.index(LAWYER)
    with Session(desk.engine) as session:  # a suggested flag on the words: its category
        session.add(
            Flag(
                message_id=lawyer.id,
                category="threat_legal",
                rule_id="en.test",
                start=start + 3,
                end=start + 9,
                score=0.9,
                language="en",
            )
        )
        session.commit()
    page = open_page(qtbot, desk)
    case_id = open_case(qtbot, page)
    stack = page.basket.undo_stack
    assert stack is not None and stack.count() == 0
    assert "before you block this customer" in page.basket.preserve.text()

    item = quote(qtbot, page, lawyer, LAWYER)
    assert (item.quote_start, item.quote_end) == (start, start + len(LAWYER))
    assert item.message_text == lawyer.body_text
    assert (item.category, item.criterion) == ("threat_legal", "threats")
    qtbot.waitUntil(lambda: item.id in shown_ids(page))
    threats = page.basket.model.group_index("threats")
    assert threats.data() == "Threats, personal or professional (1)"
    # The browser now underlines the quoted words in the quote's blue.
    qtbot.waitUntil(lambda: quoted_at(page, lawyer.id, start + 1))
    end = start + len(LAWYER)
    assert len(lawyer.body_text) > end and not quoted_at(page, lawyer.id, end)
    assert stack.undoText() == f"Add quote “{LAWYER}”"

    dialog = page.open_note_dialog()
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.editor, "Called him on 3 March; he hung up on the agent.")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(current(desk.engine, case_id)) == 2)
    note = next(e for e in current(desk.engine, case_id) if e.kind == EvidenceKind.NOTE)
    assert note.criterion is None
    qtbot.waitUntil(lambda: note.id in shown_ids(page))
    other = page.basket.model.group_index(None)
    assert other.data() == "Notes and other (1)"

    # Undo the note: gone from the case, a removal version on record; redo brings it back.
    qtbot.mouseClick(page.basket.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(current(desk.engine, case_id)) == 1)
    with Session(desk.engine) as session:
        [removal] = session.scalars(select(Evidence).where(Evidence.supersedes_id == note.id))
        assert removal.removed
    qtbot.waitUntil(lambda: note.id not in shown_ids(page))
    qtbot.mouseClick(page.basket.redo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(current(desk.engine, case_id)) == 2)
    with Session(desk.engine) as session:
        restored = next(e for e in current_evidence(session, case_id) if e.note)
        assert [v.removed for v in evidence_items.history(session, restored.id)] == [
            False,
            True,
            False,
        ]
    settle(qtbot, page)
    assert stack.index() == 2

    # Reorder two quotes of one criterion through the model; undo puts them back.
    chargeback = message_with(desk.engine, desk.customer_id, CHARGEBACK)
    second = quote(qtbot, page, chargeback, CHARGEBACK)
    assert second.criterion is None  # no flag: filed under notes and other
    settle(qtbot, page)
    before = [e.id for e in current(desk.engine, case_id)]
    assert before == [item.id, restored.id, second.id]
    model = page.basket.model
    other = model.group_index(None)
    assert model.rowCount(other) == 2
    assert model.moveRows(other, 1, 1, other, 0)
    qtbot.waitUntil(
        lambda: [e.id for e in current(desk.engine, case_id)] == [item.id, second.id, restored.id]
    )
    settle(qtbot, page)
    assert stack.undoText() == "Reorder evidence"
    stack.undo()
    qtbot.waitUntil(lambda: [e.id for e in current(desk.engine, case_id)] == before)
    settle(qtbot, page)
    assert shown_ids(page) == [item.id, restored.id, second.id]

    # Remove with the Delete key; undo brings the quote back as a new version.
    page.basket.view.setCurrentIndex(model.item_index(item.id))
    page.basket.view.setFocus()
    qtbot.keyClick(page.basket.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: item.id not in [e.id for e in current(desk.engine, case_id)])
    qtbot.waitUntil(lambda: item.id not in shown_ids(page))
    assert stack.undoText() == f"Remove “{LAWYER}”"
    stack.undo()
    qtbot.waitUntil(lambda: len(current(desk.engine, case_id)) == 3)
    back = next(e for e in current(desk.engine, case_id) if e.quote == LAWYER)
    assert back.id != item.id and back.quote_start == start
    qtbot.waitUntil(lambda: back.id in shown_ids(page))
    # Undo reaches back past the replaced ids: the chargeback quote, then the note, go.
    stack.undo()
    stack.undo()
    qtbot.waitUntil(lambda: [e.quote for e in current(desk.engine, case_id)] == [LAWYER])
    settle(qtbot, page)
    assert page.basket.message.isHidden()


def test_the_edit_menu_undoes_with_the_keyboard(
    qtbot: QtBot, desk: Desk, demo_url: str, tmp_path: Path
) -> None:
    window = MainWindow(desk.engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.customer_page
    page.show_customer(desk.customer_id)
    qtbot.waitUntil(lambda: page.title.text() != "" and not window.runner.busy)
    case_id = open_case(qtbot, page)
    [edit] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    assert isinstance(edit, QMenu)
    assert [a.text() for a in edit.actions()] == ["&Undo", "&Redo"]
    page.basket.add_note("Threatened the agent.")
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    assert window.undo_action.text() == "&Undo Add note “Threatened the agent.”"
    window.activateWindow()
    qtbot.waitActive(window)
    page.basket.view.setFocus()
    qtbot.keyClick(page.basket.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: current(desk.engine, case_id) == [])
    qtbot.waitUntil(lambda: window.redo_action.isEnabled())
    qtbot.keyClick(
        page.basket.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(current(desk.engine, case_id)) == 1)
    qtbot.waitUntil(lambda: not window.runner.busy)
    window.close()


def test_another_managers_change_is_a_conflict_and_the_basket_reloads(
    qtbot: QtBot, desk: Desk
) -> None:
    page = open_page(qtbot, desk)
    case_id = open_case(qtbot, page)
    page.basket.add_note("Mine.")
    qtbot.waitUntil(lambda: page.basket.model.rowCount(page.basket.model.group_index(None)) == 1)
    with Session(desk.engine) as session:  # Someone else, meanwhile
        evidence.add_note(session, case_id, "Theirs.", "Sam Supervisor")
    lawyer = message_with(desk.engine, desk.customer_id, LAWYER)
    show_message(qtbot, page, lawyer)
    start = lawyer.body_text.index(LAWYER)
    page.messages.select_span(lawyer.id, start, start + len(LAWYER))
    page.add_quote_button.click()
    qtbot.waitUntil(lambda: page.basket.message.isVisible())
    assert "changed by someone else" in page.basket.message.text()
    qtbot.waitUntil(lambda: page.basket.model.rowCount(page.basket.model.group_index(None)) == 2)
    assert [e.note for e in current(desk.engine, case_id)] == ["Mine.", "Theirs."]

    # An undo against the other manager's newer change fails the same way; the history,
    # which no longer matches the case, is dropped.
    with Session(desk.engine) as session:
        evidence.add_note(session, case_id, "Theirs again.", "Sam Supervisor")
    stack = page.basket.undo_stack
    assert stack is not None and stack.canUndo()
    stack.undo()
    qtbot.waitUntil(lambda: stack.count() == 0)
    assert "changed by someone else" in page.basket.message.text()
    qtbot.waitUntil(lambda: page.basket.model.rowCount(page.basket.model.group_index(None)) == 3)
    settle(qtbot, page)


def test_attachments_and_their_refusals(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    page = open_page(qtbot, desk)
    case_id = open_case(qtbot, page)
    big = tmp_path / "huge.png"
    with big.open("wb") as out:
        out.truncate(11 * 1024 * 1024)
    page.attach_file(big)
    qtbot.waitUntil(lambda: page.message_box is not None)
    assert isinstance(page.message_box, QMessageBox)
    assert "over the 10 MB limit" in page.message_box.text()
    page.message_box.done(0)
    assert page.message_box is None  # dismissed and deleted: no reference to a deleted box
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    page.attach_file(text)
    qtbot.waitUntil(
        lambda: page.message_box is not None and "not an image" in page.message_box.text()
    )
    page.message_box.done(0)
    shot = tmp_path / "post.png"
    shot.write_bytes(PNG)
    page.attach_file(shot)
    qtbot.waitUntil(lambda: len(current(desk.engine, case_id)) == 1)
    [item] = current(desk.engine, case_id)
    assert (item.kind, item.quote) == (EvidenceKind.ATTACHMENT, "post.png")
    qtbot.waitUntil(lambda: item.id in shown_ids(page))
    assert page.basket.undo_stack is not None
    assert page.basket.undo_stack.undoText() == "Attach post.png"
    settle(qtbot, page)


def test_a_case_that_is_not_a_draft_is_read_only(qtbot: QtBot, desk: Desk) -> None:
    with Session(desk.engine) as session:
        case_id = cases.open_case(session, desk.customer_id, "Mia").id
        evidence.add_note(session, case_id, "Kept as decided.", "Mia")
        session.execute(update(Case).where(Case.id == case_id).values(state=CaseState.APPROVED))
        session.commit()
    page = open_page(qtbot, desk)
    qtbot.waitUntil(lambda: page.basket.case_id == case_id)
    basket = page.basket
    assert page.case_button.text() == f"Case #{case_id} (approved)"
    assert not basket.isVisible()  # it lives beside the conversations: the button shows it
    qtbot.mouseClick(page.case_button, Qt.MouseButton.LeftButton)
    assert basket.isVisible() and basket.reason.isVisible()
    assert "approved" in basket.reason.text()
    assert not basket.editable and basket.undo_stack is None
    for button in (page.note_button, page.attach_button, page.add_quote_button):
        assert not button.isEnabled()
    assert page.wizard_button.isEnabled()
    other = basket.model.group_index(None)
    first = basket.model.index(0, 0, other)
    assert not basket.model.flags(first) & Qt.ItemFlag.ItemIsDragEnabled
    assert not basket.model.moveRows(other, 0, 1, other, 1)
    basket.view.setCurrentIndex(first)
    assert not basket.remove_action.isEnabled()

    wizard = page.start_wizard()
    assert isinstance(wizard, QWizard) and wizard.isVisible()
    wizard.done(QWizard.DialogCode.Rejected)
    settle(qtbot, page)
