"""Start-up: the launcher opens the window, and files from the file manager go to import."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desk.demo.generator import write_demo_export
from ui.app import Launcher
from ui.settings import Settings


def test_files_from_the_file_manager_open_the_import_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    export = write_demo_export(tmp_path / "export.ndjson", customers=20).path
    launcher = Launcher(Settings(tmp_path / "settings.ini"), crash_log=tmp_path / "crash.log")
    assert launcher.open(f"sqlite:///{tmp_path / 'app.sqlite3'}")
    assert launcher.window is not None
    qtbot.addWidget(launcher.window)
    assert launcher.open_files([]) is None
    assert launcher.open_files([str(tmp_path / "missing.json")]) is None
    dialog = launcher.open_files([str(export)])
    assert dialog is not None and dialog.isVisible()
    assert dialog.files.count() == 1 and "export.ndjson" in dialog.files.item(0).text()
    dialog.reject()
    launcher.window.close()
    launcher.shutdown()
