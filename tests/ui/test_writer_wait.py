"""A save in the window that waits for another writer says so and can be cancelled: a real
second SQLite connection holds the write lock (ui/workers.py, ui/views/writer_wait.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from desk.db.engine import BUSY_TIMEOUT_ENV, open_database, session_factory
from desk.documents.company_profile import CompanyProfile, load_company, save_company
from desk.errors import Cancelled
from ui.views.writer_wait import WriterWaitBar
from ui.workers import TaskRunner

pytestmark = pytest.mark.slow  # waits a second for the notice, on purpose


@pytest.fixture
def engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "30")  # the test ends the wait, never the timeout
    eng = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    yield eng
    eng.dispose()


@pytest.fixture
def holder(engine: Engine) -> Iterator[sqlite3.Connection]:
    """An import in a terminal, mid-write: it holds the write lock until the test lets go."""
    assert engine.url.database is not None
    connection = sqlite3.connect(engine.url.database, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    yield connection
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    connection.close()


def _save(engine: Engine) -> str:
    """A write as the window's settings make it: a desk function with its own session."""
    with session_factory(engine)() as session:
        save_company(session, CompanyProfile(name="Lumen Ledger"))
        session.commit()
    with session_factory(engine)() as session:
        return load_company(session).name


def _bar(qtbot: QtBot) -> tuple[TaskRunner, WriterWaitBar, QWidget]:
    runner = TaskRunner()
    status = QWidget()  # the status bar it sits in, shown
    qtbot.addWidget(status)
    bar = WriterWaitBar(runner, status)
    status.show()
    return runner, bar, status


def test_a_waiting_write_shows_the_bar_and_cancel_ends_it(
    qtbot: QtBot, engine: Engine, holder: sqlite3.Connection
) -> None:
    runner, bar, _status = _bar(qtbot)
    assert bar.isHidden()
    failures: list[BaseException] = []
    with qtbot.waitSignal(runner.writer_waiting, timeout=10_000) as told:
        runner.run(lambda: _save(engine), pytest.fail, failures.append, write=True)
    assert told.args == [engine.url.database]
    assert bar.isVisible() and bar.label.text() == "Waiting for another writer…"
    assert str(engine.url.database) in bar.label.toolTip()

    qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert isinstance(failures[0], Cancelled)
    qtbot.waitUntil(bar.isHidden, timeout=5_000)
    holder.execute("COMMIT")
    runner.wait()
    with session_factory(engine)() as session:
        assert load_company(session).name == ""  # nothing of the cancelled write was saved


def test_the_write_goes_on_when_the_other_writer_finishes(
    qtbot: QtBot, engine: Engine, holder: sqlite3.Connection
) -> None:
    runner, bar, _status = _bar(qtbot)
    done: list[object] = []
    with qtbot.waitSignal(runner.writer_waiting, timeout=10_000):
        runner.run(lambda: _save(engine), done.append, pytest.fail, write=True)
    assert bar.isVisible()
    holder.execute("COMMIT")
    qtbot.waitUntil(lambda: done == ["Lumen Ledger"], timeout=10_000)
    qtbot.waitUntil(bar.isHidden, timeout=5_000)
