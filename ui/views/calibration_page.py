"""The calibration page: start a session, label its messages one at a time, see the report.

Labelling is meant to be quick and blind: one customer message at a time, the detector's
opinion hidden, and the keys 1, 2 and 3 for fine, angry (not abusive) and abusive (with the
category in the combo box). Each label is written as it is given, so closing the window loses
nothing. Every read runs on the task runner's reader pool and every write on its writer; the
page holds no SQL.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.abuse.calibration import (
    ABUSIVE,
    ANGRY,
    FINE,
    ItemView,
    Label,
    SessionInfo,
    items_in,
    sessions_in,
)
from desk.abuse.calibration_report import CalibrationReport, ItemOutcome, report_in
from desk.abuse.categories import Category
from desk.case.calibration_writes import new_session_in, save_labels_in
from desk.db.handle import Engine
from ui import labels
from ui.workers import TaskRunner


class CalibrationPage(QWidget):
    """A calibration session in the window.

    Signals:
        report_shown(): the report of the session was loaded and shown.
        item_shown(int): the message at this position is shown for labelling.
    """

    report_shown = Signal()
    item_shown = Signal(int)

    def __init__(
        self, engine: Engine, runner: TaskRunner, actor: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._items: list[ItemView] = []
        self._current: ItemView | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Calibration session"))

        self.sessions = QComboBox(self)
        self.sessions.currentIndexChanged.connect(self._on_sessions_current_index_changed)
        self.size_box = QSpinBox(self)
        self.size_box.setRange(1, 500)
        self.size_box.setValue(30)
        self.new_button = QPushButton(self.tr("New session"), self)
        self.new_button.clicked.connect(self.start_session)
        self.participant = QLineEdit(actor, self)
        self.participant.setPlaceholderText(self.tr("Your name"))
        self.participant.editingFinished.connect(self.load_items)
        self.report_button = QPushButton(self.tr("Show report"), self)
        self.report_button.clicked.connect(self.show_report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:"), self))
        top.addWidget(self.sessions, 1)
        top.addWidget(QLabel(self.tr("Messages:"), self))
        top.addWidget(self.size_box)
        top.addWidget(self.new_button)
        top.addWidget(QLabel(self.tr("Labelling as:"), self))
        top.addWidget(self.participant)
        top.addWidget(self.report_button)

        self.progress = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setStyleSheet("font-size: 13pt; padding: 12px;")
        self.category = QComboBox(self)
        for category in Category:
            self.category.addItem(labels.name(category.value), category.value)
        self.fine_button = QPushButton(self.tr("1 · Fine"), self)
        self.angry_button = QPushButton(self.tr("2 · Angry (not abusive)"), self)
        self.abusive_button = QPushButton(self.tr("3 · Abusive"), self)
        self.fine_button.clicked.connect(lambda: self.give(FINE))
        self.angry_button.clicked.connect(lambda: self.give(ANGRY))
        self.abusive_button.clicked.connect(lambda: self.give(ABUSIVE))
        for key, verdict in (("1", FINE), ("2", ANGRY), ("3", ABUSIVE)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda v=verdict: self.give(v))
        buttons = QHBoxLayout()
        buttons.addWidget(self.fine_button)
        buttons.addWidget(self.angry_button)
        buttons.addWidget(self.abusive_button)
        buttons.addWidget(QLabel(self.tr("Category:"), self))
        buttons.addWidget(self.category, 1)
        labelling = QWidget(self)
        labelling_layout = QVBoxLayout(labelling)
        labelling_layout.addWidget(self.progress)
        labelling_layout.addWidget(self.message, 1)
        labelling_layout.addLayout(buttons)

        self.report = QTextBrowser(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(labelling)
        self.stack.addWidget(self.report)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._set_labelling_enabled(False)
        self.progress.setText(self.tr("Start a session, or pick one to label."))

    # -- sessions -------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the sessions; then show ``select`` (or the newest)."""
        self._runner.run(
            lambda: sessions_in(self._engine), lambda found: self._on_sessions_read(found, select)
        )

    def _on_sessions_read(self, found: list[SessionInfo], select: int | None) -> None:
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for info in found:
            self.sessions.addItem(
                self.tr("#{id} · {when} · {count} messages").format(
                    id=info.id, when=info.created_at, count=info.messages
                ),
                info.id,
            )
        self.sessions.blockSignals(False)
        index = self.sessions.findData(select) if select is not None else 0
        self.sessions.setCurrentIndex(max(index, 0) if found else -1)
        self.load_items()

    @Slot()
    def start_session(self) -> None:
        size, actor = self.size_box.value(), self.participant.text().strip()
        self._runner.run(lambda: new_session_in(self._engine, size, actor), self.reload, write=True)

    def session_id(self) -> int | None:
        data = self.sessions.currentData()
        return int(data) if data is not None else None

    @Slot(int)
    def _on_sessions_current_index_changed(self, _index: int) -> None:
        self.load_items()

    # -- labelling ------------------------------------------------------------------------

    @Slot()
    def load_items(self) -> None:
        session_id, name = self.session_id(), self.participant.text().strip()
        if session_id is None:
            return
        self._runner.run(lambda: items_in(self._engine, session_id, name), self._on_items_read)

    def _on_items_read(self, items: list[ItemView]) -> None:
        self._items = list(items)
        self._show_next()

    def _show_next(self) -> None:
        todo = [i for i in self._items if i.verdict is None]
        self.stack.setCurrentIndex(0)
        if not todo:
            self._current = None
            self._set_labelling_enabled(False)
            self.show_report()
            return
        self._current = todo[0]
        done = len(self._items) - len(todo)
        self.progress.setText(
            self.tr(
                "Message {n} of {total} ({done} labelled). Keys: 1 fine, 2 angry, 3 abusive."
            ).format(n=self._current.position, total=len(self._items), done=done)
        )
        self.message.setText(self._current.text)
        self._set_labelling_enabled(True)
        self.setFocus()
        self.item_shown.emit(self._current.position)

    def give(self, verdict: str) -> None:
        """Label the message shown ``verdict`` (with the combo's category when abusive)."""
        item, session_id = self._current, self.session_id()
        name = self.participant.text().strip()
        if item is None or session_id is None or self._busy or not name:
            return
        category = str(self.category.currentData()) if verdict == ABUSIVE else None
        label = Label(item.position, verdict, category)
        self._set_labelling_enabled(False)
        self._busy = True
        self._runner.run(
            lambda: save_labels_in(self._engine, session_id, name, [label]),
            lambda _stored: self._on_label_saved(item, label),
            self._on_label_failed,
            write=True,
        )

    def _on_label_saved(self, item: ItemView, label: Label) -> None:
        self._busy = False
        self._items = [
            ItemView(
                i.position,
                i.message_id,
                i.text,
                i.stratum,
                i.detector,
                label.verdict,
                label.category,
            )
            if i.position == item.position
            else i
            for i in self._items
        ]
        self._show_next()

    def _on_label_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._set_labelling_enabled(True)
        self.progress.setText(str(exc))

    def _set_labelling_enabled(self, enabled: bool) -> None:
        for widget in (self.fine_button, self.angry_button, self.abusive_button, self.category):
            widget.setEnabled(enabled)

    # -- the report -----------------------------------------------------------------------

    @Slot()
    def show_report(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        self._runner.run(lambda: report_in(self._engine, session_id), self._on_report_read)

    def _on_report_read(self, report: CalibrationReport) -> None:
        self.report.setHtml(self.report_html(report))
        self.stack.setCurrentIndex(1)
        self.report_shown.emit()

    def band_text(self, word: str) -> str:
        """Landis and Koch's band, translated."""
        bands = {
            "poor": self.tr("poor"),
            "slight": self.tr("slight"),
            "fair": self.tr("fair"),
            "moderate": self.tr("moderate"),
            "substantial": self.tr("substantial"),
            "almost perfect": self.tr("almost perfect"),
        }
        return bands.get(word, self.tr("not defined"))

    @staticmethod
    def _kappa(value: float | None) -> str:
        return "–" if value is None else f"{value:.3f}"

    @staticmethod
    def _percent(value: float | None) -> str:
        return "–" if value is None else f"{value:.0%}"

    def report_html(self, report: CalibrationReport) -> str:
        people = ", ".join(report.participants) or self.tr("nobody yet")
        session = self.tr("Session #{id}").format(id=report.session.id)
        labelled = self.tr("Labelled by {people}.").format(people=people)
        parts = [
            f"<h2>{escape(session)}</h2>",
            f"<p>{escape(labelled)}</p>",
            "<h3>{}</h3>".format(escape(self.tr("Do we agree with each other?"))),
            "<p><b>{}</b></p>".format(
                escape(
                    self.tr(
                        "Fleiss' kappa {kappa}: {band} agreement (Landis & Koch), "
                        "over {n} messages everyone labelled."
                    ).format(
                        kappa=self._kappa(report.fleiss),
                        band=self.band_text(report.fleiss_band),
                        n=report.complete_items,
                    )
                )
            ),
        ]
        if report.pairs:
            parts.append("<table cellpadding='3'>")
            for pair in report.pairs:
                parts.append(
                    f"<tr><td>{escape(pair.first)} · {escape(pair.second)}</td>"
                    f"<td>{self._kappa(pair.kappa)}</td>"
                    f"<td>{escape(self.band_text(pair.band))}</td></tr>"
                )
            parts.append("</table>")
        for title, items in (
            (self.tr("Abusive to the team, not flagged by the detector"), report.missed),
            (self.tr("Flagged by the detector, not abusive to the team"), report.over_flagged),
            (self.tr("The team is split"), report.split),
        ):
            parts.append(f"<h3>{escape(title)} ({len(items)})</h3>")
            parts.extend(self._item_html(item) for item in items)
        d = report.detector
        parts.append("<h3>{}</h3>".format(escape(self.tr("The detector against the team"))))
        parts.append(
            "<p>{}</p>".format(
                escape(
                    self.tr("Precision {p}, recall {r}.").format(
                        p=self._percent(d.precision), r=self._percent(d.recall)
                    )
                )
            )
        )
        for category, figure in report.by_category.items():
            parts.append(
                f"<p>{escape(labels.name(category))}: "
                + escape(
                    self.tr("precision {p}, recall {r}").format(
                        p=self._percent(figure.precision), r=self._percent(figure.recall)
                    )
                )
                + "</p>"
            )
        return "".join(parts)

    def _item_html(self, item: ItemOutcome) -> str:
        return (
            f"<p>[{item.position}] <i>{escape(item.text)}</i><br/>"
            f"<small>{escape(item.votes_text)}</small></p>"
        )
