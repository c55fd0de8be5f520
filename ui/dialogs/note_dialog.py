"""A manager's note for the case, filed under a criterion or under none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)


class NoteDialog(QDialog):
    """Asks for a note's text and, optionally, the criterion it explains.

    Open it with ``open()`` and read :attr:`text` and :attr:`criterion` on ``accepted``.
    """

    def __init__(
        self, criteria: Sequence[tuple[str, str]], case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a note to case #{case}").format(case=case_id))
        self.setMinimumWidth(460)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(
            self.tr("What happened, and how you know (a call, a meeting, a post)…")
        )
        self.editor.setTabChangesFocus(True)
        self.criteria = QComboBox(self)
        self.criteria.addItem(self.tr("No criterion (notes and other)"), None)
        for key, title in criteria:
            self.criteria.addItem(title, key)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Note:"), self.editor)
        layout.addRow(self.tr("&Criterion:"), self.criteria)
        layout.addRow(self.buttons)
        self._on_editor_text_changed()

    @property
    def text(self) -> str:
        return self.editor.toPlainText().strip()

    @property
    def criterion(self) -> str | None:
        key = self.criteria.currentData()
        return str(key) if key else None

    @Slot()
    def _on_editor_text_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text))
