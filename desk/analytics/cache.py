"""A cache for the company-wide reference figures (the "average customer").

The figures that do not depend on the customer (the volume distribution, the monthly averages,
the handoff averages) each scan the whole message table while the summary tables are behind (and
over a shorter period than all time); on a million messages that is most of the time of
:func:`desk.analytics.stats.customer_stats`. A :class:`ReferenceCache` keeps them
until the data changes, so a window that shows one customer after another, or redraws a chart,
pays for them once. The caller owns the cache (one per database); nothing is global.

The data is taken to be unchanged while a cheap fingerprint is
(:func:`desk.analytics.freshness.data_version`: PostgreSQL's trigger-kept version, or SQLite's
row counts, with the customers and merges made or undone).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desk.analytics.freshness import data_version

T = TypeVar("T")


def data_fingerprint(session: Session) -> tuple[Any, ...]:
    """Changes whenever messages, conversations or merges are added, removed or undone."""
    return data_version(session)


class ReferenceCache:
    """Company-wide figures keyed by what they were computed for, dropped when data changes.

    Safe to share between threads (the app computes charts on a worker pool); two threads
    that miss at once both compute, and the later result is kept.
    """

    def __init__(self, max_entries: int = 64) -> None:
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._fingerprint: tuple[Any, ...] | None = None
        self._max_entries = max_entries
        self.hits = 0
        self.misses = 0

    def validate(self, session: Session) -> None:
        """Forget everything if the data changed since the figures were computed."""
        fingerprint = data_fingerprint(session)
        with self._lock:
            if fingerprint != self._fingerprint:
                self._entries.clear()
                self._fingerprint = fingerprint

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._fingerprint = None

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._entries:
                self.hits += 1
                self._entries.move_to_end(key)
                found: T = self._entries[key]
                return found
            self.misses += 1
        value = compute()
        with self._lock:
            self._entries[key] = value
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)
        return value


def cached(cache: ReferenceCache | None, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, through ``cache`` when there is one."""
    return compute() if cache is None else cache.get(key, compute)
