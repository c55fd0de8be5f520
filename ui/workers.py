"""The one way the UI runs long work: a plain ``desk`` function on a thread pool.

Results and exceptions come back on the GUI thread through :class:`TaskRunner`'s signals and
the callbacks given to :meth:`TaskRunner.run`. Reads run on a small pool; writes run on a
single-worker queue, since SQLite has one writer and a session must not cross threads.
Worker code never touches a widget or a Qt model.

A write that finds the database locked by another writer (an import in a terminal, a second
window) waits for it (:mod:`desk.db.busy_wait`); after about a second the runner says so with
``writer_waiting`` and :meth:`TaskRunner.cancel_waiting` ends the wait, so the window can
show "Waiting for another writer…" with a Cancel button instead of hanging.
"""

from __future__ import annotations

import itertools
import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desk.db.busy_wait import Waiter, install, waiting

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _TaskSignals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    waiting = Signal(str)  # the database a write waits for; "" when the wait is over


class _Task(QRunnable):
    def __init__(
        self,
        task_id: int,
        fn: Callable[[], Any],
        signals: _TaskSignals,
        cancel: threading.Event | None = None,
    ) -> None:
        super().__init__()
        self._task_id = task_id
        self._fn = fn
        self._signals = signals
        self._cancel = cancel  # set: a write told to wait for another writer stops waiting

    def run(self) -> None:
        try:
            result = self._run()
        except BaseException as exc:  # every failure must reach the user
            self._signals.failed.emit(self._task_id, exc)
        else:
            self._signals.finished.emit(self._task_id, result)

    def _run(self) -> Any:
        if self._cancel is None:
            return self._fn()
        self._cancel.clear()
        told: list[str] = []

        def notice(database: str) -> None:
            told.append(database)
            self._signals.waiting.emit(database)

        try:
            with waiting(Waiter(notice, self._cancel.is_set)):
                return self._fn()
        finally:
            if told:
                self._signals.waiting.emit("")


class TaskRunner(QObject):
    """Runs callables off the GUI thread and calls back on it.

    Signals:
        busy_changed(bool): True while any task runs.
        error(object): an exception from a task that had no error callback of its own.
        writer_waiting(str): a write waits for another writer of this database (its name);
            "" when that wait is over.
    """

    busy_changed = Signal(bool)
    error = Signal(object)
    writer_waiting = Signal(str)

    # Every pool a runner made, held weakly, so a test can prove no task outlived it: the
    # runner's pools are its own, and Qt's global pool never sees their work.
    _pools: ClassVar[weakref.WeakSet[QThreadPool]] = weakref.WeakSet()

    def __init__(self, parent: QObject | None = None, read_threads: int = 2) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setObjectName("TaskRunner readers")
        self._readers.setMaxThreadCount(read_threads)
        self._writer = QThreadPool(self)
        self._writer.setObjectName("TaskRunner writer")
        self._writer.setMaxThreadCount(1)
        TaskRunner._pools.update((self._readers, self._writer))
        self._signals = _TaskSignals()
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.waiting.connect(self.writer_waiting)
        self._cancel_wait = threading.Event()
        install()  # writes wait for a locked database in slices that can be told and cancelled
        self._callbacks: dict[int, tuple[Callback | None, ErrorCallback | None]] = {}
        self._ids = itertools.count(1)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        write: bool = False,
    ) -> int:
        """Start ``fn``; ``on_done(result)`` or ``on_error(exc)`` later runs on the GUI thread."""
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        pool = self._writer if write else self._readers
        pool.start(_Task(task_id, fn, self._signals, self._cancel_wait if write else None))
        return task_id

    def cancel_waiting(self) -> None:
        """End the running write's wait for another writer: it fails with ``Cancelled``."""
        self._cancel_wait.set()

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (for shutdown and tests)."""
        return self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)

    @classmethod
    def pools(cls) -> list[QThreadPool]:
        """The pools of every runner still alive (a pool's C++ side dies with its runner,
        and its destructor waits for its tasks, so a deleted pool has nothing running)."""
        return [pool for pool in list(cls._pools) if shiboken6.isValid(pool)]

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        on_done, _ = self._pop(task_id)
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: object) -> None:
        _, on_error = self._pop(task_id)
        assert isinstance(exc, BaseException)
        if on_error is not None:
            on_error(exc)
        else:
            log.error("background task failed", exc_info=exc)
            self.error.emit(exc)

    def _pop(self, task_id: int) -> tuple[Callback | None, ErrorCallback | None]:
        callbacks = self._callbacks.pop(task_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks
