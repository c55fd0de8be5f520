"""The main window opens offscreen on an empty and on a filled database."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from desk.ingest.loader import import_file
from tests.desk.ingest.test_zendesk_json import small_export
from ui.main_window import MainWindow


def test_empty_database_shows_the_welcome(qtbot: QtBot, sqlite_engine: Engine) -> None:
    window = MainWindow(sqlite_engine)
    qtbot.addWidget(window)
    window.show()
    assert "database is empty" in window.welcome.text()
    assert "sqlite" in window.statusBar().currentMessage()


def test_filled_database_shows_totals(qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path) -> None:
    import_file(sqlite_engine, small_export(tmp_path / "e.ndjson"))
    window = MainWindow(sqlite_engine)
    qtbot.addWidget(window)
    assert window.welcome.text() == "2 customers, 6 messages"
