"""The business case at a glance, for the leadership page: the headline figures as tiles, the
headline chart (built off the GUI thread by the same ``desk`` builder as the brief), and the
button that writes the leadership brief PDF."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.documents.wizard_documents import BusinessCase
from ui import labels
from ui.formatting import number, percent
from ui.labels import policy_text


def default_paper() -> str:
    """US Letter where the locale measures in inches, else A4."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


class ScaledImage(QLabel):
    """A picture that keeps its aspect ratio and fills the label's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self.setObjectName("chart")
        self.setStyleSheet(
            "QLabel#chart { background: white; border: 1px solid #d9dde3; border-radius: 6px; }"
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)

    def set_png(self, png: bytes) -> None:
        self._pixmap = QPixmap.fromImage(QImage.fromData(png))
        self._rescale()

    def has_image(self) -> bool:
        return not self._pixmap.isNull()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap.isNull():
            return
        ratio = self.devicePixelRatioF()
        scaled = self._pixmap.scaled(
            int((self.width() - 4) * ratio),
            int((self.height() - 4) * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)


def _tile(parent: QWidget) -> tuple[QFrame, QLabel, QLabel]:
    frame = QFrame(parent)
    frame.setObjectName("tile")
    frame.setStyleSheet(
        "QFrame#tile { background: white; border: 1px solid #d9dde3; border-radius: 6px; }"
    )
    value = QLabel(frame)
    value.setStyleSheet("font-size: 17pt; font-weight: 600; color: #222;")
    caption = QLabel(frame)
    caption.setWordWrap(True)
    caption.setStyleSheet("color: #5f6368;")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 8)
    layout.setSpacing(0)
    layout.addWidget(value)
    layout.addWidget(caption)
    layout.addStretch(1)
    return frame, value, caption


class BusinessCasePanel(QWidget):
    """Figures as tiles, the headline chart, and "Write the leadership brief…".

    Signals:
        write_brief_requested(str): the manager chose where to save the brief.
    """

    write_brief_requested = Signal(str)
    TILES = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.business: BusinessCase | None = None
        self.suggested_name = "leadership-brief.pdf"
        self.chart = ScaledImage(self)
        self.chart.setText(self.tr("Drawing the headline chart…"))
        self.tiles = [_tile(self) for _ in range(self.TILES)]
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for frame, _, _ in self.tiles:
            tiles.addWidget(frame, 1)
        self.brief_button = QPushButton(self.tr("Write the leadership brief…"), self)
        self.brief_status = QLabel(self)
        self.brief_status.setWordWrap(True)
        self.brief_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        below = QHBoxLayout()
        below.addWidget(self.chart, 1)
        below.addWidget(self._brief_box())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tiles)
        layout.addLayout(below, 1)
        self.brief_button.clicked.connect(self._on_brief_clicked)
        self.show_business(None)

    def _brief_box(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("brief")
        box.setStyleSheet(
            "QFrame#brief { background: white; border: 1px solid #d9dde3; border-radius: 6px; }"
        )
        # 300 px, or the button's whole text in a longer language
        width = max(300, self.brief_button.sizeHint().width() + 24)
        box.setFixedWidth(width)
        heading = QLabel(self.tr("The leadership brief"), box)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 11pt; font-weight: 600;")
        about = QLabel(
            self.tr(
                "A PDF that puts the case as a business problem: these figures and four "
                "charts, every incident quoted with its date, the warnings given, and the "
                "hash of each piece of evidence."
            ),
            box,
        )
        about.setWordWrap(True)
        about.setStyleSheet("color: #5f6368;")
        about.setMinimumHeight(about.heightForWidth(width - 24))  # whole, however long
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 10)
        self.summary = QLabel(box)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.brief_button)
        layout.addWidget(self.brief_status)
        return box

    def show_business(self, business: BusinessCase | None) -> None:
        self.business = business
        if business is None:
            for _, value, caption in self.tiles:
                value.setText("…")
                caption.setText(self.tr("reading the figures"))
            return
        texts = (
            (
                number(business.count),
                self.tr("{unit} by {name}; the average customer: {mean}").format(
                    unit=labels.name(business.unit_label),
                    name=business.name,
                    mean=number(business.mean, 1),
                ),
            ),
            (
                f"{number(business.ratio, 0)}×",
                self.tr(
                    "the average customer; ranked no. {rank} of %Ln customer(s)", "", business.of
                ).format(rank=number(business.rank) if business.rank else "—"),
            ),
            (
                f"{number(business.cost, 0)} {business.currency}",
                self.tr("in agent time: {hours} hours, {share} of the team's").format(
                    hours=number(business.hours, 0), share=percent(business.team_share)
                ),
            ),
            (
                number(business.agents),
                self.tr("agents involved; %Ln handoff(s)", "", business.handoffs)
                + " "
                + self.tr("in %Ln conversation(s)", "", business.conversations),
            ),
        )
        for (_, value, caption), (big, small) in zip(self.tiles, texts, strict=True):
            value.setText(big)
            caption.setText(small)
        self.chart.set_png(business.chart_png)

    def show_summary(self, claims: Sequence[str], evidence: int, warnings: int) -> None:
        """What the case puts to leadership, beside the brief button."""
        totals = self.tr("{items}, {warnings} on record.").format(
            items=self.tr("%Ln evidence item(s)", "", evidence),
            warnings=self.tr("%Ln warning(s)", "", warnings),
        )
        items = "".join(f"<li>{html.escape(policy_text(title))}</li>" for title in claims)
        head = html.escape(self.tr("The case claims:"))
        claimed = (
            f'{head}<ul style="margin: 2px 0 4px 0; -qt-list-indent: 1;">{items}</ul>'
            if claims
            else ""
        )
        self.summary.setText(f"{claimed}{html.escape(totals)}")

    def _on_brief_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the leadership brief"), self.default_path(), "PDF (*.pdf)"
        )
        if name:
            self.write_brief_requested.emit(name)

    def default_path(self) -> str:
        return str(Path.home() / self.suggested_name)

    def brief_busy(self) -> None:
        self.brief_button.setEnabled(False)
        self.brief_status.setStyleSheet("")
        self.brief_status.setText(self.tr("Writing the brief…"))

    def brief_done(self, path: Path, open_it: bool) -> None:
        self.brief_button.setEnabled(True)
        self.brief_status.setStyleSheet("color: #1b7837;")
        self.brief_status.setText(self.tr("Written to {path}").format(path=path))
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def brief_failed(self, exc: BaseException) -> None:
        self.brief_button.setEnabled(True)
        self.brief_status.setStyleSheet("color: #b2182b;")
        self.brief_status.setText(str(exc))
