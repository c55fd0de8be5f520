"""The main window offscreen: welcome on an empty database, the list once data is in,
the import dialog with its progress and a Cancel that leaves the database as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.models import ImportBatch, Message
from tests.desk.ingest.test_zendesk_json import small_export
from ui.main_window import MainWindow
from ui.settings import Settings


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
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert "6 new messages" in dialog.outcome.text()
    # The new messages were read for abuse as part of the import.
    assert "of the new messages have suggested flags to review" in dialog.outcome.text()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.splitter)
    model = window.customers.model
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "Cora Customer"
    assert window.totals_label.text() == "2 customers · 6 messages"
    window.customers.search.setText("dan")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, 0)) == "Dan Customer"


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
    from desk.profile import load_company, load_signatory
    from ui import settings as opt

    dialog = window.open_settings()
    qtbot.keyClicks(dialog.company_name, "Lumen Ledger")
    dialog.company_address.setPlainText("12 Harbour Street\nBristol")
    qtbot.keyClicks(dialog.signatory_name, "Dana Whitfield")
    qtbot.keyClicks(dialog.signatory_title, "Chief Operating Officer")
    dialog.hourly_cost.setValue(42.5)
    dialog.accept()
    with Session(sqlite_engine) as session:
        assert load_company(session).address == "12 Harbour Street\nBristol"
        assert load_signatory(session).title == "Chief Operating Officer"
    assert Settings(tmp_path / "settings.ini").get(opt.HOURLY_COST) == 42.5
