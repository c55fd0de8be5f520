"""Noticing that someone else changed the database this window shows.

Two managers may keep a window open on the same (PostgreSQL) database. When one imports, the
other's customer list and start page should follow without a restart. A :class:`DataWatcher`
reads :func:`desk.analytics.freshness.read_data_version` every few seconds on the task
runner's reader pool (a few index lookups; never on the GUI thread) and emits ``changed``
when it moved. Polling rather than LISTEN/NOTIFY: it works the same on SQLite, holds no
connection open between reads, and a missed notification cannot leave a window behind.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desk.analytics.freshness import DataVersionValue, read_data_version
from desk.db.handle import Engine
from ui.workers import TaskRunner

POLL_MS = 3000


class DataWatcher(QObject):
    """Polls the data version while started.

    Signals:
        changed(): the data version differs from the one last read (not on the first read).
    """

    changed = Signal()

    def __init__(self, engine: Engine, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._seen: DataVersionValue | None = None
        self._reading = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self, interval_ms: int | None = None) -> None:
        if interval_ms is not None:
            self._timer.setInterval(interval_ms)
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        """Read the version once (skipped while the previous read is still running)."""
        if self._reading:
            return
        self._reading = True
        engine = self._engine
        self._runner.run(lambda: read_data_version(engine), self._on_read, self._on_failed)

    def _on_read(self, version: object) -> None:
        self._reading = False
        assert isinstance(version, tuple)
        before, self._seen = self._seen, version
        if before is not None and before != version:
            self.changed.emit()

    def _on_failed(self, _exc: BaseException) -> None:
        # The next tick tries again: a database briefly unreachable is not worth a dialog
        # every few seconds, and the window's own reads report a lasting failure.
        self._reading = False
