"""The window's side of calls and reviews: the welcome page lists a review once it is due, and
"Log a call…" writes a call with its recording through the task runner (a text file renamed
.mp3 is refused in the dialog)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case import cases
from desk.case.checklist import update_checklist
from desk.db.engine import open_database
from tests.desk.case.conftest import build_customer
from tests.desk.case.test_calls import wav_bytes
from tests.desk.case.test_checklist import letter_issued
from ui.views.case_calls import CallsPanel
from ui.views.welcome import WelcomePage
from ui.workers import TaskRunner

ACTOR = "Mia Manager"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = open_database(f"sqlite:///{tmp_path / 'calls.sqlite3'}")
    yield eng
    eng.dispose()


def test_the_welcome_page_lists_a_review_once_it_is_due(qtbot: QtBot, engine: Engine) -> None:
    with Session(engine) as session:
        case_id = letter_issued(session, build_customer(session))
        update_checklist(
            session, case_id, ACTOR, review_on=dt.date(2026, 5, 1), today=dt.date(2026, 4, 20)
        )
    runner = TaskRunner()
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    page.load_reminders(runner, engine, dt.date(2026, 4, 30))
    qtbot.waitUntil(lambda: not runner.busy)
    assert page.reminders.isHidden()  # not due yet
    page.load_reminders(runner, engine, dt.date(2026, 5, 2))
    qtbot.waitUntil(lambda: page.reminders.isVisible())
    text = page.reminders.text()
    assert (
        f"Victor Krane, case #{case_id}: hold the review or appeal the letter promised, "
        "due 2026-05-01 (1 day ago)."
    ) in text
    assert runner.wait()


def test_log_a_call_with_its_recording_through_the_runner(
    qtbot: QtBot, engine: Engine, tmp_path: Path
) -> None:
    with Session(engine) as session:
        case_id = cases.open_case(session, build_customer(session).customer_id, ACTOR).id
    runner = TaskRunner()
    panel = CallsPanel(engine, runner, ACTOR)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.calls_loaded):
        panel.show_case(case_id)
    assert panel.list.count() == 0 and not panel.play_button.isEnabled()

    fake = tmp_path / "x.mp3"
    fake.write_text("Call notes, not a recording.\n")
    dialog = panel.open_log_dialog()
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no agent, no words yet
    qtbot.keyClicks(dialog.agent, "Sam Agent")
    qtbot.keyClicks(dialog.said, "Called Sam an idiot.")
    dialog.warned.setValue(2)
    dialog.manager_told.setChecked(True)
    dialog.set_recording(fake)
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())  # refused: the dialog comes back
    assert dialog.error_label.text() == "x.mp3 is not audio: it starts like text"
    assert dialog.isVisible()

    recording = tmp_path / "call.wav"
    recording.write_bytes(wav_bytes(2.0))
    dialog.set_recording(recording)
    with qtbot.waitSignal(panel.calls_loaded) as loaded:
        ok.click()
    assert loaded.args == [1]
    digest = hashlib.sha256(recording.read_bytes()).hexdigest()
    shown = panel.list.item(0).text()
    assert "Sam Agent · 2 warnings · Called Sam an idiot." in shown
    assert f"Recording call.wav (0:02), SHA-256 {digest}" in shown
    panel.list.setCurrentRow(0)
    assert panel.play_button.isEnabled()
    assert runner.wait()
