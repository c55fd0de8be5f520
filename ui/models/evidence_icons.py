"""Small painted icons for the kinds of evidence (no icon theme is needed on any platform)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from desk.db.models import EvidenceKind

KIND_COLOURS = {  # Okabe-Ito, as the flag highlights
    EvidenceKind.QUOTE: "#0072b2",
    EvidenceKind.NOTE: "#c98a00",
    EvidenceKind.ATTACHMENT: "#009e73",
    EvidenceKind.CONVERSATION: "#8a5aa8",
}
SIZES = (16, 24, 32)


def _paint(kind: EvidenceKind, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 16, size / 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(KIND_COLOURS[kind]))
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3.5, 3.5)
    white = QPen(QColor("white"), 1.4, c=Qt.PenCapStyle.RoundCap)
    painter.setPen(white)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if kind == EvidenceKind.QUOTE:
        font = QFont("DejaVu Serif")
        font.setPixelSize(17)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 3.5, 16, 16), Qt.AlignmentFlag.AlignHCenter, "\u201c")
    elif kind == EvidenceKind.NOTE:
        for y, width in ((5.0, 8.0), (8.0, 8.0), (11.0, 5.0)):
            painter.drawLine(QPointF(4, y), QPointF(4 + width, y))
    elif kind == EvidenceKind.ATTACHMENT:
        page = QPainterPath()
        page.moveTo(4.5, 3.5)
        page.lineTo(9, 3.5)
        page.lineTo(11.5, 6)
        page.lineTo(11.5, 12.5)
        page.lineTo(4.5, 12.5)
        page.closeSubpath()
        page.moveTo(9, 3.5)
        page.lineTo(9, 6)
        page.lineTo(11.5, 6)
        painter.drawPath(page)
    else:
        painter.drawRoundedRect(QRectF(3, 4, 7, 5), 1.5, 1.5)
        painter.drawRoundedRect(QRectF(6, 7.5, 7, 5), 1.5, 1.5)
    painter.end()
    return pixmap


@cache
def kind_icon(kind: EvidenceKind) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_paint(kind, size))
    return icon
