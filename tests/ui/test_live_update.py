"""Two managers' windows on one database: when the first imports, the second's start page
gives way to the customer list, and a later import in the first shows in the second's list,
without anything done in the second window (on SQLite and on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from desk.db.engine import open_database
from tests.desk.ingest.test_zendesk_json import USERS, _comment, _ticket, small_export, write_ndjson
from ui.main_window import MainWindow
from ui.settings import Settings

pytestmark = pytest.mark.slow  # two windows and two imports: a few seconds


@pytest.fixture
def second_engine(db_url: str, engine: Engine) -> Iterator[Engine]:
    """The same database through a pool of its own, as a second manager's app has."""
    other = open_database(db_url)
    yield other
    other.dispose()


def _window(qtbot: QtBot, engine: Engine, settings: Path) -> MainWindow:
    window = MainWindow(engine, Settings(settings))
    qtbot.addWidget(window)
    window.show()
    window.watcher.start(interval_ms=100)
    qtbot.waitUntil(lambda: not window.runner.busy)
    return window


def _import(qtbot: QtBot, window: MainWindow, export: Path) -> None:
    dialog = window.open_import_dialog([export])
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    dialog.close()


def test_the_second_window_follows_the_first_ones_imports(
    qtbot: QtBot, engine: Engine, second_engine: Engine, tmp_path: Path
) -> None:
    first = _window(qtbot, engine, tmp_path / "first.ini")
    second = _window(qtbot, second_engine, tmp_path / "second.ini")
    assert second.stack.currentWidget() is second.welcome

    _import(qtbot, first, small_export(tmp_path / "export.ndjson"))
    qtbot.waitUntil(lambda: second.stack.currentWidget() is second.splitter, timeout=10_000)
    qtbot.waitUntil(lambda: second.totals_label.text() == "2 customers · 6 messages")
    assert second.customers.model.rowCount() == 2

    later = write_ndjson(
        tmp_path / "later.ndjson", [*USERS, _ticket(12, 1, [_comment(120, 1, "Again.")])]
    )
    _import(qtbot, first, later)
    qtbot.waitUntil(lambda: second.totals_label.text() == "2 customers · 7 messages")
    for window in (first, second):
        window.watcher.stop()
        qtbot.waitUntil(lambda w=window: not w.runner.busy)  # type: ignore[misc]
