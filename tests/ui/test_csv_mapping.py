"""The column-mapping step for any CSV: mapping an awkward file by hand with a live preview,
saving it as a profile that the next export of the same kind starts on, a complete guess, and
the import dialog reading a mapped file into the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.config import HOME_ENV
from desk.db.models import Conversation, Customer, Message
from desk.ingest.formats.csv_mapping import ProfileStore
from tests.ui.samples import GERMAN, GERMAN_COLUMNS, GERMAN_MAPPING
from ui.dialogs.csv_mapping import CsvMappingDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.models.csv_preview import CsvPreviewModel
from ui.workers import TaskRunner

GERMAN_READY = (
    "Ready: 4 of 5 preview rows read. 1 with a problem will be set aside at import (see Problem)."
)


@pytest.fixture(autouse=True)
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Profiles (and anything else under the data directory) go to a temporary folder."""
    folder = tmp_path / "home"
    monkeypatch.setenv(HOME_ENV, str(folder))
    return folder


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait(), "a test left an import running"


def german_file(path: Path) -> Path:
    path.write_text(GERMAN, encoding="utf-8")
    return path


def open_dialog(qtbot: QtBot, path: Path) -> CsvMappingDialog:
    dialog = CsvMappingDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_in_german(qtbot: QtBot, dialog: CsvMappingDialog) -> None:
    """Map the German file as a manager would: the combos, then the two text fields."""
    for field, header in GERMAN_COLUMNS.items():
        box = dialog.columns[field]
        box.setCurrentIndex(box.findData(header))
    dialog.customer_values.clear()
    qtbot.keyClicks(dialog.customer_values, "rein")
    qtbot.keyClicks(dialog.time_format, "%d.%m.%Y %H:%M")
    qtbot.waitUntil(lambda: dialog.status.text() == GERMAN_READY)


