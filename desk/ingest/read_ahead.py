"""Producing the next records on a thread of its own while the last ones are being loaded.

Two loaders wait on something other than the Python work that feeds them:

* an API sync (:mod:`desk.connect.sync`) used to alternate: fetch a page (the network, the
  vendor's server, decoding JSON), then load it (the database), then fetch the next. The sum
  became close to the larger of the two once :func:`prefetched` fetched ahead;
* an import into PostgreSQL spends most of its wall time waiting for the server (a batch's
  ``COPY``, its look-ups, the summary), while the parse of the file is Python work that needs
  no connection. :func:`read_ahead` runs the reader a few chunks ahead, so the two overlap on
  the machine's second core: the loader's waits release the interpreter lock, and the reader
  runs then. (SQLite is not given one: its inserts run a row at a time through the interpreter
  lock, and handing the lock back and forth for each row costs more than the overlap gains.)

What stays as it was: items come in order; memory is bounded (``depth`` pages or chunks); a
failure of the producing thread is raised in the loader's thread at the place of the item it
stopped, with its own traceback, after every item before it; and leaving the loop early (a
``break``, an exception, a cancel, ``close()``) stops the thread after the item it is
producing and returns only once it has stopped, the producer's generator closed on its own
thread (its file or its HTTP session closed). A page fetched ahead and never loaded was never
committed, so the next sync fetches it again. The producers never touch the database, so the
thread needs no connection of its own.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

DEPTH = 2  # pages fetched ahead at most: memory for two pages (20,000 messages), no more
CHUNK = 256  # records a reader hands over at a time: one queue operation per chunk
CHUNKS_AHEAD = 4  # chunks a reader may run ahead (about a batch's worth of tickets)
SWITCH_INTERVAL = 0.0005  # seconds: see switch_interval
_POLL = 0.1  # seconds between the producing thread's checks that it is still wanted


class _End:
    """The producing thread's last word: the generator ended (``error`` None) or raised."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


def prefetched(
    pages: Iterator[T], depth: int = DEPTH, *, name: str = "desk-sync-fetch"
) -> Generator[T, None, None]:
    """``pages``, in order, produced on another thread (called ``name``) up to ``depth`` ahead.

    Leaving the loop early (a ``break``, an exception, ``close()``) stops the thread after the
    page it is fetching, and returns only once it has stopped: no request outlives the sync."""
    if depth < 1:
        yield from pages
        return
    ready: queue.Queue[T | _End] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(value: T | _End) -> bool:
        while not stop.is_set():
            try:
                ready.put(value, timeout=_POLL)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for page in pages:
                if not put(page):
                    return
        except BaseException as error:  # handed to the loader's thread, raised there
            put(_End(error))
        else:
            put(_End())
        finally:
            close = getattr(pages, "close", None)
            if close is not None:
                close()  # the generator's own clean-up runs on the thread that ran it

    worker = threading.Thread(target=produce, name=name, daemon=True)
    worker.start()
    try:
        while True:
            item = ready.get()
            if isinstance(item, _End):
                if item.error is not None:
                    raise item.error
                return
            yield item
    finally:
        stop.set()
        worker.join()


def read_ahead(
    items: Iterator[T], *, chunk: int = CHUNK, depth: int = CHUNKS_AHEAD
) -> Generator[T, None, None]:
    """``items`` as they are, read by another thread (``desk-read-ahead``) up to ``depth``
    chunks of ``chunk`` items ahead."""
    chunks = prefetched(_chunks(items, chunk), depth, name="desk-read-ahead")
    try:
        for part in chunks:
            yield from part
    finally:
        chunks.close()


def _chunks(items: Iterator[T], size: int) -> Generator[list[T], None, None]:
    try:
        while part := list(islice(items, size)):
            yield part
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()


@contextmanager
def switch_interval(seconds: float = SWITCH_INTERVAL) -> Iterator[None]:
    """The interpreter's thread switch interval shortened for the block, restored after.

    The loader's thread, back from a wait on the server, must take the interpreter lock from
    the reader thread; by default it waits up to 5 ms for it, on each of the ~20 statements of
    a batch. Process-wide, for the import's duration (a window stays as responsive: more so)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(seconds)
    try:
        yield
    finally:
        sys.setswitchinterval(before)
