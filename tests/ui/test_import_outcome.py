"""The import dialog tells the truth when an import half-succeeds: each file commits on its own,
so a broken second file leaves the first one in (and the list shows it), and a scan for abuse
that fails after the import is said, with a retry that works once the cause is fixed."""

from __future__ import annotations

import gzip
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.abuse.detector import DetectorOptions
from desk.config import resource_path
from desk.db.models import Flag, ImportBatch, Message
from tests.desk.ingest.test_zendesk_json import small_export
from ui.dialogs.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.workers import TaskRunner

SUGGESTED = re.compile(r"\d+ of the new messages? ha(?:s|ve) suggested flags to review")


def good_and_broken(folder: Path) -> tuple[Path, Path]:
    """A gzipped Zendesk export (6 messages, 2 customers) and a "zip" that is not one."""
    plain = small_export(folder / "export.ndjson")
    good = folder / "export.ndjson.gz"
    good.write_bytes(gzip.compress(plain.read_bytes()))
    broken = folder / "broken.zip"
    broken.write_bytes(b"this was never a zip file")
    return good, broken


def count(engine: Engine, model: type[Message] | type[ImportBatch] | type[Flag]) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.slow
def test_a_broken_second_file_leaves_the_first_imported_and_listed(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    window = MainWindow(sqlite_engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert window.stack.currentWidget() is window.welcome
    dialog = window.open_import_dialog(list(good_and_broken(tmp_path)))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("archive"))
    assert dialog.start.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)

    assert [s.path.name for s in imported.args[0]] == ["export.ndjson.gz"]
    text = dialog.outcome.text()
    assert "Nothing was imported" not in text and "as it was" not in text
    assert "export.ndjson.gz (ZIP or gzip archive of exports): 6 new messages" in text
    assert "Not imported (the files above stay imported):" in text
    assert "broken.zip: " in text and "the archive cannot be read" in text
    assert dialog.close_button.isVisible()
    # The message matches the database, and the customer list shows what went in.
    assert count(sqlite_engine, Message) == 6
    assert count(sqlite_engine, ImportBatch) == 1
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.splitter)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 2)
    assert window.totals_label.text() == "2 customers · 6 messages"
    dialog.accept()


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A rules folder whose English pack is broken (as a hand edit can leave it)."""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "en.toml").write_text("[[rule]\nid = 'unclosed table'\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_a_failed_scan_is_said_and_scan_again_adds_the_flags(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path, rules: Path
) -> None:
    runner = TaskRunner()
    export = small_export(tmp_path / "export.ndjson")
    dialog = ImportDialog(
        sqlite_engine, runner, [export], detector_options=DetectorOptions(rules_dir=rules)
    )
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)

    text = dialog.outcome.text()
    assert "export.ndjson (Zendesk JSON" in text and "6 new messages" in text
    assert "Imported, but reading the messages for abuse failed: en.toml: not valid TOML" in text
    assert "press Scan again" in text and "breakup-desk scan" in text
    assert "suggested flags to review" not in text
    assert dialog.scan_again.isVisible() and dialog.scan_again.isEnabled()
    assert count(sqlite_engine, Message) == 6  # the import stays in
    assert count(sqlite_engine, Flag) == 0

    # The manager fixes the rule pack and retries from the dialog.
    shutil.copy(resource_path("rules", "en.toml"), rules / "en.toml")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.scan_again, Qt.MouseButton.LeftButton)
    text = dialog.outcome.text()
    assert SUGGESTED.search(text), text
    assert "failed" not in text
    assert not dialog.scan_again.isVisible()
    dialog.accept()
    runner.wait()
