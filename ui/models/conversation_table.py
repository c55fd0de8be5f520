"""One customer's conversations (a few hundred at most: loaded whole)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desk.conversations import ConversationRow

AnyIndex = QModelIndex | QPersistentModelIndex


class ConversationTableModel(QAbstractTableModel):
    """Conversations as rows: date, subject, messages, agents, flags."""

    DATE, SUBJECT, MESSAGES, AGENTS, FLAGS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConversationTableModel", "Opened"),
        QT_TRANSLATE_NOOP("ConversationTableModel", "Subject"),
        QT_TRANSLATE_NOOP("ConversationTableModel", "Messages"),
        QT_TRANSLATE_NOOP("ConversationTableModel", "Agents"),
        QT_TRANSLATE_NOOP("ConversationTableModel", "Flags"),
    )
    ObjectRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationRow] = []

    def set_rows(self, rows: list[ConversationRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def conversation(self, row: int) -> ConversationRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.HEADERS[section]))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ObjectRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return f"{row.created_at:%Y-%m-%d}"
            if column == self.SUBJECT:
                return row.subject
            if column == self.MESSAGES:
                return str(row.messages)
            if column == self.AGENTS:
                return str(row.agents)
            if column == self.FLAGS:
                total = row.suggested_flags + row.confirmed_flags
                return f"{row.confirmed_flags}/{total}" if total else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FLAGS:
            return self.tr("{confirmed} confirmed, {suggested} suggested").format(
                confirmed=row.confirmed_flags, suggested=row.suggested_flags
            )
        return None
