"""The evidence tree model: model-tester clean, cells read without a window, moves within a
criterion only, drag and drop through its MIME data."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk.case.basket import Basket, BasketGroup, BasketItem
from desk.db.models import CaseState, EvidenceKind
from ui.models.evidence_tree import EvidenceTreeModel

WHEN = dt.datetime(2026, 3, 2, 9, 30)


def _item(
    evidence_id: int, kind: EvidenceKind, text: str, criterion: str | None = None
) -> BasketItem:
    return BasketItem(
        id=evidence_id,
        kind=kind,
        criterion=criterion,
        category="threat_legal" if criterion else None,
        text=text,
        note=None,
        when=WHEN,
        author="Victor Krane" if kind == EvidenceKind.QUOTE else None,
        version=1,
        created_by="Mia",
    )


def _basket(state: CaseState = CaseState.DRAFT) -> Basket:
    threats = (
        _item(1, EvidenceKind.QUOTE, "My lawyer will be\nin touch", "threats"),
        _item(3, EvidenceKind.QUOTE, "I will file a chargeback", "threats"),
        _item(4, EvidenceKind.ATTACHMENT, "post.png", "threats"),
    )
    other = (_item(2, EvidenceKind.NOTE, "Called him; he hung up."),)
    return Basket(
        case_id=7,
        customer_id=200,
        state=state,
        version=5,
        read_only_reason=None if state == CaseState.DRAFT else "Case #7 is approved.",
        groups=(
            BasketGroup("harassment_language", "Harassing language", ()),
            BasketGroup("threats", "Threats", threats),
            BasketGroup(None, "Notes and other", other),
        ),
        criteria=(("harassment_language", "Harassing language"), ("threats", "Threats")),
        order=(1, 2, 3, 4),
    )


def _model() -> EvidenceTreeModel:
    model = EvidenceTreeModel()
    model.set_basket(_basket())
    return model


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = _model()
    qtmodeltester.check(model)
    model.set_basket(None)
    qtmodeltester.check(model)


def test_groups_and_cells(qapp: object) -> None:
    model = _model()
    assert model.rowCount() == 3
    assert [model.data(model.index(r, 0)) for r in range(3)] == [
        "Harassing language (0)",
        "Threats (3)",
        "Notes and other (1)",
    ]
    threats = model.group_index("threats")
    assert model.data(threats, Qt.ItemDataRole.FontRole).bold()
    assert model.rowCount(threats) == 3
    first = model.index(0, EvidenceTreeModel.TEXT, threats)
    assert model.data(first) == "“My lawyer will be in touch”"
    assert model.data(first.siblingAtColumn(EvidenceTreeModel.DATE)) == "2026-03-02"
    assert model.data(first.siblingAtColumn(EvidenceTreeModel.CATEGORY)) == "legal threat"
    assert isinstance(model.data(first, Qt.ItemDataRole.DecorationRole), QIcon)
    tip = model.data(first, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Quote · Victor Krane · 2026-03-02 09:30")
    assert "Version 1, added by Mia" in tip
    note = model.index(0, 0, model.group_index(None))
    assert model.data(note) == "Called him; he hung up."
    assert model.data(note, EvidenceTreeModel.IdRole) == 2
    assert model.item_index(4).row() == 2
    assert model.parent(model.item_index(4)) == threats
    assert not model.item_index(99).isValid()


def test_moves_stay_within_a_criterion(qtbot: QtBot) -> None:
    model = _model()
    threats, other = model.group_index("threats"), model.group_index(None)
    assert model.order() == [1, 2, 3, 4]
    with qtbot.waitSignal(model.order_changed) as moved:
        assert model.moveRows(threats, 2, 1, threats, 0)  # the file first
    assert moved.args == [[1, 2, 3, 4], [4, 2, 1, 3]]  # the note keeps its place
    assert [model.data(model.index(r, 0, threats), EvidenceTreeModel.IdRole) for r in range(3)] == [
        4,
        1,
        3,
    ]
    assert not model.moveRows(threats, 0, 1, other, 0)  # into another criterion
    assert not model.moveRows(threats, 0, 1, threats, 1)  # onto itself
    assert not model.moveRows(threats, 0, 1, threats, 9)
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)  # the groups


def test_drag_and_drop_moves_within_the_criterion(qapp: object) -> None:
    model = _model()
    threats, other = model.group_index("threats"), model.group_index(None)
    data = model.mimeData([model.item_index(1), model.item_index(1, 1)])
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(data, move, 3, 0, threats)
    assert not model.canDropMimeData(data, move, 0, 0, other)
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, 3, 0, threats)
    assert model.dropMimeData(data, move, -1, -1, threats)  # onto the group: to the end
    assert model.order() == [3, 2, 4, 1]
    assert not model.removeRows(0, 1, threats)  # what the view asks next does nothing


def test_a_read_only_case_allows_no_moves(qapp: object) -> None:
    model = EvidenceTreeModel()
    model.set_basket(_basket(CaseState.APPROVED))
    threats = model.group_index("threats")
    item = model.index(0, 0, threats)
    assert not model.flags(item) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(threats) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.moveRows(threats, 0, 1, threats, 2)
    assert not model.canDropMimeData(
        model.mimeData([item]), Qt.DropAction.MoveAction, 0, 0, threats
    )
