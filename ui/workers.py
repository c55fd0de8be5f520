"""The one way the UI runs long work: a plain ``desk`` function on a thread pool.

Results and exceptions come back on the GUI thread through :class:`TaskRunner`'s signals and
the callbacks given to :meth:`TaskRunner.run`. Reads run on a small pool; writes run on a
single-worker queue, since SQLite has one writer and a session must not cross threads.
Worker code never touches a widget or a Qt model.
"""

from __future__ import annotations

import itertools
import logging
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _TaskSignals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self._task_id = task_id
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure must reach the user
            self._signals.failed.emit(self._task_id, exc)
        else:
            self._signals.finished.emit(self._task_id, result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread and calls back on it.

    Signals:
        busy_changed(bool): True while any task runs.
        error(object): an exception from a task that had no error callback of its own.
    """

    busy_changed = Signal(bool)
    error = Signal(object)

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
        pool.start(_Task(task_id, fn, self._signals))
        return task_id

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
