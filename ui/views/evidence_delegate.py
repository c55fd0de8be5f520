"""Evidence drawn for a narrow panel: each item on two lines (its words, then kind, date and
category), each criterion as a bold title with its count at the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk.case.basket import BasketGroup
from ui.models.evidence_tree import EvidenceTreeModel

AnyIndex = QModelIndex | QPersistentModelIndex
PADDING = 4
ICON = 16
ALTERED = QColor("#c62828")  # an item changed since its capture: red, whatever the theme


def details(index: AnyIndex) -> str:
    """The second line of an item: "Quote · 2024-11-19 · threat financial"."""
    model = index.model()
    parts = [
        index.data(EvidenceTreeModel.KindRole),
        model.index(index.row(), EvidenceTreeModel.DATE, index.parent()).data(),
        model.index(index.row(), EvidenceTreeModel.CATEGORY, index.parent()).data(),
    ]
    return " · ".join(str(p) for p in parts if p)


def smaller(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.88)
    return small


class EvidenceDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        lines = QFontMetrics(option.font).height()
        if index.data(EvidenceTreeModel.IdRole) is not None:
            lines += QFontMetrics(smaller(option.font)).height() + PADDING
        return QSize(size.width(), lines + 2 * PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.column() != EvidenceTreeModel.TEXT:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, icon = opt.text, QIcon(opt.icon)  # a copy: the option is cleared next
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        rect = opt.rect.adjusted(PADDING, PADDING + 1, -PADDING, -PADDING)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        quiet = QPalette.ColorRole.PlaceholderText
        loud = QPalette.ColorRole.Text
        if selected:
            quiet = loud = QPalette.ColorRole.HighlightedText
        metrics = QFontMetrics(opt.font)
        painter.save()
        group = index.data(EvidenceTreeModel.ObjectRole)
        if isinstance(group, BasketGroup):
            count = str(index.model().rowCount(index))
            painter.setPen(opt.palette.color(quiet))
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight, count)
            painter.setFont(opt.font)
            painter.setPen(opt.palette.color(loud))
            width = rect.width() - metrics.horizontalAdvance(count) - 2 * PADDING
            title = str(
                index.data(Qt.ItemDataRole.ToolTipRole)
            )  # the title in the window's language
            painter.drawText(rect, 0, metrics.elidedText(title, Qt.TextElideMode.ElideRight, width))
            painter.restore()
            return
        icon.paint(
            painter, QRect(rect.left(), rect.top() + (metrics.height() - ICON) // 2, ICON, ICON)
        )
        line = rect.adjusted(ICON + 2 * PADDING, 0, 0, 0)
        line.setHeight(metrics.height())
        painter.setFont(opt.font)
        altered = index.data(EvidenceTreeModel.AlteredRole) is not None
        painter.setPen(ALTERED if altered and not selected else opt.palette.color(loud))
        painter.drawText(
            line, 0, metrics.elidedText(text, Qt.TextElideMode.ElideRight, line.width())
        )
        small = smaller(opt.font)
        below = QRect(
            line.left(), line.bottom() + PADDING, line.width(), QFontMetrics(small).height()
        )
        painter.setFont(small)
        painter.setPen(opt.palette.color(quiet))
        elided = QFontMetrics(small).elidedText(
            details(index), Qt.TextElideMode.ElideRight, below.width()
        )
        painter.drawText(below, 0, elided)
        painter.restore()
