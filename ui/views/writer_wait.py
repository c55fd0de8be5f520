"""The status bar's "Waiting for another writer…" with a Cancel button.

A save in the window that finds the database locked (an import running in a terminal, a second
window) waits for it, up to the busy timeout. Without a word the window just looks hung; this
widget appears while :class:`ui.workers.TaskRunner` reports such a wait and lets the manager
stop it (the write then fails with "cancelled", and nothing of it is saved).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.workers import TaskRunner


class WriterWaitBar(QWidget):
    """Hidden until a write waits for another writer; Cancel ends that wait."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.label = QLabel(self.tr("Waiting for another writer…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        runner.writer_waiting.connect(self._on_runner_writer_waiting)
        self.hide()

    @Slot(str)
    def _on_runner_writer_waiting(self, database: str) -> None:
        if database:
            self.label.setToolTip(
                self.tr("Another import or window is writing to {database}").format(
                    database=database
                )
            )
            self.cancel_button.setEnabled(True)
        self.setVisible(bool(database))

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self._runner.cancel_waiting()
