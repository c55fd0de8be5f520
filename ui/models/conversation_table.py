"""One customer's conversations (a few hundred at most: loaded whole)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)

from desk.customers.history import ConversationRow
from ui.formatting import iso_date
from ui.models.headered import AnyIndex, RowsTableModel


class ConversationTableModel(RowsTableModel[ConversationRow]):
    """Conversations as rows: date, subject, messages, agents, flags."""

    DATE, SUBJECT, MESSAGES, AGENTS, FLAGS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConversationTableModel", "Opened"),
        QT_TRANSLATE_NOOP("ConversationTableModel", "Subject"),
        QT_TRANSLATE_NOOP("ConversationTableModel", "Messages"),
        QT_TRANSLATE_NOOP("ConversationTableModel", "Agents"),
        QT_TRANSLATE_NOOP("ConversationTableModel", "Flags"),
    )

    def conversation(self, row: int) -> ConversationRow:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == self.ObjectRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return iso_date(row.created_at)
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
