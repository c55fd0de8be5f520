"""Progress and cancellation for long core tasks, in plain Python (no Qt).

A long ``desk`` function takes a :class:`Progress`. It calls :meth:`Progress.update` now and
then and :meth:`Progress.check` between batches; the UI polls ``done``/``total`` on a timer
and sets ``cancelled`` from its Cancel button; the command line prints a bar.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from desk.errors import Cancelled


class Progress:
    """Thread-safe progress counter with a cancel flag.

    ``total`` is ``None`` while unknown. ``unit`` names what is counted ("bytes", "messages").
    """

    def __init__(
        self,
        total: int | None = None,
        unit: str = "items",
        on_update: Callable[[Progress], None] | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self.total = total
        self.done = 0
        self.unit = unit
        self.started = time.monotonic()
        self._on_update = on_update

    def update(self, done: int, total: int | None = None) -> None:
        with self._lock:
            self.done = done
            if total is not None:
                self.total = total
        if self._on_update is not None:
            self._on_update(self)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        elapsed = self.elapsed
        return self.done / elapsed if elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left, or ``None`` while the total or the rate is unknown."""
        rate = self.rate
        if self.total is None or rate <= 0:
            return None
        return max(0.0, (self.total - self.done) / rate)
