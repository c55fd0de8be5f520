"""The mapping step's preview: the first rows of a CSV as the mapping reads them."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtGui import QColor

from desk.ingest.formats.generic_csv import PreviewRow
from ui.formatting import iso_date_time
from ui.models.headered import AnyIndex, RowsTableModel


class CsvPreviewModel(RowsTableModel[PreviewRow]):
    """The preview's rows as the mapping reads them: line, time, side, author, body, problem."""

    LINE, TIME, SIDE, AUTHOR, BODY, PROBLEM = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Line"),
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Time"),
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Side"),
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Author"),
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Body"),
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Problem"),
    )
    SIDES: ClassVar[dict[str, object]] = {
        "customer": QT_TRANSLATE_NOOP("CsvPreviewModel", "customer"),
        "agent": QT_TRANSLATE_NOOP("CsvPreviewModel", "agent"),
        "system": QT_TRANSLATE_NOOP("CsvPreviewModel", "system"),
    }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == self.ObjectRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, index.column())
            if role == Qt.ItemDataRole.DisplayRole:
                return " ".join(text.split())  # one line per row: the body's breaks become spaces
            return text[:1000] if index.column() in (self.BODY, self.PROBLEM) and text else None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row.problem
            and index.column() == self.PROBLEM
        ):
            return QColor(Qt.GlobalColor.darkRed)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PreviewRow, column: int) -> str:
        cells = row.cells
        if column == self.LINE:
            return str(row.line)
        if column == self.TIME:
            return iso_date_time(row.time) if row.time else cells.get("time", "")
        if column == self.SIDE:
            return self.tr(str(self.SIDES[row.side])) if row.side else ""
        if column == self.AUTHOR:
            return _author(row)
        if column == self.BODY:
            return cells.get("body", "")
        return row.problem or ""


def _author(row: PreviewRow) -> str:
    """Who wrote the row, as the import will name them (the customer for their own rows)."""
    email = row.cells.get("author_email", "").lower()
    author = row.cells.get("author", "") or email
    customer = row.cells.get("customer", "")
    if row.side == "customer" and customer and (not author or customer.lower() == email):
        return customer
    return author
