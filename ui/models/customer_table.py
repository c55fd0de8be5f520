"""The customer list: ids from one SQL query, row contents fetched a page at a time.

Pages are read on the :class:`~ui.workers.TaskRunner`'s reader pool: ``data()`` for a row not
yet read asks for its page once and shows the row as it was before the last write (or a
placeholder) until the page arrives and ``dataChanged`` repaints it, so scrolling 100k rows
never waits on the database on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desk.customers.roster import CustomerRow, SortKey
from ui.formatting import iso_date, number
from ui.models.headered import AnyIndex, HeaderedTableModel
from ui.workers import TaskRunner

# Reads one page of rows by id (a ``desk`` function bound to the engine); runs on a reader.
PageLoader = Callable[[list[int]], dict[int, CustomerRow]]
PLACEHOLDER = "…"


class CustomerTableModel(HeaderedTableModel):
    """Customers as rows; sorting asks the owner to re-query SQL (never sorts 100k in Qt).

    Signals:
        sort_requested(str, bool): the sort key (a :class:`SortKey` value) and descending.
    """

    sort_requested = Signal(str, bool)

    NAME, EMAIL, ORGANISATION, MESSAGES, RATIO, CONFIRMED, SUGGESTED, LAST_CONTACT, CASE = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("CustomerTableModel", "Customer"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Email"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Messages"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "vs average"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Confirmed flags"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Suggested flags"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Last contact"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Case"),
    )
    SORT_KEYS: ClassVar[dict[int, SortKey]] = {
        NAME: SortKey.NAME,
        MESSAGES: SortKey.VOLUME,
        RATIO: SortKey.VOLUME,
        CONFIRMED: SortKey.CONFIRMED_FLAGS,
        LAST_CONTACT: SortKey.LAST_CONTACT,
    }
    ObjectRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    PAGE = 200

    def __init__(self, load_page: PageLoader, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._load_page = load_page
        self._runner = runner
        self._ids: list[int] = []
        self._total = 0  # the list's exact length: len(self._ids) once every id is known
        self._mean = 0.0
        self._cache: dict[int, CustomerRow] = {}
        # Rows as they were before the last write: shown until their page is read again.
        self._stale: dict[int, CustomerRow] = {}
        # First rows of the pages asked for (read or being read) since the ids or contents
        # last changed: each is read once, even if some of its ids are gone from the database.
        self._requested: set[int] = set()
        self._generation = 0  # bumped when ids or contents change: older pages are dropped

    # -- contents ---------------------------------------------------------------------

    def set_ids(
        self,
        ids: list[int],
        mean: float,
        total: int | None = None,
        rows: dict[int, CustomerRow] | None = None,
    ) -> None:
        """Replace every row (one reset; contents are fetched when shown).

        ``total`` (the list's exact length) may exceed ``len(ids)``: the rows past the ids
        known so far show placeholders until :meth:`complete_ids` brings the rest. ``rows``
        are contents already read (the first screen's).
        """
        self.beginResetModel()
        self._ids = ids
        self._total = len(ids) if total is None else max(total, len(ids))
        self._mean = mean
        self._cache.clear()
        self._cache.update(rows or {})
        self._stale.clear()
        self._requested.clear()
        self._generation += 1
        self.endResetModel()

    def complete_ids(self, ids: list[int]) -> None:
        """The whole list, after :meth:`set_ids` gave its beginning: the known rows stay (and
        stay selected) when the list still begins with them; its length becomes ``len(ids)``.
        """
        known = len(self._ids)
        if ids[:known] != self._ids:
            # The data changed in between: show the rows read so far until they are read again.
            self._stale.update(self._cache)
            self._cache.clear()
            self._requested.clear()
            self._generation += 1
            known = 0
        else:
            # A page read across the end of the known ids is read again, whole.
            self._requested.discard((known // self.PAGE) * self.PAGE)
        old_total, new_total = self._total, len(ids)
        if new_total > old_total:
            self.beginInsertRows(QModelIndex(), old_total, new_total - 1)
            self._ids, self._total = ids, new_total
            self.endInsertRows()
        elif new_total < old_total:
            self.beginRemoveRows(QModelIndex(), new_total, old_total - 1)
            self._ids, self._total = ids, new_total
            self.endRemoveRows()
        else:
            self._ids = ids
        if known < min(old_total, new_total):
            last = self.index(min(old_total, new_total) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(known, 0), last)

    @property
    def complete(self) -> bool:
        """Every row's id is known (the rows past them show placeholders until then)."""
        return len(self._ids) == self._total

    def mark_stale(self) -> None:
        """After a write: re-read the rows shown (showing the old ones meanwhile)."""
        self._stale.update(self._cache)
        self._cache.clear()
        self._requested.clear()
        self._generation += 1
        if self._total:
            last = self.index(self._total - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def customer_id(self, row: int) -> int | None:
        """The customer on ``row``; None for a row whose id is not known yet."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def _row(self, row: int) -> CustomerRow | None:
        if row >= len(self._ids):
            return None  # its id is still being read
        cid = self._ids[row]
        cached = self._cache.get(cid)
        if cached is not None:
            return cached
        start = (row // self.PAGE) * self.PAGE
        page = self._ids[start : start + self.PAGE]
        if start not in self._requested:
            self._requested.add(start)
            generation, load = self._generation, self._load_page
            self._runner.run(
                lambda: load(page),
                lambda rows: self._on_page_loaded(generation, start, rows),
            )
        return self._stale.get(cid)

    def _on_page_loaded(self, generation: int, start: int, rows: object) -> None:
        if generation != self._generation:
            return  # the ids or contents changed meanwhile: a fresh read is asked for on demand
        assert isinstance(rows, dict)
        self._cache.update(rows)
        end = min(start + self.PAGE, self._total) - 1
        if end >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(end, self.columnCount() - 1))

    # -- Qt model API -------------------------------------------------------------------

    def row_total(self) -> int:
        return self._total

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if role == self.IdRole:
            return self.customer_id(index.row())
        row = self._row(index.row())
        if row is None:
            placeholder = role == Qt.ItemDataRole.DisplayRole and index.column() == self.NAME
            return PLACEHOLDER if placeholder else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.ObjectRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.MESSAGES,
            self.RATIO,
            self.CONFIRMED,
            self.SUGGESTED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.RATIO
            and self._ratio(row) >= 10
        ):
            return QColor("#b2182b")
        if role == Qt.ItemDataRole.FontRole and column == self.NAME and row.open_case:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RATIO:
            return self.tr("{n} messages against an average of {mean:.1f}").format(
                n=row.messages, mean=self._mean
            )
        return None

    def _ratio(self, row: CustomerRow) -> float:
        return row.messages / self._mean if self._mean > 0 else 0.0

    def _display(self, row: CustomerRow, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.EMAIL:
            return row.email or ""
        if column == self.ORGANISATION:
            return row.organisation or ""
        if column == self.MESSAGES:
            return number(row.messages)
        if column == self.RATIO:
            return f"{number(self._ratio(row), 1)}×" if row.messages else ""
        if column == self.CONFIRMED:
            return str(row.confirmed_flags) if row.confirmed_flags else ""
        if column == self.SUGGESTED:
            return str(row.suggested_flags) if row.suggested_flags else ""
        if column == self.LAST_CONTACT:
            return iso_date(row.last_contact)
        if column == self.CASE:
            return self.tr("open") if row.open_case else ""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is not None:
            self.sort_requested.emit(key.value, order == Qt.SortOrder.DescendingOrder)
