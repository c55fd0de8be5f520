"""The GUI-thread database guard catches UI code that opens a session on the GUI thread, and
leaves alone test code, start-up and work run through the task runner."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from tests.ui import db_guard
from ui.workers import TaskRunner

# What a view would do if it read the database in a slot: compiled as the code of a ui module.
GUI_THREAD_READ = compile(
    "with Session(engine) as session:\n    session.execute(text('select 1'))\n",
    "ui/views/leaky_view.py",
    "exec",
)


def _run_as_ui_module(engine: Engine) -> None:
    namespace = {"__name__": "ui.views.leaky_view", "Session": Session, "text": text}
    exec(GUI_THREAD_READ, {**namespace, "engine": engine})


def test_a_session_opened_by_ui_code_on_the_gui_thread_is_caught(sqlite_engine: Engine) -> None:
    _run_as_ui_module(sqlite_engine)
    caught = db_guard.take()  # taken here, so this test's own fixture does not fail it
    assert len(caught) == 1
    assert caught[0].startswith("ui.views.leaky_view:2")


def test_the_same_read_through_the_runner_is_not(qtbot: QtBot, sqlite_engine: Engine) -> None:
    runner = TaskRunner()
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(lambda: _run_as_ui_module(sqlite_engine))
    assert db_guard.take() == []


def test_test_code_on_the_gui_thread_is_not(sqlite_engine: Engine) -> None:
    with Session(sqlite_engine) as session:
        session.execute(text("select 1"))
    assert db_guard.take() == []
