"""The case's phone calls: log one, play its recording, and preserve-then-block the customer.

Reads (the calls, the connections) run on the task runner's readers, writes (a call, a block)
on its writer; the core functions open their own sessions. A recording is played by the
desktop's audio player from a temporary copy: Qt Multimedia is not part of
PySide6-Essentials, which is what the app ships with.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.case.calls import CallView, list_calls, record_call, recording_of
from desk.commands.case_block import BlockOutcome, preserve_and_block
from desk.connect.store import list_connections
from desk.db.handle import Engine
from ui.dialogs.log_call import LogCallDialog
from ui.formatting import iso_date_time
from ui.workers import TaskRunner


class CallsPanel(QWidget):
    """Signals:
    calls_loaded(int): the shown case's calls were (re)read; the count.
    recording_ready(str): a recording was copied to this file for playing.
    blocked(str): the helpdesk answered a block; what it did, in words.
    """

    calls_loaded = Signal(int)
    recording_ready = Signal(str)
    blocked = Signal(str)

    def __init__(
        self, engine: Engine, runner: TaskRunner, actor: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._actor = actor
        self._case_id: int | None = None
        self._calls: list[CallView] = []
        self._folder: Path | None = None  # where recordings are copied to be played
        self.dialog: LogCallDialog | None = None
        self.list = QListWidget(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.log_button = QPushButton(self.tr("Log a &call…"), self)
        self.play_button = QPushButton(self.tr("&Play recording"), self)
        self.block_button = QPushButton(self.tr("&Block at the helpdesk…"), self)
        self.log_button.clicked.connect(self.open_log_dialog)
        self.play_button.clicked.connect(self.play_selected)
        self.block_button.clicked.connect(self.ask_block)
        self.list.currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.log_button, self.play_button, self.block_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self._update_buttons()

    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.reload()

    def reload(self) -> None:
        case_id, engine = self._case_id, self._engine
        if case_id is None:
            self._show([])
            return
        self._runner.run(lambda: list_calls(engine, case_id), self._on_calls_read)

    def _on_calls_read(self, calls: object) -> None:
        assert isinstance(calls, list)
        self._show(calls)

    def _show(self, calls: list[CallView]) -> None:
        self._calls = calls
        self.list.clear()
        for call in calls:
            warned = self.tr("%Ln warning(s)", "", call.warnings_given)
            text = f"{iso_date_time(call.at)} · {call.agent} · {warned} · {call.said}"
            if call.recording_name:
                text += "\n    " + self.tr("Recording {name} ({length}), SHA-256 {sha}").format(
                    name=call.recording_name,
                    length=(
                        call.duration_text()
                        if call.duration_seconds is not None
                        else self.tr("duration unknown")
                    ),
                    sha=call.recording_sha256,
                )
            QListWidgetItem(text, self.list)
        self._update_buttons()
        self.calls_loaded.emit(len(calls))

    @Slot()
    def _update_buttons(self) -> None:
        has_case = self._case_id is not None
        self.log_button.setEnabled(has_case)
        self.block_button.setEnabled(has_case)
        row = self.list.currentRow()
        playable = 0 <= row < len(self._calls) and self._calls[row].recording_id is not None
        self.play_button.setEnabled(playable)

    # -- logging -------------------------------------------------------------------------------

    @Slot()
    def open_log_dialog(self) -> LogCallDialog | None:
        if self._case_id is None:
            return None
        self.dialog = LogCallDialog(self._case_id, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()
        return self.dialog

    @Slot()
    def _on_dialog_accepted(self) -> None:
        dialog, case_id, engine, actor = self.dialog, self._case_id, self._engine, self._actor
        if dialog is None or case_id is None:
            return
        values = dialog.values()

        def failed(exc: BaseException) -> None:
            dialog.show_error(str(exc))
            dialog.open()  # the manager fixes the file or the words and tries again

        self._runner.run(
            lambda: record_call(engine, case_id, actor, **values),
            lambda _call: self.reload(),
            failed,
            write=True,
        )

    # -- playing -------------------------------------------------------------------------------

    @Slot()
    def play_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._calls):
            return
        call_id, engine = self._calls[row].id, self._engine
        self._runner.run(lambda: recording_of(engine, call_id), self._on_recording_read)

    def _on_recording_read(self, found: object) -> None:
        assert isinstance(found, tuple)
        name, _mime, data = found
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="breakup-desk-calls-"))
            self.destroyed.connect(functools.partial(shutil.rmtree, self._folder, True))
        path = self._folder / Path(str(name)).name
        path.write_bytes(data)
        self.recording_ready.emit(str(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- blocking ------------------------------------------------------------------------------

    @Slot()
    def ask_block(self) -> None:
        engine = self._engine
        self._runner.run(lambda: [c.name for c in list_connections(engine)], self._on_names)

    def _on_names(self, names: object) -> None:
        assert isinstance(names, list)
        if not names:
            self.status.setText(self.tr("Add a helpdesk connection first (breakup-desk connect)."))
            return
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Block the customer"),
            self.tr(
                "The case's copies are checked and the customer's whole history is kept on the "
                "case before the helpdesk is asked to block them. Connection:"
            ),
            [str(n) for n in names],
            0,
            False,
        )
        if ok and name:
            self.block_through(name)

    def block_through(self, connection: str) -> None:
        case_id, engine, actor = self._case_id, self._engine, self._actor
        if case_id is None:
            return
        self.status.setText(self.tr("Keeping the history, then blocking…"))
        self._runner.run(
            lambda: preserve_and_block(engine, case_id, connection, actor),
            self._on_blocked,
            lambda exc: self.status.setText(str(exc)),
            write=True,
        )

    def _on_blocked(self, outcome: object) -> None:
        assert isinstance(outcome, BlockOutcome)
        text = self.tr("History kept ({name}, SHA-256 {sha}). {detail}.").format(
            name=outcome.history_name, sha=outcome.history_sha256, detail=outcome.detail
        )
        self.status.setText(text)
        self.blocked.emit(text)
