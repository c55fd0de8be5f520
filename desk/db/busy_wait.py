"""Waiting for another writer of a SQLite database in the open: told, and cancellable.

SQLite's own busy timeout waits inside one C call: for up to ten seconds the command line
says nothing and Ctrl-C does nothing (``sqlite3_interrupt`` does not end a busy wait), and the
window cannot tell its user why a save hangs. So, once :func:`install` has run, a statement
that finds the database locked is retried from Python in short slices, up to the same
timeout: after about a second the waiter registered for the thread (:func:`waiting`) is told
once, between slices it may cancel, and a Ctrl-C lands in ``time.sleep`` at once.

Retrying is safe: a statement refused with SQLITE_BUSY changed nothing (it is what SQLite's
busy handler does itself, in C). PostgreSQL waits for row locks on its own and is untouched.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event

from desk.db.engine import busy_timeout
from desk.errors import Cancelled

SLICE_MS = 50  # SQLite's own wait per try: how soon a Ctrl-C or a Cancel is seen
NOTICE_AFTER = 1.0  # seconds of waiting before the waiter is told

_LOCKED = ("database is locked", "database table is locked", "database schema is locked")


@dataclass
class Waiter:
    """Who hears about a wait on this thread: ``notice(database)`` once per statement, after
    ``after`` seconds; ``cancelled()`` polled between tries (True ends the wait)."""

    notice: Callable[[str], None]
    cancelled: Callable[[], bool] = lambda: False
    after: float = NOTICE_AFTER


_local = threading.local()
_interrupted = threading.Event()  # a Ctrl-C ended a wait: later waits in this process give up
_SLICED = "desk.busy_wait.sliced"
_installed = threading.Lock()
_done = False


@contextmanager
def waiting(waiter: Waiter) -> Iterator[Waiter]:
    """Tell ``waiter`` about waits of statements run on this thread inside the block."""
    before = getattr(_local, "waiter", None)
    _local.waiter = waiter
    try:
        yield waiter
    finally:
        _local.waiter = before


def install() -> None:
    """Retry locked SQLite statements in slices, for every engine (idempotent)."""
    global _done
    with _installed:
        if _done:
            return
        event.listen(Engine, "do_execute", _do_execute)
        event.listen(Engine, "do_executemany", _do_executemany)
        event.listen(Engine, "do_execute_no_params", _do_execute_no_params)
        _done = True


def _do_execute(cursor: Any, statement: str, parameters: Any, context: Any) -> bool | None:
    return _run(cursor, context, lambda: cursor.execute(statement, parameters))


def _do_executemany(cursor: Any, statement: str, parameters: Any, context: Any) -> bool | None:
    return _run(cursor, context, lambda: cursor.executemany(statement, parameters))


def _do_execute_no_params(cursor: Any, statement: str, context: Any) -> bool | None:
    return _run(cursor, context, lambda: cursor.execute(statement))


def _run(cursor: Any, context: Any, execute: Callable[[], object]) -> bool | None:
    """Run ``execute``; while SQLite says the database is locked, wait a slice and retry."""
    connection = getattr(cursor, "connection", None)
    if not isinstance(connection, sqlite3.Connection):
        return None  # not SQLite: the dialect runs the statement as usual
    info = _connection_info(context)
    if not info.get(_SLICED):  # kept for the life of this DBAPI connection
        connection.execute(f"PRAGMA busy_timeout={SLICE_MS}")
        info[_SLICED] = True
    started = time.monotonic()
    deadline = started + busy_timeout()
    told = False
    while True:
        try:
            execute()
            return True
        except sqlite3.OperationalError as exc:
            if str(exc).lower() not in _LOCKED or time.monotonic() >= deadline:
                raise
        except KeyboardInterrupt:
            _interrupted.set()
            raise
        if _interrupted.is_set():  # the clean-up after a Ctrl-C must not wait the full timeout
            raise Cancelled("cancelled while waiting for another writer; nothing was saved")
        waiter: Waiter | None = getattr(_local, "waiter", None)
        if waiter is not None:
            if not told and time.monotonic() - started >= waiter.after:
                told = True
                waiter.notice(_database(context))
            if waiter.cancelled():
                raise Cancelled("cancelled while waiting for another writer; nothing was saved")
        try:
            time.sleep(SLICE_MS / 1000)
        except KeyboardInterrupt:
            _interrupted.set()
            raise


def _connection_info(context: Any) -> dict[Any, Any]:
    """The pool's ``info`` of the statement's DBAPI connection: it lives as long as that
    connection (a fresh one after an invalidation starts empty)."""
    info: dict[Any, Any] = context.root_connection.connection.info
    return info


def _database(context: Any) -> str:
    """The database file, as a person would name it."""
    try:
        url = context.root_connection.engine.url
    except AttributeError:
        return "the database"
    return str(url.database or url.render_as_string())
