"""The part every flat table model here shares: fixed column headers and a row count."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


def header_text(
    model: QAbstractItemModel,
    headers: tuple[object, ...],
    section: int,
    orientation: Qt.Orientation,
    role: int,
) -> str | None:
    """A model's ``headerData``: the column's header, translated in the model's context."""
    if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
        return model.tr(str(headers[section]))
    return None


class HeaderedTableModel(QAbstractTableModel):
    """A flat table whose columns are ``HEADERS`` (translated through the subclass's context)
    and whose rows number :meth:`row_total`."""

    HEADERS: ClassVar[tuple[object, ...]] = ()  # QT_TRANSLATE_NOOP markers

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self, self.HEADERS, section, orientation, role)


class RowsTableModel(HeaderedTableModel, Generic[R]):
    """A table over a list of rows loaded whole (a few hundred at most), replaced at once."""

    ObjectRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def row_at(self, index: AnyIndex) -> R | None:
        """The row ``index`` points at, or None for an index outside the rows."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]
