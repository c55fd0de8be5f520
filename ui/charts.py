"""Live matplotlib charts on the customer page, built by the same ``desk.charts`` functions
as the command line and the leadership brief. Figures are built off the GUI thread."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.analytics.cache import ReferenceCache
from desk.analytics.units import ALL_TIME, Period, Unit
from desk.charts.customer import build_customer_chart
from desk.charts.export import save_figure
from desk.charts.style import fit_title_block
from desk.charts.words import Words, language_of
from desk.db.handle import Engine
from ui import i18n
from ui.workers import TaskRunner

COMBO_CHARACTERS = 10  # a choice's width in characters before it elides
KINDS = (
    ("headline", QT_TRANSLATE_NOOP("ChartPanel", "Against the average")),
    ("distribution", QT_TRANSLATE_NOOP("ChartPanel", "Among all customers")),
    ("timeline", QT_TRANSLATE_NOOP("ChartPanel", "Month by month")),
    ("handoffs", QT_TRANSLATE_NOOP("ChartPanel", "Agents involved")),
    ("top", QT_TRANSLATE_NOOP("ChartPanel", "Top 20 customers")),
)
PERIODS = (
    (QT_TRANSLATE_NOOP("ChartPanel", "All time"), 0),
    (QT_TRANSLATE_NOOP("ChartPanel", "Last 24 months"), 24),
    (QT_TRANSLATE_NOOP("ChartPanel", "Last 12 months"), 12),
)
# The units' names (desk/analytics/units.py speaks English: the core has no translator).
UNIT_NAMES = {
    "customer_messages": QT_TRANSLATE_NOOP("ChartPanel", "Messages written"),
    "conversations": QT_TRANSLATE_NOOP("ChartPanel", "Conversations opened"),
    "workload": QT_TRANSLATE_NOOP("ChartPanel", "Messages in their conversations"),
}


def period_for(months: int, today: dt.date | None = None) -> Period:
    if not months:
        return ALL_TIME
    today = today or dt.date.today()
    start = dt.datetime(today.year, today.month, 1) - dt.timedelta(days=31 * (months - 1))
    return Period(start=dt.datetime(start.year, start.month, 1), end=None)


class ChartPanel(QWidget):
    """A chart chooser, the live canvas, and Copy / Save as…"""

    def __init__(
        self,
        engine: Engine,
        runner: TaskRunner,
        cache: ReferenceCache,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._cache = cache
        self._customer_id: int | None = None
        self._figure: Figure | None = None
        self._request = 0

        self.kind = QComboBox(self)
        for key, label in KINDS:
            self.kind.addItem(self.tr(str(label)), key)
        self.unit = QComboBox(self)
        for unit in Unit:
            self.unit.addItem(
                self.tr(str(UNIT_NAMES.get(unit.value, unit.label.capitalize()))), unit.value
            )
        self.period = QComboBox(self)
        for label, months in PERIODS:
            self.period.addItem(self.tr(str(label)), months)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.status = QLabel(self)
        self.canvas = _canvas(Figure(figsize=(8, 4.5)))

        # The choices show their longest item when there is room, and may give way down to
        # COMBO_CHARACTERS when there is not (Russian labels are long): the window keeps its
        # default width in every language.
        for combo in (self.kind, self.unit, self.period):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
            narrowest = combo.minimumSizeHint().width()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(narrowest)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        controls = QHBoxLayout()
        for widget in (self.kind, self.unit, self.period):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.status)
        controls.addWidget(self.copy_button)
        controls.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.canvas, 1)
        self._layout = layout

        for combo in (self.kind, self.unit, self.period):
            combo.currentIndexChanged.connect(self.redraw)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self._set_enabled(False)

    def show_customer(self, customer_id: int) -> None:
        self._customer_id = customer_id
        self.redraw()

    @Slot()
    def redraw(self) -> None:
        if self._customer_id is None:
            return
        self._request += 1
        request = self._request
        customer_id = self._customer_id
        kind = str(self.kind.currentData())
        unit = Unit(self.unit.currentData())
        period = period_for(int(self.period.currentData()))
        engine = self._engine
        cache = self._cache
        self.status.setText(self.tr("Drawing…"))

        words = Words(language_of(i18n.window_language()))  # titles, axes and legends

        def build() -> Figure:
            return build_customer_chart(
                engine, kind, customer_id, unit, period, cache=cache, words=words
            )

        self._runner.run(build, lambda figure: self._on_built(request, figure))

    def _on_built(self, request: int, figure: object) -> None:
        if request != self._request:
            return
        assert isinstance(figure, Figure)
        self._figure = figure
        old = self.canvas
        self.canvas = _canvas(figure)
        self._layout.replaceWidget(old, self.canvas)
        old.deleteLater()
        self.status.setText("")
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        self.copy_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    @property
    def figure(self) -> Figure | None:
        return self._figure

    @Slot()
    def _on_copy_clicked(self) -> None:
        if self._figure is None:
            return
        buffer = io.BytesIO()
        self._figure.savefig(buffer, format="png", dpi=150)
        QGuiApplication.clipboard().setImage(QImage.fromData(buffer.getvalue()))

    @Slot()
    def _on_save_clicked(self) -> None:
        if self._figure is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            f"{self.kind.currentData()}.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
        )
        if name:
            save_figure(self._figure, Path(name))


def _canvas(figure: Figure) -> FigureCanvasQTAgg:
    canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
    canvas.setMinimumHeight(300)
    # The figure takes the canvas's size: its title is refitted to the new width.
    canvas.mpl_connect("resize_event", lambda _event: fit_title_block(figure))
    return canvas
