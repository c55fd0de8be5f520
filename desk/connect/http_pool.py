"""Keep-alive connections to one helpdesk, shared by the threads of a sync, and a global pause.

A sync makes tens of thousands of small requests to one host. Opening a TCP (and TLS)
connection for each, as ``urllib`` does (it even sends ``Connection: close``), costs more than
the answer; every vendor's API speaks HTTP/1.1 keep-alive, so a connection is reused until the
server closes it. A connection is used by one thread at a time: a request takes one from the
pool (or opens a new one) and gives it back once the answer has been read to its end.

Rate limits are per account, not per connection: when any request is told to wait (``429``),
:class:`Gate` holds back every thread's next request until the wait is over, so a pool of
workers backs off as one client.
"""

from __future__ import annotations

import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from desk.connect.http_wire import Wire

IDLE_LIMIT = 4.0  # seconds; below the shortest keep-alive timeout in common use (Apache: 5 s)
KEEP = 16  # idle connections kept at most
WORKERS = 8  # per-ticket requests of one page in flight at once

T = TypeVar("T")
K = TypeVar("K")


class Gate:
    """Every request waits here until a rate limit seen by any thread has passed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0

    def close_for(self, seconds: float) -> None:
        """No request starts in the next ``seconds`` (a later deadline wins)."""
        with self._lock:
            self._until = max(self._until, time.monotonic() + seconds)

    def wait(self, sleep: Callable[[float], None]) -> float:
        """Sleeps until the gate is open; returns how long that was."""
        waited = 0.0
        while True:
            with self._lock:
                remaining = self._until - time.monotonic()
            if remaining <= 0:
                return waited
            sleep(remaining)
            waited += remaining


class ConnectionPool:
    """Reusable HTTP/1.1 connections to one ``origin`` (``scheme://host[:port]``)."""

    def __init__(self, origin: str, timeout: float) -> None:
        parts = urllib.parse.urlsplit(origin)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port
        self._timeout = timeout
        self._idle: list[tuple[Wire, float]] = []
        self._lock = threading.Lock()
        self._context = ssl.create_default_context() if self._https else None
        self.opened = 0  # connections opened, for the tests and the benchmark

    def send(
        self, method: str, target: str, headers: Mapping[str, str], data: bytes | None, limit: int
    ) -> tuple[int, dict[str, str], bytes]:
        """(status, lower-case headers, at most ``limit + 1`` bytes of body) of one request.

        Raises ``OSError`` or ``http.client.HTTPException`` when the connection fails; the
        connection is then closed, never given back half-read."""
        connection = self._take()
        try:
            status, found, raw, reusable = connection.exchange(method, target, headers, data, limit)
        except BaseException:
            connection.close()
            raise
        if reusable:
            self._give(connection)
        else:
            connection.close()
        return status, found, raw

    def close(self) -> None:
        """Closes the idle connections (those in use are closed by their thread)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for connection, _ in idle:
            connection.close()

    def _take(self) -> Wire:
        now = time.monotonic()
        with self._lock:
            while self._idle:
                connection, since = self._idle.pop()
                if now - since < IDLE_LIMIT:
                    return connection
                connection.close()  # the server may have dropped it; do not find out mid-sync
            self.opened += 1
        return Wire(self._host, self._port, self._timeout, self._context)

    def _give(self, connection: Wire) -> None:
        with self._lock:
            if len(self._idle) < KEEP:
                self._idle.append((connection, time.monotonic()))
                return
        connection.close()


def fetch_each(fetch: Callable[[K], T], keys: Iterable[K], workers: int = WORKERS) -> list[T]:
    """``[fetch(k) for k in keys]``, up to ``workers`` at once, in the order of ``keys``.

    The first failure (in key order) is raised once the requests under way have ended; those
    not yet started are cancelled, so a helpdesk that went away costs one round of retries."""
    keys = list(keys)
    if workers <= 1 or len(keys) <= 1:
        return [fetch(key) for key in keys]
    executor = ThreadPoolExecutor(min(workers, len(keys)), thread_name_prefix="desk-fetch")
    try:
        futures = [executor.submit(fetch, key) for key in keys]
        return [future.result() for future in futures]
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
