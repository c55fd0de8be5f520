"""A case's evidence as a two-level tree: the policy's criteria, each with its items.

Rows are :class:`desk.case.basket.BasketItem` values read on a worker thread; the model never
touches the database. Items move only within their criterion (by drag and drop or
:meth:`moveRows`); the model then announces the case's new order with :attr:`order_changed`,
and whoever owns it saves that order.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desk.case.basket import Basket, BasketGroup, BasketItem, order_within
from desk.case.integrity import ATTACHMENT, MESSAGE_COPY
from desk.case.integrity_marks import AlteredMark
from desk.db.models import EvidenceKind
from ui import i18n, labels
from ui.formatting import iso_date, iso_date_time
from ui.models.evidence_icons import kind_icon
from ui.models.headered import header_text

AnyIndex = QModelIndex | QPersistentModelIndex
GROUP = 0  # the internal id of a group row; an item row holds its group's row + 1

KIND_LABELS = {
    EvidenceKind.QUOTE: QT_TRANSLATE_NOOP("EvidenceTreeModel", "Quote"),
    EvidenceKind.NOTE: QT_TRANSLATE_NOOP("EvidenceTreeModel", "Note"),
    EvidenceKind.ATTACHMENT: QT_TRANSLATE_NOOP("EvidenceTreeModel", "File"),
    EvidenceKind.CONVERSATION: QT_TRANSLATE_NOOP("EvidenceTreeModel", "Conversation"),
}


def one_line(text: str) -> str:
    return " ".join(text.split())


class EvidenceTreeModel(QAbstractItemModel):
    """Criteria as top-level rows, evidence items below them: text, date, category.

    Signals:
        order_changed(list, list): items were moved; the case's order before and after (ids).
    """

    TEXT, DATE, CATEGORY = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("EvidenceTreeModel", "Evidence"),
        QT_TRANSLATE_NOOP("EvidenceTreeModel", "Date"),
        QT_TRANSLATE_NOOP("EvidenceTreeModel", "Category"),
    )
    ObjectRole = Qt.ItemDataRole.UserRole + 1  # the BasketItem (or BasketGroup) of a row
    IdRole = Qt.ItemDataRole.UserRole + 2  # an item's evidence id
    KindRole = Qt.ItemDataRole.UserRole + 3  # an item's kind, in words ("Quote", "Note" …)
    AlteredRole = Qt.ItemDataRole.UserRole + 4  # the AlteredMark of an item changed since capture
    MIME_TYPE = "application/x-breakup-desk-evidence"

    order_changed = Signal(list, list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._basket: Basket | None = None
        self._groups: list[BasketGroup] = []
        self._items: list[list[BasketItem]] = []
        self._altered: dict[int, AlteredMark] = {}

    # -- contents ---------------------------------------------------------------------------

    def set_basket(self, basket: Basket | None) -> None:
        self.beginResetModel()
        self._basket = basket
        self._groups = list(basket.groups) if basket else []
        self._items = [list(g.items) for g in self._groups]
        self.endResetModel()

    def set_altered(self, case_id: int, marks: dict[int, AlteredMark]) -> None:
        """Mark the items of case ``case_id`` that no longer match their capture (the
        integrity check runs after the basket loads; a mark for another case is dropped)."""
        if self._basket is None or self._basket.case_id != case_id:
            return
        self._altered = dict(marks)
        for group_row, items in enumerate(self._items):
            if items:
                self.dataChanged.emit(
                    self.createIndex(0, 0, group_row + 1),
                    self.createIndex(len(items) - 1, self.columnCount() - 1, group_row + 1),
                )

    def altered(self, evidence_id: int) -> AlteredMark | None:
        return self._altered.get(evidence_id)

    @property
    def basket(self) -> Basket | None:
        return self._basket

    @property
    def editable(self) -> bool:
        return self._basket is not None and self._basket.editable

    def order(self) -> list[int]:
        """Every item's id in the order the case holds them (as last read or moved here)."""
        if self._basket is None:
            return []
        result = list(self._basket.order)
        for items in self._items:
            result = order_within(result, [i.id for i in items])
        return result

    def group_index(self, key: str | None) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.key == key:
                return self.index(row, 0)
        return QModelIndex()

    def item_index(self, evidence_id: int, column: int = 0) -> QModelIndex:
        for group_row, items in enumerate(self._items):
            for row, item in enumerate(items):
                if item.id == evidence_id:
                    return self.createIndex(row, column, group_row + 1)
        return QModelIndex()

    def item(self, index: AnyIndex) -> BasketItem | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        return self._items[index.internalId() - 1][index.row()]

    # -- the tree ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self._items[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self, self.HEADERS, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return self._group_data(index, role)
        item = self._items[index.internalId() - 1][index.row()]
        column = index.column()
        if role == self.ObjectRole:
            return item
        if role == self.IdRole:
            return item.id
        if role == self.KindRole:
            return self.tr(str(KIND_LABELS[item.kind]))
        if role == self.AlteredRole:
            return self._altered.get(item.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEXT:
                text = one_line(item.text)
                text = f"“{text}”" if item.kind == EvidenceKind.QUOTE else text
                if item.id in self._altered:
                    return self.tr("ALTERED: {text}").format(text=text)
                return text
            if column == self.DATE:
                return iso_date(item.when)
            if column == self.CATEGORY:
                return labels.name(item.category)
        if role == Qt.ItemDataRole.DecorationRole and column == self.TEXT:
            return kind_icon(item.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        return None

    def _group_data(self, index: AnyIndex, role: int) -> Any:
        group = self._groups[index.row()]
        if role == self.ObjectRole:
            return group
        if index.column() != self.TEXT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.group_title(group)} ({len(self._items[index.row()])})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.group_title(group)
        return None

    def group_title(self, group: BasketGroup) -> str:
        """The policy's title in the window's language; "Notes and other" by its key (None)."""
        if group.key is None:
            return self.tr("Notes and other")
        return group.title_in(i18n.title_language())

    def _tooltip(self, item: BasketItem) -> str:
        lines = [self.tr(str(KIND_LABELS[item.kind]))]
        if item.author:
            lines[0] += f" · {item.author}"
        if item.when:
            lines[0] += f" · {iso_date_time(item.when)}"
        lines.append(item.text)
        if item.note:
            lines.append(self.tr("Note: {note}").format(note=item.note))
        lines.append(
            self.tr("Version {version}, added by {who}").format(
                version=item.version, who=item.created_by
            )
        )
        mark = self._altered.get(item.id)
        if mark is not None:
            unknown = self.tr("none recorded")
            captured, now = self._digest_lines(mark.digest_of)
            lines += [
                self.tr("ALTERED since capture: {what}").format(what=mark.what),
                captured.format(digest=mark.captured or unknown),
                now.format(digest=mark.current or unknown),
            ]
        return "\n".join(lines)

    def _digest_lines(self, digest_of: str) -> tuple[str, str]:
        """The two digest lines for the part whose SHA-256 changed (desk AlteredMark's
        ``digest_of``), each a whole sentence so that every language can decline the part."""
        if digest_of == ATTACHMENT:
            return (
                self.tr("SHA-256 of the attachment at capture: {digest}"),
                self.tr("SHA-256 of the attachment now: {digest}"),
            )
        if digest_of == MESSAGE_COPY:
            return (
                self.tr("SHA-256 of the message copy at capture: {digest}"),
                self.tr("SHA-256 of the message copy now: {digest}"),
            )
        return (
            self.tr("SHA-256 of the evidence item at capture: {digest}"),
            self.tr("SHA-256 of the evidence item now: {digest}"),
        )

    # -- moving -----------------------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if index.internalId() == GROUP:
            if self.editable:
                flags |= Qt.ItemFlag.ItemIsDropEnabled
            return flags
        flags |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = sorted({i.id for i in (self.item(index) for index in indexes) if i is not None})
        data = QMimeData()
        data.setData(self.MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return data

    def _dropped(self, data: QMimeData, parent: AnyIndex) -> list[int] | None:
        """The rows of ``parent``'s group being dragged, when all of them come from it."""
        if not self.editable or not data.hasFormat(self.MIME_TYPE):
            return None
        if not parent.isValid() or parent.internalId() != GROUP:
            return None
        ids = json.loads(bytes(data.data(self.MIME_TYPE).data()).decode() or "[]")
        rows = [r for r, i in enumerate(self._items[parent.row()]) if i.id in ids]
        return rows if ids and len(rows) == len(ids) else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._dropped(data, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        rows = self._dropped(data, parent) if action == Qt.DropAction.MoveAction else None
        if not rows or rows != list(range(rows[0], rows[0] + len(rows))):
            return False
        destination = self.rowCount(parent) if row < 0 else row
        # The view then asks to remove the dragged rows; removeRows is not implemented (it
        # returns False), so the move below is the only change.
        return self.moveRows(parent, rows[0], len(rows), parent, destination)

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Move items within one criterion (``destination_child`` counts rows before the move)."""
        if (
            not self.editable
            or not source_parent.isValid()
            or source_parent.internalId() != GROUP
            or destination_parent != source_parent
            or count < 1
        ):
            return False
        items = self._items[source_parent.row()]
        if source_row < 0 or source_row + count > len(items):
            return False
        if not 0 <= destination_child <= len(items):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself: no move
        before = self.order()
        if not self.beginMoveRows(
            source_parent, source_row, source_row + count - 1, destination_parent, destination_child
        ):
            return False
        moving = items[source_row : source_row + count]
        del items[source_row : source_row + count]
        at = destination_child - count if destination_child > source_row else destination_child
        items[at:at] = moving
        self.endMoveRows()
        self.order_changed.emit(before, self.order())
        return True
