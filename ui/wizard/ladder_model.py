"""The warning ladder as a table: each step, what it means, and the warning given for it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

# The rows are plain values read by ``desk`` on a worker; named here too for the model's users.
from desk.case.wizard_data import GivenWarning as GivenWarning
from desk.case.wizard_data import LadderRow as LadderRow
from ui import formatting, labels

ModelIndex = QModelIndex | QPersistentModelIndex


class LadderModel(QAbstractTableModel):
    """Rows are :class:`LadderRow`; replaced all at once by :meth:`set_rows`."""

    STEP, ACTION, GIVEN, SAID = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("LadderModel", "Step"),
        QT_TRANSLATE_NOOP("LadderModel", "What the step means"),
        QT_TRANSLATE_NOOP("LadderModel", "Warning given"),
        QT_TRANSLATE_NOOP("LadderModel", "What was said"),
    )
    ObjectRole = Qt.ItemDataRole.UserRole + 1
    GIVEN_COLOUR = QColor("#1b7837")
    MISSING_COLOUR = QColor("#8a5a00")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LadderRow] = []

    def set_rows(self, rows: list[LadderRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(str(self.HEADERS[section]))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == self.ObjectRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.GIVEN, self.SAID):
            return QBrush(self.GIVEN_COLOUR if row.given else self.MISSING_COLOUR)
        if role == Qt.ItemDataRole.FontRole and (
            column == self.STEP or (column == self.GIVEN and row.given is None)
        ):
            font = QFont()
            font.setBold(column == self.STEP)
            font.setItalic(column == self.GIVEN)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _text(self, row: LadderRow, column: int) -> str:
        given = row.given
        if column == self.STEP:
            return f"{row.step}. {labels.policy_text(row.title)}"
        if column == self.ACTION:
            return labels.policy_text(row.action)
        if column == self.GIVEN:
            if given is None:
                return self.tr("Not given")
            return self.tr("{when} · {channel}\n{by}").format(
                when=formatting.long_date(given.given_at),
                channel=labels.name(given.channel),
                by=given.given_by,
            )
        return f"“{given.text}”" if given else ""
