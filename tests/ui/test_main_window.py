"""The main window offscreen: welcome on an empty database, the list once data is in,
the import dialog with its progress and a Cancel that leaves the database as it was; on the
demo data, the headline numbers whole at the default size and a hint until a customer is picked."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.engine import open_database
from desk.db.models import ImportBatch, Message
from tests.conftest import demo_copy
from tests.desk.ingest.test_zendesk_json import small_export
from ui.main_window import DEFAULT_SIZE, MainWindow
from ui.models.customer_table import CustomerTableModel
from ui.settings import Settings

SUGGESTED = re.compile(r"\d+ of the new messages? ha(?:s|ve) suggested flags to review")

# Each module builds the demo database once (about 3 s): not in the quick subset.
pytestmark = pytest.mark.slow


@pytest.fixture
def window(qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path) -> MainWindow:
    win = MainWindow(sqlite_engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.runner.busy)
    return win


def test_empty_database_shows_the_welcome(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert "sqlite" in window.db_label.text()


def test_import_through_the_dialog_fills_the_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.open_import_dialog([small_export(tmp_path / "export.ndjson")])
    assert "Zendesk JSON" in dialog.detected.text()
    # The import reads the new messages for abuse (the first detector of a process loads its
    # model): the same allowance as the other import tests, for a loaded machine.
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert "6 new messages" in dialog.outcome.text()
    # The new messages were read for abuse as part of the import.
    assert SUGGESTED.search(dialog.outcome.text()), dialog.outcome.text()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.splitter)
    model = window.customers.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)  # the list is read in the background
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Cora Customer")
    assert window.totals_label.text() == "2 customers · 6 messages"
    window.customers.search.setText("dan")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Dan Customer")


def test_cancel_leaves_the_database_as_it_was(
    qtbot: QtBot, window: MainWindow, sqlite_engine: Engine, tmp_path: Path
) -> None:
    dialog = window.open_import_dialog([small_export(tmp_path / "export.ndjson")])
    # Hold the single write queue so the import is certainly still waiting when Cancel is hit.
    gate = threading.Event()
    window.runner.run(lambda: gate.wait(10), write=True)
    dialog.start_import()
    dialog.cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: dialog.close_button.isVisible())
    assert dialog.outcome.text() == "Import cancelled. The database is as it was."
    with Session(sqlite_engine) as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 0
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_settings_dialog_saves_the_profile_and_preferences(
    qtbot: QtBot, window: MainWindow, sqlite_engine: Engine, tmp_path: Path
) -> None:
    from desk.documents.company_profile import load_company, load_signatory
    from ui import settings as opt

    dialog = window.open_settings()
    qtbot.waitUntil(dialog.save_button.isEnabled)  # the stored values, read off the GUI thread
    qtbot.keyClicks(dialog.company_name, "Lumen Ledger")
    dialog.company_address.setPlainText("12 Harbour Street\nBristol")
    qtbot.keyClicks(dialog.signatory_name, "Dana Whitfield")
    qtbot.keyClicks(dialog.signatory_title, "Chief Operating Officer")
    dialog.hourly_cost.setValue(42.5)
    with qtbot.waitSignal(dialog.accepted):  # saved through the write queue
        dialog.accept()
    with Session(sqlite_engine) as session:
        assert load_company(session).address == "12 Harbour Street\nBristol"
        assert load_signatory(session).title == "Chief Operating Officer"
    assert Settings(tmp_path / "settings.ini").get(opt.HOURLY_COST) == 42.5


# -- the first start on real data: the headline columns, whole, and a hint beside them ----

M = CustomerTableModel
SIZES = sorted({DEFAULT_SIZE, (1280, 800)})


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    url = demo_copy(demo_template, tmp_path_factory.mktemp("main-window-demo"))
    return url


@pytest.fixture
def demo_engine(demo_url: str) -> Iterator[Engine]:
    engine = open_database(demo_url)
    yield engine
    engine.dispose()


def open_window(
    qtbot: QtBot, engine: Engine, settings: Path, size: tuple[int, int] | None = None
) -> MainWindow:
    win = MainWindow(engine, Settings(settings))
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.splitter and not win.runner.busy)
    return win


def assert_headline_columns_whole(window: MainWindow) -> None:
    """Every shown column's header, and the top customer's numbers, fit in the list unclipped."""
    table = window.customers.table
    header = table.horizontalHeader()
    model = window.customers.model
    assert model.data(model.index(0, M.NAME)) == "Victor Krane"
    assert table.horizontalScrollBar().maximum() == 0, "the list scrolls sideways"
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert {M.NAME, M.MESSAGES, M.RATIO} <= set(shown)
    header_margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in shown:
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        left = header.sectionViewportPosition(column)
        width = header.sectionSize(column)
        assert left >= 0 and left + width <= header.viewport().width(), title
        words = header.fontMetrics().horizontalAdvance(title) + 2 * header_margin
        if column == header.sortIndicatorSection():
            words += header_margin + header.height() // 2  # the arrow beside the words
        assert width >= words, title
    text_margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    for column in (M.MESSAGES, M.RATIO):
        index = model.index(0, column)
        rect = table.visualRect(index)
        assert table.viewport().rect().contains(rect), model.headerData(column)
        text = str(model.data(index))
        assert rect.width() >= table.fontMetrics().horizontalAdvance(text) + 2 * (text_margin + 1)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_first_start_shows_the_headline_numbers_whole(
    qtbot: QtBot, demo_engine: Engine, tmp_path: Path, size: tuple[int, int]
) -> None:
    window = open_window(qtbot, demo_engine, tmp_path / "settings.ini", size)
    assert (window.width(), window.height()) == size
    assert_headline_columns_whole(window)


def test_a_column_layout_saved_before_the_fix_gives_way_to_the_defaults(
    qtbot: QtBot, demo_engine: Engine, tmp_path: Path
) -> None:
    """A manager who ran the fixed-width layout has it saved; restoring it would clip again."""
    window = open_window(qtbot, demo_engine, tmp_path / "settings.ini")
    header = window.customers.table.horizontalHeader()
    header.setStretchLastSection(True)
    for column in range(header.count()):
        header.setSectionHidden(column, False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    for column, width in ((0, 150), (1, 200), (2, 110), (3, 75), (4, 75), (5, 70), (6, 70)):
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
    window.close()
    again = open_window(qtbot, demo_engine, tmp_path / "settings.ini")
    assert_headline_columns_whole(again)


def test_a_column_shown_from_the_header_menu_stays_shown(
    qtbot: QtBot, demo_engine: Engine, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_engine, tmp_path / "settings.ini")
    header = window.customers.table.horizontalHeader()
    assert header.isSectionHidden(M.CASE)
    menu = window.customers.column_menu()
    [case] = [a for a in menu.actions() if a.text() == "Case"]
    assert not case.isChecked()
    case.trigger()
    assert not header.isSectionHidden(M.CASE)
    window.close()
    again = open_window(qtbot, demo_engine, tmp_path / "settings.ini")
    assert not again.customers.table.horizontalHeader().isSectionHidden(M.CASE)


def test_the_right_pane_says_what_to_do_until_a_customer_is_picked(
    qtbot: QtBot, demo_engine: Engine, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_engine, tmp_path / "settings.ini")
    assert window.detail.currentWidget() is window.pick_hint
    assert window.pick_hint.isVisible()
    assert window.pick_hint.text.text().startswith(
        "Pick a customer on the left to see their volume against the average"
    )
    window.customers.table.selectRow(0)
    qtbot.waitUntil(lambda: window.customer_page.title.text() == "Victor Krane")
    assert window.detail.currentWidget() is window.customer_page
    qtbot.waitUntil(lambda: not window.runner.busy)
