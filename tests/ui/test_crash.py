"""An exception in a slot or a thread reaches the manager (a non-modal box) and the crash log
(owner-only, the full traceback, no password), and uninstalling puts the old hooks back.

pytest-qt would otherwise catch the slot's exception itself and fail the test, so these tests
opt out of its capture: the hook under test is what catches it."""

from __future__ import annotations

import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desk.errors import InputError
from ui.app import Launcher
from ui.crash import LOG_NAME, CrashReporter, install_crash_hook, log_dir, redact, summary_of
from ui.settings import Settings


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[CrashReporter]:
    before = (sys.excepthook, threading.excepthook)
    hook = install_crash_hook(tmp_path / "logs" / LOG_NAME)
    yield hook
    if hook.box is not None:
        hook.box.close()
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def box_button(box: QMessageBox, text: str) -> QPushButton:
    found = [b for b in box.buttons() if b.text() == text]
    assert len(found) == 1, [b.text() for b in box.buttons()]
    button = found[0]
    assert isinstance(button, QPushButton)
    return button


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(
    qtbot: QtBot, reporter: CrashReporter, tmp_path: Path
) -> None:
    button = QPushButton("Merge")
    qtbot.addWidget(button)

    def on_merge_clicked() -> None:
        raise RuntimeError("could not reach postgresql://mia:hunter2@db.example/desk")

    button.clicked.connect(on_merge_clicked)
    with qtbot.waitSignal(reporter.shown) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    log = reporter.log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "in on_merge_clicked" in log
    assert "RuntimeError: could not reach postgresql://mia:***@db.example/desk" in log
    assert "hunter2" not in log
    assert stat.S_IMODE(reporter.log_file.stat().st_mode) == 0o600

    box = reporter.box
    assert box is not None and box.isVisible() and not box.isModal()
    assert shown.args == [box.text()]
    assert box.text().startswith("Something went wrong inside Breakup Desk (RuntimeError:")
    assert "hunter2" not in box.text()
    assert str(tmp_path / "logs" / LOG_NAME) in box.informativeText()
    assert "in on_merge_clicked" in box.detailedText()
    qtbot.mouseClick(box_button(box, "Copy details"), Qt.MouseButton.LeftButton)
    assert "in on_merge_clicked" in QGuiApplication.clipboard().text()
    qtbot.waitUntil(lambda: reporter.box is None)  # the box closed; the next one may show


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_logged_and_shown(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    def work() -> None:
        raise InputError("the export folder vanished")

    worker = threading.Thread(target=work, name="export-writer")
    with qtbot.waitSignal(reporter.shown) as shown:
        worker.start()
        worker.join()
    assert shown.args == ["Breakup Desk could not finish: the export folder vanished."]
    log = reporter.log_file.read_text(encoding="utf-8")
    assert "Uncaught exception in export-writer" in log and "in work" in log


def test_the_default_log_is_in_the_data_folder_and_secrets_are_masked() -> None:
    assert log_dir().name == "logs" and stat.S_IMODE(log_dir().stat().st_mode) == 0o700
    assert redact("sqlite:///x.db and postgresql://u:p%40ss@h/db") == (
        "sqlite:///x.db and postgresql://u:***@h/db"
    )
    assert summary_of(ValueError("")) == (
        "Something went wrong inside Breakup Desk (ValueError); what you were doing may not "
        "have finished."
    )


@pytest.mark.slow
def test_the_window_runs_with_the_hook_installed(qtbot: QtBot, tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    launcher = Launcher(Settings(tmp_path / "settings.ini"), crash_log=tmp_path / LOG_NAME)
    assert launcher.open(f"sqlite:///{tmp_path / 'app.sqlite3'}")
    assert launcher.window is not None
    qtbot.addWidget(launcher.window)
    try:
        assert launcher.crash is not None
        assert sys.excepthook == launcher.crash._on_sys_exception
        assert threading.excepthook == launcher.crash._on_thread_exception
        assert launcher.crash.log_file == tmp_path / LOG_NAME
    finally:
        launcher.window.close()
        launcher.shutdown()
    assert (sys.excepthook, threading.excepthook) == before
