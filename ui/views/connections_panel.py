"""The list of helpdesk connections, with Test, Remove and Sync, a progress bar and Cancel.

A sync runs on the writer (:func:`ui.views.connections_job.run_sync`); a timer reads its
:class:`~ui.views.connections_job.SyncWatch` every 100 ms and shows pages, messages and the
rate. Cancel asks the sync to stop between pages: what it committed stays, and the next sync
resumes after it. The panel's own status bar shows the selected connection's last sync.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.connect.forms import forget_connection
from desk.connect.store import ConnectionInfo
from desk.db.handle import Engine
from desk.errors import Cancelled
from ui.dialogs.import_job import reason_of
from ui.formatting import iso_date_time, number
from ui.views.connections_job import (
    SyncFigures,
    SyncOutcome,
    SyncWatch,
    load_connections,
    run_sync,
    test_saved,
)
from ui.views.connections_model import ConnectionsModel
from ui.workers import TaskRunner


class ConnectionsPanel(QWidget):
    """Connections and what can be done with them.

    Signals:
        synced(object): a sync finished (the connection as it is now, a ConnectionInfo).
        sync_stopped(): a sync ended, finished, failed or cancelled.
    """

    synced = Signal(object)
    sync_stopped = Signal()

    def __init__(self, engine: Engine, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._watch: SyncWatch | None = None
        self.model = ConnectionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.test_button = QPushButton(self.tr("Test"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.sync_button = QPushButton(self.tr("S&ync"), self)
        self.volume_only = QCheckBox(self.tr("Volume only (counts first, text later)"), self)
        self.volume_only.setToolTip(
            self.tr(
                "Reads every customer's tickets without their messages: the average and the "
                "rank of conversations in a fraction of the time. Zendesk and Freshdesk."
            )
        )
        self.cancel_button = QPushButton(self.tr("Cancel sync"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # the number of pages is not known in advance
        self.figures = QLabel(self)
        self.status = QStatusBar(self)
        self.status.setSizeGripEnabled(False)
        self.last_sync = QLabel(self)
        self.status.addPermanentWidget(self.last_sync)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._on_timer_timeout)
        buttons = QHBoxLayout()
        for widget in (self.test_button, self.remove_button, self.sync_button, self.volume_only):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(bar)
        layout.addWidget(self.figures)
        layout.addWidget(self.status)
        self.test_button.clicked.connect(self.on_test_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.sync_button.clicked.connect(self.on_sync_button_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._show_syncing(False)
        self._on_selection_changed()

    # -- the list --------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the connections on the reader pool and show them (selecting ``select``)."""
        engine = self._engine
        wanted = select or self.selected_name()
        self._runner.run(lambda: load_connections(engine), lambda rows: self._fill(rows, wanted))

    def _fill(self, rows: object, wanted: str | None) -> None:
        assert isinstance(rows, list)
        self.model.set_rows(list(rows))
        names = [info.name for info in self.model.rows()]
        row = names.index(wanted) if wanted in names else (0 if names else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._on_selection_changed()

    def selected(self) -> ConnectionInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows()[rows[0].row()] if rows else None

    def selected_name(self) -> str | None:
        info = self.selected()
        return info.name if info else None

    @Slot()
    def _on_selection_changed(self) -> None:
        info = self.selected()
        idle = self._watch is None
        for button in (self.test_button, self.remove_button, self.sync_button):
            button.setEnabled(info is not None and idle)
        if info is None:
            self.last_sync.setText("")
        elif info.last_sync_at is None:
            self.last_sync.setText(self.tr("{name}: never synced").format(name=info.name))
        else:
            when = iso_date_time(info.last_sync_at)
            self.last_sync.setText(
                self.tr("{name}: last sync {time} UTC").format(name=info.name, time=when)
            )

    # -- test and remove -------------------------------------------------------------------

    @Slot()
    def on_test_button_clicked(self) -> None:
        engine, name = self._engine, self.selected_name()
        if name is None:
            return
        self.status.showMessage(self.tr("Testing {name}…").format(name=name))
        self._runner.run(
            lambda: test_saved(engine, name),
            lambda who: self.status.showMessage(
                self.tr("{name} works: {who}.").format(name=name, who=who)
            ),
            lambda exc: self.status.showMessage(
                self.tr("{name}: {reason}").format(name=name, reason=reason_of(exc))
            ),
        )

    @Slot()
    def on_remove_button_clicked(self) -> None:
        engine, name = self._engine, self.selected_name()
        if name is None:
            return
        self._runner.run(
            lambda: forget_connection(engine, name),
            lambda _none: self._on_removed(name),
            lambda exc: self.status.showMessage(reason_of(exc)),
            write=True,
        )

    def _on_removed(self, name: str) -> None:
        self.status.showMessage(
            self.tr("Removed {name}; what it imported stays.").format(name=name)
        )
        self.reload()

    # -- sync ------------------------------------------------------------------------------

    @Slot()
    def on_sync_button_clicked(self) -> None:
        engine, name = self._engine, self.selected_name()
        if name is None or self._watch is not None:
            return
        watch = self._watch = SyncWatch()
        volume_only = self.volume_only.isChecked()
        self._show_syncing(True)
        self._show_figures(SyncFigures())
        self._timer.start()
        self._runner.run(
            lambda: run_sync(engine, name, watch, volume_only),
            self._on_synced,
            self._on_sync_failed,
            write=True,
        )

    @Slot()
    def on_cancel_button_clicked(self) -> None:
        if self._watch is not None:
            self._watch.progress.cancel()
            self.cancel_button.setEnabled(False)
            self.status.showMessage(self.tr("Stopping after this page…"))

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._watch is not None:
            self._show_figures(self._watch.figures)

    def _show_figures(self, figures: SyncFigures) -> None:
        self.figures.setText(
            self.tr("{pages} pages, {messages} messages, {rate} messages/s").format(
                pages=number(figures.pages),
                messages=number(figures.messages),
                rate=number(figures.rate, 1),
            )
        )

    def _on_synced(self, outcome: object) -> None:
        assert isinstance(outcome, SyncOutcome)
        self._stop_sync()
        summary = outcome.summary
        text = self.tr("{name}: {conversations} new conversations, {messages} new messages.")
        message = text.format(
            name=summary.name,
            conversations=number(summary.conversations_new),
            messages=number(summary.messages_new),
        )
        if outcome.awaiting.conversations:
            message += " " + self.tr(
                "{conversations} conversations are counted but have no text yet."
            ).format(conversations=number(outcome.awaiting.conversations))
        if outcome.scan_error:
            message += " " + self.tr("The abuse scan failed: {reason}").format(
                reason=outcome.scan_error
            )
        self.status.showMessage(message)
        self.reload(select=summary.name)
        self.synced.emit(outcome.connection)
        self.sync_stopped.emit()

    def _on_sync_failed(self, exc: BaseException) -> None:
        watch = self._watch
        self._stop_sync()
        pages = number(watch.figures.pages if watch else 0)
        if isinstance(exc, Cancelled):
            text = self.tr(
                "Cancelled after {pages} pages; they are kept and the next sync resumes."
            )
            self.status.showMessage(text.format(pages=pages))
        else:
            text = self.tr("The sync stopped after {pages} pages: {reason}")
            self.status.showMessage(text.format(pages=pages, reason=reason_of(exc)))
        self.sync_stopped.emit()
        self.reload()

    def _stop_sync(self) -> None:
        self._timer.stop()
        if self._watch is not None:
            self._show_figures(self._watch.figures)
        self._watch = None
        self._show_syncing(False)
        self._on_selection_changed()

    def _show_syncing(self, syncing: bool) -> None:
        self.progress.setVisible(syncing)
        self.cancel_button.setVisible(syncing)
        self.cancel_button.setEnabled(syncing)
        self.volume_only.setEnabled(not syncing)

    @property
    def syncing(self) -> bool:
        return self._watch is not None
