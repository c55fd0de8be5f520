"""Log a call…: a phone incident as the contact centre reports it, with its recording.

The dialog only gathers the values; the caller writes them through the task runner's writer
(:func:`desk.case.calls.record_call`), which checks the recording is audio by its first bytes
and hashes it at capture. A refusal (not audio, too large) comes back as one line, shown in
the dialog's inline label so the manager can pick another file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

AUDIO_FILTER = QT_TRANSLATE_NOOP(
    "LogCallDialog", "Call recordings (*.mp3 *.wav *.ogg *.oga *.opus *.m4a);;All files (*)"
)


class LogCallDialog(QDialog):
    """Asks for a call's time, agent, words, warnings, whether the manager was told, and the
    recording. Open it with ``open()`` and read :meth:`values` on ``accepted``."""

    def __init__(self, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a call on case #{case}").format(case=case_id))
        self.setMinimumWidth(480)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.agent = QLineEdit(self)
        self.agent.setPlaceholderText(self.tr("Who took the call"))
        self.said = QPlainTextEdit(self)
        self.said.setPlaceholderText(self.tr("What the customer said, as close to word for word"))
        self.said.setTabChangesFocus(True)
        self.warned = QSpinBox(self)
        self.warned.setRange(0, 20)
        self.manager_told = QCheckBox(self.tr("The line manager was told"), self)
        self.recording_label = QLabel(self.tr("No recording"), self)
        self.recording_button = QPushButton(self.tr("Choose &recording…"), self)
        self.recording_button.clicked.connect(self._on_recording_button_clicked)
        self.recording: Path | None = None
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.agent.textChanged.connect(self._update_ok)
        self.said.textChanged.connect(self._update_ok)
        recording_row = QHBoxLayout()
        recording_row.addWidget(self.recording_label, 1)
        recording_row.addWidget(self.recording_button)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&When:"), self.when)
        layout.addRow(self.tr("&Agent:"), self.agent)
        layout.addRow(self.tr("&Said:"), self.said)
        layout.addRow(self.tr("&Warnings given before the call was ended:"), self.warned)
        layout.addRow("", self.manager_told)
        layout.addRow(self.tr("Recording:"), recording_row)
        layout.addRow(self.error_label)
        layout.addRow(self.buttons)
        self._update_ok()

    def set_recording(self, path: Path | None) -> None:
        self.recording = path
        self.recording_label.setText(path.name if path else self.tr("No recording"))
        self.show_error("")

    def show_error(self, text: str) -> None:
        """A refusal from the core (one line), shown in the dialog."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def values(self) -> dict[str, Any]:
        """The keyword arguments of :func:`desk.case.calls.log_call` (naive UTC time)."""
        local = self.when.dateTime().toPython()
        assert isinstance(local, dt.datetime)
        at = local.astimezone(dt.UTC).replace(tzinfo=None)
        return {
            "at": at,
            "agent": self.agent.text().strip(),
            "said": self.said.toPlainText().strip(),
            "warnings_given": self.warned.value(),
            "manager_told": self.manager_told.isChecked(),
            "recording": self.recording,
        }

    @Slot()
    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.agent.text().strip() and self.said.toPlainText().strip()))

    @Slot()
    def _on_recording_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the call's recording"), "", self.tr(str(AUDIO_FILTER))
        )
        if name:
            self.set_recording(Path(name))
