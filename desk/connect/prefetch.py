"""Fetching the next page while the last one is being loaded.

A sync used to alternate: fetch a page (the network, the vendor's server, decoding JSON), then
load it (the database), then fetch the next. The two wait on different things, so the time of
a sync was their sum. :func:`prefetched` runs the connector's page generator on a thread of its
own, at most ``depth`` pages ahead of the loader: the wall time becomes close to the larger of
the two instead of their sum.

Nothing about resuming changes: pages still reach the loader one by one, in order, and each is
committed with its cursor before the next is taken. A page fetched ahead and never loaded (a
Cancel, a failure in the loader) was never committed, so the next sync fetches it again. A
failure of the fetching thread is raised in the loader's thread at the place of the page it
stopped, after every page before it was committed, as it was before. The generator never
touches the database, so the thread needs no connection of its own.

A file import does not read ahead like this. Tried on PostgreSQL (the next records parsed on a
second thread while the server works on the last batch, in chunks of 256 records, with and
without a shorter switch interval): over the 200,000-message demo export it cost 1.8-2.0 s more
CPU and was no faster in wall time (12.0-13.3 s against 10.0-13.1 s, three interleaved pairs
each, quiet 2-core machine). A file's parse is pure Python, and the two threads spent the
overlap taking the interpreter lock from each other; a sync's pages wait on the network with
the lock released.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterator
from typing import TypeVar

T = TypeVar("T")

DEPTH = 2  # pages fetched ahead at most: memory for two pages (20,000 messages), no more
_POLL = 0.1  # seconds between the fetching thread's checks that it is still wanted


class _End:
    """The fetching thread's last word: the generator ended (``error`` None) or raised."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


def prefetched(pages: Iterator[T], depth: int = DEPTH) -> Generator[T, None, None]:
    """``pages``, in order, produced on another thread up to ``depth`` ahead.

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

    worker = threading.Thread(target=produce, name="desk-sync-fetch", daemon=True)
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
