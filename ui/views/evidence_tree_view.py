"""The tree of a case's evidence: rows dragged within their criterion, Delete to remove."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ui.models.evidence_tree import EvidenceTreeModel
from ui.views.evidence_delegate import EvidenceDelegate


class EvidenceTreeView(QTreeView):
    """One item selected at a time; the criteria always open.

    Signals:
        remove_requested(): Delete (or Backspace, which Mac keyboards label "delete") was
            pressed on an item.
    """

    remove_requested = Signal()

    def __init__(self, model: EvidenceTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        # Two lines an item (the words, then kind, date and category) suit a narrow panel
        # better than columns; the model keeps the columns for other views.
        self.setItemDelegate(EvidenceDelegate(self))
        self.setHeaderHidden(True)
        for column in (EvidenceTreeModel.DATE, EvidenceTreeModel.CATEGORY):
            self.setColumnHidden(column, True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setExpandsOnDoubleClick(False)
        self.setItemsExpandable(False)
        self.header().setStretchLastSection(True)
        model.modelReset.connect(self.expandAll)

    def set_editable(self, editable: bool) -> None:
        self.setDragEnabled(editable)
        self.setAcceptDrops(editable)

    def selected_id(self) -> int | None:
        for index in self.selectionModel().selectedRows():
            item = self._model.item(index)
            if item is not None:
                return item.id
        return None

    def select_id(self, evidence_id: int | None) -> None:
        index = self._model.item_index(evidence_id) if evidence_id is not None else None
        if index is not None and index.isValid():
            self.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def neighbour_id(self, evidence_id: int) -> int | None:
        """The item after this one in its criterion (else the one before): what to select
        once it is gone."""
        index = self._model.item_index(evidence_id)
        for row in (index.row() + 1, index.row() - 1):
            item = self._model.item(index.siblingAtRow(row)) if index.isValid() else None
            if item is not None:
                return item.id
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