def column(model: CsvPreviewModel, col: int) -> list[str]:
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def visible_mapping_dialog(parent: ImportDialog) -> CsvMappingDialog:
    shown = [d for d in parent.findChildren(CsvMappingDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_an_awkward_german_csv_is_mapped_by_hand_with_a_live_preview(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, german_file(tmp_path / "kunden.csv"))
    assert dialog.windowTitle() == "Map the columns of kunden.csv"
    assert not dialog.mapping().complete
    assert dialog.status.text().startswith("Still needed: the time; the body;")
    assert not dialog.ok_button.isEnabled()
    assert dialog.profile_box.currentText() == "Guess from the header"
    # Every column combo has a label that takes the keyboard to it.
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if "&" in label.text()}
    assert set(dialog.columns.values()) <= buddies

    fill_in_german(qtbot, dialog)

    assert dialog.ok_button.isEnabled()
    assert dialog.mapping() == GERMAN_MAPPING
    model = dialog.model
    qtmodeltester.check(model)
    assert column(model, model.LINE) == ["2", "3", "4", "5", "6"]
    assert column(model, model.SIDE) == ["customer", "agent", "customer", "agent", ""]
    assert column(model, model.TIME) == [
        "2026-02-03 14:05",
        "2026-02-03 15:10",
        "2026-02-04 09:00",
        "2026-02-04 09:45",
        "2026-02-05",  # as written: it does not match the format
    ]
    assert column(model, model.AUTHOR)[:2] == ["anna@example.de", "Jonas"]
    assert column(model, model.BODY)[0] == "Meine Rechnung ist falsch."
    assert column(model, model.PROBLEM) == [""] * 4 + [
        "'2026-02-05' does not match the format '%d.%m.%Y %H:%M'"
    ]

    # Taking a required column away again says what is missing and disables OK.
    dialog.columns["time"].setCurrentIndex(0)
    assert dialog.status.text() == "Still needed: the time."
    assert not dialog.ok_button.isEnabled()


def test_a_saved_profile_is_where_the_next_file_with_those_columns_starts(
    qtbot: QtBot, tmp_path: Path, home: Path
) -> None:
    dialog = open_dialog(qtbot, german_file(tmp_path / "januar.csv"))
    fill_in_german(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ask = dialog.findChild(QInputDialog)
    assert ask is not None and ask.isVisible()
    ask.setTextValue("Kundenexport")
    ask.accept()
    assert dialog.status.text() == "Saved as the profile “Kundenexport”."
    assert dialog.profile_box.currentText() == "Kundenexport"
    saved = ProfileStore(home / "csv-profiles").load("Kundenexport")
    assert saved.columns() == GERMAN_MAPPING.columns()
    assert saved.customer_values == ("rein",)

    february = tmp_path / "februar.csv"
    february.write_text(
        "Kunde;Zeit;Nachricht;Richtung;Bearbeiter\n"
        "carla@example.de;01.03.2026 08:15;Kündigung;rein;\n",
        encoding="utf-8",
    )
    second = open_dialog(qtbot, february)
    assert second.profile_box.currentText() == "Kundenexport"
    assert second.mapping() == saved
    assert second.ok_button.isEnabled()
    assert second.status.text() == "Ready: 1 of 1 preview rows read."
    # Going back to the guess empties the form again.
    qtbot.keyClick(second.profile_box, Qt.Key.Key_Home)
    assert second.profile_box.currentText() == "Guess from the header"
    assert not second.ok_button.isEnabled()

    # A file that lacks one of the profile's columns does not start on it; chosen by hand,
    # the profile says which column is missing.
    march = tmp_path / "maerz.csv"
    march.write_text(
        "Kunde;Zeit;Nachricht;Richtung\nd@example.de;02.03.2026 10:00;Hallo;rein\n",
        encoding="utf-8",
    )
    third = open_dialog(qtbot, march)
    assert third.profile_box.currentText() == "Guess from the header"
    qtbot.keyClick(third.profile_box, Qt.Key.Key_End)
    assert third.profile_box.currentText() == "Kundenexport"
    assert third.columns["author"].currentData() is None
    assert third.status.text() == (
        "Ready: 1 of 1 preview rows read. (This file has no column Bearbeiter.)"
    )


def test_a_complete_guess_needs_no_edits(
    qtbot: QtBot, sqlite_engine: Engine, runner: TaskRunner, tmp_path: Path
) -> None:
    path = tmp_path / "helpdesk.csv"
    path.write_text(
        "Conversation ID,From,Direction,Created at,Body\n"
        "c-1,kim@example.com,inbound,2026-01-05 10:00,My card was charged twice\n"
        "c-1,Lea,outbound,2026-01-05 10:20,Refunded\n"
        "c-2,kim@example.com,inbound,2026-01-09 16:45,Again?\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, path)
    assert dialog.ok_button.isEnabled()
    assert dialog.status.text() == "Ready: 3 of 3 preview rows read."
    assert dialog.mapping().columns() == {
        "conversation": "Conversation ID",
        "author": "From",
        "is_customer": "Direction",
        "time": "Created at",
        "body": "Body",
    }
    assert column(dialog.model, CsvPreviewModel.SIDE) == ["customer", "agent", "customer"]

    # The import dialog detects it as any CSV, with the columns from its header.
    importer = ImportDialog(sqlite_engine, runner, [path])
    qtbot.addWidget(importer)
    guessed = "helpdesk.csv: any CSV, columns from its header or a profile (Columns… to check)"
    assert importer.detected.text() == guessed
    assert importer.columns_button.isEnabled() and importer.start.isEnabled()
    importer.format_box.setCurrentIndex(importer.format_box.findData("csv"))
    assert importer.detected.text() == guessed


def count(engine: Engine, table: type[Customer | Conversation | Message]) -> int | None:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(table))


@pytest.mark.slow
def test_the_import_dialog_maps_the_columns_then_imports(
    qtbot: QtBot, sqlite_engine: Engine, runner: TaskRunner, tmp_path: Path
) -> None:
    path = german_file(tmp_path / "kunden.csv")
    dialog = ImportDialog(sqlite_engine, runner, [path])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.detected.text() == "kunden.csv: a CSV whose columns need mapping: choose Columns…"
    assert dialog.columns_button.isEnabled()
    assert dialog.start.isEnabled()

    qtbot.mouseClick(dialog.columns_button, Qt.MouseButton.LeftButton)
    mapping = visible_mapping_dialog(dialog)
    fill_in_german(qtbot, mapping)
    qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.mapping_for(path) == GERMAN_MAPPING
    assert dialog.detected.text() == "kunden.csv: any CSV, with the columns as you mapped them"

    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    (summary,) = dialog.summaries
    assert (summary.format_name, summary.rejected) == ("csv", 1)
    assert "4 new messages, 2 new conversations, 2 new customers" in dialog.outcome.text()
    assert count(sqlite_engine, Customer) == 2
    assert count(sqlite_engine, Conversation) == 2
    assert count(sqlite_engine, Message) == 4


@pytest.mark.slow
def test_import_opens_the_mapping_step_for_a_file_that_needs_one(
    qtbot: QtBot, sqlite_engine: Engine, runner: TaskRunner, tmp_path: Path
) -> None:
    dialog = ImportDialog(sqlite_engine, runner, [german_file(tmp_path / "kunden.csv")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    mapping = visible_mapping_dialog(dialog)
    mapping.reject()  # nothing is imported without the columns
    assert not runner.busy
    assert dialog.outcome.text() == ""
    assert count(sqlite_engine, Message) == 0

    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    mapping = visible_mapping_dialog(dialog)
    fill_in_german(qtbot, mapping)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton)
    assert count(sqlite_engine, Message) == 4
